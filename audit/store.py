"""Store stage: write audited articles to SQLite.

The schema (tables, foreign keys, indexes, full-text search, views) is declared in
``data/schema.json`` and applied idempotently (a new database in plain sqlite3, with the
statements sqlite-utils would run; an older one brought up to date through sqlite-utils). Rows
are written through the plain ``sqlite3`` connection; ``Database`` hands everything else to
sqlite-utils, imported on first use. Each article is written whole, in a transaction
of its own (``save_article``) or in a savepoint of a run's batch transaction (``save_batch``):
its old rows are deleted and the new ones inserted together, so a run killed halfway leaves
no half-written article, and re-running never duplicates rows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import sqlite3
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from . import summaries
from ._sqlite_utils import sqlite_utils
from .lexicon import load_json
from .models import AuditedArticle, IngestError

TYPES = {"str": str, "int": int, "float": float}
ANON = ("anonymous_described", "anonymous_vague")


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


APPLICATION_ID = 0x50415544  # "PAUD": marks a database this project created
SIGNATURE_TABLES = {"articles", "claims", "hops", "kinds", "errors"}
SIGNATURE_COLUMNS = {"article_id", "content_sha256", "engine_version"}


class DatabaseError(Exception):
    """The database cannot be used; the message is one plain line naming the file and the reason."""


def describe_sqlite_error(exc: sqlite3.Error) -> str:
    """A plain reason for a SQLite failure."""
    text = str(exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low:
        return "the database is read-only (no permission to write it or its directory)"
    if "disk is full" in low or "disk full" in low:
        return "the disk is full"
    if "disk i/o error" in low:
        return "a disk input/output error (is the disk full, or the file on a failing device?)"
    if "file is not a database" in low or "not a database" in low:
        return "not a SQLite database"
    if "unable to open" in low:
        return "cannot open the file (does its directory exist, and may it be written?)"
    if "locked" in low or "busy" in low:
        return "the database stayed locked by another program for too long"
    return text or type(exc).__name__


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction that takes the write lock at its start (BEGIN IMMEDIATE), so the
    busy timeout applies and a concurrent writer waits instead of failing with "locked"."""
    conn = db.conn
    if conn.in_transaction:
        conn.commit()
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    else:
        conn.commit()


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if not readonly:
        return sqlite3.connect(str(path))
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        conn.execute("select count(*) from sqlite_master").fetchall()
        return conn
    except sqlite3.OperationalError as exc:
        low = str(exc).lower()
        if "unable to open" not in low and "readonly" not in low:
            raise
        conn.close()
    # A WAL database whose shared-memory file cannot be created (a directory we may not write):
    # read the file as it is on disk.
    return sqlite3.connect(uri + "&immutable=1", uri=True)


