"""Fixed constructions of the attribute stage: phrasings in a sentence that attribute without a
per-cue step ("it was reported that C", "Trump's claim that C", "C, reportedly", "news emerged that
C", "asked by The Hill whether ...", "drew criticism", "In evidence, ...", "C, a poll found", "is widely
seen as")."""

from __future__ import annotations

import re
from functools import cache

from .gate import gated, gated_result
from .lexicon import cue_info, inflect, lexicon, load_json
from .models import Span
from .spans import DETERMINERS, Found, SentenceContext, _content_span, _previous_word, _strip_span

REPORT_THAT_RE = re.compile(
    r"\b(?:a|an|the|this|that)\s+(?P<src>(?:[A-Z][\w.’'&-]*\s+){1,5}?)(?:(?:new|recent|earlier|latest)\s+)?"
    r"(?P<cue>report|story|article|analysis|investigation|exposé|expose)\s+that\s+(?P<content>\S)"
)
REPORT_THAT_RE = gated(REPORT_THAT_RE)  # searched only in sentences holding its words (audit/gate.py)


def _finding_after_that(text: str, start: int, end: int) -> Span | None:
    """What a noun's "that" introduces, from ``start``: None for a relative clause ("a Reuters report
    that was published Monday", "Trump's claim that was debunked") or a span too short to be a claim."""
    after = re.match(r"[\w’'-]+", text[start:end])
    nxt = after.group(0).lower() if after else ""
    if lexicon().is_("auxiliaries", nxt) or nxt.endswith("ed"):
        return None
    content = _content_span(text, start, end)
    return content if content[1] - content[0] >= 3 else None


def reported_that(ctx: SentenceContext) -> list[Found]:
    """ "seizing upon a New York Times report that Trump had a loss": a publication's report,
    named before the noun, with its finding after "that"."""
    out = []
    text, s1 = ctx.text, ctx.sent.end
    for m in REPORT_THAT_RE.finditer(text, ctx.sent.start, s1):
        src_text = m.group("src").strip()
        if ctx.in_quote(m.start()) or not (lexicon().outlet_re.fullmatch(src_text) or _agency_name(src_text)):
            continue
        content = _finding_after_that(text, m.start("content"), s1)
        if content is not None:
            src = (m.start("src"), m.start("src") + len(src_text))
            out.append(Found(source=src, cue=(m.start("cue"), m.end("cue")), content=[content]))
    return out


NEWS_EMERGED_RE = re.compile(
    r"\b(?P<src>(?:[Mm]edia\s+|[Nn]ews\s+)?(?:[Nn]ews|[Rr]eports))\s+(?P<cue>(?:(?:has|have|had)\s+(?:since\s+|now\s+|also\s+)?"
    r"(?:emerged|surfaced|come\s+out)|emerged|surfaced|came\s+out))\s+that\b"
)
NEWS_EMERGED_RE = gated(NEWS_EMERGED_RE)  # searched only in sentences holding its words (audit/gate.py)


def news_emerged(ctx: SentenceContext) -> list[Found]:
    """ "news has emerged that C", "reports surfaced that C": reporting with no outlet named (kinds
    guide: "it was reported" is another outlet's reporting)."""
    text, s1 = ctx.text, ctx.sent.end
    m = NEWS_EMERGED_RE.search(text, ctx.sent.start, s1)
    if not m or ctx.in_quote(m.start()):
        return []
    content = _content_span(text, m.end(), s1)
    if content[1] - content[0] < 3:
        return []
    return [Found(source=m.span("src"), cue=m.span("cue"), content=[content], cue_lemma="emerge")]


WHAT_CALLED_RE = re.compile(
    r"\b[Ww]hat\s+(?P<src>(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)\s+(?:(?:has|have|had)\s+)?(?:each\s+|also\s+|once\s+)?"
    r"(?P<cue>called|calls|dubbed|dubs|termed|terms|labeled|labelled|(?:described|describes|characterized)\s+as)\s+"
    r"(?P<rest>\S)"
)
WHAT_CALLED_RE = gated(WHAT_CALLED_RE)  # searched only in sentences holding its words (audit/gate.py)
# what is named: a quotation, or a noun phrase up to a comma, a full stop or a preposition's new phrase
NAMED_PHRASE_RE = re.compile(
    r"(?:[“\"][^“”\"]{2,200}[”\"]|''.{2,200}?'')(?![\w-])|(?:[^,;:.()“”\"]|[“\"][^“”\"]{1,80}[”\"]){2,160}"
)


def what_x_called(ctx: SentenceContext) -> list[Found]:
    """ "in what officials called a hate crime", "led to what aide Kevin Phillips called “the beginning
    of a new Republican era”": the name given is the speaker's words ("what is called" names no one)."""
    text, s1 = ctx.text, ctx.sent.end
    out = []
    for m in WHAT_CALLED_RE.finditer(text, ctx.sent.start, s1):
        words = m.group("src").split()
        lex = lexicon()
        if (
            ctx.in_quote(m.start())
            or lex.is_("auxiliaries", words[0])
            or words[0].lower() in ("is", "was", "it’s", "it's")
        ):
            continue  # "what is called a debate", "what has been called": no speaker
        if any(lex.is_("auxiliaries", w) or w.lower() in ("would", "might", "could", "may") for w in words[1:]):
            continue  # "what he would call", "what critics have long been called": not a plain naming
        named = NAMED_PHRASE_RE.match(text, m.start("rest"), s1)
        if named is None:
            continue
        content = _strip_span(text, named.start(), named.end(), " \t,;:-—–")
        quoted = text[content[0]] in "“\"'" and text[content[1] - 1] in "”\"'"
        if quoted:  # the words inside the quotation marks
            content = _strip_span(text, content[0] + 1, content[1] - 1, " \t,;:.'")
        if content[1] - content[0] < 3:
            continue
        out.append(
            Found(
                source=m.span("src"),
                cue=m.span("cue"),
                content=[content],
                cue_lemma="call",
                quote="direct" if quoted else "none",
            )
        )
    return out


