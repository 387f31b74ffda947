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
