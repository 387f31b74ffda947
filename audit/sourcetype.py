"""Source typing: the medium a statement was made in, which can decide a source's kind.

The classifier says who a source is (a person, an organisation, a document ...). The medium
says how it spoke: a named person who "tweeted" or spoke "in a Facebook post" rests on that post
(social_post); one who wrote "in her 2003 book" rests on a text the reader can check
(public_record). Words are data: `social_media_of_statement`, `social_objects` and
`published_media` in `audit/data/sources.json`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import cache
from typing import TYPE_CHECKING

from .gate import gated_result
from .lexicon import find_phrase, lexicon
from .models import Claim

if TYPE_CHECKING:  # classify imports this module
    from .classify import Resolved

QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
DOUBLED_APOSTROPHES_RE = re.compile(r"''.*?''")
POST_CUE_RE = re.compile(r"tweet|post|^\(@\w+\)$")  # ... or a post's signature handle, "(@SpeakerRyan)"


@cache
@gated_result  # searched only in text holding one of its nouns (audit/gate.py)
def _published_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in lexicon().sources["published_media"])
    # "in her memoir", "on his campaign website"
    return re.compile(rf"\b(?:in|on)\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns})\b")


@cache
@gated_result  # searched only in text holding one of its nouns (audit/gate.py)
def _in_posts_re() -> re.Pattern[str]:
    """ "in early-morning tweets", "in a series of Facebook posts": a post noun with its modifiers."""
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().sources["social_objects"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|during)\s+(?:(?:a|an|his|her|their|its|the|two|three|several|a\s+series\s+of|a\s+string\s+of)\s+)?"
        rf"(?:[\w’'-]+\s+){{0,2}}?(?:{nouns})\b"
    )


# "Alicia Powe, writing for Young Conservatives, reported", "Writing in National Review, Goldberg
# argued": a writer for a publication, whose words rest on that outlet's reporting (kinds guide)
WRITING_FOR_OUTLET_RE = re.compile(
    r"\b[Ww]riting\s+(?:for|in|on|at)\s+(?:the\s+)?(?P<outlet>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*,"
)


def writing_for_outlet(sentence: str) -> str | None:
    """The publication a "writing for X," aside names in ``sentence``, if any."""
    if "riting " not in sentence:
        return None  # most sentences: no pattern run, no quotation blanked
    m = WRITING_FOR_OUTLET_RE.search(QUOTED_RE.sub(lambda q: " " * len(q.group(0)), sentence))
    return m.group("outlet") if m else None


@cache
def _released_document_re() -> re.Pattern[str]:
    spec = lexicon().sources["released_documents"]
    nouns = "|".join(re.escape(n) for n in sorted(spec["nouns"], key=len, reverse=True))
    return re.compile(
        rf"(?:a|an|the|his|her|its|their|our|this|its\s+own)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{nouns})\b",
        re.IGNORECASE,
    )


def released_document(cue: str | None, content: str) -> str | None:
    """ "she issued a detailed plan to expand ...": the document ("plan") when the cue issues one and
    the content is it."""
    if (
        not cue
        or " ".join(cue.lower().split()[-2:]) not in lexicon().sources["released_documents"]["verbs"]
        and (cue.lower().split()[-1] not in lexicon().sources["released_documents"]["verbs"])
    ):
        return None
    m = _released_document_re().match(content.strip())
    return m.group("noun").lower() if m else None


# an embedded post right after the sentence: PolNeAR's "<tweet tweet-author=...>" markup
EMBEDDED_POST_AFTER_RE = re.compile(r"[\s\u00a0:]*<tweet\b")
POST_ABLE_KINDS = frozenset({"on_record", "institution", "anonymous_described", "anonymous_vague", "other_outlet"})


def kind_from_context(
    res: Resolved, text: str, sentence_end: int, cue: str | None, content: str
) -> tuple[Resolved, bool]:
    """The typed source ``res`` as what follows the sentence or what the
    claim says makes it: a copy retyped, and whether the speaker released a document.

    - "Byron York took a moment to point out the lack of a crowd. <tweet ...>": the post embedded
      right after the sentence is what the claim rests on (kinds guide: social_post);
    - "she issued a detailed plan to ...": the published plan (public_record, "Hillary Clinton’s plan")."""
    kind, key, facets = res.kind, res.key, res.facets
    if kind in POST_ABLE_KINDS and EMBEDDED_POST_AFTER_RE.match(text, sentence_end):
        res = dataclasses.replace(
            res,
            kind="social_post",
            key=f"social:{key.split(':', 1)[-1]}",
            facets=facets.model_copy(update={"relayed": "post"}),
        )
        kind = "social_post"
    released = released_document(cue, content) if kind in ("on_record", "institution") else None
    if released:
        res = dataclasses.replace(
            res,
            kind="public_record",
            name=f"{res.name}’s {released}",
            key=f"published:{key.split(':', 1)[-1]}",
            facets=facets.model_copy(update={"relayed": "published"}),
        )
    return res, bool(released)


def _blank_quotations(sentence: str) -> str:
    """The sentence with what is quoted blanked, a quotation begun in an earlier sentence or going on
    into the next one included ("... It's not just on Twitter but on his smartphone," Nunberg said)."""
    text = QUOTED_RE.sub(lambda m: " " * len(m.group(0)), sentence)
    text = DOUBLED_APOSTROPHES_RE.sub(lambda m: " " * len(m.group(0)), text)  # ''C,'' as some papers quote
    close = text.find("”")
    if close >= 0 and "“" not in text[:close]:
        text = " " * (close + 1) + text[close + 1 :]  # the quotation opened in an earlier sentence
    opening = text.rfind("“")
    if opening >= 0 and "”" not in text[opening:] and text[opening + 1 : opening + 2].isalnum():
        text = text[:opening]  # ... or it goes on into the next one (not "“abhorrent“ in a tweet", a typo)
    straight = text.find('"')
    if straight >= 0:  # one straight mark left: after a word or a stop and before a space, it closes
        before, after = text[straight - 1 : straight], text[straight + 1 : straight + 2]
        if before and not before.isspace() and (not after or not after.isalnum()):
            text = " " * (straight + 1) + text[straight + 1 :]
        else:
            text = text[:straight]
    return text


def statement_medium(sentence: str, around: str, cue: str | None) -> str | None:
    """ "post", "published" or None for a statement in ``sentence``.

    ``around`` is the sentence with what was said blanked out: nouns such as "tweets" count only
    there ("Raab defended the Twitter account" was said aloud). Adjuncts such as "on Twitter" count
    anywhere outside quotations, since content spans often run over them."""
    said_aloud = _blank_quotations(sentence).lower()
    around_low = around.lower()
    if (
        (cue and POST_CUE_RE.search(cue.lower()))
        or find_phrase("sources", "social_media_of_statement", said_aloud)
        or find_phrase("sources", "social_objects", around_low)
        or _in_posts_re().search(said_aloud)
    ):
        return "post"
    if _published_re().search(around_low):
        return "published"
    return None


POST_CARRY_SENTENCES = 2  # how far back the same source's post still frames what it "added"


@cache
@gated_result  # searched only in text holding one of its nouns (audit/gate.py)
def _spoken_venue_re() -> re.Pattern[str]:
    venues = "|".join(re.escape(v) for v in sorted(lexicon().sources["spoken_venues"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:at|in|during|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{venues})\b", re.I
    )


def _quotation_end(text: str, span: tuple[int, int] | list[int]) -> int:
    """Where what a claim says ends: a quotation it opens runs to its closing mark, over sentences."""
    start, end = span[0], span[1]
    lead = text[start : start + 4].lstrip()
    if lead[:1] in ("“", '"'):
        close = text.find("”" if lead[:1] == "“" else '"', start + 2, start + 3000)
        if close > end:
            return close
    return max(start, end - 1)


def _sentence_at(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def carry_post_medium(claims: list[Claim], sentence_of: dict[int, int], text: str) -> None:
    """ "“...,” Vargas wrote on Facebook. ... “...,” she concluded.": a source that goes on
    (a continuation cue, `continuation_cues` in sources.json) right after a post of its own is
    still posting; after a published text of its own ("in her memoir, Clinton wrote"), still
    writing it. ``claims`` in text order; ``sentence_of`` maps a claim's sentence start to
    its index. A sentence that names where it was spoken ("at a town hall") is not part of the
    post. Changes the kind, key, facets and origin hop of such claims in place."""
    continuing = set(lexicon().sources["continuation_cues"])
    starts = sorted(sentence_of)
    last_medium: dict[str, tuple[int, str]] = {}  # source -> (sentence, kind) of its last post or text
    for c in claims:
        if c.kind == "unattributed" or not c.resolved_source:
            continue
        name = " ".join(c.resolved_source.lower().split())
        si = sentence_of.get(c.sentence_start, -1)
        if starts and c.content_span and c.content_span[0] < c.sentence_start:
            # "“Everybody is laughing at Jeb Bush .... A pathetic figure!” he wrote.": a quotation of several
            # sentences is counted from where it opens
            si = _sentence_at(starts, c.content_span[0])
        if c.kind == "social_post" or (c.kind == "public_record" and c.facets.relayed == "published"):
            # a post, or a published text ("in her memoir, X wrote"), counted from where what it
            # says ends: a quotation of several sentences is one post
            last_medium[name] = (_sentence_at(starts, _quotation_end(text, c.content_span)) if starts else si, c.kind)
            continue
        cue = " ".join((c.cue or "").lower().split())
        if name in last_medium and _spoken_venue_re().search(text, c.sentence_start, c.sentence_end):
            del last_medium[name]  # "In the interview on Saturday, Mr. Trump said ...": speaking now
            continue
        if (
            c.kind in ("on_record", "institution", "anonymous_described")
            and cue in continuing
            and name in last_medium
            and 0 < si - last_medium[name][0] <= POST_CARRY_SENTENCES
            and not _spoken_venue_re().search(text, c.sentence_start, c.sentence_end)
        ):
            old, new = c.kind, last_medium[name][1]
            post = new == "social_post"
            c.kind = new  # type: ignore[assignment]
            c.source_key = f"{'social' if post else 'published'}:{name}"
            c.facets = c.facets.model_copy(update={"relayed": "post" if post else "published"})
            if c.chain and c.chain[0].kind == old:
                c.chain[0] = c.chain[0].model_copy(update={"kind": new})
            last_medium[name] = (si, new)
