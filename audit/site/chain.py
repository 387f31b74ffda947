"""The chain view: a claim's hops from its origin to the reader, and its flags in words."""

from __future__ import annotations

from .common import _offset, css_name, parse_flags, safe_color

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