def readable_only_as_immutable(path: str | Path) -> bool:
    """True when ``path`` opens read-only only as an immutable file (a WAL database whose
    shared-memory file cannot be created, in a directory we may not write)."""
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return True
    try:
        conn.execute("select count(*) from sqlite_master").fetchall()
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def identify(conn: sqlite3.Connection) -> str:
    """ "ours", "empty", or a description of the other program's database."""
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    app_id = conn.execute("pragma application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id:
        return f"it belongs to another program (application id {app_id})"
    if not tables:
        return "empty"
    if SIGNATURE_TABLES <= tables:
        columns = {r[1] for r in conn.execute("pragma table_info(articles)")}
        if SIGNATURE_COLUMNS <= columns:
            return "ours"
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    return f"it holds other tables ({shown})"


class Database:
    """An audit database's connection, as the store uses it: ``conn``, ``execute``, ``close``.

    ``execute`` of a statement inside a transaction, or of a ``select``, is the connection's:
    sqlite-utils' ``Database.execute`` does exactly that for them (its extra work is for a write
    outside a transaction, which it commits). Everything else (``db["table"]``, ``db.query``,
    ``db.atomic()``, a write outside a transaction, ...) is a sqlite-utils ``Database`` on the same
    connection, made on first use: ``audit run`` never needs one, so it never imports sqlite-utils
    (about 230M instructions, 1.8% of a run on PolNeAR dev)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Any = None
        conn.execute("PRAGMA recursive_triggers=on;")  # as a sqlite-utils Database sets it

    def utils(self) -> sqlite_utils.Database:
        """The sqlite-utils ``Database`` on this connection (without plugins: they would only add
        SQL functions, which no query of the project calls, and looking them up read every
        installed package's entry points, about 12 ms of CPU)."""
        if self._utils is None:
            self._utils = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._utils

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        conn = self.conn
        if conn.in_transaction or sql[:7].lower() == "select ":
            return conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        return self.utils().execute(sql, parameters)

    def close(self) -> None:
        self.conn.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_utils":
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def __getitem__(self, name: str) -> Any:
        return self.utils()[name]

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_db(path: str | Path, *, readonly: bool = False) -> Database:
    """Open an audit database.

    Writable (the default): created if needed, switched to WAL, schema applied. Read-only: the
    file must exist; nothing is written (a read-only file or directory is fine). Either way a
    file that is not SQLite, or a SQLite database of another program, is refused untouched with
    ``DatabaseError``.
    """
    path = Path(path)
    if path.is_dir():
        raise DatabaseError(f"cannot use {path} as a database: it is a directory")
    if readonly and not path.exists():
        raise DatabaseError(f"no database at {path}: run `audit run INPUT --db {path}` first")
    if not readonly and not path.parent.is_dir():
        raise DatabaseError(f"cannot create database {path}: directory {path.parent} does not exist")
    try:
        conn = _connect(path, readonly)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open database {path}: {describe_sqlite_error(exc)}") from None
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        what = identify(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise DatabaseError(f"cannot open database {path}: {describe_sqlite_error(exc)}") from None
    if what not in ("ours", "empty"):
        conn.close()
        raise DatabaseError(
            f"refusing to use {path}: not a provenance-audit database, {what}; left untouched (give --db a new file)"
        )
    if readonly and what == "empty":
        conn.close()
        raise DatabaseError(f"no audit in {path} yet: run `audit run INPUT --db {path}` first")
    db = Database(conn)
    if readonly:
        db.conn.execute("PRAGMA query_only = ON")
        return db
    try:
        _set_wal(db)
        db.conn.execute("PRAGMA synchronous = NORMAL")
        db.conn.execute("PRAGMA cache_size = -32000")  # 32 MB of page cache: index updates stay in memory
        # Copy the write-ahead log into the database (and wait for the disk) every 40 MB rather than
        # every 4 MB: each article's commit stays as durable as before, and storing one article at a
        # time gets about 1.7x faster (benchmarks/site_speed.py's notes in docs/benchmarks.md)
        db.conn.execute("PRAGMA wal_autocheckpoint = 10000")
        db.conn.execute("PRAGMA foreign_keys = ON")
        ensure_schema(db)
    except sqlite3.Error as exc:
        db.close()
        raise DatabaseError(f"cannot write to database {path}: {describe_sqlite_error(exc)}") from None
    return db


def open_memory_db() -> Database:
    """A new audit database in memory, with the schema applied (the Dask engine's worker builds
    its shard in one and sends ``db.conn.serialize()``, a database file's bytes): nothing is
    written to disk, so a worker killed halfway leaves nothing behind."""
    db = Database(sqlite3.connect(":memory:"))
    db.conn.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db


def _set_wal(db: sqlite_utils.Database) -> None:
    for attempt in range(50):
        try:
            mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
            if mode != "wal":
                db.conn.execute("PRAGMA journal_mode = wal").fetchall()
            return
        except sqlite3.OperationalError as exc:  # another process is switching it at the same moment
            if "locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.1)


def _kind_rows() -> list[dict[str, Any]]:
    kinds = load_json("kinds.json")["kinds"]
    letters = load_json("grading.json")["kind_letter"]
    return [{**k, "letter": letters.get(k["kind"], "")} for k in kinds]


def _utils(db: Database | sqlite_utils.Database) -> sqlite_utils.Database:
    """The sqlite-utils ``Database`` of ``db`` (which may be one already)."""
    return db.utils() if isinstance(db, Database) else db


def _table_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]


def _column_names(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({_quote(table)})")}


def _quote(identifier: str) -> str:
    """An identifier quoted as sqlite-utils quotes it."""
    return '"{}"'.format(identifier.replace('"', '""'))


def _schema_missing(db: Database | sqlite_utils.Database) -> list[str]:
    """What the database lacks of the declared schema (empty when it is up to date); reads only."""
    schema = load_json("schema.json")
    conn = db.conn
    missing: list[str] = []
    if conn.execute("pragma application_id").fetchone()[0] != APPLICATION_ID:
        missing.append("application id")
    existing = set(_table_names(conn))
    for name, spec in schema["tables"].items():
        if name not in existing:
            missing.append(f"table {name}")
        elif set(spec["columns"]) - _column_names(conn, name):
            missing.append(f"columns of {name}")
    indexes = {r[0] for r in conn.execute("select name from sqlite_master where type = 'index'")}
    for table, cols in schema["indexes"]:
        if _index_name(table, cols) not in indexes:
            missing.append(f"index on {table}")
    for table in schema["fts"]:
        if f"{table}_fts" not in existing:
            missing.append(f"search index of {table}")
    for name, sql in schema["views"].items():
        row = conn.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if row is None or sql not in row[0]:
            missing.append(f"view {name}")
    if "kinds" in existing:
        kind_rows = _kind_rows()
        want = sorted(json.dumps(r, sort_keys=True) for r in kind_rows)
        cols = list(kind_rows[0]) if want else []
        cursor = conn.execute("select * from kinds")
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, r, strict=True)) for r in cursor]
        have = sorted(json.dumps({c: r[c] for c in cols if c in r}, sort_keys=True) for r in rows)
        if have != want:
            missing.append("kinds")
    return missing


