"""Attribute stage: find who or what each claim is attributed to, the cue, and the content.

A rule engine over sentences, with no trained model. Every pattern below is linear in the
sentence length (no nested quantifiers over free text), and sentences are capped in length
by the segment stage. The rules, each with a sentence that motivated it:

- forward:  "Kremlin Spokesman Dmitry Peskov told reporters that C"
- trailing: "C, Kremlin Spokesman Dmitry Peskov told reporters."  /  "“C,” Yachi said."
- inverted: "“C,” said Harada."  /  "C, said a Russian government official, according to ..."
- according to: "according to people familiar with the matter"  /  "C (according to X)."
- participles: "media reports claiming that C" (the noun before is the source);
  ", saying C" (the clause's subject is the source)
- impersonal passive: "it was reported that C"
- quotes: a quote running over several sentences keeps its speaker; a quote that continues
  after "said Harada." in the next sentence or paragraph keeps its speaker; a paragraph-long
  quote after "as follows:", or after a sentence about a document ("... but the memo goes further."),
  belongs to that source.
- headlines: "C, Kremlin says" and "C: secret report".

The stage is split by job: ``spans`` (tokens, quotations, the sentence context, the ``Found``
record), ``speakers`` (the speaker finder), ``constructions`` (fixed phrasings in a sentence) and
``layout`` (headlines, colons, dashes, quotations that go on). This module keeps the per-cue steps
(``_attribute_cue``, its guards and content rules) and the drivers ``analyse_sentence`` and
``attribute``; names the tests read here are imported from their homes as ``X as X``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from .constructions import REPORT_THAT_RE as REPORT_THAT_RE
from .constructions import _criticism_re as _criticism_re
from .constructions import _hearsay_re as _hearsay_re
from .constructions import _possessive_said_that_re as _possessive_said_that_re
from .constructions import (
    asked_by_outlet,
    criticism,
    dialogue_tag,
    hearsay,
    in_evidence_opener,
    news_emerged,
    object_relative,
    opening_participle,
    perceived,
    poll_closer,
    poll_inside,
    poll_shares,
    possessive_position,
    possessive_said_that,
    reported_that,
    said_first,
    share_cut,
    statement_by_that,
    what_x_called,
)
from .cuemodel import cue_model
from .layout import DASH_SPEAKER_RE as DASH_SPEAKER_RE
from .layout import (
    _continued_quote,
    colon_speaker,
    dash_speakers,
    document_lead_in,
    headline_colon,
    post_signatures,
)
from .lexicon import cue_info, find_cues, find_phrase, lexicon, non_agents
from .models import Attribution, Sentence, Span
from .spans import (
    CLOSERS,
    DETERMINERS,
    OPEN_QUOTES,
    PREPOSITIONS,
    TIME_ONLY_RE,
    TIME_TAIL,
    WORD_APOS_RE,
    Found,
    SentenceContext,
    _content_span,
    _previous_word,
    _strip_span,
    quote_regions,
)
from .speakers import (
    RELATIVE_WHO_RE,
    SUBJECT_PRONOUNS,
    _clause_subject,
    _person_heads,
    _source_ok,
    _subject_with_apposition,
    _thing_speaks,
    counted,
    evidence_speaks,
    find_source_after,
    find_source_before,
    is_time_measure,
    restrictive_who_head,
    source_head,
    subject_of_clause_source,
)
from .speakers import TIME_BEFORE_RE as TIME_BEFORE_RE

# "said in a new television ad that C": skipped after the cue only ("a narrator in the Clinton ad" keeps it)
AD_TAIL = r"in\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}(?:ad|advertisement|spot|commercial)"
THAT_RE = re.compile(r"\s*(?:,\s*)?(?:that|whether|if)\b\s*", re.IGNORECASE)
CLAUSE_START_RE = re.compile(r"\s*(?:that|whether|if|how|why|what|when|where|who|to)\b", re.IGNORECASE)
PASSIVE_AUX_RE = re.compile(
    r"\b(it|this)\s+(?:was|is|has\s+been|had\s+been|had|has|will\s+be)"
    r"(?:\s+(?:widely|also|previously|first|once|long|often|generally|commonly|publicly))?\s*$",
    re.IGNORECASE,
)  # "it was widely reported that C"
ACCORDING = re.compile(r"according\s+to|per", re.IGNORECASE)  # ", per CTV News": the same relay word
RELAY_TAIL_RE = re.compile(
    r"^\s*(?:,\s*)?(?:according\s+to|in\s+(?:a|an)\s+(?:interview|statement|post|tweet|letter|email)\b|"
    r"(?:as\s+)?(?:seen|reviewed|obtained|quoted|cited)\s+by|who\b|which\b|speaking\b|adding\b|"
    r"on\s+[A-Z]|in\s+[A-Z]|"
    # "C, the CBO reported on Tuesday -- a development that injects ...": an apposition about the news
    r"(?:--|[—–])\s*(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:that|which)\b)",
)
ADJUNCT_TAIL_RE = re.compile(
    r"\s*(?:,\s*)?(?:in|at|on|during|after|before|while|when|with|without|from|as|outside|inside|to|of|by|via|"
    r"referring|citing|noting|adding|pointing|speaking|according)\b|\s*,\s*(?:and|but|while|as)\b",
    re.IGNORECASE,
)
STRANDED_PREPOSITION_RE = re.compile(r"\s(?:into|at|with|against|on|about|for)$", re.IGNORECASE)
# an adverb between a comma and a participle that opens a claim of its own (", even suggesting C")
PARTICIPLE_ADVERB = r"(?:even|also|again|then|later|further|[a-z]{3,}ly)"
OBJECT_LEMMAS = frozenset(
    """criticize criticise praise slam blast dismiss reject decry denounce condemn defend call mock ridicule
    hail welcome accuse blame support oppose back endorse favor favour propose recommend demand urge
    describe question deny cite""".split()
)
# "maintained a lead", "maintain contact": to keep, unless a clause follows ("maintained that C")
NEEDS_CLAUSE_SPEECH = frozenset(
    "continue read list post project hear learn point quote disclose reveal maintain".split()
)
PARTICLES = frozenset("up off out down away himself herself themselves itself yourself ourselves back over".split())
INFINITIVE_ONLY = frozenset("refuse decline seem appear".split())
# verbs whose "to" + verb is their content ("promised to protect", "vowed to repeal"), never an adjunct
INFINITIVE_CONTENT = frozenset("refuse decline promise vow pledge threaten offer".split())
# "to" and a word that is no article, pronoun or plural noun ("to pay", not "to reporters", "to the crowd")
TO_VERB_RE = re.compile(
    r"\s*to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|it)\b)"
    r"[a-z]+(?<![^s]s)\b"
)
# the writer and the reader, outside quotation marks: "We have found", "I'm complaining", "you'll find"
WRITER_VOICE = frozenset("i we i'm i've i'll we're we've we'll you you're you've you'll you'd".split())
RECIPIENT_LEMMAS = frozenset("tell assure inform remind warn urge ask advise convey".split())
# "“C,” X, a scientist, told The Hill.": the name after these verbs is who heard it, never the speaker.
NEVER_INVERTED = frozenset("tell assure inform remind advise".split())


# What comes after a cue, compiled once (these are tried on every cue)
THAT_AHEAD_RE = re.compile(r"(?:\S+\s+){0,6}?that\b")
DETERMINER_AHEAD_RE = re.compile(r"\s*(?:a|an|the|his|her|their|its|this|that)\s+(?!that\b)")
# "added around 292,000 jobs", "adds $2 billion to the deficit": an amount, a thing added
AMOUNT_AHEAD_RE = re.compile(
    r"\s*(?:(?:around|about|nearly|almost|roughly|some|over|another|more\s+than|fewer\s+than|less\s+than)\s+)*"
    r"(?:\$\s?)?\d[\d,.]*%?(?:\s+(?:million|billion|trillion|percent|points?))?\s+(?!percent\b)[a-z]"
)
NEXT_WORD_RE = re.compile(r"\s*([\w’'-]+)")
TO_AHEAD_RE = re.compile(r"\s*to\b")
QUESTION_CLAUSE_AHEAD_RE = re.compile(r"\s*(?:just|exactly|precisely)\s+(?:how|why|what|where|when)\b")
CLAUSE_AHEAD_RE = re.compile(r"\s*(?:[^\s,.;]+\s+){0,6}?that\b")
RECIPIENT_OR_SPEECH_LEMMAS = RECIPIENT_LEMMAS | {"say", "explain", "write", "announce", "complain", "add"}
AFTER_RECIPIENT_CLAUSE_RE = re.compile(r"\s*(?:that\b|,|:|“|\")")
# The patterns of ``_skip_after_cue``, compiled once (it runs up to four times per cue).
# One capitalised word, then more after whitespace: "(?:[A-Z][\w.'’-]*\s*)+" said the same but
# split "ABCDEFG" at every capital, 2**n ways tried before failing (minutes on "to ALL CAPS ...!").
TO_NAME_RE = re.compile(r"\s*to\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?=\s*(?:that|,|:|“|\"))")
TO_AUDIENCE_RE = re.compile(
    r"\s*to\s+(?:his|her|their|its|the)\s+(?:[\d,.]+\s+(?:million\s+)?)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:followers|supporters|fans|subscribers|readers|viewers|listeners|members|donors)\s*,?\s*(?=[“\"]|that\b)"
)
TO_WORDS_THAT_RE = re.compile(r"\s*to\s+(?:[\w.'’-]+\s+){1,5}?(?=that\b)")
# "told a Senate panel Wednesday", "told The Washington Post that"
TOLD_WHOM_RE = re.compile(
    r"\s*(?!(?:that|whether|if|to|about|on|in)\b)(?:(?!to\b)[\w.'’-]++\s*){1,6}?"
    # ... "told his closest advisers as he labored over the speech": a time clause after the listener
    r"(?=\s*(?:that\b|,|:|“|\"|$|\.\s*$)|\s+(?:as|when|while)\s+(?:he|she|they|it|we|I)\b(?![^,;]*\bthat\b))"
)
# "warning followers on social media and in interviews that C": a longer recipient with its
# medium, when "that" closes it
TOLD_WHOM_LONG_RE = re.compile(
    r"\s*(?!(?:that|whether|if|to|about|on|in)\b)(?:(?!(?:to|that)\b)[\w.'’-]++\s*){7,9}?(?=that\b)"
)
WITH_THAT_RE = re.compile(r"\s*with\s+(?:(?!that\b)[\w.'’-]++\s*){1,5}?(?=that\b)")
ADVERB_THAT_RE = re.compile(
    r"\s*(?:[a-z]+ly|again|too|for\s+(?:years|months|weeks|decades|days|a\s+long\s+time))\s+(?=(?:that|whether)\b)"
)


@cache
def _tail_after_cue_re() -> re.Pattern[str]:
    """Time words, a platform or an ad after a cue ("said Monday", "wrote on Twitter"); not a possessive
    ("said Thursday's speeches have ...": the day's speeches are the claim's subject)."""
    return re.compile(rf"\s*(?:,\s*)?(?:{TIME_TAIL}|{PLATFORM_TAIL}|{AD_TAIL})\b(?![’']s\b),?", re.IGNORECASE)


def _skip_after_cue(ctx: SentenceContext, pos: int, lemma: str) -> int:
    """Skip a recipient ("told reporters", "conveyed to Putin") and time words after a cue."""
    lex = lexicon()
    text, end = ctx.text, ctx.sent.end
    recipient_done = False
    back = BACK_THEN_SPEECH_RE.match(text, pos, end)
    if back:
        pos = back.end()  # "wrote back: ''C''": the particle is part of the cue
    for _ in range(4):
        rest = text[pos:end]
        m = lex.recipients_re.match(rest)
        if (
            m
            and not recipient_done
            and lemma in RECIPIENT_OR_SPEECH_LEMMAS
            # "wrote lawmakers that C" has a recipient; "said the crowd was huge" does not: after a
            # speech verb the bare group is the clause's subject unless "that" or a quotation follows
            and (lemma in RECIPIENT_LEMMAS or AFTER_RECIPIENT_CLAUSE_RE.match(rest, m.end()))
        ):
            pos += m.end()
            recipient_done = True
            continue
        # "wrote to Sanders’ Senate office that", "wrote to his 20,000 Twitter followers, “...”"
        m = TO_NAME_RE.match(rest) or TO_WORDS_THAT_RE.match(rest) or TO_AUDIENCE_RE.match(rest)
        if m:
            pos += m.end()
            continue
        if lemma in RECIPIENT_LEMMAS and not recipient_done:
            m = RECIPIENT_NOUN_RE.match(rest)
            if m and (m.group("name") or _names_people(m.group("noun"))):
                # "told police he had acted alone", "told federal investigators they": a person or
                # group noun heard it, and the clause after it is the content
                pos += m.end()
                recipient_done = True
                continue
            # "told a Senate panel Wednesday", "told The Washington Post that"
            m = TOLD_WHOM_RE.match(rest) or TOLD_WHOM_LONG_RE.match(rest)
            if m and m.end() > 0 and rest[: m.end()].strip():
                pos += m.end()
                recipient_done = True
                continue
        m = _tail_after_cue_re().match(rest)
        if m:
            pos += m.end()
            continue
        m = PLACE_BEFORE_QUOTE_RE.match(rest)
        if m:  # "said last week in Tel Aviv, “C”": where, before the quotation
            pos += m.end()
            continue
        m = ADJUNCT_BEFORE_THAT_RE.match(rest)
        if m and m.group(0).split()[-1].lower().strip(",") not in CLAUSE_NOUNS:
            # "said after the game that C", "said at a Nov. 6 event at the Peterson Institute that C"; not
            # "bristled at the suggestion that C" (the noun's own clause)
            pos += m.end()
            continue
        m = WHEN_ASKED_ASIDE_RE.match(rest)
        if m:  # "told CNN when asked which candidate she would back that C": the question is not the content
            pos += m.end()
            continue
        m = WITH_THAT_RE.match(rest)
        if m:  # "agrees with Viguerie that C", "said with a smile that C"
            pos += m.end()
            continue
        m = ADVERB_THAT_RE.match(rest)
        if m:  # "has said repeatedly that C", "has argued for years that C": the adverb is not the content
            pos += m.end()
            continue
        m = SENTENCE_ADVERB_ASIDE_RE.match(rest)
        if m:  # "insisted, however, that C": the sentence adverb is not the content
            pos += m.end()
            continue
        m = SAID_OF_RE.match(rest)
        if m:  # "said of gay couples: ''C''": whom it was said of, then what was said
            pos += m.end()
            continue
        break
    return pos


SAID_OF_RE = re.compile(r"\s*of\s+[^:;,“”\"()]{1,60}?(?=\s*(?::|,\s*[“\"]|,\s*''))")


CLAUSE_NOUNS = frozenset(
    """suggestion suggestions idea ideas notion claim claims fact prospect possibility report reports allegation
    allegations assertion argument question news word rumor rumors view belief sense hope fear concern concerns
    charge charges accusation accusations theory""".split()
)
ADJUNCT_BEFORE_THAT_RE = re.compile(
    r"\s*,?\s*(?:(?:after|before|during|at|in|on|following|throughout)\s+(?:a|an|the|his|her|their|its|this|last|"
    r"Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:(?!that\b)[\w.,'’-]++\s*){1,10}?"
    # "writes in National Review that C", "said in Iowa that C": a named place or publication
    r"|(?:in|at|on)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+"
    # "said on ABC's “This Week With George Stephanopoulos” that C": a show's title after the network
    r"|(?:in|at|on)\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:[“\"][^“”\"]{1,80}[”\"]|''[^']{1,80}'')\s+)(?=that\b)"
)
PLACE_BEFORE_QUOTE_RE = re.compile(
    r"\s*(?:in|at|on|during)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
    r"(?:\s+(?:last|this|earlier|on)\s+[\w.]+)?(?=\s*[,:]\s*[“\"])"  # "in Nashua last week, “C”"
)
WHEN_ASKED_ASIDE_RE = re.compile(
    r"\s*(?:,\s*)?(?:in\s+an\s+interview\s+)?(?:when|after)\s+(?:being\s+)?asked\s+(?:(?!that\b)[\w.'’-]++\s*){1,15}?"
    r"(?=that\b)"
)
RECIPIENT_NOUN_RE = re.compile(
    r"\s*(?:(?P<name>(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})"
    r"|(?:(?:the|a|an|his|her|their|its|our|two|three|several|some)\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z]+))"
    # "tells voters she’s with them": a pronoun with its auxiliary opens the clause too
    r"(?=\s+(?:(?:he|she|they|it|we|i|there)(?:[’'](?:s|re|ll|d|ve|m))?|the|a|an|his|her|their|its)\s"
    r"|\s+(?:in\s+an\s+interview\s+)?when\s+asked\b)"
)


def _names_people(word: str) -> bool:
    sets = lexicon().sets
    return word in sets["wordnet_persons"] or word in sets["wordnet_groups"] or word in _person_heads()


SENTENCE_ADVERB_ASIDE_RE = re.compile(
    r"\s*,\s*(?:however|though|meanwhile|moreover|furthermore|indeed|nevertheless|nonetheless|in\s+fact|of\s+course)"
    r"\s*,\s*(?=(?:that|whether)\b)",
    re.IGNORECASE,
)


def _rest_is_tail(ctx: SentenceContext, pos: int) -> bool:
    rest = ctx.text[pos : ctx.sent.end].strip()
    if not rest or all(not ch.isalnum() for ch in rest):
        return True
    if THAT_AHEAD_RE.match(rest):
        return False  # "wrote on Telegram that C": the clause follows the adjunct
    return bool(RELAY_TAIL_RE.match(ctx.text[pos : ctx.sent.end]))


def _content_start_back(ctx: SentenceContext, upto: int) -> int:
    """Where content that precedes its attribution starts: the sentence start, or the
    opening of the quotation it sits in."""
    q = ctx.quote_at(upto - 1) or ctx.quote_at(upto - 2) or ctx.quote_at(upto - 3)
    start = ctx.sent.start
    if q and q[0] - 1 < start:
        start = q[0]
    return start


NUMBER_WORD_RE = re.compile(
    r"\$?\d[\d,.]*%?|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|hundreds|thousands|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half",
    re.IGNORECASE,
)


# a sentence that opens on a subordinate clause holding the attribution ("Though he said C, ...")
SUBORDINATE_LEAD_RE = re.compile(
    r"\s*(?:(?:And|But)\s+)?(?:(?:[Ee]ven)\s+)?(?:[Tt]hough|[Aa]lthough|[Ww]hile|[Bb]ecause|[Ii]f|[Ww]hen|[Ss]ince|[Uu]nless|[Aa]s|"
    r"[Ww]hereas|[Oo]nce|[Uu]ntil|[Ee]ven\s+if)\s+"
    # "Although in September she said C, ...": a time before the subordinate clause's subject
    r"(?:(?:in|on|last|this|earlier|later)\s+(?:[A-Z][a-z]+|year|week|month|spring|summer|fall|autumn|winter)\s+)?"
)
# the comma that closes it: a subject follows (not an aside's "which" or the verb after one)
MAIN_CLAUSE_COMMA_RE = re.compile(
    r",\s+(?=(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|their|its|our|my|there)\s)"
)
# ... or the comma before a time or place phrase and then a subject pronoun and a word: "..., at the town hall this
# week she said C2"
# (no relative word in between: "the deal, in which they invested heavily, was sound" is one clause)
MAIN_CLAUSE_ADJUNCT_COMMA_RE = re.compile(
    r",\s+(?=(?:at|in|on|during|after|before|last|this|earlier|later)\s"
    r"(?:(?!\b(?:which|whom|whose|when|where|that|who)\b)[^,;:“”\"]){0,60}?\b(?:he|she|they|we|I)\s+[a-z]+)"
)
# ... or the comma that ends a quotation, right before its closing mark: 'and said he would "protect our LGBTQ
# citizens," the crowd applauded'
MAIN_CLAUSE_QUOTE_COMMA_RE = re.compile(
    r",[”\"](?=\s+(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|their|its|our|my|there)\s)"
)


TIME_ADJUNCT_RE = re.compile(
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?(?:full\s+)?"
    r"(?:days?|hours?|weeks?|months?|years?|minutes?|moments?)\s+(?:after|before|since|later|earlier|ago)\b"
    r"|(?:after|before|shortly\s+after|just\s+after|hours\s+after)\s+",
    re.IGNORECASE,
)


ING_NOT_PARTICIPLES = frozenset(
    "something nothing anything everything thing king morning evening building meeting spring string wedding "
    "funding ceiling darling sibling feeling".split()
)


def _adjunct_only(lead: str) -> bool:
    """ "Nonetheless,", "In the days following the attacks in Paris,", "On Tuesday, even as shares
    were tumbling,": a lead made only of adverbs, prepositional phrases and subordinate clauses says
    nothing of its own, so it is not what the attribution after it attributes."""
    if re.search(r"[“”\"]|''", lead):
        return False  # a quotation is a claim
    lex = lexicon()
    parts = [p.split() for p in lead.rstrip(" ,").split(",") if p.strip()]
    for k, words in enumerate(parts):
        if len(words) > 14:
            return False  # "After Mr. Trump took possession of the 757 in 2011 he made ...": an unmarked clause
        first = words[0].lower()
        if first in ("but", "and", "so") and len(words) > 1:
            first = words[1].lower()
            words = words[1:]
        if counted([w.lower() for w in words]) or (
            first in ("about", "around", "over", "under", "up")
            and len(words) > 1
            and NUMBER_WORD_RE.fullmatch(words[1])
        ):
            return False  # "About 70 people showed up", "At least two people were killed": a count, not a place
        participle = (
            k == 0
            and first.endswith("ing")
            and len(words) > 1
            and first not in ING_NOT_PARTICIPLES
            # "Seeing his brother suffering led him to ...", "Laying a marker now could help": a gerund
            # subject with its own verb is the claim, not an adjunct
            and not any(lex.is_("auxiliaries", w) or lex.is_("irregular_verbs", w) for w in words[1:])
        )
        # "Pointing to the report's broad conclusions, officials concurred": a participle phrase is an adjunct
        if not (
            first in PREPOSITIONS
            or lex.is_("adjunct_openers", first)
            or TIME_ONLY_RE.fullmatch(" ".join(words))
            or participle
            # "According to State Department cables that were later released by WikiLeaks,": an attribution of
            # its own, whatever clause its source holds
            or (first == "according" and len(words) > 1 and words[1].lower() == "to")
        ):
            return False
    return bool(parts)


def _covered(pos: int, found: list[Found]) -> bool:
    """``pos`` lies in an attribution already found: its cue or what it attributes."""
    return any(f.cue[0] <= pos < f.cue[1] or any(a <= pos < b for a, b in f.content) for f in found)


def analyse_sentence(ctx: SentenceContext) -> list[Found]:
    found: list[Found] = []
    text = ctx.text
    s0, s1 = ctx.sent.start, ctx.sent.end
    # "has faced ridicule", "drew criticism": the noun of a reaction is not a cue verb of its own
    reactions = criticism(ctx)
    for c0, c1 in find_cues(text, s0, s1):
        if ctx.in_quote(c0) or any(r.cue[0] <= c0 < r.cue[1] for r in reactions):
            continue
        word = text[c0:c1]
        info = cue_info(word)
        if info is None:
            continue
        if (
            word[:1].isupper()
            and c0 > s0
            and not ACCORDING.fullmatch(word)
            and ctx.sent.role != "headline"
            and not (word.endswith("ed") and text[s0:c0].rstrip().endswith(","))
            and not _title_case(text[s0:s1])
        ):
            continue  # "Said", "Report" mid-sentence as a name (a title-case line is a headline wherever it stands)
        if any(f.cue[0] <= c0 < f.cue[1] for f in found):
            continue
        if ACCORDING.match(word):
            f = _according(ctx, c0, c1, found)
            if f:
                found.append(f)
            continue
        f = _attribute_cue(ctx, c0, c1, info.lemma, info.cls, word, found)
        if f:
            f.cue_lemma = info.lemma
            found.append(f)
    for m in ASPECTUAL_TO_BASE_RE.finditer(text, s0, s1):
        # "Trump continued to question whether C", "Sanders continued to portray her as": after an aspectual
        # verb and "to", the base form the cue lists leave out (a noun elsewhere: "the question") is a verb
        c0, c1 = m.span(1)
        word = m.group(1)
        if ctx.in_quote(c0) or any(f.cue[0] <= c0 < f.cue[1] for f in found):
            continue
        info = next((i for i in map(cue_info, (word + "ed", word + "d", word + "s")) if i and i.lemma == word), None)
        if info is None or cue_info(word) is not None:
            continue
        f = _attribute_cue(ctx, c0, c1, info.lemma, info.cls, word, found)
        if f:
            f.cue_lemma = info.lemma
            found.append(f)
    model = cue_model()
    if model is not None:
        # Reporting verbs the lists lack ("laid out", "chastised"): the learned detector proposes
        # the word, the rules still find its source and content (forward only, as for stance verbs).
        for c0, c1 in model.cues(text, s0, s1):
            if ctx.in_quote(c0) or _covered(c0, found) or any(r.cue[0] <= c0 < r.cue[1] for r in reactions):
                continue
            word = text[c0:c1]
            if GO_ON_TO_AFTER_RE.match(text, c1):
                continue  # "goes on to say", "went on to win": the verb after "to" is the cue, or there is none
            f = _attribute_cue(ctx, c0, c1, word.lower(), "stance", word, found)
            if f:
                f.cue_lemma = word.lower()
                found.append(f)
    found.extend(f for f in reported_that(ctx) if not any(g.cue[0] <= f.cue[0] < g.cue[1] for g in found))
    found.extend(f for f in hearsay(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in perceived(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in dialogue_tag(ctx) if not _covered(f.cue[0], found) and not _covered(f.content[0][0], found))
    found.extend(f for f in news_emerged(ctx) if not _covered(f.cue[0], found))
    called = what_x_called(ctx)
    if called:  # "led to what aide Kevin Phillips called C": the naming's speaker, not the clause before "what"
        found = [f for f in found if not any(f.cue == g.cue for g in called)]
        found.extend(g for g in called if not _covered(g.cue[0], found))
    found.extend(
        f for f in asked_by_outlet(ctx, found) if not _covered(f.cue[0], found) and not _covered(f.content[0][0], found)
    )
    found.extend(f for f in reactions if not _covered(f.cue[0], found) and not _covered(f.content[0][0], found))
    found.extend(f for f in possessive_said_that(ctx) if not _covered(f.cue[0], found))
    for f in object_relative(ctx):
        # "allegations that he assaulted Ivana Trump, which he has denied": the relative clause is a claim of its
        # own, and the claim it sat in ends before its comma (PolNeAR never nests them)
        cut = f.content[0][0] - 1
        while cut > 0 and text[cut - 1] in " ,(":
            cut -= 1
        for g in found:
            if any(a <= f.cue[0] < b for a, b in g.content):
                g.content = [(a, min(b, _content_span(text, a, cut)[1])) for a, b in g.content if a < cut]
        found = [g for g in found if g.content]
        if not _covered(f.cue[0], found):
            found.append(f)
    found.extend(f for f in said_first(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in opening_participle(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in _reads_quote(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in possessive_position(ctx) if not _covered(f.cue[0], found))
    found.extend(f for f in statement_by_that(ctx) if not any(g.cue[0] <= f.cue[0] < g.cue[1] for g in found))
    if not found:
        opener = in_evidence_opener(ctx) or poll_closer(ctx) or poll_inside(ctx)
        if opener:
            found.append(opener)
    found = _add_poll_shares(ctx, found)
    found = _trim_overlaps(ctx, found)
    for f in found:
        _drop_contracted_has(ctx.text, f)
    folded = _mark_citations(ctx.text, found)
    return [f for f in found if f not in folded]


def _add_poll_shares(ctx: SentenceContext, found: list[Found]) -> list[Found]:
    """ "with 50 percent saying C, compared with the 30 percent who say C2": each share of a poll's respondents
    answers on its own; a claim it sat in ends before it (PolNeAR never nests them). After the openers, so that
    "In a CNN poll, 73 percent accepted that C compared to only 24 percent who said otherwise" keeps the poll's."""
    text = ctx.text
    for f in poll_shares(ctx):
        same_cue = next((g for g in found if g.cue[0] <= f.cue[0] < g.cue[1]), None)
        cut = share_cut(text, f)
        for g in found:
            if g is not same_cue and any(a <= f.cue[0] < b for a, b in g.content) and g.cue[1] <= cut:
                g.content = [(a, min(b, _content_span(text, a, cut)[1])) for a, b in g.content if a < cut]
        found = [g for g in found if g.content]
        if same_cue is not None:
            # ", with 50 percent saying C" read as ", saying C" of the clause's subject: the share says it, up to the
            # next share ("with 13 percent supporting another candidate and only 6 percent undecided")
            same_cue.source, same_cue.content = f.source, f.content
        elif not _covered(f.cue[0], found):
            found.append(f)
    return found


