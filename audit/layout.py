"""Attributions the attribute stage reads from the article's layout and punctuation rather than
from a cue word: a headline's colon ("C: secret report"), a speaker's colon or dash, a quotation
that goes on after "said Harada." in the next sentence, and a paragraph-long quotation after a
sentence about a document ("... but the memo goes further.")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gate import gated
from .lexicon import lexicon
from .models import Sentence, Span
from .spans import OPEN_QUOTES, Found, SentenceContext, _content_span, _strip_span, quotes_between

COLON_SPEAKER_RE = re.compile(
    # no "^": match() is anchored at the sentence start, and "^" would only match at the text's start
    r"(?:.{0,120}?\s[-–—]\s*)?(?:More\s+from\s+(?P<more>[^:]{2,40}?)|(?P<src>(?:[A-Z][\w.’'-]*|I|We|He|She|They)"
    r"(?:\s+(?:[A-Z][\w.’'-]*|and|of|de|van|von)){0,4}))\s*:\s+(?P<rest>\S)"
)


# a headline's speaker with to whom or on what, before the colon: "Clinton to Planned Parenthood: C", "Gillibrand on
# Hillary Releasing Her Speech Transcripts: C" (not "Trump in Iowa:", a dateline of the news)
HEADLINE_SPEAKER_TO_RE = re.compile(
    r"(?P<src>(?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:to|on|To|On)\s+[A-Z][^:\n]{1,80}?:\s+(?P<rest>\S)"
)


def colon_speaker(ctx: SentenceContext) -> Found | None:
    """Transcripts and headlines: "Matthews: Well, speculation is bad." /
    "Marco Rubio: ‘You Don’t Win The Nomination ...’" -- the colon is the cue."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = COLON_SPEAKER_RE.match(text, s0, s1)
    if m is None and (ctx.sent.role == "headline" or s0 == 0):
        m = HEADLINE_SPEAKER_TO_RE.match(text, s0, s1)
        if m and _surname_of(m.group("src")) not in _surnames_with_first_names(text):
            m = None  # "Snow on Chicago roads: ...": the speaker must be a person the article names
    if not m:
        return None
    group = "more" if m.groupdict().get("more") else "src"
    src_text = m.group(group)
    words = src_text.split()
    lex = lexicon()
    if group == "src" and (
        words[-1].lower() in lex.sets["colon_not_sources"] or words[0].lower() in lex.sets["colon_not_sources"]
    ):
        return None
    if src_text.isupper() and len(words) > 2:
        return None  # an all-capitals headline, not a speaker
    src = (m.start(group), m.end(group))
    colon = text.index(":", src[1], s1)
    if ctx.sent.role == "headline" and _topic_label(words, text[colon + 1 : s1].strip()):
        return None  # "Julian Assange: Sweden drops rape investigation"
    if (
        s0 > 0
        and ctx.sent.role != "headline"
        and not _body_colon_speaker(src_text, group, text, m.start("rest"), s1)
        and not (group == "src" and _transcript_turn(text, s0, src_text))
    ):
        return None  # "Q: ...", "DEAR ABBY: ...", "Path A: Iceland, ...", a blotter's "Ryan S. Hollman: Dealing in ..."
    content = _content_span(text, m.start("rest"), s1)
    if content[1] - content[0] < 3:
        return None
    return Found(source=src, cue=(colon, colon + 1), content=[content], cue_lemma=":")


def _body_colon_speaker(src_text: str, group: str, text: str, rest: int, end: int) -> bool:
    """In the body, "Name: words" is a speaker only when the words are speech (a quotation, or
    in the first or second person) and the name looks like a person's: two to five capitalised
    words, not all capitals ("Carl Bialik: “One of the biggest lessons ...”"), or "More from X"."""
    said = text[rest : rest + 1] in OPEN_QUOTES or FIRST_SECOND_PERSON_RE.search(text, rest, min(end, rest + 200))
    if not said:
        return False
    if group == "more":
        return True
    words = src_text.split()
    if src_text.isupper() or any(len(w) == 1 for w in words):
        return False
    return 2 <= len(words) <= 5 or (text[rest : rest + 1] in OPEN_QUOTES and len(words[0]) > 3)


