"""A learned cue detector: which words outside the cue lists still introduce an attribution.

Reporting verbs are a long tail ("laid out", "chastised", "is promoting", "pitched"): word lists
miss most of them. This model scores a word in its sentence (the word, its neighbours, whether a
subject-like word stands before it, a clause or quote after it) with a logistic regression
trained on the cue spans of PolNeAR *train* (``benchmarks/train_cue_model.py``; never dev). Its
weights are data, ``audit/data/cue_model.json``; it runs in pure Python, offline. The attribution
rules still decide the source and the content: the model only proposes a cue word.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property

from .lexicon import cue_info, data_path, lexicon

TOKEN_RE = re.compile(r"[A-Za-z][\w’'-]*|[“”\"‘’:,;.?!—–()]")
PRONOUNS = frozenset("he she they it we i you who".split())
# Words that are never a cue head: function words and auxiliaries.
NOT_CANDIDATES = frozenset(
    """a an the this that these those his her their its our my your some many several any each every no
    of in on at by for with from to into onto about over under after before between through during without
    and or but so yet nor if as than then when while where because although though since until unless
    is are was were be been being am has have had having do does did will would shall should can could may
    might must not n't also still even just only very more most much too again already ever never now first last
    he she they it we i you him them us me who whom whose which what there here one two three""".split()
)
MODEL_FILE = "cue_model.json"
MEMO_LIMIT = 200_000  # words remembered per memo of the fast path (a few tens of MB at most)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def _shape(t: str) -> str:
    if not t[:1].isalpha():
        return t
    if t[:1].isupper():
        return "Xx"
    return "x"


@cache
def _inner_state_forms() -> frozenset[str]:
    from .lexicon import inflect, load_json

    return frozenset(form for lemma in load_json("cues.json")["inner_states"] for form in inflect(lemma))


def is_candidate(toks: list[Token], i: int) -> bool:
    """A lower-case content word; not an adverb ("initially"), not an inner state ("seeks", "plans")."""
    w = toks[i].text
    low = w.lower()
    return (
        w[:1].isalpha()
        and w[:1].islower()
        and len(w) > 2
        and low not in NOT_CANDIDATES
        and not low.endswith("ly")
        and low not in _inner_state_forms()
    )


def proposable(toks: list[Token], i: int) -> bool:
    """A candidate the model may propose: "didn’t", "don’t" are auxiliaries, never the cue. They
    stay candidates in training (negative examples), so they are only left out when proposing."""
    return is_candidate(toks, i) and not toks[i].text.lower().endswith(("n't", "n’t"))


def features(toks: list[Token], i: int) -> list[str]:
    """The features of word ``i``; the same function trains and predicts."""

    def at(k: int) -> str:
        return toks[k].text if 0 <= k < len(toks) else "<s>"

    w = toks[i].text.lower()
    p1, p2, n1, n2 = at(i - 1), at(i - 2), at(i + 1), at(i + 2)
    info = cue_info(w)
    before = [t.text for t in toks[max(0, i - 6) : i]]
    after = [t.text for t in toks[i + 1 : i + 4]]
    f = [
        "w=" + w,
        "s3=" + w[-3:],
        "s2=" + w[-2:],
        "p1=" + p1.lower(),
        "p2=" + p2.lower(),
        "n1=" + n1.lower(),
        "n2=" + n2.lower(),
        "p1shape=" + _shape(p1),
        "n1shape=" + _shape(n1),
        "p1w=" + p1.lower() + "|" + w,
        "wn1=" + w + "|" + n1.lower(),
        "lex=" + (info.cls if info else "none"),
        "pos=" + ("0" if i == 0 else "1" if i < 4 else "n"),
    ]
    if any(b[:1].isupper() for b in before) or any(b.lower() in PRONOUNS for b in before):
        f.append("subject_before")
    if any(a in ("“", '"', ":") for a in after):
        f.append("quote_after")
    if n1.lower() in ("that", "whether", "how", "why"):
        f.append("clause_after")
    if p1.lower() in PRONOUNS:
        f.append("p1pron")
    return f


@dataclass
class CueModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, toks: list[Token], i: int) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(toks, i))
        return 1.0 / (1.0 + math.exp(-z))

    @cached_property
    def _tables(self) -> _Tables:
        return _Tables.of(self.weights)

    def cues(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans of words in ``text[start:end]`` the model takes for cues, outside the cue lists.

        The same sum as ``probability`` over ``features``, weight for weight and in the same
        order (so the same float), without building a token object or a feature string per
        word: the weights are read from tables keyed by the words themselves (``_Tables``), a
        word's own three weights are looked up once per model, and whether a word can be a cue
        at all is decided once per word form (tests/test_fast_paths.py checks it against
        ``probability``). The words are found as strings (their offsets only in a sentence that
        has a cue), and the neighbours' shapes only for the candidates."""
        texts = TOKEN_RE.findall(text, start, end)
        tables = self._tables
        candidate, is_candidate = tables.candidate, tables.is_candidate
        found = [i for i, w0 in enumerate(texts) if (ok := candidate.get(w0)) or (ok is None and is_candidate(w0))]
        if not found:
            return
        lows = [t.lower() for t in texts]
        n = len(texts)
        own, p1s, p2s, n1s, n2s = tables.own, tables.p1, tables.p2, tables.n1, tables.n2
        p1shapes, n1shapes, p1ws, wn1s = tables.p1shape, tables.n1shape, tables.p1w, tables.wn1
        lex_none, (pos0, pos1, posn), extra = tables.lex_none, tables.pos, tables.extra
        subject_before, quote_after = extra["subject_before"], extra["quote_after"]
        clause_after, p1pron = extra["clause_after"], extra["p1pron"]
        bias, threshold, exp = self.bias, self.threshold, math.exp
        spans: list[tuple[int, int]] | None = None
        for i in found:
            w = lows[i]
            if i >= 1:  # the previous word and its _shape
                p1, t = lows[i - 1], texts[i - 1]
                c = t[:1]
                p1shape = ("Xx" if c.isupper() else "x") if c.isalpha() else t
            else:
                p1 = p1shape = "<s>"
            if i + 1 < n:  # the next word and its _shape
                n1, t = lows[i + 1], texts[i + 1]
                c = t[:1]
                n1shape = ("Xx" if c.isupper() else "x") if c.isalpha() else t
            else:
                n1 = n1shape = "<s>"
            p2 = lows[i - 2] if i >= 2 else "<s>"
            n2 = lows[i + 2] if i + 2 < n else "<s>"
            mine = own.get(w)
            if mine is None:
                mine = tables.own_weights(w)
            by_p1 = p1ws.get(w)
            by_n1 = wn1s.get(w)
            weights = [
                *mine,
                p1s.get(p1, 0.0),
                p2s.get(p2, 0.0),
                n1s.get(n1, 0.0),
                n2s.get(n2, 0.0),
                p1shapes.get(p1shape, 0.0),
                n1shapes.get(n1shape, 0.0),
                by_p1.get(p1, 0.0) if by_p1 else 0.0,
                by_n1.get(n1, 0.0) if by_n1 else 0.0,
                lex_none,
                pos0 if i == 0 else pos1 if i < 4 else posn,
            ]
            for k in range(max(0, i - 6), i):  # "subject_before": a capitalised word or a pronoun
                if texts[k][:1].isupper() or lows[k] in PRONOUNS:
                    weights.append(subject_before)
                    break
            for a in texts[i + 1 : i + 4]:
                if a in ("“", '"', ":"):
                    weights.append(quote_after)
                    break
            if n1 in ("that", "whether", "how", "why"):
                weights.append(clause_after)
            if p1 in PRONOUNS:
                weights.append(p1pron)
            z = bias + sum(weights)
            if 1.0 / (1.0 + exp(-z)) >= threshold:
                if spans is None:  # the words' offsets, only for a sentence that has a cue
                    spans = [m.span() for m in TOKEN_RE.finditer(text, start, end)]
                yield spans[i]