@cache
@gated_result
def _possessive_said_that_re() -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(n) for n in lexicon().cues["statement_nouns"]), key=len, reverse=True))
    return re.compile(
        r"(?:(?P<src>(?:(?:the|[A-Z][\w.’'-]*)\s+){0,3}[A-Z][\w.’'-]*|(?:the|his|her|their)\s+[a-z]+)[’']s"
        # "their empty charges that C", "his repeated claims that C": a possessive pronoun is the owner too
        r"|(?<![\w’'-])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+"
        rf"(?:[a-z-]+\s+)?(?P<cue>{nouns})\s+that\s+(?P<content>\S)"
    )


def possessive_said_that(ctx: SentenceContext) -> list[Found]:
    """ "Politifact did a fact-check on Donald Trump’s claim that C": the possessor said C."""
    out = []
    text, s1 = ctx.text, ctx.sent.end
    for m in _possessive_said_that_re().finditer(text, ctx.sent.start, s1):
        if ctx.in_quote(m.start()):
            continue
        content = _finding_after_that(text, m.start("content"), s1)
        if content is not None:
            # with its "’s", as PolNeAR marks it
            src = m.span("pronoun") if m.group("pronoun") else (m.start("src"), m.end("src") + 2)
            out.append(Found(source=src, cue=(m.start("cue"), m.end("cue")), content=[content]))
    return out


SAID_FIRST_RE = re.compile(
    # the speaker opens on a capital or a determiner ("Recalled to active duty in 2003, Smith said" is a
    # participle phrase, its verb no "said")
    r"(?P<cue>Said|Says)\s+(?P<src>(?:[A-Z]|(?:the|a|an|one)\s)[^,:;“”\"()]{1,80}?)"
    r"(?:,[^;“”\"]{0,160})?[,:]\s*(?P<quote>[“\"]|'')"
)


