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
from functools import cache

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

    def cues(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Spans of words in ``text[start:end]`` the model takes for cues, outside the cue lists.

        The same sum as ``probability`` over ``features``, weight for weight and in the same
        order (so the same float), without building a token object per word or re-reading the
        neighbours of every candidate: each word's lower-case form and shape are computed once
        per sentence (tests/test_cuemodel.py checks it against ``probability``)."""
        matches = list(TOKEN_RE.finditer(text, start, end))
        texts = [m.group(0) for m in matches]
        lows = [t.lower() for t in texts]
        forms = lexicon().cue_forms
        inner = _inner_state_forms()
        get = self.weights.get
        n = len(texts)
        shapes: list[str] = []
        subject: list[bool] = []
        for i, w0 in enumerate(texts):
            w = lows[i]
            # is_candidate, then outside the cue lists (cue_info: a token holds no space)
            if (
                not (
                    w0[:1].isalpha()
                    and w0[:1].islower()
                    and len(w0) > 2
                    and w not in NOT_CANDIDATES
                    and not w.endswith("ly")
                    and w not in inner
                    and not w.endswith(("n't", "n’t"))  # proposable()
                )
                or forms.get(w) is not None
            ):
                continue
            if not shapes:
                shapes = [_shape(t) for t in texts]
                subject = [t[:1].isupper() or low in PRONOUNS for t, low in zip(texts, lows, strict=True)]
            p1 = lows[i - 1] if i >= 1 else "<s>"
            p2 = lows[i - 2] if i >= 2 else "<s>"
            n1 = lows[i + 1] if i + 1 < n else "<s>"
            n2 = lows[i + 2] if i + 2 < n else "<s>"
            weights = [
                get("w=" + w, 0.0),
                get("s3=" + w[-3:], 0.0),
                get("s2=" + w[-2:], 0.0),
                get("p1=" + p1, 0.0),
                get("p2=" + p2, 0.0),
                get("n1=" + n1, 0.0),
                get("n2=" + n2, 0.0),
                get("p1shape=" + (shapes[i - 1] if i >= 1 else "<s>"), 0.0),
                get("n1shape=" + (shapes[i + 1] if i + 1 < n else "<s>"), 0.0),
                get("p1w=" + p1 + "|" + w, 0.0),
                get("wn1=" + w + "|" + n1, 0.0),
                get("lex=none", 0.0),
                get("pos=" + ("0" if i == 0 else "1" if i < 4 else "n"), 0.0),
            ]
            if any(subject[max(0, i - 6) : i]):
                weights.append(get("subject_before", 0.0))
            if any(a in ("“", '"', ":") for a in texts[i + 1 : i + 4]):
                weights.append(get("quote_after", 0.0))
            if n1 in ("that", "whether", "how", "why"):
                weights.append(get("clause_after", 0.0))
            if p1 in PRONOUNS:
                weights.append(get("p1pron", 0.0))
            z = self.bias + sum(weights)
            if 1.0 / (1.0 + math.exp(-z)) >= self.threshold:
                yield matches[i].start(), matches[i].end()


@cache
def cue_model() -> CueModel | None:
    path = data_path(MODEL_FILE)
    if not path.exists():
        return None
    spec = json.loads(path.read_text(encoding="utf-8"))
    return CueModel(weights=spec["weights"], bias=spec["bias"], threshold=spec["threshold"])