CONTRACTED_PRONOUN_RE = re.compile(r"(?P<pronoun>he|she|who)[’'](?:s|d|ll)", re.IGNORECASE)


def _drop_contracted_has(text: str, f: Found) -> None:
    """ "he’s said C", "she's predicted C", "he’d respond": the speaker is the pronoun; its "’s" is the cue's
    "has", its "’d" "would"."""
    if f.source is not None and (m := CONTRACTED_PRONOUN_RE.fullmatch(text, f.source[0], f.source[1])):
        f.source = (f.source[0], m.end("pronoun"))


# "The email read: “C”", "One message read “C”", "the headline reads, “C”": a text that reads a quotation
READS_QUOTE_RE = re.compile(r"\b(?P<cue>read|reads)\s*[:,]?\s*(?=[“\"]|'')")


def _reads_quote(ctx: SentenceContext) -> list[Found]:
    """A written thing (an email, a sign, a headline, a message) and the words it reads, quoted after
    the verb: the thing is the source, the quotation the content."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    if "read" not in text[s0:s1]:
        return []
    out = []
    for m in READS_QUOTE_RE.finditer(text, s0, s1):
        if ctx.in_quote(m.start()):
            continue
        src = find_source_before(ctx, m.start())
        q = ctx.quote_at(m.end() + 1) or ctx.quote_at(m.end() + 2)
        if src is None or q is None or q[1] - q[0] < 3 or not _source_ok(text, src):
            continue
        out.append(Found(source=src, cue=m.span("cue"), content=[q], quote="direct", cue_lemma="read"))
    for m in READS_AFTER_QUOTE_RE.finditer(text, s0, s1):
        # "“Friend, let me be blunt. ...,” the email read.", "“...,” read the statement." ("it reads" is left: the
        # pronoun's thing is not resolved here)
        q = ctx.quote_at(m.start()) or ctx.quote_at(m.start() - 1)
        group = "src" if m.group("src") else "src2"
        src = m.span(group)
        head = m.group(group).split()[-1].lower()
        if (
            q is None
            or q[1] - q[0] < 3
            or lexicon().is_("wordnet_persons", head)
            or head == "it"
            or not _source_ok(text, src)
        ):
            continue  # "“...,” the judge read": a person reading aloud, not a written thing's words
        cue = m.span("cue" if m.group("cue") else "cue2")
        out.append(Found(source=src, cue=cue, content=[q], quote="direct", cue_lemma="read"))
    return out


# the written thing after the quotation it reads: "“...,” the email read.", "“...,” read the statement."
READS_AFTER_QUOTE_RE = re.compile(
    r"(?<=[”\"])\s*(?:(?P<src>it|(?:the|a|an|its|his|her|their|one|another)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"\s+(?P<cue>reads|read)|(?P<cue2>reads|read)\s+(?P<src2>(?:the|a|an|its|his|her|their|one|another)\s+"
    r"(?:[\w’'-]+\s+){0,4}?[\w’'-]+))\s*(?=[.,;]|$)"
)


def _mark_citations(text: str, found: list[Found]) -> list[Found]:
    """ "The talks failed, the AP reported, citing Reuters": Reuters is where the AP's claim
    comes from, so it becomes the origin of that claim's chain, and "citing Reuters" is not a
    claim of its own. Returns the citing attributions folded in this way."""
    folded: list[Found] = []
    for f in found:
        if f.cue_lemma != "cite" or not f.source or not f.content:
            continue
        earlier = [g for g in found if g is not f and g.cue[1] <= f.cue[0] and g.source == f.source]
        if earlier:
            a, b = f.content[0]
            m = re.match(r"[^,;]{1,80}", text[a:b])
            if m and _names_a_source(m.group(0)):
                earlier[-1].cited = (a, a + len(m.group(0).rstrip(" .")))
                folded.append(f)
    return folded


def _names_a_source(cited: str) -> bool:
    """ "citing Reuters", "citing a report", "citing unnamed officials": a source the claim comes
    from; "citing her work after the attacks" gives a reason, which is a claim of its own."""
    words = re.findall(r"[\w’'.-]+", cited)
    if not words:
        return False
    lex = lexicon()
    heads = ("document_heads", "outlet_heads", "anonymous_heads", "evidence_heads", "role_words", "institution_heads")
    if words[0][:1].isupper() and words[0].endswith(("’s", "'s")) and len(words) > 1:
        # "citing Canada's efforts to lure American companies", "citing Trump’s blue-collar appeal": what the
        # owner did or has is a reason given, a claim of its own; "citing Reuters' report" names a source
        return any(lex.is_(g, w.lower()) for w in words[1:4] for g in heads)
    if words[0][:1].isupper() or (len(words) > 1 and words[0].lower() in ("the", "a", "an") and words[1][:1].isupper()):
        return True
    return any(lex.is_(g, w) for w in words[:6] for g in heads)


TITLED_WORK_RE = re.compile(
    r"\s*((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*[’']s\s+(?:[a-z]+\s+)?(?:“[^”]{1,150}”|''[^']{1,150}''|\"[^\"]{1,150}\"))"
    r"(?:\s+and\s+other\s+sources)?\s*,?\s*"
)


SUBORDINATOR_COMMA_RE = re.compile(r"\b(?:after|before|because|that|since|when|while|although|though|if)\s*,$")
# only an opening bracket or a conjunction before "according to": the attribution still opens the sentence
OPENER_BEFORE_ACCORDING_RE = re.compile(r"(?:\(|(?:and|but|yet|so|still|now|however|indeed)\b,?)\s*", re.IGNORECASE)
# "While most were elevated to the 'confidential' level, according to an official, two were upgraded": a
# subordinate clause opens the sentence, so the main clause after the attribution is what it attributes
SUBORDINATE_CLAUSE_BEFORE_RE = re.compile(
    r"(?:While|Although|Though|Because|Since|When|If|After|Before|Whereas)\b[^,;]{3,200},"
)


def _according(ctx: SentenceContext, c0: int, c1: int, found: list[Found]) -> Found | None:
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    before = text[s0:c0].rstrip()
    if text[c0:c1].lower() == "per" and not (
        re.match(r"\s+(?:the\s+)?[A-Z]", text[c1:s1]) and (not before or before.endswith(","))
    ):
        return None  # "$5 per month", "as per the deal": only ", per CTV News" / "Per Reuters, ..." cite
    # "..., said X, according to a report Y obtained": a relay of the attribution before it.
    if found and before.endswith((",", "(")) and found[-1].source and found[-1].source[1] <= c0:
        found[-1].relay.append((c0, s1))
        return None
    after = text[c1:s1]
    titled = TITLED_WORK_RE.match(after)
    if titled and (not before or before.endswith((".", ":"))):
        # "According to Bob Woodward's “Fear,” C", "According to E. J. Fleming's ''The Fixers: ...'' and
        # other sources, C": the work's title, commas and colons in it, is part of the source
        src = (c1 + titled.start(1), c1 + titled.end(1))
        content = _content_span(text, c1 + titled.end(), s1)
        if content[1] - content[0] >= 3:
            return Found(source=src, cue=(c0, c1), content=[content], cue_lemma="according to")
    # a quoted title may stand inside the source: 'according to the "Medicare for all" document he released'
    m = re.match(r"\s*((?:[^,;:()“”\"]|“[^“”]{1,60}”|\"[^\"]{1,60}\")+?)\s*(,|\)|;|$|\.$|\.\)|:)", after)
    if not m:
        return None
    src = _strip_span(text, c1 + m.start(1), c1 + m.end(1), " \t.")
    if src[1] <= src[0]:
        return None
    relay = RELAY_IN_SOURCE_RE.search(text, src[0], src[1])
    if relay and relay.start() > src[0]:
        src = _strip_span(text, src[0], relay.start())  # "a letter obtained through X": X is a later hop
    if (
        not before
        or before.endswith((".", ":"))
        or (before.endswith(",") and len(before.split()) <= 4)
        # "(According to the New York Police Department, C)", "But according to reports ..., C"
        or OPENER_BEFORE_ACCORDING_RE.fullmatch(before)
    ):
        # "According to X, C" (possibly after "But," or a short opener)
        cs = c1 + m.end()
        if m.group(2) == ",":
            role_end = _role_apposition_end(text, cs, s1) if text[src[0]].isupper() else None
            if role_end:  # "According to Lorella Praeli, Clinton's Latino vote director, C"
                src, cs = (src[0], _strip_span(text, cs, role_end, " \t,")[1]), role_end
        content = _content_span(text, cs, s1)
        if before.endswith("(") and text[content[0] : content[1]].endswith(")"):
            content = _strip_span(text, content[0], content[1] - 1, " \t.")  # "(According to X, C.)"
        if content[1] - content[0] >= 3:
            return Found(source=src, cue=(c0, c1), content=[content], cue_lemma="according to")
        if not before.endswith(","):
            return None  # ... "Sales rose 5 percent, according to the company.": the claim is before it
    if m.group(2) == "," and (SUBORDINATOR_COMMA_RE.search(before) or SUBORDINATE_CLAUSE_BEFORE_RE.fullmatch(before)):
        # "He crossed the border after, according to him, Televisa censured his first report": the clause
        # the subordinator opens, after the parenthetical attribution, is what it attributes
        content = _content_span(text, c1 + m.end(), s1)
        if content[1] - content[0] >= 3:
            return Found(source=src, cue=(c0, c1), content=[content], cue_lemma="according to")
    # "C, according to X." / "C (according to X)."
    cs = _content_start_back(ctx, c0)
    ce = c0 - 1 if text[c0 - 1 : c0] == "(" else c0
    content = _content_span(text, cs, ce)
    if content[1] - content[0] < 3 or re.fullmatch(r"(?:and|but|yet|so|or)\W*", text[content[0] : content[1]], re.I):
        return None  # "But, according to Smith.": no claim before the attribution
    return Found(source=src, cue=(c0, c1), content=[content], cue_lemma="according to")


def _role_apposition_end(text: str, start: int, end: int) -> int | None:
    """Where "Clinton's Latino vote director, " or "a spokeswoman for the mayor, " ends when
    ``text[start:end]`` opens with such a description of a person, set off by a comma."""
    m = re.match(r"\s*([^,;:()“”\"]{3,80}?),\s*", text[start:end])
    if not m:
        return None
    words = re.split(r"\s+(?:of|for|at|with|in|on|to)\s+", m.group(1), maxsplit=1)[0].split()
    if len(words) > 6 or not words:
        return None
    head = words[-1].lower()
    lex = lexicon()
    if any(lex.is_(group, head) for group in ("role_words", "person_nouns", "wordnet_persons")):
        return start + m.end()
    return None


@dataclass
class CueSite:
    """One cue word in its sentence, with what the steps of `_attribute_cue` read around it."""

    ctx: SentenceContext
    c0: int
    c1: int
    lemma: str
    cls: str
    word: str
    before: str  # the sentence up to the cue
    is_participle: bool
    prev: str  # the word just before the cue
    nxt: str  # the word just after it
    # ", referring to C" right after an attribution's speaker or cue ("Smith said, referring to C")
    after_attribution: bool = False

    @property
    def stripped_before(self) -> str:
        return self.before.rstrip()


def _right_after_attribution(ctx: SentenceContext, c0: int, c1: int, prior: list[Found] | None) -> bool:
    """The cue follows the comma that closes an attribution of the same sentence: "“C,” Smith
    said, referring to Trump" or "said John Smith, a former aide, referring to Trump"."""
    if not prior or ctx.text[c0:c1].lower().startswith("according"):
        return False  # "X said, according to an AP account": the account is where it comes from
    lead = ctx.text[ctx.sent.start : c0].rstrip()
    if not lead.endswith(","):
        return False
    comma = ctx.sent.start + len(lead) - 1
    for f in prior:
        if f.cue[1] == comma or (f.source and f.source[1] == comma and f.source[0] > f.cue[0]):
            return True
        if f.source and f.source[0] > f.cue[0] and ctx.sent.start <= f.source[1] < comma:
            # an appositive after the inverted speaker: "said John Smith, a former aide, referring to"
            between = ctx.text[f.source[1] : comma]
            if between.startswith(",") and between.count(",") == 1 and not any(b in between for b in '.;:“”"'):
                return True
    return False


