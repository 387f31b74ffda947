"""The store without sqlite-utils on `audit run`'s path: a new database's schema made in plain
sqlite3 is the one sqlite-utils makes (the same ``sqlite_master``, to the root pages, and the
same ``kinds`` rows); ``store.Database`` behaves as sqlite-utils' ``Database`` for what the
project calls on it; errors are recorded as sqlite-utils' upsert recorded them; and `audit run`
does not import sqlite-utils."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from audit import store
from audit._sqlite_utils import load
from audit.models import IngestError

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _master(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("select type, name, tbl_name, rootpage, sql from sqlite_master order by rowid").fetchall()


def _schema_by(path: Path, how: str) -> sqlite3.Connection:
    """A new database whose schema is made by ``_create_schema`` ("plain") or by sqlite-utils."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = wal")
    db = store.Database(conn)
    with store.write_transaction(db):
        conn.execute(f"PRAGMA application_id = {store.APPLICATION_ID}")
        if how == "plain":
            store._create_schema(conn)
        else:
            store._upgrade_schema(db.utils())
    return conn


def test_new_schema_is_the_one_sqlite_utils_makes(tmp_path: Path) -> None:
    with closing(_schema_by(tmp_path / "plain.db", "plain")) as a, closing(_schema_by(tmp_path / "su.db", "su")) as b:
        assert _master(a) == _master(b)
        assert len(_master(a)) > 60
        q = "select rowid, * from kinds order by rowid"
        assert a.execute(q).fetchall() == b.execute(q).fetchall()
        assert a.execute("pragma application_id").fetchone() == b.execute("pragma application_id").fetchone()
        # The same pages in use; sqlite-utils' upsert also created and dropped a probe table (is
        # "on conflict" supported?), whose page is left free and taken by the next insert
        in_use = (
            "select (select page_count from pragma_page_count) - (select freelist_count from pragma_freelist_count)"
        )
        assert a.execute(in_use).fetchone() == b.execute(in_use).fetchone()
        assert store._schema_missing(store.Database(a)) == []


def test_open_db_makes_the_new_schema_without_sqlite_utils(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "new.db")
    try:
        assert db._utils is None  # no sqlite-utils Database was needed
        with closing(_schema_by(tmp_path / "su.db", "su")) as b:
            assert _master(db.conn) == _master(b)
    finally:
        db.close()
    again = store.open_db(tmp_path / "new.db")  # up to date: nothing to do
    try:
        assert store._schema_missing(again) == []
    finally:
        again.close()


def test_an_old_database_is_brought_up_to_date(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store.open_db(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("drop view kind_mix")
        conn.execute("drop index idx_hops_kind")
        conn.commit()
    db = store.open_db(path)
    try:
        assert store._schema_missing(db) == []
    finally:
        db.close()


def test_database_behaves_as_sqlite_utils_for_the_project(tmp_path: Path) -> None:
    db = store.open_db(tmp_path / "d.db")
    try:
        # a write outside a transaction is committed, as sqlite-utils' execute commits it
        db.execute("insert into errors (error_id, origin, stage) values ('e1', 'x', 'ingest')")
        assert not db.conn.in_transaction
        with closing(sqlite3.connect(tmp_path / "d.db")) as other:
            assert other.execute("select count(*) from errors").fetchone()[0] == 1
        assert db.execute("select origin from errors where error_id = ?", ["e1"]).fetchone() == ("x",)
        # everything else is sqlite-utils' Database on the same connection
        assert db["errors"].count == 1
        assert list(db.query("select error_id from errors")) == [{"error_id": "e1"}]
        assert "articles" in db.table_names()
        with db.atomic():
            db.execute("delete from errors")
        assert db["errors"].count == 0
        assert db.utils().conn is db.conn
        assert db.conn.execute("pragma recursive_triggers").fetchone() == (1,)
    finally:
        db.close()


@pytest.mark.parametrize("times", [1, 2])
def test_save_error_records_as_sqlite_utils_upsert(tmp_path: Path, times: int, monkeypatch) -> None:
    monkeypatch.setattr(store, "now", lambda: "2026-01-01T00:00:00+00:00")
    errors = [
        IngestError(origin="a.txt", article_id="a", stage="check", reason="too short"),
        IngestError(origin="b.txt", article_id=None, reason="not UTF-8"),
    ]
    ours = store.open_db(tmp_path / "ours.db")
    theirs = store.open_db(tmp_path / "theirs.db")
    try:
        for _ in range(times):
            for severity, err in zip(("error", "warning"), errors, strict=True):
                store.save_error(ours, err, severity)
                key = store.hashlib.sha1(f"{err.origin}\x00{err.reason}".encode()).hexdigest()[:16]
                with store.write_transaction(theirs):
                    theirs.utils()["errors"].upsert(
                        {
                            "error_id": key,
                            "origin": err.origin,
                            "article_id": err.article_id,
                            "stage": err.stage,
                            "severity": severity,
                            "reason": err.reason,
                            "recorded_at": store.now(),
                        },
                        pk="error_id",
                    )
        q = "select rowid, * from errors order by rowid"
        assert ours.conn.execute(q).fetchall() == theirs.conn.execute(q).fetchall()
        assert len(ours.conn.execute(q).fetchall()) == 2
    finally:
        ours.close()
        theirs.close()


def test_audit_run_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from audit.cli import app\n"
        f"sys.argv = ['audit', 'run', {str(SEEDS)!r}, '--db', {str(tmp_path / 's.db')!r}, '--quiet']\n"
        "try:\n"
        "    app()\n"
        "finally:\n"
        "    print('sqlite_utils' in sys.modules, 'dateutil' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert "5 articles" in done.stderr, done.stderr
    assert done.stdout.split() == ["False", "False"]


def test_the_deferred_module_is_sqlite_utils() -> None:
    from audit._sqlite_utils import sqlite_utils

    real = load()
    assert sqlite_utils.Database is real.Database
    assert sqlite_utils.db.DescIndex is real.db.DescIndex
