"""Score the project against the seeds gold and PolNeAR dev with the independent scorer.

    python benchmarks/evaluate.py [--shared ../shared] [--split dev]

Runs the real command line (`audit run` then `audit export --format jsonl`) into a temporary
database, then `../shared/eval/score.py`. Prints one JSON object per corpus.
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


if __name__ == "__main__":
    main()
