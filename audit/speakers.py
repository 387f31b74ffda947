"""Speaker finder of the attribute stage: the span of who or what spoke, read back from a cue
("Kremlin Spokesman Dmitry Peskov told ...", "a source who spoke on condition of anonymity said"),
forward after an inverted cue ("..., said Harada"), or as a clause's subject; and whether a span
can be a speaker at all ("And", "Sunday", "The camera" cannot)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .gate import gated
from .lexicon import cue_info, lexicon, mere_things
from .models import Span
from .spans import DETERMINERS, PREPOSITIONS, TIME_ONLY_RE, TIME_TAIL, SentenceContext, Tok

NOT_SPEAKER_OPENERS = frozenset(
    "and but or so yet however meanwhile also instead still though although while perhaps recently".split()
)
RELATIVE_QUANTIFIERS = frozenset("both all many some most each one none several two three four".split())
DATE_ONLY_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE
)


def _is_cue_token(t: Tok) -> bool:
    return cue_info(t.text.rstrip(".")) is not None and not t.text[:1].isupper()


@cache
def ly_nouns() -> frozenset[str]:
    """Nouns of people, groups, bodies, outlets and documents that end in -ly ("family", "ally",
    "assembly", "daily", "tally"): not adverbs to skip before a cue."""
    sets = lexicon().sets
    pools = ("wordnet_groups", "wordnet_organisations", "outlet_heads", "document_heads")
    # of WordNet's persons only "ally": the others ending in -ly are adjectives too ("a friendly warning",
    # as is WordNet's group "friendly", a friendly force)
    nouns = frozenset(w for name in pools for w in sets[name] if w.endswith("ly")) - {"friendly"}
    return nouns | {"ally", "allies"}


CLAUSE_JOINERS = frozenset("and but while though although because that which who when if so yet".split())


def _name_with_long_apposition(ctx: SentenceContext, toks: list[Tok]) -> Span | None:
    """ "Morton Blackwell, president of the Leadership Institute, YAF member in the 1960s and long time
    Republican National Committeeman from Virginia, endorsed": a sentence that opens on a name, then
    two or more asides that each hold a role or person noun, then the cue: the name and its asides speak."""
    if len(toks) < 6 or toks[-1].text != "," or toks[0].start != ctx.sent.start or len(toks) > 60:
        return None
    first = 1 if re.fullmatch(r"\d+-year-old", toks[0].low) else 0  # "76-year-old Morton Blackwell"
    k = first
    while k < len(toks) and k < first + 4 and toks[k].text[:1].isupper() and toks[k].text[:1].isalpha():
        k += 1
    if not 2 <= k - first <= 4 or toks[k].text != ",":
        return None
    lead = ctx.text[toks[first].start : toks[k - 1].end]
    if (
        toks[first].low in PREPOSITIONS
        or lexicon().is_("adjunct_openers", toks[first].low)
        or TIME_ONLY_RE.search(lead)
    ):
        return None  # "On Saturday, Senator Bernie Sanders ...": an adjunct opens the sentence, not a name
    parts: list[list[Tok]] = [[]]
    for t in toks[k + 1 : -1]:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) < 2 or any(not p for p in parts):
        return None
    sets = lexicon().sets
    lex = lexicon()
    for n, p in enumerate(parts):
        if any(lex.is_("auxiliaries", t.text) or (t.text.islower() and cue_info(t.text)) for t in p):
            return None  # a clause or a cue inside: not a plain apposition
        if any(t.low in sets["role_words"] or t.low in sets["wordnet_persons"] for t in p):
            continue
        if (
            n
            and len(p) <= 6
            and (p[-1].low in sets["organisation_descriptors"] or p[-1].low in sets["institution_heads"])
        ):
            continue  # "Matthew Prince, chief executive of CloudFlare, a San Francisco company, said": the employer
        if n and parts[n - 1][-1].text[:1].isupper() and " ".join(t.low for t in p) in sets["places"]:
            continue  # "Christopher Harvey, an African-American delegate from Houston, Texas, said": the state
        return None
    return (toks[0].start, toks[-2].end)


def _describes_organisation(head: list[Tok], inner: list[Tok]) -> bool:
    """The aside is a short description of an organisation ("Germany's largest private bank") after a
    head that names one with "of" or "at" ("Holger Schmieding of Berenberg")."""
    sets = lexicon().sets
    if not 1 <= len(inner) <= 7 or not any(t.low in ("of", "at", "from", "with") for t in head[1:]):
        return False
    last = inner[-1].low
    return last in sets["organisation_descriptors"] or last in sets["institution_heads"]


def _role_then_name(inner: list[Tok]) -> bool:
    """ "syndicated radio host Dennis Prager": up to four lower-case words holding a role or person noun,
    then a name of two or three capitalised words."""
    words = [t for t in inner if t.text[:1].isalnum()]
    k = len(words)
    while k > 0 and words[k - 1].text[:1].isupper():
        k -= 1
    if not 2 <= len(words) - k <= 3 or not 1 <= k <= 4:
        return False
    sets = lexicon().sets
    if any(not t.text.islower() for t in words[:k]):
        # "longtime Hillary Clinton aide Huma Abedin": a name may modify the role, which stands right before the name
        last = words[k - 1]
        return last.text.islower() and (last.low in sets["role_words"] or last.low in sets["wordnet_persons"])
    return any(t.low in sets["role_words"] or t.low in sets["wordnet_persons"] for t in words[:k])


def _role_opens(inner: list[Tok]) -> bool:
    """The aside opens on a role or person noun within its first three words ("co-founder of",
    "senior adviser to", "longtime friend of")."""
    lex = lexicon()
    sets = lex.sets
    if len(inner) > 14 or inner[0].low in ("and", "or") or any(lex.is_("auxiliaries", t.text) for t in inner):
        return False  # "son Ghassan and ... had been traveling together,": a clause; ", and co-author of": a tail
    for t in inner[:3]:
        if not t.text.islower():
            return False
        low = t.low.split("-")[-1]
        if low in sets["role_words"] or low in sets["wordnet_persons"] or low in sets["person_nouns"]:
            return True
    return False


@dataclass(frozen=True)
class _Decided:
    """A step of ``find_source_before`` has decided: this span, or no source at all (None)."""

    span: Span | None


# what a step of find_source_before gives: a decision, the tokens to go on with, or None (nothing to do)
SourceStep = Callable[[SentenceContext, list[Tok], int], "_Decided | list[Tok] | None"]


def find_source_before(ctx: SentenceContext, cue_start: int, limit: int = 15) -> Span | None:
    """The noun phrase that ends just before the cue (auxiliaries and adverbs skipped). Asides between
    the subject and the cue are read by the steps of ``SOURCE_BEFORE_STEPS`` in turn (brackets, titles,
    long appositions, comma asides, dashes, relative clauses); the first that decides gives the answer,
    and what none decides is the plain noun phrase before the cue (``_plain_subject``)."""
    cue_start = _before_setting_words(ctx, _before_time_words(ctx, cue_start))
    toks = _before_verb_group(ctx, cue_start)
    for step in SOURCE_BEFORE_STEPS:
        out = step(ctx, toks, limit)
        if isinstance(out, _Decided):
            return _past_lead_adverb(ctx, _with_fraction_lead(ctx, out.span))
        if out is not None:
            toks = out
    return _past_lead_adverb(ctx, _with_fraction_lead(ctx, _plain_subject(ctx, toks, limit)))


LEAD_ADVERB_RE = re.compile(r"(?P<adverb>[A-Za-z]+)\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|this|that)\s)")


def _past_lead_adverb(ctx: SentenceContext, span: Span | None) -> Span | None:
    """ "Now Bloomberg says", "Perhaps Russia wants", "Now Donald Trump, the most unconventional candidate, says": a
    sentence adverb (sources.json ``subject_lead_adverbs``) before the speaker is not part of it."""
    if span is None:
        return None
    m = LEAD_ADVERB_RE.match(ctx.text, span[0], span[1])
    if m and lexicon().is_("subject_lead_adverbs", m.group("adverb")) and m.end() < span[1]:
        return (m.end(), span[1])
    return span


# "three of four Americans", "seven in 10 voters", "two out of three": the count before a part of a whole
FRACTION_LEAD_RE = re.compile(
    r"(?:\b(?:about|nearly|almost|roughly|just|only|some|over|under)\s+)?"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|of|out\s+of)\s+$",
    re.IGNORECASE,
)


COUNT_WORD_RE = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def _with_fraction_lead(ctx: SentenceContext, span: Span | None) -> Span | None:
    """A source that opens on a count ("four Americans") after "three of", "seven in": the whole fraction
    speaks ("three of four Americans disapproved"), not the whole it is a part of."""
    if span is None or not COUNT_WORD_RE.match(ctx.text, span[0]):  # in place: no copy of the rest of the text
        return span
    m = FRACTION_LEAD_RE.search(ctx.text, max(ctx.sent.start, span[0] - 30), span[0])
    return (m.start(), span[1]) if m else span


# "Sanders at a rally in Iowa said", "Warren on a conference call argued", "Trump on Twitter called": where a
# name spoke, between the name and the cue (a place's name may close it: "in Iowa"); "Smith of the agency",
# "officials on the committee" are who speaks, not where (a preposition of affiliation, a common noun before)
# a word of the setting's noun phrase: lower case, no function word ("in the race and chiding": "and" ends it)
_SETTING_WORD = (
    r"(?!(?:and|or|but|nor|when|while|that|which|who|whom|as|if|because|before|after|since|until|to|of|for|with|"
    r"than|then|not|also|so|yet)\b)[a-z][\w-]*"
)
SETTING_BEFORE_RE = re.compile(
    rf"(?<=[A-Za-z.’'])\s+(?:(?:on|at|in|during|via|over)\s+(?:a|an|the|his|her|their|its)\s+(?:{_SETTING_WORD}\s+){{0,4}}"
    rf"{_SETTING_WORD}(?:\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})?"
    r"|on\s+(?:Twitter|Facebook|Instagram|TikTok|YouTube|Threads|Truth\s+Social))\s*$"
)


def _before_setting_words(ctx: SentenceContext, cue_start: int) -> int:
    """Where a name's words end when the setting of what it said stands before the cue ("Sanders at a rally
    in Iowa said"): only after a capitalised word, and not when the setting's noun is a person or group
    ("Smith at the agency" keeps both: an affiliation)."""
    m = SETTING_BEFORE_RE.search(ctx.text, max(ctx.sent.start, cue_start - 90), cue_start)
    if not m:
        return cue_start
    before = ctx.text[ctx.sent.start : m.start()].split()
    lex = lexicon()
    if not before or not before[-1][:1].isupper() or lex.is_("setting_not_after", before[-1]):
        return cue_start  # "Many in the crowd said": a part of the people there speaks
    first = before[-1].lower()
    groups = ("wordnet_persons", "anonymous_heads", "role_words")
    if len(before) == 1 and any(lex.is_(g, w) for w in (first, first.removesuffix("s")) for g in groups):
        return cue_start  # "Reporters at the scene saw": a common noun that opens the sentence, not a name
    nouns = re.findall(r"[a-z][\w-]*", ctx.text[m.start() : m.end()])
    if any(
        lex.is_("institution_heads", w) or lex.is_("outlet_heads", w) or lex.is_("anonymous_heads", w) for w in nouns
    ):
        return cue_start  # "Jones at the bank said": where Jones works
    return m.start()


def _before_time_words(ctx: SentenceContext, cue_start: int) -> int:
    """Where the subject's words end when time words stand before the cue: "Reince Priebus, the GOP
    chairman, this past week announced"."""
    for _ in range(3):  # "The White House on Monday also urged": time words and "also" in any order
        m = TIME_BEFORE_RE.search(ctx.text, ctx.sent.start, cue_start)
        if not (m and m.end() >= cue_start - 1):
            break
        if not ctx.text[ctx.sent.start : m.start()].strip():
            break  # "Day said the language ...": a time word alone before the verb is its subject, a name
        if ctx.text[m.start() : m.end()].strip().isupper():
            break  # "USA TODAY reported": a time word in capitals is a name's word
        cue_start = m.start()
    return cue_start


