"""The article and claim pages, and the table of routes the plugin registers.

Both pages are bounded whatever the article's size: the article page shows one page of claims
(``CLAIMS_PER_PAGE``, in text order) with the stretch of text that holds them (at most
``MAX_TEXT`` characters), and the claim page reads only the lines around its claim and a capped
number of related claims. Every query reads by index; rendering a page is a few milliseconds
of the event loop, so no article can hold up other visitors.
"""

from __future__ import annotations

import json

from datasette.utils.asgi import Response
from markupsafe import Markup

from .chain import chain_nodes, claim_flags
from .chart import kind_mix_page
from .common import (
    BOILERPLATE_ROLES,
    STORY_ROLES,
    _is_safe_url,
    _offset,
    _rows,
    _span,
    css_name,
    find_row,
    ident_from,
    kind_css_rules,
    load_kinds,
    page_url,
    row_url,
)
from .highlight import highlight

CLAIMS_PER_PAGE = 100
MAX_TEXT = 100_000  # characters of text on one page
RELATED_LIMIT = 50  # other claims on the same source, the same claim in other articles
SPAN_COLUMNS = ("content", "source", "cue")


def _page_number(request) -> int:
    value = request.args.get("page") or "1"
    return max(1, min(int(value), 10**7)) if value.isdigit() else 1


def _claim_start(claim: dict, n: int) -> int:
    spans = [s for s in (_span(claim, role, n) for role in SPAN_COLUMNS) if s]
    return min((s for s, _ in spans), default=0)


def _claim_end(claim: dict, n: int) -> int:
    spans = [s for s in (_span(claim, role, n) for role in SPAN_COLUMNS) if s]
    return max((e for _, e in spans), default=0)


async def _segments_between(db, article_id: str, lo: int, hi: int) -> list[dict]:
    """The lines of an article overlapping [lo, hi), by index."""
    first = await _rows(
        db, "select max(start) as s from segments where article_id = ? and start <= ?", [article_id, lo]
    )
    start = first[0]["s"] if first and first[0]["s"] is not None else 0
    return await _rows(
        db,
        "select * from segments where article_id = ? and start >= ? and start < ? order by start",
        [article_id, start, hi],
    )


def _kind_counts(article: dict) -> dict[str, int]:
    try:
        data = json.loads(article.get("kind_mix") or "{}")
    except ValueError:
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}


