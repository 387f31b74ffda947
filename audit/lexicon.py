"""Loads the knowledge files under ``audit/data`` once, and compiles what the stages match with.

Knowledge lives in data: cue verbs, roles, anonymity phrases, agencies, outlets, boilerplate
patterns and grading weights. Code here only turns those lists into lookups and patterns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str) -> Path:
    return Path(str(resources.files("audit") / "data" / name))


def load_json(name: str) -> dict[str, Any]:
    with data_path(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def inflect(lemma: str) -> list[str]:
    """Regular English inflections of a verb: base, -s, -ed, -ing."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


def words_pattern(phrases: list[str]) -> str:
    """One alternation matching any phrase as whole words, longest first."""
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    return r"(?<![\w-])(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")(?![\w-])"


def words_pattern_ci(phrases: list[str]) -> str:
    """``words_pattern`` for a pattern compiled with ``re.IGNORECASE``: the same matches, with
    the phrases written as a tree of their letters (``longest_first``)."""
    return r"(?<![\w-])(?:" + longest_first([p for p in phrases if p], space=r"\s+") + r")(?![\w-])"


def longest_first(words: list[str], space: str = r"\ ") -> str:
    """A pattern for ``words`` under ``re.IGNORECASE`` that, at a position, matches the longest word
    that lets the rest of the pattern match, a space in a word written ``space``: the same as
    the words joined longest first ("united states of america|united states|..."), written as
    a tree of their letters ("united states(?: of america)?"), which ``re`` tries several times
    faster (at a position it tests a few first letters, not every word). The continuations of a
    letter start with different letters, so at most one of them can match, and the longer words
    are tried before the word that ends there: the longest that lets the pattern match wins,
    as in the alternation. That needs words whose letters ``re.IGNORECASE`` tells apart exactly
    as their lower-case forms do, and no space but " ": ASCII words; for any other list the
    plain alternation is returned. tests/test_fast_paths.py compares both."""
    keys = {w.lower() for w in words}
    plain = all(w.isascii() and w and (" " not in w or not w.split(" ").count("")) for w in keys) and not any(
        c.isspace() and c != " " for w in keys for c in w
    )
    if not plain or not keys:
        ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)
    trie: dict[str, dict] = {}
    for word in keys:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        alts = [(space if c == " " else re.escape(c)) + branch(node[c]) for c in sorted(node) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer words first

    return branch(trie)


@dataclass
class CueInfo:
    lemma: str
    cls: str  # speech | position | phrase


@dataclass
class Lexicon:
    cue_forms: dict[str, CueInfo] = field(default_factory=dict)
    # first word of a cue form -> (form, pattern for a form of several words, else None), longest first
    cue_index: dict[str, list[tuple[str, re.Pattern[str] | None]]] = field(default_factory=dict)
    recipients_re: re.Pattern[str] = re.compile("x^")
    sources: dict[str, Any] = field(default_factory=dict)
    cues: dict[str, Any] = field(default_factory=dict)
    agencies: list[dict[str, Any]] = field(default_factory=list)
    agency_by_alias: dict[str, dict[str, Any]] = field(default_factory=dict)
    outlet_re: re.Pattern[str] = re.compile("x^")
    boilerplate: dict[str, Any] = field(default_factory=dict)
    grading: dict[str, Any] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def is_(self, group: str, word: str) -> bool:
        return word.lower() in self.sets[group]

    @property
    def cue_re(self) -> re.Pattern[str]:
        """Every cue form in one alternation; compiled on first use (no stage needs it on the hot path)."""
        return _cue_re(tuple(self.cue_forms))


@cache
def _cue_re(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(words_pattern_ci(list(forms)), re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    cues = load_json("cues.json")
    lex = Lexicon()
    for cls, spec in cues["classes"].items():
        irregular = spec.get("irregular", {})
        for lemma in spec["lemmas"]:
            forms = irregular.get(lemma) or inflect(lemma)
            for form in forms:
                lex.cue_forms.setdefault(form.lower(), CueInfo(lemma, cls))
    for phrase in cues["phrases"]["speech"]:
        lex.cue_forms.setdefault(phrase.lower(), CueInfo(phrase, "phrase"))
    for form in sorted(lex.cue_forms, key=len, reverse=True):
        first = form.split()[0]
        # A one-word form needs no pattern of its own: the word found is the form (see find_cues).
        pattern = (
            re.compile(re.escape(form).replace(r"\ ", r"\s+") + r"(?![\w-])", re.IGNORECASE) if " " in form else None
        )
        lex.cue_index.setdefault(first, []).append((form, pattern))
    lex.recipients_re = re.compile(r"\s*" + words_pattern_ci(cues["recipients"]), re.IGNORECASE)
    lex.sources = load_json("sources.json")
    lex.cues = cues
    lex.agencies = load_json("agencies.json")["agencies"]
    for agency in lex.agencies:
        for alias in agency["aliases"]:
            lex.agency_by_alias[alias.lower()] = agency
    # "the economist", "slate", "roll call", "at the time": an outlet's name is written with a capital
    # (or in capitals) after an optional article; the same words in lower case are common nouns
    capitalised = r"(?=(?i:the)\s+(?-i:[A-Z])|(?!(?i:the)\s)(?-i:[A-Z]))"
    lex.outlet_re = re.compile(capitalised + words_pattern_ci(lex.sources["outlets"]), re.IGNORECASE)
    lex.boilerplate = load_json("boilerplate.json")
    lex.grading = load_json("grading.json")
    s = lex.sources
    lex.sets = {
        name: frozenset(w.lower() for w in words)
        for name, words in {
            "title_words": s["title_words"],
            "own_work_heads": s["own_work_heads"],
            "published_media": s["published_media"],
            "journalist_nouns": s["journalist_nouns"],
            "provision_heads": s["provision_heads"],
            "irregular_verbs": s["irregular_verbs"],
            "anonymous_heads": s["anonymous_heads"],
            "setting_not_after": s["setting_not_after"],
            "collective_heads": s["collective_heads"] + [w + "s" for w in s["collective_heads"]],
            "exchange_heads": s["exchange_heads"] + [w + "s" for w in s["exchange_heads"]],
            "utterance_heads": s["utterance_heads"],
            "adverbs": s["adverbs"],
            "auxiliaries": s["auxiliaries"],
            "clause_openers": s["clause_openers"],
            "adjunct_openers": s["adjunct_openers"],
            "not_sources": s["not_sources"],
            "colon_not_sources": s["colon_not_sources"],
            "countries": s["countries"],
            "institution_heads": s["institution_heads"],
            "document_heads": s["document_heads"],
            "evidence_heads": s["evidence_heads"],
            "product_copy_verbs": s["product_copy_verbs"],
            "evidence_verbs": s["evidence_verbs"],
            "field_vague_heads": s["field_vague_heads"],
            "outlet_heads": s["outlet_heads"],
            "pronouns": [w for group in s["pronouns"].values() for w in group],
            "person_pronouns": s["pronouns"]["person_singular"],
            "male_titles": s["male_titles"],
            "poster_nouns": s["poster_nouns"],
            "study_authors": s["study_authors"],
            "social_markers": s["social_markers"],
            "female_titles": s["female_titles"],
            "role_words": [w for group in s["roles"].values() for w in group],
            "party_members": s["party_members"],
            "faith_members": s["faith_members"],
            "vague_heads": s["vague_heads"],
            "person_nouns": s["person_nouns"],
            "organisation_name_words": s["organisation_name_words"],
            "organisation_descriptors": s["organisation_descriptors"],
            "place_name_endings": s["place_name_endings"],
            "document_name_endings": s["document_name_endings"],
            "place_name_starts": s["place_name_starts"],
            "outlet_work_heads": s["outlet_work_heads"],
            "not_name_words": s["not_name_words"],
            "phrase_asides": s["phrase_asides"],
            "irregular_participles": s["irregular_participles"],
            "noun_only_modifiers": s["noun_only_modifiers"],
            "quoted_term_openers": s["quoted_term_openers"],
            "lead_adverbs": s["lead_adverbs"],
            "subject_lead_adverbs": s["subject_lead_adverbs"],
            "time_lead_words": s["time_lead_words"],
            "time_lead_nouns": s["time_lead_nouns"],
            "exclamation_names": s["exclamation_names"],
            "violence_words": s["violence_words"],
            "position_nouns_said": lex.cues["position_nouns_said"],
            "self_description_verbs": lex.cues["self_description_verbs"],
            "finding_verbs": lex.cues["finding_verbs"],
            "speaking_participles": lex.cues["speaking_participles"],
            "noun_phrase_openers": lex.cues["noun_phrase_openers"],
            "participial_adjectives": lex.cues["participial_adjectives"],
            "nationality_surnames": s["nationality_surnames"],
            "company_name_endings": s["company_name_endings"],
            "programme_modifiers": s["programme_modifiers"],
        }.items()
    }
    # WordNet's common nouns for people and organised groups (nouns.json says how it was made):
    # "a neurologist", "the suspect", "the jury" are typed without listing every job by hand
    nouns = load_json("nouns.json")
    lex.sets["wordnet_persons"] = frozenset(nouns["person"])
    lex.sets["wordnet_groups"] = frozenset(nouns["group"])
    lex.sets["wordnet_things"] = frozenset(nouns["artifact"]) | frozenset(nouns["communication"])
    lex.sets["wordnet_organisations"] = frozenset(nouns["organisation"])
    lex.sets["wordnet_other_things"] = frozenset(nouns["other_things"])
    # first names of one sex (1990 US Census lists; first_names.json says how it was made)
    first = load_json("first_names.json")
    lex.sets["male_first_names"] = frozenset(first["male"])
    lex.sets["female_first_names"] = frozenset(first["female"])
    lex.sets["first_names"] = lex.sets["male_first_names"] | lex.sets["female_first_names"]
    lex.sets["places"] = frozenset(w.lower() for w in lex.sources["us_states"]) | lex.sets["countries"]
    return lex


@cache
def mere_things() -> frozenset[str]:
    """WordNet's made things and messages that are no document, evidence, outlet, organisation or
    person: "camera", "recipe", "footage". Such a thing neither speaks ("The camera promises") nor is
    anything but evidence when it shows ("The footage shows")."""
    sets = lexicon().sets
    speaking = (
        sets["document_heads"]
        | sets["evidence_heads"]
        | sets["institution_heads"]
        | sets["outlet_heads"]
        | sets["own_work_heads"]
        | sets["published_media"]
        | sets["anonymous_heads"]
        | sets["role_words"]
        | sets["person_nouns"]
        | sets["wordnet_persons"]
        | sets["wordnet_groups"]
    )
    return sets["wordnet_things"] - speaking


@cache
def non_agents() -> frozenset[str]:
    """Common nouns that name no one who could speak: WordNet's made things, messages, acts, events,
    ideas, states ("lawsuit", "evidence", "history"), less every noun the project reads as a person,
    group, body or outlet. A source whose head is one of these is a thing, never unnamed people."""
    sets = lexicon().sets
    agents = (
        sets["collective_heads"]  # "the party's establishment", "the prosecution": the people who hold it
        | sets["institution_heads"]
        | sets["outlet_heads"]
        | sets["anonymous_heads"]
        | sets["vague_heads"]
        | sets["field_vague_heads"]
        | sets["role_words"]
        | sets["person_nouns"]
        | sets["wordnet_persons"]
        | sets["wordnet_groups"]
    )
    return (sets["wordnet_things"] | sets["wordnet_other_things"]) - agents


@cache
def phrase_re(group: str, key: str) -> re.Pattern[str]:
    """One compiled alternation for a word list in a data file (``group`` names the file's
    section: "sources" or "grading")."""
    lex = lexicon()
    words = (lex.sources if group == "sources" else lex.grading)[key]
    return re.compile(words_pattern_ci(words), re.IGNORECASE)


@cache
def _phrase_sets(
    group: str, key: str
) -> tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[str, ...], re.Pattern[str] | None]:
    """The list's single words, its phrases each with the spaced form looked for, and the keys:
    text in which ``find_phrase`` finds anything holds one of them (each single word, the
    longest word of each phrase) as a substring of its lower case."""
    lex = lexicon()
    words = [w.lower() for w in (lex.sources if group == "sources" else lex.grading)[key]]
    short = [w for w in words if " " in w and max(len(p) for p in w.split(" ")) <= SHORT_KEY]
    keys = {w if " " not in w else max(w.split(" "), key=len) for w in words if w not in short}
    keys = {k for k in keys if not any(o != k and o in k for o in keys)}  # "tweet" covers "tweets"
    return (
        frozenset(w for w in words if " " not in w),
        tuple((w, f" {w} ") for w in words if " " in w),
        tuple(sorted(keys, key=lambda k: (-len(k), k))),
        _short_phrases_re(tuple(short)),
    )


SHORT_KEY = 3  # a phrase of short words only ("on x", "via x"): its longest word is in nearly every text
TOKEN_CHARS = r"\w’'.-"  # what TOKENS_RE keeps in a token


def _short_phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern that finds, in lower-cased text, what ``_find_phrase_plain`` finds of these
    phrases: their words as whole tokens (a trailing full stop allowed, as ``_tokens`` strips it),
    with only non-token characters between them."""
    if not phrases:
        return None
    alternatives = (
        rf"(?<![{TOKEN_CHARS}])" + rf"\.*[^{TOKEN_CHARS}]+".join(re.escape(w) for w in p.split(" ")) + r"\.*"
        rf"(?![{TOKEN_CHARS}])"
        for p in phrases
    )
    return re.compile("|".join(alternatives))


def find_phrase(group: str, key: str, text: str) -> str | None:
    """The first phrase of a data-file word list found in ``text`` as whole words.
    Single words are a set look-up per token; phrases a substring test on normalised text.
    Text holding none of the list's keys (``_phrase_sets``) is not tokenised at all: each
    token is a piece of the lower-cased text, so a word found among them is in it too (most
    texts hold none; tests/test_fast_paths.py compares with ``_find_phrase_plain``)."""
    singles, phrases, keys, short = _phrase_sets(group, key)
    low = text.lower()
    for k in keys:
        if k in low:
            break
    else:
        if short is None or not short.search(low):
            return None
    return _find_phrase_plain(group, key, text)


def _find_phrase_plain(group: str, key: str, text: str) -> str | None:
    """``find_phrase`` without its key test: the reference of the fast path."""
    singles, phrases, _keys, _short = _phrase_sets(group, key)
    tokens, joined, words = _tokens(text)
    if not singles.isdisjoint(words):  # one set test first: most texts hold none of the words
        for t in tokens:
            if t in singles or t.strip(".") in singles:
                return t
    for p, spaced in phrases:
        if spaced in joined:
            return p
    return None


TOKENS_RE = re.compile(r"[\w’'.-]+")
SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=256)
def _tokens(text: str) -> tuple[tuple[str, ...], str, frozenset[str]]:
    """Lower-cased word tokens of a text, their space-joined form, and the set of the tokens as
    they are and without their full stops; cached: the same sentence is looked up in several
    word lists in a row."""
    tokens = tuple(TOKENS_RE.findall(text.lower()))
    # phrases are matched without the full stop a sentence ends on: "wrote on Facebook."
    joined = " " + " ".join(t.rstrip(".") for t in tokens) + " "
    return tokens, joined, frozenset(tokens) | frozenset(t.strip(".") for t in tokens)


WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]+|:")
WORD_ENDS = re.compile(r"(?![\w-])")


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of cue forms in ``text[start:end]``, longest form first at each word; a dictionary
    look-up per word instead of one huge alternation (several times faster)."""
    lex = lexicon()
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    last_end = -1
    for m in WORD_RE.finditer(text, start, end):
        if m.start() < last_end:
            continue
        forms = lex.cue_index.get(m.group(0).lower())
        if not forms:
            continue
        for _form, pattern in forms:
            if pattern is None:
                # One word: the letters matched are the form (the index key); it must end there.
                if WORD_ENDS.match(text, m.end(), end):
                    out.append((m.start(), m.end()))
                    last_end = m.end()
                    break
                continue
            fm = pattern.match(text, m.start(), end)
            if fm:
                out.append((fm.start(), fm.end()))
                last_end = fm.end()
                break
    return out


def cue_info(form: str) -> CueInfo | None:
    low = form.lower()
    return lexicon().cue_forms.get(low if low.isalpha() else SPACES_RE.sub(" ", low))
