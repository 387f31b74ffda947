"""Score the project against the seeds gold, PolNeAR dev and the kind layers with the independent scorer.

    python benchmarks/evaluate.py [--shared ../shared] [--split dev] [--skip-polnear] [--skip-kinds]

Runs the real command line (`audit run` then `audit export --format jsonl`) into a temporary
database, then `../shared/eval/score.py`. Prints one JSON object per corpus, then the kinds
figures and confusion matrix of the shared dev kind layer (`../shared/gold/polnear-kinds-dev.jsonl`)
and of our own train kind labels (`benchmarks/kinds_train.py`). PolNeAR dev and the dev kind
layer are the sets the rules were measured on while developing them: development figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, capture_output=True, text=True, **kw)


def audit_and_score(inputs: list[str], gold: Path, scorer: Path, extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db, pred = Path(tmp) / "a.db", Path(tmp) / "pred.jsonl"
        r = run([sys.executable, "-m", "audit.cli", "run", *inputs, "--db", str(db), "--quiet"])
        if not db.exists():
            raise SystemExit(f"audit run failed: {r.stderr}")
        run([sys.executable, "-m", "audit.cli", "export", "--db", str(db), "--format", "jsonl", "-o", str(pred)])
        out = run([sys.executable, str(scorer), "--gold", str(gold), "--pred", str(pred), "--json", *extra])
        result = json.loads(out.stdout)
        result["run"] = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
        return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--skip-polnear", action="store_true")
    ap.add_argument("--skip-kinds", action="store_true")
    args = ap.parse_args()
    shared = Path(args.shared)
    scorer = shared / "eval" / "score.py"
    seeds = audit_and_score(
        [str(shared / "seeds")], shared / "gold" / "seeds.gold.jsonl", scorer, ["--texts", str(shared / "seeds")]
    )
    seeds.pop("boilerplate_examples", None)
    print(json.dumps({"corpus": "seeds", **seeds}))
    if not args.skip_polnear:
        gold = shared / "corpora" / "polnear" / f"polnear-{args.split}.jsonl"
        pol = audit_and_score([str(gold)], gold, scorer, [])
        print(json.dumps({"corpus": f"polnear-{args.split}", **pol}))
    if not args.skip_kinds:
        layers = [("polnear-kinds-dev", shared / "gold" / "polnear-kinds-dev.jsonl")]
        from kinds_train import LAYERS, build  # noqa: PLC0415  (benchmarks/ is this script's folder)

        for layer in sorted(LAYERS, key=int):
            train_gold = Path(tempfile.gettempdir()) / f"polnear-kinds-train{layer}.jsonl"
            build(shared, train_gold, layer)
            layers.append((f"polnear-kinds-train{layer} (own labels)", train_gold))
        for name, gold in layers:
            res = audit_and_score([str(gold)], gold, scorer, [])
            kinds = res.get("kinds", {})
            print(json.dumps({"corpus": name, "kinds": {k: v for k, v in kinds.items() if k != "confusion"}}))
            print_confusion(name, kinds.get("confusion", {}))


def print_confusion(name: str, confusion: dict[str, dict[str, int]]) -> None:
    cols = sorted({k for row in confusion.values() for k in row} | set(confusion))
    short = {c: c.replace("anonymous_", "anon_").replace("nonpublic_document", "nonpublic")[:11] for c in cols}
    print(f"# {name}: confusion, rows gold kind, columns predicted ('missed': no matching claim)")
    print("gold / pred".rjust(21) + " " + " ".join(f"{short[c]:>11}" for c in cols) + "   right/gold")
    for g in sorted(confusion):
        row = confusion[g]
        total = sum(row.values())
        print(f"{g:>21} " + " ".join(f"{row.get(c, 0):>11}" for c in cols) + f"   {row.get(g, 0)}/{total}")


if __name__ == "__main__":
    main()
