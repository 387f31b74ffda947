"""The same claim across articles: independent confirmation or circular reporting."""

import json

import sqlite_utils

from audit.api import audit_paths, corroborate_db

TASS = (
    "MOSCOW, November 16. /TASS/. Tokyo’s alliance obligations are important for peace treaty talks "
    "between Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters.\n"
)
RELAYED = (
    "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, "
    "Kremlin spokesman Dmitry Peskov said, according to TASS.\n"
)
INDEPENDENT = (
    "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, "
    "a senior Japanese Foreign Ministry official said.\n"
)
UNRELATED = "The Northern Territories were seized by Soviet forces at the end of World War II.\n"


def run(tmp_path, articles: dict[str, str]) -> sqlite_utils.Database:
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in articles.items()), "utf-8")
    db_path = tmp_path / "c.db"
    audit_paths([str(batch)], db_path)
    corroborate_db(db_path)
    return sqlite_utils.Database(db_path)


def credibility_of(db: sqlite_utils.Database, article_id: str, words: str) -> dict | None:
    rows = list(
        db.query(
            "select c.content, k.* from claims c left join corroboration k on k.claim_id = c.claim_id "
            "where c.article_id = ? and c.content like ?",
            [article_id, f"%{words}%"],
        )
    )
    assert rows, f"no claim with {words!r} in {article_id}"
    return rows[0]


def test_two_articles_resting_on_one_spokesman_are_one_root(tmp_path):
    db = run(tmp_path, {"tass": TASS, "relay": RELAYED, "other": UNRELATED})
    row = credibility_of(db, "relay", "alliance obligations")
    assert row["credibility"] == 3, row  # repetition, not confirmation
    assert row["articles"] == 2 and row["roots"] == 1
    assert "one root" in row["explanation"]


def test_an_independent_source_confirms(tmp_path):
    db = run(tmp_path, {"tass": TASS, "relay": RELAYED, "ministry": INDEPENDENT})
    row = credibility_of(db, "ministry", "alliance obligations")
    assert row["credibility"] == 1, row
    assert row["articles"] == 3 and row["roots"] == 2
    names = json.loads(row["root_names"])
    assert any("Peskov" in n for n in names) and any("official" in n for n in names)


def test_a_claim_in_one_article_has_no_corroboration_row(tmp_path):
    db = run(tmp_path, {"tass": TASS, "other": UNRELATED})
    row = credibility_of(db, "other", "Northern Territories")
    assert row["credibility"] is None  # shown as 6, "cannot be judged", by the site


def test_rerun_keeps_corroboration_consistent(tmp_path):
    articles = {"tass": TASS, "relay": RELAYED, "ministry": INDEPENDENT}
    db = run(tmp_path, articles)
    first = sorted((r["claim_id"], r["credibility"]) for r in db["corroboration"].rows)
    db.close()
    db = run(tmp_path, articles)
    assert sorted((r["claim_id"], r["credibility"]) for r in db["corroboration"].rows) == first


def test_repeated_claims_query_on_the_site(tmp_path):
    """The canned query lists each repeated claim with its credibility (seeds repeat none, so this
    builds its own corpus)."""
    from test_site import make_datasette, rows

    db = run(tmp_path, {"tass": TASS, "relay": RELAYED, "ministry": INDEPENDENT, "other": UNRELATED})
    db.close()
    found = rows(make_datasette(tmp_path / "c.db"), "/c/repeated_claims.json")
    assert {r["article_id"] for r in found} == {"tass", "relay", "ministry"}
    assert {r["credibility"] for r in found} == {1}
    assert all("alliance obligations" in r["content"] for r in found)


def test_own_voice_with_no_known_outlet_is_no_basis(tmp_path):
    db = run(tmp_path, {"one": UNRELATED, "two": UNRELATED.replace("World War II", "the Second World War")})
    row = credibility_of(db, "two", "Northern Territories")
    assert row["credibility"] == 6 and row["roots"] == 0, row