_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _before_verb_group(ctx: SentenceContext, cue_start: int) -> list[Tok]:
    """The sentence's tokens before the cue, less the auxiliaries, adverbs and floating quantifiers of
    its verb group ("Cruz and Rubio have both urged", "Trump didn’t say")."""
    lex = lexicon()
    toks = [t for t in ctx.toks if t.end <= cue_start]
    # the cue's verb, past an adverb of the cue ("May also said", "May later told")
    words = _LETTERS_RE.findall(ctx.text[cue_start : cue_start + 40])
    verb = next((w for w in words if not lex.is_("adverbs", w)), "")
    past_cue = (
        verb.endswith("ed")
        or verb in ("said", "told", "wrote", "thought", "spoke", "gave", "put")
        or lex.is_("irregular_verbs", verb)
    )
    while (
        toks
        and (
            lex.is_("auxiliaries", toks[-1].text)
            and not (toks[-1].text[:1].isupper() and len(toks) >= 2 and toks[-2].text[:1].isupper())  # "George Will"
            # "Will described Trump as ...": no modal stands before a past verb, so a capitalised "Will" is a name
            and not (
                past_cue
                and toks[-1].text in ("Will", "May", "Can")
                and (len(toks) == 1 or toks[-2].text in (",", "”", '"', "—", "–", ":"))
            )
            or toks[-1].low.endswith(("n't", "n’t"))  # "Trump didn’t say": a negated auxiliary
            or lex.is_("adverbs", toks[-1].text)
            # "Cruz and Rubio have both urged", "She has since said", "The American Legion has twice complained": a
            # floating quantifier, "since" or a count of times after the auxiliary
            or toks[-1].low in ("both", "all", "each", "since", "once", "twice", "thrice")
            and len(toks) >= 2
            and lex.is_("auxiliaries", toks[-2].text)
            # "Republican establishment figures ... both suggested", "They all said": after a plural subject
            or toks[-1].low in ("both", "all")
            and len(toks) >= 2
            and (toks[-2].low in ("they", "we") or toks[-2].low.endswith("s") and toks[-2].text.isalpha())
            and toks[-2].low not in DETERMINERS
            # "Obama both offered the Russians a deal and then followed through": "both" of two verbs after a name
            or toks[-1].low == "both"
            and len(toks) >= 2
            and toks[-2].text[:1].isupper()
            and toks[-2].text.isalpha()
            or toks[-1].low.endswith("ly")
            and toks[-1].text.islower()
            and len(toks[-1].text) > 4
            and toks[-1].low not in ly_nouns()  # "The family said", "his ally said", "the daily reported"
        )
    ):
        toks.pop()
    if len(toks) >= 3 and f"{toks[-2].low} {toks[-1].low}" in lex.sets["phrase_asides"]:
        if lex.is_("auxiliaries", toks[-3].text):
            # "critics have in particular noted", "she has in fact said": a set phrase after the auxiliary
            return _before_verb_group(ctx, toks[-2].start)
    return toks


def _bracketed_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    """ "Sen. Chris Murphy (a Connecticut Democrat so boyish ...) says": the speaker is before the brackets."""
    if len(toks) >= 3 and toks[-1].text == ")":
        k = next((i for i in range(len(toks) - 2, max(-1, len(toks) - 30), -1) if toks[i].text == "("), None)
        head = _np_back(toks[:k], limit) if k else None
        words_inside = k is not None and any(t.text.isalpha() and t.text.islower() for t in toks[k + 1 : -1])
        if head and head[-1].text[:1].isupper() and words_inside:  # not "The Eagles (6-5, 3-4) snapped"
            return _Decided((head[0].start, toks[-1].end if len(toks) - k <= 8 else head[-1].end))
    return None


def _bracket_inside_apposition(ctx: SentenceContext, toks: list[Tok], limit: int) -> list[Tok] | None:
    """ "Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted": a bracket that closes an
    apposition explains its last noun; the comma rules read the apposition without it."""
    if len(toks) >= 5 and toks[-1].text == "," and toks[-2].text == ")":
        k = next((i for i in range(len(toks) - 3, max(-1, len(toks) - 20), -1) if toks[i].text in "()"), None)
        words_inside = k is not None and any(t.text.isalpha() and t.text.islower() for t in toks[k + 1 : -2])
        # ... not a party tag, which the name keeps ("Sen. Joe Lieberman (I-Conn.), also stated")
        if k is not None and toks[k].text == "(" and k >= 1 and toks[k - 1].text != "," and words_inside:
            return toks[:k] + toks[-1:]
    return None


def _quoted_title_ending_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> list[Tok] | None:
    """'Trump, ... star of the reality TV show "The Apprentice," said': a title in quotation marks ends
    the aside; the comma inside the closing mark is the aside's."""
    if len(toks) >= 5 and toks[-1].text in ('"', "”") and toks[-2].text == ",":
        k = next((i for i in range(len(toks) - 3, max(-1, len(toks) - 10), -1) if toks[i].text in ('"', "“")), None)
        title = toks[k + 1 : -2] if k is not None else []
        if title and all(t.text[:1].isupper() or t.low in ("of", "the", "and", "a", "in", "on") for t in title):
            # only as the end of an aside after a name that opens the sentence ("Trump, ..."); elsewhere the
            # title stays a quotation ('a project on "Women in Power," answering questions': Women in Power
            # answers nothing)
            comma = next((i for i, t in enumerate(toks) if t.text == ","), None)
            opens_on_name = (
                comma is not None
                and 1 <= comma <= 4
                and toks[0].start == ctx.sent.start
                and all(t.text[:1].isupper() for t in toks[:comma])
            )
            if opens_on_name:
                return [t for t in toks[:-1] if t.text not in ('"', "“", "”")]
    return None


def _quotation_ending_participial_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> list[Tok] | None:
    """ "Mr. Manafort, citing ''the unique magic of Trump,'' said": a quotation that a participle of the
    aside governs ends the aside; the comma inside its closing mark is the aside's."""
    marks = ('"', "“", "”", "'")
    end = len(toks)
    while end > 0 and toks[end - 1].text in marks and len(toks) - end < 2:
        end -= 1
    if end == len(toks) or end < 6 or toks[end - 1].text != ",":
        return None
    k = next((i for i in range(end - 2, max(0, end - 25), -1) if toks[i].text in marks), None)
    while k is not None and k >= 1 and toks[k - 1].text in marks:
        k -= 1  # a doubled apostrophe opens it
    verb = toks[k - 1] if k is not None and k >= 2 else None
    if verb is not None and verb.text.islower() and verb.low.endswith("ing") and toks[k - 2].text == ",":
        return [t for t in toks[:end] if t.text not in marks]
    return None