def said_first(ctx: SentenceContext) -> list[Found]:
    """ "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”":
    the verb opens the sentence, the speaker follows, the quotation after them is what was said."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    if not text.startswith("Sa", s0):
        return []  # "Said", "Says": most sentences are out at once
    m = SAID_FIRST_RE.match(text, s0, s1)
    if not m:
        return []
    q = ctx.quote_at(m.end("quote")) or ctx.quote_at(m.end("quote") + 1)
    if q is None or q[1] - q[0] < 3:
        return []
    if any(cue_info(w) is not None for w in re.findall(r"[a-z]+", text[m.end("src") : m.start("quote")])):
        return []  # "Said to be close to Trump, the aide said: “C”": the tag after the phrase is the speech
    return [Found(source=m.span("src"), cue=m.span("cue"), content=[q], quote="direct", cue_lemma="say")]


@cache
@gated_result
def _position_noun_re() -> re.Pattern[str]:
    """The noun and its preposition: found first, so the possessor is only looked for before a match."""
    nouns = "|".join(sorted((re.escape(n) for n in lexicon().cues["position_nouns"]), key=len, reverse=True))
    # the content in a lookahead: a match ends at the cue, so the next noun inside the content is found too
    return re.compile(rf"\b(?P<cue>(?:{nouns})\s+(?:for|to|on|of|against|about))\s+(?=(?P<content>[^,;:.()]{{3,160}}))")


# the possessor right before the noun (up to two modifiers between): "his", "Mr. Obama's original"
POSSESSOR_BEFORE_RE = re.compile(
    r"(?P<src>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s)\s+"
    r"(?:(?:[a-z]+(?:-[a-z]+)?|“[^”]{1,30}”)\s+){0,2}$"
)


# a position's content ends before a new clause or a second noun phrase of the sentence's own
POSITION_END_RE = re.compile(
    r"\s+(?:and|but)\s+(?:his|her|their|its|the|a|an|he|she|they|it|was|is|has|had|then)\b"
    r"|\s+(?:while|which|who|that|as|because|after|before|when|since|in\s+a)\b"
    # the sentence's own verb after a possessive subject: "Donald Trump’s attacks on X have angered Y"
    r"|\s+(?:is|was|are|were|has|have|had|will|would|could|can|may|might|seemed|seems|drew|draws|came|comes)\b"
)
# words that open a clause, not a possessor's name: "While Sanders's call for ..."
NOT_POSSESSOR_WORDS = frozenset("while when but and as if since after before although though because so".split())


TIME_WORD_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|last|this|the\s+(?:day|night|morning|evening)|\d)\b"
)


WORD_SPAN_RE = re.compile(r"[A-Za-z][\w’'-]*")


def _own_verb(text: str, start: int, end: int) -> int:
    """Where the sentence's own verb begins inside a position's content, or ``end``: an irregular past
    ("His calls for help went unanswered") or a past in -ed after a noun ("Apple's support for USB-C
    arrived"); not the first word ("his call for increased surveillance")."""
    lex = lexicon()
    words = list(WORD_SPAN_RE.finditer(text, start, end))
    for k in range(1, len(words)):
        w, prev = words[k].group(0), words[k - 1].group(0)
        if not w.islower() or prev.lower() in DETERMINERS:
            continue
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        past = w.endswith("ed") and "-" not in w and not prev.endswith(("ly", "ed"))
        # a past in -ed is the verb when a preposition, a determiner or nothing follows ("arrived with"),
        # an adjective when a noun does ("undocumented immigrants")
        if lex.is_("irregular_verbs", w) or (past and (not nxt or nxt in DETERMINERS or nxt in AFTER_VERB_WORDS)):
            return words[k].start()
    return end


AFTER_VERB_WORDS = frozenset("with by in on at to from after for as into over about".split())


def _speaks_of_violence(sentence: str) -> bool:
    violence = lexicon().sets["violence_words"]
    return any(w in violence for w in re.findall(r"[a-z]+", sentence.lower()))


def possessive_position(ctx: SentenceContext) -> list[Found]:
    """ "Trump’s call for a temporary ban on Muslims", "his attacks on Clinton", "Mr. Obama's original
    pledge to remove all troops": the possessor took the position in words; what follows the
    preposition is its content (up to a comma or a new clause)."""
    out = []
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    for m in _position_noun_re().finditer(text, s0, s1):
        if ctx.in_quote(m.start()):
            continue
        w0 = max(s0, m.start() - 100)
        owner = POSSESSOR_BEFORE_RE.search(text, w0, m.start())
        if owner is None:
            continue
        a = m.start("content")
        noun, prep = m.group("cue").lower().split()
        if prep == "to" and lexicon().is_("position_nouns_said", noun):
            continue  # "Carson’s comments to the AP": the listener, not what was said
        if TIME_WORD_RE.match(text, a):
            continue  # "his remarks on Tuesday night": when, not what
        if noun in lexicon().cues["position_nouns_violent"] and _speaks_of_violence(text[ctx.sent.start : s1]):
            continue  # "his attack on club goers", "its attacks on Syrian government troops": violence
        end = POSITION_END_RE.search(text, a, m.end("content"))
        stop = _own_verb(text, a, end.start() if end else m.end("content"))
        content = _strip_span(text, a, stop, " \t,;:-—–")
        if content[1] - content[0] < 3:
            continue
        src = owner.span("src")
        first = re.match(r"[\w’'.-]+\s+", text[src[0] : src[1]])
        while first and first.group(0).strip().lower() in NOT_POSSESSOR_WORDS:
            src = (src[0] + first.end(), src[1])  # "While Sanders's call for": Sanders's
            first = re.match(r"[\w’'.-]+\s+", text[src[0] : src[1]])
        if text[src[1] - 2 : src[1]] in ("’s", "'s") and text[src[0] : src[1] - 2].lower() in ("it", "that", "there"):
            continue  # "it's", "that's": a verb, not a possessor
        out.append(Found(source=src, cue=m.span("cue"), content=[content], cue_lemma="position"))
    return out


@cache
@gated_result
def _statement_by_that_re() -> re.Pattern[str]:
    nouns = sorted({n for w in lexicon().cues["statement_nouns"] for n in (w, w + "s")}, key=len, reverse=True)
    return re.compile(
        rf"\b(?P<cue>{'|'.join(re.escape(n) for n in nouns)})\s+(?:by|from)\s+"
        r"(?P<src>(?:the\s+|some\s+|many\s+|his\s+|her\s+|their\s+)?[\w’'.-]+(?:\s+(?!that\b)[\w’'.-]+){0,5}?)"
        r"\s+that\s+(?P<content>\S)"
    )


def statement_by_that(ctx: SentenceContext) -> list[Found]:
    """ "despite some recent suggestions by the news media that the president has his thumb on the
    scale", "claims from critics that C": the noun's agent said C."""
    out = []
    text, s1 = ctx.text, ctx.sent.end
    for m in _statement_by_that_re().finditer(text, ctx.sent.start, s1):
        if ctx.in_quote(m.start()):
            continue
        content = _finding_after_that(text, m.start("content"), s1)
        if content is not None:
            out.append(Found(source=m.span("src"), cue=m.span("cue"), content=[content]))
    return out


@cache
@gated_result
def _hearsay_re() -> re.Pattern[str]:
    spec = lexicon().cues["hearsay"]
    adverbs = "|".join(re.escape(a) for a in spec["adverbs"])
    passives = "|".join(re.escape(v) for v in spec["passive_verbs"])
    widely = "|".join(re.escape(v) for v in spec["widely_passive_verbs"])
    return re.compile(
        rf"\b(?P<adverb>{adverbs})\b|\b(?P<passive>(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?:(?:also\s+|widely\s+|long\s+)?(?:{passives})|widely\s+(?:{widely}))\s+to)\b",
        re.IGNORECASE,
    )


def hearsay(ctx: SentenceContext) -> list[Found]:
    """ "Khoga was reportedly on that trip": a claim passed on without a source. The claim is the
    sentence around the hearsay word (leading words and the adverb left out); no source span, so it
    is typed as unnamed and undescribed (anonymous_vague)."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = _hearsay_re().search(text, s0, s1)
    if not m or ctx.in_quote(m.start()):
        return []
    if m.group("adverb") and _previous_word(text[s0 : m.start()]) in DETERMINERS | {"a", "an", "the"}:
        return []  # "their supposedly superior ancestries", "a purportedly leaked memo": an adjective's adverb
    c0, c1 = m.span()
    if m.group("passive"):
        aux = re.match(r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+", m.group(0), re.I)
        c0 = m.start() + (aux.end() if aux else 0)
    first = _content_span(text, s0, c0)
    second = _content_span(text, c1, s1)
    spans = [sp for sp in (first, second) if sp[1] - sp[0] >= 2]
    if not spans or second[1] - second[0] < 3:
        return []
    return [Found(source=None, cue=(c0, c1), content=spans, cue_lemma=m.group(0).lower())]


@cache
@gated_result  # searched only in text holding one of its verbs (audit/gate.py)
def _perceived_re() -> re.Pattern[str]:
    spec = lexicon().cues["hearsay"]
    verbs = "|".join(re.escape(v) for v in spec["perceived_verbs"] + spec["judged_verbs"])
    return re.compile(
        # a finite "be" only: "must be seen as", "wants to be seen as", "risk being perceived as" say
        # how one should look, not how one is seen
        rf"\b(?P<cue>(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
        rf"(?:(?:also|still|now|long|often|generally|[a-z]+ly)\s+)?(?:{verbs}))"
        rf"(?:\s+by\s+(?P<agent>[^,;:.“”\"()]{{1,50}}?))?\s+as\s+(?P<rest>\S)",
        re.IGNORECASE,
    )


PERCEIVED_END_RE = re.compile(r"[,;:—–(]|\s-\s")


def perceived(ctx: SentenceContext) -> list[Found]:
    """ "The union is widely regarded as one of the more liberal", "the change was seen by some as
    a demotion": a view of unnamed people (or of the "by" agent). The claim is what is seen (the
    words after the last comma before the verb) and what it is seen as (to the next comma)."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    out = []
    for m in _perceived_re().finditer(text, s0, s1):
        if ctx.in_quote(m.start()):
            continue
        lead = text[s0 : m.start()]
        cut = max(lead.rfind(","), lead.rfind(";"), lead.rfind("—"))
        first = _content_span(text, s0 + cut + 1 if cut >= 0 else s0, m.start())
        if first[1] - first[0] < 2 and cut >= 0:
            # "The union, which endorsed Clinton, is widely regarded as": the subject before the aside
            first = _content_span(text, s0, s0 + lead.find(","))
        lead_word = re.match(r"(?:But|And|So|Yet|Still|Now)\s+", text[first[0] : first[1]])
        if lead_word:
            first = (first[0] + lead_word.end(), first[1])
        end = PERCEIVED_END_RE.search(text, m.start("rest"), s1)
        second = _content_span(text, m.start("rest"), end.start() if end else s1)
        if second[1] - second[0] < 3 or first[1] - first[0] < 2:
            continue
        agent = _strip_span(text, *m.span("agent")) if m.group("agent") else None
        cue = m.span("cue") if agent else (m.start("cue"), m.start("rest") - 1)  # "is seen as", "was seen" + agent
        out.append(Found(source=agent, cue=_strip_span(text, *cue), content=[first, second], cue_lemma="perceive"))
    return out


