"""Every chain's origin hop and every explanation name the resolved source, never a bare pronoun."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_text

PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them", "who", "this", "that"}

ROWS = [
    # (text, words of the claim's content, words the origin hop must name)
    (
        "Headline\n\nVladimir Putin met the envoy on Monday. He said the talks would go on.",
        "the talks would go on",
        "Vladimir Putin",
    ),
    (
        "Headline\n\nEnvironmentalists said the mines were a threat. The company has few investors, they say.",
        "has few investors",
        "Environmentalists",
    ),
    # no antecedent at all: the hop says so instead of naming "She"
    ("Headline\n\nShe said the plant would close.", "the plant would close", "does not name"),
    ("Headline\n\nThey said the vote was rigged.", "the vote was rigged", "unnamed people"),
]


@pytest.mark.parametrize(("text", "content", "origin"), ROWS)
def test_origin_hop_names_the_resolved_source(text: str, content: str, origin: str) -> None:
    art = audit_text(text, "t")
    claim = next(c for c in art.claims if content in c.content)
    assert claim.chain, claim
    assert origin in claim.chain[0].text
    assert claim.chain[0].text.strip().lower() not in PRONOUNS
    assert origin in claim.explanation


def test_seeds_never_name_a_bare_pronoun() -> None:
    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        art = audit_text(path.read_text(encoding="utf-8"), path.name)
        for c in art.claims:
            if c.chain:
                assert c.chain[0].text.strip().lower() not in PRONOUNS, (path.name, c.chain[0])
                assert (c.resolved_source or "").strip().lower() not in PRONOUNS, (path.name, c)
