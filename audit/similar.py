"""Do two claims say the same thing? Content words after light normalisation, compared as sets.

A claim becomes a set of *terms*: its words, lower-cased, with function words dropped
(``stopwords``), names of one place or country folded into one term (``aliases``: "U.S.",
"United States", "American"; "the Northern Territories", "the South Kuril Islands"), words news
copy uses interchangeably folded into one term (``synonyms``: allow / permit), a light
suffix strip (bases / base, returned / returns), one ``NOT`` term when the claim is negated, and
one ``QUESTION`` term when it is a question put to someone ("whether he would ..."), which never
matches an assertion.
All of that vocabulary lives in ``data/paraphrase.json``.

Two claims are the same claim when they share at least ``min_shared`` terms and their overlap,
|A & B| / sqrt(|A| |B|) (the cosine of the two sets), reaches ``threshold``, and either both
or neither are negated. benchmarks/corroboration.py measures precision and recall on a labelled
set of claim pairs.

With the optional ``embed`` extra (``embed.py``: a sentence-embedding model run offline), two
claims that pass the same guards are also the same claim when the cosine of their embeddings
plus ``alpha`` times their word similarity reaches the ``embedding`` threshold
(``same_claim_embedded``): the model meets paraphrase the word lists do not hold ("two islands
off Hokkaido" / "the South Kuril Islands"), the words keep it from matching two claims that are
merely on one topic.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .lexicon import load_json, longest_first

WORD_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|=[a-z_]+|~[a-z_]+")
NOT = "!not"
QUESTION = "!ask"  # the claim is a question put to someone ("whether he would ...", "...?"), not an assertion
# A reported yes/no question ("asked whether ...", "a question about whether ...") or a direct one.
QUESTION_TEXT_RE = re.compile(r"^\W*(?:a\s+question\s+(?:about|of|on)\s+)?whether\b|\?\W*$", re.IGNORECASE)
QUESTION_START_RE = re.compile(r"\W*(?:a\s+question\s+(?:about|of|on)\s+)?whether\b", re.IGNORECASE)
QUESTION_END_RE = re.compile(r"\?\W*$")


def _is_question(text: str) -> bool:
    """bool(QUESTION_TEXT_RE.search(text)), without trying the end's alternative at every position."""
    return bool(QUESTION_START_RE.match(text)) or ("?" in text and bool(QUESTION_END_RE.search(text)))