@dataclass
class _Tables:
    """The weights of a ``CueModel`` keyed by the words themselves ("p1=said" -> ``p1["said"]``).
    Two memos, emptied when they reach ``MEMO_LIMIT`` words so an archive-sized run stays flat
    in memory: ``own``, a word's "w=", "s3=" and "s2=" weights; ``candidate``, per word form,
    whether it may be a cue (``is_candidate`` and outside the cue lists)."""

    weights: dict[str, float]
    p1: dict[str, float]
    p2: dict[str, float]
    n1: dict[str, float]
    n2: dict[str, float]
    p1shape: dict[str, float]
    n1shape: dict[str, float]
    p1w: dict[str, dict[str, float]]  # word -> previous word -> weight
    wn1: dict[str, dict[str, float]]  # word -> next word -> weight
    lex_none: float
    pos: tuple[float, float, float]
    extra: dict[str, float]
    own: dict[str, tuple[float, float, float]]
    candidate: dict[str, bool]

    @classmethod
    def of(cls, weights: dict[str, float]) -> _Tables:
        groups: dict[str, dict[str, float]] = {g: {} for g in ("p1", "p2", "n1", "n2", "p1shape", "n1shape")}
        pairs: dict[str, dict[str, dict[str, float]]] = {"p1w": {}, "wn1": {}}
        for key, weight in weights.items():
            group, eq, value = key.partition("=")
            if not eq:
                continue
            if group in groups:
                groups[group][value] = weight
            elif group in pairs and value.count("|") == 1:  # a token never holds "|"
                left, right = value.split("|")
                if group == "p1w":  # "p1w=" + previous + "|" + word
                    pairs[group].setdefault(right, {})[left] = weight
                else:  # "wn1=" + word + "|" + next
                    pairs[group].setdefault(left, {})[right] = weight
        get = weights.get
        return cls(
            weights=weights,
            **groups,
            **pairs,
            lex_none=get("lex=none", 0.0),
            pos=(get("pos=0", 0.0), get("pos=1", 0.0), get("pos=n", 0.0)),
            extra={k: get(k, 0.0) for k in ("subject_before", "quote_after", "clause_after", "p1pron")},
            own={},
            candidate={},
        )

    def own_weights(self, w: str) -> tuple[float, float, float]:
        get = self.weights.get
        mine = (get("w=" + w, 0.0), get("s3=" + w[-3:], 0.0), get("s2=" + w[-2:], 0.0))
        if len(self.own) >= MEMO_LIMIT:
            self.own.clear()
        self.own[w] = mine
        return mine

    def is_candidate(self, w0: str) -> bool:
        """``proposable`` of a word, then outside the cue lists (``cue_info``: a token holds no
        space); remembered per word form."""
        ok = self.candidate.get(w0)
        if ok is None:
            w = w0.lower()
            ok = (
                w0[:1].isalpha()
                and w0[:1].islower()
                and len(w0) > 2
                and w not in NOT_CANDIDATES
                and not w.endswith("ly")
                and not w.endswith(("n't", "n’t"))  # proposable(): never an auxiliary's contraction
                and w not in _inner_state_forms()
                and lexicon().cue_forms.get(w) is None
            )
            if len(self.candidate) >= MEMO_LIMIT:
                self.candidate.clear()
            self.candidate[w0] = ok
        return ok


@cache
def cue_model() -> CueModel | None:
    path = data_path(MODEL_FILE)
    if not path.exists():
        return None
    spec = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(weights=spec["weights"], bias=spec["bias"], threshold=spec["threshold"])
