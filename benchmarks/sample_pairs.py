"""Draw candidate claim pairs from PolNeAR for a person to label "same claim" or not.

    python benchmarks/sample_pairs.py --seed 31 --draw 7 40 13 > /tmp/candidates.jsonl
    python benchmarks/sample_pairs.py --seed 47 --draw 12 110 38 --train-only > /tmp/candidates.jsonl
    python benchmarks/sample_pairs.py --seed 49 --lsh 150 --train-only > /tmp/candidates.jsonl
    python benchmarks/sample_pairs.py --seed 67 --lsh 60 --lsh-jaccard 0.15 --train-only > /tmp/candidates.jsonl

The procedure of benchmarks/data/README.md: attribution contents of 50-400 characters from
*different* articles that share at least two words found in 2-40 contents (names of people,
bills, events: articles about the same events), at least seven words a side, scored by
character 5-gram Jaccard (not a measure under test) and drawn at random from three bands:
Jaccard >= 0.5, 0.15-0.5 and 0.08-0.15. Pairs already in claim-pairs.jsonl are left out. Each
line holds the two references, the texts (for the reader; they are not stored in the pair set)
and the band; no matcher's score is shown, so the labels are made blind. With ``--train-only``
both sides come from PolNeAR *train* articles (the pool, the word counts and the draw), so
pairs made for fitting a matcher never touch a dev article.

With ``--lsh N`` the pairs are drawn the way ``audit corroborate`` meets them instead: two
contents (same length limits, different articles) that share a MinHash band key of the stage
(``corroborate.band_keys`` over ``similar.meaning_words``, buckets of at most ``max_bucket``) and
pass the guards with one shared meaning word (``similar.comparable(..., min_shared=1)``, what
the learned matcher is asked about); N of them uniformly at random. ``--lsh-jaccard J`` keeps
only those of character 5-gram Jaccard >= J first: the stage's close candidates, where its
same-claim pairs and its hard different-claim pairs are, rather than the uniform draw's mostly
different topics.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corroboration import PAIRS, load_polnear  # noqa: E402

WORD = re.compile(r"[a-z][a-z'-]{3,}")


def grams(text: str) -> set[str]:
    t = re.sub(r"\s+", " ", text.lower())
    return {t[i : i + 5] for i in range(max(1, len(t) - 4))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=Path("/work/shared/corpora/polnear"))
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--draw", type=int, nargs=3, default=[7, 40, 13], help="pairs from each band, high to low")
    parser.add_argument("--train-only", action="store_true", help="draw from PolNeAR train articles only")
    parser.add_argument("--lsh", type=int, default=0, help="draw N pairs from the corroborate stage's LSH buckets")
    parser.add_argument(
        "--lsh-jaccard",
        type=float,
        default=0.0,
        help="--lsh: draw only pairs whose character 5-gram Jaccard is at least this (the stage's close candidates)",
    )
    args = parser.parse_args()

    polnear = load_polnear(args.polnear)
    if args.train_only:
        polnear = {k: v for k, v in polnear.items() if v.get("split") == "train"}
    contents = []
    for doc, art in sorted(polnear.items()):
        for n, at in enumerate(art["attributions"]):
            if not at["content_span"]:
                continue
            text = " ".join(art["text"][s:e] for s, e in at["content_span"])
            if 50 <= len(text) <= 400 and len(text.split()) >= 7:
                contents.append((doc, n, text))
    done = set()
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        if p["a"]["corpus"] == "polnear" and p["b"]["corpus"] == "polnear":
            a = (p["a"]["doc"], p["a"]["attribution"])
            b = (p["b"]["doc"], p["b"]["attribution"])
            done.update({(a, b), (b, a)})
    if args.lsh:
        lsh_draw(contents, done, args.lsh, args.seed, args.lsh_jaccard)
        return
    df: dict[str, int] = defaultdict(int)
    words = [set(WORD.findall(t.lower())) for _, _, t in contents]
    for ws in words:
        for w in ws:
            df[w] += 1
    rare = [{w for w in ws if 2 <= df[w] <= 40} for ws in words]
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(rare):
        for w in ws:
            by_word[w].append(i)
    seen: set[tuple[int, int]] = set()
    for ids in by_word.values():
        for i, j in itertools.combinations(ids, 2):
            if contents[i][0] != contents[j][0] and len(rare[i] & rare[j]) >= 2:
                seen.add((i, j))
    bands: dict[int, list[tuple[int, int, float]]] = {0: [], 1: [], 2: []}
    for i, j in sorted(seen):
        if ((contents[i][0], contents[i][1]), (contents[j][0], contents[j][1])) in done:
            continue
        gi, gj = grams(contents[i][2]), grams(contents[j][2])
        jac = len(gi & gj) / len(gi | gj)
        band = 0 if jac >= 0.5 else 1 if jac >= 0.15 else 2 if jac >= 0.08 else None
        if band is not None:
            bands[band].append((i, j, jac))
    rng = random.Random(args.seed)
    print(json.dumps({"candidates": {k: len(v) for k, v in bands.items()}}), file=sys.stderr)
    for band, k in zip((0, 1, 2), args.draw, strict=True):
        for i, j, _jac in rng.sample(bands[band], min(k, len(bands[band]))):
            a, b = contents[i], contents[j]
            print(
                json.dumps(
                    {
                        "a": {"corpus": "polnear", "doc": a[0], "attribution": a[1]},
                        "b": {"corpus": "polnear", "doc": b[0], "attribution": b[1]},
                        "band": ["jaccard>=0.5", "0.15-0.5", "0.08-0.15"][band],
                        "text_a": a[2],
                        "text_b": b[2],
                    },
                    ensure_ascii=False,
                )
            )


def lsh_draw(contents: list[tuple[str, int, str]], done: set, k: int, seed: int, min_jaccard: float = 0.0) -> None:
    """Pairs that share a band key of ``audit corroborate`` and pass the learned matcher's guards; with
    ``min_jaccard``, only those whose character 5-gram Jaccard reaches it (not a measure under test)."""
    sys.path.insert(0, str(ROOT))
    from audit.corroborate import band_keys, lsh_params
    from audit.similar import NOT, analyse, comparable, meaning_words

    analysed = [analyse(t) for _, _, t in contents]
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, keys in enumerate(band_keys([meaning_words(t) for t, _ in analysed])):
        for key in keys:
            buckets[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in buckets.values():
        if 2 <= len(ids) <= lsh_params()["max_bucket"]:
            for i, j in itertools.combinations(ids, 2):
                if contents[i][0] != contents[j][0] and contents[i][2].strip() != contents[j][2].strip():
                    pairs.add((i, j))
    kept = []
    for i, j in sorted(pairs):
        if ((contents[i][0], contents[i][1]), (contents[j][0], contents[j][1])) in done:
            continue
        (ta, na), (tb, nb) = analysed[i], analysed[j]
        scope = None if (NOT in ta) == (NOT in tb) else (na, nb)
        if comparable(ta, tb, scope, 1):
            kept.append((i, j))
    counts = {"lsh_pairs": len(pairs), "comparable": len(kept)}
    if min_jaccard:
        gram = [grams(t) for _, _, t in contents]
        kept = [(i, j) for i, j in kept if len(gram[i] & gram[j]) / len(gram[i] | gram[j]) >= min_jaccard]
        counts[f"jaccard>={min_jaccard}"] = len(kept)
    print(json.dumps(counts), file=sys.stderr)
    for i, j in random.Random(seed).sample(kept, min(k, len(kept))):
        a, b = contents[i], contents[j]
        print(
            json.dumps(
                {
                    "a": {"corpus": "polnear", "doc": a[0], "attribution": a[1]},
                    "b": {"corpus": "polnear", "doc": b[0], "attribution": b[1]},
                    "band": f"lsh, jaccard>={min_jaccard}" if min_jaccard else "lsh",
                    "text_a": a[2],
                    "text_b": b[2],
                },
                ensure_ascii=False,
            )
        )


if __name__ == "__main__":
    main()
