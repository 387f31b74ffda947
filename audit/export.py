"""Publish stage, part one: the JSONL export contract (docs/export-format.md) and CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO

from ._sqlite_utils import sqlite_utils

CSV_COLUMNS = [
    "article_id",
    "claim_id",
    "content",
    "content_start",
    "content_end",
    "source",
    "source_start",
    "source_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "resolved_source",
    "quote",
    "is_headline",
    "score",
    "grade",
    "flags",
    "chain_summary",
    "explanation",
    "outlet",
    "wire",
]


def _span(a: int | None, b: int | None) -> list[int] | None:
    return None if a is None or b is None else [a, b]


def iter_articles(db: sqlite_utils.Database) -> Iterator[dict]:
    """One export record per article, claims in reading order, chains origin first."""
    for art in db.query("select * from articles order by article_id"):
        hops: dict[str, list[dict]] = {}
        for h in db.query(
            "select claim_id, kind, text, letter from hops where article_id = ? order by claim_id, position",
            [art["article_id"]],
        ):
            hops.setdefault(h["claim_id"], []).append({"kind": h["kind"], "text": h["text"], "letter": h["letter"]})
        claims = []
        for c in db.query("select * from claims where article_id = ? order by position", [art["article_id"]]):
            claims.append(
                {
                    "claim_id": c["claim_id"],
                    "content": c["content"],
                    "content_span": _span(c["content_start"], c["content_end"]),
                    "source": c["source"],
                    "source_span": _span(c["source_start"], c["source_end"]),
                    "cue": c["cue"],
                    "cue_span": _span(c["cue_start"], c["cue_end"]),
                    "kind": c["kind"],
                    "resolved_source": c["resolved_source"],
                    "quote": c["quote"],
                    "is_headline": bool(c["is_headline"]),
                    "chain": hops.get(c["claim_id"], []),
                    "score": c["score"],
                    "grade": c["grade"],
                    "flags": json.loads(c["flags"] or "[]"),
                    "explanation": c["explanation"],
                }
            )
        yield {
            "article_id": art["article_id"],
            "title": art["title"],
            "outlet": art["outlet"],
            "author": art["author"],
            "wire": art["wire"],
            "published": art["published"],
            "url": art["url"],
            "claims": claims,
        }


def write_jsonl(db: sqlite_utils.Database, out: IO[str]) -> int:
    n = 0
    for record in iter_articles(db):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: object) -> object:
    """A text cell a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``+1+1``,
    ``@SUM(...)``) gets a leading apostrophe, so it is shown as the text it is. Numbers are
    left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(db: sqlite_utils.Database, out: IO[str]) -> int:
    """One claim a row; text cells that start like a spreadsheet formula are neutralised."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in db.query("select * from claims order by article_id, position"):
        row["flags"] = " ".join(json.loads(row["flags"] or "[]"))
        writer.writerow({k: neutralise_formula(v) for k, v in row.items()})
        n += 1
    return n
