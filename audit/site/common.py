"""What every part of the site shares: safe names and colours, offsets, which databases hold an audit,
the metadata applied to them, URLs, and small database helpers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote, unquote

from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import Forbidden, NotFound

SITE_DIR = Path(__file__).resolve().parent
PACKAGED_METADATA = SITE_DIR / "metadata.json"
METADATA_DB = "audit"  # the key of the database block in datasette_metadata.json
AUDIT_TABLES = frozenset({"articles", "claims", "hops", "kinds"})
STORY_ROLES = frozenset({"headline", "body"})
BOILERPLATE_ROLES = frozenset({"navigation", "pitch", "tags", "credit"})
ON_RECORD_KINDS = ("witnessed", "on_record", "institution", "public_record")
FALLBACK_COLOR = "#969696"
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

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


def metadata_for(datasette) -> dict:
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
    # Ids made only of dots ("..") would be normalised away by browsers: those are tilde-encoded
    # ("~2E~2E", decoded by ident_from); every other id is plainly percent-encoded, a tilde included,
    # and taken literally (an id such as "story~34" must not lose its tilde).
    if ident and set(ident) <= {"."}:
        return tilde_encode(ident)
    return quote(ident, safe="").replace("~", "%7E")


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


def ident_from(request, name: str) -> str:
    """The id in the URL: percent-decoded; only a run of tilde-encoded dots is tilde-decoded."""
    raw = unquote(request.url_vars[name])
    return tilde_decode(raw) if _DOTS.fullmatch(raw) else raw


_DOTS = re.compile(r"(?:~2E)+")
