"""Fast paths against the plain code they replace: the same answers on real text.

Each speed-up of issue 16 that re-implements a function (instead of only compiling or caching
it) is checked here against the readable reference it must equal, on the seed articles and on
tables of real sentences, negatives included.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.cuemodel import CueModel, cue_model, proposable, tokens
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
    # a contraction of an auxiliary is never proposed (a web page once had "He didn’t" as a cue)
    ("He didn’t return to the game, although the team said he was fine.", []),
    ("Triple-doubles also don’t mean much to LeBron without wins attached to them.", []),
]


def _reference_cues(model: CueModel, text: str, start: int, end: int) -> list[tuple[int, int]]:
    toks = tokens(text, start, end)
    return [
        (t.start, t.end)
        for i, t in enumerate(toks)
        if proposable(toks, i) and cue_info(t.text) is None and model.probability(toks, i) >= model.threshold
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


# --- PatternSet (audit/patternset.py) against one case-insensitive alternation -------------

FURNITURE_LINES = [
    "Subscribe now for unlimited access to our journalism.",
    "Already a subscriber? Log in.",
    "Support independent journalism: donate today.",
    "Quality journalism has never been more important than it is right now.",
    "Sign up for our daily newsletter with the top stories and breaking alerts.",
    "Thanks for signing up!",
    "Start your free trial, cancel anytime.",
    "Get full digital access to everything we publish for just $1 a week.",
    "To continue reading, please log in.",
    "We have a proposition for you.",
    "Join our mailing list",
    "Skip to main content",
    "Read more: the budget talks, explained",
    "You may also like",
    "Don't miss: the week in pictures",
    "Follow Jane Doe on Twitter @janedoe",
    "The reporter can be reached at jdoe@example.com.",
    "Reach the reporter at (555) 123-4567 or on Signal.",
    "We use cookies to improve your experience.",
    "© 2024 Example News. All rights reserved.",
    "Comments are moderated and will not appear until approved.",
    "If you buy something through our links, we may earn a commission.",
    "The Times is committed to publishing a diversity of letters to the editor.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "Updated: Tue 12 March 2024",
    "Reporting by Jane Doe; Editing by John Roe",
    "March 12, 2024",
    "https://example.com/story",
    "Photo: Jane Doe/Example News",
    "Image credit: Getty",
    "Prime Minister Shinzo Abe speaks in Tokyo (AP Photo/Eugene Hoshiko)",
    "About the Example Company",
    "Related stories:",
    "Read more from Example News",
    "Explore further",
    "Filed under: politics",
    "Share this article",
    # Non-ASCII letters that re.IGNORECASE folds into ASCII ones, and curly apostrophes.
    "\u017fub\u017fcribe now for the latest",
    "WE USE COO\u212aIES",
    "L\u0130\u0130KE TH\u0130S STORY",
    "Here\u2019s a proposition for you",
    # Story text: none of these is furniture.
    "The senator said the newsletter had misquoted her, and she asked for a correction.",
    "Mr. Abe told reporters in Tokyo that the talks would resume in the spring.",
    "“We have never been more ready,” the coach said after the match.",
    "Officials did not say how many people had subscribed to the new service.",
]


def _corpus_lines() -> list[str]:
    from audit.html import article_from_html

    texts = list(SEED_TEXTS)
    for page in sorted((REPO_ROOT / "tests" / "fixtures" / "web").glob("*.html")):
        raw = article_from_html(page.read_text(encoding="utf-8"), page.stem, str(page))
        texts.append(raw.text)
    lines = [line.strip() for t in texts for line in t.splitlines() if line.strip()]
    return lines + FURNITURE_LINES


def test_pattern_sets_answer_as_one_alternation() -> None:
    import re

    from audit.lexicon import lexicon
    from audit.patternset import PatternSet

    bp = lexicon().boilerplate
    lines = _corpus_lines()
    hits = 0
    for key in ("navigation", "pitch", "caption_start", "caption_credit", "story_end"):
        alternation = re.compile("|".join(f"(?:{p})" for p in bp[key]), re.IGNORECASE)
        fast = PatternSet(bp[key])
        for line in lines:
            expected = bool(alternation.search(line))
            assert fast.search(line) == expected, (key, line)
            hits += expected
        for p in bp[key]:  # each pattern alone: its literal prefilter never hides a match
            one, single = PatternSet([p]), re.compile(p, re.IGNORECASE)
            for line in lines:
                assert one.search(line) == bool(single.search(line)), (p, line)
    assert hits >= len(FURNITURE_LINES) - 4  # the table does reach the patterns


@pytest.mark.parametrize(
    ("pattern", "literal", "anchored"),
    [
        (r"\b(start|get) (your|a) free trial\b", " free trial", False),
        (r"^subscribe\b", "subscribe", True),
        (r"\bsubscribers? only\b", "subscriber", False),  # the "s" before "?" may be absent
        (r"ab+cdef", "cdef", False),
        (r"^(reach|contact) (the )?reporters?\b.{0,20}\b(at|on)\b", "reporter", True),  # "{0,20}" is no text
        (r"^[\w .'-]{0,40}\bon social media$", "on social media", True),
        (r"^yes|no thanks", None, False),  # a top-level "|": neither anchored nor one literal
        (r"^about (?-i:[A-Z]\w+)$", None, False),  # inline flags: not read
        (r"main menu", "main menu", False),
        (r"x[abc]yz", None, False),
    ],
)
def test_required_literal(pattern: str, literal: str | None, anchored: bool) -> None:
    from audit.patternset import anchored as is_anchored
    from audit.patternset import required_literal

    assert required_literal(pattern) == literal
    assert is_anchored(pattern) == anchored


def test_ignorecase_folds_are_complete() -> None:
    import re

    from audit.patternset import IGNORECASE_ASCII

    letter = re.compile("[a-z]", re.IGNORECASE)
    found = {
        chr(cp): next(x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, chr(cp), re.IGNORECASE))
        for cp in range(0x80, 0x110000)
        if letter.fullmatch(chr(cp))
    }
    assert found == IGNORECASE_ASCII