class _Next:
    """Returned by a step that neither found an attribution nor ruled one out."""


NEXT = _Next()
NOT_BEFORE_TO = frozenset("add continue point respond reply agree call tell".split())


def _attribute_cue(
    ctx: SentenceContext, c0: int, c1: int, lemma: str, cls: str, word: str, prior: list[Found] | None = None
) -> Found | None:
    """The attribution a cue word opens, or None. Steps, each with one job: an impersonal passive
    ("it was reported that"), an inverted speaker ("C, said X"), the guards that tell a noun or a
    name from a cue, a passive with its agent ("was first reported by Politico"), the speaker
    before the cue, then the content (a quotation before the speaker, or what follows the cue)."""
    before = ctx.text[ctx.sent.start : c0]
    after_words = WORD_APOS_RE.findall(ctx.text[c1 : c1 + 40])
    site = CueSite(
        ctx=ctx,
        c0=c0,
        c1=c1,
        lemma=lemma,
        cls=cls,
        word=word,
        before=before,
        is_participle=word.split()[0].lower().endswith("ing"),
        prev=_previous_word(before),
        nxt=after_words[0].lower() if after_words else "",
        after_attribution=_right_after_attribution(ctx, c0, c1, prior),
    )
    if word.lower() == "asked" and site.after_attribution and site.stripped_before.endswith(","):
        return None  # "“C,” said Ben Carson, asked about his claims": he was asked; the asker is not named
    found = _impersonal_passive(site)
    if found is not NEXT:
        return found  # type: ignore[return-value]
    found = _opening_participle(site)
    if found is not None:
        return found
    found = _inverted(site)
    if found is not None:
        return found
    if _noun_or_name_not_cue(site):
        return None
    found = _passive_with_agent(site)
    if found is not None:
        return found
    found = _took_to_platform(site)
    if found is not NEXT:
        return found  # type: ignore[return-value]
    if word.lower() == "went on" and WENT_ON_MEDIUM_AFTER_RE.match(ctx.text, c1):
        return None  # "went on CNN on Sunday and said": going on air, not going on speaking
    if word.lower() == "went on" and re.match(r"\s+to\s+[a-z]", ctx.text[c1 : c1 + 8]):
        # "went on to call Cruz a liar": the verb after "to" is the cue, its subject the speaker; "went on to win
        # the nomination" (PolNeAR train: 0 of 8 such non-speech verbs attributed) is none
        return None
    if _noun_or_passive_not_cue(site) or _participle_aside(site) or _reduced_relative(site):
        return None
    if lemma in ("ask", "request") and find_phrase("sources", "anonymity_reasons", ctx.text[c0 : c1 + 40].lower()):
        return None  # "one resident, who asked not to be named": the reason for anonymity, not a claim
    participle_after_comma = site.is_participle and _after_comma(ctx, site.stripped_before, c1)
    src = _speaker_before(site, participle_after_comma, prior)
    if src is None or not _source_ok(ctx.text, src):
        return None
    subject = subject_of_clause_source(ctx.text, src)
    if subject is not None and _source_ok(ctx.text, subject):
        src = subject  # "Kasich is matched up against Clinton ... compared": the clause's subject speaks
    if lemma in lexicon().sets["product_copy_verbs"] and _thing_speaks(ctx.text, src):
        return None  # "The camera promises sharper images", "This recipe calls for two cups": product copy
    if cls == "provision" and not _lays_down(ctx.text, src):
        return None  # "requires", "would prohibit": only a law, bill or rule lays things down
    if cls == "witness" and not WITNESS_SOURCE_RE.search(ctx.text[src[0] : src[1]]):
        return None  # only the outlet's own reporters witness; "Trump saw ..." is not sourcing
    if lemma in ("find", "discover") and _person_found_a_thing(ctx, src, c1):
        return None  # "He found a man bleeding", "she found a beautiful harmony": finding a thing, not a finding
    cue = _extend_cue_back(ctx, src[1], c0, c1)
    if not participle_after_comma:  # ", saying C" / ", referring to C": the content follows
        found = _quotation_before_speaker(site, src, cue)
        if found is not None:
            return found
    return _content_after_cue(site, src, cue, participle_after_comma)


def _after_comma(ctx: SentenceContext, before: str, cue_end: int) -> bool:
    """Whether the cue comes right after a comma ("X endorsed Cruz, saying C"), or after a comma inside
    a closing quotation mark with a clause or a quotation after the cue ('were "overblown," adding that
    C'; '"...," suggesting an unclear path' is the writer's inference)."""
    if before.endswith(",") or re.search(rf",\s+{PARTICIPLE_ADVERB}$", before):
        return True  # "X complained about the moderators, even suggesting C": an adverb before the participle
    if not before.endswith((",”", ',"', ",''", ",’")):
        return False
    if QUOTED_CLAIM_AFTER_RE.match(ctx.text, cue_end, ctx.sent.end) is not None:
        return True
    participle = re.search(r"([a-z]+)ing$", ctx.text[max(0, cue_end - 20) : cue_end])
    if participle and (info := cue_info(participle.group(0))) and lexicon().is_("speaking_participles", info.lemma):
        return True  # '“more work to do,” noting flagging conditions': the speaker goes on speaking
    # 'called China “provocative,” accusing it of ...': a participle that takes its target as object
    words = re.findall(r"[a-z]+", ctx.text[max(0, cue_end - 30) : cue_end])
    # the cue as one to three words ("accusing", "referring to", "pointing out that"): a participle that takes
    # its target, or a phrase that takes what it names ('“...,” referring to the party’s July convention')
    for k in (3, 2, 1):
        info = cue_info(" ".join(words[-k:])) if len(words) >= k else None
        if info is not None:
            return (info.lemma in OBJECT_LEMMAS and info.lemma != "support") or k > 1
    return False


# a modal of possibility right before the cue (an adverb or "not" between): what may be said is no claim;
# PolNeAR train annotates a cue after "could" 17% of the time, "can" 11%, "should" 4%. "could have
# requested a recount": what might have been done. A capitalised "May" is Theresa May ("May said"),
# unless a title-case headline goes on with "Not Have".
HYPOTHETICAL_BEFORE_RE = re.compile(
    r"\b(?:might|could|(?-i:may|May(?=\s+(?:Not|Have|Also|Well|Never|Even)\b))|can|should|cannot|can[’']t|"
    r"couldn[’']t)\s+(?:(?:not|also|well|never|even|\w+ly)\s+)?(?:have\s+)?$",
    re.IGNORECASE,
)
# a clause without "that": a short noun phrase, then a modal or a form of "be"/"have" ("the CBO
# projects the Trump-era tariffs will reduce GDP", "she revealed the plan had failed")
BARE_CLAUSE_RE = re.compile(
    r"\s*(?:the|a|an|this|these|those|its|their|his|her|our)\s+(?:(?!(?:that|which|who|whom)\b)[\w’'-]+\s+){0,4}?"
    r"(?:will|would|could|may|might|can|should|must|is|are|was|were|has|have|had)\s+(?!been\b)[a-z]"
)
COORDINATOR_RE = re.compile(r"(?:and|but|or|nor)\b(?!\s+that\b)")
# "writing for Young Conservatives", "Writing in National Review,", "writing on Breitbart,": a publication
# named by its capitals
# (or "writing in his memoir,": where he wrote, an aside before the verb)
WRITING_FOR_RE = re.compile(r"[Ww]riting\s+(?:for|in|on|at)\s+[^,;:“”\"()]{2,60},")
QUOTED_CLAIM_AFTER_RE = re.compile(r"\s*(?:that\b|,?\s*[“\"]|:)")
PARTICIPLE_ASIDE_RE = re.compile(r"[^,;:“”\"]{0,80},\s+(?:[a-z]+ly\s+|also\s+)?([a-z]+)")


def _reduced_relative(site: CueSite) -> bool:
    """ "Officials briefed on the move said ...", "people quoted by the paper say": a past participle
    right after its noun, then "on", "about" or "by", is a reduced relative clause when the
    sentence's own reporting verb comes later."""
    word = site.word.lower()
    if not word.endswith("ed") or site.nxt not in ("on", "about", "by") or site.prev in BE_FORMS:
        return False
    if word not in ("briefed", "quoted", "cited", "interviewed", "polled", "surveyed", "contacted", "reached"):
        return False  # "complained about", "reminisced about": a main verb with its object
    if site.prev in lexicon().sets["auxiliaries"] or site.prev in SUBJECT_PRONOUNS or not site.prev.isalpha():
        return False
    return any(True for _ in find_cues(site.ctx.text, site.c1, site.ctx.sent.end))


def _participle_aside(site: CueSite) -> bool:
    """ "Smith, pressed on the issue, said he would not resign": a past participle between commas,
    before the sentence's own reporting verb, is an aside about the speaker, not a cue."""
    word = site.word.lower()
    if word == "writing" and site.nxt in ("for", "in", "on", "at") and WRITING_FOR_RE.match(site.ctx.text, site.c0):
        return True  # "Alicia Powe, writing for Young Conservatives, reported": where she writes (the medium)
    if not (
        site.word.islower()
        and (word.endswith("ed") or word in ("citing", "quoting"))
        and site.stripped_before.endswith(",")
    ):
        return False  # ... and "The Washington Post, citing two U.S. officials, reported": who the Post cites
    m = PARTICIPLE_ASIDE_RE.match(site.ctx.text, site.c1, site.ctx.sent.end)
    # the verb after the aside is finite ("said"), not a participle (", saying": then the word was the verb)
    return bool(m and not m.group(1).endswith("ing") and cue_info(m.group(1)) is not None)


# "went on Fox News", "appeared on national television": going on air, then "to VERB" says what was said there
WENT_ON_MEDIUM = (
    r"(?:went|go|goes|going|gone|appeared|appear|appears|appearing)\s+on\s+(?:(?:national|live|local|cable)\s+)?"
    r"(?:television|TV|radio|Twitter|Facebook|Instagram|YouTube|(?:[A-Z][\w&.-]*(?:[’']s)?\s+){0,3}[A-Z][\w&.-]*)"
)
WENT_ON_MEDIUM_AFTER_RE = re.compile(r"\s+(?:(?:national|live|local|cable)\s+)?(?:television|TV|radio|[A-Z])")


@cache
def _took_to_platform_re() -> re.Pattern[str]:
    platforms = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lexicon().sources["post_platforms"])
    return re.compile(
        rf"\b(?:(?:took|taken|take|takes|taking)\s+to\s+(?:{platforms})\b|{WENT_ON_MEDIUM})"
        rf"(?:,?\s+(?:{TIME_TAIL}|overnight|again|"
        rf"early|late|quickly|soon|\w+day|morning|evening|night|afternoon)){{0,3}},?\s+to\s*$",
        re.IGNORECASE,
    )


def _took_to_platform(site: CueSite) -> Found | None | _Next:
    """ "Fiorina took to Twitter Tuesday to bash the media": the verb after "to" is the cue, the one
    who took to the platform its speaker."""
    if site.prev != "to":
        return NEXT
    m = _took_to_platform_re().search(site.before)
    if not m:
        return NEXT
    start = site.ctx.sent.start + m.start()
    src = find_source_before(site.ctx, start)
    if src is None or not _source_ok(site.ctx.text, src):
        return None
    return _content_after_cue(site, src, (start, site.c1), False)


def _impersonal_passive(site: CueSite) -> Found | None | _Next:
    """ "it was reported that C": the impersonal "it" stands as the source."""
    ctx, text, s0, s1 = site.ctx, site.ctx.text, site.ctx.sent.start, site.ctx.sent.end
    if site.lemma not in ("report", "say", "claim", "allege", "believe", "expect", "understand", "learn"):
        return NEXT
    pm = PASSIVE_AUX_RE.search(site.before)
    if not pm:
        return NEXT
    src = (s0 + pm.start(1), s0 + pm.end(1))
    pos = _skip_after_cue(ctx, site.c1, site.lemma)
    m = THAT_RE.match(text, pos)
    pos = pos + (m.end() - m.start()) if m else pos
    content = _content_span(text, pos, s1)
    if content[1] - content[0] < 3:
        return None
    return Found(
        source=src, cue=(s0 + pm.start(1) + len(pm.group(1)) + 1, site.c1), content=[content], source_text_override=None
    )


# a name of two to four capitalised words (initials allowed) that ends the sentence or its own apposition
NAME_AFTER_DESCRIPTION_RE = re.compile(r",\s+((?:[A-Z][\w’'-]*\.?\s+){1,3}[A-Z][\w’'-]*[a-z])(?=\s*(?:[.,;]|$))")


def _inverted(site: CueSite) -> Found | None:
    """Inverted: "“C,” said Harada." / "C, said a Russian official, according to ..."."""
    ctx, text, s0 = site.ctx, site.ctx.text, site.ctx.sent.start
    lex = lexicon()
    stripped_before = site.stripped_before
    if not (
        stripped_before.endswith(CLOSERS + (",", ",“"))
        and site.cls != "position"
        and not site.is_participle
        and site.lemma not in OBJECT_LEMMAS
        and site.lemma not in NEVER_INVERTED
        and not _subject_with_apposition(ctx, site.c0)
    ):
        return None
    if stripped_before.endswith(CLOSERS) and not _quotation_closes_clause(ctx, stripped_before):
        return None  # 'he would "absolutely" require Muslims': a word in quotation marks, no quotation before a tag
    src, src_end = find_source_after(ctx, site.c1)
    after_quote = stripped_before.endswith(CLOSERS + (",“",))
    src_words = text[src[0] : src[1]].split() if src else []
    if (
        src
        and (
            any(
                lex.is_("auxiliaries", w)
                # ... but "said Will Doyle": a capitalised first name before a surname
                and not (w[:1].isupper() and k + 1 < len(src_words) and src_words[k + 1][:1].isupper())
                for k, w in enumerate(src_words)
            )
            or THAT_RE.match(text, site.c1)
            or src_words[0].lower() in ("that", "to", "whether", "if", "how", "why", "what", "when", "where")
            or any(
                cue_info(w) is not None
                and w.islower()
                # ... but "said the base chief known as Bob", "said a man named Smith": a naming
                and not _names_after(src_words, k)
                for k, w in enumerate(src_words[1:], start=1)
            )
            or len(src_words) > 10
            or (len(src_words) > 1 and src_words[-1].islower() and src_words[-1].endswith("ed"))  # "the plan failed"
            or not (
                src_words[0][:1].isupper()
                or src_words[0].lower() in DETERMINERS
                or src_words[0].lower() in ("another", "one", "two", "three")  # "said another Twitter user"
                or src_words[0].lower() in lex.sets["anonymous_heads"] | lex.sets["role_words"]
                # "said former Sen. Evan Bayh", "said retired Army Lt. Gen. Mick Bednarek"
                or (
                    src_words[0].lower() in ("former", "retired", "then", "ex", "longtime", "veteran", "top")
                    and any(w[:1].isupper() for w in src_words[1:])
                )
                # "wrote film director Osman Abu Laban", "said neurosurgeon Ben Carson": a role or person
                # noun, then the name
                or (
                    any(
                        w.islower() and (w in lex.sets["role_words"] or w in lex.sets["wordnet_persons"])
                        for w in src_words[:3]
                    )
                    and any(w[:1].isupper() for w in src_words[2:])
                )
            )
        )
    ):
        src = None  # "Russia, meanwhile, claims the seizure was ...": not an inverted speaker
    appositive = text[src_end : src_end + 1] == "," if src else False
    if src and appositive and src_words[-1].islower():
        # "C, said the company's chief executive, John J. Ferriola.": the name in apposition is the speaker's
        named = NAME_AFTER_DESCRIPTION_RE.match(text, src_end)
        if named:
            src = (src[0], named.end(1))
    if (
        src
        and (after_quote or appositive or _rest_is_tail(ctx, src_end))
        and not lex.is_("pronouns", text[src[0] : src[1]])
        or (src and lex.is_("person_pronouns", text[src[0] : src[1]]) and _rest_is_tail(ctx, src_end))
    ):
        assert src is not None
        cs = _content_start_back(ctx, site.c0)
        content = _content_span(text, cs, s0 + len(stripped_before))
        if content[1] - content[0] >= 3 and _source_ok(text, src):
            return Found(source=src, cue=(site.c0, site.c1), content=[content])
    return None


def _quotation_closes_clause(ctx: SentenceContext, before: str) -> bool:
    """A quotation right before an inverted tag ends on a comma, a question or exclamation mark or a
    dash inside its closing mark (“C,” said X), or opens the sentence (“C” said X): not a quoted word
    in the middle of a clause ('he would "absolutely" require')."""
    inner = before.rstrip("”\"’'")
    if inner.endswith((",", "?", "!", "—", "–", "-", "…", ".")):
        return True
    q = ctx.quote_at(ctx.sent.start + len(inner) - 1)
    return q is not None and q[0] - 1 <= ctx.sent.start + 1


def _names_after(words: list[str], k: int) -> bool:
    """ "known as Bob", "named Smith", "called Joe": the word at ``k`` names the next capitalised word."""
    nxt = words[k + 1 : k + 3]
    return words[k].lower() in ("known", "named", "called", "nicknamed", "dubbed") and (
        (len(nxt) >= 1 and nxt[0][:1].isupper()) or (len(nxt) == 2 and nxt[0] == "as" and nxt[1][:1].isupper())
    )


# a count right before a participle: "271 pledged delegates" (not a year: "an ad in 2008 questioned whether")
# "his early-morning tweets", "their recent reports": a possessive determiner and up to two lowercase modifiers
POSSESSIVE_MODIFIERS_BEFORE_RE = re.compile(r"\b(?:his|her|their|its|our|my|your)\s+(?:[a-z][\w-]*\s+){0,2}$")
# a parenthetical tag's subject right after a comma: "Democrats, Frank notes, ...", "The plan, he says, ..."
TAG_SUBJECT_BEFORE_RE = re.compile(r"\S,\s+(?:he|she|they|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+$")
PARENTHETICAL_TAG_AFTER_RE = re.compile(
    r"\s*,\s+(?:he|she|they|it|we|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:said|says|added|adds|noted|notes|argued|argues|wrote|writes|explained|insisted)\s*,"
)
NUMERAL_BEFORE_RE = re.compile(r"(?:^|\s)(?!(?:1[89]|20)\d\d\s)\d[\d,.]*\s+$")
NOT_A_NOUN_AFTER = frozenset(
    """that the a an his her their its this these those whether if how why what when where who to for on in at by
    with about against from of as and but or not""".split()
)


