"""Plain-text report of one article's claims, for a terminal (``audit show``)."""

from __future__ import annotations

import difflib
import json
import re
import textwrap

from ._sqlite_utils import sqlite_utils

# C0 and C1 control characters (escape sequences start with ESC or CSI; OSC sets the window title
# or the clipboard), DEL, and the bidirectional overrides that reorder what the terminal shows.
# Newline and tab are whitespace and are kept.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(value: object) -> str:
    """``value`` as text a terminal shows as text: every control character becomes a visible
    escape (``\\x1b``), so an article cannot retitle the window, write the clipboard or hide
    words."""
    return UNSAFE.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else f"\\u{ord(m.group()):04x}", str(value)
    )


def article_report(db: sqlite_utils.Database, article_id: str, width: int = 100) -> str | None:
    """The report, with every value from the database made safe for a terminal."""
    text = _report(db, article_id, width)
    return None if text is None else terminal_safe(text)


def _report(db: sqlite_utils.Database, article_id: str, width: int = 100) -> str | None:
    rows = list(db.query("select * from articles where article_id = ?", [article_id]))
    if not rows:
        return None
    art = rows[0]
    lines = [f"{art['article_id']}: {art['title'] or '(no headline)'}"]
    meta = [
        f"outlet {art['outlet']}" if art["outlet"] else None,
        f"wire {art['wire']}" if art["wire"] else None,
        f"{art['claim_count']} claims",
        f"{art['anonymous_count']} resting on anonymous sources",
        f"headline grade {art['headline_grade']}" if art["headline_grade"] else None,
    ]
    lines.append("  " + ", ".join(m for m in meta if m))
    lines.append("")
    hops: dict[str, list[dict]] = {}
    for h in db.query("select * from hops where article_id = ? order by claim_id, position", [article_id]):
        hops.setdefault(h["claim_id"], []).append(h)
    for n, c in enumerate(db.query("select * from claims where article_id = ? order by position", [article_id]), 1):
        head = " [headline]" if c["is_headline"] else ""
        lines.append(f"{n:>3}. {c['grade']} {c['score']:>3}/100  {c['kind']}{head}")
        lines += textwrap.wrap(c["content"], width, initial_indent="       \u201c", subsequent_indent="        ")
        lines[-1] += "\u201d"
        if c["source"]:
            resolved = (
                f" = {c['resolved_source']}" if c["resolved_source"] and c["resolved_source"] != c["source"] else ""
            )
            lines.append(f"       source: {c['source']}{resolved}   cue: {c['cue'] or '-'}")
        chain = hops.get(c["claim_id"], [])
        if chain:
            lines.append("       chain:  " + "  ->  ".join(f"{h['kind']} ({h['text']}) {h['letter']}" for h in chain))
        flags = json.loads(c["flags"] or "[]")
        if flags:
            lines.append("       flags:  " + ", ".join(flags))
        lines += textwrap.wrap(c["explanation"], width, initial_indent="       ", subsequent_indent="       ")
        lines.append("")
    return "\n".join(lines)


def closest_ids(db: sqlite_utils.Database, article_id: str, n: int = 5) -> list[str]:
    """Stored article ids nearest to one that is not there: those starting with it (``002`` finds
    ``002_0d6f2a640b3f5aa7.txt``), else the most similar."""
    wanted = article_id.strip()
    if not wanted:
        return []
    escaped = wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    found = [
        r[0]
        for r in db.execute(
            "select article_id from articles where article_id like ? escape '\\' order by article_id limit ?",
            [escaped + "%", n],
        )
    ]
    if found:
        return found
    ids = [r[0] for r in db.execute("select article_id from articles limit 100000")]
    return difflib.get_close_matches(wanted, ids, n=n, cutoff=0.5)
