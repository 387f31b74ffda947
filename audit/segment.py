"""Segment stage: split headline and body segments into sentences, keeping offsets.

Rules, each motivated by a sentence in the seeds or PolNeAR:
- a newline is always a boundary (segments are lines already);
- ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by space and a capital,
  digit or opening quote ends a sentence, except after abbreviations ("Gen.", "U.S.", "Jan.");
- no sentence is longer than ``MAX_SENTENCE`` characters: a 1 MB run-on "sentence" is cut
  at whitespace so later stages stay linear.
"""

from __future__ import annotations

import re

from .lexicon import cue_info, lexicon
from .models import Segment, Sentence

MAX_SENTENCE = 3000

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col capt sgt adm gov sen rep rev st sr jr inc co corp ltd no nos vs v
    jan feb mar apr jun jul aug sep sept oct nov dec mt ft u.s u.k u.n e.g i.e a.m p.m d.c n.y l.a
    pp vol fig est approx dept univ assn bros messrs sens reps govs""".split()
)

# abbreviations that may end a sentence (a place, a time, a company), unlike titles ("Gen.", "Mr."):
# before a pronoun or a determiner that opens a sentence, their full stop ends it too
SENTENCE_FINAL_ABBREVIATIONS = frozenset("u.s u.k u.n d.c n.y l.a a.m p.m inc co corp ltd jr sr bros".split())
# "James A. Baker": a capitalised first name before the initial, a capitalised surname after it
MIDDLE_INITIAL_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]{2,}\s$")
MIDDLE_INITIAL_AFTER_RE = re.compile(r"\s[A-Z][a-z]+\b")
OPENER_AFTER_RE = re.compile(r"\s+(?:He|She|It|They|We|I|The|This|These|Those|But|His|Her|Their|Its|There)\s")
# A full stop with no space before a capitalised word ("the Iowa caucus.The outcome"): scraped text
# loses the space; a lower-case letter before the stop keeps "U.S." and "a.m." out.
SENTENCE_STOP = r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'`(\[]{0,2}[A-Z0-9])"
RUN_ON_OPENERS = "The|A|An|He|She|It|They|We|In|On|At|But|And|This|That|His|Her|Their|Its|After|When|While|As|If"
BOUNDARY = re.compile(rf"{SENTENCE_STOP}|(?<=[a-z]{{3}}\.)(?=(?:{RUN_ON_OPENERS})\s)")
# The run-on boundary (its lookbehind is tried at every position, half of BOUNDARY's time) can
# only be right after a full stop followed by an opener's first letter: a line without one is
# split by the full-stop alternative alone, with the same matches (tests/test_fast_paths.py).
STOPS_ONLY = re.compile(SENTENCE_STOP)
WORDS_RE = re.compile(r"\w+")
RUN_ON_POSSIBLE = re.compile(r"\.(?=[" + "".join(sorted({w[0] for w in RUN_ON_OPENERS.split("|")})) + "])")


ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"\s+(?:(?:[A-Z][\w.’'-]*|the|a|an)\s+){0,5}(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|"
    r"explained|continued|recalled|insisted|replied|shouted|declared)\b"
    r"|\s+(?:said|says|added|asked|wrote|continued)\s+[A-Z]"
)
# “... fun!” Trump tweeted.  Any speech verb of the cue lists, when the sentence ends (or a comma
# follows) right after it, so that “...” The report found that ... stays two sentences.
NAME_AND_VERB_AFTER_QUOTE = re.compile(r"\s+(?:(?:[A-Z][\w.’'-]*|the|a|an)\s+){1,5}([a-z]+)(?=\s*[.,;])")


# After "said", a word that opens a clause of its own: "... Deal.'' Mr. Trump said a smaller jet ...".
CLAUSE_AFTER_VERB = re.compile(r"\s+(?:a|an|the|that|he|she|it|they|we|i|his|her|their|its|there|this|these)\s")


def _attribution_after_quote(chunk: str, pos: int, full_stop: bool = False) -> bool:
    m = ATTRIBUTION_AFTER_QUOTE.match(chunk, pos)
    if m and full_stop and CLAUSE_AFTER_VERB.match(chunk, m.end()):
        # A quotation closed by a full stop, then "X said" with a clause of its own: a new
        # sentence (a quotation ending "?" or "!" still takes the speaker after it).
        return False
    if m:
        # "... change.” She adds, “What kind of genius ...?”": the verb opens the next quotation,
        # so a new sentence starts before it.
        return not re.match(r"\s*[,:]\s*[“\"]", chunk[m.end() : m.end() + 8])
    m = NAME_AND_VERB_AFTER_QUOTE.match(chunk, pos)
    if not m:
        return False
    info = cue_info(m.group(1))
    return info is not None and info.cls == "speech"


WORD_BEFORE_STOP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before(window: str) -> str | None:
    """What ``re.search(r"([A-Za-z.]+)$", window)`` captures: the run of letters and full stops
    at the end (before a final newline, where ``$`` also matches), or None. ``rstrip`` finds it
    in one pass; the search tried every position (tests/test_fast_paths.py compares them)."""
    if window.endswith("\n"):
        window = window[:-1]
    run = window[len(window.rstrip(WORD_BEFORE_STOP_CHARS)) :]
    return run or None


_DOTTED_ABBREVIATION_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation, not a sentence."""
    if text[dot] == "!" and text[dot + 1 : dot + 2] == " ":
        # "Yahoo! News": a name that ends in "!" (sources.json exclamation_names)
        return lexicon().is_("exclamation_names", _word_before(text[max(0, dot - 64) : dot]) or "")
    if text[dot] != ".":
        return False
    before = _word_before(text[max(0, dot - 64) : dot])  # a short window keeps this linear
    if before is None:
        return False
    word = before.lower().strip(".")
    if word in SENTENCE_FINAL_ABBREVIATIONS and OPENER_AFTER_RE.match(text, dot + 1):
        return False  # "... in Washington, D.C. He recalled ...": a place or time can end a sentence
    if word in ABBREVIATIONS:
        return True
    # Single initials ("J. Smith") but not a sentence ending with "I." or "A.".
    # ("in native 4K. Google confirmed": a letter right after a digit is a unit, no initial)
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper() and not (dot >= 2 and text[dot - 2].isdigit()):
        # ... but "James A. Baker": between a capitalised first name and a surname, "A." is an initial
        return word not in ("i", "a") or bool(
            MIDDLE_INITIAL_BEFORE_RE.search(text, max(0, dot - 30), dot - 1)
            and MIDDLE_INITIAL_AFTER_RE.match(text, dot + 1)
            and not OPENER_AFTER_RE.match(text, dot + 1)
        )
    return bool(_DOTTED_ABBREVIATION_RE.fullmatch(word))  # "U.S." style