_POSSESSOR_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w.-]*[’']s|\b(?:his|her|their|its|our|my|your))\s+$")
_LOWER_WORD_AFTER_RE = re.compile(r"\s+[a-z]{3,}\b")


def _noun_or_name_not_cue(site: CueSite) -> bool:
    """ "fundraising reports show", "Mr. Hannity's show", "a Facebook group called Occupy DNC"."""
    text, lemma, word, before, prev, nxt = site.ctx.text, site.lemma, site.word, site.before, site.prev, site.nxt
    lex = lexicon()
    if TAG_SUBJECT_BEFORE_RE.search(before) and text[site.c1 : site.c1 + 1] == ",":
        return False  # "Democrats, Frank notes, applaud ...": a parenthetical tag's verb between commas
    if (
        word.lower().endswith("s")
        and lemma in NOUN_AMBIGUOUS
        and (cue_info(nxt) is not None or lex.is_("auxiliaries", nxt) or nxt in ("to", "each", "from", "of"))
        # ... but "and pledges to stand firm", "vows to repeal": an infinitive after the verb
        # (not the last of a list: "promises of improved access, and pledges to protect property are enough")
        and not (
            nxt == "to"
            and lemma in INFINITIVE_CONTENT
            and TO_BASE_VERB_AFTER_RE.match(text, site.c1)
            and not re.search(r",\s*(?:and\s+)?$", before)
        )
    ):
        return True  # "fundraising reports show", "finance reports to the FEC": a noun
    if before.rstrip().endswith(("’s", "'s")) and word.lower() == lemma:
        return True  # "Mr. Hannity's show"
    if (
        word.lower() != lemma
        and word.lower().endswith("s")
        and (lemma in NOUN_AMBIGUOUS or lemma == "email")
        and (
            re.search(r"\b[A-Z][\w.-]*[’']s(?:\s+(?:[a-z]+ed|[a-z]+est|new|own|private|personal|recent))?\s*$", before)
            or re.search(r"\b(?:the|these|those|\d[\d,]*)\s+[A-Z][\w.-]*\s*$", before)  # "22 Clinton emails"
        )
    ):
        return True  # "Clinton's released emails were redacted", "Trump's latest tweets": a plural noun
    if (
        word.lower() != lemma
        and word.lower().endswith("s")
        and lemma in NOUN_AMBIGUOUS
        and POSSESSIVE_MODIFIERS_BEFORE_RE.search(before)
        # what a plural noun takes after it (a participle, a preposition, a verb), not a verb's object ("its
        # polling shows Trump crushing Rubio")
        and (nxt.endswith("ing") or nxt in PREPOSITIONS or lex.is_("auxiliaries", nxt))
    ):
        return True  # "defending his early-morning tweets attempting to shame ...": a possessive's plural noun
    if word.lower().endswith("s") and lemma in NOUN_AMBIGUOUS and PARENTHETICAL_TAG_AFTER_RE.match(text, site.c1):
        return True  # "Cost estimates, he added, were ...": the subject a parenthetical tag interrupts
    if (
        word.lower().endswith("ed")
        and _POSSESSOR_BEFORE_RE.search(before)
        and _LOWER_WORD_AFTER_RE.match(text[site.c1 :])
        and nxt not in DETERMINERS
        and nxt not in PREPOSITIONS
        and nxt not in lex.sets["pronouns"]
        and nxt not in NOT_A_NOUN_AFTER
        and not lex.is_("adverbs", nxt)
    ):
        return True  # "Trump’s repeated calls", "his stated goal": a possessive's adjective before a noun
    if (
        lemma == "show"
        and lex.is_("programme_modifiers", prev)
        and not re.match(r"\s+(?:the|a|an|his|her|their|its|this|that)\s", text[site.c1 :])
    ):
        # "the reality TV show “The Apprentice,”", "his radio show": a programme, not showing (but "a poll released
        # by ABC News shows the billionaire ...": a determiner after it, a verb's object)
        return True
    if word.lower() == "thanks" and nxt == "to":
        return True  # "exists thanks to Rod Blagojevich": a preposition, not thanking
    if (
        word.lower() == lemma
        and lex.is_("noun_only_modifiers", prev)
        and _previous_word(before.rstrip()[: -len(prev)]) in ("the", "a", "an", "this", "that", "his", "her", "its")
    ):
        return True  # "the mere mention of", "a brief comment": a determiner and an adjective before a noun
    if (
        word.lower().endswith("ed")
        and NUMERAL_BEFORE_RE.search(before)
        and re.match(r"\s+[a-z]{3,}\b", text[site.c1 :])
        and nxt not in lex.sets["pronouns"]
        and nxt not in NOT_A_NOUN_AFTER
    ):
        return True  # "leads by 271 pledged delegates", "2,000 registered voters": an adjective before a noun
    return bool(
        word.lower() == "called"
        and before[-1:].isspace()
        and re.search(r"\b[a-z]+\s*$", before)
        and prev not in lex.sets["role_words"] | lex.sets["anonymous_heads"] | lex.sets["pronouns"]
        # "Trump has called Clinton “crooked”", "he also called ...": after an auxiliary or an adverb, a verb
        and not lex.is_("auxiliaries", prev)
        and prev not in ("also", "even", "once", "never", "just")
        and not (prev.endswith("ly") and len(prev) > 4)
        and re.match(r"\s+[“\"A-Z#]", text[site.c1 :])
        and not re.match(r"\s+[A-Z][\w.&-]*[’']s\s", text[site.c1 :])  # "campaign called AP’s report a ...": speech
    )  # "a Facebook group called Occupy DNC": naming, not speech


# "was first reported by Politico": the agent after the participle
BY_AGENT_RE = re.compile(
    # a point or comma between digits is part of a number ("by 59.6 percent of voters", "by 3,000 people")
    r"(?P<as>\s+as\s+[^,;:.()]{1,60}?)?\s+by\s+((?:the\s+)?(?!(?:the|a|an)\b)[A-Za-z0-9](?:[^,;:.()]|(?<=\d)[.,](?=\d)){1,80}?)"
    # the agent ends at a reason: "rebuked by opponents for his proposal to ...", or where its examples begin:
    # "endorsed by dozens of papers ranging from The New York Times to ...", "by groups including the ..."
    r"(?=\s*(?:,(?!\d)|;|:|\.(?!\d)|$|\()|\s+(?:for|over|because|after|amid|as|ranging|including|such\s+as)\s)"
)


AGENT_EXAMPLES_RE = re.compile(r"\s+(?:ranging|including|such\s+as)\s[^;:.()]{0,160}")


def _passive_with_agent(site: CueSite) -> Found | None:
    """Passive with an agent: "The meeting was first reported by Politico." """
    text, s0, s1, c0, c1 = site.ctx.text, site.ctx.sent.start, site.ctx.sent.end, site.c0, site.c1
    word, before, prev = site.word, site.before, site.prev
    # "was first reported by Politico", "has been endorsed by dozens of papers", "is supported by far
    # fewer publications": the agent, named or not
    # "was confirmed as another one of the passengers by the Kuwaiti minister": an "as" phrase may come first
    m_by = BY_AGENT_RE.match(text[c1:s1])
    as_reported = _as_reported_by(site, m_by)
    if as_reported is not None:
        return as_reported
    if not (
        m_by
        and word.lower().endswith("ed")
        and prev in PASSIVE_PREV_WORDS
        or (m_by and word.lower().endswith("ed") and before.rstrip().endswith(("first", "previously")))
        # "The plan was widely criticized by Democrats": a manner adverb between "be" and the participle
        or (m_by and word.lower().endswith("ed") and BE_ADVERB_BEFORE_RE.search(before))
    ):
        return None
    assert m_by is not None
    agent = m_by.group(2)
    spec = lexicon().cues["hearsay"]
    if word.lower() in spec["judged_verbs"] and re.match(r"\s+as\s", text[c1 + m_by.end() :]):
        return None  # "was criticized by Democrats as a giveaway": the judging construction reads it whole
    if re.search(r"\bas\s+(?:saying|telling|having\s+said)\b", agent) or re.match(
        r"\s+as\s+(?:saying|telling|having\s+said)\b", text[c1 + m_by.end() :]
    ):
        return None  # "was quoted by state media as saying C": the words after "saying" are the claim
    # "by dozens of papers ranging from The New York Times to ...": the examples tell who the agent is
    examples = AGENT_EXAMPLES_RE.match(text, c1 + m_by.end(), s1)
    judged = agent + (examples.group(0) if examples else "")
    if site.lemma == "maintain" or agent[:1].islower() and not _agent_is_a_source(judged):
        return None  # "rejected by large, but insufficient, majorities"; "maintained by" keeps, not says
    time = AGENT_TIME_RE.search(agent)  # "by the ministry on Tuesday": the time is no part of the agent
    src = (c1 + m_by.start(2), c1 + m_by.start(2) + (time.start() if time else len(agent)))
    named = AGENT_NAME_AFTER_RE.match(text, src[1], s1) if not time else None
    if named:
        src = (src[0], named.end(1))  # "by the Kuwaiti Assistant Foreign Minister, Sami al-Hamad": who it is
    if RELATIVE_PASSIVE_BEFORE_RE.search(before):
        # "information about breaches that had been requested by Congress": a passive in a relative clause
        # describes the noun before it; the sentence's start is not what the agent said
        return None
    subj_end = PASSIVE_HEAD_RE.search(before)
    ce = s0 + (subj_end.start() if subj_end else len(before.rstrip()))
    content = _content_span(text, s0, ce)
    if content[1] - content[0] >= 3:
        spans = [content]
        if m_by.group("as"):
            spans.append(_content_span(text, c1 + m_by.start("as"), c1 + m_by.end("as")))
        return Found(source=src, cue=(c0, c1), content=spans)
    return None


RELATIVE_PASSIVE_BEFORE_RE = re.compile(r"\b(?:that|which)\s+(?:(?:had|has|have|was|were|is|are|been|being)\s+)+$")
# "As reported by Western Journalism, C" / "C, as first reported by The Post.": "as" and an adverb before the cue
AS_BEFORE_CUE_RE = re.compile(r"(?:^|,)\s*[Aa]s\s+(?:(?:first|previously|earlier|also|originally)\s+)?$")


def _as_reported_by(site: CueSite, m_by: re.Match[str] | None) -> Found | None:
    """ "As reported by Western Journalism, there are 150 delegates at stake": the agent of a passive
    "as" clause is the source; the rest of the sentence (or the clause before it) is the claim."""
    if m_by is None or m_by.group("as") or not site.word.lower().endswith("ed"):
        return None
    text, s0, s1, c0, c1 = site.ctx.text, site.ctx.sent.start, site.ctx.sent.end, site.c0, site.c1
    lead = AS_BEFORE_CUE_RE.search(text[s0:c0])
    if lead is None:
        return None
    agent_start = c1 + m_by.start(2)
    agent_end = agent_start + len(m_by.group(2))
    time = AGENT_TIME_RE.search(m_by.group(2))
    src = (agent_start, agent_start + time.start() if time else agent_end)
    if lead.start() == 0:  # "As reported by X, C"
        after = text[agent_end:s1].lstrip()
        if not after.startswith(","):
            return None
        content = _content_span(text, agent_end + text[agent_end:s1].index(",") + 1, s1)
    else:  # "C, as reported by X."
        if text[agent_end:s1].strip(" .") != "":
            return None
        content = _content_span(text, s0, s0 + lead.start())
    if content[1] - content[0] < 3:
        return None
    return Found(source=src, cue=(c0, c1), content=[content])


AGENT_NAME_AFTER_RE = re.compile(
    r",\s+([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|al-[\w’'-]+|bin|de|van|von)){1,3})\s*(?:[.;]|$)"
)
AGENT_TIME_RE = re.compile(rf"\s+(?:{TIME_TAIL})(?:\s+(?:{TIME_TAIL}))*$", re.IGNORECASE)


def _agent_is_a_source(agent: str) -> bool:
    """A lower-case agent of a passive speaks when it names people or outlets: "far fewer
    publications", "dozens of papers ranging from The New York Times ..." ("lab testing" does not)."""
    lex = lexicon()
    words = re.findall(r"[\w’'-]+", agent)
    if len(words) == 1:
        return lex.is_("vague_heads", words[0])  # "rebuked by critics", "criticized by opponents"
    if len(words) < 2:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return True
    groups = ("anonymous_heads", "outlet_heads", "role_words", "person_nouns")
    return any(lex.is_(g, w) for w in words for g in groups)


def _noun_or_passive_not_cue(site: CueSite) -> bool:
    """ "48% support", "his attacks", "Editor's note"; "duty to defend", "He is expected to"."""
    lemma, word, before, prev = site.lemma, site.word, site.before, site.prev
    lex = lexicon()
    if (
        # "A doctor who treated her said": "her" is an object there, and "said" is never a noun; "Some
        # argued", "Most said", "some say": a quantifier standing alone before a verb that is no noun
        (
            prev in NOUN_MARKERS
            # ... not across a comma: "endorsed her, citing her record" (a determiner modifies the next word only)
            and not before.rstrip().endswith((",", ";", ":"))
            and not (prev == "her" and word.lower() in ("said", "told"))
            and not (prev in STANDALONE_QUANTIFIERS and lemma not in NOUN_AMBIGUOUS and _quantifier_alone(site))
        )
        or (before.rstrip().endswith("%") and lemma in NOUN_AMBIGUOUS)
        or (
            prev in lex.sets["outlet_heads"]
            and word.lower().endswith("s")
            and not re.search(r"[A-Z][\w.’'&-]*\s*$", before)  # "The Associated Press reports": a verb
            # ... and "The Heritage Foundation website notes that C" / "notes:": a clause follows a verb
            and not QUOTED_CLAIM_AFTER_RE.match(site.ctx.text, site.c1, site.ctx.sent.end)
        )
    ):
        return True  # a noun, not a cue
    if prev == "worth" or (prev == "than" and site.is_participle):
        return True  # "It’s worth noting those figures ...": the writer's aside; "more important than defending"
    last = re.search(r"([A-Za-z’']+)\s*$", site.before) if word.lower() == "named" else None
    if last and (last.group(1) == "not" or last.group(1).islower()):
        # "candidates not named Obama", "a man named Smith": a participle after its noun ("Trump named" is a verb)
        return last.group(1).lower() not in SUBJECT_PRONOUNS
    first = word.split()[0].lower()  # "referred to": the verb of a cue phrase
    participle = first.endswith("ed") or first in PAST_PARTICIPLES
    if participle and site.stripped_before.endswith(",") and PASSIVE_AGENT_AHEAD_RE.match(site.ctx.text, site.c1):
        return True  # "The film is a fantasy, written and directed by the Coens": a passive aside
    if prev == "to":
        # "duty to defend", "He is expected to": not a statement; but "is continuing to insist", "began to
        # argue": the speaker goes on saying it
        aspect = ASPECT_BEFORE_TO_RE.search(before)
        return not (aspect and aspect.group(1).lower() in ASPECTUAL_VERBS)
    # "was referred to the FBI", "was not challenged by the moderators": passives
    return participle and (prev in BE_FORMS or bool(NEGATED_BE_RE.search(before)))


STANDALONE_QUANTIFIERS = frozenset("some most many several".split())


def _quantifier_alone(site: CueSite) -> bool:
    """The quantifier before the cue opens the clause ("Some argued", "Most said", "..., but some say")."""
    return re.search(r"(?:^|[,;:—]\s*|\b(?:and|but|while|though|although)\s+)\S+\s*$", site.before) is not None


BE_ADVERB_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+[a-z]{3,}ly\s*$", re.IGNORECASE)
# a form of "be" negated or with a manner adverb before a participle: "was not challenged", "are easily refuted"
NEGATED_BE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:not|never|[a-z]{3,}ly)\s*$|\b(?:isn|aren|wasn|weren)[’']t\s*$",
    re.IGNORECASE,
)
# a passive's agent ahead ("written and directed by"), not a means ("said by phone")
PASSIVE_AGENT_AHEAD_RE = re.compile(
    r"(?:\s+and\s+[a-z]+ed)?\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|text\b|video\b|letter\b|(?:[a-z]+ly\s+)?[a-z]+ing\b)"
)  # ... nor a gerund ("responded by blocking")
OPENING_PARTICIPLE_WORDS = frozenset("after before while since upon when without".split())


def _time_measure_then(lead: str) -> bool:
    """ "two days after", "nearly six months after", "hours before": a measure of time before the word
    that opens the participle's phrase."""
    words = lead.split()
    return len(words) >= 2 and words[-1] in OPENING_PARTICIPLE_WORDS and is_time_measure(words[:-1])


def _opening_participle(site: CueSite) -> Found | None:
    """ "After saying the economy was strong, the senator left": a sentence that opens on "after
    saying C," attributes C to the main clause's subject, after the comma."""
    if not site.is_participle or site.cls == "position":
        return None
    lead = site.before.strip().lower()
    if lead not in OPENING_PARTICIPLE_WORDS and not _time_measure_then(lead):
        return None
    ctx, text, s1 = site.ctx, site.ctx.text, site.ctx.sent.end
    comma = next(
        (
            p
            for p in range(site.c1, s1)
            if text[p] == ","
            # outside a quotation, or closing one: "After saying her foot was “so swollen,” she ..."
            and (text[p + 1 : p + 2] in ("”", '"') or not ctx.in_quote(p) and not ctx.in_quote(p - 1))
        ),
        None,
    )
    if comma is None:
        return None
    src = _clause_subject(ctx, s1, after=comma)
    if src is None or not _source_ok(text, src):
        return None
    # "telling reporters that C": skip the recipient; "saying her foot was ...": "her" is C's own
    pos = site.c1 if site.lemma == "say" else _skip_after_cue(ctx, site.c1, site.lemma)
    m = THAT_RE.match(text, pos)
    if m and m.end() <= comma:
        pos = m.end()
    content = _content_span(text, pos, comma)
    if content[1] - content[0] < 3:
        return None
    return Found(source=src, cue=(site.c0, site.c1), content=[content])


def _reduced_relative_found(text: str, f: Found) -> bool:
    """A participle right after a thing ("tweets attacking a reporter"): it describes the noun (after a
    name, "a video that showed Cruz discussing his amendments, saying C", the person goes on speaking)."""
    return (
        f.source is not None
        and text[f.cue[0] : f.cue[1]].split()[0].lower().endswith("ing")
        and not text[f.source[1] : f.cue[0]].strip()
        and not any(w[:1].isupper() for w in text[f.source[0] : f.source[1]].split())
    )


_COMMA_THEN_END_RE = re.compile(r",\s+then\s*$")