@dataclass(frozen=True)
class Vocabulary:
    stopwords: frozenset[str]
    negations: frozenset[str]
    alias_re: re.Pattern[str]
    alias_of: dict[str, str]
    synonym_of: dict[str, str]
    min_shared: int
    name_weight: float
    min_words: int
    negation_scope: int
    negated_terms: int
    threshold: float
    embed_alpha: float
    embed_threshold: float
    opposite_of: dict[str, frozenset[str]]
    contradiction_similarity: float
    number_of: dict[str, int]


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix strip: enough to meet "bases" with "base" and "returned" with "returns"."""
    if not word.isalpha():
        return word
    if word.endswith("ly") and len(word) >= 7:  # "extremely" -> "extreme", "unfavorably" -> "unfavorable"
        word = word[:-3] + "y" if word.endswith("ily") else word[:-1] + "e" if word.endswith("bly") else word[:-2]
    if word.endswith("bility") and len(word) >= 8:  # "eligibility" -> "eligible"
        word = word[:-5] + "le"
    elif word.endswith("ship") and len(word) >= 9:  # "membership" -> "member"
        word = word[:-4]
    elif word.endswith(("ance", "ence")) and len(word) >= 9:  # "acceptance" -> "accept", "difference" -> "differ"
        word = word[:-4]
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= (4 if suffix.startswith("ing") else 3):
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            if suffix in ("ies", "ied"):
                return word[: -len(suffix)] + "y"
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


@cache
def vocabulary() -> Vocabulary:
    data = load_json("paraphrase.json")
    alias_of: dict[str, str] = {}
    for canon, names in data["aliases"].items():
        for name in [canon.replace("_", " "), *names]:
            alias_of[name.lower()] = f"={canon}"
    alias_re = re.compile(r"(?<![\w.])(?:" + longest_first(list(alias_of)) + r")(?![\w])", re.IGNORECASE)
    stopwords = frozenset(w.lower() for w in data["stopwords"])
    synonym_of: dict[str, str] = {}
    for group in data["synonyms"]:
        canon = f"~{stem(group[0])}"
        for word in group:
            key = " ".join(stem(w) for w in word.lower().split())
            synonym_of.setdefault(key, canon)
    opposite_of: dict[str, set[str]] = {}
    for left, right in data["opposites"]:
        lt = {synonym_of.get(stem(w), stem(w)) for w in left}
        rt = {synonym_of.get(stem(w), stem(w)) for w in right}
        for t in lt:
            opposite_of.setdefault(t, set()).update(rt)
        for t in rt:
            opposite_of.setdefault(t, set()).update(lt)
    units, tens = data["number_words"]["units"], data["number_words"]["tens"]
    number_of = {w: i for i, w in enumerate(units)}
    for i, t in enumerate(tens):
        number_of[t] = 20 + 10 * i
        number_of.update({f"{t}-{u}": 20 + 10 * i + k for k, u in enumerate(units[1:10], 1)})
    return Vocabulary(
        number_of=number_of,
        opposite_of={k: frozenset(v) for k, v in opposite_of.items()},
        contradiction_similarity=float(data["contradiction_similarity"]),
        stopwords=stopwords,
        negations=frozenset(data["negations"]),
        alias_re=alias_re,
        alias_of=alias_of,
        synonym_of=synonym_of,
        min_shared=int(data["min_shared"]),
        name_weight=float(data["name_weight"]),
        min_words=int(data["min_words"]),
        negation_scope=int(data["negation_scope"]),
        negated_terms=int(data["negated_terms"]),
        threshold=float(data["threshold"]),
        embed_alpha=float(data["embedding"]["alpha"]),
        embed_threshold=float(data["embedding"]["threshold"]),
    )


def _normalise(text: str) -> str:
    v = vocabulary()
    # "U.S." and "US" in capitals are the country; "us" in lower case is a pronoun.
    text = text.replace("’", "'")
    if "U" in text:  # the pattern needs a capital U: without one it changes nothing
        text = re.sub(r"\bU\.?S\.?(?=\W|$)", " united states ", text)
    text = v.alias_re.sub(lambda m: f" {v.alias_of[m.group(0).lower()]} ", text)
    return text.replace("n't", " not")


TERM_RE = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*|=[a-z_]+")


@cache
def _pair_firsts() -> frozenset[str]:
    """The first stems of the two-word synonyms ("hand over"): only after one of them is the
    next word's stem needed."""
    return frozenset(k.split(" ")[0] for k in vocabulary().synonym_of if " " in k)


def _term_list(text: str) -> list[str]:
    """The claim's terms in the order they come (``NOT`` where a negation word stands), from a
    text already through ``_normalise``.

    The same terms as ``_term_list_plain``, with each stem taken only for a word that is kept
    and the two-word synonym looked up only after a word that starts one
    (tests/test_fast_paths.py compares the two)."""
    v = vocabulary()
    if "" in v.synonym_of:
        return _term_list_plain(text)
    negations, stopwords, synonym_of, firsts = v.negations, v.stopwords, v.synonym_of, _pair_firsts()
    # Words written with a capital inside the sentence are names: "^" marks them.
    raw = TERM_RE.findall(text)
    words = [w.lower() for w in raw]
    n = len(words)
    out: list[str] = []
    skip = -1
    for i, word in enumerate(words):
        if i <= skip:
            continue
        if word in negations:
            out.append(NOT)
            continue
        if word in stopwords or (len(word) < 3 and not word.isdigit() and word[0] not in "=~"):
            continue
        st = word if word[0] in "=~" else stem(word)
        if st in firsts and i + 1 < n:
            nxt = words[i + 1]
            pair = f"{st} {nxt if nxt[0] in '=~' else stem(nxt)}"
            if pair in synonym_of:  # "hand over", "give back"
                out.append(synonym_of[pair])
                skip = i + 1
                continue
        term = synonym_of.get(st, st)
        out.append(f"^{term}" if raw[i][0].isupper() and term[0] not in "=~" else term)
    return out


