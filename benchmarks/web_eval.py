"""Score the project on real news pages: story text kept, page furniture left out, metadata.

    python benchmarks/web_eval.py [--shared ../shared] [--pages DIR] [--json]

Runs the real command line (`audit run DIR/pages`) into a temporary database, then the
independent scorer `../shared/eval/web_score.py`, which also scores plain `trafilatura.extract`
on the same pages in the same run. Prints the scorer's figures, and a line saying whether
the targets of issue 11 are met (body F1 at least trafilatura's, furniture share <= 0.005,
no claim repeated inside an article).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--pages", help="a directory with pages/ and truth.json (default: SHARED/corpora/web-news)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args()
    shared = Path(args.shared)
    pages = Path(args.pages) if args.pages else shared / "corpora" / "web-news"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "web.db"
        run = subprocess.run(
            [sys.executable, "-m", "audit.cli", "run", str(pages / "pages"), "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
        )
        if not db.exists():
            raise SystemExit(f"audit run failed: {run.stderr}")
        scored = subprocess.run(
            [sys.executable, str(shared / "eval" / "web_score.py"), "--pages", str(pages), "--db", str(db), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    result = json.loads(scored.stdout)
    result["run"] = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ""
    result["exit_status"] = run.returncode
    ref = result.get("trafilatura_body") or {}
    result["targets_met"] = {
        "body_f1_at_least_trafilatura": bool(ref) and result["body"]["f1"] >= ref["f1"],
        "furniture_share_at_most_0.005": result["furniture_share"] <= 0.005,
        "no_repeated_claims": result["repeated_in_article"] == 0,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
