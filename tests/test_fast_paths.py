"""Fast paths against the plain code they replace: the same answers on real text.

Each speed-up of issue 16 that re-implements a function (instead of only compiling or caching
it) is checked here against the readable reference it must equal, on the seed articles and on
tables of real sentences, negatives included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.cuemodel import CueModel, cue_model, is_candidate, tokens
from audit.lexicon import cue_info

REPO_ROOT = Path(__file__).resolve().parents[1]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((REPO_ROOT / "seeds").glob("*.txt"))]

CUE_SENTENCES = [
    # (sentence, words the model proposes as cues: what the model answers today, misses included)
    ("Officials laid out the plan in a briefing on Tuesday.", ["laid"]),
    ("He pitched the idea to investors, who were not convinced.", ["pitched"]),
    ("Critics lambasted the decision as reckless.", ["lambasted"]),
    ("The senator chastised the agency for its handling of the case.", []),
    ("The company is promoting the new phone as its safest yet.", []),
    ("The river rose three feet overnight.", []),
    ("“We will not back down,” she vowed on Monday.", []),  # "vowed" is in the cue lists
]


def _reference_cues(model: CueModel, text: str, start: int, end: int) -> list[tuple[int, int]]:
    toks = tokens(text, start, end)
    return [
        (t.start, t.end)
        for i, t in enumerate(toks)
        if is_candidate(toks, i) and cue_info(t.text) is None and model.probability(toks, i) >= model.threshold
    ]


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("threshold", [0.05, 0.3, 0.5, 0.7, 0.95])
def test_cue_model_fast_path_equals_features(threshold: float) -> None:
    base = cue_model()
    assert base is not None
    model = CueModel(weights=base.weights, bias=base.bias, threshold=threshold)
    texts = SEED_TEXTS + [s for s, _ in CUE_SENTENCES]
    checked = 0
    for text in texts:
        for start, end in _lines(text):
            assert list(model.cues(text, start, end)) == _reference_cues(model, text, start, end)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(("sentence", "expected"), CUE_SENTENCES)
def test_cue_model_table(sentence: str, expected: list[str]) -> None:
    model = cue_model()
    assert model is not None
    found = [sentence[a:b] for a, b in model.cues(sentence, 0, len(sentence))]
    assert found == expected
    assert found == [sentence[a:b] for a, b in _reference_cues(model, sentence, 0, len(sentence))]