def ensure_schema(db: Database | sqlite_utils.Database) -> None:
    """Apply the declared schema. Reads only when the database is up to date; otherwise every
    change is made in one write transaction taken at its start, so two processes creating the
    same new database one after the other never see half a schema or fail with "locked".

    A new database (nothing in it) gets the statements sqlite-utils would run for it
    (``_create_schema``, checked against sqlite-utils by tests/test_store_schema.py) in plain
    sqlite3; an older one is brought up to date through sqlite-utils (``_upgrade_schema``)."""
    if not _schema_missing(db):
        return
    with write_transaction(db):
        db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        if db.conn.execute("select count(*) from sqlite_master").fetchone()[0] == 0:
            _create_schema(db.conn)
        else:
            _upgrade_schema(_utils(db))
        summaries.ensure(db)  # the site's summary tables of a database stored before they existed


def _upgrade_schema(db: sqlite_utils.Database) -> None:
    """Inside ``ensure_schema``'s transaction: create what the database lacks, with sqlite-utils."""
    schema = load_json("schema.json")
    existing = set(db.table_names())
    for name, spec in schema["tables"].items():
        if name in existing:
            missing = {c: t for c, t in spec["columns"].items() if c not in db[name].columns_dict}
            for col, typ in missing.items():
                db[name].add_column(col, TYPES[typ])
            continue
        db[name].create(  # type: ignore[union-attr]
            {c: TYPES[t] for c, t in spec["columns"].items()},
            pk=spec["pk"],
            foreign_keys=[tuple(fk) for fk in spec["foreign_keys"]],
            if_not_exists=True,
        )
    for table, cols in schema["indexes"]:
        db[table].create_index(  # type: ignore[union-attr]
            _index_columns(cols), index_name=_index_name(table, cols), if_not_exists=True
        )
    for table, cols in schema["fts"].items():
        if not db[table].detect_fts():  # type: ignore[union-attr]
            db[table].enable_fts(cols, create_triggers=True, tokenize="porter")  # type: ignore[union-attr]
    for name, sql in schema["views"].items():
        existing_view = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if existing_view is None or sql not in existing_view[0]:
            db.create_view(name, sql, replace=True)  # a changed view definition reaches old databases
    db["kinds"].upsert_all(_kind_rows(), pk="kind")  # type: ignore[union-attr]


SQL_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "REAL"}  # sqlite-utils' names of TYPES


def _create_schema(conn: sqlite3.Connection) -> None:
    """Inside ``ensure_schema``'s transaction, on a database with nothing in it: the statements
    ``_upgrade_schema`` makes sqlite-utils run there, with the same text in the same order, so the
    schema (``sqlite_master``, to the root pages) and the ``kinds`` rows come out the same."""
    for sql in _create_schema_statements():
        conn.execute(sql)
    columns = list(load_json("schema.json")["tables"]["kinds"]["columns"])
    rows = _kind_rows()
    extra = {key for row in rows for key in row} - set(columns)
    if extra:  # sqlite-utils' upsert would refuse them
        raise sqlite3.OperationalError(f"table kinds has no column named {sorted(extra)[0]}")
    conn.executemany(
        "insert into [kinds] ({}) values ({})".format(", ".join(map(_quote, columns)), ", ".join("?" for _ in columns)),
        [tuple(row.get(c) for c in columns) for row in rows],
    )


