"""End-to-end throughput and memory of `audit run` (read, extract, classify, store).

    python benchmarks/throughput.py [--corpus ../shared/corpora/polnear/polnear-train.jsonl] [--scale 1 3]

Runs the real command in a fresh subprocess pinned to one core (taskset, when present) on the
corpus and on copies of it 'scale' times larger (same texts, new ids), and prints words/s
(wall clock and CPU) and peak resident memory for each: memory should stay flat as the input
grows, because input is streamed and each article is written in its own transaction.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def scaled_copy(src: Path, dst: Path, times: int) -> int:
    words = 0
    with dst.open("w", encoding="utf-8") as out:
        for k in range(times):
            with src.open(encoding="utf-8") as fh:
                for line in fh:
                    doc = json.loads(line)
                    words += len(doc["text"].split())
                    out.write(json.dumps({"id": f"{doc['id']}#{k}", "text": doc["text"]}) + "\n")
    return words


def measure(corpus: Path, db: Path) -> dict:
    cmd = [sys.executable, "-m", "audit.cli", "run", str(corpus), "--db", str(db), "--quiet"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    if Path("/usr/bin/time").exists():
        cmd = ["/usr/bin/time", "-f", "MAXRSS_KB %M", *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = proc.stderr.strip().splitlines()
    rss = next((int(x.split()[1]) for x in lines if x.startswith("MAXRSS_KB")), after.ru_maxrss)
    summary = [x for x in lines if not x.startswith("MAXRSS_KB")]
    return {"wall": wall, "cpu": cpu, "max_rss_mb": rss / 1024, "summary": "\n".join(summary)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "polnear-train.jsonl"
    ap.add_argument("--corpus", type=Path, default=default)
    ap.add_argument("--scale", type=int, nargs="+", default=[1, 3])
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, python {sys.version.split()[0]}; one core used (taskset)")
    for times in args.scale:
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "corpus.jsonl"
            words = scaled_copy(args.corpus, corpus, times)
            r = measure(corpus, Path(tmp) / "bench.db")
            db_mb = (Path(tmp) / "bench.db").stat().st_size / 1024 / 1024
            print(
                f"x{times}: {words:,} words, {r['wall']:.1f} s wall -> {words / r['wall']:,.0f} words/s; "
                f"CPU {r['cpu']:.1f} s -> {words / r['cpu']:,.0f} words/s; peak RSS {r['max_rss_mb']:.0f} MB "
                f"; db {db_mb:.0f} MB"
            )
            print(f"    {r['summary'].splitlines()[-1] if r['summary'] else ''}")


if __name__ == "__main__":
    main()