# "“Would it be negotiable?” Hannity pressed.": a quotation closed on , ? ! or a dash, then a name or a
# pronoun and one past-tense verb that ends the sentence is a dialogue tag, whatever the verb
DIALOGUE_TAG_RE = re.compile(
    r"(?<=[,?!—–-])\s*[”\"]\s+(?P<src>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|he|she|they|we)\s+"
    r"(?P<cue>[a-z]{3,}(?:ed|ew|ote|ook|ang|id))(?=\s*(?:[.,]|$))"
)


def _quote_closed_at(text: str, close: int) -> Span | None:
    """The quotation whose closing mark stands at ``close``, within its paragraph (a tag may be a
    sentence of its own, outside the sentence's quotations)."""
    opener = "“" if text[close] == "”" else '"'
    start = text.rfind(opener, max(0, close - 1500), close)
    if start < 0 or "\n\n" in text[start:close] or (opener == '"' and text.count('"', start + 1, close)):
        return None
    return (start + 1, close)


def dialogue_tag(ctx: SentenceContext) -> list[Found]:
    """ "“C,” Hannity pressed.", "“C,” he surmised.": the quotation before the tag is what the
    speaker said (the lists know most such verbs; this catches the rest: "barked", "surmised")."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    window = text[max(0, s0 - 4) : s1]
    if "”" not in window and '"' not in window:
        return []  # no closing quotation mark, no tag (most sentences)
    # "“...?” Hannity pressed.": the tag may stand as a sentence of its own after a question mark
    m = DIALOGUE_TAG_RE.search(text, max(0, s0 - 4), s1)
    if not m or m.start("src") < s0:
        return []
    verb = m.group("cue")
    inner = set(lexicon().cues["inner_states"])
    if {verb, verb[:-1], verb[:-2]} & inner:
        return []  # "“...,” he feared.": an inner state is no dialogue tag
    q = ctx.quote_at(m.start() - 1) or _quote_closed_at(text, text.index(m.group(0).strip()[0], m.start()))
    if q is None or q[1] - q[0] < 3:
        return []
    return [Found(source=m.span("src"), cue=m.span("cue"), content=[q], quote="direct", cue_lemma=m.group("cue"))]


ASKED_RE = re.compile(
    r"(?P<cue>\b(?:(?:[Ww]hen|[Aa]fter|[Ww]hile|[Bb]efore)\s+(?:being\s+)?|(?:was|were|been)\s+)asked|\bAsked)"
    r"(?:\s+(?:last|this|earlier|on|in)\s+[\w.]+)?\s+(?P<wh>about|if|whether|which|what|how|why)\b"
)
ASKED_RE = gated(ASKED_RE)  # searched only in sentences holding its words (audit/gate.py)
# "which U.S. candidate" goes on; "their case during an interview published by X" ends at "during"
QUESTION_END_RE = re.compile(r"[,;:?]|\.(?=\s+[A-Z“\"]|\s*$)|\s(?=(?:during|in\s+an?\s+interview)\b)")


def asked_by_outlet(ctx: SentenceContext, found: list[Found]) -> list[Found]:
    """ "Sarandon told MSNBC Monday when asked about concerns that ...": what an outlet's interviewer
    asked is that outlet's question (kinds guide: another outlet's reporting). Only when the
    sentence names the outlet the answer was given to; an unnamed asker is left alone."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = ASKED_RE.search(text, s0, s1)
    if not m or ctx.in_quote(m.start()):
        return []
    outlets = [o for o in lexicon().outlet_re.finditer(text, s0, s1) if not ctx.in_quote(o.start())]
    if not outlets:
        return []
    start = m.end() if m.group("wh") == "about" else m.start("wh")
    end_m = QUESTION_END_RE.search(text, start, s1)
    end = end_m.start() if end_m else s1
    # "told CNN when asked which candidate she would back that C": the answer's claim starts at C
    end = min([end] + [a for f in found for a, _ in f.content if start < a < end])
    if text[start:end].rstrip().endswith(" that"):
        end = start + text[start:end].rstrip().rindex(" that")
    content = _content_span(text, start, end)
    if content[1] - content[0] < 3:
        return []
    outlet = min(outlets, key=lambda o: abs(o.start() - m.start()))
    cue_end = m.end() if m.group("wh") == "about" else m.start("wh")
    asked = m.start("cue") + m.group("cue").lower().rindex("asked")  # "when asked about": the cue is "asked about"
    return [Found(source=outlet.span(), cue=_strip_span(text, asked, cue_end), content=[content], cue_lemma="ask")]


