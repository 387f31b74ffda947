"""Chain stage: the path a claim took from its origin to the reader, one hop per party.

"X said, according to a top secret report Shukan Bunshun obtained through former official
Takeo Harada" reads as anonymous source -> secret report -> Harada (go-between) -> Shukan
Bunshun (outlet). A document's relay is remembered, so "the report says" later in the article
gets the same chain; the wire agency whose copy the article is, is the last hop of every
attributed claim. The publishing outlet itself is never a hop.
"""

from __future__ import annotations

import re

from .gate import gated
from .lexicon import lexicon
from .models import Hop

OBTAINED_RE = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+(?:has\s+|had\s+)?(?:obtained|acquired)\b"
)
THROUGH_RE = re.compile(r"\bthrough\s+(?P<via>[^,;()]+?)(?=\s*(?:,|;|\(|\.\s|\.$|$))")
SEEN_BY_RE = re.compile(r"\b(?:seen|reviewed|obtained)\s+by\s+(?P<who>[^,;()]+?)(?=\s*(?:,|;|\(|\.\s|\.$|$))")
ACCORDING_RE = re.compile(
    r"according\s+to\s+(?P<doc>.+?)(?=\s+(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*\s+(?:has\s+)?(?:obtained|acquired)\b"
    r"|\s+(?:obtained|seen|reviewed)\b|\s*,|\s*\(|\.\s*$|$)"
)
INTERVIEW_RE = re.compile(r"\bin\s+an?\s+(?:interview|conversation)\s+with\s+(?P<o>[^,;.]+)", re.IGNORECASE)
INTERVIEW_RE = gated(INTERVIEW_RE)  # searched only in text holding its words (audit/gate.py)
TOLD_RE = re.compile(r"^\s*(?P<o>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})")


def relay_phrases(tail: str) -> list[tuple[str, str]]:
    """Parties named after a source, origin-side first, as (role, words): ("document", the
    document it rests on, to be typed like any source), then ("intermediary", the go-between)
    and ("other_outlet", the outlet that obtained it)."""
    out: list[tuple[str, str]] = []
    m = ACCORDING_RE.search(tail)
    if m:
        out.append(("document", m.group("doc").strip()))
    out.extend((hop.kind, hop.text) for hop in document_relay(tail))
    return out


def document_relay(context: str) -> list[Hop]:
    """Go-between and outlet that brought a document to light ("... Shukan Bunshun obtained
    through former official Takeo Harada")."""
    hops: list[Hop] = []
    via = THROUGH_RE.search(context)
    who = OBTAINED_RE.search(context) or SEEN_BY_RE.search(context)
    if via:
        hops.append(Hop(kind="intermediary", text=via.group("via").strip()))
    if who:
        name = who.group("who").strip()
        if name.lower() not in ("it", "he", "she", "they", "we"):
            hops.append(Hop(kind="other_outlet", text=name))
    return hops


def recipient_outlet(after_cue: str, sentence: str) -> Hop | None:
    """ "told The Washington Post" / "in an interview with CNN": another outlet relayed it."""
    lex = lexicon()
    m = TOLD_RE.match(after_cue)
    if m and lex.outlet_re.fullmatch(m.group("o").strip()):
        return Hop(kind="other_outlet", text=m.group("o").strip())
    recipient = re.match(r"\s*([^,;:“\"]{1,60}?)\s*(?:,|that\b|:|“|\"|$)", after_cue)
    if recipient:
        o = lex.outlet_re.search(recipient.group(1))  # "told Bill O'Reilly of Fox News"
        if o:
            return Hop(kind="other_outlet", text=o.group(0))
    m = INTERVIEW_RE.search(sentence)
    if m:
        o = lex.outlet_re.search(m.group("o"))
        if o:
            return Hop(kind="other_outlet", text=o.group(0))
    return None


def _same_party(a: Hop, b: Hop) -> bool:
    def norm(t: str) -> str:
        return re.sub(r"[^\w]+", " ", t.lower()).strip()

    return norm(a.text) == norm(b.text)


def build_chain(origin: Hop, relays: list[Hop], wire: str | None) -> list[Hop]:
    chain = [origin]
    for hop in relays:
        if _same_party(hop, chain[-1]):
            continue  # "told The Washington Post." names the outlet once
        chain.append(hop)
    if wire and chain[-1].kind != "wire_agency":
        chain.append(Hop(kind="wire_agency", text=wire))
    return chain