def test_corroborate_command(tmp_path):
    from typer.testing import CliRunner

    from audit.cli import app

    run(tmp_path, {"tass": TASS, "relay": RELAYED})
    result = CliRunner().invoke(app, ["corroborate", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0
    assert "2 claims found in more than one article" in result.output


def test_claim_page_shows_the_same_claim_in_other_articles(tmp_path):
    import asyncio

    from test_site import make_datasette

    db = run(tmp_path, {"tass": TASS, "relay": RELAYED, "ministry": INDEPENDENT})
    claim_id = next(db.query("select claim_id from claims where article_id = 'ministry'"))["claim_id"]
    db.close()
    ds = make_datasette(tmp_path / "c.db")
    page = asyncio.run(ds.client.get(f"/-/claim/{claim_id}"))
    assert page.status_code == 200
    assert "Across articles" in page.text and "Credibility <strong>1</strong>" in page.text
    assert "/-/claim/" in page.text.split("Across articles")[1]


# --------------------------------------------------------------------------------------
# paraphrase, not only copy
# --------------------------------------------------------------------------------------
PARAPHRASE_SAME = [
    (
        "Japan would not allow U.S. military bases on the islands even if Russia returns them.",
        "Tokyo promised not to permit American military installations on the islands once Moscow hands them over.",
    ),
    (
        "The airline will cut 300 jobs at its Denver maintenance base next year.",
        "Next year the airline is cutting 300 jobs at the maintenance base in Denver.",
    ),
    (
        "The United States imposed new sanctions on Iranian oil exports on Monday.",
        "Washington imposed fresh sanctions on Iran's oil exports Monday.",
    ),
]
PARAPHRASE_DIFFERENT = [
    (  # same topic, different claim
        "Japan would not allow U.S. military bases on the islands even if Russia returns them.",
        "Russia is concerned that the United States could deploy troops to the islands after their return.",
    ),
    (
        "The airline will cut 300 jobs at its Denver maintenance base next year.",
        "The airline reported record profits at its Denver hub last quarter.",
    ),
    (  # same names, nothing said in common
        "President Vladimir Putin praised the new pipeline to Germany.",
        "President Vladimir Putin will visit Germany in March.",
    ),
    (  # opposites: everything else shared
        "The senator said the bill would raise taxes on middle-class families.",
        "The senator said the bill would cut taxes for middle-class families.",
    ),
    (
        "Unemployment fell to 5 percent in March, the lowest in a decade.",
        "Unemployment rose to 5 percent in March, the highest in a decade.",
    ),
    (
        "The council voted to approve the new stadium plan on Tuesday.",
        "The council voted to reject the new stadium plan on Tuesday.",
    ),
]


def test_paraphrase_table():
    from audit.similar import same_claim, terms

    for a, b in PARAPHRASE_SAME:
        assert same_claim(terms(a), terms(b)), (a, b, sorted(terms(a)), sorted(terms(b)))
    for a, b in PARAPHRASE_DIFFERENT:
        assert not same_claim(terms(a), terms(b)), (a, b, sorted(terms(a) & terms(b)))


def test_paraphrased_claim_in_two_articles_with_different_roots_is_confirmed(tmp_path):
    db = run(
        tmp_path,
        {
            "kyodo": "TOKYO (Kyodo) -- Japan would not allow U.S. military bases on the islands even if Russia "
            "returns them, officials from the prime minister's office said.\n",
            "daily": "Tokyo promised not to permit American military installations on the islands once Moscow "
            "hands them over, according to a government memo seen by the Daily Ledger.\n",
            "other": UNRELATED,
        },
    )
    row = credibility_of(db, "daily", "installations")
    assert row["credibility"] == 1 and row["articles"] == 2 and row["roots"] == 2, row


def test_seeds_shared_claim_is_one_cluster_with_independent_roots(tmp_path):
    """Abe's promise that no US bases go on returned islands: 000, 001 and 002 tell it in
    different words and rest on different roots."""
    from pathlib import Path

    from audit.api import audit_paths

    db_path = tmp_path / "seeds.db"
    audit_paths([str(Path(__file__).parents[1] / "seeds")], db_path)
    corroborate_db(db_path)
    db = sqlite_utils.Database(db_path)
    rows = list(
        db.query(
            "select k.cluster_id, k.credibility, k.roots, k.root_names, c.article_id from corroboration k "
            "join claims c on c.claim_id = k.claim_id where c.content like '%military bases%'"
        )
    )
    clusters = {r["cluster_id"] for r in rows}
    assert len(clusters) == 1, rows
    articles = {r["article_id"][:3] for r in rows}
    assert len(articles & {"000", "001", "002"}) >= 2, rows
    assert rows[0]["credibility"] == 1 and rows[0]["roots"] >= 2, rows
    assert "media reports" in json.loads(rows[0]["root_names"])
    # the cluster is about the promise, not the whole territorial dispute
    members = list(db.query("select count(*) n from corroboration where cluster_id = ?", [rows[0]["cluster_id"]]))
    assert members[0]["n"] <= 5


def test_credibility_6_for_single_articles_is_documented_as_no_row():
    from pathlib import Path

    doc = (Path(__file__).parents[1] / "docs" / "grading.md").read_text(encoding="utf-8")
    section = doc.split("## 6. Across articles")[1]
    assert "only one article has **no row**" in section


# --------------------------------------------------------------------------------------
# credibility 5: contradicted by an independent root
# --------------------------------------------------------------------------------------
CONTRADICTIONS = {
    "gazette": "SPRINGFIELD -- The storm killed 12 people in the county on Sunday, Governor Ann Lee said.\n",
    "ledger": "The storm killed 20 people in the county on Sunday, the Red Cross said in a statement.\n",
    "post": "The minister will attend the climate summit in Paris next week, his spokesman Tom Hale said.\n",
    "herald": "The minister will not attend the climate summit in Paris next week, a ministry official said.\n",
    "courier": "The council voted to approve the new stadium plan on Tuesday, Mayor Jo Park said.\n",
    "times": "The council voted to reject the new stadium plan on Tuesday, council member Ray Diaz said.\n",
    "other": UNRELATED,
}


def run_dated(tmp_path, articles: dict[str, str], published: str | dict[str, str]) -> sqlite_utils.Database:
    batch = tmp_path / "dated.jsonl"
    days = published if isinstance(published, dict) else dict.fromkeys(articles, published)
    lines = [json.dumps({"id": k, "text": v, "published": days[k]}) + "\n" for k, v in articles.items()]
    batch.write_text("".join(lines), "utf-8")
    db_path = tmp_path / "c.db"
    audit_paths([str(batch)], db_path)
    corroborate_db(db_path)
    return sqlite_utils.Database(db_path)


def test_independent_roots_disagreeing_make_credibility_5(tmp_path):
    db = run_dated(tmp_path, CONTRADICTIONS, "2026-11-30")
    cases = [
        ("gazette", "killed 12", "a number", "Red Cross"),
        ("ledger", "killed 20", "a number", "Ann Lee"),
        ("post", "will attend", "a negation", "official"),
        ("herald", "will not attend", "a negation", "Tom Hale"),
        ("courier", "approve", "opposite words", "Ray Diaz"),
        ("times", "reject", "opposite words", "Jo Park"),
    ]
    for article, words, why, other in cases:
        row = credibility_of(db, article, words)
        assert row["credibility"] == 5, row
        assert f"disagree on {why}" in row["explanation"] and other in row["explanation"], row
    assert credibility_of(db, "other", "Soviet forces")["credibility"] is None


def test_a_source_that_says_both_is_not_contradicted_by_another(tmp_path):
    db = run_dated(
        tmp_path,
        {
            "am": "The storm killed 12 people in the county on Sunday, Governor Ann Lee said.\n",
            "pm": "The storm killed 20 people in the county on Sunday, Governor Ann Lee said.\n",
        },
        "2026-11-30",
    )
    assert credibility_of(db, "am", "killed 12")["credibility"] is None
    assert credibility_of(db, "pm", "killed 20")["credibility"] is None


def test_different_figures_are_not_one_claim_confirmed():
    """Before credibility 5, "killed 12" and "killed 20" from two roots were one claim, confirmed."""
    from audit.similar import contradicts, same_claim, terms

    a, b = (
        terms("The storm killed 12 people in the county on Sunday."),
        terms("The storm killed 20 people in the county."),
    )
    assert not same_claim(a, b) and contradicts(a, b) == "a number"
    c = terms("The storm killed 12 people in the county on Sunday, officials said.")
    assert contradicts(a, c) is None  # the same figure: no disagreement


def test_a_figure_updated_another_day_or_undated_is_not_a_contradiction(tmp_path):
    two = {k: CONTRADICTIONS[k] for k in ("gazette", "ledger")}
    db = run_dated(tmp_path, two, {"gazette": "2026-11-30", "ledger": "2026-12-03"})
    assert credibility_of(db, "ledger", "killed 20")["credibility"] is None
    db.close()
    undated = tmp_path / "undated"
    undated.mkdir()
    db = run(undated, two)
    assert credibility_of(db, "gazette", "killed 12")["credibility"] is None