@cache
@gated_result
def _criticism_re() -> re.Pattern[str]:
    spec = lexicon().cues["criticism"]

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return re.compile(
        rf"\b(?P<cue>(?:{alt(spec['verbs'])})\s+(?:(?:{alt(spec['modifiers'])})\s+){{0,3}}(?:{alt(spec['nouns'])})"
        rf"|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being)\s+(?:(?:also|widely|roundly|often|"
        rf"repeatedly|sharply|heavily|long)\s+)?(?:{alt(spec['passives'])}))\b(?!\s+by\b)",
        re.IGNORECASE,
    )


def criticism(ctx: SentenceContext) -> list[Found]:
    """ "Trump has faced questions about C", "X is drawing criticism after C", "X was widely
    criticized for C": a reaction told without naming who reacted. The claim is what the reaction
    is about (after "for", "over", "about", "after", "since"), else the sentence's subject; the source
    is the "from X" phrase when there is one, else none (unnamed critics: anonymous_vague)."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = _criticism_re().search(text, s0, s1)
    if not m or ctx.in_quote(m.start()):
        return []
    c0, c1 = m.span("cue")
    pos = c1
    src: Span | None = None
    online = re.match(r"\s+online\b", text[pos:s1])
    if online:
        pos += online.end()
    frm = re.match(
        r"\s+from\s+((?:[^,;.“”\"]|\.(?=\w))+?)(?=\s+(?:for|over|about|after|since|who|because|when)\b|[,;.]|$)",
        text[pos:s1],
    )
    if frm:
        src = (pos + frm.start(1), pos + frm.end(1))
        pos += frm.end()
    about = re.match(r"\s*(?:,\s*)?(?:for|over|about|after|since|because|of|that)\b\s*", text[pos:s1])
    if not about:
        return []  # "The team faced questions in the final quarter": no claim the reaction is about
    content = _content_span(text, pos + about.end(), s1)
    if content[1] - content[0] < 3:
        return []
    return [Found(source=src, cue=(c0, c1), content=[content], cue_lemma=m.group("cue").lower())]


IN_EVIDENCE_RE = re.compile(
    # "In May's Washington Post-ABC News poll, ...": a possessive time or owner as the determiner
    r"\s*In\s+(?P<src>(?:(?:a|an|the|its|their|this|that|his|her|[A-Z][\w.-]*[’']s)\s+[^,;:“”\"]{2,140}?"
    # "In exit polls, ...", "In recent surveys, ...": plural evidence without a determiner
    r"|(?:[\w’'-]+\s+){0,3}(?:polls|surveys|studies)(?:\s+(?:of|by|from)\s+[^,;:“”\"]{2,80}?)?)),\s+(?P<rest>\S)"
)


def in_evidence_opener(ctx: SentenceContext) -> Found | None:
    """ "In an ABC News/Washington Post Poll released Sunday, three of four Americans disapproved":
    a sentence that opens on the poll, study or data it reports rests on them."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = IN_EVIDENCE_RE.match(text[s0:s1])
    if not m:
        return None
    src_text = m.group("src")
    words = re.findall(r"[\w’'-]+", src_text.lower())
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if w
            in ("released", "published", "conducted", "taken", "out", "by", "of", "from", "for", "last", "this", "on")
        ),
        len(words),
    )
    if not any(w in lexicon().sets["evidence_heads"] for w in words[:cut]):
        return None  # "In a statement, ...", "In the end, ...": not the evidence itself
    content = _content_span(text, s0 + m.start("rest"), s1)
    if content[1] - content[0] < 3:
        return None
    src = (s0 + m.start("src"), s0 + m.end("src"))
    cut_word = re.search(r"\s(?:out|this|last|on)\b", src_text)
    if cut_word:  # "a new case study out Monday": the study, not the day
        src = (src[0], src[0] + cut_word.start())
    return Found(source=src, cue=(s0 + m.start(), s0 + m.start() + 2), content=[content], cue_lemma="in")


