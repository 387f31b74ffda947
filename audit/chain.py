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


# "A friend who spoke with him", "two people who have talked to Mr. Trump": a go-between who
# passes on what the party they spoke with said (kinds guide: intermediary, the friend)
GO_BETWEEN_RE = re.compile(
    r"\bwho\s+(?:(?:has|had|have)\s+)?(?:(?:also|recently|since|often|frequently|regularly)\s+)?"
    r"(?:spoke|spoken|speaks|speak|talked|talks|talk|met|meets|been\s+in\s+(?:touch|contact))\s+(?:with|to)\s+"
    r"(?P<party>him|her|them|the\s+[a-z]+|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
)


# "officials who spoke with The Huffington Post": whom the source spoke to, at the end of its span
SPOKE_TO_RE = re.compile(
    r"\s*,?\s+who\s+(?:(?:has|had|have)\s+)?(?:spoke|spoken|speaks|speak|talked|talks|talk)\s+(?:with|to)\s+"
    r"(?P<o>[^,;]+?)\s*,?$"
)


def spoke_to_outlet(source: str) -> re.Match[str] | None:
    """ "Three intelligence sources who spoke to Fox News": the outlet they spoke to, when the source
    ends on one (it relays them; it is not who speaks)."""
    m = SPOKE_TO_RE.search(source)
    if m is None:
        return None
    outlet = m.group("o").strip()
    bare = re.sub(r"^the\s+", "", outlet, flags=re.IGNORECASE)
    return m if lexicon().outlet_re.fullmatch(outlet) or lexicon().outlet_re.fullmatch(bare) else None


def go_between_party(source: str) -> re.Match[str] | None:
    """The party a go-between spoke with, as a match of its words in ``source``; not an outlet
    ("who spoke to CNN" names whom they told) nor a group ("the press")."""
    m = GO_BETWEEN_RE.search(source)
    if not m:
        return None
    party = m.group("party")
    lex = lexicon()
    if party.startswith("the "):
        return m if party[4:] in lex.sets["role_words"] else None  # "the president", not "the press"
    if lex.outlet_re.fullmatch(party) or lex.agency_by_alias.get(party.lower()):
        return None
    return m


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


RECIPIENT_RE = re.compile(r"\s*([^,;:“\"]{1,60}?)\s*(?:,|that\b|:|“|\"|$)")


def recipient_outlet(after_cue: str, sentence: str) -> Hop | None:
    """ "told The Washington Post" / "in an interview with CNN": another outlet relayed it."""
    lex = lexicon()
    m = TOLD_RE.match(after_cue)
    if m and lex.outlet_re.fullmatch(m.group("o").strip()):
        return Hop(kind="other_outlet", text=m.group("o").strip())
    recipient = RECIPIENT_RE.match(after_cue)
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