# a paragraph that opens on a speaker's label: "TAPPER: Do you think ...", "Matthews: Well, ..."
TURN_LABEL_RE = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z.’'-]+(?:[ \t]+[A-Z][A-Za-z.’'-]+){0,2})[ \t]*:[ \t]+\S")


def _transcript_turn(text: str, start: int, label: str) -> bool:
    """A turn of a transcript: the sentence opens its paragraph with a label that opens at least one
    other paragraph too, in an article where at least two labels take turns ("TAPPER: ...",
    "FALLIN: ...", "TAPPER: ..."); a single "Path A:" or a list of "Note:" lines is no dialogue."""
    if start > 0 and text[start - 1] != "\n":
        return False
    return label in _transcript(text).speakers


@dataclass(frozen=True)
class _Transcript:
    """What the turn labels of one text say, read once per text (each sentence is then a lookup)."""

    text: str
    speakers: frozenset[str]  # the labels that are speakers' turns


_LAST_TRANSCRIPT: list[_Transcript] = []  # one slot: the text read last (a run reads one article at a time)


def _transcript(text: str) -> _Transcript:
    if _LAST_TRANSCRIPT and _LAST_TRANSCRIPT[0].text is text:
        return _LAST_TRANSCRIPT[0]
    counts: dict[str, int] = {}
    spoken = 0  # turns that read as speech: a question, or the first or second person
    if ":" in text:
        not_sources = lexicon().sets["colon_not_sources"]
        for m in TURN_LABEL_RE.finditer(text):
            label = m.group(1)
            words = label.split()
            if len(label) <= 2 or words[0].lower() in not_sources or words[-1].lower() in not_sources:
                continue
            counts[label] = counts.get(label, 0) + 1
            line_end = text.find("\n", m.end(1))
            line = text[m.end(1) : line_end if line_end >= 0 else len(text)]
            spoken += bool("?" in line or FIRST_SECOND_PERSON_RE.search(line))
    speakers: frozenset[str] = frozenset()
    if len(counts) >= 2 and spoken >= 2:
        named = _surnames_with_first_names(text)
        speakers = frozenset(label for label, n in counts.items() if n >= 2 and _surname_of(label) in named)
    result = _Transcript(text, speakers)
    _LAST_TRANSCRIPT[:] = [result]
    return result


def _surname_of(label: str) -> str:
    last = label.split()[-1]
    return last if not last.isupper() else last[:1] + last[1:].lower()  # "TAPPER" -> "Tapper"


# a first name (or an initial) and a surname: "Jake Tapper", "Mary Fallin"
# (a lookahead, so that "Governor Mary Fallin" yields "Fallin" after "Mary" as well)
FIRST_AND_SURNAME_RE = re.compile(r"\b(?=[A-Z][a-z]+\.?[ \t]+([A-Z][a-z]+)\b)")


def _surnames_with_first_names(text: str) -> frozenset[str]:
    """Surnames the article gives with a first name outside the label lines ("New Price Drop:", "Lakers:"
    name no person), read in one pass: a label is a speaker when its last word is one of them."""
    found = set()
    first_names = lexicon().sets["first_names"]
    for m in TURN_LABEL_RE.finditer(text):
        words = m.group(1).split()
        if 2 <= len(words) <= 3 and m.group(1).isupper() and words[0].lower() in first_names:
            found.add(_surname_of(m.group(1)))  # "JAKE TAPPER: ...": a first name in capitals names the surname
    for m in FIRST_AND_SURNAME_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        label = TURN_LABEL_RE.match(text, line_start)
        if label is None or m.start() > label.end(1):
            found.add(m.group(1))
    return frozenset(found)


FIRST_SECOND_PERSON_RE = re.compile(r"\b(?:I|I['’]m|I['’]ll|I['’]ve|me|my|we|we['’]re|us|our|you|your)\b", re.I)


