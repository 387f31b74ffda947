"""Datasette plugin for the provenance-audit site (Datasette 0.65).

Pages, for the first attached database that holds an audit (or the one named by ``?db=NAME``):

* ``/-/article/{article_id}``: the article text with every claim highlighted by provenance kind, the
  source and the cue marked, boilerplate greyed out; choosing a claim shows its chain, score, grade,
  flags and explanation.
* ``/-/claim/{claim_id}``: one claim's chain, its sentence in context, and every other claim resting on
  the same source.
* ``/-/kind-mix``: stacked bars of the provenance kinds per outlet and per article (server-side SVG).

It also applies the ``audit`` database block of the metadata to whatever name the database was
served under (the name comes from the file name), links ids to these pages, and lists the pages on
the index and database pages.

Every piece of article text and every extracted field is escaped (markupsafe) before it reaches the
page; the templates never use ``|safe``; the page script only toggles server-rendered panels.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, unquote

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Forbidden, NotFound, Response
from markupsafe import Markup, escape

SITE_DIR = Path(__file__).resolve().parent.parent
PACKAGED_METADATA = SITE_DIR / "metadata.json"
METADATA_DB = "audit"  # the key of the database block in datasette_metadata.json
AUDIT_TABLES = frozenset({"articles", "claims", "hops", "kinds"})
STORY_ROLES = frozenset({"headline", "body"})
BOILERPLATE_ROLES = frozenset({"navigation", "pitch", "tags", "credit"})
ON_RECORD_KINDS = ("witnessed", "on_record", "institution", "public_record")
FALLBACK_COLOR = "#969696"
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

FLAG_HELP = {
    "ANON_NO_REASON": "The source is anonymous and the article gives no reason why.",
    "VAGUE_SOURCE": "The source is described too vaguely to judge.",
    "ANON_OPINION": "An anonymous source giving an opinion, not a fact.",
    "SINGLE_ANON_SERIOUS": "A serious allegation resting on a single anonymous source.",
    "DERIVATIVE": "Taken from another outlet's reporting, not the outlet's own.",
    "STATE_MEDIA": "Passed on by state-controlled media.",
    "UNVERIFIED_DOCUMENT": "Rests on a document the reader cannot see or check.",
    "PRIVATE_MEETING": "About a private meeting no one on the record describes.",
    "DECLINED_TO_CONFIRM": "Someone declined to confirm or comment.",
}


# --------------------------------------------------------------------------------------------------
# Small helpers


def css_name(value: object) -> str:
    """A class-name-safe form of a kind or role (letters, digits, - and _ only)."""
    return re.sub(r"[^A-Za-z0-9_-]", "", str(value or "")) or "none"


def safe_color(value: object) -> str:
    value = str(value or "").strip()
    return value if _HEX_COLOR.match(value) else FALLBACK_COLOR


def text_color_for(color: str) -> str:
    """Black or white, whichever reads better on ``color``."""
    color = safe_color(color).lstrip("#")
    if len(color) == 3:
        color = "".join(c * 2 for c in color)
    r, g, b = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    return "#111" if (0.299 * r + 0.587 * g + 0.114 * b) > 150 else "#fff"


def _offset(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _span(row: dict, prefix: str, n: int) -> tuple[int, int] | None:
    start, end = _offset(row.get(f"{prefix}_start")), _offset(row.get(f"{prefix}_end"))
    if start is None or end is None:
        return None
    start, end = max(0, min(start, n)), max(0, min(end, n))
    return (start, end) if start < end else None


def parse_flags(value: object) -> list[str]:
    if not value:
        return []
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return [str(value)]
    if isinstance(data, list):
        return [str(item) for item in data]
    return [str(data)]


def _truncate(text: str, limit: int) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _is_safe_url(url: object) -> bool:
    return isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))


# --------------------------------------------------------------------------------------------------
# Highlighting: article text to escaped HTML, computed from the offsets


def highlight(
    text: str,
    claims: list[dict],
    segments: list[dict],
    *,
    start: int = 0,
    end: int | None = None,
    claim_href=None,
    kind_labels: dict | None = None,
) -> Markup:
    """The text between ``start`` and ``end`` as HTML: every claim's content, source and cue wrapped in
    an element carrying its kind (``k-KIND``) and id (``data-claim``), sources marked ``src`` and cues
    ``cue``, each line wrapped in a ``seg seg-ROLE`` span (``boiler`` for boilerplate).

    Spans may overlap: the text is cut at every span edge and each piece belongs to the claim with the
    smallest span covering it. Every piece of text is escaped. ``claim_href(claim)`` gives a link for
    each claim (pieces become ``<a>``); without it they become ``<mark>``.
    """
    n = len(text)
    end = n if end is None else max(0, min(end, n))
    start = max(0, min(start, end))
    kind_labels = kind_labels or {}
    spans = []  # (start, end, role, index of claim)
    for index, claim in enumerate(claims):
        for role in ("content", "source", "cue"):
            span = _span(claim, role, n)
            if span and span[0] < end and span[1] > start:
                spans.append((max(span[0], start), min(span[1], end), role, index))
    segs = []
    for seg in segments:
        s, e = _offset(seg.get("start")), _offset(seg.get("end"))
        if s is None or e is None:
            continue
        s, e = max(s, start), min(e, end)
        if s < e:
            segs.append((s, e, str(seg.get("role") or "")))
    segs.sort()
    cuts = {start, end}
    for s, e, *_ in spans:
        cuts.update((s, e))
    for s, e, _ in segs:
        cuts.update((s, e))
    cuts = sorted(cuts)

    pieces = []  # (a, b, segment index or None, claim index or None, classes)
    spans.sort()
    seg_i = span_i = 0
    active: list[tuple] = []  # spans covering the current piece (every span edge is a cut)
    for a, b in zip(cuts, cuts[1:], strict=False):
        while seg_i < len(segs) and segs[seg_i][1] <= a:
            seg_i += 1
        seg_here = seg_i if seg_i < len(segs) and segs[seg_i][0] <= a < segs[seg_i][1] else None
        while span_i < len(spans) and spans[span_i][0] <= a:
            active.append(spans[span_i])
            span_i += 1
        active = [sp for sp in active if sp[1] > a]
        covering = active
        owner = None
        several = False
        roles: set[str] = set()
        if covering:
            smallest = min(covering, key=lambda sp: (sp[1] - sp[0], claims[sp[3]].get("position") or 0, sp[3]))
            owner = smallest[3]
            roles = {sp[2] for sp in covering if sp[3] == owner}
            several = len({sp[3] for sp in covering}) > 1
        classes = ()
        if owner is not None:
            classes = ("hl", "k-" + css_name(claims[owner].get("kind")))
            classes += tuple(c for c, r in (("src", "source"), ("cue", "cue")) if r in roles)
            if several:
                classes += ("overlap",)
        pieces.append((a, b, seg_here, owner, classes))

    # merge neighbours that render the same way
    merged = []
    for piece in pieces:
        if merged and merged[-1][1] == piece[0] and merged[-1][2:] == piece[2:]:
            merged[-1] = (merged[-1][0], piece[1], *piece[2:])
        else:
            merged.append(piece)

    out: list[str] = []
    open_seg = None
    for a, b, seg_here, owner, classes in merged:
        if seg_here != open_seg:
            if open_seg is not None:
                out.append("</span>")
            if seg_here is not None:
                role = segs[seg_here][2]
                seg_classes = ["seg", "seg-" + css_name(role)]
                if role in BOILERPLATE_ROLES:
                    seg_classes.append("boiler")
                elif role not in STORY_ROLES:
                    seg_classes.append("aside")
                tag = Markup('<span class="{}" data-role="{}">').format(" ".join(seg_classes), role)
                out.append(str(tag))
            open_seg = seg_here
        piece = escape(text[a:b])
        if owner is None:
            out.append(str(piece))
            continue
        claim = claims[owner]
        what = "source" if "src" in classes else "cue" if "cue" in classes else "claim"
        title = "{} {}: {} (grade {})".format(
            what,
            (claim.get("position") or 0) + 1,
            kind_labels.get(claim.get("kind"), claim.get("kind") or "?"),
            claim.get("grade") or "?",
        )
        if claim_href is not None:
            out.append(
                str(
                    Markup('<a class="{}" href="{}" data-claim="{}" title="{}">{}</a>').format(
                        " ".join(classes), claim_href(claim), claim.get("claim_id") or "", title, piece
                    )
                )
            )
        else:
            tag = Markup('<mark class="{}" title="{}">{}</mark>').format(" ".join(classes), title, piece)
            out.append(str(tag))
    if open_seg is not None:
        out.append("</span>")
    return Markup("".join(out))


# --------------------------------------------------------------------------------------------------
# Chain: hops, origin first, then the reader


def chain_nodes(claim: dict, hops: list[dict], kinds: dict, article: dict) -> list[dict]:
    """The diagram's boxes: each hop (origin first) with its kind, letter, words and reason, then the
    reader. A claim with no hop starts from the article's own voice."""
    nodes = []
    for hop in sorted(hops, key=lambda h: _offset(h.get("position")) or 0):
        kind = kinds.get(hop.get("kind")) or {}
        nodes.append(
            {
                "role": "origin" if not nodes else "relay",
                "kind": hop.get("kind") or "",
                "kind_css": css_name(hop.get("kind")),
                "label": kind.get("label") or hop.get("kind") or "",
                "color": safe_color(kind.get("color")),
                "letter": hop.get("letter") or "",
                "words": hop.get("text") or "",
                "reason": hop.get("reason") or "",
                "in_text": _offset(hop.get("hop_start")) is not None,
                "fidelity": hop.get("fidelity"),
            }
        )
    if not nodes:
        kind = kinds.get(claim.get("kind")) or {}
        nodes.append(
            {
                "role": "origin",
                "kind": claim.get("kind") or "",
                "kind_css": css_name(claim.get("kind")),
                "label": kind.get("label") or claim.get("kind") or "",
                "color": safe_color(kind.get("color")),
                "letter": kind.get("letter") or "",
                "words": "",
                "reason": "no source is named: the article says this in its own voice",
                "in_text": False,
                "fidelity": None,
            }
        )
    publisher = article.get("outlet") or article.get("wire") or ""
    last_words = (nodes[-1]["words"] or "").strip().lower()
    via = f"reading {publisher}" if publisher and publisher.lower() != last_words else "reading the article"
    nodes.append(
        {
            "role": "reader",
            "kind": "",
            "kind_css": "reader",
            "label": "You, the reader",
            "color": "#333333",
            "letter": "",
            "words": "",
            "reason": via,
            "in_text": False,
            "fidelity": None,
        }
    )
    return nodes