# after the poll only its date may follow: "Jan. 17-23", "released Sunday", "last week"
POLL_DATE_WORDS = (
    "on|last|this|early|late|in|from|between|through|to|of|released|conducted|taken|published|out|week|month|year"
)
POLL_CLOSER_RE = re.compile(
    r"(?P<lead>\S.*?\S),?\s+(?P<cue>in|by)\s+(?P<src>(?:a|an|the|its|their|this|that|one|several|"
    r"(?:just\s+about\s+|nearly\s+|almost\s+)?every|each)\s+"
    r"[^,;:“”\"()]{0,120}?\b(?:[Pp]olls?|[Ss]urveys?)\b)"
    rf"(?P<tail>(?:\s+(?:{POLL_DATE_WORDS}|\d[\d/–-]*|[A-Z][a-z]*\.?)){{0,8}})"
    # "... polls by nearly 9 percentage points": the margin
    r"(?:\s+by\s+(?:nearly\s+|about\s+|more\s+than\s+|almost\s+)?[\d.]+\s+(?:percentage\s+)?points?)?"
    r"(?:,\s+(?:released|conducted|taken|published)\b[^,;:“”\"]{0,60})?"
    # "..., up eight points from March", "..., a collapse driven by ...": an apposition about the figure
    r"(?:,\s+(?:up|down|a|an|its|his|her|their)\s+[^;:“”\"]{1,240})?\s*[.!]?\s*$"
)
# what a poll measures: a number, a share or a lead ("18 percent", "a majority", "led Sanders")
POLL_FIGURE_RE = re.compile(
    r"\d|\b(?:percent|per cent|majority|most|half|third|quarter|plurality|lead|leads|led|leading|ahead|behind|"
    r"trail|trails|trailed|trailing|edge|points?|first|second|fourth|fifth|place)\b",
    re.I,
)


def poll_closer(ctx: SentenceContext) -> Found | None:
    """ "Clinton led Sanders 2-1 in a new Marist poll Jan. 17-23.": a sentence that ends on the poll
    or survey it reports rests on it, as one that opens on it does."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    if "poll" not in text[s0:s1].lower() and "survey" not in text[s0:s1].lower():
        return None  # cheap test before the pattern
    m = POLL_CLOSER_RE.match(text, s0, s1)
    if not m:
        return None  # "... in a poll that ...": more than a date or "released Sunday" follows the poll
    if re.match(r"the\s+(?:\w+\s+)?(?:polls|surveys)\b", m.group("src"), re.I):
        return None  # "leading in the polls": polls in general, not one the reader can check
    content = _content_span(text, m.start("lead"), m.end("lead"))
    if content[1] - content[0] < 12 or not POLL_FIGURE_RE.search(text, content[0], content[1]):
        return None  # "The question was included in a survey": no finding of the poll
    return Found(source=m.span("src"), cue=m.span("cue"), content=[content], cue_lemma="in")


# "Clinton's sizable leads in national and battleground-state polls", "finished ahead of Clinton ... in recent
# polls from Quinnipiac and Fox News, by 8 points": polls named inside the sentence whose figures the lead reports
POLL_INSIDE_RE = re.compile(
    r"(?P<cue>in)\s+(?P<src>(?:(?:the|recent|new|latest|national|statewide|state|early|several|most|many|some|"
    r"two|three|four|public|exit|head-to-head|hypothetical|battleground-state|[A-Z][\w/&.’'-]*)\s+){0,5}"
    r"(?:polls|polling|surveys)(?:\s+(?:from|by|of)\s+[A-Z](?:[^,;:“”\"().]|\.(?=\w)){0,60})?)(?=[\s,.;:]|$)"
)


def poll_inside(ctx: SentenceContext) -> Found | None:
    """ "Trump has a decisive lead in the polls ahead of the state's primary": a sentence whose lead
    reports a poll figure (a lead, a share, a number) rests on the polls it names."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    low = text[s0:s1].lower()
    if "polls" not in low and "polling" not in low and "surveys" not in low:
        return None
    m = POLL_INSIDE_RE.search(text, s0, s1)
    if not m or ctx.in_quote(m.start()) or re.fullmatch(r"the\s+(?:polls|polling|surveys)", m.group("src"), re.I):
        return None  # "leading in the polls": polls in general, not ones the reader can check (as poll_closer)
    content = _content_span(text, s0, m.start())
    if content[1] - content[0] < 12 or not POLL_FIGURE_RE.search(text, content[0], content[1]):
        return None  # "The question was included in recent surveys": no finding of the polls
    return Found(source=m.span("src"), cue=m.span("cue"), content=[content], cue_lemma="in")


