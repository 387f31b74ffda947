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


def test_derived_nouns_meet_their_words():
    assert stem("eligibility") == stem("eligible")
    assert stem("membership") == stem("member")
    assert stem("acceptance") == stem("accepted")
    assert stem("difference") == stem("differed")
    assert stem("evidence") == "evidenc"  # too short a stem left: untouched


def test_general_synonyms_meet():
    shared = terms("she wants to establish a safe zone for civilians") & terms("to create safe zones for civilians")
    assert len(shared) >= 4
    assert terms("the allegation against him") & terms("he was accused") == {"~alleg"}
    assert terms("a law that shields gun sellers") & terms("protecting gun sellers") >= {"~protect", "gun", "seller"}


def test_numbers_in_words_are_figures_to_numbers_differ():
    from audit.similar import numbers_differ

    assert numbers_differ(terms("Eighty-four percent of Latino voters in Florida"), terms("91 percent of voters"))
    assert not numbers_differ(terms("the two islands returned to Japan"), terms("the 2 islands returned to Japan"))
    assert numbers_differ(terms("Japan wants two islands"), terms("Japan wants four islands"))
    # the words stay words: the similarity and the LSH keys see "two", not "2"
    assert "two" in terms("the two islands returned to Japan")


def test_demonyms_are_their_country():
    assert "=canada" in terms("his Canadian birth") & terms("his birth in Canada")
    assert "=latino" in terms("Hispanic voters in Florida") & terms("Latino voters in Florida")
