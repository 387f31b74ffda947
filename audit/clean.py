"""Clean stage: tell story text from everything around it.

Each line of the text (a newline is a hard boundary: a caption never merges into the next
sentence) becomes a ``Segment`` with a role: headline, body, caption, credit, byline,
dateline, navigation, subscription pitch or tags. Offsets point into the text as read.
The wire agency whose copy this is comes from the dateline or byline, never from a photo
credit ("via AP" under a picture does not make the story AP copy).

Text extracted from a web page (``structured``) has had menus and link lists removed by its
markup already, so a short line is story there; what is left to find is the furniture that
reads like prose (pitches, bios, notices: ``boilerplate.json``), a story-end marker ("About
<Company>", "Related stories"), blocks the page prints twice and copies of a line (pull quotes).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .lexicon import cue_info, lexicon
from .models import CleanedText, Segment
from .patternset import PatternSet

TERMINAL = re.compile(r"[.!?…][\"”’)\]]*\s*$|[\"”’]\s*$|''\s*$")  # '' closes a quotation (the NYT's style)
TERMINAL_CLOSERS = '"”’)]'


def _terminal(line: str) -> bool:
    """``TERMINAL.search(line)`` without trying the pattern at every position: the line, trailing
    white space left out (``str.rstrip`` strips what ``\\s`` matches), ends with a quote mark, or
    with a stop and any closing marks (tests/test_fast_paths.py compares the two)."""
    s = line.rstrip()
    if not s:
        return False
    return s[-1] in '"”’' or s.endswith("''") or s.rstrip(TERMINAL_CLOSERS)[-1:] in (".", "!", "?", "…")


# Every Unicode line boundary is a hard boundary (str.splitlines' set): a caption never merges
# into the next sentence, whatever line ends the text uses.
WORDS_RE = re.compile(r"\w+")
LINE_RE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")


Cleaned = CleanedText  # the clean stage's typed result (audit.models)


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    bp = lexicon().boilerplate
    return {"byline": [re.compile(p) for p in bp["byline"]], "bullet": [re.compile(bp["bullet"])]}


@cache
def _sets() -> dict[str, PatternSet]:
    """One pattern set per role: a line is tested once per role, not once per pattern."""
    bp = lexicon().boilerplate
    return {key: PatternSet(bp[key]) for key in ("navigation", "pitch", "caption_start", "caption_credit", "story_end")}


def _agency_names() -> str:
    # longest first; among names of one length (literals: at most one matches at a place, up to
    # case) in a fixed order, so the pattern is the same text in every process (reproducible runs)
    aliases = sorted({a for agency in lexicon().agencies for a in agency["aliases"]}, key=lambda a: (-len(a), a))
    return "|".join(re.escape(a) for a in aliases)


DASHES = ("-", "—", "–", "―")  # "―", the horizontal bar: "WASHINGTON ― After bragging ..."


@cache
def _dateline_res() -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """Each dateline pattern, with the characters a match must hold one of: most lines hold
    none, and are not searched."""
    agencies = _agency_names()
    place = r"[A-Z][A-Za-z.'’-]*(?:[ ,]+[A-Z][A-Za-z.'’-]*){0,4}"
    date = r"(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    dash = rf"\s*(?:--|{'|'.join(DASHES)})\s*"  # "-" and the dashes: no character of theirs is special here
    return [
        # MOSCOW, November 16. /TASS/.
        (re.compile(rf"^(?P<place>{place}){date}\.?\s*/(?P<agency>{agencies})/\.?\s*", re.IGNORECASE), ("/",)),
        # HEMPSTEAD, N.Y., Sept. 26 (UPI) —   /  WASHINGTON (AP) --
        (re.compile(rf"^(?P<place>{place}){date}\s*\((?P<agency>{agencies})\){dash}"), ("(",)),
        # (Reuters) -
        (re.compile(rf"^\((?P<agency>{agencies})\){dash}"), ("(",)),
        # TOKYO --   (a place in capitals, then a dash: no agency)
        (re.compile(rf"^(?P<place>[A-Z][A-Z.'’ -]{{2,40}}(?:,\s*[A-Z][A-Za-z.' ]{{1,30}})?){date}{dash}"), DASHES),
    ]


def agency_for(name: str | None) -> dict | None:
    if not name:
        return None
    return lexicon().agency_by_alias.get(name.strip().lower())


def _word_count(s: str) -> int:
    return len(s.split())


def _speaker_lead_in(line: str) -> bool:
    """ "Cruz continued:" / "The statement said:": a short line that hands over to the quotation
    in the next paragraph is part of the story, not a label."""
    if not line.endswith((":", ":\n")):
        return False  # the pattern's ":$" cannot match: only a colon at the end does
    m = re.search(r"\b([a-z]+)\s*:$", line)
    if bool(m) and len(line.split()) >= 2 and (info := cue_info(m.group(1))) is not None and info.cls == "speech":
        return True
    # "CNN also noted the relatively sparse attendance:": a sentence with a speech verb and its object
    words = re.findall(r"[a-z]+", line)
    return len(line.split()) >= 4 and any((i := cue_info(w)) is not None and i.cls == "speech" for w in words[1:])


def classify_line(line: str, index: int, seen_body: bool, structured: bool = False) -> str:
    """Role of one stripped line; ``index`` counts non-empty lines from the top.

    ``structured``: the text was extracted from a page's markup, which has already set apart
    menus and link lists, so a short line without a full stop is a subheading or a list item
    of the story, not navigation."""
    pats = _patterns()
    sets = _sets()
    words = _word_count(line)
    if words <= lexicon().boilerplate["max_pitch_words"] and sets["pitch"].search(line):
        return "pitch"
    if sets["navigation"].search(line):
        return "navigation"
    if pats["bullet"][0].match(line):
        rest = pats["bullet"][0].sub("", line)
        return "byline" if agency_for(rest) else ("tags" if _word_count(rest) <= 6 else "body")
    if sets["caption_start"].search(line):
        return "caption"
    if words <= 60 and sets["caption_credit"].search(line):
        return "caption"
    if words <= 20 and any(p.match(line) for p in pats["byline"]):  # the word count first: it is cheaper
        return "byline"
    if structured or _speaker_lead_in(line):
        return "body"
    if not _terminal(line) and words <= 8 and seen_body:
        return "navigation"
    if not _terminal(line) and words <= 8 and index > 0:
        # A short unpunctuated line before the story: a caption-like label ("Japanese Prime
        # Minister Shinzo Abe (Mainichi)") or a section name.
        if re.search(r"\([^()]{1,40}\)\s*$", line) or words <= 3:
            return "caption"
    return "body"


def _line_key(line: str) -> str:
    return " ".join(WORDS_RE.findall(line.casefold()))


def clean(text: str, title: str | None = None, structured: bool = False) -> Cleaned:
    """Every line of ``text`` as a ``Segment`` with its role. ``structured``: the text was
    extracted from HTML (see ``classify_line``). A line met again in the same article (a
    newsletter box or a pull quote printed twice) is story only the first time."""
    out = Cleaned()
    seen_lines: set[str] = set()
    ended = False  # past the end of the story (structured text only)
    seen_body = False
    outlet_rank = 9
    index = 0
    paragraph = 0
    for m in LINE_RE.finditer(text):
        raw = m.group(0)
        lead = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if not line:
            continue
        start = m.start() + lead
        end = start + len(line)
        role = classify_line(line, index, seen_body, structured)
        if structured and seen_body and not ended and start > len(text) // 2:
            ended = _sets()["story_end"].search(line)
        if ended:
            role = "navigation"
        key = _line_key(line)
        if role == "body" and key in seen_lines and len(key.split()) >= 3:
            role = "navigation"
        seen_lines.add(key)
        if (
            role == "body"
            and not seen_body
            and out.headline is None
            and not _dateline(line)[0]
            and _looks_like_headline(line, title)
        ):
            role = "headline"
        if role in ("body", "headline"):
            d_end, agency = _dateline(line)
            if d_end and role == "body":
                out.segments.append(Segment(start=start, end=start + d_end, role="dateline", paragraph=paragraph))
                if agency and out.wire is None:
                    out.wire = agency["name"]
                    out.wire_state_controlled = agency["state_controlled"]
                start += d_end
            seen_body = seen_body or role == "body"
        if role == "byline":
            agency = agency_for(_patterns()["bullet"][0].sub("", line)) or _agency_in_byline(line)
            if agency and out.wire is None:
                out.wire = agency["name"]
                out.wire_state_controlled = agency["state_controlled"]
        if role in ("navigation", "caption", "byline"):
            named = _outlet_named(line)
            # A byline or navigation line ("Also in The Mainichi") names the outlet more surely
            # than a photo credit ("(Mainichi)").
            rank = {"byline": 0, "navigation": 1, "caption": 2}[role]
            if named and rank < outlet_rank:
                out.outlet, outlet_rank = named, rank
        seg = Segment(start=start, end=end, role=role, paragraph=paragraph)  # type: ignore[arg-type]
        if role == "headline":
            out.headline = seg
        out.segments.append(seg)
        paragraph += 1
        index += 1
    if structured:
        _drop_copies(text, out)
    return out


MAX_COPY_LINES = 2000  # beyond this many lines a text is not a web article: skip the copy search


def _drop_copies(text: str, out: Cleaned) -> None:
    """A body line whose words all stand, in order, inside another body line is a copy (a pull
    quote set beside its paragraph, a link card repeating a sentence): it is not story twice.
    A line of five words or more that the page prints more than once is a repeated block
    (a newsletter box): none of its copies is story."""
    body = [s for s in out.segments if s.role == "body"]
    if len(body) > MAX_COPY_LINES:
        return
    keys = [_line_key(text[s.start : s.end]) for s in body]
    counts = Counter(_line_key(text[s.start : s.end]) for s in out.segments)
    repeated = {k for k in keys if counts[k] > 1 and len(k.split()) >= 5}
    joined = "\n".join(f" {k} " for k in keys)
    for seg, key in zip(body, keys, strict=True):
        if key in repeated:
            seg.role = "navigation"  # a block the page prints more than once (a newsletter box): furniture
            continue
        if len(key.split()) >= 4 and joined.count(f" {key} ") > 1:
            longer = [k for k in keys if len(k) > len(key) and f" {key} " in f" {k} "]
            if longer:
                seg.role = "navigation"


def _looks_like_headline(line: str, title: str | None) -> bool:
    if title and line.strip().rstrip(".").lower() == title.strip().rstrip(".").lower():
        return True
    words = _word_count(line)
    if words < 3 or words > 30:
        return False
    # Headlines rarely end with a full stop; PolNeAR's do, but stand alone and short.
    return not line.endswith(".") or words <= 20 and line.count(". ") == 0


def _dateline(line: str) -> tuple[int, dict | None]:
    for pattern, marks in _dateline_res():
        m = pattern.match(line) if any(mark in line for mark in marks) else None
        if m:
            agency = agency_for(m.groupdict().get("agency"))
            rest = line[m.end() :]
            if rest[:1].isupper() or rest[:1] in "\"“'‘(":
                return m.end(), agency
    return 0, None


def _agency_in_byline(line: str) -> dict | None:
    m = re.search(r"\|\s*(.+)$", line)
    return agency_for(m.group(1)) if m else None


def _outlet_named(line: str) -> str | None:
    m = lexicon().outlet_re.search(line)
    if not m:
        return None
    name = m.group(0)
    # Prefer "The Mainichi" over "Mainichi" when the line has the article.
    before = line[: m.start()]
    if before.endswith("The ") and not name.startswith("The "):
        name = "The " + name
    return name