# a share of a poll's respondents: "42%", "the 30 percent", "another 12 percent", "about four in 10"
SHARE = (
    r"(?:(?:about|nearly|almost|roughly|around|approximately|more\s+than|fewer\s+than|less\s+than|over|under|only|"
    r"just|another|an\s+additional|the|some|at\s+least)\s+)*"
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)"
    r"\s+(?:10|ten)\b)(?:\s+of\s+(?:those|them|the\s+\w+|[a-z]+(?:\s+[a-z]+)?))?"
)
# where a share's answer ends: before the next comparison or share ("..., compared with the 30 percent who ...")
SHARE_ANSWER_END_RE = re.compile(
    r",\s+(?:compared|with|while|versus|and|but|up|down)\b|;|\s+(?:and|but|while|compared\s+(?:with|to))\s+"
    r"(?:(?:about|nearly|almost|only|just|another|the)\s+)*\d|,\s+(?=(?:about|nearly|almost|only|just|another)?\s*\d)"
)
# a poll in the sentence or just before it: the "who say" shares are respondents'
POLL_CONTEXT_RE = re.compile(r"\b(?:polls?|polling|surveys?|surveyed|respondents|voters)\b", re.IGNORECASE)
# the words that join a share's answer to the sentence before it, left with it when that sentence's claim is cut
SHARE_JOIN_RE = re.compile(r"(?:,|\s)*(?:(?:compared\s+(?:with|to)|versus|while|and|but|with)\s+)*$")