@cache
def _create_schema_statements() -> tuple[str, ...]:
    """sqlite-utils' statements (4.x: ``create_table_sql``, ``create_index``, ``enable_fts`` with
    its triggers, ``create_view``) for the declared tables, indexes, search indexes and views."""
    schema = load_json("schema.json")
    out: list[str] = []
    for name, spec in schema["tables"].items():
        pk = spec["pk"]
        single = pk if isinstance(pk, str) else pk[0] if len(pk) == 1 else None
        references = {fk[0]: f"REFERENCES {_quote(fk[1])}({_quote(fk[2])})" for fk in spec["foreign_keys"]}
        defs = []
        for col, typ in spec["columns"].items():
            extras = ["PRIMARY KEY"] if col == single else []
            if col in references:
                extras.append(references[col])
            defs.append(f"   {_quote(col)} {SQL_TYPES[typ]}" + (" " + " ".join(extras) if extras else ""))
        extra_pk = "" if single else ",\n   PRIMARY KEY ({})".format(", ".join(map(_quote, pk)))
        out.append(f"CREATE TABLE IF NOT EXISTS {_quote(name)} (\n" + ",\n".join(defs) + f"{extra_pk}\n);\n        ")
    for table, cols in schema["indexes"]:
        columns = ", ".join(f"{_quote(c[1:])} desc" if c.startswith("-") else _quote(c) for c in cols)
        out.append(
            f"CREATE INDEX IF NOT EXISTS {_quote(_index_name(table, cols))}\n    ON {_quote(table)} ({columns});"
        )
    for table, cols in schema["fts"].items():
        t, fts = _quote(table), _quote(f"{table}_fts")
        quoted = ", ".join(map(_quote, cols))
        old = ", ".join(f"old.{_quote(c)}" for c in cols)
        new = ", ".join(f"new.{_quote(c)}" for c in cols)
        out.append(
            f"CREATE VIRTUAL TABLE {fts} USING FTS5 (\n    {quoted},\n    tokenize='porter',\n    content={t}\n)"
        )
        out.append(f"INSERT INTO {fts} (rowid, {quoted})\n    SELECT rowid, {quoted} FROM {t};")
        out.append(
            f"CREATE TRIGGER {_quote(table + '_ai')} AFTER INSERT ON {t} BEGIN\n"
            f"  INSERT INTO {fts} (rowid, {quoted}) VALUES (new.rowid, {new});\nEND;"
        )
        out.append(
            f"CREATE TRIGGER {_quote(table + '_ad')} AFTER DELETE ON {t} BEGIN\n"
            f"  INSERT INTO {fts} ({fts}, rowid, {quoted}) VALUES('delete', old.rowid, {old});\nEND;"
        )
        out.append(
            f"CREATE TRIGGER {_quote(table + '_au')} AFTER UPDATE ON {t} BEGIN\n"
            f"  INSERT INTO {fts} ({fts}, rowid, {quoted}) VALUES('delete', old.rowid, {old});\n"
            f"  INSERT INTO {fts} (rowid, {quoted}) VALUES (new.rowid, {new});\nEND;"
        )
    for name, sql in schema["views"].items():
        out.append(f"CREATE VIEW {_quote(name)} AS {sql}")
    return tuple(out)


def _index_columns(cols: list[str]) -> list:
    """ "-column": descending, so an index serves "order by column desc, pk"."""
    return [sqlite_utils.db.DescIndex(c[1:]) if c.startswith("-") else c for c in cols]


def _index_name(table: str, cols: list[str]) -> str:
    return "idx_{}_{}".format(table, "_".join(c.lstrip("-") + ("_desc" if c[0] == "-" else "") for c in cols))


def is_current(
    db: sqlite_utils.Database,
    article_id: str,
    content_sha256: str,
    engine_version: str,
    meta: dict[str, str | None] | None = None,
) -> bool:
    """True when this exact text, with the same title, outlet, author, url and date, was already
    audited by this engine: a resumed run skips it; a corrected title is audited again."""
    row = db.execute(
        "select content_sha256, engine_version, title, outlet, author, url, published from articles "
        "where article_id = ?",
        [article_id],
    ).fetchone()
    if not (row and row[0] == content_sha256 and row[1] == engine_version):
        return False
    stored = dict(zip(("title", "outlet", "author", "url", "published"), row[2:], strict=True))
    return all(stored[k] == v for k, v in (meta or {}).items() if v is not None)