def _topic_label(head: list[str], tail: str) -> bool:
    """A headline "Julian Assange: Sweden drops rape investigation": a short name, then a clause in
    the third person with a verb ("drops", "dropped"), is the story's topic and its news, not the
    name's words ("Bernie Sanders: I’m Not Much Of A Socialist" speaks in the first person)."""
    words = tail.split()
    return (
        0 < len(head) <= 3
        and all(w[:1].isupper() for w in head)
        and len(words) >= 3
        and bool(re.fullmatch(r"[a-z]+(?:s|ed)", words[1]))
        and words[1] not in lexicon().sets["document_heads"]
        and not FIRST_SECOND_PERSON_RE.search(tail)
        and not re.search(r"[“”\"‘’']", tail)
    )


def headline_colon(text: str, sent: Sentence) -> Found | None:
    """Headline convention "C: secret report" -- a short source after a final colon."""
    s = text[sent.start : sent.end]
    m = re.search(r":\s*([^:]{2,40})$", s)
    if not m:
        return None
    tail = m.group(1).strip()
    words = tail.lower().split()
    if not 1 <= len(words) <= 4:
        return None
    lex = lexicon()
    heads = lex.sets["document_heads"] | lex.sets["anonymous_heads"] | lex.sets["role_words"]
    if words[-1] not in heads and not (tail[:1].isupper() and len(words) <= 3):
        return None
    head = s[: m.start()].split()
    if words[-1] not in heads and len(head) <= 3 and all(w[:1].isupper() for w in head):
        return None  # "Khans: Trump stirs 'ugliness'": a short name before the colon is the speaker
    if _topic_label(head, tail):
        return None  # "Julian Assange: Sweden drops rape investigation": a clause after a name is news
    src = (sent.start + m.start(1), sent.start + m.start(1) + len(tail))
    content = _strip_span(text, sent.start, sent.start + m.start(), " \t:")
    return Found(source=src, cue=None, content=[content])  # type: ignore[arg-type]


DASH_SPEAKER_RE = re.compile(
    r"[”\"]\s*(?P<dash>[―—–])\s*(?P<src>[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|de|del|la|van|von|bin|al)){0,5})"
    r"(?=\s*(?:[.,;]|[“\"]|$))",
    re.MULTILINE,
)
DASH_SPEAKER_RE = gated(DASH_SPEAKER_RE)  # searched only in text holding a dash (audit/gate.py)


def dash_speakers(text: str, start: int, end: int, quotes: list[Span]) -> list[Found]:
    """Epigraph style, as in vox-pop lists and pull quotes: "“We need a plan.” ― Maria Lopez".
    The dash after the closing quote is the cue; the whole quotation is the content."""
    found = []
    prev_end = start
    for m in DASH_SPEAKER_RE.finditer(text, start, end):
        close = m.start()
        region = next((q for q in quotes if q[1] == close or q[1] == close - 1), None)
        if region is None:
            # The opening mark is missing or typed as a closing one ("”We need a plan.” ― X"),
            # so no quotation was paired: the words from the line's start (or the previous
            # speaker) up to the closing mark are the quotation.
            line_start = max(text.rfind("\n", prev_end, close) + 1, prev_end)
            a = line_start
            while a < close and (text[a].isspace() or text[a] in '“”"‘’'):
                a += 1
            region = (a, close) if close - a <= 2000 and "―" not in text[a:close] else None
        prev_end = m.end()
        if region is None or region[1] - region[0] < 3:
            continue
        words = m.group("src").split()
        if words[0].lower() in lexicon().sets["colon_not_sources"]:
            continue
        src_end = m.end("src")
        if text[src_end - 1] == "." and len(words[-1]) > 2:
            src_end -= 1  # the full stop ends the line; "Edwin G." keeps its initial
        found.append(
            Found(
                source=(m.start("src"), src_end),
                cue=(m.start("dash"), m.end("dash")),
                content=[_strip_span(text, *region)],
                quote="direct",
            )
        )
    return found


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# the signature an embedded post carries when a page prints it as text: "— Paul Ryan (@SpeakerRyan) July 5, 2016"
POST_SIGNATURE_RE = re.compile(
    r"(?P<dash>[—–]|--)[ \t]*(?P<src>[A-Z][^()\n<>@—–]{0,60}?)[ \t]*(?P<handle>\(@\w{1,30}\))[ \t]*"
    rf"(?:{MONTHS})[ \t]+\d{{1,2}},[ \t]+\d{{4}}"
)
POST_SIGNATURE_RE = gated(POST_SIGNATURE_RE)  # searched only in text holding "(@" (audit/gate.py)
# what closes a post's text and is no part of what it says: its links and picture links
MARKUP_TAG_RE = re.compile(r"\s*<[a-z][^<>\n]{0,200}>")
POST_TAIL_RE = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