def _term_list_plain(text: str) -> list[str]:
    """``_term_list`` word by word, every word stemmed: the reference of the fast path."""
    v = vocabulary()
    # Words written with a capital inside the sentence are names: "^" marks them.
    raw = re.findall(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*|=[a-z_]+", text)
    words = [w.lower() for w in raw]
    capital = [w[0].isupper() for w in raw]
    out: list[str] = []
    stems = [w if w[0] in "=~" else stem(w) for w in words]
    skip = -1
    for i, (word, st) in enumerate(zip(words, stems, strict=True)):
        if i <= skip:
            continue
        if word in v.negations:
            out.append(NOT)
            continue
        if word in v.stopwords or (len(word) < 3 and not word.isdigit() and word[0] not in "=~"):
            continue
        pair = f"{st} {stems[i + 1]}" if i + 1 < len(stems) else ""
        if pair in v.synonym_of:  # "hand over", "give back"
            out.append(v.synonym_of[pair])
            skip = i + 1
            continue
        term = v.synonym_of.get(st, st)
        out.append(f"^{term}" if capital[i] and term[0] not in "=~" else term)
    return out


def terms(text: str) -> frozenset[str]:
    """The claim's terms: normalised content words, plus ``!not`` when it is negated and ``!ask``
    when it is a question."""
    found = _term_list(_normalise(text))
    return frozenset(found + [QUESTION] if _is_question(text) else found)


def analyse(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """``terms`` and ``negated`` of one text, normalised once (``negated`` only when it is negated)."""
    normal = _normalise(text)
    found = _term_list(normal)
    if _is_question(text):
        found.append(QUESTION)
    return frozenset(found), _negated(normal) if NOT in found else frozenset()


CLAUSE_RE = re.compile(r"[,;:!?()\[\]\"“”—–]|\.(?=\s|$)| - ")


def negated(text: str) -> frozenset[str]:
    """The terms a negation of the claim bears on: the next ``negated_terms`` terms after each
    negation word, within its clause (up to a comma, a quote mark, a dash, the end of a sentence).
    "It's not just Bernie Sanders saying, ..." negates "just", "Bernie", "Sanders", not the rest."""
    return _negated(_normalise(text))


def _negated(normal: str) -> frozenset[str]:
    n = vocabulary().negated_terms
    out: set[str] = set()
    for clause in CLAUSE_RE.split(normal):
        found = _term_list(clause)
        for i, t in enumerate(found):
            if t == NOT:
                out.update(u for u in found[i + 1 : i + 1 + n] if u != NOT)
    return frozenset(out)


def is_name(term: str) -> bool:
    return term[0] in "^="


def is_marker(term: str) -> bool:
    """``!not`` or ``!ask``: a mark on the claim, not one of its words."""
    return term[0] == "!"


def meaning_words(t: frozenset[str]) -> set[str]:
    """The terms that say what a claim says: neither names nor markers."""
    return {w for w in t if not is_name(w) and not is_marker(w)}


Weights = dict[str, float]


def similarity(a: frozenset[str], b: frozenset[str], idf: Weights | None = None) -> float:
    """Weighted cosine of two term sets. A term weighs its inverse document frequency in the
    collection (``idf``, when given: words every claim uses say little), times ``name_weight``
    for a name (names say what a claim is about, the other words what it says)."""
    nw = vocabulary().name_weight
    default = idf.get("", 1.0) if idf else 1.0  # a term the collection never saw weighs the most

    def mass(terms: frozenset[str]) -> float:
        total = 0.0
        for t in terms:
            if t == QUESTION:
                continue  # a guard (comparable), not a word the two claims share
            w = idf.get(t, default) if idf else 1.0
            total += w * nw if t[0] in "^=" else w
        return total

    if not a or not b:
        return 0.0
    return mass(a & b) / math.sqrt(mass(a) * mass(b))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """How much of ``a`` (weighted as in ``similarity``, without idf) is also in ``b``."""
    nw = vocabulary().name_weight

    def mass(terms: frozenset[str]) -> float:
        return sum(nw if is_name(t) else 1.0 for t in terms if t != QUESTION)

    return mass(a & b) / mass(a) if a else 0.0


Scope = tuple[frozenset[str], frozenset[str]]


def comparable(a: frozenset[str], b: frozenset[str], scope: Scope | None = None, min_shared: int | None = None) -> bool:
    """The guards every matcher applies: enough words each, enough of what they *say* in common
    (names alone are a topic, not a claim), not a short claim against its denial, and not a claim
    against its opposite ("opposites" in paraphrase.json). ``scope``, when given, is what each
    claim's negation bears on (``negated`` of its text): then a negation counts only when it bears
    on a word the other claim says ("I don't know" in a long quote does not deny the rest of it).
    ``min_shared`` overrides the vocabulary's count of shared meaning words (the learned matcher
    asks for fewer and weighs the rest itself)."""
    v = vocabulary()
    if len(a - {QUESTION}) < v.min_words or len(b - {QUESTION}) < v.min_words:
        return False
    if (QUESTION in a) != (QUESTION in b):
        return False  # a question put to someone is not the claim it asks about
    if (NOT in a) != (NOT in b) and min(len(a), len(b)) <= v.negation_scope and denies(a, b, scope):
        return False  # a short claim and its denial are not the same claim (a long quote may hold both)
    if opposed(a, b) or numbers_differ(a, b):
        return False  # a claim and its opposite, or two different figures, are not one claim
    need = v.min_shared if min_shared is None else min_shared
    return len(meaning_words(a & b)) >= need


def denies(a: frozenset[str], b: frozenset[str], scope: Scope | None) -> bool:
    """The negated one of two claims (one is, the other not) negates something the other says;
    without ``scope`` (the texts' ``negated`` terms) every negation is taken to."""
    if scope is None:
        return True
    negated_side, other = (scope[0], b) if NOT in a else (scope[1], a)
    return bool(negated_side & other)


def opposed(a: frozenset[str], b: frozenset[str]) -> bool:
    """One claim says a word the other says the opposite of ("raise" / "cut"), and neither says both."""
    opposite_of = vocabulary().opposite_of
    listed = [t.lstrip("^") for t in a - b if t.lstrip("^") in opposite_of]
    if not listed:
        return False
    only_b = {t.lstrip("^") for t in b - a}
    return any(opposite_of[t] & only_b for t in listed)


def _figure(term: str) -> str | None:
    """The figure a term writes: "12" -> "12", "eighty-four" -> "84"; None for any other term."""
    if term.isdigit():
        return term
    value = vocabulary().number_of.get(term.lstrip("^"))
    return None if value is None else str(value)


def numbers(t: frozenset[str]) -> frozenset[str]:
    """The terms that are numbers, in figures or in words."""
    return frozenset(w for w in t if _figure(w) is not None)


def numbers_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each claim gives a number the other does not ("killed 12" / "killed 20", "eighty-four
    percent" / "91 percent"); a number in words and the same in figures are one number."""
    na, nb = ({_figure(w) for w in numbers(t)} for t in (a, b))
    return bool(na - nb) and bool(nb - na)


def disagreement(a: frozenset[str], b: frozenset[str]) -> str | None:
    """How two claims that otherwise say the same thing disagree: "a negation", "opposite words"
    or "a number"; None when they do not. Whether the rest is the same thing is the caller's
    question (``contradicts``)."""
    v = vocabulary()
    if (NOT in a) != (NOT in b) and min(len(a), len(b)) <= v.negation_scope:
        return "a negation"
    if opposed(a, b):
        return "opposite words"
    if numbers_differ(a, b):
        return "a number"
    return None


def _agreeing_part(a: frozenset[str], b: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Both claims without what they disagree on: the negation, the opposed words, the numbers."""
    opposite_of = vocabulary().opposite_of
    drop = {NOT, QUESTION} | numbers(a ^ b)
    for t in a ^ b:
        if opposite_of.get(t.lstrip("^"), frozenset()) & {u.lstrip("^") for u in a ^ b}:
            drop.add(t)
    return a - drop, b - drop


def contradicts(a: frozenset[str], b: frozenset[str], idf: Weights | None = None) -> str | None:
    """Two claims that say the same thing but for a negation, opposite words or a number: how they
    disagree, else None. Stricter than "the same claim": both are short (at most
    ``negation_scope`` terms: in a long quote a "not" or a figure may be about anything) and,
    without what they disagree on, nearly the same words (similarity >= ``contradiction_similarity``)."""
    v = vocabulary()
    if max(len(a), len(b)) > v.negation_scope:
        return None
    why = disagreement(a, b)
    if why is None:
        return None
    ra, rb = _agreeing_part(a, b)
    shared = sum(1 for t in ra & rb if not is_name(t))
    if len(ra) < v.min_words or len(rb) < v.min_words or shared < v.min_shared + 1:
        return None
    return why if similarity(ra, rb, idf) >= v.contradiction_similarity else None


def same_claim(a: frozenset[str], b: frozenset[str], idf: Weights | None = None, scope: Scope | None = None) -> bool:
    """Same claim by words: the guards, and close overall."""
    return comparable(a, b, scope) and similarity(a, b, idf) >= vocabulary().threshold


def embedded_score(a: frozenset[str], b: frozenset[str], cosine: float, idf: Weights | None = None) -> float:
    """The score the embedding matcher thresholds: cosine + alpha x word similarity."""
    return cosine + vocabulary().embed_alpha * similarity(a, b, idf)


def same_claim_embedded(
    a: frozenset[str], b: frozenset[str], cosine: float, idf: Weights | None = None, scope: Scope | None = None
) -> bool:
    """Same claim with embeddings: the guards, then the word rule or the combined score.
    ``cosine`` is the cosine of the two claims' sentence embeddings (``embed.encode``)."""
    if not comparable(a, b, scope):
        return False
    v = vocabulary()
    sim = similarity(a, b, idf)
    return sim >= v.threshold or cosine + v.embed_alpha * sim >= v.embed_threshold


# ------------------------------------------------------------------------------------------
# the learned matcher (data/pair_model.json, fitted by benchmarks/train_pair_model.py)
# ------------------------------------------------------------------------------------------
QUESTION_RE = re.compile(r"^\W*(?:whether|if|why|how|what|who|when)\b|\bquestion\b|\?", re.IGNORECASE)


def _idf_mass(terms: frozenset[str], idf: Weights | None) -> float:
    """The weight of a set of terms as ``similarity`` counts it (idf, names times ``name_weight``)."""
    nw = vocabulary().name_weight
    default = idf.get("", 1.0) if idf else 1.0
    return sum((idf.get(t, default) if idf else 1.0) * (nw if is_name(t) else 1.0) for t in terms if not is_marker(t))


def pair_features(
    a: frozenset[str], b: frozenset[str], text_a: str, text_b: str, idf: Weights | None = None
) -> dict[str, float]:
    """What the learned matcher weighs about two claims besides their embeddings: word similarity
    (``sim``), how much of the smaller claim the other holds (``cont``: one may add detail), how
    many meaning words and names they share (log), how alike their lengths are, whether only one
    is negated, whether only one is a question ("whether he would ..." against "he will ..."),
    and the length of the longer one (log)."""
    shared = _idf_mass(a & b, idf)
    smaller = min(_idf_mass(a, idf), _idf_mass(b, idf))
    return {
        "sim": similarity(a, b, idf),
        "cont": shared / smaller if smaller else 0.0,
        "content": math.log1p(len(meaning_words(a & b))),
        "names": math.log1p(sum(1 for t in a & b if is_name(t))),
        "ratio": min(len(a), len(b)) / max(1, len(a), len(b)),
        "one_negated": float((NOT in a) != (NOT in b)),
        "one_question": float(bool(QUESTION_RE.search(text_a)) != bool(QUESTION_RE.search(text_b))),
        "log_length": math.log(max(len(a), len(b)) + 1),
    }


@cache
def pair_model() -> dict | None:
    """The fitted weights of the learned matcher, or None when the data file is absent."""
    try:
        model = load_json("pair_model.json")
    except FileNotFoundError:
        return None
    return model


def learned_score(features: dict[str, float], cosine: float, vector_part: float) -> float:
    """The learned matcher's log-odds that two claims are the same claim: a logistic model over
    ``pair_features``, the embeddings' cosine (alone and times ``sim``) and ``vector_part`` (the
    weights of the embeddings' element-wise product and difference, ``embed.vector_part``)."""
    m = pair_model()
    assert m is not None
    f = {**features, "cos": cosine, "cos_sim": cosine * features["sim"]}
    w = m["weights"]
    return m["bias"] + sum(w[k] * f[k] for k in m["features"]) + vector_part


def same_claim_learned(
    a: frozenset[str],
    b: frozenset[str],
    text_a: str,
    text_b: str,
    cosine: float,
    vector_part: float,
    idf: Weights | None = None,
    scope: Scope | None = None,
) -> bool:
    """Same claim by the learned matcher: the guards (with the model's ``min_shared``), then the
    log-odds against the model's threshold (chosen where precision held >= 0.90 on the pairs it
    was fitted on, out of fold)."""
    m = pair_model()
    assert m is not None
    if not comparable(a, b, scope, int(m["min_shared"])):
        return False
    return learned_score(pair_features(a, b, text_a, text_b, idf), cosine, vector_part) >= m["threshold"]


# ------------------------------------------------------------------------------------------
# the judge (data/judge.json, fitted by benchmarks/train_pair_model.py --compact --write), opt-in:
# AUDIT_MATCHER=judge
# ------------------------------------------------------------------------------------------
@cache
def judge_model() -> dict | None:
    """The judge's weights, or None when the data file is absent."""
    try:
        return load_json("judge.json")
    except FileNotFoundError:
        return None


def judge_features(
    a: frozenset[str],
    b: frozenset[str],
    text_a: str,
    text_b: str,
    cosine: float,
    cue_cosine: float | None,
    idf: Weights | None = None,
) -> dict[str, float]:
    """What the judge weighs: ``pair_features``, the cosine of the two claims' embeddings (``cos``)
    and the cosine of their cues' embeddings (``cue_cos``: "said" / "said" against "mocked" /
    "said": a claim reported as a statement or named as the object of a criticism). A claim with no
    cue (the article's own voice) gives the value the model keeps for an unknown cue."""
    m = judge_model()
    assert m is not None
    return {
        **pair_features(a, b, text_a, text_b, idf),
        "cos": cosine,
        "cue_cos": float(m["cue_unknown"]) if cue_cosine is None else cue_cosine,
    }


def judge_score(features: dict[str, float]) -> float:
    """The judge's log-odds that two claims are the same claim (a logistic model, its standardisation
    folded into the weights)."""
    m = judge_model()
    assert m is not None
    w = m["weights"]
    return float(m["bias"]) + sum(float(w[k]) * features[k] for k in m["features"])


def same_claim_judged(
    a: frozenset[str],
    b: frozenset[str],
    text_a: str,
    text_b: str,
    cosine: float,
    cue_cosine: float | None,
    idf: Weights | None = None,
    scope: Scope | None = None,
) -> bool:
    """Same claim by the judge: the guards (with the model's ``min_shared``), then the log-odds
    against the model's threshold (chosen out of fold on the development pairs, where precision
    stays >= 0.90)."""
    m = judge_model()
    assert m is not None
    if not comparable(a, b, scope, int(m["min_shared"])):
        return False
    return judge_score(judge_features(a, b, text_a, text_b, cosine, cue_cosine, idf)) >= float(m["threshold"])


def idf_weights(document_frequency: dict[str, int], documents: int) -> Weights:
    """log((N + 1) / (df + 1)) + 1 for every term of a collection of ``documents`` claims; the
    key "" holds the weight of a term the collection never saw."""
    weights = {t: math.log((documents + 1) / (n + 1)) + 1.0 for t, n in document_frequency.items()}
    weights[""] = math.log(documents + 1) + 1.0
    return weights