def claim_flags(claim: dict, flag_rows: list[dict]) -> list[dict]:
    rows = [r for r in flag_rows if r.get("claim_id") == claim.get("claim_id")]
    seen = {r.get("code") for r in rows}
    out = [
        {"code": r.get("code") or "", "words": r.get("words") or "", "help": FLAG_HELP.get(r.get("code") or "", "")}
        for r in rows
    ]
    for code in parse_flags(claim.get("flags")):
        if code not in seen:
            out.append({"code": code, "words": "", "help": FLAG_HELP.get(code, "")})
            seen.add(code)
    return out


# --------------------------------------------------------------------------------------------------
# Which databases hold an audit; the metadata applied to them


_sync_cache: dict[tuple, bool] = {}
_packaged: dict = {}


def _tables_sync(db) -> set[str]:
    conn = db.connect()
    try:
        return {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    finally:
        conn.close()


def is_audit_db_sync(db) -> bool:
    key = (db.name, getattr(db, "path", None), getattr(db, "memory_name", None))
    if key not in _sync_cache:
        try:
            _sync_cache[key] = AUDIT_TABLES <= _tables_sync(db)
        except Exception:  # noqa: BLE001 - a database we cannot read is not ours
            _sync_cache[key] = False
    return _sync_cache[key]


async def is_audit_db(db) -> bool:
    try:
        names = set(await db.table_names()) | set(await db.view_names())
    except Exception:  # noqa: BLE001
        return False
    return AUDIT_TABLES <= names


def _packaged_block() -> dict:
    try:
        mtime = PACKAGED_METADATA.stat().st_mtime
    except OSError:
        return {}
    if _packaged.get("mtime") != mtime:
        data = json.loads(PACKAGED_METADATA.read_text(encoding="utf-8"))
        _packaged.update(mtime=mtime, block=(data.get("databases") or {}).get(METADATA_DB) or {})
    return _packaged["block"]


def metadata_block(datasette) -> dict:
    """The ``audit`` database block of the metadata Datasette was started with, else the packaged one."""
    local = getattr(datasette, "_metadata_local", None) or {}
    block = (local.get("databases") or {}).get(METADATA_DB)
    return block if isinstance(block, dict) and block else _packaged_block()


def _fresh(block: dict) -> dict:
    """A copy of the block whose containers Datasette may change are new: the top level, each table's
    and each canned query's dict (Datasette adds ``name`` to queries). Leaves are shared, read-only."""
    out = dict(block)
    if isinstance(block.get("tables"), dict):
        out["tables"] = {name: dict(t) if isinstance(t, dict) else t for name, t in block["tables"].items()}
    if isinstance(block.get("queries"), dict):
        out["queries"] = {name: dict(q) if isinstance(q, dict) else q for name, q in block["queries"].items()}
    return out


@hookimpl
def get_metadata(datasette, key, database, table):
    """The database name comes from the file name: give every audit database the metadata file's
    ``audit`` block, unless the metadata file describes that name itself. Datasette calls this hook
    hundreds of times a page, so it copies only what Datasette may change."""
    block = metadata_block(datasette)
    if not block:
        return {}
    local = (getattr(datasette, "_metadata_local", None) or {}).get("databases") or {}
    names = [
        name
        for name, db in list((getattr(datasette, "databases", None) or {}).items())
        if name != "_internal" and name not in local and is_audit_db_sync(db)
    ]
    if not names:
        return {}
    return {"databases": {name: _fresh(block) for name in names}}


def _is_audit_name(datasette, name) -> bool:
    db = (getattr(datasette, "databases", None) or {}).get(name)
    return db is not None and is_audit_db_sync(db)


# --------------------------------------------------------------------------------------------------
# URLs


def _encode_ident(ident: str) -> str:
    # Ids made only of dots ("..") would be normalised away by browsers: tilde-encode those
    # (Datasette's own scheme, decoded by _ident); everything else is plainly percent-encoded.
    if ident and set(ident) <= {"."}:
        return tilde_encode(ident)
    return quote(ident, safe="")


def page_url(datasette, page: str, ident: str | None = None, db: str | None = None) -> str:
    path = f"/-/{page}" + (f"/{_encode_ident(ident)}" if ident is not None else "")
    url = datasette.urls.path(path)
    names = [n for n in datasette.databases if n != "_internal"]
    if db and (len(names) > 1 or (names and names[0] != db)):
        url += "?db=" + quote(db, safe="")
    return url


def row_url(datasette, db: str, table: str, pk: str) -> str:
    return datasette.urls.table(db, table) + "/" + tilde_encode(str(pk))


async def audit_databases(datasette, request) -> list[tuple[str, object]]:
    """The database named by ``?db=``, else every attached audit database, in order."""
    wanted = request.args.get("db")
    names = [wanted] if wanted else [n for n in datasette.databases if n != "_internal"]
    found = []
    for name in names:
        db = datasette.databases.get(name)
        if db is not None and name != "_internal" and await is_audit_db(db):
            found.append((name, db))
    if not found:
        raise NotFound(f"No audit database called {wanted}" if wanted else "No audit database is served")
    return found


async def resolve_db(datasette, request):
    return (await audit_databases(datasette, request))[0]


async def find_row(datasette, request, table: str, column: str, ident: str):
    """(database name, database, row) of the first audit database the actor may see that holds the row."""
    forbidden = None
    for name, db in await audit_databases(datasette, request):
        try:
            await check_allowed(datasette, request, name, ["articles", "claims"])
        except Forbidden as exc:
            forbidden = exc
            continue
        found = await _rows(db, f"select * from [{table}] where [{column}] = ?", [ident])
        if found:
            return name, db, found[0]
    if forbidden is not None:
        raise forbidden
    raise NotFound(f"No {table[:-1]} {ident}")


async def check_allowed(datasette, request, db_name: str, tables: list[str]) -> None:
    for table in tables:
        await datasette.ensure_permissions(
            request.actor, [("view-table", (db_name, table)), ("view-database", db_name), "view-instance"]
        )


async def _rows(db, sql: str, params=None) -> list[dict]:
    result = await db.execute(sql, params or [])
    return [dict(row) for row in result.rows]


async def load_kinds(db) -> dict:
    rows = await _rows(db, "select * from kinds order by rowid")
    kinds = {}
    for row in rows:
        row["color"] = safe_color(row.get("color"))
        row["css"] = css_name(row.get("kind"))
        row["text_color"] = text_color_for(row["color"])
        kinds[row.get("kind")] = row
    return kinds


def kind_css_rules(kinds: dict) -> str:
    """CSS custom properties per kind; every value is checked (hex colour, class-safe name)."""
    return "\n".join(f".k-{k['css']}{{--k:{k['color']};--kt:{k['text_color']};}}" for k in kinds.values())


# --------------------------------------------------------------------------------------------------
# Pages


def _ident(request, name: str) -> str:
    raw = unquote(request.url_vars[name])
    return tilde_decode(raw) if "~" in raw else raw


async def article_page(datasette, request):
    article_id = _ident(request, "article_id")
    db_name, db, article = await find_row(datasette, request, "articles", "article_id", article_id)
    text = article.get("text") or ""
    kinds = await load_kinds(db)
    claims = await _rows(db, "select * from claims where article_id = ? order by position, claim_id", [article_id])
    hops = await _rows(db, "select * from hops where article_id = ? order by claim_id, position", [article_id])
    segments = await _rows(db, "select * from segments where article_id = ? order by start", [article_id])
    flag_rows = await _rows(db, "select * from flags where article_id = ? order by rowid", [article_id])
    hops_by_claim: dict[str, list[dict]] = {}
    for hop in hops:
        hops_by_claim.setdefault(hop.get("claim_id"), []).append(hop)

    def href(claim):
        return page_url(datasette, "claim", claim.get("claim_id") or "", db_name)

    kind_labels = {k: v.get("label") for k, v in kinds.items()}
    highlighted = highlight(text, claims, segments, claim_href=href, kind_labels=kind_labels)
    counts: dict[str, int] = {}
    for claim in claims:
        counts[claim.get("kind")] = counts.get(claim.get("kind"), 0) + 1
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
    context = {
        "database": db_name,
        "table": "articles",
        "article": article,
        "article_title": article.get("title") or article.get("article_id"),
        "article_url": article.get("url") if _is_safe_url(article.get("url")) else None,
        "article_row_url": row_url(datasette, db_name, "articles", article_id),
        "highlighted": highlighted,
        "kinds": list(kinds.values()),
        "kind_counts": counts,
        "kind_css": Markup(kind_css_rules(kinds)),
        "details": details,
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
    claim_id = _ident(request, "claim_id")
    db_name, db, claim = await find_row(datasette, request, "claims", "claim_id", claim_id)
    articles = await _rows(db, "select * from articles where article_id = ?", [claim.get("article_id")])
    article = articles[0] if articles else {"article_id": claim.get("article_id"), "text": ""}
    text = article.get("text") or ""
    kinds = await load_kinds(db)
    hops = await _rows(db, "select * from hops where claim_id = ? order by position", [claim_id])
    flag_rows = await _rows(db, "select * from flags where claim_id = ? order by rowid", [claim_id])
    segments = await _rows(db, "select * from segments where article_id = ? order by start", [claim.get("article_id")])
    source = None
    siblings: list[dict] = []
    if claim.get("source_id"):
        sources = await _rows(db, "select * from sources where source_id = ?", [claim["source_id"]])
        source = sources[0] if sources else None
        siblings = await _rows(
            db,
            "select claim_id, position, content, kind, grade, score, cue from claims "
            "where source_id = ? and claim_id != ? order by position, claim_id",
            [claim["source_id"], claim_id],
        )
    # the sentence in context: the lines that hold the claim's content, source and cue
    spans = [s for s in (_span(claim, r, len(text)) for r in ("content", "source", "cue")) if s]
    context_html = None
    if spans:
        lo, hi = min(s for s, _ in spans), max(e for _, e in spans)
        for seg in segments:
            s, e = _offset(seg.get("start")), _offset(seg.get("end"))
            if s is not None and e is not None and s < hi and e > lo:
                lo, hi = min(lo, s), max(hi, e)
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
            "where k.cluster_id = ? and k.claim_id != ? order by a.article_id",
            [corroboration["cluster_id"], claim_id],
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


def stacked_bars(bars: list[dict], kinds: dict, *, label_width: int = 330, bar_width: int = 560) -> Markup:
    """A horizontal 100% stacked bar chart as inline SVG. Each bar: {"label", "href", "counts"}."""
    row_h, bar_h, top = 34, 24, 6
    width = label_width + bar_width + 70
    height = top * 2 + row_h * max(1, len(bars))
    parts = [
        str(
            Markup(
                '<svg class="kind-mix-chart" viewBox="0 0 {w} {h}" width="100%" role="img" '
                'xmlns="http://www.w3.org/2000/svg" aria-label="{label}">'
            ).format(w=width, h=height, label="Share of claims of each provenance kind")
        )
    ]
    for i, bar in enumerate(bars):
        y = top + i * row_h
        total = sum(bar["counts"].values())
        label = Markup('<text x="{x}" y="{y}" text-anchor="end" class="bar-label">{t}</text>').format(
            x=label_width - 10, y=y + bar_h / 2 + 5, t=_truncate(bar["label"], 44)
        )
        if bar.get("href"):
            label = Markup('<a href="{}"><title>{}</title>{}</a>').format(bar["href"], bar["label"], label)
        parts.append(str(label))
        x = float(label_width)
        for kind_name, kind in kinds.items():
            count = bar["counts"].get(kind_name, 0)
            if not count or not total:
                continue
            w = bar_width * count / total
            parts.append(
                str(
                    Markup(
                        '<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{h}" fill="{c}" class="k-{css}">'
                        "<title>{label}: {n} of {t} claims ({p:.0f}%)</title></rect>"
                    ).format(
                        x=x,
                        y=y,
                        w=w,
                        h=bar_h,
                        c=kind["color"],
                        css=kind["css"],
                        label=kind.get("label") or kind_name,
                        n=count,
                        t=total,
                        p=100 * count / total,
                    )
                )
            )
            if w >= 22:
                parts.append(
                    str(
                        Markup(
                            '<text x="{x:.1f}" y="{y}" text-anchor="middle" class="seg-count" fill="{f}">{n}</text>'
                        ).format(x=x + w / 2, y=y + bar_h / 2 + 5, f=kind["text_color"], n=count)
                    )
                )
            x += w
        parts.append(
            str(
                Markup('<text x="{x}" y="{y}" class="bar-total">{n} claims</text>').format(
                    x=label_width + bar_width + 8, y=y + bar_h / 2 + 5, n=total
                )
            )
        )
    parts.append("</svg>")
    return Markup("".join(parts))


async def kind_mix_page(datasette, request):
    db_name, db = await resolve_db(datasette, request)
    await check_allowed(datasette, request, db_name, ["kind_mix", "articles"])
    kinds = await load_kinds(db)
    mix = await _rows(db, "select article_id, outlet, kind, claims from kind_mix")
    articles = await _rows(db, "select article_id, title, outlet, wire from articles order by article_id")
    by_article: dict[str, dict] = {}
    by_outlet: dict[str, dict] = {}
    for row in mix:
        art = by_article.setdefault(row["article_id"], {})
        art[row["kind"]] = art.get(row["kind"], 0) + (row["claims"] or 0)
        out = by_outlet.setdefault(row["outlet"] or "(unknown)", {})
        out[row["kind"]] = out.get(row["kind"], 0) + (row["claims"] or 0)
    for kind_name in {k for counts in by_article.values() for k in counts} - set(kinds):
        kinds[kind_name] = {
            "kind": kind_name,
            "label": kind_name,
            "color": FALLBACK_COLOR,
            "css": css_name(kind_name),
            "text_color": "#fff",
        }
    article_bars = []
    for art in articles:
        if art["article_id"] not in by_article:
            continue
        outlet = art.get("outlet") or art.get("wire")
        label = art.get("title") or art["article_id"]
        article_bars.append(
            {
                "label": f"{label} ({outlet})" if outlet else label,
                "href": page_url(datasette, "article", art["article_id"], db_name),
                "counts": by_article[art["article_id"]],
            }
        )
    outlet_bars = [
        {"label": name, "href": None, "counts": counts}
        for name, counts in sorted(by_outlet.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    ]
    used = [k for k in kinds.values() if any(k["kind"] in b["counts"] for b in article_bars)]
    context = {
        "database": db_name,
        "table": "kind_mix",
        "kinds": used,
        "outlet_chart": stacked_bars(outlet_bars, kinds) if outlet_bars else None,
        "article_chart": stacked_bars(article_bars, kinds) if article_bars else None,
        "outlet_bars": outlet_bars,
        "article_bars": article_bars,
        "kind_mix_table_url": datasette.urls.table(db_name, "kind_mix"),
        "kind_css": Markup(kind_css_rules(kinds)),
        "audit_css": datasette.urls.path("/static/audit.css"),
    }
    html = await datasette.render_template("audit_kind_mix.html", context, request=request, view_name="audit-kind-mix")
    return Response.html(html)


@hookimpl
def register_routes(datasette):
    return [
        (r"^/-/article/(?P<article_id>[^/]+)$", article_page),
        (r"^/-/claim/(?P<claim_id>[^/]+)$", claim_page),
        (r"^/-/kind-mix$", kind_mix_page),
    ]


# --------------------------------------------------------------------------------------------------
# Links on Datasette's own pages


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str) or not value or not _is_audit_name(datasette, database):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    if table in (None, "article_summary", "kind_mix", "outlet_summary"):
        if column in ("claim_id", "weakest_claim_id"):
            return Markup('<a href="{}">{}</a>').format(page_url(datasette, "claim", value, database), value)
        if column == "article_id":
            url = page_url(datasette, "article", value, database)
            return Markup('<a href="{}">{}</a>').format(url, value)
    elif table == "articles" and column == "title" and "article_id" in keys and row["article_id"]:
        return Markup('<a href="{}" title="Read it with its claims highlighted">{}</a>').format(
            page_url(datasette, "article", str(row["article_id"]), database), value
        )
    elif table == "articles" and column == "weakest_claim_id":
        return Markup('<a href="{}">{}</a>').format(page_url(datasette, "claim", value, database), value)
    elif table == "claims" and column == "content" and "claim_id" in keys and row["claim_id"]:
        return Markup('<a href="{}" title="See where this claim comes from">{}</a>').format(
            page_url(datasette, "claim", str(row["claim_id"]), database), value
        )
    return None


@hookimpl
def menu_links(datasette, actor, request):
    names = [n for n, db in datasette.databases.items() if n != "_internal" and is_audit_db_sync(db)]
    if not names:
        return []
    return [{"href": page_url(datasette, "kind-mix", None, names[0]), "label": "Provenance kinds chart"}]


async def _audit_listing(datasette, request, only: str | None = None) -> list[dict]:
    listing = []
    actor = request.actor if request else None
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
            "order by anonymous_share desc, article_id limit 200",
        )
        for art in articles:
            art["url"] = page_url(datasette, "article", art["article_id"], name)
        listing.append(
            {
                "name": name,
                "articles": articles,
                "kind_mix_url": page_url(datasette, "kind-mix", None, name),
                "queries_url": datasette.urls.database(name) + "#queries",
            }
        )
    return listing


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    async def inner():
        if template == "index.html":
            return {"audit_listing": await _audit_listing(datasette, request)}
        if template == "database.html" and database:
            return {"audit_listing": await _audit_listing(datasette, request, only=database)}
        if template == "row.html" and table in ("articles", "claims") and request is not None:
            db = datasette.databases.get(database)
            pks = (request.url_vars or {}).get("pks")
            if db is None or not pks or not await is_audit_db(db):
                return {}
            ident = tilde_decode(pks)
            if table == "articles":
                return {
                    "audit_row_link": {
                        "url": page_url(datasette, "article", ident, database),
                        "label": "Read this article with its claims highlighted",
                    }
                }
            return {
                "audit_row_link": {
                    "url": page_url(datasette, "claim", ident, database),
                    "label": "See this claim's chain and the other claims on its source",
                }
            }
        return {}

    return inner


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/static/audit.css")]