def post_signatures(text: str, paragraphs: list[Span]) -> list[Found]:
    """Embedded posts printed as text: "While I respect the professionals at the FBI, this announcement
    defies explanation. pic.twitter.com/Oqct — Paul Ryan (@SpeakerRyan) July 5, 2016". The signature's
    name is the source, its handle the cue (a post), and the post's text, before the dash on the same
    line or else the paragraph before, the content."""
    found = []
    for m in POST_SIGNATURE_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        a, b = line_start, m.start()
        if len(text[a:b].split()) < 3:
            # the signature on a line of its own: the post is the paragraph before it
            before = [span for span in paragraphs if span[1] <= line_start]
            if not before:
                continue
            a, b = before[-1]
        tail = POST_TAIL_RE.search(text, a, b)
        if tail:
            b = tail.start()
        tag = MARKUP_TAG_RE.match(text, a, b)
        if tag:
            a = tag.end()  # '<tweet id="..." author="@SpeakerRyan">While I respect ...': the embed's own markup
        content = _strip_span(text, a, b)
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        found.append(
            Found(
                source=(m.start("src"), m.end("src")),
                cue=(m.start("handle"), m.end("handle")),
                content=[content],
                quote="direct",
            )
        )
    return found


def document_lead_in(text: str, sent: Sentence) -> tuple[Span, Span] | None:
    """A sentence that ends on what a document does, its words to follow in the next paragraph:
    "..., but the report goes one step further." / "The memo is blunter." -> (source, cue) spans."""
    heads = "|".join(sorted((re.escape(h) for h in lexicon().sets["document_heads"]), key=len, reverse=True))
    m = re.search(
        rf"(?:^|[,;]\s*|\b(?:but|and|while|yet)\s+)(?P<src>(?:the|this|that|its|their|his|her)\s+"
        rf"(?:[\w’'-]+\s+){{0,2}}?(?:{heads}))\s+(?P<cue>(?:is|was|goes|went|puts|put|adds|added|offers|"
        rf"reads|spells|lays|laid|continues|gets|got|makes|made|sounds)\b[^.,;:“”\"]{{0,40}}?)\s*[.:]?\s*$",
        text[sent.start : sent.end],
        re.IGNORECASE,
    )
    if not m:
        return None
    b = sent.start
    return (b + m.start("src"), b + m.end("src")), (b + m.start("cue"), b + m.end("cue"))


def _continued_quote(
    text: str, sent: Sentence, quotes: list[Span], last: Found | None, last_para: int, para: int
) -> Found | None:
    """“A,” said Harada. “B.”  -- B keeps Harada as its source."""
    if last is None or para - last_para > 1:
        return None
    if text[sent.start : sent.start + 1] not in OPEN_QUOTES:
        return None
    region = next((q for q in quotes_between(quotes, sent.start, sent.start + 3) if sent.start + 1 <= q[0]), None)
    if region is None:
        return None
    after = text[region[1] : region[1] + 200].split("\n", 1)[0]
    if (
        re.search(r"[A-Za-z]", after[:3])
        or re.match(r"^\W{0,3}\s*[A-Za-z]", after)
        and not re.match(r"^[”\"']+\s*[“\"]", after)
    ):
        return None  # the quotation has its own attribution after it
    return Found(
        source=last.source,
        cue=last.cue,
        content=[(region[0], min(region[1], max(region[1], sent.end)))],
        quote="direct",
    )