async def article_page(datasette, request):
    article_id = ident_from(request, "article_id")
    db_name, db, article = await find_row(datasette, request, "articles", "article_id", article_id)
    text = article.get("text") or ""
    n = len(text)
    kinds = await load_kinds(db)
    total = _offset(article.get("claim_count"))
    if total is None:
        total = (await _rows(db, "select count(*) as n from claims where article_id = ?", [article_id]))[0]["n"]
    pages = max(1, -(-total // CLAIMS_PER_PAGE))
    page = min(_page_number(request), pages)
    first = (page - 1) * CLAIMS_PER_PAGE
    fetched = await _rows(
        db,
        "select * from claims where article_id = ? order by position, claim_id limit ? offset ?",
        [article_id, CLAIMS_PER_PAGE + 1, first],
    )
    claims, following = fetched[:CLAIMS_PER_PAGE], fetched[CLAIMS_PER_PAGE:]
    # the stretch of text of this page: from the first claim (the top of the text on page 1) to the
    # first claim of the next page (the end of the text on the last page), at most MAX_TEXT characters
    lo = 0 if page == 1 or not claims else _claim_start(claims[0], n)
    hi = n if not following else max(lo, _claim_start(following[0], n))
    if claims:
        hi = max(hi, min(n, max(_claim_end(c, n) for c in claims)))
    segments = await _segments_between(db, article_id, lo, hi)
    if segments and page > 1:
        lo = min(lo, _offset(segments[0].get("start")) or 0)
    cut = hi - lo > MAX_TEXT
    shown_hi = lo + MAX_TEXT if cut else hi
    ids = [c["claim_id"] for c in claims]
    marks = ", ".join("?" for _ in ids)
    hops = await _rows(db, f"select * from hops where claim_id in ({marks}) order by claim_id, position", ids)
    flag_rows = await _rows(db, f"select * from flags where claim_id in ({marks}) order by rowid", ids)
    hops_by_claim: dict[str, list[dict]] = {}
    for hop in hops:
        hops_by_claim.setdefault(hop.get("claim_id"), []).append(hop)

    def href(claim):
        return page_url(datasette, "claim", claim.get("claim_id") or "", db_name)

    kind_labels = {k: v.get("label") for k, v in kinds.items()}
    highlighted = highlight(text, claims, segments, start=lo, end=shown_hi, claim_href=href, kind_labels=kind_labels)
    details = []
    for claim in claims:
        kind = kinds.get(claim.get("kind")) or {}
        details.append(
            {
                "claim": claim,
                "number": (claim.get("position") or 0) + 1,
                "kind_label": kind.get("label") or claim.get("kind") or "",
                "kind_css": css_name(claim.get("kind")),
                "nodes": chain_nodes(claim, hops_by_claim.get(claim.get("claim_id"), []), kinds, article),
                "flags": claim_flags(claim, flag_rows),
                "page_url": href(claim),
                "row_url": row_url(datasette, db_name, "claims", claim.get("claim_id") or ""),
            }
        )
    base = page_url(datasette, "article", article_id, db_name)
    sep = "&" if "?" in base else "?"
    context = {
        "database": db_name,
        "table": "articles",
        "article": article,
        "article_title": article.get("title") or article.get("article_id"),
        "article_url": article.get("url") if _is_safe_url(article.get("url")) else None,
        "article_row_url": row_url(datasette, db_name, "articles", article_id),
        "highlighted": highlighted,
        "kinds": list(kinds.values()),
        "kind_counts": _kind_counts(article) or {c.get("kind"): 1 for c in claims},
        "kind_css": Markup(kind_css_rules(kinds)),
        "details": details,
        "total_claims": total,
        "page": page,
        "pages": pages,
        "first_number": first + 1,
        "last_number": first + len(claims),
        "prev_url": f"{base}{sep}page={page - 1}" if page > 1 else None,
        "next_url": f"{base}{sep}page={page + 1}" if page < pages else None,
        "text_cut": shown_hi < hi,
        "text_before": lo > 0,
        "segment_roles": {
            "boiler": sorted({str(s.get("role")) for s in segments if s.get("role") in BOILERPLATE_ROLES}),
            "aside": sorted(
                {
                    str(s.get("role"))
                    for s in segments
                    if s.get("role") not in BOILERPLATE_ROLES and s.get("role") not in STORY_ROLES
                }
            ),
        },
        "kind_mix_url": page_url(datasette, "kind-mix", None, db_name),
        "audit_css": datasette.urls.path("/static/audit.css"),
        "audit_js": datasette.urls.path("/static/audit.js"),
    }
    html = await datasette.render_template("audit_article.html", context, request=request, view_name="audit-article")
    return Response.html(html)


async def claim_page(datasette, request):
    claim_id = ident_from(request, "claim_id")
    db_name, db, claim = await find_row(datasette, request, "claims", "claim_id", claim_id)
    articles = await _rows(db, "select * from articles where article_id = ?", [claim.get("article_id")])
    article = articles[0] if articles else {"article_id": claim.get("article_id"), "text": ""}
    text = article.get("text") or ""
    kinds = await load_kinds(db)
    hops = await _rows(db, "select * from hops where claim_id = ? order by position", [claim_id])
    flag_rows = await _rows(db, "select * from flags where claim_id = ? order by rowid", [claim_id])
    source = None
    siblings: list[dict] = []
    if claim.get("source_id"):
        sources = await _rows(db, "select * from sources where source_id = ?", [claim["source_id"]])
        source = sources[0] if sources else None
        siblings = await _rows(
            db,
            "select claim_id, position, content, kind, grade, score, cue from claims "
            "where source_id = ? and claim_id != ? order by position, claim_id limit ?",
            [claim["source_id"], claim_id, RELATED_LIMIT],
        )
    # the sentence in context: the lines that hold the claim's content, source and cue
    spans = [s for s in (_span(claim, r, len(text)) for r in SPAN_COLUMNS) if s]
    context_html = None
    if spans:
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        segments = await _segments_between(db, claim.get("article_id"), lo, hi)
        for seg in segments:
            s, e = _offset(seg.get("start")), _offset(seg.get("end"))
            if s is not None and e is not None and s < hi and e > lo:
                lo, hi = min(lo, s), max(hi, e)
        hi = min(hi, lo + MAX_TEXT)
        context_html = highlight(
            text, [claim], segments, start=lo, end=hi, kind_labels={k: v.get("label") for k, v in kinds.items()}
        )
    corroboration, echoes = None, []
    try:
        found = await _rows(db, "select * from corroboration where claim_id = ?", [claim_id])
    except Exception:  # a database audited before corroboration existed
        found = []
    if found:
        corroboration = found[0]
        echoes = await _rows(
            db,
            "select c.claim_id, c.content, c.kind, c.grade, c.score, a.title, a.article_id "
            "from corroboration k join claims c on c.claim_id = k.claim_id "
            "join articles a on a.article_id = c.article_id "
            "where k.cluster_id = ? and k.claim_id != ? order by a.article_id limit ?",
            [corroboration["cluster_id"], claim_id, RELATED_LIMIT],
        )
        for echo in echoes:
            echo["url"] = page_url(datasette, "claim", echo.get("claim_id") or "", db_name)
    kind = kinds.get(claim.get("kind")) or {}
    for sib in siblings:
        sib["url"] = page_url(datasette, "claim", sib.get("claim_id") or "", db_name)
        sib["kind_css"] = css_name(sib.get("kind"))
        sib["kind_label"] = (kinds.get(sib.get("kind")) or {}).get("label") or sib.get("kind")
    context = {
        "database": db_name,
        "table": "claims",
        "claim": claim,
        "article": article,
        "article_title": article.get("title") or article.get("article_id"),
        "article_page_url": page_url(datasette, "article", article.get("article_id") or "", db_name),
        "claim_row_url": row_url(datasette, db_name, "claims", claim_id),
        "source": source,
        "source_row_url": row_url(datasette, db_name, "sources", source["source_id"]) if source else None,
        "siblings": siblings,
        "siblings_capped": len(siblings) >= RELATED_LIMIT,
        "corroboration": corroboration,
        "echoes": echoes,
        "context_html": context_html,
        "detail": {
            "claim": claim,
            "number": (claim.get("position") or 0) + 1,
            "kind_label": kind.get("label") or claim.get("kind") or "",
            "kind_css": css_name(claim.get("kind")),
            "nodes": chain_nodes(claim, hops, kinds, article),
            "flags": claim_flags(claim, flag_rows),
            "page_url": None,
            "row_url": None,
        },
        "kinds": list(kinds.values()),
        "kind_css": Markup(kind_css_rules(kinds)),
        "kind_mix_url": page_url(datasette, "kind-mix", None, db_name),
        "audit_css": datasette.urls.path("/static/audit.css"),
    }
    html = await datasette.render_template("audit_claim.html", context, request=request, view_name="audit-claim")
    return Response.html(html)


ROUTES = [
    (r"^/-/article/(?P<article_id>[^/]+)$", article_page),
    (r"^/-/claim/(?P<claim_id>[^/]+)$", claim_page),
    (r"^/-/kind-mix$", kind_mix_page),
]
