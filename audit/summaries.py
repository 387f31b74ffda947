"""Summary tables the store stage keeps up to date, so the site answers at archive scale.

Counting a million claims for every page is too slow, so each article's contribution is added to
(and, when the article is re-audited, taken out of) small tables inside the article's own
transaction:

* ``facet_counts``: rows per value of each faceted column (``filter_column`` empty), and per value
  of each faceted column among the rows holding one value of another (``filter_column`` and
  ``filter_value`` set), plus the table's row count (``column`` ``*``). The site answers facets of
  an unfiltered table, or of a table filtered on one faceted column, from it.
* ``outlet_kinds``: claims, articles and the sum of scores per outlet and provenance kind (kind
  ``*`` is the outlet's total). An article whose outlet and wire are unknown is its own outlet
  (``(unknown) ARTICLE_ID``): unknown outlets are never merged.
* ``article_kinds``: claims of each kind per article, the rows of the ``kind_mix`` view.
* ``source_counts``: claims and articles per source name (case folded), kind and outlet, for the
  "sources quoted most" query.

Which columns are summarised is data (``summaries`` in ``data/schema.json``).
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable
from typing import Any

from ._sqlite_utils import sqlite_utils
from .lexicon import load_json

UNKNOWN_OUTLET = "(unknown) "


@functools.cache
def spec() -> dict[str, dict[str, list[str]]]:
    return load_json("schema.json")["summaries"]


def outlet_key(article: dict[str, Any]) -> str:
    """The outlet an article is counted under: its outlet, else its wire, else itself."""
    return article.get("outlet") or article.get("wire") or UNKNOWN_OUTLET + str(article.get("article_id"))


def _entries(table: str, row: dict[str, Any]) -> list[tuple[str, str]]:
    """(column, value) for each summarised column of one row; every element of an array column."""
    wanted = spec()[table]
    out = [(c, str(row[c])) for c in wanted.get("columns", []) if row.get(c) is not None]
    for col in wanted.get("arrays", []):
        value = row.get(col)
        if isinstance(value, str):
            out += [(col, item) for item in _array_items(value)]
        elif isinstance(value, list):
            out += [(col, str(item)) for item in dict.fromkeys(str(i) for i in value)]
    return out


@functools.lru_cache(maxsize=4096)
def _array_items(value: str) -> tuple[str, ...]:
    """The distinct elements of a JSON array held as text, as text; none when it is not an array.
    Remembered: a run's claims hold a few hundred different lists of flags."""
    try:
        items = json.loads(value)
    except ValueError:
        return ()
    return tuple(dict.fromkeys(str(i) for i in items)) if isinstance(items, list) else ()


def _facet_counts(table: str, rows: Iterable[dict[str, Any]]) -> Counter:
    """The facet keys of ``rows``, counted. Rows with the same entries give the same keys, so
    each distinct list of entries is expanded once and its keys counted as many times as rows
    hold it (an article's claims share a few kinds, grades and flags). Taken in the order they
    first occur, the keys come in the order the counts were once added one by one (a key is
    first met in the first row holding its entries), so the counter is the same
    (tests/test_fast_paths.py)."""
    same_entries: Counter = Counter(tuple(_entries(table, row)) for row in rows)
    counts: Counter = Counter()
    for entries, n in same_entries.items():
        counts[(table, "", "", "*", "")] += n
        for col, value in entries:
            counts[(table, "", "", col, value)] += n
            for other_col, other_value in entries:  # a scalar column meets only its own value
                counts[(table, col, value, other_col, other_value)] += n
    return counts


def _source_counts(article: dict[str, Any], sources: list[dict[str, Any]]) -> dict[tuple[str, str, str], list]:
    outlet = article.get("outlet") or article.get("wire") or "(unknown)"
    out: dict[tuple[str, str, str], list] = {}
    for source in sources:
        if not source.get("claim_count") or not source.get("name"):
            continue
        key = (str(source["name"]).lower(), str(source.get("kind") or ""), outlet)
        entry = out.setdefault(key, [source["name"], 1, 0])
        entry[2] += source["claim_count"]
    return out


def contributions(article: dict[str, Any], claims: list[dict[str, Any]]) -> tuple[Counter, Counter, list[dict]]:
    """What one article adds to ``facet_counts``, ``outlet_kinds`` and ``article_kinds``."""
    facets = _facet_counts("articles", [article]) + _facet_counts("claims", claims)
    outlet = outlet_key(article)
    kinds: Counter = Counter()
    scores: Counter = Counter()
    for claim in claims:
        kinds[claim.get("kind")] += 1
        scores[claim.get("kind")] += claim.get("score") or 0
    outlets: Counter = Counter()
    outlets[(outlet, "*", "articles")] += 1
    outlets[(outlet, "*", "claims")] += len(claims)
    outlets[(outlet, "*", "score_sum")] += sum(scores.values())
    for kind, n in kinds.items():
        outlets[(outlet, kind, "articles")] += 1
        outlets[(outlet, kind, "claims")] += n
        outlets[(outlet, kind, "score_sum")] += scores[kind]
    article_kinds = [
        {"article_id": article["article_id"], "outlet": outlet, "kind": kind, "claims": n}
        for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], str(kv[0])))
    ]
    return facets, outlets, article_kinds


def _apply_sources(db: sqlite_utils.Database, counts: dict[tuple[str, str, str], list], sign: int) -> None:
    if counts:
        db.conn.executemany(
            "insert into source_counts (name_key, kind, outlet, name, articles, claims) values (?, ?, ?, ?, ?, ?) "
            "on conflict (name_key, kind, outlet) do update set articles = articles + excluded.articles, "
            "claims = claims + excluded.claims",
            [(*key, name, sign * articles, sign * claims) for key, (name, articles, claims) in counts.items()],
        )
    if sign < 0:
        db.execute("delete from source_counts where articles <= 0")


