"""Shared ground of the attribute stage: word tokens, quotation regions, the sentence being read
(``SentenceContext``), the ``Found`` record of one attribution, and the helpers that trim a span.

The speaker finder, the fixed constructions and the per-cue steps all build on these."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from .lexicon import lexicon
from .models import Sentence, Span

TOKEN_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\w+(?:[’'.\-]\w+)*\.?|[^\w\s]")  # "2,093" is one
OPEN_QUOTES = "“\"‘'`„"
CLOSERS = (",”", ',"', "”", '"', "?”", "!”", ".”", "''")
CLOSE_QUOTES = '”"’'
PREPOSITIONS = frozenset(
    """in on at for with to of by from about into over under after before during than beyond despite amid among
    following without within across against through throughout toward towards upon behind besides near since until
    like unlike regarding including except around along""".split()
)
TIME_TAIL = (
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|"
    r"afternoon|evening|night))?|today|yesterday|tonight|(?:this\s+past|last|this|next)\s+(?:week|month|year|"
    r"weekend|night)|earlier|later|again|also|recently|previously|at\s+the\s+time|"
    # "The State Department less than two weeks ago said": a measure of time back from now
    r"(?:(?:less|more)\s+than\s+|nearly\s+|about\s+|just\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a\s+few|several|\d+)\s+(?:day|week|month|year)s?\s+ago|in\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:statement|"
    r"interview|speech|letter|email|post|tweet|op-ed|(?:court\s+|regulatory\s+)?filing|memo|report|(?:news|press)\s+"
    r"release|motion|brief)|in\s+court\s+(?:papers|documents|filings)|at\s+(?:a|the)\s+(?:news|press)\s+conference"
)
TIME_ONLY_RE = re.compile(rf"(?:{TIME_TAIL})(?:\s+(?:{TIME_TAIL}))*\.?", re.IGNORECASE)
WORD_APOS_RE = re.compile(r"[\w’']+")
DETERMINERS = frozenset("a an the this that these those his her their its our my your some many several".split())


@dataclass(slots=True)  # built for every word of many sentences: slots make it cheaper to build and read
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class Found:
    source: Span | None
    cue: Span
    content: list[Span]
    quote: str = "none"
    relay: list[Span] = field(default_factory=list)
    source_text_override: str | None = None
    cue_lemma: str = ""
    cited: Span | None = None


# the horizontal bar and the figure dash set off asides as the em dash does ("The film ― which weaves ... ― explains")
DASH_LIKE = {"―": "—", "‒": "—"}


def tokens(s: str, base: int = 0) -> list[Tok]:
    return [Tok(DASH_LIKE.get(m.group(0), m.group(0)), base + m.start(), base + m.end()) for m in TOKEN_RE.finditer(s)]


# ", Lavrov told reporters" or, inverted, ", said Kessel": where an unclosed quotation's speaker is named
UNCLOSED_STOP_RE = re.compile(
    r",(?=\s+(?:(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|told|tells|added|wrote|explained|insisted)\b|"
    r"(?:said|says|added|wrote|explained|insisted)\s+[A-Z]))"
)
QUOTE_MARK_RE = re.compile(r"“|”|\"|''|``|„")


def quote_regions(text: str, start: int, end: int) -> list[Span]:
    """Inner spans of quotations in ``text[start:end]`` (one paragraph). Curly, straight and
    doubled-apostrophe quotes (''like this'') count. Straight quotes are read by context (a mark
    after a space opens, one before a space or punctuation closes), so one stray mark does not
    flip every later quotation. An unclosed quote runs to the end of the paragraph: never give
    up on a document."""
    regions: list[Span] = []
    open_at: int | None = None
    open_len = 1
    nested = 0  # curly quotations inside a curly quotation (“... “title” ...”): the outer one is the region
    for m in QUOTE_MARK_RE.finditer(text, start, end):
        i, mark = m.start(), m.group(0)
        j = m.end()
        before = text[i - 1] if i > start else " "
        after = text[j] if j < end else " "
        if mark == "“" and open_at is not None and before in ",.?!" and (after.isspace() or j == end):
            opening = False  # "“It's unusual,“ said Larry Noble": an opening mark typed for the closing one
        elif mark in ("“", "``", "„"):
            opening = True
        elif mark == "”":
            opening = False
        elif before.isspace() or before in "([{—–-:" or i == start:
            opening = not after.isspace()
        elif after.isspace() or after in ".,;:!?)]}—–-" or j == end:
            opening = False
        else:
            opening = open_at is None
        if mark == "“" and opening and open_at is not None and text[open_at] == "“":
            ahead = min(end, j + 3000)  # bounded, so that a paragraph of marks stays linear
            if text.count("”", j, ahead) - text.count("“", j, ahead) >= 2 + nested:
                nested += 1
                continue
        elif mark == "”" and nested:
            nested -= 1
            continue
        if opening:
            if open_at is not None and i - open_at > 1:
                # A quotation opened again before closing: the earlier one was unbalanced.
                regions.append((open_at + open_len, _last_space(text, open_at, i)))
            open_at, open_len = i, len(mark)
        elif open_at is not None:
            regions.append((open_at + open_len, i))
            open_at = None
    if open_at is not None and end - open_at > open_len:
        # Unclosed: it runs to the paragraph end, unless a trailing attribution shows where the
        # speaker stopped ("“We are ready to talk, Lavrov told reporters.").
        m = UNCLOSED_STOP_RE.search(text, open_at, end)
        regions.append((open_at + open_len, m.start() if m else end))
    return regions


def _last_space(text: str, a: int, b: int) -> int:
    k = b
    while k > a + 1 and text[k - 1].isspace():
        k -= 1
    return k


def quotes_between(quotes: list[Span], start: int, end: int) -> list[Span]:
    """The quotations (sorted, not overlapping) that overlap ``[start, end)``, found by bisection
    so that long paragraphs with many quotations stay linear."""
    i = bisect.bisect_right(quotes, (start, 1 << 62), key=lambda q: (q[1], 1 << 62)) if quotes else 0
    out = []
    while i < len(quotes) and quotes[i][0] < end:
        if quotes[i][1] > start:
            out.append(quotes[i])
        i += 1
    return out


def _strip_span(text: str, s: int, e: int, chars: str = " \t,;:-—–") -> Span:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e)


def _content_span(text: str, s: int, e: int) -> Span:
    s, e = _strip_span(text, s, e, ' \t,;:-—–“”"')
    # A sentence's own full stop is not part of the content; a quote's closing mark is kept
    # off unless the quote opened inside the content.
    while e > s and text[e - 1] in ".!?" and not (e - s > 1 and text[e - 2] == "."):
        e -= 1
        break
    return _strip_span(text, s, e, " \t,;:")


class SentenceContext:
    def __init__(self, text: str, sent: Sentence, quotes: list[Span]) -> None:
        self.text = text
        self.sent = sent
        self.quotes = quotes_between(quotes, sent.start, sent.end)
        self.paragraph_quotes = quotes  # every quotation of the paragraph ("... said. “C”": C follows the sentence)

    @cached_property
    def toks(self) -> list[Tok]:
        """Built on first use: half the sentences never need their tokens (profile, docs/scale.md)."""
        return tokens(self.text[self.sent.start : self.sent.end], self.sent.start)

    def in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def quote_at(self, pos: int) -> Span | None:
        for a, b in self.quotes:
            if a - 1 <= pos <= b + 1:
                return (a, b)
        return None


def _previous_word(before: str) -> str:
    """The word before the cue, adverbs skipped ("is also expected" -> "is")."""
    words = WORD_APOS_RE.findall(before[-80:])
    lex = lexicon()
    while words and lex.is_("adverbs", words[-1]) and words[-1].lower() not in ("not",):
        words.pop()
    return words[-1].lower() if words else ""
