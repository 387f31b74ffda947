"""Guards and normalisation of the word matcher found by reading the missed and wrongly matched
pairs of the tune and train2 splits (benchmarks/data/claim-pairs.jsonl): a question put to
someone is not the claim it asks about. Sentences written for these tests in news style; the word
matcher alone (no embed extra needed)."""

import pytest

from audit.similar import QUESTION, comparable, negated, same_claim, terms


def same(a: str, b: str) -> bool:
    return same_claim(terms(a), terms(b), scope=(negated(a), negated(b)))


# (text, is it a question?)
QUESTIONS = [
    ("whether the governor would veto the new tax bill next week", True),
    ("a question about whether he would consider the city the capital", True),
    ("Will the governor veto the new tax bill next week?", True),
    ("the governor will veto the new tax bill next week", False),
    # a condition is not a question
    ("If the governor vetoes the new tax bill, lawmakers will override him next week.", False),
    # "whether" inside an assertion does not make it a question
    ("The mayor said the council must decide soon whether to close the bridge.", False),
]


@pytest.mark.parametrize(("text", "question"), QUESTIONS)
def test_questions_are_marked(text, question):
    assert (QUESTION in terms(text)) == question, sorted(terms(text))


# a question and the assertion it asks about: not the same claim, however many words they share
QUESTION_AND_ANSWER = [
    ("whether the governor would veto the new tax bill next week", "the governor will veto the new tax bill next week"),
    ("Will the governor veto the new tax bill next week?", "The governor will veto the new tax bill next week."),
]
# two questions, or two assertions with a condition in them: the same claim
SAME = [
    (
        "whether the governor would veto the new tax bill next week",
        "whether the governor plans to veto the new tax bill next week",
    ),
    (
        "If the governor vetoes the new tax bill, lawmakers will override him next week.",
        "Lawmakers will override the governor next week if he vetoes the new tax bill.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUESTION_AND_ANSWER)
def test_a_question_is_not_the_claim_it_asks_about(a, b):
    assert not same(a, b)
    assert not comparable(terms(a), terms(b))


@pytest.mark.parametrize(("a", "b"), SAME)
def test_questions_alike_and_conditions_still_match(a, b):
    assert same(a, b), (sorted(terms(a)), sorted(terms(b)))