def _apply(db: sqlite_utils.Database, facets: Counter, outlets: Counter, sign: int) -> None:
    if facets:
        db.conn.executemany(
            "insert into facet_counts (table_name, filter_column, filter_value, [column], value, count) "
            "values (?, ?, ?, ?, ?, ?) on conflict (table_name, filter_column, filter_value, [column], value) "
            "do update set count = count + excluded.count",
            [(*key, sign * n) for key, n in facets.items()],
        )
    per_outlet: dict[tuple[str, str], dict[str, int]] = {}
    for (outlet, kind, field), n in outlets.items():
        per_outlet.setdefault((outlet, kind), {"articles": 0, "claims": 0, "score_sum": 0})[field] += sign * n
    if per_outlet:
        db.conn.executemany(
            "insert into outlet_kinds (outlet, kind, articles, claims, score_sum) values (?, ?, ?, ?, ?) "
            "on conflict (outlet, kind) do update set articles = articles + excluded.articles, "
            "claims = claims + excluded.claims, score_sum = score_sum + excluded.score_sum",
            [(o, k, v["articles"], v["claims"], v["score_sum"]) for (o, k), v in per_outlet.items()],
        )
    if sign < 0:
        db.execute("delete from facet_counts where count <= 0")
        db.execute("delete from outlet_kinds where articles <= 0")


CLAIM_COLUMNS = "article_id, kind, grade, outlet, wire, flags, score"
ARTICLE_COLUMNS = "article_id, title, outlet, wire, headline_grade"


def remove_article(db: sqlite_utils.Database, article_id: str) -> None:
    """Take a stored article's rows out of the summaries (call inside the article's transaction,
    before its rows are deleted)."""
    found = db.execute(f"select {ARTICLE_COLUMNS} from articles where article_id = ?", [article_id]).fetchone()
    if found is None:
        return
    article = dict(zip(ARTICLE_COLUMNS.split(", "), found, strict=True))
    cursor = db.execute(f"select {CLAIM_COLUMNS} from claims where article_id = ?", [article_id])
    claims = [dict(zip(CLAIM_COLUMNS.split(", "), row, strict=True)) for row in cursor]
    facets, outlets, _ = contributions(article, claims)
    _apply(db, facets, outlets, -1)
    db.execute("delete from article_kinds where article_id = ?", [article_id])
    cursor = db.execute("select name, kind, claim_count from sources where article_id = ?", [article_id])
    sources = [dict(zip(("name", "kind", "claim_count"), row, strict=True)) for row in cursor]
    _apply_sources(db, _source_counts(article, sources), -1)


def add_article(db: sqlite_utils.Database, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Add an article's new rows (``audit.store._rows``) to the summaries, in its transaction."""
    add_articles(db, [rows])


def add_articles(db: sqlite_utils.Database, batch: Iterable[dict[str, list[dict[str, Any]]]]) -> None:
    """Add many articles' new rows to the summaries at once (their sum, one update per row),
    in the transaction that stores them."""
    facets: Counter = Counter()
    outlets: Counter = Counter()
    sources: dict[tuple[str, str, str], list] = {}
    article_kinds: list[dict] = []
    for rows in batch:
        article = rows["articles"][0]
        f, o, k = contributions(article, rows["claims"])
        facets.update(f)
        outlets.update(o)
        article_kinds += k
        for key, (name, articles, claims) in _source_counts(article, rows.get("sources", [])).items():
            entry = sources.setdefault(key, [name, 0, 0])  # the first name met is kept, as one by one
            entry[1] += articles
            entry[2] += claims
    _apply(db, facets, outlets, 1)
    _apply_sources(db, sources, 1)
    db.conn.executemany(
        "insert or replace into article_kinds (article_id, outlet, kind, claims) values (?, ?, ?, ?)",
        [(r["article_id"], r["outlet"], r["kind"], r["claims"]) for r in article_kinds],
    )


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute every summary from the stored rows (a database written before they existed)."""
    with db.atomic():
        for table in ("facet_counts", "outlet_kinds", "article_kinds", "source_counts"):
            db.execute(f"delete from [{table}]")
        articles = {
            row[0]: dict(zip(ARTICLE_COLUMNS.split(", "), row, strict=True))
            for row in db.execute(f"select {ARTICLE_COLUMNS} from articles")
        }
        current: str | None = None
        batch: list[dict[str, Any]] = []

        def sources_of(article_id: str) -> list[dict[str, Any]]:
            cursor = db.execute("select name, kind, claim_count from sources where article_id = ?", [article_id])
            return [dict(zip(("name", "kind", "claim_count"), row, strict=True)) for row in cursor]

        def flush() -> None:
            if current is not None and current in articles:
                add_article(db, {"articles": [articles.pop(current)], "claims": batch, "sources": sources_of(current)})

        for row in db.execute(f"select {CLAIM_COLUMNS} from claims order by article_id"):
            if row[0] != current:
                flush()
                current, batch = row[0], []
            batch.append(dict(zip(CLAIM_COLUMNS.split(", "), row, strict=True)))
        flush()
        for article in list(articles.values()):  # articles without claims
            add_article(db, {"articles": [article], "claims": [], "sources": sources_of(article["article_id"])})


def ensure(db: sqlite_utils.Database) -> None:
    """Fill the summaries of a database stored before they existed (they are empty, it is not)."""
    if db.execute("select 1 from facet_counts limit 1").fetchone() is None and (
        db.execute("select 1 from articles limit 1").fetchone() is not None
    ):
        rebuild(db)
