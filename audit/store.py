"""Store stage: write audited articles to SQLite with sqlite-utils.

The schema (tables, foreign keys, indexes, full-text search, views) is declared in
``data/schema.json`` and applied idempotently. Each article is written in one transaction:
its old rows are deleted and the new ones inserted together, so a run killed halfway leaves
no half-written article, and re-running never duplicates rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import sqlite3
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import sqlite_utils

from . import summaries
from .lexicon import load_json
from .models import AuditedArticle, IngestError

TYPES = {"str": str, "int": int, "float": float}
ANON = ("anonymous_described", "anonymous_vague")


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) an audit database in WAL mode, schema applied."""
    db = sqlite_utils.Database(str(path))
    db.conn.execute("PRAGMA busy_timeout = 30000")
    mode = db.conn.execute("PRAGMA journal_mode").fetchone()[0]
    if mode != "wal":
        db.conn.execute("PRAGMA journal_mode = wal")
    db.conn.execute("PRAGMA synchronous = NORMAL")
    db.conn.execute("PRAGMA cache_size = -32000")  # 32 MB of page cache: index updates stay in memory
    db.conn.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db


def ensure_schema(db: sqlite_utils.Database) -> None:
    schema = load_json("schema.json")
    existing = set(db.table_names())
    with db.atomic():
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
            # "-column": descending, so an index serves "order by column desc, pk"
            columns = [sqlite_utils.db.DescIndex(c[1:]) if c.startswith("-") else c for c in cols]
            name = "idx_{}_{}".format(table, "_".join(c.lstrip("-") + ("_desc" if c[0] == "-" else "") for c in cols))
            db[table].create_index(columns, index_name=name, if_not_exists=True)  # type: ignore[union-attr]
    for table, cols in schema["fts"].items():
        if not db[table].detect_fts():  # type: ignore[union-attr]
            db[table].enable_fts(cols, create_triggers=True, tokenize="porter")  # type: ignore[union-attr]
    for name, sql in schema["views"].items():
        existing = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if existing is None or sql not in existing[0]:
            db.create_view(name, sql, replace=True)  # a changed view definition reaches old databases
    kinds = load_json("kinds.json")["kinds"]
    letters = load_json("grading.json")["kind_letter"]
    rows = [{**k, "letter": letters.get(k["kind"], "")} for k in kinds]
    with db.atomic():
        db["kinds"].upsert_all(rows, pk="kind")  # type: ignore[union-attr]
    summaries.ensure(db)


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
                "flags": json.dumps([f.code for f in c.flags]),
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


CHILD_TABLES = ("flags", "hops", "claims", "sources", "segments")


@functools.cache
@cache
def _insert_sql(table: str) -> tuple[str, tuple[str, ...]]:
    columns = tuple(load_json("schema.json")["tables"][table]["columns"])
    names = ", ".join(f"[{c}]" for c in columns)
    return f"insert into [{table}] ({names}) values ({', '.join('?' for _ in columns)})", columns


def _insert_rows(db: sqlite_utils.Database, table: str, rows: list[dict[str, Any]]) -> None:
    """Plain executemany with the declared columns: the rows are already the right types, and
    this is several times cheaper than a generic insert (it is a third of a run's time)."""
    if not rows:
        return
    sql, columns = _insert_sql(table)
    db.conn.executemany(sql, [tuple(row.get(c) for c in columns) for row in rows])


def save_article(db: sqlite_utils.Database, art: AuditedArticle) -> None:
    """Replace everything stored for this article, in one transaction: its old rows and the
    errors of its input go, the article and all its claims, sources, hops, flags and segments
    come in together, or (killed or failing halfway) nothing changes."""
    rows = _rows(art)
    with db.atomic():
        summaries.remove_article(db, art.article_id)  # the site's summary tables, in this transaction
        db.execute(
            "delete from corroboration where claim_id in (select claim_id from claims where article_id = ?)",
            [art.article_id],
        )
        for table in CHILD_TABLES:
            db.execute(f"delete from [{table}] where article_id = ?", [art.article_id])
        db.execute("delete from errors where article_id = ? and stage != 'ingest'", [art.article_id])
        if art.origin:  # an input that now reads cleanly drops its old errors
            db.execute("delete from errors where origin = ?", [art.origin])
        db.execute("delete from articles where article_id = ?", [art.article_id])
        for table in ("articles", "sources", "claims", "hops", "flags", "segments"):
            _insert_rows(db, table, rows[table])
        summaries.add_article(db, rows)


def save_error(db: sqlite_utils.Database, err: IngestError, severity: str = "error") -> None:
    key = hashlib.sha1(f"{err.origin}\x00{err.reason}".encode()).hexdigest()[:16]
    with db.atomic():
        db["errors"].upsert(  # type: ignore[union-attr]
            {
                "error_id": key,
                "origin": err.origin,
                "article_id": err.article_id,
                "stage": err.stage,
                "severity": severity,
                "reason": err.reason,
                "recorded_at": now(),
            },
            pk="error_id",
        )


def clear_errors_for(db: sqlite_utils.Database, origin: str) -> None:
    """An input that now reads cleanly drops its old errors."""
    try:
        with db.atomic():
            db.execute("delete from errors where origin = ?", [origin])
    except sqlite3.OperationalError:
        pass


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {t: db[t].count for t in ("articles", "claims", "sources", "hops", "flags", "segments", "errors")}
