"""Source typing: the medium a statement was made in, which can decide a source's kind.

The classifier says who a source is (a person, an organisation, a document ...). The medium
says how it spoke: a named person who "tweeted" or spoke "in a Facebook post" rests on that post
(social_post); one who wrote "in her 2003 book" rests on a text the reader can check
(public_record). Words are data: `social_media_of_statement`, `social_objects` and
`published_media` in `audit/data/sources.json`.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import find_phrase, lexicon

QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")


@cache
def _published_re() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n) for n in lexicon().sources["published_media"])
    return re.compile(rf"\bin\s+(?:his|her|their|its|a|an|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{nouns})\b")


def statement_medium(sentence: str, around: str, cue: str | None) -> str | None:
    """ "post", "published" or None for a statement in ``sentence``.

    ``around`` is the sentence with what was said blanked out: nouns such as "tweets" count only
    there ("Raab defended the Twitter account" was said aloud). Adjuncts such as "on Twitter" count
    anywhere outside quotations, since content spans often run over them."""
    said_aloud = QUOTED_RE.sub(lambda m: " " * len(m.group(0)), sentence).lower()
    around_low = around.lower()
    if (
        (cue and re.search(r"tweet|post", cue.lower()))
        or find_phrase("sources", "social_media_of_statement", said_aloud)
        or find_phrase("sources", "social_objects", around_low)
    ):
        return "post"
    if _published_re().search(around_low):
        return "published"
    return None