def _rows(art: AuditedArticle) -> dict[str, list[dict[str, Any]]]:
    claims, hops, flags, sources, segments = [], [], [], [], []
    counts = Counter(c.kind for c in art.claims)
    per_source = Counter(c.source_key for c in art.claims if c.source_key)
    for i, c in enumerate(art.claims):
        claims.append(
            {
                "claim_id": c.claim_id,
                "article_id": art.article_id,
                "position": i,
                "content": c.content,
                "content_start": c.content_span[0],
                "content_end": c.content_span[1],
                "source": c.source,
                "source_start": c.source_span[0] if c.source_span else None,
                "source_end": c.source_span[1] if c.source_span else None,
                "cue": c.cue,
                "cue_start": c.cue_span[0] if c.cue_span else None,
                "cue_end": c.cue_span[1] if c.cue_span else None,
                "kind": c.kind,
                "resolved_source": c.resolved_source,
                "source_id": c.source_key,
                "quote": c.quote,
                "is_headline": int(c.is_headline),
                "score": c.score,
                "grade": c.grade,
                "flags": _flag_codes_json(tuple(f.code for f in c.flags)),
                "explanation": c.explanation,
                "chain_summary": " \u2192 ".join(f"{h.kind} ({h.text})" for h in c.chain),
                "hop_count": len(c.chain),
                "sentence": art.text[c.sentence_start : c.sentence_end],
                "outlet": art.outlet,
                "wire": art.wire,
            }
        )
        for j, h in enumerate(c.chain):
            hops.append(
                {
                    "hop_id": f"{c.claim_id}:{j}",
                    "claim_id": c.claim_id,
                    "article_id": art.article_id,
                    "position": j,
                    "kind": h.kind,
                    "text": h.text,
                    "hop_start": h.span[0] if h.span else None,
                    "hop_end": h.span[1] if h.span else None,
                    "letter": h.letter,
                    "fidelity": h.fidelity,
                    "reason": h.reason,
                }
            )
        for f in c.flags:
            flags.append(
                {
                    "flag_id": f"{c.claim_id}:{f.code}",
                    "claim_id": c.claim_id,
                    "article_id": art.article_id,
                    "code": f.code,
                    "words": f.words,
                }
            )
    for s in art.sources:
        sources.append(
            {
                "source_id": s.source_key,
                "article_id": art.article_id,
                "name": s.name,
                "kind": s.kind,
                "identity": s.facets.identity,
                "role": s.facets.role,
                "affiliation": s.facets.affiliation,
                "plural": int(s.facets.plural),
                "anonymity_reason": s.facets.anonymity_reason,
                "interest": s.facets.interest,
                "state_controlled": None if s.facets.state_controlled is None else int(s.facets.state_controlled),
                "mentions": json.dumps(s.mentions, ensure_ascii=False),
                "claim_count": per_source[s.source_key],
            }
        )
    for seg in art.segments:
        segments.append(
            {
                "segment_id": f"{art.article_id}:{seg.start}",
                "article_id": art.article_id,
                "start": seg.start,
                "end": seg.end,
                "role": seg.role,
                "text": art.text[seg.start : seg.end],
            }
        )
    attributed = [c for c in art.claims if c.kind != "unattributed"]
    anon = sum(counts[k] for k in ANON)
    headline = next((c for c in art.claims if c.is_headline), None)
    weakest = min(art.claims, key=lambda c: (c.score, c.content_span[0]), default=None)
    article = {
        "article_id": art.article_id,
        "title": art.title,
        "outlet": art.outlet,
        "author": art.author,
        "wire": art.wire,
        "wire_state_controlled": (None if art.wire_state_controlled is None else int(art.wire_state_controlled)),
        "published": art.published,
        "url": art.url,
        "origin": art.origin,
        "fetched_at": art.fetched_at,
        "html_sha256": art.html_sha256,
        "content_sha256": art.content_sha256,
        "engine_version": art.engine_version,
        "word_count": art.word_count,
        "claim_count": len(art.claims),
        "attributed_count": len(attributed),
        "anonymous_count": anon,
        "anonymous_share": round(anon / len(attributed), 3) if attributed else 0.0,
        "named_count": counts["on_record"],
        "headline_grade": headline.grade if headline else None,
        "headline_score": headline.score if headline else None,
        "mean_score": round(sum(c.score for c in art.claims) / len(art.claims), 1) if art.claims else None,
        "weakest_claim_id": weakest.claim_id if weakest else None,
        "kind_mix": json.dumps(dict(counts.most_common())),
        "text": art.text,
        "audited_at": now(),
    }
    return {
        "articles": [article],
        "sources": sources,
        "claims": claims,
        "hops": hops,
        "flags": flags,
        "segments": segments,
    }


@cache
def _flag_codes_json(codes: tuple[str, ...]) -> str:
    """A claim's flag codes as a JSON list, remembered: a run meets a few dozen different lists."""
    return json.dumps(list(codes))


