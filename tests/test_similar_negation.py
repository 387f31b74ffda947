"""What a negation bears on (similar.negated), and the denial guard that uses it: a short claim
and a long quote that says "not" about something else are still the same claim; a claim and its
denial are not. Sentences from news copy; the word matcher alone (no embed extra needed)."""

import pytest

from audit.similar import NOT, analyse, comparable, negated, same_claim, terms

# (text, terms the negation bears on: the next three terms of its clause)
NEGATED = [
    ("It's not just Bernie Sanders saying, 'Oh, yes, just vote for Hillary Clinton.'", {"^berni", "^sander"}),
    ("Japan will not permit U.S. military bases there.", {"~allow", "=us", "~military"}),
    ("Crooked Hillary Clinton was careless with highly classified information. Not fit!", {"fit"}),
    ("The FBI did not recommend charges, officials said.", {"recommend", "~charg"}),
    ("The senator voted for the bill.", set()),
    # the clause ends at the comma: "No," negates nothing of "he was the founder"
    ("No, I meant he's the founder of ISIS.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_terms(text, expected):
    assert negated(text) == frozenset(expected), sorted(negated(text))
    found, bears_on = analyse(text)  # both at once, as audit corroborate's first pass asks
    assert found == terms(text)
    assert bears_on == (negated(text) if NOT in found else frozenset())


def scope(a: str, b: str):
    return negated(a), negated(b)


# the same claim: the longer one says "not" (or "don't") about something the shorter does not say
SAME_DESPITE_NEGATION = [
    (
        '"If she gets to pick her judges, nothing you can do folks,"',
        "By the way, if she gets to pick her judges, nothing you can do, folks. Although the Second Amendment "
        "people, maybe there is. I don't know. But I'll tell you what. That will be a horrible day.",
    ),
    (
        "If she does the right thing, I am absolutely confident that the vast majority of my voters will vote for her.",
        "It's not just Bernie Sanders saying, 'Oh, yes, just vote for Hillary Clinton.' And if she does the right "
        "thing, I am absolutely confident that the vast majority of my supporters will vote for her.",
    ),
]

# not the same claim: the negation bears on what the other claim says
DENIALS = [
    (
        "Japan will permit U.S. military bases on the islands.",
        "Japan will not permit U.S. military bases on the islands.",
    ),
    (
        "The FBI director recommended charges against Clinton over classified information.",
        "The FBI director did not recommend charges against Clinton over classified information.",
    ),
    (
        "The company will move production of its cookies to Mexico next year.",
        "The company will never move production of its cookies to Mexico, its chief said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAME_DESPITE_NEGATION)
def test_negation_about_something_else_does_not_block(a, b):
    ta, tb = terms(a), terms(b)
    assert (NOT in ta) != (NOT in tb)
    assert not comparable(ta, tb)  # without the texts every negation counts, as before
    assert same_claim(ta, tb, scope=scope(a, b)), (sorted(ta & tb), scope(a, b))


@pytest.mark.parametrize(("a", "b"), DENIALS)
def test_denial_is_not_the_same_claim(a, b):
    ta, tb = terms(a), terms(b)
    assert not same_claim(ta, tb, scope=scope(a, b)), scope(a, b)
    assert not comparable(ta, tb, scope(a, b))


SCHEMA = """
create table claims (claim_id text primary key, article_id text, content text, kind text,
                     resolved_source text, outlet text, wire text);
create table hops (claim_id text, position integer, kind text, text text);
create table articles (article_id text primary key, published text);
create table corroboration (claim_id text primary key, cluster_id text, articles integer, roots integer,
                            root_names text, credibility integer, explanation text);
"""

# (claim id, article, text, source): the first two are one claim (the "not" of the second is about
# something else); the last two are a claim and its denial
CLAIMS = [
    ("a1", "rally", SAME_DESPITE_NEGATION[0][0], "Donald Trump"),
    ("b1", "report", SAME_DESPITE_NEGATION[0][1], "Donald Trump"),
    ("c1", "wire", DENIALS[0][0], "a government official"),
    ("d1", "paper", DENIALS[0][1], "the prime minister"),
]


def test_corroborate_uses_the_negation_scope(tmp_path, monkeypatch):
    """Through ``audit corroborate`` (the word matcher): pass 1 keeps what each claim's negation
    bears on, pass 2 compares with it."""
    import sqlite_utils

    from audit import corroborate as stage

    monkeypatch.setenv("AUDIT_MATCHER", "words")
    db = sqlite_utils.Database(tmp_path / "n.db")
    db.executescript(SCHEMA)
    for claim_id, article, text, source in CLAIMS:
        db.execute(
            "insert into claims values (?, ?, ?, 'on_record', ?, 'Outlet', null)", [claim_id, article, text, source]
        )
        db.execute("insert into hops values (?, 0, 'named_person', ?)", [claim_id, source])
        db.execute("insert into articles values (?, '2016-08-09')", [article])
    db.conn.commit()
    stage.corroborate(db, workdir=str(tmp_path))
    cluster = {r["claim_id"]: r["cluster_id"] for r in db.query("select * from corroboration")}
    assert cluster.get("a1") is not None and cluster.get("a1") == cluster.get("b1"), cluster
    assert cluster.get("c1") is None or cluster.get("c1") != cluster.get("d1"), cluster