def _long_apposition(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    span = _name_with_long_apposition(ctx, toks)
    return _Decided(span) if span is not None else None


# what opens a participial or relative phrase between the subject and the cue
ASIDE_OPENERS = frozenset(
    """who who's who’s who’d who'd who’ll who'll who’ve who've whose which speaking facing writing appearing
    talking responding asked""".split()
)


def _participial_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    """ "Trump, speaking at a rally in Wilmington, N.C., warned": a participial or relative phrase
    between the subject and the cue, however many commas it holds, is skipped."""
    if not (toks and toks[-1].text == ","):
        return None
    commas = [k for k in range(len(toks) - 2, max(-1, len(toks) - 40), -1) if toks[k].text == ","]
    if commas and (examples := _named_examples(toks[commas[0] + 1 : -1])):
        head = _np_back(toks[: commas[0]], limit)
        if head and _names_a_group(head):
            # "Other Republican candidates, including Carly Fiorina and Ben Carson, said", "Wall Street critics,
            # including Nobel Prize-winning economist Paul Krugman, have applauded": the group speaks through its
            # named members (the kind layers' readers: on_record; PolNeAR's source spans group and names)
            return _Decided((examples[0].start, examples[-1].end))
    for k in commas[:4]:
        nxt_tok = toks[k + 1] if k + 1 < len(toks) - 1 else None
        before_k = toks[k - 1] if k >= 1 else None
        aside_after_name = (
            nxt_tok is not None
            and before_k is not None
            and before_k.text[:1].isupper()
            and (nxt_tok.text.isdigit() or nxt_tok.low in ("now", "then", "himself", "herself"))
        )
        if nxt_tok is not None and (
            nxt_tok.low in ASIDE_OPENERS or nxt_tok.low.endswith("ing") and nxt_tok.text.islower() or aside_after_name
        ):
            before_aside = _drop_trailing_asides(toks[:k])
            head = _np_back(before_aside, limit)
            j = len(before_aside) - len(head)
            if (
                head
                and j >= 2
                and before_aside[j - 1].low in PREPOSITIONS
                and before_aside[j - 2].text.islower()
                and before_aside[j - 2].low.endswith("ed")
            ):
                # "veterans interviewed at Trump rallies in South Carolina, including X, said": the
                # phrase after the participle is where; the noun before it speaks
                head = _np_back(before_aside[: j - 2], limit) or head
            if head:
                return _Decided((head[0].start, head[-1].end))
    return None


# the first word of an apposition or relative clause between commas after the subject
APPOSITION_OPENERS = frozenset(
    """who whose which speaking a an the director founder president chairman head executive also now then
    himself herself former then- one both all each""".split()
)  # "Cruz and Rubio, both senators, have urged"


def _parenthetical_between_commas(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | list[Tok] | None:
    """A parenthetical between commas: ", meanwhile," is skipped; after an apposition, a relative clause
    or a participial aside ("Simmons, an Obama supporter, said", "The report, released Tuesday by the GAO,
    found") the subject before it speaks."""
    if not (toks and toks[-1].text == ","):
        return None
    j = len(toks) - 2
    while j >= 0 and toks[j].text not in (",", "“", "”", '"', ";", ":", "(", ")"):
        j -= 1
    inner = toks[j + 1 : -1]
    if not (j >= 0 and toks[j].text == "," and inner):
        return toks[:-1]  # "Sen. Jack Reed (D-R.I.), said": a stray comma after the subject
    first = inner[0].low
    head = _np_back(toks[:j], limit)
    sets = lexicon().sets
    examples = _named_examples(inner)
    if head and examples and _names_a_group(head):
        # "Clinton economic advisers, like Gene Sperling, said": as in _participial_aside
        return _Decided((examples[0].start, examples[-1].end))
    if head and all(t.text.isdigit() for t in inner):
        if DATE_ONLY_RE.fullmatch(ctx.text[head[0].start : head[-1].end]):
            # "A review of filings made since Jan. 1, 2015, shows": the date is not the
            # speaker; the clause's subject is
            return _Decided(_clause_subject(ctx, head[0].start))
        return _Decided((head[0].start, inner[-1].end))  # "A memorandum dated January 27, 1960, said"
    if (
        first in ADVERBIAL_ASIDES
        or " ".join(t.low for t in inner) in sets["phrase_asides"]
        or (len(inner) <= 2 and inner[0].text.islower() and first.endswith("ly"))
    ):
        return toks[:j]  # "Russia, meanwhile, claims", "Andrew Liveris, of course, said"
    if (
        head
        # "Mary Susan, clad in a red cape,": a participle without -ed
        and (first.endswith("ed") or first in sets["irregular_participles"])
        and inner[0].text.islower()
        and first not in sets["auxiliaries"]
        and _opens_clause(toks, head[0])
        and not _ends_on_named_person(inner)
    ):
        # "The report, released Tuesday by the GAO, found", "the governor, pleased with the
        # result, said": a participial aside; the subject is before it
        return _Decided((head[0].start, head[-1].end))
    if (
        head
        and (
            first in APPOSITION_OPENERS
            or first.endswith("ing")
            or (first in RELATIVE_QUANTIFIERS and len(inner) >= 3 and inner[1].low == "of")  # "both of whom ..."
            or _looks_like_name(inner)
            or inner[-1].low in sets["role_words"]
            or _name_then_role(head, inner)
            # "Adam Green, co-founder of the Progressive Change Campaign Committee, said": a role with
            # no article, after a capitalised head
            or (head[-1].text[:1].isupper() and _role_opens(inner))
            # "One prominent conservative, syndicated radio host Dennis Prager, disagrees": a role, a name
            or _role_then_name(inner)
            # "Holger Schmieding of Berenberg, Germany's largest private bank, warned": what the
            # organisation named before the aside is
            or _describes_organisation(head, inner)
        )
    ):
        # Apposition or relative clause: "Simmons, an Obama supporter, said",
        # "A spokeswoman for the ministry, Maria Zakharova, said", "X, who ..., said".
        speaker = _speaker_of_relative_clause(toks, j - len(head), limit)
        return _Decided(((speaker or head[0]).start, inner[-1].end))
    if _looks_like_name(inner) and not head:
        return _Decided((inner[0].start, inner[-1].end))
    return _Decided(None)


def _speaker_of_relative_clause(toks: list[Tok], i0: int, limit: int) -> Tok | None:
    """ "Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC,
    said": the phrase at ``i0`` is a preposition's object inside a relative clause; the person the clause
    describes (with the name before their role) speaks, not the organisation it mentions. Returns the
    speaker's first token."""
    if i0 < 2 or toks[i0 - 1].low not in PREPOSITIONS:
        return None
    back = range(i0 - 2, max(-1, i0 - 12), -1)
    k = next((k for k in back if toks[k].low == "who" or toks[k].text in RELATIVE_CLAUSE_STOPS), None)
    if k is None or toks[k].low != "who":
        return None
    person = _np_back(toks[:k], limit)
    if not person or not (person[-1].low in _person_heads() or person[-1].text[:1].isupper()):
        return None
    start = k - len(person)
    if start >= 2 and toks[start - 1].text == ",":
        name = _np_back(toks[: start - 1], limit)
        if name and _looks_like_name(name):
            return name[0]  # "Geoff Garin, a Democratic pollster who ...": the name before the role
    return person[0]


def _double_hyphen_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    """ "John McCain, who lost the 2008 election to Obama -- said": a double hyphen is a dash."""
    if not (len(toks) >= 2 and toks[-1].text == "-" and toks[-2].text == "-" and toks[-2].end == toks[-1].start):
        return None
    pairs = [i for i in range(len(toks) - 3, max(0, len(toks) - 40), -1) if toks[i].text == toks[i + 1].text == "-"]
    if pairs:
        k = pairs[0]
        head = _np_back(toks[:k], limit)
        if head:
            # the aside up to a relative clause ("John McCain, who lost ..."): a name is who the head is
            aside = toks[k + 2 : -2]
            cut = next((i for i, t in enumerate(aside) if t.low in RELATIVE_WORDS), len(aside))
            name = [t for t in aside[:cut] if t.text != ","]
            if name and _looks_like_name(name):
                return _Decided((head[0].start, name[-1].end))
            return _Decided((head[0].start, head[-1].end))
    return _Decided(None)


def _dash_aside(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    """ "Gingrich — mentioned by Newsmax as the leading choice — told": the subject is before the aside."""
    if not (toks and toks[-1].text in ("—", "–", "--")):
        return None
    k = next((i for i in range(len(toks) - 2, max(-1, len(toks) - 40), -1) if toks[i].text == toks[-1].text), None)
    if k is not None:
        head = _np_back(toks[:k], limit)
        if head:
            inner = toks[k + 1 : -1]
            if inner and _looks_like_name(inner):
                # "Trump’s running mate — Indiana Gov. Mike Pence — has thrown ...": the name
                # in the aside is who the subject is, as in a comma apposition
                return _Decided((head[0].start, inner[-1].end))
            return _Decided((head[0].start, head[-1].end))
    return _Decided(None)


def _relative_pronoun_speaker(ctx: SentenceContext, toks: list[Tok], limit: int) -> _Decided | None:
    """A relative pronoun or clause right before the cue: "entrance poll results that show", "Ted Cruz,
    who said", "two Democrats, both of whom opposed", "In 2010 she said", "A White House official who
    spoke on condition of anonymity said", "The report that the committee released shows"."""
    if len(toks) >= 2 and toks[-1].low in ("that", "which") and toks[-2].text[:1].isalpha():
        # "entrance poll results that show where ...": the document before the relative pronoun shows it
        head = _np_back(toks[:-1], limit)
        sets = lexicon().sets
        if head and head[-1].low in sets["document_heads"] | sets["evidence_heads"]:
            k = len(head) - 1  # the noun and at most two lower-case words before it ("entrance poll results")
            while k > 0 and len(head) - k < 3 and head[k - 1].text.islower() and head[k - 1].low not in DETERMINERS:
                k -= 1
            if k > 0 and head[k - 1].low in DETERMINERS:
                k -= 1  # "a new study that found"
            return _Decided((head[k].start, head[-1].end))
    if toks and RELATIVE_WHO_RE.fullmatch(toks[-1].low) and len(toks) >= 2 and toks[-2].text == ",":
        return _Decided((toks[-1].start, toks[-1].end))  # "Ted Cruz, who said ...": the pronoun stands for Cruz
    if (
        len(toks) >= 4
        and toks[-1].low in ("whom", "which")
        and toks[-2].low == "of"
        and toks[-3].low in RELATIVE_QUANTIFIERS
        and toks[-4].text == ","
    ):
        return _Decided((toks[-3].start, toks[-1].end))  # "two Democrats, both of whom opposed the deal"
    if len(toks) >= 2 and toks[-1].low in ("he", "she", "they", "we", "i") and toks[-2].text[:1].isdigit():
        return _Decided((toks[-1].start, toks[-1].end))  # "In 2010 she said": a year before the pronoun, no comma
    rel = _relative_clause_speaker(toks, limit)
    if rel:
        return _Decided((rel[0].start, rel[-1].end))
    thing = _thing_before_relative_clause(toks, limit)
    if thing:
        return _Decided((thing[0].start, thing[-1].end))
    return None


SOURCE_BEFORE_STEPS: tuple[SourceStep, ...] = (
    _bracketed_aside,
    _bracket_inside_apposition,
    _quoted_title_ending_aside,
    _quotation_ending_participial_aside,
    _long_apposition,
    _participial_aside,
    _parenthetical_between_commas,
    _double_hyphen_aside,
    _dash_aside,
    _relative_pronoun_speaker,
)


YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


# a phrase that opens the sentence and ends, with no comma, where the subject's name begins ("After the debate
# Trump said", "Prior to launch Google promised", "In 2016 Trump said")
OPENING_PREPOSITIONS = frozenset("after before during following since despite unlike amid throughout in prior".split())
NAME_PARTICLES = frozenset("of de la van von der al bin da di du le".split())
# "former California Gov. Jerry Brown": a word of the title before a name, not the end of an opening phrase
TITLE_MODIFIERS = frozenset("former late then ex current outgoing incoming acting retired onetime longtime".split())


def _past_opening_phrase(toks: list[Tok], np: list[Tok]) -> list[Tok]:
    """The name at the end of a noun phrase that sits inside an opening prepositional phrase with no comma
    after it: "the debate Trump" after "After" is "Trump". Not a role before a name ("the former adviser Roger
    Stone said", no preposition before it)."""
    k = len(toks) - len(np) - 1
    first = np[0].low if np[0].text[:1].isupper() and k < 0 else (toks[k].low if k >= 0 else "")
    opens = k < 0 or k == 0 or toks[k - 1].text in (",", ";", ":", "“", '"', "—", "(")
    if first not in OPENING_PREPOSITIONS or not opens:
        return np
    for i in range(len(np) - 1, 0, -1):
        prev, cur = np[i - 1].text, np[i].text
        if (
            cur[:1].isupper()
            and (prev.islower() and prev.isalpha() or prev.isdigit())
            and prev not in NAME_PARTICLES | TITLE_MODIFIERS
        ):
            rest = np[i:]
            if all(t.text[:1].isupper() or t.low in NAME_PARTICLES or t.text == "." for t in rest):
                return rest
            return np
    return np


def _plain_subject(ctx: SentenceContext, toks: list[Tok], limit: int) -> Span | None:
    """The noun phrase right before the cue, when it can speak: not a lone pronoun that names no one,
    a preposition's object or a dangling determiner."""
    lex = lexicon()
    np = _np_back(toks, limit)
    if not np:
        return None
    if (
        len(np) >= 2
        and np[-1].low in SUBJECT_PRONOUNS
        and (np[-1].text.islower() or (np[-1].text == "I" and np[-2].text.islower()))
        and np[-2].low not in ("and", "or", "nor")
        and np[-2].low not in ("should", "had", "were")  # "Should they continue to rebuff": an inverted condition
    ):
        # "names he said would be released", "Although in September she said": a pronoun takes no modifier, it is
        # the speaker (a capitalised "He" mid-phrase may be a name: "Vice Premier Liu He")
        np = np[-1:]
    np = _past_time_lead(np)
    np = _past_opening_phrase(toks, np)
    contracted = CONTRACTED_PRONOUN_RE.fullmatch(np[-1].text)
    if contracted:
        # "Now you’re talking about", "Here’s what we’re proposing": the pronoun is the subject, not the words
        # before it
        return (np[-1].start, np[-1].start + len(contracted.group(1)))
    if len(np) == 2 and np[0].low == "let" and np[1].low in ("me", "us"):
        return None  # "Let me just say that": a speaker's own aside, no one named
    k = len(toks) - len(np) - 1
    if len(np) == 1 and YEAR_RE.fullmatch(np[0].text) and k >= 1 and toks[k].low in ("from", "in", "of"):
        # "As another Pew study from 2011 noted": the year dates the noun before it, which speaks
        head = _np_back(toks[:k], limit)
        sets = lex.sets
        nouns = sets["document_heads"] | sets["evidence_heads"] | sets["anonymous_heads"] | sets["wordnet_persons"]
        if head and (head[-1].low in nouns or head[-1].text[:1].isupper()):
            np = [*head, toks[k], *np]
            k = len(toks) - len(np) - 1
    span = (np[0].start, np[-1].end)
    if k >= 1 and toks[k].low in ("who", "that") and lex.is_("auxiliaries", np[0].text) and np[0].text.islower():
        # "people who have battled other online threats say": the relative clause's head speaks
        head = _np_back(toks[:k], limit)
        if head:
            span = (head[0].start, np[-1].end)
            np = head + np
    words = [t.low for t in np if t.text[:1].isalnum()]
    if not words or (
        len(words) == 1
        and words[0] in lex.sets["not_sources"]
        and not (words[0] == "it" and it_speaks(ctx.text, span[1]))
        and not _surname_named_before(ctx.text, np[-1].text, np[-1].start)
    ):
        return None
    quantity = counted(words)  # "About 9 percent said", "About four out of 10 voters said"
    if words in (["many"], ["some"], ["most"], ["several"], ["few"], ["a", "few"]):
        # "Many said", "Some argued", "..., but most said": unnamed people counted, no noun (kinds guide:
        # anonymous_vague); not "make as many references"
        before = len(toks) - len(np) - 1
        opens = before < 0 or toks[before].text in (",", ";", ":", "—") or toks[before].low in CLAUSE_JOINERS
        return span if opens else None
    if (words[0] in PREPOSITIONS and not quantity) or words[-1] in PREPOSITIONS | DETERMINERS | {"and", "or"}:
        return None  # ... but "About 9 percent said" is a quantity
    return span


@cache
def _quantity_leads() -> tuple[list[str], ...]:
    return tuple(lead.split() for lead in lexicon().sources["quantity_leads"])


def counted(words: list[str]) -> bool:
    """ "about 9 percent", "at least four senators", "at least a dozen members of Congress": lower-case words that
    open with a quantity's lead (`quantity_leads`) and a number, or "a" and a noun of quantity ("a dozen")."""
    return any(
        len(words) > len(lead)
        and words[: len(lead)] == lead
        and (
            words[len(lead)][:1].isdigit()
            or words[len(lead)] in NUMBER_WORDS
            or (words[len(lead)] == "a" and len(words) > len(lead) + 1 and words[len(lead) + 1] in QUANTITY_NOUNS)
        )
        for lead in _quantity_leads()
    )


SUBJECT_PRONOUNS = frozenset("he she they we i".split())
CONTRACTED_PRONOUN_RE = re.compile(r"(i|we|you|they|he|she)[’'](?:re|ve|m|ll|d)", re.IGNORECASE)


def _past_time_lead(np: list[Tok]) -> list[Tok]:
    """ "The same year the SVP also sponsored", "Last week the campaign said": a time phrase opening the
    sentence without a comma is no part of the subject after it (a determiner or a capitalised word)."""
    for j in range(2, min(5, len(np))):
        nxt = np[j]
        if (
            (nxt.low in DETERMINERS or nxt.text[:1].isupper())
            and all(t.text.islower() for t in np[1:j])  # not a name's words: "The Morning Consult poll"
            and is_time_phrase([t.low for t in np[:j]])
        ):
            return np[j:]
    return np


def _surname_named_before(text: str, word: str, start: int) -> bool:
    """ "Day said the language ...", after "said Kristen Day": a capitalised word that is otherwise no
    speaker ("day") is a surname when the article named someone by it before."""
    if not word[:1].isupper() or word.isupper() or word.lower() in NOT_SPEAKER_OPENERS or word == "It":
        return False
    # in a bounded window behind the word (linear): the word found with str.find, the "Name " before it read
    # backwards; the answers of _surname_named_before_re (tests/test_fast_paths.py)
    return _name_word_before(text, word, max(0, start - 20000), start)


def _surname_named_before_re(text: str, word: str, start: int) -> bool:
    """The reference of the fast path: one pattern compiled per word."""
    if not word[:1].isupper() or word.isupper() or word.lower() in NOT_SPEAKER_OPENERS or word == "It":
        return False
    return re.compile(rf"\b[A-Z][a-z]+\s+{re.escape(word)}\b").search(text, max(0, start - 20000), start) is not None


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what re's \b takes for a word character in a str pattern


def _name_word_before(text: str, word: str, lo: int, hi: int) -> bool:
    r"""Whether ``\b[A-Z][a-z]+\s+WORD\b`` (WORD literal) matches in ``text`` searched from ``lo`` to ``hi``:
    re looks behind ``lo`` for the first ``\b`` and treats ``hi`` as the end of the text. The space run
    before the word and the lower-case run before it are each the longest one ending there, since
    neither can hold a character of the run before it, so one reading backwards decides."""
    n = len(word)
    hi = min(hi, len(text))  # re reads no further than the text's end
    if not n:
        return False
    word_end = _is_word_char(word[-1])
    p = text.find(word, lo, hi)
    while p >= 0:
        end = p + n
        after = end < hi and _is_word_char(text[end])
        if word_end != after:  # \b after the word
            r = p
            while r > lo and text[r - 1].isspace():
                r -= 1
            q = r
            while q > lo and "a" <= text[q - 1] <= "z":
                q -= 1
            if r < p and q < r and q > lo and "A" <= text[q - 1] <= "Z":
                q -= 1  # the capital; \b before it looks behind lo
                if q == 0 or not _is_word_char(text[q - 1]):
                    return True
        p = text.find(word, p + 1, hi)
    return False


@cache
def _person_heads() -> frozenset[str]:
    """Head nouns that name people: anonymous heads, roles and person nouns."""
    sets = lexicon().sets
    return frozenset(sets["anonymous_heads"] | sets["role_words"] | sets["person_nouns"] | sets["wordnet_persons"])


RELATIVE_CLAUSE_STOPS = frozenset(',;:“”"()—–')


def restrictive_who_head(ctx: SentenceContext, cue_start: int, limit: int = 15) -> Span | None:
    """ "The Romanian hacker who first revealed that C": the cue is the verb of a relative clause
    without commas; its head noun (a person noun or a name) is the speaker."""
    toks = [t for t in ctx.toks if t.end <= cue_start]
    lex = lexicon()
    while toks and (lex.is_("adverbs", toks[-1].text) or toks[-1].low in ("first", "also", "later", "once")):
        toks.pop()
    if len(toks) < 2 or toks[-1].low != "who" or toks[-2].text in RELATIVE_CLAUSE_STOPS:
        return None
    head = _np_back(toks[:-1], limit)
    if head and len(head) <= 6 and (head[-1].low in _person_heads() or head[-1].text[:1].isupper()):
        return (head[0].start, head[-1].end)
    return None


def _relative_clause_speaker(toks: list[Tok], limit: int) -> list[Tok] | None:
    """ "A White House official who spoke on condition of anonymity said", "Two people who attended
    the meeting said": a relative clause without commas runs up to the cue, and the head before
    "who" is the speaker (a person noun or a name opening the clause), not the clause's last words."""
    lex = lexicon()
    people = _person_heads()
    if toks and toks[-1].low in ("and", "but", "or"):
        return None  # "a strategist who once worked for Bush and has advised ...": a second verb of the clause
    for k in range(len(toks) - 2, max(-1, len(toks) - 26), -1):
        t = toks[k]
        if t.text in RELATIVE_CLAUSE_STOPS:
            return None
        if t.low in ("and", "but", "or"):
            if toks[k + 1].low == "who":
                continue  # "who worshiped at the mosque and who didn't want to be named said": two relative clauses
            if k >= 1 and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper():
                continue  # "who ruled that Texas and North Carolina could not ...": two names, one phrase
            return None
        if t.low != "who":
            continue
        if k >= 2 and toks[k - 1].low in ("and", "but", "or"):
            continue  # the second "who": its head stands before the first
        if k == 0 or toks[k - 1].text in RELATIVE_CLAUSE_STOPS:
            return None  # ", who ...": an apposition, read by the comma rules
        head = _np_back(toks[:k], limit)
        if not head or len(head) > 6 or not (head[-1].low in people or head[-1].text[:1].isupper()):
            return None
        i0 = k - len(head)
        opener = toks[i0 - 1] if i0 >= 1 else None
        if opener is not None and not (
            opener.text in RELATIVE_CLAUSE_STOPS or opener.low in lex.sets["clause_openers"]
        ):
            return None  # "Trump thanked the voters who came": the head is an object, not a subject
        return head + toks[k:]
    return None


def _thing_before_relative_clause(toks: list[Tok], limit: int) -> list[Tok] | None:
    """ "The report that the committee released on Tuesday shows", "A slide from a presentation that the
    minister and his aides carry with them as they speak to business leaders shows": a relative clause with
    a subject of its own runs up to the cue; the document or body before "that"/"which" (with the phrases
    of its prepositions) is what speaks, when it opens the clause."""
    sets = lexicon().sets
    speaking = sets["document_heads"] | sets["evidence_heads"] | sets["institution_heads"] | sets["outlet_heads"]
    for k in range(len(toks) - 3, max(-1, len(toks) - 30), -1):
        t = toks[k]
        if t.text in RELATIVE_CLAUSE_STOPS:
            return None
        if t.low not in ("that", "which"):
            continue
        inner = toks[k + 1 :]
        if (
            len(inner) < 2
            or inner[0].low in sets["auxiliaries"]
            or not (
                inner[0].low in ("the", "a", "an", "his", "her", "their", "its", "he", "she", "they", "we", "i", "it")
                or inner[0].text[:1].isupper()
                or inner[0].low in _person_heads()  # "a study that researchers published"
                or inner[0].low in sets["institution_heads"]
            )
        ):
            return None  # "the report that shows": the clause has no subject of its own
        if (
            inner[-1].low in sets["auxiliaries"]
            or not any(
                w.text.islower()
                and (
                    w.low.endswith("ed")
                    or w.low in sets["irregular_verbs"]
                    or w.low in ("he", "she", "they", "we")  # "... as they speak to business leaders"
                    or cue_info(w.low)
                )
                for w in inner[1:]
            )
        ):
            # "news that the PAC would endorse": the cue is the clause's own verb; "so heated over which bill
            # that Christie said": no verb of its own, no relative clause
            return None
        head = _np_back(toks[:k], limit)
        if not head or len(head) > 6 or head[-1].low not in speaking or head[0].low in ("which", "what", "whose"):
            return None
        i0 = k - len(head)
        while i0 >= 2 and toks[i0 - 1].low in ("of", "from"):
            before = _np_back(toks[: i0 - 1], limit)
            if not before or len(before) > 4 or before[0].low not in DETERMINERS:
                break
            i0 -= len(before) + 1  # "A slide from a presentation that ...": the noun the phrase belongs to
        opener = toks[i0 - 1] if i0 >= 1 else None
        if opener is not None and not (opener.text in RELATIVE_CLAUSE_STOPS or opener.low in sets["clause_openers"]):
            return None  # "Trump cited the report that the committee released": an object, not the subject
        return toks[i0:k]
    return None


def _opens_clause(toks: list[Tok], first: Tok) -> bool:
    """Whether ``first`` starts the sentence or follows a comma, a semicolon or a conjunction (not
    "For example": a preposition's object is no subject)."""
    k = next((i for i, t in enumerate(toks) if t is first), 0)
    return k == 0 or toks[k - 1].text in (",", ";", ":") or toks[k - 1].low in ("and", "but", "while", "so")


def _ends_on_named_person(inner: list[Tok]) -> bool:
    """ "syndicated radio host Dennis Prager": an aside that ends on a name after a person noun names
    the subject; it is not a participial phrase ("conducted for the advocacy group America's Voice")."""
    people = _person_heads()
    k = len(inner)
    while k > 0 and inner[k - 1].text[:1].isupper():
        k -= 1
    return len(inner) - k >= 2 and k > 0 and inner[k - 1].low in people


def _name_then_role(head: list[Tok], inner: list[Tok]) -> bool:
    """ "Dmitry Peskov, spokesman for the Kremlin,", "Jane Doe, professor of law at Yale,",
    "Jennifer Palmieri, communications director for the Clinton campaign,": a name, then an
    apposition whose noun before any preposition is a role or a person noun."""
    words = [t for t in head if t.text[:1].isalnum()]  # "Rep. Elijah Cummings (D-Md.)": the tag's brackets
    if not words or head[0].low in DETERMINERS or not all(t.text[:1].isupper() for t in words):
        return False
    sets = lexicon().sets
    for t in inner[:6]:
        if t.text in ("’", "'"):
            continue  # "Sanders’ campaign manager": the possessive's apostrophe is a token of its own
        if t.low in PREPOSITIONS or not t.text[:1].isalpha():
            return False
        if t.low in sets["role_words"] or (t.text.islower() and t.low in sets["wordnet_persons"]):
            return True
    return False


def _drop_trailing_asides(toks: list[Tok]) -> list[Tok]:
    """ "Sanders, meanwhile," -> "Sanders": adverbial asides before a relative clause are skipped."""
    while (
        len(toks) >= 2
        and toks[-2].text == ","
        and (
            toks[-1].low in ADVERBIAL_ASIDES
            or (toks[-1].low.endswith("ly") and toks[-1].text.islower())
            # "Jacob Shiansky, 24, who was visiting ...": an age after the name
            or (toks[-1].text.isdigit() and len(toks[-1].text) <= 3 and len(toks) >= 3 and toks[-3].text[:1].isupper())
        )
    ):
        toks = toks[:-2]
    return toks


EXAMPLE_OPENERS = (("including",), ("like",), ("such", "as"), ("among", "them"), ("notably",))


def _named_examples(inner: list[Tok]) -> list[Tok] | None:
    """ "including Carly Fiorina and Ben Carson", "like Gene Sperling": named examples of a group, ending on a
    capitalised name (a role before it may stay: "including Nobel Prize-winning economist Paul Krugman")."""
    for opener in EXAMPLE_OPENERS:
        n = len(opener)
        if len(inner) > n and tuple(t.low for t in inner[:n]) == opener:
            rest = inner[n:]
            # a name or a role and a name ("Nobel Prize-winning economist Paul Krugman", "former Gov. Jeb Bush"), not
            # unnamed members ("including some in the Republican Party", "one in the Defense Department")
            opens = rest[0].text[:1].isupper() or rest[0].low == "former"
            if opens and rest[0].low not in ("the", "a", "an") and rest[-1].text[:1].isupper() and len(rest) <= 12:
                return rest
    return None


def _names_a_group(head: list[Tok]) -> bool:
    """ "Other Republican candidates", "Wall Street critics", "Democrats": a plural of people, not a person
    ("Rubio, like Tilton, said": Rubio speaks) nor of organisations ("companies, including Patriot," stay the
    companies: a one-word company name reads as a person's)."""
    last = head[-1].low
    if lexicon().is_("party_members", last):
        return True
    singular = _plural_singular(last) if head[-1].text.islower() else None
    return singular is not None and singular in _person_heads() and not lexicon().is_("wordnet_organisations", singular)


def _looks_like_name(toks: list[Tok]) -> bool:
    """ "Maria Zakharova"; also two names joined by "and" ("Sen. Susan Collins and Sen. Lisa Murkowski")."""
    k = next((i for i, t in enumerate(toks) if t.low == "and"), None)
    if k is not None and 0 < k < len(toks) - 1:
        return _looks_like_name(toks[:k]) and _looks_like_name(toks[k + 1 :])
    words = [t for t in toks if t.text[:1].isalnum()]
    return 0 < len(words) <= 5 and sum(t.text[:1].isupper() for t in words) >= max(1, len(words) - 1)


@cache
def _np_keep_heads() -> frozenset[str]:
    """Head nouns a noun phrase keeps after a lower-case verb phrase (one set, not a union per call)."""
    sets = lexicon().sets
    return frozenset(sets["anonymous_heads"] | sets["role_words"] | sets["document_heads"] | sets["outlet_heads"])


def _modified_head_before(np: list[Tok], k: int) -> bool:
    """ "exit polls in New Hampshire", "former officials in the FBI", "early results from the districts": a
    head noun a phrase keeps, after at most two plain lower-case modifiers, stands before the preposition at
    ``k``; not a verb phrase ("sent a letter to", "uses big data to": a determiner or more words between)."""
    if k < 1 or k > 3:
        return False
    head = np[k - 1].low
    if head in QUANTIFIER_HEADS or (head not in _np_keep_heads() and not _people_plural(head)):
        return False
    return all(t.text.isalpha() and t.text.islower() and t.low not in DETERMINERS | {"and", "or"} for t in np[: k - 1])


QUANTIFIER_HEADS = frozenset("some many most all few several".split())


def _people_plural(word: str) -> bool:
    """ "organizers", "members", "residents": the plural of a noun for people (WordNet's persons), a head a phrase
    keeps before its preposition ("protest organizers in Cleveland say"), as "officials in Ohio"."""
    singular = _plural_singular(word)
    return (
        singular is not None
        and lexicon().is_("wordnet_persons", singular)
        and not lexicon().is_("wordnet_organisations", singular)
    )


def _plural_singular(word: str) -> str | None:
    """The singular of a regular plural ("organizers" -> "organizer", "deputies" -> "deputy"); None for a word that
    is none ("press", "Rubio")."""
    if not word.endswith("s") or word.endswith("ss"):
        return None
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _np_back(toks: list[Tok], limit: int) -> list[Tok]:
    lex = lexicon()
    np: list[Tok] = []
    i = len(toks) - 1
    while i >= 0 and len(np) < limit:
        t = toks[i]
        low = t.low
        if t.text == ")" and i >= 2 and toks[i - 2].text == "(" and toks[i - 1].text[:1].isupper():
            np[:0] = toks[i - 2 : i + 1]  # "Status of Forces Agreement (SOFA)", "Sen. Marco Rubio (R-Fla.)"
            i -= 3
            continue
        if (
            t.text == ","
            and np
            and (np[0].text[:1].islower() or np[0].text[:1].isdigit())
            and i >= 2
            and toks[i - 1].text.isalpha()
            and toks[i - 1].text.islower()
            and toks[i - 2].low in ("the", "a", "an")
            and i >= 3
            and toks[i - 3].text in ("”", '"', "’", "''")  # right after a quotation ("The truth, the senator said")
        ):
            # "“...,” the bespectacled, 71-year-old diplomat said": a comma between two adjectives
            np[:0] = toks[i - 2 : i + 1]
            i -= 3
            continue
        if t.text in (",", ";", ":", "(", ")", "“", "”", '"', "—", "–", "--", "!", "?") or t.text == "-" and np:
            break
        if t.text == "'" and i >= 1 and toks[i - 1].text == "'":
            break  # "''We are not terrorists.'' Mr. Zahed said": a doubled apostrophe closes a quotation
        if low == "and" and np:
            prev = toks[i - 1] if i > 0 else None
            if prev is not None and prev.text[:1].isupper() and len(np) <= 10:
                np.insert(0, t)
                i -= 1
                continue
            # "current and former officials said": two modifiers of one head, at the start of the
            # phrase (after a comma, a determiner or the sentence start), not "was close and officials".
            edge = toks[i - 2] if i >= 2 else None
            if (
                prev is not None
                and prev.text.isalpha()
                and prev.text.islower()
                and len(np) <= 4
                and (edge is None or edge.text in (",", ";", ":", "—") or edge.low in DETERMINERS)
                and not _is_cue_token(prev)
            ):
                np[:0] = [prev, t]
                i -= 2
                continue
            break
        if low in lex.sets["clause_openers"]:
            break
        if np and _is_cue_token(t):
            break
        np.insert(0, t)
        i -= 1
    # Trim leading conjunctions and prepositions left at the edge.
    while np and (np[0].low in ("and", "but", "or", "so", "then") or not np[0].text[:1].isalnum()):
        np.pop(0)
    # "asked to comment on media reports claiming": a verb phrase before the noun phrase is cut
    # at its preposition; "officials from the office" keeps its head noun.
    keep = _np_keep_heads()
    while (
        np
        and np[0].text.islower()
        and np[0].low not in DETERMINERS
        and np[0].low not in keep
        # "former Gov. Jeb Bush of Florida said": a title opens a name, not a verb phrase
        and not (lex.is_("title_words", np[0].text) and len(np) >= 2 and np[1].text[:1].isupper())
    ):
        if counted([t.low for t in np]):
            break  # "..., but at least a dozen members of Congress told": a count, not a verb phrase
        k = next((i for i, t in enumerate(np) if t.low in PREPOSITIONS), None)
        if k is None or k + 1 >= len(np) or _modified_head_before(np, k):
            break  # "exit polls in New Hampshire and Iowa indicated": a head noun before the preposition stays
        np = np[k + 1 :]
    return _zero_relative_subject(np)


QUANTITY_NOUNS = frozenset("few couple dozen number lot handful majority minority host score series".split())


def _zero_relative_subject(np: list[Tok]) -> list[Tok]:
    """ "a move critics said would hurt", "an honor Donald said he hoped", "an offer the leadership rebuffed":
    an indefinite noun followed by a second noun phrase is a noun with its relative clause (no "that"),
    and the second phrase, the relative clause's subject, is the speaker."""
    if len(np) < 3 or np[0].low not in ("a", "an") or not (np[1].text.isalpha() and np[1].text.islower()):
        return np
    if np[1].low in QUANTITY_NOUNS or np[1].low in _person_heads():
        return np
    rest = np[2:]
    name = all(t.text[:1].isupper() for t in rest) and not lexicon().is_("title_words", rest[-1].text)
    definite = rest[0].low in ("the", "his", "her", "its", "their", "our", "my", "your") and len(rest) >= 2
    plural_people = (
        len(rest) == 1 and rest[0].text.isalpha() and rest[0].low.endswith("s") and rest[0].low in _person_heads()
    )
    return rest if name or definite or plural_people else np


def find_source_after(ctx: SentenceContext, pos: int, limit: int = 14) -> tuple[Span | None, int]:
    """Noun phrase right after an inverted cue ("said Harada", "said a Russian government official")."""
    toks = [t for t in ctx.toks if t.start >= pos]
    np: list[Tok] = []
    for t in toks:
        if t.text in (",", ";", ":", "(", ")", "“", "”", '"', "—", ".", "!", "?") or len(np) >= limit:
            break
        if t.low in ("who", "which", "that", "according", "adding", "saying", "in", "on", "at") and np:
            if not (t.low in ("in", "on", "at") and np[-1].low in ("involved", "engaged", "based", "close")):
                break  # ... but "says a source involved in the super-PAC’s creation": the participle's phrase
        np.append(t)
    while np and not np[-1].text[:1].isalnum():
        np.pop()
    if not np or TIME_ONLY_RE.fullmatch(ctx.text[np[0].start : np[-1].end]):
        return None, pos  # "..., said Sunday.": a time, not a speaker
    end = np[-1].end
    if np[-1].text.endswith(".") and (
        not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", np[-1].text) or end >= ctx.sent.end - 1
    ):
        end -= 1  # "said Harada.", "said Karl Rove." (not "Sen." mid-sentence): the full stop ends the sentence
    return (np[0].start, end), end


RELATIVE_ASIDE_RE = re.compile(r",\s+(?:who|whose|which)\b")
# "The survey, conducted by the Public Policy Institute, finds": a participle aside after the subject
PARTICIPLE_ASIDE_RE = re.compile(
    r",\s+(?:[a-z]{3,}ed|written|taken|given|done|made|held|run|drawn|paid|led|sent|released)"
    r"\s+(?:by|in|for|on|at|from|between|among|with|over|after|during|last|this)\b"
)
# "Fields, along with Washington Post reporter Ben Terris, say": who joins the subject, between commas
JOINED_BY_ASIDE_RE = re.compile(r",\s+(?:along|together)\s+with\s+[^,;:“”\"]{2,80},")
# "Ms. Jones, 45, said", "Jones, 45, of Toledo, said": an age after the name, and one more aside
AGE_ASIDE_RE = re.compile(r",\s+\d{1,3},(?:\s+[^,;:“”\"]{1,60},)?")


def _subject_with_apposition(ctx: SentenceContext, cue_start: int) -> bool:
    """ "Tashfeen Malik, one of two terrorists ..., posted her allegiance": all that stands before
    the cue is a name and its apposition, so the cue is not inverted ("C, said X")."""
    before = ctx.text[ctx.sent.start : cue_start]
    if not before.rstrip().endswith(",") or any(q in before for q in '“”"'):
        return False
    src = find_source_before(ctx, cue_start)
    return (
        src is not None
        and src[0] == ctx.sent.start + len(before) - len(before.lstrip())
        # a name and its apposition ("Tashfeen Malik, one of ...,") or relative clause ("The official,
        # who spoke anonymously,"), not a clause ("The plan will fail,")
        and (
            "," in ctx.text[src[0] : src[1]]
            or RELATIVE_ASIDE_RE.match(ctx.text, src[1]) is not None
            or PARTICIPLE_ASIDE_RE.match(ctx.text, src[1]) is not None
            or AGE_ASIDE_RE.fullmatch(ctx.text[src[1] : cue_start].rstrip()) is not None
            or JOINED_BY_ASIDE_RE.fullmatch(ctx.text[src[1] : cue_start].rstrip()) is not None
        )
        and ctx.text[src[0] : src[0] + 1].isupper()
    )


MODALS = frozenset("would could should might must will shall can may".split())
# before the cue only ("A second CIA officer at Benghazi that evening backed"): after it, "said that day was"
# opens the claim
TIME_BEFORE_RE = re.compile(
    rf"\s(?:{TIME_TAIL}|that\s+(?:day|night|morning|afternoon|evening|week|weekend))\s*$", re.IGNORECASE
)
TIME_BEFORE_RE = gated(TIME_BEFORE_RE)  # searched only in text holding one of its words (audit/gate.py)
IT_NEXT_WORD_RE = re.compile(r"\s+(?:also\s+)?([a-z]+)\b")


def it_speaks(text: str, pos: int) -> bool:
    """ "It said", "It also accused": a speech verb of the cue lists right after "it" (an organisation
    or a document named before speaks; "it is" does not)."""
    m = IT_NEXT_WORD_RE.match(text, pos)
    info = cue_info(m.group(1)) if m else None
    return info is not None and info.cls == "speech"


SUBORDINATORS = frozenset(
    "when after as while if although though because since before despite once unless whereas until".split()
)
ADVERBIAL_ASIDES = frozenset(
    "meanwhile however too though in on at for after when while like as instead moreover furthermore indeed "
    "nevertheless nonetheless therefore still yet to along together".split()  # "Sanders, to his credit, refuses"
)  # "Fields, along with Washington Post reporter Ben Terris, say": who joins the subject


# words that end a source's head noun phrase: "The camera on the phone", "the new poll of voters", "a poll
# conducted by Monmouth"
HEAD_STOPS = frozenset("of for from with in on at by that which who whose conducted released".split())


def source_head(text: str, src: Span) -> str:
    """The head word of a source: the last word before a preposition, a relative pronoun or a participle
    that starts what follows the noun ("" when the source opens on one)."""
    words = re.findall(r"[\w’'-]+", text[src[0] : src[1]])
    k = next((i for i, w in enumerate(words) if i and w.lower() in HEAD_STOPS), len(words))
    return words[k - 1] if k else ""


def _thing_speaks(text: str, src: Span) -> bool:
    """Whether the source's head is a made thing or a message (WordNet's artifact and communication
    nouns) that is no document, outlet or organisation: "The camera", "This recipe"."""
    head = source_head(text, src)
    return head.islower() and head in mere_things()


def evidence_speaks(text: str, src: Span) -> bool:
    """Whether the source's head names evidence ("CNN exit poll data", "the new poll of voters"); not any
    document ("The unprecedented resolution revealing how galaxies formed" is an image's)."""
    return lexicon().is_("evidence_heads", source_head(text, src))


SOURCE_WORD_RE = re.compile(r"[\w’'.-]+")


# "who", "which", and "who’d", "who’s", "who’ll", "who’ve": the relative pronoun with its auxiliary
RELATIVE_WHO_RE = re.compile(r"(?:who|which)(?:[’'](?:d|s|ll|ve))?")
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty half".split()
)
COPULAS = frozenset("is are was were has have had".split())
RELATIVE_WORDS = frozenset("who whom whose which that".split())
CLAUSE_SOURCE_WORD_RE = re.compile(r"[\w’'.-]+")


def subject_of_clause_source(text: str, src: Span) -> Span | None:
    """ "Kasich is matched up against Clinton", "Candidates have sometimes", "He was assistant secretary of
    the Navy during World War I": a source read as a noun phrase that holds a verb of its own (a form of
    "be" or "have", or an irregular past) is a clause; its subject, the words before that verb, is
    who speaks. None when the source is no such clause (or a relative clause: "people who have battled")."""
    lex = lexicon()
    words = list(CLAUSE_SOURCE_WORD_RE.finditer(text, src[0], src[1]))
    if len(words) < 3 or any(m.group(0).lower() in RELATIVE_WORDS for m in words):
        return None
    for k, m in enumerate(words[1:], start=1):
        w = m.group(0)
        if w.islower() and (w in COPULAS or lex.is_("irregular_verbs", w)):
            after = [x.group(0).lower() for x in words[k + 1 : k + 3]]
            if w not in COPULAS and (after[:1] == ["by"] or after[:2] in (["out", "by"], ["up", "by"])):
                continue  # "a fundraising email sent out by Sanders": a participle after its noun, not a verb
            if k == len(words) - 1 or all(
                x.group(0) in COPULAS or lex.is_("adverbs", x.group(0)) or x.group(0) in ("twice", "once")
                for x in words[k:]
            ):
                return None  # "A YouGov poll has", "The American Legion has twice": the cue's own auxiliary
            return (src[0], words[k - 1].end())
    return None


def _source_ok(text: str, src: Span) -> bool:
    s = text[src[0] : src[1]]
    words = SOURCE_WORD_RE.findall(s)
    if not words:
        return False
    first = words[0]
    if (
        first.lower() in ("what", "how", "why", "where", "whether", "if")
        or (
            first.islower()
            and first.endswith("ed")
            and len(words) > 1
            # ... but "retired neurosurgeon Ben Carson", "embattled Gov. Paul LePage", "undecided Republican voter
            # Stephanie Hooton of Derry": an adjective before a name
            and not (
                len(words) >= 3
                and any(a[:1].isupper() and b[:1].isupper() for a, b in zip(words[1:], words[2:], strict=False))
                and cue_info(first) is None
            )
        )
    ):
        return False  # "What Washington wants", "wasted no time responding": not a speaker
    if len(words) == 1 and first.islower() and first.endswith("ing") and len(first) > 5:
        return False  # "having referred to him as", "committing repeated gaffes": a participle, not a speaker
    if len(words) == 1 and _surname_named_before(text, first, src[0] + s.find(first)):
        return True  # "Day said", after "said Kristen Day"
    if len(words) == 1 and (words[0].lower() in NOT_SPEAKER_OPENERS or TIME_ONLY_RE.fullmatch(s.strip())):
        return False  # "And", "But", "Sunday": a conjunction or a time, never a speaker
    if (words[-1].islower() or len(words) == 1) and is_time_phrase([w.lower() for w in words]):
        return False  # "As the day went on", "the last two weeks have signaled", "Hours": a stretch of time
    if len(words) == 1 and words[0].lower() in lexicon().sets["not_sources"]:
        # "It also said it had expanded the teams": an organisation named before speaks.
        return words[0].lower() == "it" and it_speaks(text, src[1])
    if words[0].lower() in ("to", "of", "for", "with", "on", "in", "at", "by", "from") and (
        words[0].isupper() or not counted([w.lower() for w in words])
    ):
        return False  # ... but "At least four senators" is a quantity (not a headline's "AT LEAST 10 KILLED")
    lex = lexicon()
    if words[0].islower() and lex.is_("auxiliaries", words[0]) and words[0] != "reportedly":
        return False  # "only to have it discovered that": a verb phrase, not a speaker
    if any(w.lower().endswith(("’ve", "'ve", "’re", "'re", "’ll", "'ll", "’d", "'d")) for w in words[:-1]):
        return False  # "They’ve arranged two conference calls": a clause, not a speaker
    # a relative clause's own verbs are no sign of a clause ("The judges who ruled that Texas could not ...")
    head_words = words[: next((i for i, w in enumerate(words) if i and w.lower() in ("who", "whom")), len(words))]
    if any(
        lex.is_("auxiliaries", a) and b.islower() and b.endswith("ing")
        for a, b in zip(head_words, head_words[1:], strict=False)
    ):
        return False  # "Biden was arranging calls with ...": a clause, not a speaker
    if any(a.lower() in MODALS and b.islower() for a, b in zip(head_words, head_words[1:], strict=False)):
        return False  # "That would help maintaining": a clause with a modal, not a speaker
    return not (words[0][0].isdigit() and len(words) == 1 and not s.rstrip().endswith("%"))  # "47% say"


TIME_MEASURE_HEDGES = frozenset("nearly about almost only just some roughly barely more less".split())
TIME_MEASURE_LINKS = frozenset("after before since later earlier ago into".split())


def is_time_measure(words: list[str]) -> bool:
    """ "two days", "nearly six months", "more than a year", "hours": lower-case words that measure time, a
    unit of time (sources.json ``time_lead_nouns``, plural or not) after hedges and amounts."""
    if not words or not lexicon().is_("time_lead_nouns", words[-1].removesuffix("s")):
        return False
    return all(
        w in TIME_MEASURE_HEDGES or w in NUMBER_WORDS or w in ("a", "an", "few", "several", "than") or w[:1].isdigit()
        for w in words[:-1]
    )


TIME_PHRASE_OPENERS = frozenset("the this that these those last past next late early same earlier".split())
# Links after which the measure is a whole adverb ("Hours later"): the subject may follow without a comma.
TIME_ADVERB_LINKS = frozenset("later earlier ago".split())


def is_time_phrase(words: list[str]) -> bool:
    """ "the day", "the past two years", "late last month", "hours": lower-case words that name a stretch of
    time, never a speaker ("As the day went on", "the last two weeks have signaled")."""
    k = 0
    while k < len(words) - 1 and words[k] in TIME_PHRASE_OPENERS:
        k += 1
    if k and words[k:] in (["past"], ["future"]):
        return True  # "Zucker, who in the past has voiced ..., told ...": "the past" is when
    return is_time_measure(words[k:])


def _time_measure_end(toks: list[Tok], i: int) -> int | None:
    """Where the subject starts after a measure of time that opens the sentence, or None: "Two days after
    blasting the plan, the senator ...", "Nearly six months after erupting on Rubio, Fox News host Sean
    Hannity ...", "Hours later, Trump ...", "A few minutes later they ...", "The day before, at a rally,
    Mr. Trump ..."."""
    while i < len(toks) and (toks[i].low in TIME_MEASURE_HEDGES or toks[i].low == "than"):
        i += 1
    start = i + 1 if i < len(toks) and toks[i].low == "the" else i
    for n in range(1, 5):
        link = start + n
        if link >= len(toks) or not is_time_measure([t.low for t in toks[start:link]]):
            continue
        if toks[link].low not in TIME_MEASURE_LINKS:
            return None
        if toks[link].low in TIME_ADVERB_LINKS:
            # "Hours later, Trump ..." / "A few minutes later they ...": the adverb ends the phrase
            return link + 2 if link + 1 < len(toks) and toks[link + 1].text == "," else link + 1
        comma = next((k for k in range(link + 1, min(len(toks), link + 30)) if toks[k].text == ","), None)
        return None if comma is None else comma + 1  # "Two days after blasting the plan, the senator"
    return None


def _past_state(toks: list[Tok], i: int) -> int:
    """Past the state after a town that ended an opening adjunct ("At a campaign event in Ames, Iowa, on
    Sunday, Mrs. Clinton ...", "at a rally in Beaumont, Tex., Mr. Trump ...")."""
    if i + 1 < len(toks) and re.fullmatch(r"[A-Z][a-z]{1,4}\.", toks[i].text) and toks[i + 1].text == ",":
        return i + 2
    for size in (1, 2):
        if (
            i + size < len(toks)
            and toks[i + size].text == ","
            and toks[i].text[:1].isupper()
            and " ".join(t.low for t in toks[i : i + size]) in lexicon().sets["places"]
        ):
            return i + size + 1
    return i


def _time_phrase_end(toks: list[Tok], i: int) -> int:
    """Where a time phrase from ``toks[i]`` ends ("Sunday morning", "last week", "the morning"): the index of
    the first word after it (``i`` when there is none). Lead words ("last", "the") are read only before a
    further word, and the phrase must hold a time noun."""
    lex = lexicon()
    j = i
    while j < len(toks) and (
        lex.is_("time_lead_nouns", toks[j].low)
        or (lex.is_("time_lead_words", toks[j].low) or toks[j].low == "the")
        and j + 1 < len(toks)
    ):
        j += 1
    # "On the floor Mr. Smith": no time noun, a place
    return j if any(lex.is_("time_lead_nouns", t.low) for t in toks[i:j]) else i


def _clause_subject(ctx: SentenceContext, before: int, after: int | None = None) -> Span | None:
    """Subject of the main clause for ", saying ..." participles: the first noun phrase; with
    ``after``, the first one after that position (past a closing quotation mark)."""
    toks = [t for t in ctx.toks if t.end <= before]
    i = 0
    if after is not None:
        while i < len(toks) and (toks[i].start <= after or toks[i].text in ("”", '"', "’", "'")):
            i += 1
    while i < len(toks) and toks[i].low in ("and", "but", "or", "so", "yet", "still", "then", "even"):
        i += 1  # "And in 2008, Hillary Clinton slammed ...", "And even Obama ...": not the subject
    if (
        after is None
        and i + 1 < len(toks)
        and toks[i].low in SUBORDINATORS
        and toks[i].low not in PREPOSITIONS
        and not any(t.text == "," for t in toks[i:])
        and (toks[i + 1].text[:1].isupper() or toks[i + 1].low in ("he", "she", "they", "we", "i"))
    ):
        # "When Trump later referred to the massacre ... and said C": the second verb is inside the subordinate
        # clause, whose subject is its speaker
        i += 1
    # Skip an opening subordinate phrase: "Touching on Moscow's worries, Putin ..."
    elif (
        after is None
        and i < len(toks)
        and (
            # ... but "Husted continued by saying C", after "Secretary of State Jon Husted": a surname
            toks[i].low.endswith(("ing", "ed"))
            and not _surname_named_before(ctx.text, toks[i].text, toks[i].start)
            or toks[i].low in PREPOSITIONS
            or toks[i].low in SUBORDINATORS
            # "Here in Columbia, Sanders stepped up ..., saying C": a place or time adverb's phrase
            or (lexicon().is_("lead_adverbs", toks[i].low) and "," in (t.text for t in toks[i + 1 : i + 8]))
            # "Ultimately, Mr. Yanukovych disregarded ... and refused": a sentence adverb and its comma
            or (lexicon().is_("subject_lead_adverbs", toks[i].low) and i + 1 < len(toks) and toks[i + 1].text == ",")
            # "More recently, he’s spoken out ..., citing C": a comparative adverb phrase, not "More" people
            or (
                toks[i].low in ("more", "most", "less")
                and i + 2 < len(toks)
                and toks[i + 1].low.endswith("ly")
                and toks[i + 2].text == ","
            )
            # "Last month, FBI Director James Comey called ..., but said C": a time phrase before the subject
            # ("Late last month, the company wrote ..., calling C": two such words)
            or (
                lexicon().is_("time_lead_words", toks[i].low)
                and (lead := 2 if i + 1 < len(toks) and lexicon().is_("time_lead_words", toks[i + 1].low) else 1)
                and i + lead + 1 < len(toks)
                and lexicon().is_("time_lead_nouns", toks[i + lead].low)
                and "," in (t.text for t in toks[i + lead + 1 : i + lead + 3])
            )
        )
    ):
        while i < len(toks) and toks[i].text != ",":
            i += 1
        # "In a wide-ranging, in-prison interview with ... last year, Lazar said": a comma between two adjectives
        # of the opening phrase, then a lower-case word that opens no subject; the phrase ends at a later comma
        while (
            i + 1 < len(toks)
            and toks[i + 1].text[:1].islower()
            and "-" in toks[i + 1].text
            and toks[i + 1].low not in DETERMINERS
            and "," in (t.text for t in toks[i + 2 : i + 14])
        ):
            i += 1
            while i < len(toks) and toks[i].text != ",":
                i += 1
        i = _past_state(toks, i + 1)
    elif after is None and (end := _time_measure_end(toks, i)) is not None:
        i = end
    if after is None:
        while i < len(toks) and toks[i].low in PREPOSITIONS and "," in (t.text for t in toks[i : i + 10]):
            # "In the last debate, on CNBC, candidates ...", "On Thursday, after remaining neutral throughout
            # the primary process, Warren ...": a second adjunct after the first
            while i < len(toks) and toks[i].text != ",":
                i += 1
            i = _past_state(toks, i + 1)
    if (
        i >= len(toks)
        and after is None
        and len(toks) > 2
        and toks[0].low in ("on", "in", "by", "during")
        and (lead := _time_phrase_end(toks, 1)) > 1
        and lead < len(toks)
        and toks[lead].text[:1].isupper()
    ):
        # "On Sunday morning Mr. Trump made a third attempt ..., writing C": a time phrase without its comma,
        # then the subject
        i = lead
    elif i >= len(toks) and after is None and toks and toks[0].low in PREPOSITIONS and toks[0].low not in SUBORDINATORS:
        # "By Sunday afternoon she had canceled a rally ... in Green Bay, Wis., citing C": the opening phrase
        # had no comma of its own, so the skip ran to the end; the last subject pronoun speaks ("For that she
        # drew Trump's ire - he called her “weak” and said C": he)
        i = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].low in ("he", "she", "they", "we")), i)
    if i < len(toks) and toks[i].low in ("he", "she", "they", "we", "i"):
        return (toks[i].start, toks[i].end)  # "On Thursday, he expanded ..., warning ...": a pronoun subject
    np: list[Tok] = []
    lex = lexicon()
    if (
        i + 1 < len(toks)
        and toks[i].text.islower()
        and toks[i].low.endswith("s")
        and lex.is_("wordnet_persons", toks[i].low)
        and (lex.is_("auxiliaries", toks[i + 1].text) or lex.is_("irregular_verbs", toks[i + 1].text))
    ):
        # "In the last debate, candidates were able to ... by saying C": a bare plural of people, then its verb
        return (toks[i].start, toks[i].end)
    while i < len(toks):
        t = toks[i]
        if t.text[:1].isupper() or t.low in DETERMINERS or (np and t.low in ("of", "'s", "’s")):
            np.append(t)
            i += 1
            continue
        if np and t.text[:1].isalpha() and t.text.islower() and np[-1].low in DETERMINERS:
            np.append(t)
            i += 1
            continue
        break
    # "A federal lawsuit ..., alleging", "The Vermont senator, vowing": the lower-case words that
    # finish the noun phrase (an adjective, the head noun), up to a verb, a preposition or a comma.
    extra = 0
    while (
        np
        and extra < 3
        and i < len(toks)
        # "Democratic front-runner Hillary Clinton": a hyphenated role is one word
        and re.sub(r"[’']s$", "", toks[i].text).replace("-", "").isalpha()
        and toks[i].text.islower()
        and not lex.is_("auxiliaries", toks[i].text)
        and not lex.is_("adverbs", toks[i].text)
        and toks[i].low not in PREPOSITIONS | SUBORDINATORS | {"and", "or", "but", "who", "which", "that"}
        and cue_info(toks[i].text) is None
        and not toks[i].low.endswith(("ed", "ing", "ly"))
        and not lex.is_("irregular_verbs", toks[i].text)  # "The senator spoke on Tuesday, praising ..."
        # "Mrs. Clinton devotes much of her speech to praising ...": a present verb after the name
        and not (
            toks[i].low.endswith("s")
            and np[-1].text[:1].isupper()
            and i + 1 < len(toks)
            and toks[i + 1].low in DETERMINERS | {"much", "most", "all", "both"}
        )
    ):
        np.append(toks[i])
        i += 1
        extra += 1
    if extra and lex.is_("wordnet_persons", np[-1].low):
        # "Republican presidential candidate Donald Trump is spending ...": a role before the name
        while i < len(toks) and toks[i].text[:1].isupper() and toks[i].text[1:2].islower():
            np.append(toks[i])
            i += 1
    while np and np[-1].low in DETERMINERS | {"of"}:
        np.pop()
    if not np:
        return None
    return (np[0].start, np[-1].end)