@cache
def _poll_share_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "with 42% preferring C" and "the 30 percent who say C": cues.json ``poll_answer_verbs``."""
    cues = load_json("cues.json")
    verbs = cues["poll_answer_verbs"]
    choices, opinions = set(cues["poll_choice_verbs"]), set(cues["poll_opinion_verbs"])
    forms = sorted({f for v in verbs for f in inflect(v)} | set(verbs), key=len, reverse=True)
    choice_forms = {f for v in choices for f in inflect(v)} | choices
    opinion_forms = {f for v in opinions for f in inflect(v)} | opinions
    # "with 60 percent voting in favor" is a result, not an answer: no choice verb after "with" either
    ing = "|".join(f for f in forms if f.endswith("ing") and f not in choice_forms)
    finite = "|".join(f for f in forms if not f.endswith("ing") and f in opinion_forms)
    with_share = re.compile(rf"\bwith\s+(?P<src>{SHARE})\s+(?P<cue>{ing})\b", re.IGNORECASE)
    who_share = re.compile(
        rf"(?<![\w-])(?P<src>{SHARE})\s+who\s+(?:(?:also|still|now|instead)\s+)?(?P<cue>{finite})\b", re.IGNORECASE
    )
    return with_share, who_share


def poll_shares(ctx: SentenceContext) -> list[Found]:
    """ "Voters view Mrs. Clinton as more prepared, with 50 percent saying she is prepared, compared with the 30
    percent who say the same about Mr. Trump": each share of a poll's respondents answers on its own, its answer
    running to the next comparison or share. The share is the source (a poll's finding); a claim the share sits in
    ends before it (``share_cut``, ``attribute._add_poll_shares``), as PolNeAR never nests one attribution in
    another. "who say" shares only with a poll, a survey or voters in the sentence or the 3,000 characters before it."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    sentence = text[s0:s1]
    if not ("percent" in sentence or "%" in sentence or " in 10" in sentence or " in ten" in sentence):
        return []  # cheap test before the patterns
    found = []
    with_share, who_share = _poll_share_res()
    for pattern in (with_share, who_share):
        for m in pattern.finditer(text, s0, s1):
            if ctx.in_quote(m.start()):
                continue
            if pattern is who_share and (
                not _joined_share(text, m.start("src")) or not POLL_CONTEXT_RE.search(text, max(0, s0 - 3000), s1)
            ):
                continue  # "73 percent of Democrats who said they had supported Sanders now back her": which ones
            end = SHARE_ANSWER_END_RE.search(text, m.end("cue"), s1)
            stop = end.start() if end else s1
            if pattern is with_share and not text[s0 : m.start()].strip(" \"“'‘(—-"):
                # "With 60 percent saying the country is on the wrong track, Democrats face a tough year": the
                # opening phrase ends at its comma
                comma = text.find(",", m.end("cue"), stop)
                stop = comma if comma >= 0 else stop
            content = _content_span(text, m.end("cue"), stop)
            if content[1] - content[0] < 3:
                continue
            found.append(Found(source=m.span("src"), cue=m.span("cue"), content=[content], cue_lemma="say"))
    return sorted(found, key=lambda f: f.cue[0])


def _joined_share(text: str, start: int) -> bool:
    """A share set beside the figure before it ("compared with the 30 percent who say", "and another 12 percent
    who say"), not the subject of a clause that picks out which respondents."""
    join = SHARE_JOIN_RE.search(text, max(0, start - 40), start)
    return join is not None and re.search(r"[a-z]", join.group(0)) is not None


def share_cut(text: str, f: Found) -> int:
    """Where a claim holding the share ``f`` ends: before "with" or "compared with the" and the share."""
    start = f.source[0] if f.source else f.cue[0]
    join = SHARE_JOIN_RE.search(text, max(0, start - 40), start)
    return join.start() if join else start


def _agency_name(name: str) -> bool:
    return lexicon().agency_by_alias.get(name.lower()) is not None


# "Noting that C, Tester added", "Declaring that C, the billionaire real estate mogul offered ...": a speech
# participle opens the sentence; after the comma that ends what was said, the main clause's subject and verb
# the main clause's verb: an auxiliary, a past form or a cue ("Tester added", "Schlafly put", "Allen did suggest");
# a plural noun after the subject ("the Fed raised rates": "rates") is no verb
MAIN_VERBS = frozenset("did does was is has had would will could said told put wrote spoke gave made took".split())
OPENING_PARTICIPLE_RE = re.compile(r"(?:(?:And|But|So)\s+)?(?P<cue>[A-Z][a-z]+ing)\s+(?:that\s+)?(?=\S)")
MAIN_CLAUSE_AFTER_COMMA_RE = re.compile(
    r",\s+(?:(?:though|however|too|also|then),\s+)?"
    r"(?P<src>(?:he|she|they|we|I)|(?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|of|the|de))*"
    r"|the\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"
    r"\s+(?:(?:also|then|later|quickly)\s+)?"
    rf"(?P<verb>(?:{'|'.join(sorted(MAIN_VERBS))})\b|[a-z]+(?:ed|s)\b)"
)
PRONOUN_OR_CLAUSE_START = frozenset("he she they we i it there".split())


def opening_participle(ctx: SentenceContext) -> list[Found]:
    """ "Noting that only Sen. Mark Kirk voted with Democrats on background checks, Tester added: ...": a
    speech participle ("noting", "declaring", "acknowledging") opens the sentence with a clause; the main
    clause's subject, after the comma that ends the clause, said it (PolNeAR annotates all eight of train).
    The last such comma is taken: the clause itself may hold one ("Noting that in March 2012, Obama carried
    the state, Tester said")."""
    text, s0, s1 = ctx.text, ctx.sent.start, ctx.sent.end
    m = OPENING_PARTICIPLE_RE.match(text, s0, s1)
    if not m:
        return []
    info = cue_info(m.group("cue").lower())
    if info is None or info.cls != "speech":
        return []
    that = text[m.end("cue") : m.end()].strip() == "that"
    first = re.match(r"[\w’']+", text[m.end() : s1])
    if not that and (first is None or first.group(0).lower() not in PRONOUN_OR_CLAUSE_START):
        return []  # "Citing local news outlets, ...", "Emphasizing the urgency of ...": an object, no clause
    found: Found | None = None
    for c in MAIN_CLAUSE_AFTER_COMMA_RE.finditer(text, m.end(), s1):
        verb = c.group("verb")
        if ctx.in_quote(c.start()) or (verb.endswith("s") and verb not in MAIN_VERBS and not cue_info(verb)):
            continue  # a comma inside what was quoted: “says a lot of stupid stuff,” though, Allen ...
        end = c.start()
        tail = re.search(r",?\s+(?:though|however)$", text[m.end() : end])
        if tail:
            end -= len(tail.group(0))  # "Acknowledging that Trump “says a lot of stupid stuff,” though, Allen"
        content = _strip_span(text, m.end(), end)
        if content[1] - content[0] >= 8:
            found = Found(source=c.span("src"), cue=m.span("cue"), content=[content], cue_lemma=info.lemma)
    return [found] if found else []


# "allegations that he assaulted Ivana Trump, which he has denied", "(which his colleague David French defended)",
# "the trade agreement, which Mr. Putin vehemently opposed": a relative clause whose verb is a cue with no object
# of its own; the relative pronoun is what the speaker denied or defended (PolNeAR: 39 "which" contents in train)
SUBJECT_PRONOUN_WORDS = frozenset("he she they we i it".split())


@cache
def _object_relative_re() -> re.Pattern[str]:
    """The verb group between the subject and the cue: the auxiliaries "has", "have", "had", the lexicon's adverbs
    ("also", "long", "previously") and any manner adverb in -ly ("vehemently")."""
    lex = lexicon()
    group = "|".join(sorted({"has", "have", "had", "both", "since", *lex.sets["adverbs"]}, key=len, reverse=True))
    return gated(
        re.compile(
            r"(?:,|\()\s*(?P<rel>which)\s+(?P<src>(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+)\s+"
            rf"(?:(?:{group}|[a-z]{{3,}}ly)\s+)*(?P<cue>[a-z]+)"
            r"(?=\s*(?:[,.;:)!?]|\s[-—–]\s|—|$)|\s+(?:and|but)\s+which\b)"
        )
    )


def object_relative(ctx: SentenceContext) -> list[Found]:
    """ "..., which he has denied.": the speaker of a cue verb with no object after it in a "which" clause; the
    relative pronoun is its content. The subject is a pronoun, a name or a noun phrase that opens on a
    determiner or a capital (not "which is", "which was approved")."""
    text, lex = ctx.text, lexicon()
    out = []
    for m in _object_relative_re().finditer(text, ctx.sent.start, ctx.sent.end):
        if ctx.in_quote(m.start("rel")):
            continue
        info = cue_info(m.group("cue"))
        if info is None or info.cls not in ("speech", "stance"):
            continue
        words = m.group("src").split()
        first = words[0]
        if lex.is_("auxiliaries", first) or first.lower() == "not":
            continue  # "which is", "which was approved", "which not ...": no subject
        if not (
            first.lower() in SUBJECT_PRONOUN_WORDS
            and len(words) == 1
            or first[:1].isupper()
            or first.lower() in DETERMINERS
        ):
            continue
        if any(cue_info(w) is not None for w in words[1:]):
            continue  # "which he said ... denied": a verb inside the subject is no subject
        out.append(Found(source=m.span("src"), cue=m.span("cue"), content=[m.span("rel")], cue_lemma=info.lemma))
    return out
