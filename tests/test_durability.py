"""No loss, no hang: a real ``audit run`` killed mid-batch leaves only whole articles and
resumes where it stopped; readers (sqlite read-only connections and Datasette) can read the
database while ``audit run`` writes it."""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
ARTICLES = 2000
CHILD_TABLES = ("claims", "sources", "hops", "flags", "segments")


def make_batch(path: Path, n: int = ARTICLES, seed: int = 11) -> Path:
    """``n`` articles with distinct ids and texts, each a few seed paragraphs and a line of its own."""
    paragraphs = [p.strip() for s in SEEDS for p in s.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 40]
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = "\n\n".join(rng.sample(paragraphs, rng.randint(2, 4)))
            text = f"{body}\n\n\u201cDay {i} went as planned,\u201d the ministry said in a statement."
            fh.write(json.dumps({"id": f"art-{i:05d}", "text": text}) + "\n")
    return path


def start_run(batch: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "audit.cli", "run", "--quiet", str(batch), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )


def run_to_end(batch: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", "--quiet", str(batch), "--db", str(db)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


def ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


def stored_articles(db: Path) -> int:
    """Articles committed so far, 0 while the database or its schema does not exist yet."""
    if not db.exists():
        return 0
    try:
        con = ro(db)
        try:
            return con.execute("select count(*) from articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc) or "unable to open" in str(exc):
            return 0
        raise


def kill_after(proc: subprocess.Popen[str], db: Path, at_least: int, timeout: float = 300) -> None:
    """SIGKILL ``proc`` once ``at_least`` articles are committed."""
    deadline = time.monotonic() + timeout
    while stored_articles(db) < at_least:
        assert proc.poll() is None, f"the run ended before it could be killed:\n{proc.stderr.read()}"
        assert time.monotonic() < deadline, "the run is too slow to reach the kill point"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def assert_whole_articles(db: Path) -> dict[str, str]:
    """Every stored article has all its rows; returns article_id -> audited_at."""
    con = ro(db)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert con.execute("pragma foreign_key_check").fetchall() == []
        short = con.execute(
            "select a.article_id, a.claim_count, count(c.claim_id) from articles a "
            "left join claims c on c.article_id = a.article_id group by a.article_id "
            "having a.claim_count != count(c.claim_id)"
        ).fetchall()
        assert short == [], f"articles missing claims: {short[:5]}"
        for table in CHILD_TABLES:
            orphans = con.execute(
                f"select count(*) from [{table}] where article_id not in (select article_id from articles)"
            ).fetchone()[0]
            assert orphans == 0, f"{orphans} {table} rows without their article"
        hops = con.execute(
            "select count(*) from claims c where hop_count != "
            "(select count(*) from hops h where h.claim_id = c.claim_id)"
        ).fetchone()[0]
        assert hops == 0, "claims missing hops"
        return dict(con.execute("select article_id, audited_at from articles"))
    finally:
        con.close()


def snapshot(db: Path) -> dict[str, object]:
    con = ro(db)
    try:
        counts = {
            t: con.execute(f"select count(*) from [{t}]").fetchone()[0] for t in ("articles", *CHILD_TABLES, "errors")
        }
        claims = con.execute(
            "select claim_id, article_id, content_start, content_end, kind, score from claims order by claim_id"
        ).fetchall()
        return {"counts": counts, "claims": claims}
    finally:
        con.close()


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_batch(tmp_path_factory.mktemp("batch") / "batch.jsonl")


def test_killed_run_keeps_whole_articles_and_resumes(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    clean_db = tmp_path / "clean.db"
    # The clean run for comparison goes alongside, in its own database.
    clean = start_run(batch, clean_db)

    kill_after(start_run(batch, db), db, at_least=150)
    first = assert_whole_articles(db)
    assert 150 <= len(first) < ARTICLES, "the kill must land mid-batch"

    # A second kill, later, from the resumed run.
    proc = start_run(batch, db)
    kill_after(proc, db, at_least=len(first) + 150)
    second = assert_whole_articles(db)
    assert len(second) < ARTICLES
    assert all(second[k] == v for k, v in first.items()), "finished articles were redone"

    time.sleep(1.1)  # audited_at has whole seconds: anything redone now would show
    result = run_to_end(batch, db)
    assert result.returncode == 0, result.stderr
    m = re.search(r"(\d+) articles? \((\d+) unchanged, skipped\)", result.stderr)
    assert m, result.stderr
    assert (int(m.group(1)), int(m.group(2))) == (ARTICLES - len(second), len(second))
    final = assert_whole_articles(db)
    assert len(final) == ARTICLES
    assert all(final[k] == v for k, v in second.items()), "finished articles were redone"

    out, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err
    assert snapshot(db) == snapshot(clean_db)


async def _datasette_reads(db: Path, writer: subprocess.Popen[str], problems: list[str]) -> list[int]:
    from datasette.app import Datasette

    ds = Datasette([str(db)])  # not immutable: it sees the writes as they land
    name = db.stem
    seen: list[int] = []
    try:
        while writer.poll() is None:
            # A plain read-only connection, as `audit serve --live` and other readers use.
            try:
                con = ro(db)
                try:
                    n = con.execute("select count(*) from articles").fetchone()[0]
                    con.execute(
                        "select a.article_id, count(c.claim_id) from articles a join claims c "
                        "using (article_id) group by a.article_id"
                    ).fetchall()
                finally:
                    con.close()
                seen.append(n)
            except sqlite3.OperationalError as exc:
                problems.append(f"sqlite: {exc}")
            for path in (
                f"/{name}/claims.json?_size=50",
                f"/{name}/articles.json?_size=5&_sort_desc=audited_at",
                f"/{name}.json?sql=select+count(*)+from+claims",
            ):
                response = await ds.client.get(path)
                if response.status_code != 200 or "locked" in response.text:
                    problems.append(f"datasette {path}: {response.status_code} {response.text[:200]}")
            await asyncio.sleep(0.01)
    finally:
        for database in ds.databases.values():
            database.close()
    return seen


def test_readers_while_writing(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "live.db"
    small = tmp_path / "small.jsonl"
    lines = batch.read_text(encoding="utf-8").splitlines(keepends=True)
    small.write_text("".join(lines[:600]), encoding="utf-8")
    writer = start_run(small, db)
    try:
        deadline = time.monotonic() + 120
        while stored_articles(db) == 0:
            assert writer.poll() is None, writer.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        problems: list[str] = []
        seen = asyncio.run(_datasette_reads(db, writer, problems))
        _, err = writer.communicate(timeout=300)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == 0, err
    assert "locked" not in err
    assert problems == []
    assert len(set(seen)) > 3, f"the reads did not overlap the writes: {seen}"
    assert seen == sorted(seen)
    assert stored_articles(db) == 600
    with ro(db) as con:
        assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifo_argument_does_not_hang(tmp_path: Path) -> None:
    """A named pipe named on the command line is refused, not waited on."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_to_end(fifo, tmp_path / "fifo.db")
    assert result.returncode == 1
    assert "named pipe" in result.stderr
