"""Datasette's own pages made readable: cells (kind labels, coloured grades, flags as chips,
long text clipped, ids linked to the teaching pages), the claims table's default columns, the
listing of articles on the home and database pages, and table counts taken once at start-up."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl, urlencode

from datasette.utils import escape_fts
from markupsafe import Markup

from .common import (
    _is_audit_name,
    _rows,
    css_name,
    is_audit_db,
    is_audit_db_sync,
    page_url,
)

GRADE = re.compile(r"^[A-F]$")
GRADE_COLUMNS = frozenset({"grade", "headline_grade", "letter"})
CLIP_COLUMNS = frozenset({"text", "sentence", "explanation", "chain_summary", "chain", "mentions", "root_names"})
CLIP_AT = 240
# the claims and articles tables open on these (the primary key always comes first); ?_all=1 shows
# every column (offsets, hashes, the engine version, the full text...)
CLAIMS_DEFAULT_COLUMNS = ("article_id", "content", "kind", "source_id", "grade", "score", "flags")
ARTICLES_DEFAULT_COLUMNS = (
    "title",
    "outlet",
    "wire",
    "published",
    "word_count",
    "claim_count",
    "named_count",
    "anonymous_count",
    "anonymous_share",
    "headline_grade",
    "mean_score",
)
DEFAULT_COLUMNS = {"claims": CLAIMS_DEFAULT_COLUMNS, "articles": ARTICLES_DEFAULT_COLUMNS}
LISTING_PAGE = 25

_kind_labels: dict[tuple, dict[str, str]] = {}


def kind_labels_sync(db) -> dict[str, str]:
    key = (db.name, getattr(db, "path", None))
    if key not in _kind_labels:
        try:
            conn = db.connect()
            try:
                _kind_labels[key] = {r[0]: r[1] for r in conn.execute("select kind, label from kinds")}
            finally:
                conn.close()
        except Exception:  # noqa: BLE001 - no kinds table: raw codes stay
            _kind_labels[key] = {}
    return _kind_labels[key]


def grade_badge(value: str) -> Markup:
    return Markup('<span class="grade small grade-{}">{}</span>').format(value.lower(), value)


def flag_chips(value: str) -> Markup | None:
    try:
        flags = json.loads(value)
    except ValueError:
        return None
    if not isinstance(flags, list):
        return None
    if not flags:
        return Markup('<span class="muted">none</span>')
    return Markup(" ").join(Markup('<code class="flag">{}</code>').format(str(f)) for f in flags)


def clipped(value: str) -> Markup:
    text = " ".join(value.split())
    if len(text) <= CLIP_AT:
        return Markup('<span class="clip">{}</span>').format(text)
    return Markup('<span class="clip" title="{} characters: the row page has all of it">{}…</span>').format(
        f"{len(text):,}", text[: CLIP_AT - 1].rstrip()
    )


def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str) or not value or not _is_audit_name(datasette, database):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    foreign_key_column = table in ("claims", "sources", "hops") and column == "kind"
    if column in GRADE_COLUMNS and GRADE.match(value):
        return grade_badge(value)
    if column == "flags" and value.startswith("["):
        return flag_chips(value)
    if column == "kind" and not foreign_key_column:
        db = datasette.databases.get(database)
        label = kind_labels_sync(db).get(value) if db is not None else None
        if label:
            return Markup('<span class="kind-label"><span class="swatch k-{}"></span> {}</span>').format(
                css_name(value), label
            )
    if table in (None, "article_summary", "kind_mix", "outlet_summary", "corroboration"):
        if column in ("claim_id", "weakest_claim_id"):
            return Markup('<a href="{}">{}</a>').format(page_url(datasette, "claim", value, database), value)
        if column == "article_id":
            return Markup('<a href="{}">{}</a>').format(page_url(datasette, "article", value, database), value)
    elif table == "articles" and column == "title" and "article_id" in keys and row["article_id"]:
        return Markup('<a href="{}" title="Read it with its claims highlighted">{}</a>').format(
            page_url(datasette, "article", str(row["article_id"]), database), value
        )
    elif table == "articles" and column == "weakest_claim_id":
        return Markup('<a href="{}">{}</a>').format(page_url(datasette, "claim", value, database), value)
    elif table == "claims" and column == "content" and "claim_id" in keys and row["claim_id"]:
        return Markup('<a class="clip" href="{}" title="See where this claim comes from">{}</a>').format(
            page_url(datasette, "claim", str(row["claim_id"]), database), value
        )
    if column in CLIP_COLUMNS or column == "content":
        return clipped(value)
    return None


# --------------------------------------------------------------------------------------------------
# The claims and articles tables' default columns


def default_columns_wrapper(datasette):
    """An ASGI wrapper for the HTML pages of an audit database's claims and articles tables:

    * ``/DB/claims`` and ``/DB/articles`` with no column choice open on the readable columns
      (fewer cells to render, too); ``?_all=1`` or any ``_col``/``_nocol`` shows what was asked;
    * a search page is not counted row by row (``_nocount``: with a million claims, a common word
      matches tens of thousands); ``search_count`` gives the number from the full-text index;
    * nor is the ``outlet_summary`` view (one row per outlet, each unknown outlet its own row:
      counting it computes every row's columns).
    The JSON and CSV pages are Datasette's own."""
    table_path = re.compile(r"^/(?P<db>[^/]+)/(?P<table>claims|articles|outlet_summary)$")

    def wrap(app):
        async def wrapped(scope, receive, send):
            if scope.get("type") == "http":
                match = table_path.match(scope.get("path", ""))
                if match and _is_audit_name(datasette, match.group("db")):
                    pairs = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
                    keys = {k for k, _ in pairs}
                    added = []
                    defaults = DEFAULT_COLUMNS.get(match.group("table"), ())
                    if defaults and not keys & {"_col", "_nocol", "_all", "_shape"}:
                        added += [("_col", c) for c in defaults]
                    searching = "_search" in keys and not keys & {"_searchmode", "_fts_table", "_fts_pk"}
                    if searching and match.group("table") != "outlet_summary":
                        # the search itself is done by search_filters below, planned for its size
                        pairs = [(SEARCH_ARG if k == "_search" else k, v) for k, v in pairs]
                    uncounted = match.group("table") == "outlet_summary" or any(k.startswith("_search") for k in keys)
                    if uncounted and "_nocount" not in keys:
                        added.append(("_nocount", "1"))
                    if added or searching:
                        scope = dict(scope, query_string=urlencode(pairs + added).encode("latin-1"))
            await app(scope, receive, send)

        return wrapped

    return wrap


SEARCH_ARG = "_audit_search"
MANY_MATCHES = 2000  # above this, a search page walks the sort order's index instead of sorting matches


def _fts_table(datasette, database: str, table: str) -> str | None:
    fts = ((datasette.table_metadata(database, table) or {}).get("fts_table")) or f"{table}_fts"
    return fts if re.fullmatch(r"[A-Za-z0-9_]+", fts) else None


async def _fts_count(datasette, database: str, table: str, query: str) -> int | None:
    db = datasette.databases.get(database)
    fts = _fts_table(datasette, database, table)
    if db is None or fts is None:
        return None
    try:
        result = await db.execute(
            f"select count(*) from [{fts}] where [{fts}] match ?", [escape_fts(query)], custom_time_limit=200
        )
    except Exception:  # noqa: BLE001 - no count rather than no page
        return None
    return result.rows[0][0]


async def search_count(datasette, database: str, table: str, request) -> int | None:
    """Rows matching the search (and no other filter), counted in the full-text index alone."""
    query = request.args.get(SEARCH_ARG) if request is not None else None
    if not query or any(not (k.startswith("_") and "__" not in k) for k in request.args):
        return None
    return await _fts_count(datasette, database, table, query)


def search_filters(request, database, table, datasette):
    """The claims and articles tables' search (``?_search=``, renamed by the wrapper above), as
    Datasette's own but planned for its size: a word found in thousands of rows walks the index of
    the sort order and stops at the first page (SQLite would otherwise fetch and sort every match);
    a rare word fetches its few matches."""
    query = request.args.get(SEARCH_ARG)
    if not query or table not in ("claims", "articles") or not _is_audit_name(datasette, database):
        return None

    async def inner():
        from datasette.filters import FilterArguments

        fts = _fts_table(datasette, database, table)
        if fts is None:
            return None
        count = await _fts_count(datasette, database, table, query)
        sort = request.args.get("_sort") or request.args.get("_sort_desc")
        default_sort = (datasette.table_metadata(database, table) or {}).get("sort") or (
            datasette.table_metadata(database, table) or {}
        ).get("sort_desc")
        walk = (count is None or count > MANY_MATCHES) and sort in (None, default_sort)
        where = "{}rowid in (select rowid from [{}] where [{}] match escape_fts(:audit_search))".format(
            "+" if walk else "", fts, fts
        )
        return FilterArguments(
            [where],
            {"audit_search": query},
            [f'search matches "{query}"'],
            {"search": query, "supports_search": True},
        )

    return inner


# --------------------------------------------------------------------------------------------------
# The home and database pages


async def audit_listing(datasette, request, only: str | None = None) -> list[dict]:
    listing = []
    actor = request.actor if request else None
    value = (request.args.get("page") or "1") if request else "1"
    page = max(1, min(int(value), 10**6)) if value.isdigit() else 1
    for name, db in list(datasette.databases.items()):
        if name == "_internal" or (only and name != only) or not await is_audit_db(db):
            continue
        visible, _ = await datasette.check_visibility(
            actor, permissions=[("view-table", (name, "articles")), ("view-database", name), "view-instance"]
        )
        if not visible:
            continue
        articles = await _rows(
            db,
            "select article_id, title, outlet, wire, claim_count, headline_grade, "
            "anonymous_share from articles "
            "order by anonymous_share desc, article_id limit ? offset ?",
            [LISTING_PAGE + 1, (page - 1) * LISTING_PAGE],
        )
        more = len(articles) > LISTING_PAGE
        articles = articles[:LISTING_PAGE]
        for art in articles:
            art["url"] = page_url(datasette, "article", art["article_id"], name)
        path = request.path if request else "/"
        listing.append(
            {
                "name": name,
                "articles": articles,
                "page": page,
                "first": (page - 1) * LISTING_PAGE + 1,
                "prev_url": f"{path}?page={page - 1}" if page > 1 else None,
                "next_url": f"{path}?page={page + 1}" if more else None,
                "articles_table_url": datasette.urls.table(name, "articles"),
                "claims_table_url": datasette.urls.table(name, "claims"),
                "kind_mix_url": page_url(datasette, "kind-mix", None, name),
                "queries_url": datasette.urls.database(name) + "#queries",
            }
        )
    return listing


def menu_links(datasette, actor, request):
    names = [n for n, db in datasette.databases.items() if n != "_internal" and is_audit_db_sync(db)]
    if not names:
        return []
    return [{"href": page_url(datasette, "kind-mix", None, names[0]), "label": "Provenance kinds chart"}]


# --------------------------------------------------------------------------------------------------
# Start-up: settings and counts


async def cache_counts(datasette) -> None:
    """Row counts of an immutable audit database, taken once: Datasette then shows the size of an
    unfiltered table without counting it on every page (what ``datasette inspect`` does)."""
    inspect = dict(datasette.inspect_data or {})
    for name, db in list(datasette.databases.items()):
        if name == "_internal" or db.is_mutable or db.is_memory or name in inspect or not await is_audit_db(db):
            continue
        counts = {}
        for table in await db.table_names():
            try:
                result = await db.execute(f"select count(*) from [{table}]", custom_time_limit=60_000)
                counts[table] = result.rows[0][0]
            except Exception:  # noqa: BLE001 - a table that cannot be counted is counted per page
                continue
        tables = {t: {"count": n} for t, n in counts.items()}
        inspect[name] = {"hash": None, "size": db.size, "file": db.path, "tables": tables}
    datasette.inspect_data = inspect


def cache_table_permissions(datasette) -> None:
    """Datasette 0.65 answers every "may this table be seen?" by deep-copying the whole metadata
    (every table's column descriptions and every canned query) and merging it: about a hundred
    times on the database page, most of its time. The metadata of a running site does not change
    (the files are read at start; the hook answers the same for the same databases), so each
    answer is kept per database, table, set of databases and local metadata object."""
    original = datasette._table_permission_allows
    if getattr(original, "audit_cached", False):
        return
    kept: dict[tuple, list] = {}

    def allows(database, table):
        key = (database, table, tuple(datasette.databases), id(datasette._metadata_local))
        if key not in kept:
            kept[key] = original(database, table)
        return list(kept[key])

    allows.audit_cached = True  # type: ignore[attr-defined]
    datasette._table_permission_allows = allows
