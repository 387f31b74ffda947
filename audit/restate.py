"""Restatement: a claim in the article's own voice that says again what the article attributes
elsewhere (a headline, a standfirst, a summary, "as explained at the beginning, ...") rests on
that attribution, not on the outlet's word alone.

An own-voice claim takes the chain, resolved source and facets of the attributed claim of the
same article it restates (``similar.same_claim``; for a headline, or a sentence that points back with
words such as "as explained" (``restate_cues`` in ``data/paraphrase.json``), the attributed
claim holding at least ``restate_share`` of its words). The reverse
case too: a headline resting on an unnamed source ("..., officials say") that restates a body
claim with a named source or a record takes that claim's chain. Its text, kind and spans are
unchanged: the claim is still written in the article's own voice; what it rests on changes, and
its explanation says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .lexicon import load_json
from .models import Claim
from .similar import NOT, containment, is_name, same_claim, similarity, terms, vocabulary

NAMED = ("on_record", "institution", "public_record", "witnessed", "wire_agency")
UNNAMED = ("anonymous_vague", "anonymous_described")


@dataclass(frozen=True)
class Restatement:
    claim_id: str
    restates: str  # the claim it restates
    source: str


@cache
def _cues() -> tuple[re.Pattern[str], float]:
    data = load_json("paraphrase.json")
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in data["restate_cues"]) + r")(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), float(data["restate_share"])


def _best(
    claim: Claim, candidates: list[Claim], text: str, terms_of: Callable[[str], frozenset[str]] = terms
) -> Claim | None:
    """The claim this one restates: the same claim, or, for a headline or a sentence that points
    back ("as explained"), the claim that holds most of its words. ``terms_of`` is ``terms``, or
    a memo of it: every claim of an article is compared with every attributed one."""
    mine = terms_of(claim.content)
    cue_re, summary_share = _cues()
    summary = claim.is_headline or bool(cue_re.search(text[claim.sentence_start : claim.sentence_end]))
    best, best_sim = None, 0.0
    min_shared = vocabulary().min_shared
    for other in candidates:
        theirs = terms_of(other.content)
        common = mine & theirs
        if len(common) < min_shared:  # fewer terms in common than the shared words counted below
            continue
        shared = sum(1 for t in common if not is_name(t) and t != NOT)
        if shared < min_shared:
            continue  # neither the same claim (same_claim asks as much) nor a summary of it
        sim = containment(mine, theirs) if summary else similarity(mine, theirs)
        ok = same_claim(mine, theirs) or (summary and shared >= min_shared and sim >= summary_share)
        if ok and sim > best_sim:
            best, best_sim = other, sim
    return best


def _meaning_index(term_sets: list[frozenset[str]]) -> dict[str, list[int]]:
    """For each term that says what a claim says (no name, no negation mark), the positions of
    the term sets holding it, in order."""
    index: dict[str, list[int]] = {}
    for i, ts in enumerate(term_sets):
        for t in ts:
            if not is_name(t) and t != NOT:
                index.setdefault(t, []).append(i)
    return index


def _sharing(index: dict[str, list[int]], mine: frozenset[str], min_shared: int) -> list[int]:
    """The positions (in order) of the term sets sharing at least ``min_shared`` of ``mine``'s
    meaning terms: the only ones ``_best`` does not skip."""
    shared: Counter[int] = Counter()
    for t in mine:
        postings = index.get(t)
        if postings is not None:
            shared.update(postings)
    return sorted(i for i, n in shared.items() if n >= min_shared)


def restate(claims: list[Claim], text: str) -> list[tuple[Claim, Restatement]]:
    """Give each own-voice claim that restates an attributed claim that claim's chain (in place);
    returns each changed claim with what it restates."""
    attributed = [c for c in claims if c.chain]
    memo: dict[str, frozenset[str]] = {}

    def terms_of(content: str) -> frozenset[str]:
        got = memo.get(content)
        if got is None:
            got = memo[content] = terms(content)
        return got

    # Most claims share too few words with most attributed claims: an index of the attributed
    # claims' meaning words (built when first needed) gives each claim only the candidates that
    # ``_best`` would not skip, in the same order.
    index: dict[str, list[int]] | None = None
    min_shared = vocabulary().min_shared
    found: list[tuple[Claim, Restatement]] = []
    for c in claims:
        if c.kind == "unattributed" and not c.chain:
            own_voice = True
        elif c.is_headline and c.kind in UNNAMED:
            own_voice = False
        else:
            continue
        if index is None:
            index = _meaning_index([terms_of(o.content) for o in attributed])
        candidates = [
            o
            for o in (attributed[i] for i in _sharing(index, terms_of(c.content), min_shared))
            if (o is not c if own_voice else not o.is_headline and o.kind in NAMED)
        ]
        other = _best(c, candidates, text, terms_of) if candidates else None
        if other is None:
            continue
        c.chain = [h.model_copy() for h in other.chain]
        c.facets = other.facets.model_copy()
        c.resolved_source = other.resolved_source or other.source
        found.append((c, Restatement(c.claim_id, other.claim_id, other.resolved_source or other.source or "")))
    return found


def note_restatement(claim: Claim, r: Restatement) -> None:
    """Say in the claim's explanation that it restates another claim of the article."""
    lead = claim.explanation[:1].lower() + claim.explanation[1:]
    claim.explanation = f"Restates what the article attributes to \u201c{r.source}\u201d elsewhere: {lead}"
