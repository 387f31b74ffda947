"""Train the learned cue detector (audit/cuemodel.py) on PolNeAR *train* cue spans.

    pip install scikit-learn   # training only; the project runs the model in pure Python
    python benchmarks/train_cue_model.py [--shared ../shared] [--threshold 0.5] [--write]

A word is a positive example when it is the first word of a PolNeAR cue span after auxiliaries and
adverbs ("has also *questioned*"). Only candidate words (lower-case content words outside
quotations) are examples. The last 10% of train articles (by id) are held out to report precision
and recall of unknown-cue detection at the threshold; dev is never read. --write fits on all of
train and writes audit/data/cue_model.json (weights rounded, tiny weights dropped).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from audit.cuemodel import MODEL_FILE, features, is_candidate, tokens  # noqa: E402
from audit.lexicon import cue_info, data_path  # noqa: E402
from audit.spans import quote_regions  # noqa: E402

SKIP = frozenset(
    """is are was were be been being has have had will would could should can may might must do does did
    not n't also still even again just now then later already repeatedly publicly recently often never
    ’s 's""".split()
)


def cue_heads(doc: dict) -> set[int]:
    heads = set()
    for att in doc["attributions"]:
        for a, b in (att.get("cue_span") or [])[:1]:
            for m in re.finditer(r"[A-Za-z][\w’'-]*", doc["text"][a:b]):
                if m.group(0).lower() not in SKIP:
                    heads.add(a + m.start())
                    break
    return heads


def examples(doc: dict) -> tuple[list[list[str]], list[int], list[bool]]:
    text = doc["text"]
    heads = cue_heads(doc)
    X, y, known = [], [], []
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if not para.strip():
            continue
        quotes = quote_regions(text, start, end)
        toks = tokens(text, start, end)
        for i, t in enumerate(toks):
            if not is_candidate(toks, i) or any(a <= t.start < b for a, b in quotes):
                continue
            X.append(features(toks, i))
            y.append(int(t.start in heads))
            known.append(cue_info(t.text) is not None)
    return X, y, known


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parents[1] / "shared"))
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    from sklearn.feature_extraction import FeatureHasher  # noqa: F401  (sklearn needed)
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    docs = [json.loads(line) for line in (Path(args.shared) / "corpora/polnear/polnear-train.jsonl").open()]
    docs.sort(key=lambda d: d["id"])
    cut = int(len(docs) * 0.9)

    def build(ds: list[dict]) -> tuple[list[list[str]], list[int], list[bool]]:
        X, y, k = [], [], []
        for d in ds:
            a, b, c = examples(d)
            X += a
            y += b
            k += c
        return X, y, k

    def fit(X: list[list[str]], y: list[int]) -> tuple[CountVectorizer, LogisticRegression]:
        vec = CountVectorizer(analyzer=lambda fs: fs, min_df=2, binary=True)
        M = vec.fit_transform(X)
        clf = LogisticRegression(C=args.C, max_iter=2000, class_weight=None)
        clf.fit(M, y)
        return vec, clf

    Xtr, ytr, _ = build(docs[:cut])
    Xho, yho, kho = build(docs[cut:])
    vec, clf = fit(Xtr, ytr)
    prob = clf.predict_proba(vec.transform(Xho))[:, 1]
    for th in (0.3, 0.4, 0.5, 0.6, 0.7):
        tp = sum(1 for p, t, k in zip(prob, yho, kho, strict=True) if p >= th and t and not k)
        fp = sum(1 for p, t, k in zip(prob, yho, kho, strict=True) if p >= th and not t and not k)
        pos = sum(1 for t, k in zip(yho, kho, strict=True) if t and not k)
        print(
            f"held-out train, words outside the cue lists, threshold {th}: precision {tp / max(1, tp + fp):.3f} "
            f"recall {tp / max(1, pos):.3f} ({tp} of {pos})"
        )
    if args.write:
        X, y, _ = build(docs)
        vec, clf = fit(X, y)
        names = vec.get_feature_names_out()
        weights = {n: round(float(w), 3) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 0.05}
        spec = {
            "_about": "Logistic regression over audit/cuemodel.py features, trained by benchmarks/train_cue_model.py "
            f"on PolNeAR train cue spans ({len(docs)} articles, {sum(y)} cue words); dev never read.",
            "bias": round(float(clf.intercept_[0]), 3),
            "threshold": args.threshold,
            "weights": dict(sorted(weights.items())),
        }
        out = data_path(MODEL_FILE)
        out.write_text(json.dumps(spec, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {out}: {len(weights)} weights")


if __name__ == "__main__":
    main()
