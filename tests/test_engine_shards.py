"""The Dask engine's worker leaves nothing on disk: its shard is built in memory, so a worker
killed in the middle of a partition (a killed run, a lost machine) leaves no directory or
database file in the temporary directory; and the shard's bytes are a database that merges into
the same rows as storing the articles locally."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from audit.engine import audit_partition, merge_shard, write_shard
from audit.models import RawArticle
from audit.pipeline import audit_article
from audit.store import open_db, save_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _articles(n: int) -> list[dict]:
    paths = sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md"))[:n]
    assert len(paths) == n
    return [RawArticle(article_id=p.stem, text=p.read_text(encoding="utf-8")).model_dump() for p in paths]


KILLED_WORKER = textwrap.dedent(
    """
    import json, os, signal, sys
    import audit.pipeline
    from audit.engine import audit_partition

    real = audit.pipeline.audit_article
    calls = []

    def audit_then_die(item):
        calls.append(item.article_id)
        if len(calls) == 3:  # in the middle of the partition, after two articles are stored
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item)

    audit.pipeline.audit_article = audit_then_die
    articles = json.load(sys.stdin)
    audit_partition("killed", articles, {})
    """
)


def test_worker_killed_mid_partition_leaves_nothing_in_tmpdir(tmp_path: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "TEMP": str(tmp), "TMP": str(tmp)}
    proc = subprocess.run(
        [sys.executable, "-c", KILLED_WORKER],
        input=json.dumps(_articles(4)),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert sorted(p.name for p in tmp.iterdir()) == []


def test_partition_writes_no_file_and_its_shard_merges_like_a_local_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    articles = _articles(3)
    result = audit_partition("p", articles, {})
    assert sorted(p.name for p in tmp.iterdir()) == []
    assert result["articles"] == [a["article_id"] for a in articles]

    merged = tmp_path / "merged.db"
    db = open_db(merged)
    try:
        merge_shard(db, write_shard(tmp_path / "shards", "p", result["shard"]))
    finally:
        db.close()
    local = tmp_path / "local.db"
    db = open_db(local)
    try:
        for data in articles:
            save_article(db, audit_article(RawArticle(**data)))
    finally:
        db.close()

    tables = ("articles", "sources", "claims", "hops", "flags", "segments", "errors")
    with closing(sqlite3.connect(merged)) as a, closing(sqlite3.connect(local)) as b:
        for table in tables:
            cols = [r[1] for r in a.execute(f"pragma table_info([{table}])") if r[1] != "audited_at"]
            q = f"select {', '.join(f'[{c}]' for c in cols)} from [{table}] order by rowid"
            assert a.execute(q).fetchall() == b.execute(q).fetchall(), table
