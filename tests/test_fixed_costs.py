"""Quicker forms of the run's fixed costs give the answers of the plain forms they replace."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from audit import api

REPO = Path(__file__).resolve().parents[1]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_words_equals_the_pattern_on_any_text(text: str) -> None:
    assert api._words(text) == api.WORDS_RE.findall(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ 0_9-'\u2019\u00e9\u00df\u0130\u00a0\u2028\u0660\u00b2\u2167\ud800\t\n.,"))
def test_words_equals_the_pattern_on_mixed_scripts(text: str) -> None:
    assert api._words(text) == api.WORDS_RE.findall(text)
    assert api._words(text.lower()) == api.WORDS_RE.findall(text.lower())


def test_words_equals_the_pattern_on_real_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted((REPO / "tests").rglob("*.html"))[:40]]
    assert texts
    for text in texts:
        for sample in (text, text.lower(), text[:20000].lower()):
            assert api._words(sample) == api.WORDS_RE.findall(sample)
