"""The Dask engine gives the same database as a local run: same export (sorted lines), same
errors and warnings; a killed run's received shards are merged on the next run. Runs a real
2-worker LocalCluster."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.api import audit_paths
from audit.cli import app
from audit.export import write_jsonl
from audit.store import open_db

distributed = pytest.importorskip("distributed")

from audit.engine import audit_partition, audit_paths_dask, partitions, shard_dir, write_shard  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# (id, text, what a run makes of it)
BATCH = [
    (
        "council",
        "The city council approved the budget on Tuesday. \u201cWe have closed the gap,\u201d said Mayor "
        "Ana Ruiz. Officials who asked not to be named said the vote was close.",
        "audited",
    ),
    (
        "report",
        "A draft report seen by Reuters says the plant leaked for weeks. The company declined to comment.",
        "audited",
    ),
    ("russian", "Президент сказал журналистам, что переговоры продолжатся на следующей неделе в Москве.", "error"),
    (
        "no-stops",
        " ".join(["the committee met again and the members talked about the plan for the new bridge"] * 3),
        "warning",
    ),
    ("council", "A different text under a repeated id must be refused, naming the input.", "error"),
]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as c:
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    batch = tmp_path_factory.mktemp("in") / "batch.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t, _ in BATCH]
    lines.insert(2, "{this line is not json")
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SEEDS), str(batch)]


def export_lines(db: Path) -> list[str]:
    database = open_db(db)
    try:
        out = io.StringIO()
        write_jsonl(database, out)
    finally:
        database.close()
    return sorted(out.getvalue().splitlines())


def error_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("select origin, article_id, stage, severity, reason from errors").fetchall())


@pytest.fixture(scope="module")
def local_db(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("local") / "local.db"
    audit_paths(inputs, db)
    return db


def test_dask_run_equals_local_run(cluster, inputs: list[str], local_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dask.db"
    # Small partitions, so that several shards are written and merged.
    summary = audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address, partition_words=600)
    assert summary.partitions >= 3
    assert summary.articles == 5 + sum(1 for *_, r in BATCH if r in ("audited", "warning"))
    assert export_lines(db) == export_lines(local_db)
    assert error_rows(db) == error_rows(local_db)
    severities = sorted(r[3] for r in error_rows(db))
    assert severities == ["error", "error", "error", "warning"]  # bad JSON, not English, repeated id; no stops
    assert not shard_dir(db).exists()
    # The full-text index is filled through the same triggers as a local run.
    with sqlite3.connect(db) as conn:
        hits = conn.execute("select count(*) from claims_fts where claims_fts match 'budget'").fetchone()[0]
    assert hits >= 1


def test_rerun_skips_and_force_redoes(cluster, inputs: list[str], local_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "dask.db"
    audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address)
    again = audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address)
    assert again.articles == 0 and again.partitions == 0
    forced = audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address, force=True)
    assert forced.articles == 8
    assert export_lines(db) == export_lines(local_db)


def test_killed_run_merges_received_shards_and_resumes(
    cluster, inputs: list[str], local_db: Path, tmp_path: Path
) -> None:
    """A run killed after receiving a shard but before merging it: the next run merges the
    shard first and does not audit its articles again."""
    from audit.ingest import read_inputs
    from audit.models import RawArticle

    db = tmp_path / "dask.db"
    open_db(db).close()
    seeds = [(item, None) for item in read_inputs([str(SEEDS)]) if isinstance(item, RawArticle)]
    part = next(partitions(seeds[:2], partition_words=10**9))
    result = audit_partition(part.key, part.articles, part.warnings)
    write_shard(shard_dir(db), part.key, result["shard"])
    (shard_dir(db) / ".half-written.db.part").write_bytes(b"killed while writing")

    summary = audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address)
    assert summary.skipped >= 2  # the two merged from the leftover shard were current
    assert summary.articles == 8 - 2
    assert export_lines(db) == export_lines(local_db)
    assert not shard_dir(db).exists()


def test_cli_engine_dask_on_a_running_scheduler(cluster, inputs: list[str], local_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(
        app, ["run", *inputs, "--db", str(db), "--engine", "dask", "--scheduler", cluster.scheduler_address]
    )
    assert result.exit_code == 1, result.output  # the batch has bad inputs: status 1, the rest stored
    assert "dask: " in result.output and "partitions" in result.output
    assert export_lines(db) == export_lines(local_db)


def test_strict_stops_at_the_first_bad_input(cluster, inputs: list[str], tmp_path: Path) -> None:
    from audit.api import AuditError

    db = tmp_path / "strict.db"
    with pytest.raises(AuditError, match="batch.jsonl"):
        audit_paths_dask(inputs, db, scheduler=cluster.scheduler_address, strict=True)
    assert len(error_rows(db)) == 1  # the failure is recorded, and nothing after it was read
    assert not shard_dir(db).exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "spark"], "unknown engine 'spark'"),
        (["--engine", "dask", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_cli_engine_errors(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--db", str(tmp_path / "x.db"), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_run_killed_mid_batch_resumes_to_the_local_result(tmp_path: Path) -> None:
    """A real `audit run --engine dask` killed (SIGKILL, client and its cluster) once some
    shards are merged: the database holds only whole articles, and the next run finishes
    the batch without auditing the merged articles again, with the export of a local run."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from test_durability import assert_whole_articles, make_batch, stored_articles

    batch = make_batch(tmp_path / "batch.jsonl", n=400)
    db = tmp_path / "dask.db"
    cmd = [sys.executable, "-m", "audit.cli", "run", "--quiet", str(batch), "--db", str(db), "--engine", "dask"]
    proc = subprocess.Popen(
        [*cmd, "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, text=True
    )
    deadline = time.monotonic() + 300
    try:
        while stored_articles(db) < 1:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the run is too slow to reach the kill point"
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the client and the cluster's processes it started
        proc.communicate(timeout=60)
    merged = assert_whole_articles(db)
    assert 0 < len(merged) < 400

    done = subprocess.run([*cmd, "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    # Every article merged before the kill is skipped as unchanged; shards received but not yet
    # merged at the kill are merged first on resume, so they are skipped too (a timing window).
    counts = re.search(r"(\d+) articles? \((\d+) unchanged, skipped\)", done.stderr)
    assert counts, done.stderr
    assert int(counts.group(2)) >= len(merged)
    assert int(counts.group(1)) + int(counts.group(2)) == 400
    assert not shard_dir(db).exists()

    local = tmp_path / "local.db"
    audit_paths([str(batch)], local)
    assert export_lines(db) == export_lines(local)