CHILD_TABLES = ("flags", "hops", "claims", "sources", "segments")


@cache
def _insert_sql(table: str) -> tuple[str, tuple[str, ...]]:
    columns = tuple(load_json("schema.json")["tables"][table]["columns"])
    names = ", ".join(f"[{c}]" for c in columns)
    return f"insert into [{table}] ({names}) values ({', '.join('?' for _ in columns)})", columns


@cache
def _fts_tables() -> frozenset[str]:
    return frozenset(_fts_columns())


@cache
def _fts_columns() -> dict[str, list[str]]:
    """Table -> the columns of its full-text index (read once: every batch of a run asks)."""
    return load_json("schema.json")["fts"]


@cache
def _multi_insert_sql(table: str, n: int) -> str:
    """One INSERT of ``n`` rows (a VALUES list)."""
    sql, columns = _insert_sql(table)
    one = "(" + ", ".join("?" for _ in columns) + ")"
    return sql[: sql.rindex(" values ")] + " values " + ", ".join([one] * n)


MAX_ROWS_PER_INSERT = 64


def _insert_rows(
    db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]], triggers_suspended: bool = False
) -> None:
    """Plain executemany with the declared columns: the rows are already the right types, and
    this is several times cheaper than a generic insert (it is a third of a run's time).

    A table with a full-text index (its insert trigger fills the index) gets its rows in a few
    multi-row INSERTs instead: the trigger then writes the index within one statement per chunk
    rather than one per row, which costs about a third of it. The same rows, values and order
    (so the same rowids), the same trigger. Chunks of a power of two rows (64, 32, ..., 1), so
    only a few statements are ever prepared, within SQLite's limit on bound values. With the
    table's insert trigger set aside (``triggers_suspended``: ``save_batch``, ``save_articles``)
    there is nothing to gain, and the plain executemany is cheaper (about 6 ms of the 170 ms of
    storing PolNeAR dev)."""
    if not rows:
        return
    sql, columns = _insert_sql(table)
    values = _row_values(table, rows)
    if triggers_suspended or table not in _fts_tables() or len(rows) == 1:
        db.conn.executemany(sql, values)
        return
    limit = db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)
    size = MAX_ROWS_PER_INSERT
    while size > max(1, limit):
        size //= 2
    i = 0
    while i < len(rows):
        while size > len(rows) - i:
            size //= 2
        db.conn.execute(_multi_insert_sql(table, size), [v for row in values[i : i + size] for v in row])
        i += size