def _speaker_before(site: CueSite, participle_after_comma: bool, prior: list[Found] | None) -> Span | None:
    """Who speaks: the noun phrase before the cue, or for ", saying C" the subject who spoke before."""
    ctx, c0 = site.ctx, site.c0
    if PASSIVE_BY_AGENT_RE.match(site.word[-2:] + ctx.text[site.c1 : site.c1 + 40]) and re.search(
        r"(?:,|\band|\bbut)\s*$", site.before
    ):
        return None  # "he was suspected of murder, and accused by the news media of ...": a passive, not his words
    shared = _shared_subject(site, prior) or _tag_then_second_verb(site, prior)
    if shared is not None:
        return shared
    if site.is_participle and site.prev in ASPECTUAL_VERBS:
        # "He got in my face and started yelling at me", "she kept insisting": the clause's subject
        return _clause_subject(ctx, c0)
    aspect = ASPECT_BEFORE_TO_RE.search(site.before) if site.prev == "to" else None
    if aspect and aspect.group(1).lower() in ASPECTUAL_VERBS:
        # "Clinton is continuing to insist", "Unfortunately, many veterans will continue to support": the
        # subject of the aspectual verb
        return find_source_before(ctx, ctx.sent.start + aspect.start(1)) or _clause_subject(ctx, c0)
    if participle_after_comma:
        # "..., Manchin said, referring to ...": the participle's subject spoke before.
        earlier = [f for f in (prior or []) if f.source]
        # ... not a reduced relative's head: in "X is defending his tweets attacking a reporter, saying C", X
        finite = [f for f in earlier if not _reduced_relative_found(ctx.text, f)]
        src = (finite or earlier)[-1].source if earlier else _clause_subject(ctx, c0)
    elif (
        (
            site.before.rstrip().endswith(("and", "also", "then", "later"))
            # "and officially endorsed Clinton", not "hammered out on Sunday and formally announced on
            # Wednesday, was seen": after a manner adverb, only a verb with an object of its own
            and AND_THEN_AUX_RE.search(site.before)
            or AND_ADVERB_RE.search(site.before)
            and not re.match(r"\s*(?:on|in|at|by|for|to|with|from|last|this|,)\b", ctx.text[site.c1 : site.c1 + 12])
            # "Kasich jokingly offered the man a job, then says he'll welcome advice"
            or _COMMA_THEN_END_RE.search(site.before)
        )
        and not site.is_participle
    ):
        # "Trump primes supporters with attacks on the press and cites polls": a second verb right after
        # "and" shares the clause's subject (the words before "and" end on its object)
        src = _clause_subject(ctx, c0) or find_source_before(ctx, c0)
    else:
        src = find_source_before(ctx, c0)
        if src is not None and site.is_participle and _holds_past_verb(ctx.text[src[0] : src[1]]):
            # "His campaign sent out a text message to supporters saying: C", "Protesters held signs
            # saying C": the words before the participle are a clause; its subject speaks
            src = _clause_subject(ctx, c0) or src
        if src is not None:
            src = _name_before_role(ctx, src, site.c1)
        if (
            src is not None
            and site.lemma in ("write", "say", "add", "note", "explain", "ask", "reply")
            and _previous_word(ctx.text[ctx.sent.start : src[0]]) in ("to", "on")
            and site.is_participle
        ):
            # "Clinton responded to Vargas’ question on Facebook writing, “...”": the noun phrase
            # before the participle is an object; the clause's subject writes
            src = _clause_subject(ctx, c0) or src
    if src is None and site.is_participle and site.prev == "by":
        # "When he returned he began by saying, “C”": the subject of the verb before "by" speaks
        verb = re.search(r"([a-z]+)\s+by\s*$", site.before)
        if verb and (verb.group(1).endswith("ed") or lexicon().is_("irregular_verbs", verb.group(1))):
            src = find_source_before(ctx, ctx.sent.start + verb.start(1))
    if src is None and (site.is_participle or AND_THEN_AUX_RE.search(site.before)):
        # ", saying C" and "X survived ... and says C": the clause's subject speaks.
        src = _clause_subject(ctx, c0)
    if src is None and site.cls == "speech" and WHAT_IS_SAID_AHEAD_RE.match(ctx.text, site.c1):
        # "The Romanian hacker who first revealed that C", "officials who said that C": a relative
        # clause's speech verb with what is said after it (a stance verb in such a clause, "who advised
        # Obama", describes the head)
        src = restrictive_who_head(ctx, c0)
    if (
        src is None
        and site.lemma in ("say", "claim", "argue", "insist", "contend", "believe")
        and (BARE_CLAUSE_RE.match(ctx.text, site.c1) or PRESENT_CLAUSE_RE.match(ctx.text, site.c1))
    ):
        # "a backlash from ... business leaders who say the law unfairly targets gay people": with no "that",
        # only a head in object position (a verb of the main clause before it), so that what follows is no
        # main clause ("Dozens of women who claim he assaulted them have sued" is read by no rule)
        head = restrictive_who_head(ctx, c0)
        # the head may run back over the main verb ("He met with voters"): the object after the last verb or
        # preposition speaks
        cut = (
            None
            if head is None
            else next(reversed(list(OBJECT_POSITION_BEFORE_RE.finditer(ctx.text, ctx.sent.start, head[1]))), None)
        )
        if head is not None and cut is not None:
            start = cut.end()
            words = re.match(r"\s*(?:(?:the|a|an|some|many|other)\s+)?", ctx.text[start : head[1]])
            src = (start + (words.end() if words else 0), head[1])
    if src is not None and site.is_participle and _thing_not_speaker(ctx.text[src[0] : src[1]]):
        # "he has battled with Guardian ..., at one point calling the mayor a “liar”": a thing ("point") does
        # not call anyone; the last subject pronoun before the participle does
        src = _last_subject_pronoun(ctx, site.c0) or src
    return src


SUBJECT_PRONOUN_RE = re.compile(r"\b(?:he|she|they|we)\b(?![’'](?:s|d)\s+(?:own|been)\b)", re.IGNORECASE)


def _thing_not_speaker(source: str) -> bool:
    """A lower-case noun phrase whose head names no one who could speak (`non_agents`: "one point", "the
    effort") and that shows nothing either ("recent polls showing C", "handwritten ledgers showing C")."""
    words = source.split()
    if not words or not words[-1][:1].islower():
        return False
    head, sets = words[-1].lower(), lexicon().sets
    return head in non_agents() and not any(
        head in sets[g] or head.rstrip("s") in sets[g] for g in ("document_heads", "evidence_heads", "provision_heads")
    )


def _last_subject_pronoun(ctx: SentenceContext, before: int) -> Span | None:
    hits = [m for m in SUBJECT_PRONOUN_RE.finditer(ctx.text, ctx.sent.start, before) if not ctx.in_quote(m.start())]
    return hits[-1].span() if hits else None


# a clause in the present without "that": "the law unfairly targets ...", "he is ...", "they want ..."
PRESENT_CLAUSE_RE = re.compile(
    r"\s*(?:(?:the|a|an|this|these|those|its|their|his|her|our)\s+(?:[\w’'-]+\s+){1,4}?[a-z]{3,}s\b"
    r"|(?:he|she|it|they|we)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b)"
)
# a main clause's verb or a preposition before a noun phrase: the phrase is an object, not the subject
OBJECT_POSITION_BEFORE_RE = re.compile(r"\b(?:[a-z]{3,}ed|from|by|among|with|against|to|for)\s+")
WHAT_IS_SAID_AHEAD_RE = re.compile(r"\s*(?:that\b|[“\"]|''|,\s*[“\"])")


FINITE_VERB_AHEAD_RE = re.compile(
    r"\s*(?:\S+\s+){1,10}?(?:is|are|was|were|will|would|could|can|may|might|should|must|has|have|had|[a-z]+ed)\b"
)
# "back" after a verb, then a quotation or a colon: "wrote back: ''C''" ("fired back that C" is a phrase of
# cues.json); one pattern for the particle check and for skipping it
BACK_THEN_SPEECH_RE = re.compile(r"\s*back\b(?=\s*(?::|,?\s*(?:[“\"]|'')))")
# a past participle, then "by" and an agent (not "responded by blocking": a gerund is the means)
PASSIVE_BY_AGENT_RE = re.compile(r"(?:ed|en)\s+by\s+(?![a-z]+ing\b|[a-z]+ly\s+[a-z]+ing\b)")


# "and" or "but" right before the cue, adverbs and auxiliaries between: "... and has said that C",
# "... but has since said", "and also"
AND_THEN_AUX_RE = re.compile(
    r"\b(?:and|but)\s+(?:(?:also|then|later|has|have|had|will|would|did|does|since|long|repeatedly|previously|now|still|"
    r"again|quickly|soon|even|earlier|(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year))\s+)*$"
)
# "Warren appeared with Rachel Maddow and officially endorsed Clinton": a manner adverb after "and"
AND_ADVERB_RE = re.compile(r"\b(?:and|but)\s+[a-z]{3,}ly\s*$")


def _holds_past_verb(phrase: str) -> bool:
    """Whether a word after the first of ``phrase`` is a past verb ("sent", "held", "issued") followed
    by more words: a clause read as a noun phrase."""
    words = phrase.split()
    lex = lexicon()
    return any(
        w.islower()
        and (
            lex.is_("irregular_verbs", w)
            or (w.endswith("ed") and words[k - 1].lower() not in DETERMINERS)
            # "Ted Cruz is making a pitch to voters saying C", "He has staked his campaign on it,
            # portraying": an auxiliary and its verb
            or (w in ("is", "are", "was", "were", "has", "have", "had") and words[k + 1].islower())
            # "Mrs. Clinton devotes much of her stump speech to praising": a present verb after a name, before a
            # determiner
            or (
                w.endswith("s")
                and words[k - 1][:1].isupper()
                and words[k + 1].lower() in DETERMINERS | {"much", "most", "all", "both"}
            )
        )
        for k, w in enumerate(words[1:-1], start=1)
    )


NAME_LEAD_RE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,\s*")


def _name_before_role(ctx: SentenceContext, src: Span, cue_end: int) -> Span:
    """ "Sam Lau, the communications director for the party said ...": a sentence that opens with a
    name set off by a comma before a role ("the"/"a" + a role or person noun) names the speaker;
    the closing comma of the apposition is missing, so the name is part of the source."""
    text = ctx.text
    m = NAME_LEAD_RE.fullmatch(text, ctx.sent.start, src[0])
    if not m or not re.match(r"(?:the|a|an)\s", text[src[0] : src[1]]) or _adjunct_only(m.group(1)):
        return src  # "Yesterday, the spokesman said", "In Ohio, a spokesman said": no name
    if text[cue_end : ctx.sent.end].lstrip().startswith(","):
        return src  # "Ohio, the spokesman said, will vote": the name is the claim's subject
    if _role_apposition_end(text[src[0] : src[1]] + ",", 0, src[1] - src[0] + 1) is None:
        return src
    return (m.start(1), src[1])


# an aspectual verb, "to" and a base form: "continued to question", "began to portray"
ASPECTUAL_TO_BASE_RE = re.compile(
    r"\b(?:start|starts|started|starting|begin|begins|began|begun|beginning|keep|keeps|kept|continue|continues|"
    r"continued|continuing|(?:go|goes|went|going|gone)\s+on)\s+to\s+([a-z]{4,})\b"
)
ASPECTUAL_VERBS = frozenset(
    "start starts started starting begin begins began begun beginning keep keeps kept continue continues continued "
    "continuing "
    "stop stops stopped".split()
) | {"go on", "goes on", "went on", "going on", "gone on"}  # "The email goes on to say", "went on to call"
# the aspectual verb before "to" ("continued to", "went on to")
GO_ON_TO_AFTER_RE = re.compile(r" on(?= to )")
ASPECT_BEFORE_TO_RE = re.compile(r"((?:go|goes|went|going|gone)\s+on|[A-Za-z]+)\s+to\s*$")

COORDINATED_RE = re.compile(r"(?:,|,?\s+(?:And|But))\s*$")  # a body's "and" is read by the clause subject


def _shared_subject(site: CueSite, prior: list[Found] | None) -> Span | None:
    """ "Graham slammed Trump, praised Clinton", "Le Pen Backs Trump And Denounces Clinton": a second
    verb of the same form, right after a comma or "and" inside the first verb's content, shares its
    subject (only a short object stands between them)."""
    if site.is_participle or not prior or not COORDINATED_RE.search(site.before):
        return None
    text, c0 = site.ctx.text, site.c0
    first = next(
        (f for f in reversed(prior) if f.source and f.cue[1] <= c0 and any(a <= c0 < b + 2 for a, b in f.content)),
        None,
    )
    first_source = text[first.source[0] : first.source[1]].lower() if first is not None else ""
    if first is None or first_source == "that" or RELATIVE_WHO_RE.fullmatch(first_source):
        return None  # "Sanders, who on Tuesday endorsed Clinton, said": the comma closes the relative clause
    cue1 = text[first.cue[0] : first.cue[1]].split()[-1].lower()
    cue2 = site.word.split()[0].lower()

    def form(w: str) -> str:
        return "ed" if w.endswith("ed") or w in PAST_PARTICIPLES else "s" if w.endswith("s") else "other"

    between = text[first.cue[1] : c0]
    if form(cue1) != form(cue2) or form(cue1) == "other" or len(between.split()) > 12:
        return None
    if re.search(r"[;:“”\"]|\b(?:that|who|which|when|because|while)\b|\bas\s+(?:he|she|they|it|we)\b", between):
        return None  # a clause of its own in between: "said that X, praised ..." is not coordination
    if re.search(r"\band\s+[A-Z]", between):
        return None  # "McCain supported it and Cruz, as he has in the past, opposed": a new subject
    return first.source


# what joins a speech tag to a second verb of the same speaker: "said, but added", "told reporters, before
# insisting", "said Smith, who added" is read elsewhere
TAG_THEN_VERB_RE = re.compile(
    r"(?:\s+[\w’'-]+){0,3}\s*,?\s*(?:(?:and|but)\s+(?:also\s+|then\s+|later\s+)?|(?P<sub>before|after|while)\s+(?:also\s+)?)"
)


def _tag_then_second_verb(site: CueSite, prior: list[Found] | None) -> Span | None:
    """ "“C,” Smith said, but added that D", "“C,” Trump told reporters, before insisting D": a second
    verb right after a speech tag has the tag's speaker (a quotation before the tag hides the clause's
    subject from the usual search)."""
    if not prior:
        return None
    last = prior[-1]
    if last.source is None or last.source[1] > last.cue[1] or any(b > last.source[0] for _, b in last.content):
        return None  # only a tag after its quotation ("“C,” Smith said"), its speaker before its verb
    text = site.ctx.text
    between = text[last.cue[1] : site.c0]
    m = TAG_THEN_VERB_RE.fullmatch(between) if len(between) <= 40 else None
    if m is None or (m.group("sub") and not site.is_participle):
        return None  # "said, before the vote, that": only "before insisting", a participle, is his
    return last.source


def _quotation_before_speaker(site: CueSite, src: Span, cue: Span) -> Found | None:
    """ "“C,” McCain said, citing ...": the quotation before the speaker is the content, whatever
    follows the cue."""
    ctx, text, s0 = site.ctx, site.ctx.text, site.ctx.sent.start
    if any(cue_info(w) is not None for w in WORD_APOS_RE.findall(text[src[1] : cue[0]])):
        return None  # "“C,” Smith said, but added that D": the quotation is the first verb's, not this one's
    lead = text[s0 : src[0]].rstrip()
    # (",“": "“Apparently not,“ he said", an opening mark typed for the closing one)
    if lead.endswith(CLOSERS + (",“",)) and not lead.endswith(("’",)) or lead.endswith((",’", "?’", "!’")):
        q = ctx.quote_at(s0 + len(lead) - 1) or ctx.quote_at(s0 + len(lead) - 2)
        if q and SHOW_TITLE_BEFORE_RE.search(text, max(s0, q[0] - 40), q[0]) and _title_words(text[q[0] : q[1]]):
            return None  # "on Fox News Channel’s “Hannity,” Newt Gingrich said C": the show's title, not his words
        before_quote = text[max(s0, q[0] - 30) : q[0]].rstrip(" “\"‘'") if q else ""
        if q and before_quote[-1:].isalpha() and lexicon().is_("quoted_term_openers", before_quote.split()[-1]):
            # "... to his call for a federal “deportation force,” Will described": words in quotation marks
            # inside a noun phrase of the lead are a term, not the speaker's statement
            return None
        if q and re.match(r"\s*[A-Z][a-z]+ing\b", text[s0 : q[0]]) and WHAT_IS_SAID_AHEAD_RE.match(text, cue[1]):
            return None  # "Remarking upon Clinton's “genuine empathy,” Starr said, “C”": the words after the cue
        if (
            q
            and SUBORDINATE_LEAD_RE.match(text, s0, q[0])
            # ("Because of Clinton's lack of support", "As a Republican": phrases, not clauses)
            and not re.match(r"\s*(?:[Bb]ecause\s+of|[Aa]s\s+(?:a|an|the|of))\b", text[s0 : q[0]])
            and any(cue_info(w) is not None for w in WORD_APOS_RE.findall(text[s0 : q[0]]))
            and not _rest_is_tail(ctx, cue[1])
        ):
            # "Although Weiner admitted ... that they had “been friends for some time,” he claimed they had never
            # met": the quotation is what the subordinate clause's verb attributes; this verb has its own clause
            return None
        if q and OPENING_PARTICIPLE_BEFORE_RE.fullmatch(text, s0, q[0]):
            return None  # "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that C": the reason, not C
        if q and text[q[1] - 1 : q[1]] == "." and not _rest_is_tail(ctx, cue[1]):
            # "“C.” Reid said both Rubio and Cruz are D": a quotation closed by a full stop is a sentence of
            # its own; a speaker whose verb has words of its own after it starts the next statement
            return None
        if q:
            return Found(source=src, cue=cue, content=[q], quote="direct")
    return None


# a participle that opens the sentence right before the quotation ("Citing “...,”", "Quoting the ad's “...”")
OPENING_PARTICIPLE_BEFORE_RE = re.compile(r"\s*[A-Z][a-z]+ing\s+(?:(?:the|his|her|their|its|a|an)\s+)?[“\"]")
# a title in quotation marks after a possessive or "on" ("on Fox News channel’s “Sunday Morning Futures,”")
SHOW_TITLE_BEFORE_RE = re.compile(r"(?:[’']s|on|in)\s*[“\"]$")


def _title_words(quoted: str) -> bool:
    words = re.findall(r"[\w’'-]+", quoted)
    small = ("the", "of", "and", "a", "an", "in", "on", "for", "to", "with")
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in small for w in words)


# what one claims by taking it: "claimed Ford’s body", "claimed three lives", "claimed the title"
CLAIMED_THING_RE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|[\w’'.-]+[’']s|\w+)\s+){0,2}"
    r"(?:body|bodies|remains|life|lives|title|titles|crown|prize|seat|seats|throne|land|lands|territory|"
    r"inheritance|estate|luggage|baggage|reward|jackpot|trophy|medal|spot|ownership|custody)\b"
)


OBJECT_THEN_QUOTATION_RE = re.compile(r"\s*(?:[\w’'-]+\s+){0,5}[\w’'-]+:\s*[“\"]")


FOUND_CLAUSE_AHEAD_RE = re.compile(
    r"\s*(?:that\b|whether\b|“|\"|:|(?:[\w’'-]+\s+){1,6}?(?:is|are|was|were|had|has|have|would|could|will|should|"
    r"might|may|can|did|does|do)\b)"
)


def _person_found_a_thing(ctx: SentenceContext, src: Span, c1: int) -> bool:
    """ "He found a man bleeding", "A family friend found the suspect's car", "she found a beautiful harmony",
    "found himself in": a person (a pronoun or a noun for people) who finds a thing, with no clause after the verb,
    makes no finding (PolNeAR train attributes 10 of 36 such "found"; evidence, "the study found", still does)."""
    if FOUND_CLAUSE_AHEAD_RE.match(ctx.text, c1):
        return False  # "found that C", "found the nominee was ahead"
    if re.match(r"\s+(?:him|her|them|it|my|our|your)sel(?:f|ves)\b", ctx.text[c1 : c1 + 16]):
        return True  # "found himself in a series of contentious exchanges"
    if evidence_speaks(ctx.text, src):
        return False  # "The poll of 1,000 likely voters found Smith leading": evidence, whatever its words
    head = source_head(ctx.text, src).lower()
    if head in ("he", "she", "they", "i", "we", "you"):
        return True
    first = ctx.text[src[0] : src[1]].split()[0]
    first_low = first.lower()
    first_one = first_low[:-1] if first_low.endswith("s") and not first_low.endswith("ss") else first_low
    if first[:1].isupper() and first_low not in DETERMINERS and not lexicon().is_("wordnet_persons", first_one):
        return False  # "Mark Jebens, a veteran of 22 years in the Marine Corps, found": a named person
    singular = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return lexicon().is_("wordnet_persons", singular)  # "A family friend", "investigators", not "The poll of voters"