def split_sentences(text: str, seg: Segment) -> list[Sentence]:
    out: list[Sentence] = []
    start = seg.start
    chunk = text[seg.start : seg.end]
    pos = 0
    for m in (BOUNDARY if RUN_ON_POSSIBLE.search(chunk) else STOPS_ONLY).finditer(chunk):
        if _is_abbreviation(chunk, m.start()):
            continue
        if m.group(0) and m.group(0)[-1] in "\"”’'" and _attribution_after_quote(chunk, m.end(), m.group(0)[0] == "."):
            continue  # “... legal?” Rubio said.  -- the attribution belongs to the quote
        end = m.end()
        _emit(text, seg, seg.start + pos, seg.start + end, out)
        pos = end
        while pos < len(chunk) and chunk[pos].isspace():
            pos += 1
    _emit(text, seg, seg.start + pos, seg.end, out)
    del start
    return out


def _emit(text: str, seg: Segment, start: int, end: int, out: list[Sentence]) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _append(text, seg, start, cut, out)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    _append(text, seg, start, end, out)


def _append(text: str, seg: Segment, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Sentence(start=start, end=end, paragraph=seg.paragraph, role=seg.role))


def segment(text: str, segments: list[Segment]) -> list[Sentence]:
    """The sentences of the headline and body segments. A body sentence met again in the same
    article (a slogan quoted twice, a list item repeated under each product) is one claim, made
    where it first appears: later copies are left out."""
    sentences: list[Sentence] = []
    seen: set[str] = set()
    for seg in segments:
        if seg.role in ("body", "headline"):
            for sentence in split_sentences(text, seg):
                key = " ".join(WORDS_RE.findall(text[sentence.start : sentence.end].casefold()))
                if sentence.role == "body" and key in seen:
                    continue
                seen.add(key)
                sentences.append(sentence)
    return sentences
