"""The light stemmer of audit/similar.py meets an adverb with its adjective."""

from audit.similar import stem, terms


def test_adverb_meets_its_adjective():
    assert stem("extremely") == stem("extreme")
    assert stem("unfavorably") == stem("unfavorable")
    assert stem("allegedly") == stem("alleged")
    assert stem("politically") == stem("political")


def test_short_words_ending_in_ly_are_left_alone():
    assert stem("only") == "only"
    assert stem("family") == "family"
    assert stem("rally") == "rally"


def test_extreme_careless_is_extremely_careless():
    a = terms("she had been extremely careless with classified material")
    b = terms("being extreme careless in the handling of classified information")
    assert {stem("extreme"), "classify"} <= a & b