def _needs_clause_but_has_none(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """A cue that speaks only with a clause or a quotation has none ... but "posted her public allegiance
    to ISIS on Facebook": what a post said; and a title-case headline drops its "that": "Media Reports
    Reveal Reason Behind Trump’s Firing", "Maher Tells Guest Muslim Violence is Beyond Compare"."""
    return (
        site.lemma in NEEDS_CLAUSE_SPEECH
        and not has_clause
        and not BARE_CLAUSE_RE.match(rest)
        # "Politico reveals a few relevant facts: “...”": a short object, then a colon and the quotation
        and not OBJECT_THEN_QUOTATION_RE.match(rest)
        and not (site.lemma == "post" and POSTED_ON_PLATFORM_RE.search(rest))
        and not (site.ctx.sent.role == "headline" and site.word[:1].isupper() and _title_case(rest))
    )


def _did_not_say_whether(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Trump didn’t say whether he would attend": he said nothing of it."""
    return bool(
        site.before.rstrip().endswith(("not", "n’t", "n't", "never"))
        and re.search(r"(?:\bnot|n[’']t|\bnever)\s*$", site.before)
        and re.match(r"\s*(?:whether|if)\b", rest)
    )


def _charge_without_accusation(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "the charging cable", "charging $5": only "charged that C" or "charged X with C" accuse."""
    return site.lemma == "charge" and not has_clause and not re.match(r"\s*(?:[\w’'.,-]+\s+){1,9}?with\b", rest)


def _helped_found(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "helped found the group": to found, not to find."""
    return site.lemma == "find" and site.prev == "helped"


def _claimed_a_thing(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "The family claimed Ford’s body", "claimed three lives": taking, not asserting."""
    return bool(site.lemma == "claim" and not has_clause and CLAIMED_THING_RE.match(rest))


def _wrote_a_thing(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "wrote the letter", "wrote the introduction", "wrote handbooks for the GURPS ... systems": an
    action, not a statement."""
    return bool(
        site.lemma == "write"
        and (DETERMINER_AHEAD_RE.match(rest) or (not has_clause and BARE_PLURAL_AHEAD_RE.match(rest)))
        and not clause_ahead_any(rest)
    )


# "wrote handbooks for ...", "writes columns about ...": a bare plural noun, a thing written
BARE_PLURAL_AHEAD_RE = re.compile(
    r"\s*(?!(?:us|its|his|this|always|perhaps|sometimes)\b)[a-z]{3,}[^s\W]s"
    # ... then a preposition or the clause's end ("She wrote lawmakers should act" has a clause)
    r"(?=\s+(?:for|about|on|in|of|to|and|with)\b|\s*[.;,]|\s*$)"
)


def _adverb_only(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "he responded quickly.", "she added softly": an adverb and nothing said."""
    return not has_clause and ADVERB_ONLY_RE.match(rest) is not None


ADVERB_ONLY_RE = re.compile(r"\s*[a-z]+ly\s*(?:[.;!?]|$)")


def _added_a_thing(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "will add a new element to the morning mix", "add the fruit pectin", "added around 292,000 jobs":
    adding a thing, not a remark ("added the exact circumstances remained unclear" has a clause of its own)."""
    if site.lemma != "add" or has_clause or clause_ahead_any(rest):
        return False
    if AMOUNT_AHEAD_RE.match(rest):
        # its phrase runs to the comma: "added around 292,000 jobs in December, China suffered ..."
        phrase = re.split(r",(?!\d)", rest)[0]  # "added 1,200 troops would ...": a thousands separator is no end
        return not FINITE_VERB_AHEAD_RE.match(phrase) and not re.search(r"[:“\"]", phrase)
    return bool(
        DETERMINER_AHEAD_RE.match(rest)
        and not FINITE_VERB_AHEAD_RE.match(rest)
        and not re.search(r"[:“\"]|\b(?:comment|caveat|caption|note|remark|plug)\b", rest)
    )


def _singular_noun(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "a more sympathetic tweet", "the answer": a singular noun, not a verb."""
    prev = site.prev
    return (
        site.lemma in NOUN_AMBIGUOUS
        and site.word.lower() == site.lemma
        and not has_clause
        and not _rest_is_tail(site.ctx, pos)
        and prev not in VERB_CONTEXT
        and not lexicon().is_("pronouns", prev)
        and not prev.endswith("s")
    )


PLAIN_SPEECH_FORMS = frozenset("say says said tell tells told write writes wrote".split())
# a possessive determiner and up to two modifiers: "their empty charges", "his repeated claims"
POSSESSIVE_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?i:his|her|their|its|our|my|your)|[A-Z][\w.-]*[’']s)\s+(?:[a-z][\w-]*\s+){0,2}$"
)


def _noun_after_possessive(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "their empty charges that C", "his claims": after a possessive an -s form is a plural noun, never a
    verb (the owner's statement is read by `possessive_said_that`)."""
    word = site.word.lower()
    return word in _plural_statement_nouns() and bool(POSSESSIVE_BEFORE_RE.search(site.before))


@cache
def _plural_statement_nouns() -> frozenset[str]:
    """ "claims", "charges", "remarks": the plural of a noun of statement or position (cues.json), a cue's
    -s form too ("her financial disclosure suggests C": "suggests" after a possessive's noun is a verb)."""
    cues = lexicon().cues
    nouns = {*cues["statement_nouns"], *cues["position_nouns"]}
    return frozenset(n if n.endswith("s") else n + "s" for n in nouns)


def _noun_after_participial_adjective(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "the debunked claim that", "give mixed signals about", "circulate unconfirmed reports", "the years of
    empty promises": after an article or a verb, an -ed adjective makes the cue word a noun (not "the wounded
    said": a plain speech verb has no noun form; after a possessive, "his often-repeated vow that C", the
    noun is his statement)."""
    word = site.word.lower()
    if word in PLAIN_SPEECH_FORMS or not (word.endswith(("s", "ing")) or site.lemma in NOUN_AMBIGUOUS):
        return False
    words = site.before.split()
    while words and words[-1].islower() and words[-1].endswith("ly") and len(words[-1]) > 4:
        words.pop()  # "the newly identified emails"
    if len(words) < 2:
        return False
    adjective, opener = words[-1], words[-2].lower()
    lex = lexicon()
    return (
        adjective.isalpha()
        and adjective.islower()
        and (adjective.endswith("ed") or lex.is_("participial_adjectives", adjective))
        and not lex.is_("auxiliaries", adjective)
        and lex.is_("noun_phrase_openers", opener)
    )


def _called_on_not_urging(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "calling on the phone", "called on her at home": only "called on X to do Y" urges."""
    return (
        site.lemma == "call"
        and site.word.lower().endswith(" on")
        and not re.match(r"\s*(?:\S+\s+){1,8}?to\s+[a-z“\"]", rest)
    )


def _phoned(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "called 911", "called an ambulance", "called the police": a telephone call, not a statement
    (cues.json ``phone_call_objects``)."""
    return site.lemma == "call" and _phone_call_re().match(rest) is not None


@cache
def _phone_call_re() -> re.Pattern[str]:
    objects = sorted(lexicon().cues["phone_call_objects"], key=len, reverse=True)
    # the object ends there ("called the police report a hoax" calls the report something)
    end = r"\s*(?:[.,;:!?)]|$|(?:and|but|to|for|after|before|when|while|on|at|from|because|in|as|about)\b)"
    # ... and no quotation follows in the clause ("called police and prosecutors “corrupt.”")
    return re.compile(
        r"\s*(?:" + "|".join(re.escape(o) for o in objects) + r")" + end + r"(?![^.;]*[“\"])", re.IGNORECASE
    )


# "found him", "explained them to me", "reported to him": what follows is a person acted on, no claim
OBJECT_PRONOUN_ONLY_RE = re.compile(
    r"\s*(?P<obj>(?:him|her|them|me|us)\b(?:\s+(?:to|for)\s+(?:him|her|them|me|us)\b)?"
    r"|(?:to|for)\s+(?:him|her|them|me|us)\b)"
    r"\s*(?:[.,;:!?)]|$|(?:and|but|in|at|on|after|before|when|while|with)\b)"
)


def _person_acted_on(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Elise Matthesen found him", "the novelist Jo Walton explained them to me", "Vindman reported to
    him": after these verbs an object pronoun and no more is a person acted on or a thing passed on, no
    claim (a stance keeps its object: "Gov. Jerry Brown endorsed her", "Ryan backs him")."""
    if site.lemma not in ("find", "explain", "report") or has_clause:
        return False
    m = OBJECT_PRONOUN_ONLY_RE.match(rest)
    # "found her in violation of the Hatch Act", "found him in contempt": a finding goes on past the pronoun
    if m is None:
        return False
    return site.lemma != "find" or re.fullmatch(r"\s*[.,;:!?)]?\s*", rest[m.end("obj") :]) is not None


def _compared_to(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "14 percent of the vote compared to Clinton’s 76 percent": a comparison, not a speaker's."""
    return bool(site.word.lower() == "compared" and re.match(r"\s*(?:to|with)\b", rest))


def _called_out_to(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "He called out to the crowd", "called out for pizza": a shout, not a rebuke."""
    return bool(site.word.lower().endswith(" out") and re.match(r"\s*(?:to|for)\b", rest))


_OBJECT_FRONTED_PREPOSITION_RE = re.compile(r"\s*(?:for|about|of|with|to|on|into|at)\s*(?:[,.;]|$)")


def _object_fronted(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "a tenth of what they asked for, the exchange said": the object was fronted."""
    return bool(_OBJECT_FRONTED_PREPOSITION_RE.match(rest))


def _object_fronted_by_relative(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Megyn Kelly - whom he famously lit into at a debate": the object was fronted (a relative
    pronoun); what follows the phrase is no claim."""
    word = site.word
    return bool(
        " " in word
        and STRANDED_PREPOSITION_RE.search(word)
        and re.match(r"\s*(?:(?:at|in|on|during|after)\b|[,.;]|$)", rest)
    )


def _particle_verb(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "showed up", "found himself" (but "wrote back: “C”", "fired back that C" speak). "Kaine has
    described himself as a pro-life Catholic", "called herself a feminist": a self-description ... but
    not a name the speaker goes by inside a noun phrase ("wrote a man calling himself Paul Paul", "a man
    who calls himself Paul"): that names the speaker of another claim."""
    next_word = NEXT_WORD_RE.match(rest)  # "down-ballot" is not the particle "down"
    return bool(
        next_word
        and next_word.group(1).lower() in PARTICLES
        and not BACK_THEN_SPEECH_RE.match(rest)
        and not (
            lexicon().is_("self_description_verbs", site.lemma)
            and next_word.group(1).lower().endswith(("self", "selves"))
            and site.prev not in ("who", "that", "which")
            and not (site.is_participle and not site.stripped_before.endswith(","))
        )
    )


def _infinitive_cue_without_to(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "refused", "declined", "seemed", "appeared" (`INFINITIVE_ONLY`) say something only before "to"."""
    return bool(site.lemma in INFINITIVE_ONLY and not TO_AHEAD_RE.match(rest))


@cache
def _question_opening_re() -> re.Pattern[str]:
    """A hypothetical yes-no question: a modal (cues.json ``question_modals``) opens the sentence, then its subject
    ("Would Adam Schiff have pleaded to ...?"); what it imagines was not said."""
    modals = "|".join(re.escape(m) for m in sorted(lexicon().cues["question_modals"], key=len, reverse=True))
    return re.compile(rf"\W{{0,3}}(?:(?:And|But|So|Yet|Or)\s+)?(?:{modals})\s+[^,;:?“”\"]{{1,80}}$")


def _question(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Would Adam Schiff have pleaded to keep the identity secret?": a hypothetical question; no one said it (a
    quotation's question is its speaker's, and is not read here)."""
    ctx = site.ctx
    end = ctx.text.find("?", site.c1, ctx.sent.end + 1)
    return end >= 0 and bool(_question_opening_re().match(ctx.text, ctx.sent.start, site.c0))


def _hypothetical(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Voters might blame a Democrat", "Critics could argue": no one said it (yet)."""
    return bool(HYPOTHETICAL_BEFORE_RE.search(site.before))


def _agreed_to_act(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "agreed with the analysis" takes a side; "agreed to make", "agreed on" are acts (seed gold)."""
    return site.lemma == "agree" and not (has_clause or re.match(r"\s*with\b", rest))


def _refusal(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "declined to comment on the memo": a refusal, not a claim."""
    return site.lemma in INFINITIVE_ONLY and any(
        rest.lower().lstrip().startswith(n) for n in lexicon().cues["non_statements"]
    )


def _document_noun_before_verb(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "hacked emails show": the noun before the verb."""
    word = site.word.lower()
    return (
        word.endswith("s")
        and word[:-1] in lexicon().sets["document_heads"]
        and site.nxt
        in ("show", "showed", "shown", "suggest", "suggested", "reveal", "revealed", "indicate", "indicated")
    )


def _stance_backward(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """Stance verbs attribute their object, forward only; ", referring to C" right after "X said" does
    ... but not a phrase that says the stance outright ("..., throwing its support behind her campaign")."""
    return site.cls == "stance" and (
        site.is_participle
        and site.stripped_before.endswith(",")
        and not site.after_attribution
        and " " not in site.word
        or _is_trailing_form(rest)
    )


@cache
def _cast_as_re() -> re.Pattern[str]:
    """ "cast himself as a Washington outsider", "cast the former secretary of state as a favor-trading ... agent":
    the object, then "as"; or one of cues.json ``cast_statement_objects`` ("cast their votes for", "the blame"), not
    one of ``cast_act_objects`` ("cast doubt on", "cast a shadow")."""
    cues = lexicon().cues
    said = "|".join(
        re.escape(o).replace(r"\ ", r"\s+") for o in sorted(cues["cast_statement_objects"], key=len, reverse=True)
    )
    acts = "|".join(re.escape(o) for o in sorted(cues["cast_act_objects"], key=len, reverse=True))
    det = r"(?:(?:a|an|the|their|his|her|its|our|my)\s+)?"
    return re.compile(rf"\s+(?:{det}(?:{said})\b|(?!{det}(?:{acts})\b)(?:[\w’'.-]+\s+){{1,7}}?(?:more\s+)?as\s)")


def _cast_without_as(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "cast" depicts only as "cast X as Y" (or casts a vote, the blame); "cast doubt on the report", "cast a
    shadow" are no statements."""
    return site.lemma == "cast" and not _cast_as_re().match(rest)


def _verb_before_to(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "adding to her lead", "continues to grow"."""
    return bool(TO_AHEAD_RE.match(rest) and site.lemma in NOT_BEFORE_TO)


def _inner_state(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """ "Trump believes ...", "she hopes to ...": an inner state in the article's own voice, not a
    statement (kinds guide: unattributed); when it was stated, a speech verb says so."""
    return site.cls == "position"


# In the order they were written; each says the cue is not a statement here.
NOT_A_STATEMENT_TESTS: tuple[Callable[[CueSite, str, int, bool], bool], ...] = (
    _needs_clause_but_has_none,
    _did_not_say_whether,
    _charge_without_accusation,
    _helped_found,
    _claimed_a_thing,
    _wrote_a_thing,
    _added_a_thing,
    _singular_noun,
    _noun_after_possessive,
    _noun_after_participial_adjective,
    _called_on_not_urging,
    _phoned,
    _person_acted_on,
    _adverb_only,
    _compared_to,
    _called_out_to,
    _object_fronted,
    _object_fronted_by_relative,
    _particle_verb,
    _infinitive_cue_without_to,
    _hypothetical,
    _question,
    _agreed_to_act,
    _refusal,
    _cast_without_as,
    _document_noun_before_verb,
    _stance_backward,
    _verb_before_to,
    _inner_state,
)


def _not_a_statement(site: CueSite, rest: str, pos: int, has_clause: bool) -> bool:
    """What follows the cue shows it is not a statement here: "showed up", "wrote the letter",
    "declined to comment", "continues to grow", an inner state, a noun ("the answer"). Any test of
    `NOT_A_STATEMENT_TESTS` says so."""
    return any(test(site, rest, pos, has_clause) for test in NOT_A_STATEMENT_TESTS)


def _splits_subject(text: str, first: Span, second: Span) -> bool:
    """A short noun phrase before the attribution and a verb right after it."""
    head_words = text[first[0] : first[1]].split()
    nxt = re.match(r"[\w’'-]+", text[second[0] : second[1]])
    if not nxt or not 1 <= len(head_words) <= 8 or "," in text[first[0] : first[1]]:
        return False
    w = nxt.group(0)
    lex = lexicon()
    info = cue_info(w)
    return w.islower() and (
        lex.is_("auxiliaries", w)
        or w in ("would", "will", "could", "can", "may", "might", "should", "must")
        or (w.endswith(("s", "ed")) and not w.endswith("ss") and info is None and len(w) > 3)
        # "Democrats, Frank notes, applaud the ...": a plural subject, then a verb's plain form
        or (
            info is not None
            and info.lemma == w
            and head_words[-1].endswith("s")
            and not head_words[-1].endswith(("ss", "’s", "'s"))
        )
    )


AS_TAIL_RE = re.compile(
    r"(?:(?:in|at|on|during|last|this|recently|earlier|later|once|then|years?|months?|weeks?|just|today|"
    r"yesterday|tonight|previously|first|already|also|again|here|there)\b[^,;:“”\"]{0,60})",
    re.IGNORECASE,
)
# "And as Menendez pointed out, C": a conjunction may open the sentence before "as"
AS_LEAD_RE = re.compile(r"(?:^(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\b,?\s*)?|(?P<comma>,))\s*[Aa]s\s*$")


def _as_aside(site: CueSite, src: Span, cue: Span, lead: str, pos: int) -> Found | None:
    """ "C, as David Dayen noted in The Intercept." / "As another Pew study noted, C": an attribution
    in an "as" clause; the claim is the rest of the sentence."""
    m = AS_LEAD_RE.search(lead)
    if not m:
        return None
    ctx, text, s0, s1 = site.ctx, site.ctx.text, site.ctx.sent.start, site.ctx.sent.end
    if m.group("comma"):
        start = _content_start_back(ctx, s0 + m.start())
        # "where both claim roots - C, as she said at the outset - the rest": the aside opens at its dash
        dash = [d.end() for d in re.finditer(r"\s(?:-|—|–|--)\s", text[start : s0 + m.start()])]
        if dash and not ctx.in_quote(start + dash[-1]):
            start += dash[-1]
        content = _content_span(text, start, s0 + m.start())
        # "- C, as she said at the outset - the rest": a time or place after the cue (up to a closing dash)
        # is no claim of its own
        tail = re.split(r"\s(?:-|—|–|--)\s", text[pos:s1])[0].strip().rstrip(".!?”\"’'")
        if content[1] - content[0] >= 3 and (_rest_is_tail(ctx, pos) or AS_TAIL_RE.fullmatch(tail)):
            return Found(source=src, cue=cue, content=[content])
        return None
    comma = next((p for p in range(pos, s1) if text[p] == "," and not ctx.in_quote(p)), None)
    between = text[pos:comma].strip() if comma is not None else ""
    if comma is None or (between and not AS_TAIL_RE.fullmatch(between)):
        return None  # "As Trump said the plan would fail, ...": the clause after "said" is what he said
    content = _content_span(text, comma + 1, s1)
    if content[1] - content[0] < 3:
        return None
    return Found(source=src, cue=cue, content=[content])


@dataclass(frozen=True)
class AttributedCue:
    """A cue whose speaker is known, with what the steps of `_content_after_cue` read around it: the
    sentence, where the cue's object starts (`pos`, `rest`) and the sentence before the speaker (`lead`).
    What only some steps need is worked out on first use."""

    site: CueSite
    src: Span
    cue: Span
    participle_after_comma: bool  # ", saying C": the content follows
    ctx: SentenceContext
    text: str
    s0: int
    s1: int
    pos: int  # past the cue, its recipient and time words
    rest: str  # the sentence from `pos`
    lead: str  # the sentence before the speaker, right-stripped

    @classmethod
    def build(cls, site: CueSite, src: Span, cue: Span, participle_after_comma: bool) -> AttributedCue:
        ctx = site.ctx
        text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
        # Reduced relative: "media reports claiming that C" -- the noun before is the source.
        pos = _skip_after_cue(ctx, site.c1, site.lemma)
        lead = text[s0 : src[0]].rstrip()
        return cls(site, src, cue, participle_after_comma, ctx, text, s0, s1, pos, text[pos:s1], lead)

    def found(self, *content: Span, quote: str = "none") -> Found:
        return Found(source=self.src, cue=self.cue, content=list(content), quote=quote)

    @cached_property
    def that_match(self) -> re.Match[str] | None:
        """The "that" that opens the cue's clause ("said that C")."""
        m = THAT_RE.match(self.text, self.pos)
        if m and len(re.findall(r"[\w’'-]+", self.text[m.end() : self.s1])) <= 1:
            return None  # "Sanders rejected that, too": "that" is the object, not the start of a clause
        return m

    @cached_property
    def has_clause(self) -> bool:
        """A clause, a quotation or a question clause follows the cue."""
        rest = self.rest
        return (
            bool(self.that_match)
            or rest.lstrip()[:1] in (":", "“", '"')
            or rest.lstrip().startswith(
                (",“", ", “", ', "', "''", ",''", ", ''")
            )  # ''C'': a quotation in two apostrophes
            # "reveals just how swift ...", "shows exactly why ...": a question clause is what is shown
            or bool(QUESTION_CLAUSE_AHEAD_RE.match(rest))
        )

    @cached_property
    def lead_ends_claim(self) -> bool:
        """The lead ends as a claim before a trailing attribution does, on a comma or a closing quotation mark."""
        return self.lead.endswith((",", "”", '"', ",”", ',"', "''")) and len(self.lead) > 3

    @cached_property
    def parenthetical(self) -> bool:
        """ "The nickname, she explained, exists ...": between commas the cue needs no clause of its own."""
        return self.lead_ends_claim and self.lead.endswith(",") and self.rest.lstrip().startswith(",")

    @cached_property
    def adjunct_lead(self) -> bool:
        """ "In the debate Saturday, Sanders apologized to ...": a lead of adjuncts is no claim, what
        follows is the content ("Now, he says, C": after a parenthetical attribution, C alone)."""
        return self.lead_ends_claim and _adjunct_only(self.lead)

    @cached_property
    def claim_lead(self) -> bool:
        """The lead may be the claim: it ends as one, and it is not only adjuncts (unless the attribution is
        parenthetical)."""
        return self.lead_ends_claim and not (self.adjunct_lead and not self.parenthetical)

    @cached_property
    def trailing(self) -> bool:
        """ "C, the church posted on Facebook.": a trailing attribution's clause is the part before it."""
        return self.claim_lead and self.lead.endswith(",") and _rest_is_tail(self.ctx, self.pos)

    @cached_property
    def finding(self) -> bool:
        """ "CNN exit poll data revealed deep anxiety over the economy": what a poll, a study or records
        reveal is a finding, with or without a clause."""
        return lexicon().is_("finding_verbs", self.site.lemma) and evidence_speaks(self.text, self.src)

    @cached_property
    def trailing_lead(self) -> bool:
        """The lead is the claim of the attribution after it, unless the speaker opens a relative clause or
        the cue is a participle after a preposition."""
        if RELATIVE_WHO_RE.fullmatch(self.text[self.src[0] : self.src[1]].lower()):
            return False  # "Ted Cruz, who last year threatened to ...": what follows is the content
        if self.site.is_participle and self.site.prev in PREPOSITIONS:
            return False  # "..., Mr. Trump has rallied thousands by promising to impose ...": forward
        return self.claim_lead

    @cached_property
    def clause_pos(self) -> int:
        """Where the cue's object starts: past the "that" that opens its clause, if one does."""
        return self.that_match.end() if self.that_match else self.pos

    @cached_property
    def ahead(self) -> str:
        """The sentence from `clause_pos`."""
        return self.text[self.clause_pos : self.s1]

    @cached_property
    def claim_before(self) -> Span:
        """The part before the attribution: from the sentence start (or the opening of the quotation it
        sits in) to the end of the lead."""
        return _content_span(self.text, _content_start_back(self.ctx, self.src[0]), self.s0 + len(self.lead))

    @cached_property
    def claim_after(self) -> Span:
        """The part after the cue, from `clause_pos` to the sentence end."""
        return _content_span(self.text, self.clause_pos, self.s1)

    @cached_property
    def mid_sentence(self) -> bool:
        """Mid-sentence: "In the early 1990s, Ms. Ripert said, when she was earning ..., a boss ...": the
        attribution sits between two parts of the claim."""
        ahead = self.ahead
        return (
            self.trailing_lead
            and not self.has_clause
            and not self.participle_after_comma
            # (", a spokeswoman said on Saturday, and ...": the time's comma was skipped with it)
            and (ahead.lstrip().startswith(",") or self.text[self.site.c1 : self.clause_pos].rstrip().endswith(","))
            and len(ahead.strip(" ,.")) > 12
            and not PARTICIPLE_TAIL_RE.match(ahead)
            and not MANNER_PARTICIPLE_TAIL_RE.match(ahead)
        )

    @cached_property
    def mid_spans(self) -> list[Span]:
        """The parts of a mid-sentence claim long enough to keep (after a lead of adjuncts, only the second)."""
        first, second = self.claim_before, self.claim_after
        return [sp for sp in ((second,) if self.adjunct_lead else (first, second)) if sp[1] - sp[0] >= 3]

    @cached_property
    def forward(self) -> str:
        """What follows the cue and its "that", the comma or colon after the cue left out."""
        return self.ahead.lstrip(" ,:")

    @cached_property
    def forward_start(self) -> int:
        return self.s1 - len(self.forward)


def _quotation_introduced(a: AttributedCue) -> Found | _Next:
    """A quotation in the next paragraph ("X said:"), or in the next sentence when the attribution ends
    its own."""
    introduces = a.rest.rstrip().endswith(":") or (
        a.rest.strip() in ("", ".")
        and not a.lead.endswith((",", "”", '"'))
        # "It did not generate much political support. “He’s funny ...”": a stance word ending a sentence is
        # no tag of the quotation after it (a speech verb is: "Trump said.")
        and a.site.cls != "stance"
    )
    if introduces:
        nxt = _next_paragraph_quote(a.ctx) or _next_sentence_quote(a.ctx)
        if nxt and not (not a.rest.rstrip().endswith(":") and _tagged_quote(a.ctx, nxt[0])):
            return a.found(nxt, quote="direct")
    return NEXT


# '"We have bigger problems in life," says Gloria Garcia': a speech verb, or a name and one, right after the
# quotation's first closing mark tags it
TAG_AFTER_QUOTE_RE = re.compile(
    r"\s*(?:says|said|adds|added|writes|wrote|explains|explained|recalls|recalled|"
    r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:says|said|adds|added|writes|wrote))\b"
)


def _tagged_quote(ctx: SentenceContext, start: int) -> bool:
    """A quotation that opens at ``start`` and is tagged by a speaker of its own right after it closes
    (a sentence ending on a bare attribution, "17% strongly disagree.", does not introduce it)."""
    regions = quote_regions(ctx.text, max(0, start - 1), min(len(ctx.text), start + 2000))
    q = next((q for q in regions if q[0] <= start + 1), None)
    return q is not None and TAG_AFTER_QUOTE_RE.match(ctx.text, q[1] + 1) is not None


def _as_clause(a: AttributedCue) -> Found | _Next:
    """ "C, as David Dayen noted in The Intercept." / "As another Pew study noted, C": an attribution
    in an "as" clause (`_as_aside`)."""
    found = _as_aside(a.site, a.src, a.cue, a.lead, a.pos)
    return NEXT if found is None else found


def _tag_closes_bracket(a: AttributedCue) -> Found | _Next:
    """ "her approval ratings (at one point as low as 19%, Gutin says) hurt her husband": a tag that closes
    a bracket attributes what the bracket holds before it."""
    if a.rest.lstrip().startswith(")") and a.lead.endswith(",") and "(" in a.lead:
        opened = a.s0 + a.lead.rindex("(") + 1
        inside = _content_span(a.text, opened, a.s0 + len(a.lead) - 1)
        if inside[1] - inside[0] >= 3 and ")" not in a.text[opened : a.src[0]]:
            return a.found(inside)
    return NEXT


def _statement_or_none(a: AttributedCue) -> _Next | None:
    """ "showed up", "wrote the letter", "declined to comment on the memo": what follows the cue shows it
    is not a statement here (`_not_a_statement`). A parenthetical or trailing attribution, or a finding,
    counts as a clause of the cue's own."""
    if _not_a_statement(a.site, a.rest, a.pos, a.has_clause or a.parenthetical or a.trailing or a.finding):
        return None
    return NEXT


def _mid_sentence_time_after(a: AttributedCue) -> Found | _Next:
    """ "C, the Associated Press declared on Thursday, two days after voters went to the polls": a time
    after a mid-sentence attribution is when, not a claim."""
    first = a.claim_before
    if (
        a.mid_sentence
        and not a.adjunct_lead
        and first[1] - first[0] >= 3
        and TIME_ADJUNCT_RE.match(a.text, a.claim_after[0])
    ):
        return a.found(first)
    return NEXT


def _mid_sentence_new_clause(a: AttributedCue) -> Found | _Next:
    """ "C, records show, and aviation experts say ...": a new clause opens after the attribution, so what
    it attributes is the part before it."""
    first, second = a.claim_before, a.claim_after
    if (
        a.mid_sentence
        and not a.adjunct_lead
        and first[1] - first[0] >= 3
        and re.match(r"(?:and|but|while|whereas|yet|so)\b", a.text[second[0] : second[1]])
    ):
        return a.found(first)
    return NEXT


def _mid_sentence_split_subject(a: AttributedCue) -> Found | _Next:
    """ "The plan, officials said, would cost $5 billion": the attribution parts a subject from its verb,
    so the claim is both parts."""
    if a.mid_sentence and len(a.mid_spans) == 2 and _splits_subject(a.text, a.claim_before, a.claim_after):
        return a.found(*a.mid_spans)
    return NEXT


def _mid_sentence_longer_part(a: AttributedCue) -> Found | _Next:
    """ "In the early 1990s, Ms. Ripert said, when she was earning ..., a boss ...": the claim is the
    longer part; the attribution words stay out of it."""
    if a.mid_sentence and a.mid_spans:
        return a.found(max(a.mid_spans, key=lambda sp: sp[1] - sp[0]))
    return NEXT


# after the cue, where it was said and a relative aside about that place, then "that": "on CNN, where he is now a
# paid contributor, that"
ADJUNCT_ASIDE_THEN_THAT_RE = re.compile(
    r"\s+(?:on|in|at|to)\s+[^,;:“”\"]{2,60},\s+(?:where|which|who|whose|when)\b[^,;:“”\"]{2,120},\s+that\s+"
)


def _trailing_tag(a: AttributedCue) -> Found | _Next | None:
    """Trailing: "C, Kremlin Spokesman Dmitry Peskov told reporters.", "C, journalist Martha Raddatz said
    in posing the question.": nothing of the cue's own follows it, so the claim is the lead, or there is
    none. "On Monday, Trump refused to endorse Ryan": a time before the speaker is no claim, and what
    "refused to" / "agreed to" do is the content, not an adjunct; after these verbs "to" + a verb is
    always what they do ("In Kentucky, the candidate promised to protect Medicaid")."""
    text, pos, s1 = a.text, a.clause_pos, a.s1
    aside = ADJUNCT_ASIDE_THEN_THAT_RE.match(text, pos, s1)
    if aside:
        # "said on CNN, where he is now a paid contributor, that Manafort should be held to account": the
        # place of the statement and an aside about it, then what was said
        content = _content_span(text, aside.end(), s1)
        if content[1] - content[0] >= 3:
            return a.found(content)
    if not (
        not a.has_clause
        and not a.participle_after_comma
        and not CLAUSE_AHEAD_RE.match(a.ahead)
        and (
            _rest_is_tail(a.ctx, pos)
            or a.trailing_lead
            and (ADJUNCT_TAIL_RE.match(text, pos) or MANNER_PARTICIPLE_TAIL_RE.match(text, pos))
        )
        and not (
            (TIME_ONLY_RE.fullmatch(a.lead.rstrip(" ,").strip()) and re.match(r"\s*to\s+[a-z]", a.ahead))
            or (a.site.lemma in INFINITIVE_CONTENT and TO_VERB_RE.match(text, pos, s1))
        )
    ):
        return NEXT
    if a.trailing_lead and not a.adjunct_lead:
        content = a.claim_before
        if content[1] - content[0] >= 3:
            return a.found(content)
    return None


# ", an arrangement" / "— a probe" right before the speaker: the head of a relative clause with no "that"
ZERO_RELATIVE_HEAD_RE = re.compile(r"(?:,|\s[—–])\s+an?\s+[a-z][\w’'-]*$")


def _zero_relative_antecedent(a: AttributedCue) -> Found | _Next:
    """ "The committee now relies on her fund-raising, an arrangement the Sanders campaign has criticized.":
    the speaker opens a relative clause with no "that" on a noun that sums up the clause before it; with
    nothing of the cue's own after it, that clause is what was said."""
    m = ZERO_RELATIVE_HEAD_RE.search(a.lead)
    if m is None or a.has_clause or not _rest_is_tail(a.ctx, a.clause_pos):
        return NEXT
    content = _content_span(a.text, _content_start_back(a.ctx, a.src[0]), a.s0 + m.start())
    if any((info := cue_info(w)) is not None and info.cls == "speech" for w in a.text[content[0] : content[1]].split()):
        return NEXT  # "..., in which he said others had raised concerns, a prospect Vindman denied": his words
    return a.found(content) if content[1] - content[0] >= 3 else NEXT


def _time_after_trailing_tag(a: AttributedCue) -> Found | _Next:
    """ "C, the Associated Press declared on Thursday, two days after voters went to the polls": a
    time after the attribution is when, not what; the claim is before it."""
    if a.trailing_lead and not a.adjunct_lead and not a.has_clause and TIME_ADJUNCT_RE.match(a.forward):
        first = a.claim_before
        if first[1] - first[0] >= 3:
            return a.found(first)
    return NEXT


def _coordinated_verb(a: AttributedCue) -> _Next | None:
    """ "The audience applauded and the band played on": a new verb, no object of the cue."""
    if not a.has_clause and COORDINATOR_RE.match(a.forward):
        return None
    return NEXT


def _quotation_ahead(a: AttributedCue) -> Found | _Next:
    """ "said, “C,”": a quotation right after the cue is the content, unless it is a title the cue tells
    ("told ABC’s “Good Morning America” that C": the quoted title is the recipient)."""
    text, s1, cs = a.text, a.s1, a.forward_start
    q = a.ctx.quote_at(cs + 1) if a.forward[:1] in OPEN_QUOTES else None
    if not q:
        return NEXT
    title = text[q[0] : q[1]].split()
    after_q = re.match(
        r"\s*[”\"’']*(?:\s+(?:on|last|this|earlier)\s+[A-Z]?[a-z]+)?\s*(?:that|whether)\b\s*", text[q[1] : s1]
    )
    if (
        after_q
        and not re.search(r"[,:]", text[a.clause_pos : cs])  # "said, “C,” ...": a quotation, not a title
        and not text[q[0] : q[1]].rstrip().endswith((",", ".", "!", "?"))
        and len(title) <= 6
        and title[0][:1].isupper()
        and all(w[:1].isupper() or w in ("the", "of", "and", "a", "an", "in", "on", "for", "to") for w in title)
    ):
        content = _content_span(text, q[1] + after_q.end(), s1)
        if content[1] - content[0] >= 3:
            return a.found(content)
    return a.found(q, quote="direct")


def _forward_end(a: AttributedCue) -> int:
    """Where forward content ends: the sentence end, or where a new clause starts."""
    ctx, text, s0, s1, src, cs = a.ctx, a.text, a.s0, a.s1, a.src, a.forward_start
    end = s1
    semi = text.find(";", cs, s1)
    while semi >= 0 and ctx.in_quote(semi):
        semi = text.find(";", semi + 1, s1)
    if semi > cs:
        end = semi  # "a note of concern for the victims; hours later, she ...": a new clause (PolNeAR ends there)
    dash = DASH_THEN_CLAUSE_RE.search(text, cs, end)
    if dash and not ctx.in_quote(dash.start()):
        end = dash.start()  # "a debate on April 4 - but the Sanders campaign rejected the idea": a new clause
    if not a.has_clause:
        then = COMMA_AND_PRONOUN_CLAUSE_RE.search(text, cs, end)
        if then and not ctx.in_quote(then.start()):
            end = then.start()  # "stressed those worries on Sunday, and he raised them again": a new clause
    if SUBORDINATE_LEAD_RE.fullmatch(text[s0 : src[0]]):
        # "Though he said it would fail, the plan passed": the subordinate clause ends at its comma,
        # and the main clause after it is the article's
        comma = next(
            (
                k.start()
                for k in MAIN_CLAUSE_COMMA_RE.finditer(text, cs, end)
                if not ctx.in_quote(k.start()) and k.start() > cs + 3
            ),
            None,
        )
        quote_comma = MAIN_CLAUSE_QUOTE_COMMA_RE.search(text, cs, end)
        if quote_comma and quote_comma.start() > cs + 3 and (comma is None or quote_comma.start() < comma):
            comma = quote_comma.start()
        adjunct_comma = MAIN_CLAUSE_ADJUNCT_COMMA_RE.search(text, cs, end)
        if (
            adjunct_comma
            and adjunct_comma.start() > cs + 3
            and not ctx.in_quote(adjunct_comma.start())
            and (comma is None or adjunct_comma.start() < comma)
        ):
            comma = adjunct_comma.start()
        if comma is not None:
            end = comma
    src_low = text[src[0] : src[1]].lower()
    if (RELATIVE_WHO_RE.fullmatch(src_low) or src_low.endswith((" of whom", " of which"))) and text[
        s0 : src[0]
    ].rstrip().endswith(","):
        # "two Democrats, both of whom opposed the deal, are backing ...": the relative clause ends
        # at its closing comma when a verb follows it
        close = re.search(
            r",\s+(?:(?:also|now|still|currently|are|is|were|was|have|has|had|will|would)\s+)*[a-z]+", text[cs:s1]
        )
        if close and re.match(r",\s+(?:are|is|were|was|have|has|had|will|would)\b", close.group(0)):
            end = cs + close.start()
    return end


def _forward_clause(a: AttributedCue) -> Found | None:
    """ "Kremlin Spokesman Dmitry Peskov told reporters that C": what follows the cue, up to where a new
    clause starts (`_forward_end`)."""
    content = _content_span(a.text, a.forward_start, _forward_end(a))
    if content[1] - content[0] < 3:
        return None
    return a.found(content)


# The order of the content steps: a quotation the attribution introduces, the asides that name their own
# content ("as" clauses, brackets), the guard against cues that make no statement here, then the content
# around a tag (mid-sentence, trailing) and last the content ahead of the cue. Each step returns the
# content, None when there is none, or NEXT to leave it to the steps after it.
CONTENT_STEPS: tuple[Callable[[AttributedCue], Found | _Next | None], ...] = (
    _quotation_introduced,
    _as_clause,
    _tag_closes_bracket,
    _statement_or_none,
    _mid_sentence_time_after,
    _mid_sentence_new_clause,
    _mid_sentence_split_subject,
    _mid_sentence_longer_part,
    _zero_relative_antecedent,
    _trailing_tag,
    _time_after_trailing_tag,
    _coordinated_verb,
    _quotation_ahead,
    _forward_clause,
)


def _content_after_cue(site: CueSite, src: Span, cue: Span, participle_after_comma: bool) -> Found | None:
    """The content, once the speaker is known: a quotation in the next paragraph ("X said:"),
    the part before a mid-sentence or trailing attribution, or what follows the cue. The first step
    of `CONTENT_STEPS` that decides, decides."""
    attributed = AttributedCue.build(site, src, cue, participle_after_comma)
    for step in CONTENT_STEPS:
        found = step(attributed)
        if not isinstance(found, _Next):
            return found
    return None


PLATFORM_TAIL = (
    r"(?:in\s+a\s+(?:post|tweet|message|video)\s+)?on\s+(?:twitter|x|facebook|telegram|instagram|tiktok|youtube|"
    r"weibo|truth\s+social|his\s+blog|her\s+blog|social\s+media|vk|linkedin|threads)"
)
POSTED_ON_PLATFORM_RE = re.compile(rf"\b{PLATFORM_TAIL}\b", re.IGNORECASE)
# "to" and a lower-case word that is no determiner, pronoun or number: an infinitive ("pledges to stand firm")
TO_BASE_VERB_AFTER_RE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me|it|each|every|all)\b)"
    r"[“\"]?(?:[a-z]+ly\s+)?[a-z]{2,}\b"  # 'vows to “defend the Affordable Care Act ...”': a quoted infinitive
)
NOUN_AMBIGUOUS = frozenset(
    """tweet post claim answer call report comment charge attack support show note promise pledge vow question
    demand estimate forecast boast quote praise blame reply warn respond dispute welcome""".split()
)
VERB_CONTEXT = frozenset(
    "will would can could may might must should shall do does did to also who that which they we i you he she it "
    "never often always still now just people men women children police".split()  # "women claim he ...": a plural
)
WITNESS_SOURCE_RE = re.compile(
    r"^(?:(?:our|this)\s+(?:own\s+)?(?:reporter|correspondent|journalist|photographer)s?\b|"
    r"(?:reporters|journalists|correspondents|photographers|an?\s+(?:reporter|journalist|correspondent))\s+"
    r"(?:at|on|in)\s+the\s+(?:scene|site|ground))",
    re.IGNORECASE,
)
RELAY_IN_SOURCE_RE = re.compile(
    r"\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:has\s+|had\s+)?obtained|obtained|"
    r"seen\s+by|reviewed\s+by|provided\s+by|leaked\s+to)\b"
)
PASSIVE_HEAD_RE = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|had\s+been|been)\s+)?(?:first\s+|previously\s+|[a-z]{3,}ly\s+)?$"
)
NOUN_MARKERS = frozenset(
    "a an the his her their its our my your this these those some any no every much more most less such level "
    "talk additional editor’s editor's".split()
)
BE_FORMS = frozenset("is are was were be been being am 's".split())
# the word before a participle with an agent ("was first reported by Politico")
PASSIVE_PREV_WORDS = (
    BE_FORMS | {"first", "was", "were", "been"} | DETERMINERS | {"fact", "story", "news", "report", "meeting"}
)
PAST_PARTICIPLES = frozenset("told said known seen shown thought found written heard felt understood".split())


# "Sales were great, he said, wiping sweat off his face": a participle after a trailing attribution tells
# how it was said; the claim is before it (a participle that is itself a cue, "adding that", is a cue site)
MANNER_PARTICIPLE_TAIL_RE = re.compile(
    r"\s*,\s*(?!(?:nothing|something|anything|everything|during|according|morning|evening|thing)\b)[a-z]{2,}ing\b"
)
PARTICIPLE_TAIL_RE = re.compile(
    r"\s*,\s*(?:adding|saying|noting|citing|referring|pointing|according|in|on|at|"
    r"during|after|before|who|which|as\s+(?:he|she|they))\b"
)


def clause_ahead_any(rest: str) -> bool:
    return bool(re.match(r"\s*(?:[^\s,.;]+\s+){0,8}?that\b", rest))


def _is_trailing_form(rest: str) -> bool:
    return not rest.strip(' .,;:!?"”’')


def _extend_cue_back(ctx: SentenceContext, src_end: int, c0: int, c1: int) -> Span:
    """Include auxiliaries in the cue ("has said", "has long demanded")."""
    between = ctx.text[src_end:c0]
    aux = ("has", "have", "had", "will", "would", "also", "long", "later", "again", "previously", "repeatedly")
    m = (
        re.search(r"\s((?:(?:has|have|had|will|would|also|long|later|again|previously|repeatedly)\s+)+)$", between)
        if between.rstrip().endswith(aux)
        else None
    )
    if m:
        return (src_end + m.start(1), c1)
    return (c0, c1)


def _lays_down(text: str, src: Span) -> bool:
    """The source of a `provision` cue is a law, bill or rule: its head noun, or the noun before
    "that"/"which" ("D.C. conduct standards that prohibit")."""
    s = text[src[0] : src[1]]
    if s.lower() in ("that", "which"):
        s = text[max(0, src[0] - 40) : src[0]]
    words = re.findall(r"[a-z]+", re.sub(r"[’']s\b", "", s.lower()))
    return bool(words) and lexicon().is_("provision_heads", words[-1])


def _next_paragraph_quote(ctx: SentenceContext) -> Span | None:
    nxt = getattr(ctx, "next_paragraph", None)
    if not nxt:
        return None
    a, b, quotes = nxt
    body = ctx.text[a:b]
    if body.lstrip()[:1] not in OPEN_QUOTES:
        return None
    inner = [q for q in quotes if a <= q[0] <= b]
    if not inner:
        return None
    return (inner[0][0], inner[-1][1])


DASH_THEN_CLAUSE_RE = re.compile(r"\s(?:-|—|–|--)\s*(?=(?:but|yet|while|whereas)\s)")
# ", and he raised them again", ", but his campaign did not respond": a new clause whose subject is a pronoun
# or a possessive's noun, then a verb (PolNeAR ends the first content there and annotates the second apart)
COMMA_AND_PRONOUN_CLAUSE_RE = re.compile(
    r",\s+(?:and|but)\s+(?:he|she|they|(?:his|her|their|the|its)\s+[a-z]+)\s+(?:also\s+|later\s+|again\s+|still\s+)?"
    r"(?:[a-z]+(?:ed|s)|did|does|has|have|had|was|were|is|are|would|will|could|can)\b"
)


def _title_case(line: str) -> bool:
    """ "Hillary Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism.’": most words capitalised,
    a headline quoted in the body (a list of related stories)."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _next_sentence_quote(ctx: SentenceContext) -> Span | None:
    """ "Sam Lau ... said in a statement. “There are no paper ballots to recount ...”": a quotation
    that opens right after the sentence, in the same paragraph, is what the cue introduces."""
    end = ctx.sent.end
    return next(
        (q for q in ctx.paragraph_quotes if end <= q[0] <= end + 3 and not ctx.text[end : q[0] - 1].strip()),
        None,
    )


# The word that opens a clause with a speaker of its own inside a forward content (a conjunction, a
# relative pronoun), not after a preposition ("a story in which Democratic sources said": the clause
# describes a thing inside the claim) and not "as" alone ("show as many as 30 percent say").
CLAUSE_LINK_BEFORE_SOURCE_RE = re.compile(
    r"(?:,\s*)?(?<!\bin )(?<!\bof )(?<!\bby )(?<!\bto )(?<!\bon )(?<!\bboth )"
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )(?<!\byou )"  # "both he and Rubio promised": one subject
    r"\b(?:and|but|while|whereas|who|whom|which|(?P<subordinator>when|because|where|though|although|since|after|"
    r"until|if))$"
    r"|(?:,\s*|\beven\s+)as$"
)


# a time between a conjunction and the next claim's subject: "..., but late Saturday he announced C2"
TIME_BEFORE_SUBJECT_RE = re.compile(
    r"\s+(?:(?:late|early|on|last|this|earlier|later|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|morning|afternoon|evening|night|week|month|year|today|yesterday)(?:\s+(?:morning|afternoon|evening|"
    r"night))?$"
)


def _trim_overlaps(ctx: SentenceContext, found: list[Found]) -> list[Found]:
    """A forward content stops where the next attribution's source begins
    ("When asked about media reports claiming that A, Peskov stressed that B")."""
    found.sort(key=lambda f: f.cue[0])
    for i, f in enumerate(found):
        for g in found[i + 1 :]:
            if g.source is None:
                continue
            gs = min(g.source[0], g.cue[0])
            lead = ctx.text[max(0, gs - 40) : gs].rstrip()
            window = ctx.text[max(ctx.sent.start, g.cue[0] - 80) : g.cue[0]]  # bounded: stays linear
            link = None
            coordinated = g.source[1] < f.cue[0] and re.search(
                # ("... but did note that C2": an auxiliary after the conjunction)
                r"(?:,?\s*(?:and|but)(?:\s+also|\s+then)?|,\s*then)(?:\s+(?:did|does|do|has|have|had|will|would))?$",
                window.rstrip(),
                re.IGNORECASE,
            )  # "X said C1, but agreed that C2", a headline's "X Backs A And Denounces B": the second verb shares X
            if coordinated:
                gs = g.cue[0] - len(coordinated.group(0)) - (len(window) - len(window.rstrip()))
            elif g.source[1] <= f.cue[0] and _after_comma(
                ctx, ctx.text[max(0, g.cue[0] - 40) : g.cue[0]].rstrip(), g.cue[1]
            ):
                # "X endorsed Cruz, saying C": the participle shares X and opens a claim of its own (an
                # adverb before it, ", even suggesting", is in neither claim)
                w0 = max(0, g.cue[0] - 30)  # a bounded window: this runs for every pair of claims
                adverb = re.search(rf"\s+{PARTICIPLE_ADVERB}\s*$", ctx.text[w0 : g.cue[0]])
                gs = w0 + adverb.start() if adverb else g.cue[0]
            elif (
                g.source[1] <= f.cue[0]
                and ctx.text[g.cue[0] : g.cue[1]].lower().endswith("ing")
                and (
                    link := re.search(
                        r"(?:,?\s+(?:while|by|without)|,\s+(?:before|after)|(?P<bare>\s+(?:before|after)))"
                        r"(?:\s+(?:also|then|again|even))?\s*$",
                        ctx.text[max(0, g.cue[0] - 40) : g.cue[0]],
                    )
                )
                # "said C1 on Twitter before claiming that C2": without a comma, only before what is said (not
                # "returned to Japan after concluding a peace treaty", an act)
                and (not link.group("bare") or WHAT_IS_SAID_AHEAD_RE.match(ctx.text, g.cue[1]))
            ):
                # "X promised C1 while also suggesting C2", "X countered by suggesting C2", "X told
                # reporters C1, before insisting C2": the same speaker's second claim; the linking
                # words are in neither
                gs = max(0, g.cue[0] - 40) + link.start()
            elif sub := re.search(
                r"(?:,|\s—|\s–|\s--)\s*(?:although|though|while|but|and|because|as|whereas|even though)$",
                lead[: time_tail.start()] if (time_tail := TIME_BEFORE_SUBJECT_RE.search(lead)) else lead,
            ):
                gs = max(0, gs - 40) + sub.start()  # "C, though she noted C2": the conjunction is in neither
            elif adjunct := re.search(
                r",\s*(?:despite|amid|after|following|contrary\s+to|in\s+spite\s+of)\s+[^,;:]*$", lead
            ):
                # "X said C, despite some recent suggestions by the news media that C2": the adjunct
                # holds another source's claim, in neither
                gs = max(0, gs - 40) + adjunct.start()
            elif (
                (conj := re.search(r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bI)\s(?:and|but)$", lead))
                and ctx.text[g.source[0] : g.source[0] + 1].isupper()
                and not ctx.text[g.cue[0] : g.cue[1]].split()[0].lower().endswith("ing")
            ):
                # "McCain supported it and Cruz opposed the measure": a new named subject after "and" opens a
                # clause of its own; the conjunction is in neither claim (not after a subject pronoun: "Cruz
                # said both he and Rubio promised" is one subject)
                gs = max(0, gs - 40) + conj.start()
            elif not lead.endswith((",", ";", ":", "—", "--", ",”", ',"', ",’", ",''")):
                # (a comma inside a closing quotation mark also ends the content: 'in a “burn bag,” the Times
                # reported')
                clause = CLAUSE_LINK_BEFORE_SOURCE_RE.search(lead) if g.source[0] >= f.cue[1] else None
                if clause and clause.group("subordinator"):
                    # a time or condition clause holds a speaker's own claim only when its verb is one of speech
                    # ("after the Associated Press reports C2"), not an act ("hours after Trump proposed a ban")
                    info = cue_info(ctx.text[g.cue[0] : g.cue[1]])
                    clause = clause if info and info.cls == "speech" else None
                if not clause:
                    continue  # "..., in which Moscow had expressed": a clause inside the content
                # "vetoed a bill ..., which critics said was discriminatory", "called Wednesday for a special
                # prosecutor after the Associated Press reports C2", "nine in 10 said C1 while six in 10 said
                # C2": a clause with a speaker of its own ends the first claim and makes a second (PolNeAR
                # never nests them); its linking word is in neither
                gs = max(0, gs - 40) + clause.start()
            new = []
            for a, b in f.content:
                if a < gs < b and f.cue[1] <= a:
                    b = _content_span(ctx.text, a, gs)[1]
                elif link and gs <= a <= g.cue[0] < b:
                    continue  # "countered by suggesting C": only the participle's claim is left
                new.append((a, b))
            f.content = [span for span in new if span[1] > span[0]]
    found = [f for f in found if f.content]
    # An attribution inside another's content is part of that claim (PolNeAR never nests them).

    def inside(f: Found, g: Found) -> bool:
        return g is not f and any(a <= f.cue[0] < b for a, b in g.content)

    def gerund(f: Found) -> bool:
        return ctx.text[f.cue[0] : f.cue[1]].split()[0].lower().endswith("ing")

    # ... but when two hold each other ("This sort of opining, CNN claimed, violates ..."), the finite verb
    # is the attribution and the gerund a noun in its claim
    return [
        f for f in found if not any(inside(f, g) and not (inside(g, f) and gerund(g) and not gerund(f)) for g in found)
    ]


def attribute(text: str, sentences: list[Sentence]) -> list[Attribution]:
    """All attributions in the article, in reading order."""
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append(i)
    para_bounds = {p: (sentences[ix[0]].start, sentences[ix[-1]].end) for p, ix in by_para.items()}
    para_quotes = {p: quote_regions(text, a, b) for p, (a, b) in para_bounds.items()}
    para_order = sorted(by_para)
    out: list[Attribution] = []
    last_direct: Found | None = None
    last_direct_para = -10
    covered: list[Span] = []
    posts = post_signatures(text, [para_bounds[p] for p in para_order])
    for pi, p in enumerate(para_order):
        quotes = para_quotes[p]
        nxt = para_order[pi + 1] if pi + 1 < len(para_order) else None
        for f in posts:
            a = f.content[0][0]
            if para_bounds[p][0] <= a < para_bounds[p][1]:
                si = next((i for i in by_para[p] if sentences[i].start <= a < sentences[i].end), by_para[p][0])
                out.append(Attribution(content=f.content, source=f.source, cue=f.cue, quote="direct", sentence=si))
                covered.extend((x - 1, y + 1) for x, y in f.content)
        for f in dash_speakers(text, *para_bounds[p], quotes):
            si = next(
                (i for i in by_para[p] if sentences[i].start <= f.content[0][0] < sentences[i].end), by_para[p][0]
            )
            out.append(Attribution(content=f.content, source=f.source, cue=f.cue, quote="direct", sentence=si))
            covered.extend((a - 1, b + 1) for a, b in f.content)
        for si in by_para[p]:
            sent = sentences[si]
            covered = [c for c in covered[-8:] if c[1] + 2 >= sent.start]  # only recent spans can cover
            if any(a <= sent.start + 2 and sent.end <= b + 2 for a, b in covered):
                continue
            ctx = SentenceContext(text, sent, quotes)
            if si == by_para[p][-1] and nxt is not None:
                ctx.next_paragraph = (*para_bounds[nxt], para_quotes[nxt])  # type: ignore[attr-defined]
            found = analyse_sentence(ctx)
            if not found and sent.role == "headline":
                h = headline_colon(text, sent)
                found = [h] if h else []
            if not found:
                c = colon_speaker(ctx)
                found = [c] if c else []
            elif ":" in text[sent.start : sent.start + 60] and all(
                f.source and text[f.source[0] : f.source[1]].lower() in ("i", "we") for f in found
            ):
                # "Clinton: I support D.C. statehood": the first person after a speaker's colon is the speaker
                c = colon_speaker(ctx)
                if c:
                    found = [c]
            elif all(f.cue and f.cue[1] > f.cue[0] and text[f.cue[0]].isupper() for f in found):
                # "Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower": in title case
                # after a speaker's colon, a capitalised "Compared" is the quoted headline's word
                c = colon_speaker(ctx)
                if c and len(text[c.source[0] : c.source[1]].split()) >= 2 and all(f.cue[0] > c.cue[0] for f in found):
                    found = [c]
            if not found:
                cont = _continued_quote(text, sent, quotes, last_direct, last_direct_para, p)
                if cont:
                    found = [cont]
            if not found and si == by_para[p][0] and pi > 0 and quotes and quotes[0][0] - 1 <= sent.start:
                # A paragraph that is one quotation, after a sentence about a document: its words.
                region = quotes[0]
                lead = document_lead_in(text, sentences[by_para[para_order[pi - 1]][-1]])
                if lead and region[1] >= para_bounds[p][1] - 3:
                    found = [Found(source=lead[0], cue=lead[1], content=[_strip_span(text, *region)], quote="direct")]
            found = [
                f
                for f in found
                if not (
                    f.source
                    and text[f.source[0] : f.source[1]].lower().replace("’", "'") in WRITER_VOICE
                    and not ctx.in_quote(f.source[0])
                    # '“I am not shy,” I said.': the writer quoting their own words is a source (the byline's)
                    and not (
                        f.quote == "direct"
                        and text[f.source[0] : f.source[1]] == "I"
                        and getattr(cue_info(text[f.cue[0] : f.cue[1]]), "lemma", "")
                        in lexicon().cues["self_quote_lemmas"]
                        # "I was telling myself, “...”": talking to oneself is no statement
                        and not re.search(r"\bmyself\b", text[f.cue[1] : f.cue[1] + 20])
                    )
                )
            ]  # "We have found no evidence", "you'll find more LEDs": the writer's own voice, not a source
            for f in found:
                content = _widen_to_quotes(text, f.content, ctx.quotes if f.quote != "direct" else [])
                quote = f.quote if f.quote == "direct" else _quote_type(text, content, ctx.quotes + quotes)
                f.quote = quote
                out.append(
                    Attribution(
                        content=content,
                        source=f.source,
                        cue=f.cue,
                        quote=quote,  # type: ignore[arg-type]
                        sentence=si,
                        relay=f.relay,
                        source_text_override=f.source_text_override,
                        cited=f.cited,
                    )
                )
                if quote == "direct":
                    last_direct, last_direct_para = f, p
                    covered.extend(content)
            if found and not any(f.quote == "direct" for f in found):
                last_direct = None
    out.sort(key=lambda a: a.content[0][0])
    return out


def _widen_to_quotes(text: str, content: list[Span], quotes: list[Span]) -> list[Span]:
    """Content that ends inside a quotation takes the whole quotation (several sentences)."""
    out = []
    for a, b in content:
        for qa, qb in quotes:
            if qa - 1 <= a < qb and b > qb and b - qb <= 2:
                b = qb
            if qa < b <= qb + 2 and a > qa and a - qa <= 2:
                a = qa
        out.append((a, b))
    return out


def _quote_type(text: str, content: list[Span], quotes: list[Span]) -> str:
    if not content:
        return "none"
    a, b = content[0][0], content[-1][1]
    inside = [q for q in quotes if q[0] < b and q[1] > a]
    if not inside:
        return "indirect"
    if any(q[0] - 2 <= a and b <= q[1] + 2 for q in inside):
        return "direct"
    return "partial"
