"""Score stage: a letter per hop, a 0-100 chain score, flags, and a sentence a student can follow.

The design is that of ``provenance.md`` (Admiralty-style letters, hearsay-within-hearsay
multiplication); every number lives in ``data/grading.json``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .gate import gated_result
from .lexicon import lexicon
from .models import Claim, Flag, Hop

KIND_PHRASE = {
    "witnessed": "what the outlet's own reporters saw",
    "on_record": "{text}, named and on the record",
    "institution": "{text}, speaking as an institution",
    "public_record": "a document the reader can check ({text})",
    "anonymous_described": "an unnamed source described as \u201c{text}\u201d",
    "anonymous_vague": "an unnamed source with no usable description (\u201c{text}\u201d)",
    "nonpublic_document": "a document the reader cannot check (\u201c{text}\u201d)",
    "intermediary": "{text}, a go-between",
    "wire_agency": "the news agency {text}",
    "other_outlet": "another outlet's reporting ({text})",
    "social_post": "a social-media post ({text})",
    "unattributed": "the article's own voice",
}
PRONOUNS = frozenset("he she they it we i who which".split())
RELAY_PHRASE = {
    "nonpublic_document": "quoted in {text}, a document of unknown authorship",
    "public_record": "recorded in {text}",
    "intermediary": "passed on by {text}",
    "other_outlet": "reported by {text}",
    "wire_agency": "carried by the news agency {text}",
    "social_post": "posted on social media ({text})",
    "on_record": "passed on by {text}",
    "institution": "passed on by {text}",
    "anonymous_described": "passed on by an unnamed {text}",
    "anonymous_vague": "passed on by an unnamed source",
    "witnessed": "seen by the outlet's reporters",
    "unattributed": "told in the article's own voice",
}


def grading() -> dict[str, Any]:
    return lexicon().grading


@cache
@gated_result  # searched only in text holding one of the words (audit/gate.py)
def _any_word_re(words: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation for a whole word list: most sentences match none of it."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "x^"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@cache
def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _has(words: list[str], text: str) -> str | None:
    """The first word of the list (in list order) found in ``text`` as a whole word."""
    low = text.lower()
    if not _any_word_re(tuple(words)).search(low):
        return None
    for w in words:
        if _word_re(w).search(low):
            return w
    return None


def hop_letter(hop: Hop, claim: Claim, is_origin: bool) -> tuple[str, str]:
    g = grading()["kind_letter"]
    kind = hop.kind
    if kind == "anonymous_described" and claim.facets.anonymity_reason:
        return g[
            "anonymous_described_with_reason"
        ], f"unnamed, but the article says why: {claim.facets.anonymity_reason}"
    if kind == "intermediary" and claim.facets.interest:
        return g["interested_uncorroborated"], "a go-between with an interest in the outcome"
    if kind == "intermediary" and not _named_go_between(hop.text):
        # "a friend who spoke with him": no one can ask the go-between what was passed on
        return g["anonymous_described"], "an unnamed go-between, with no reason given for anonymity"
    reasons = {
        "witnessed": "seen by the outlet itself",
        "public_record": "a record anyone can check",
        "on_record": "a named person speaking on the record",
        "institution": "an institution speaking for itself",
        "wire_agency": "a news agency's report",
        "social_post": "a public post by a named account",
        "intermediary": "a named go-between",
        "anonymous_described": "unnamed, with no reason given for anonymity",
        "other_outlet": "another outlet's report",
        "anonymous_vague": "unnamed, with no usable description: cannot be judged",
        "nonpublic_document": "a document of unknown authorship that no reader can check",
        "unattributed": "no source given: the reader must trust the outlet",
    }
    return g[kind], reasons[kind]


NAME_AT_END_RE = re.compile(r"\b[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+$")


def _named_go_between(text: str) -> bool:
    """ "former official Takeo Harada" is named; "two people who have talked to Mr. Trump" is not
    (the name is of the party they spoke with)."""
    return bool(NAME_AT_END_RE.search(re.sub(r"\s*,?\s*\bwho\b.*", "", text.strip())))


def go_between_interest(hop: Hop, sentence: str) -> str | None:
    """The words showing a go-between's stake in the story: a role in its own description
    ("campaign adviser Jane Roe") or a clause right after it (", who runs a consultancy")."""
    g = grading()
    w = _has(g["interest_markers"], hop.text)
    if w:
        return w
    at = sentence.find(hop.text)
    if at < 0:
        return None
    clause = re.match(r"\s*,\s*(?:who|which)\b([^,;]*)", sentence[at + len(hop.text) :])
    return _has(g["go_between_stake_verbs"], clause.group(1)) if clause else None


def relay_fidelity(hop: Hop, sentence: str = "") -> float:
    g = grading()
    key = g["kind_relay"][hop.kind]
    if hop.kind == "intermediary":
        if not _named_go_between(hop.text):
            key = "anonymous_go_between"  # "a former official", "an acquaintance"
        elif go_between_interest(hop, sentence):
            key = "interested_go_between"
    return float(g["relay_fidelity"][key])


def flags_for(claim: Claim, sentence: str) -> list[Flag]:
    g = grading()
    sentence = f"{claim.content} {sentence}"  # a quotation may run over several sentences
    flags: list[Flag] = []
    kinds = [h.kind for h in claim.chain] or [claim.kind]
    kind = kinds[0]  # the origin: a restated claim rests on the source of the claim it restates
    anon = kind in ("anonymous_described", "anonymous_vague")
    src = claim.source or (claim.chain[0].text if claim.chain else "")
    if anon and not claim.facets.anonymity_reason:
        flags.append(Flag(code="ANON_NO_REASON", words=src))
    if kind == "anonymous_vague":
        flags.append(Flag(code="VAGUE_SOURCE", words=src))
    if anon:
        w = _has(g["opinion_words"], claim.content)
        if w:
            flags.append(Flag(code="ANON_OPINION", words=w))
        w = _has(g["serious_allegation_words"], claim.content)
        if w:
            flags.append(Flag(code="SINGLE_ANON_SERIOUS", words=w))
    for hop in claim.chain:
        if hop.kind == "other_outlet":
            flags.append(Flag(code="DERIVATIVE", words=hop.text))
            break
    for hop in claim.chain:
        if hop.kind == "wire_agency" and _state_controlled(hop.text):
            flags.append(Flag(code="STATE_MEDIA", words=hop.text))
            break
    if "nonpublic_document" in kinds:
        doc = next(h.text for h in claim.chain if h.kind == "nonpublic_document") if claim.chain else src
        flags.append(Flag(code="UNVERIFIED_DOCUMENT", words=doc))
    if kind in ("unattributed", "anonymous_vague", "anonymous_described"):  # looked for only where it counts
        w = _has(g["private_meeting_words"], sentence)
        if w:
            flags.append(Flag(code="PRIVATE_MEETING", words=w))
    w = _has(g["declined_words"], sentence)
    if w:
        flags.append(Flag(code="DECLINED_TO_CONFIRM", words=w))
    return flags


def _state_controlled(name: str) -> bool:
    agency = lexicon().agency_by_alias.get(name.lower())
    return bool(agency and agency["state_controlled"])


def flag_factor(flags: list[Flag]) -> tuple[float, list[str]]:
    """The product of the factors of the flags raised, and the reasons, in grading.json order."""
    table = grading()["flag_factor"]
    raised = {f.code for f in flags}
    factor, reasons = 1.0, []
    for code, effect in table.items():
        if code in raised:
            factor *= float(effect["factor"])
            reasons.append(effect["reason"])
    return factor, reasons


def _lowered(reasons: list[str]) -> str:
    return f", lowered for {' and '.join(reasons)}" if reasons else ""


def score_claim(claim: Claim, sentence: str, article_text: str | None = None) -> Claim:
    """Grade one claim. ``sentence`` is the sentence it stands in; ``article_text``, when given,
    is searched for what the article says about a go-between named elsewhere (a document's
    relay named once and cited again later)."""
    g = grading()
    claim.chain = [h.model_copy() for h in claim.chain]  # hops may be shared with other claims
    claim.flags = flags_for(claim, sentence)
    factor, reasons = flag_factor(claim.flags)
    if not claim.chain:
        letter = g["kind_letter"]["unattributed"]
        claim.grade = letter
        claim.score = max(0, min(100, round(100 * g["letter_weight"][letter] * factor)))
        claim.explanation = (
            "The article says this in its own voice without naming a source, so it rests on trust in the outlet "
            f"and scores {claim.score}/100 with grade {letter}{_lowered(reasons)}."
        )
        return claim
    for i, hop in enumerate(claim.chain):
        hop.letter, hop.reason = hop_letter(hop, claim, i == 0)
        hop.fidelity = 1.0 if i == 0 else relay_fidelity(hop, article_text or sentence)
        if i and claim.facets.verified and hop.kind in ("other_outlet", "wire_agency", "intermediary"):
            # "verified", "independently confirmed": the relay vouches for what it passed on.
            hop.fidelity = float(g["relay_fidelity"]["verified"])
    origin = claim.chain[0]
    value = g["letter_weight"][origin.letter]
    for hop in claim.chain[1:]:
        value *= hop.fidelity
    rank = g["letter_rank"]
    claim.grade = max((h.letter for h in claim.chain), key=rank.index)
    claim.score = max(0, min(100, round(100 * value * factor)))
    claim.explanation = explain(claim, reasons)
    return claim


def _mid_sentence(text: str) -> str:
    """ "A friend who spoke with him" -> "a friend who spoke with him": a capital only a sentence's
    first word had (a name keeps its capitals)."""
    first, _, rest = text.partition(" ")
    return f"{first.lower()} {rest}" if rest and first in ("A", "An", "The", "Two", "Three", "Some", "One") else text


def explain(claim: Claim, lowered: list[str] | None = None) -> str:
    origin, relays = claim.chain[0], claim.chain[1:]
    named = origin.text
    # a go-between's claim starts from the party they spoke with, already resolved in its hop
    own_source = claim.kind != "intermediary"
    if own_source and claim.resolved_source and (origin.kind == "on_record" or origin.text.lower() in PRONOUNS):
        named = claim.resolved_source  # "he" -> "Vladimir Putin", "it was reported" -> "unnamed media reports"
    who = KIND_PHRASE[origin.kind].format(text=named)
    parts = [f"Rests on {who}"]
    parts += [RELAY_PHRASE[h.kind].format(text=_mid_sentence(h.text)) for h in relays]
    weakest = max(claim.chain, key=lambda h: grading()["letter_rank"].index(h.letter))
    chain = ", ".join(parts)
    lowered_for = _lowered(lowered or [])
    return (
        f"{chain}, so it scores {claim.score}/100 with grade {claim.grade}{lowered_for}, the weakest link being "
        f"\u201c{weakest.text}\u201d ({weakest.reason})."
    )