@cache
def _column_getter(table: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """A row's values in the declared column order, read in C (a tuple even for one column)."""
    _sql, columns = _insert_sql(table)
    getter = operator.itemgetter(*columns)
    return getter if len(columns) > 1 else lambda row: (getter(row),)


def _row_values(table: str, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Each row's values in the declared column order; a column a row lacks is None."""
    try:
        return list(map(_column_getter(table), rows))
    except KeyError:  # a row without every column (``_rows`` gives them all)
        columns = _insert_sql(table)[1]
        return [tuple(row.get(c) for c in columns) for row in rows]


class AlreadyStored(Exception):
    """The id holds an article from another input, found inside the write transaction."""


def save_article(db: sqlite_utils.Database, art: AuditedArticle, guard: Callable[[], str | None] | None = None) -> None:
    """Replace everything stored for this article, in one transaction: its old rows and the
    errors of its input go, the article and all its claims, sources, hops, flags and segments
    come in together, or (killed or failing halfway) nothing changes.

    ``guard`` runs inside the transaction, holding the write lock: when it returns the origin of
    an article that must not be replaced, nothing is written and ``AlreadyStored`` is raised
    (another run may have stored this id since it was last checked)."""
    rows = _rows(art)
    with write_transaction(db):
        other = guard() if guard else None
        if other:
            raise AlreadyStored(other)
        _replace(db, [rows])


BULK_CHUNK = 1000  # articles whose rows are built and inserted together inside a bulk transaction


def save_articles(db: sqlite_utils.Database, arts: Iterable[AuditedArticle], chunk: int = BULK_CHUNK) -> int:
    """Store many audited articles in one transaction, all or none (a killed load leaves the
    database as it was): each replaces what was stored under its id exactly as ``save_article``
    would (an id given twice: the last one wins), so the database is the same as after
    ``save_article`` of each in turn. ``arts`` is read ``chunk`` articles at a time, so an
    archive-sized stream never sits in memory.

    It is several times faster on a large batch: one commit; the summary tables get each
    chunk's sum in one update per row; and the full-text indexes get each chunk's new rows in
    one ``insert ... select`` (their insert triggers are set aside for the transaction and put
    back, unchanged, before it commits) instead of row by row. Returns the articles stored."""
    stored = 0
    with write_transaction(db):
        triggers = _suspend_fts_insert_triggers(db)
        batch: dict[str, dict[str, list[dict[str, Any]]]] = {}
        for art in arts:
            batch.pop(art.article_id, None)
            batch[art.article_id] = _rows(art)
            if len(batch) >= chunk:
                stored += _replace(db, list(batch.values()), fts=triggers)
                batch = {}
        stored += _replace(db, list(batch.values()), fts=triggers)
        for sql in triggers.values():
            db.execute(sql)
    return stored


def _suspend_fts_insert_triggers(db: sqlite_utils.Database) -> dict[str, str]:
    """Drop the full-text insert triggers (inside a transaction); returns table -> trigger SQL."""
    out = {}
    for table in _fts_columns():
        row = db.execute(
            "select name, sql from sqlite_master where type = 'trigger' and tbl_name = ? and name = ?",
            [table, f"{table}_ai"],
        ).fetchone()
        if row:
            db.execute(f"drop trigger [{row[0]}]")
            out[table] = row[1]
    return out


def _replace(
    db: sqlite_utils.Database,
    batch: list[dict[str, list[dict[str, Any]]]],
    fts: dict[str, str] | None = None,
    fts_since: dict[str, int] | None = None,
    summarise_later: list[dict[str, list[dict[str, Any]]]] | None = None,
) -> int:
    """Inside a write transaction: delete what the batch's ids held (summaries first), insert the
    batch's rows table by table, add the batch to the summaries. ``fts``: the tables whose
    full-text insert triggers are suspended; their new rows are indexed here in one statement,
    or, with ``fts_since``, later by the caller: ``fts_since`` then keeps, per table, the
    highest rowid below every row inserted since it was first set (``save_batch``). With
    ``summarise_later`` the batch's rows are appended to it instead of added to the summaries:
    the caller adds them (``save_batch``). Returns the number of articles."""
    for rows in batch:
        article = rows["articles"][0]
        article_id = article["article_id"]
        summaries.remove_article(db, article_id)  # the site's summary tables, in this transaction
        db.execute(
            "delete from corroboration where claim_id in (select claim_id from claims where article_id = ?)",
            [article_id],
        )
        for table in CHILD_TABLES:
            db.execute(f"delete from [{table}] where article_id = ?", [article_id])
        db.execute("delete from errors where article_id = ? and stage != 'ingest'", [article_id])
        if article["origin"]:  # an input that now reads cleanly drops its old errors
            db.execute("delete from errors where origin = ?", [article["origin"]])
        db.execute("delete from articles where article_id = ?", [article_id])
    # rows inserted now get rowids above the highest left after the deletes
    last = {t: db.execute(f"select coalesce(max(rowid), 0) from [{t}]").fetchone()[0] for t in fts or ()}
    if fts_since is not None:  # the caller indexes the new rows once, for many articles
        for t, highest in last.items():
            fts_since[t] = min(fts_since.get(t, highest), highest)
        last = {}
    for table in ("articles", "sources", "claims", "hops", "flags", "segments"):
        _insert_rows(db, table, [row for rows in batch for row in rows[table]], table in (fts or ()))
    for table, since in last.items():
        cols = ", ".join(f"[{c}]" for c in _fts_columns()[table])
        db.execute(
            f"insert into [{table}_fts] (rowid, {cols}) select rowid, {cols} from [{table}] where rowid > ?", [since]
        )
    if summarise_later is None:
        summaries.add_articles(db, batch)
    else:
        summarise_later.extend(batch)
    return len(batch)


BATCH_ARTICLES = 32  # articles a run writes in one transaction, at most (api.audit_paths)
BATCH_SECONDS = 0.5  # and the longest an audited article waits for its transaction
STORE_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError)  # one article's; the batch goes on


def save_batch(
    db: sqlite_utils.Database, items: list[tuple[AuditedArticle, Callable[[], str | None] | None]]
) -> list[BaseException | None]:
    """Store several audited articles in one write transaction, each exactly as ``save_article``
    would (its old rows and its input's errors replaced, the summaries kept), each whole or not
    at all: an article that cannot be stored (``AlreadyStored`` from its ``guard``, or one of
    ``STORE_ERRORS``) is rolled back to its savepoint alone and the others are kept. Returns, per
    article, None when it was stored, else what kept it out. Any other failure (the disk full, the
    database gone) rolls the whole transaction back and is raised: nothing is half-written.

    Faster than ``save_article`` one by one (a run's commits and, above all, the full-text
    indexing: the insert triggers are set aside for the transaction and put back, unchanged,
    before it commits, and the batch's new rows are indexed in one statement per table, as
    ``save_articles`` does), and the summaries: the stored articles are added to them together,
    one update per summary row, when the batch ends or before a stored article is taken out of
    them, so the summary tables see the same additions and removals in the same order as one by
    one (the same rows, counts and rowids); the rows and the search results are the same."""
    outcomes: list[BaseException | None] = []
    conn = db.conn
    with write_transaction(db):
        # one article alone is indexed by the triggers: setting them aside would cost more
        triggers = _suspend_fts_insert_triggers(db) if len(items) > 1 else {}
        since: dict[str, int] = {}
        stored: set[str] = set()
        unsummarised: list[dict[str, list[dict[str, Any]]]] = []  # stored, not yet added to the summaries
        for art, guard in items:
            try:
                rows = _rows(art)
            except STORE_ERRORS as exc:
                outcomes.append(exc)
                continue
            if art.article_id in stored:  # an id given twice: its first rows are indexed before they go
                _index_new_rows(db, since)
                since, stored = {}, set()
            if unsummarised and _is_stored(db, art.article_id):
                # its replacement takes it out of the summaries: what came before is added first
                summaries.add_articles(db, unsummarised)
                unsummarised = []
            kept = dict(since)
            conn.execute("SAVEPOINT audit_article")
            try:
                other = guard() if guard else None
                if other:
                    raise AlreadyStored(other)
                _replace(db, [rows], fts=triggers, fts_since=since if triggers else None, summarise_later=unsummarised)
            except (AlreadyStored, *STORE_ERRORS) as exc:
                conn.execute("ROLLBACK TO audit_article")
                conn.execute("RELEASE audit_article")
                since = kept  # its deletes are undone: the rows they removed are indexed already
                outcomes.append(exc)
                continue
            conn.execute("RELEASE audit_article")
            stored.add(art.article_id)
            outcomes.append(None)
        if unsummarised:
            summaries.add_articles(db, unsummarised)
        _index_new_rows(db, since)
        for sql in triggers.values():
            db.execute(sql)
    return outcomes


def _is_stored(db: sqlite_utils.Database, article_id: str) -> bool:
    return db.execute("select 1 from articles where article_id = ?", [article_id]).fetchone() is not None


def _index_new_rows(db: sqlite_utils.Database, since: dict[str, int]) -> None:
    """Add the rows above ``since`` (per table) to the table's full-text index, in one statement."""
    schema = _fts_columns()
    for table, highest in since.items():
        cols = ", ".join(f"[{c}]" for c in schema[table])
        db.execute(
            f"insert into [{table}_fts] (rowid, {cols}) select rowid, {cols} from [{table}] where rowid > ?", [highest]
        )


def save_error(db: sqlite_utils.Database, err: IngestError, severity: str = "error") -> None:
    """Record a failed input (or a warning): a new row, or the same error met again (same input,
    same reason) updated in place, as sqlite-utils' ``upsert`` did (the same statement: an insert
    that updates every other column on a conflict of ``error_id``)."""
    key = hashlib.sha1(f"{err.origin}\x00{err.reason}".encode()).hexdigest()[:16]
    with write_transaction(db):
        db.conn.execute(_UPSERT_ERROR, (key, err.origin, err.article_id, err.stage, severity, err.reason, now()))


_ERROR_COLUMNS = ("error_id", "origin", "article_id", "stage", "severity", "reason", "recorded_at")
_UPSERT_ERROR = 'INSERT INTO "errors" ({}) VALUES ({}) ON CONFLICT("error_id") DO UPDATE SET {}'.format(
    ", ".join(map(_quote, _ERROR_COLUMNS)),
    ", ".join("?" for _ in _ERROR_COLUMNS),
    ", ".join(f"{_quote(c)} = excluded.{_quote(c)}" for c in _ERROR_COLUMNS[1:]),
)


def clear_errors_for(db: sqlite_utils.Database, origin: str) -> None:
    """An input that now reads cleanly drops its old errors."""
    try:
        with write_transaction(db):
            db.execute("delete from errors where origin = ?", [origin])
    except sqlite3.OperationalError:
        pass


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "claims", "sources", "hops", "flags", "segments", "errors")}
