"""The published site, through Datasette's own test client: pages, canned queries, metadata, escaping."""

from __future__ import annotations

import asyncio
import html
import importlib.util
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette
from markupsafe import escape

from audit.api import audit_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
METADATA = ROOT / "datasette_metadata.json"
SITE = ROOT / "audit" / "site"
FTS_TABLE = re.compile(r"_fts($|_)")

EVIL_TEXT = """Minister <script>alert(1)</script> denies report <img src=x onerror=alert(1)>

The minister will resign next week <script>alert(1)</script>, according to people familiar with the matter \
<img src=x onerror=alert(1)>.

"We will never <img src=x onerror=alert(1)> agree to this," said Foreign Minister Jane \
<script>alert(1)</script> Doe.

The talks collapsed in March, officials said.
"""


def make_datasette(db_path: Path) -> Datasette:
    return Datasette(
        immutables=[str(db_path)],
        metadata=json.loads(METADATA.read_text(encoding="utf-8")),
        template_dir=str(SITE / "templates"),
        plugins_dir=str(SITE / "plugins"),
        static_mounts=[("static", str(SITE / "static"))],
    )


def fetch(ds: Datasette, *paths: str):
    """GET each path; one response per path."""

    async def run():
        await ds.invoke_startup()
        return [await ds.client.get(path) for path in paths]

    return asyncio.run(run())


def get(ds: Datasette, path: str):
    return fetch(ds, path)[0]


def rows(ds: Datasette, path: str) -> list[dict]:
    sep = "&" if "?" in path else "?"
    response = get(ds, f"{path}{sep}_shape=array")
    assert response.status_code == 200, response.text[:500]
    return response.json()


def query_db(db_path: Path, sql: str, params=()) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="session")
def site_db(tmp_path_factory) -> Path:
    db_path = tmp_path_factory.mktemp("site") / "seeds.db"
    summary = audit_paths([str(SEEDS)], db_path)
    assert summary.articles == 5 and summary.errors == 0
    return db_path


@pytest.fixture(scope="session")
def ds(site_db) -> Datasette:
    return make_datasette(site_db)


@pytest.fixture(scope="session")
def metadata() -> dict:
    return json.loads(METADATA.read_text(encoding="utf-8"))


def table_and_view_names(db_path: Path) -> list[str]:
    """Every table and view but SQLite's own and the full-text-search index tables."""
    found = query_db(
        db_path, "select name from sqlite_master where type in ('table', 'view') and name not like 'sqlite_%'"
    )
    return [r["name"] for r in found if not FTS_TABLE.search(r["name"])]


def claim_id_starting(db_path: Path, prefix: str) -> str:
    found = query_db(db_path, "select claim_id from claims where content like ? order by position", [prefix + "%"])
    assert found, f"no claim starting {prefix!r}"
    return found[0]["claim_id"]


def article_id_titled(db_path: Path, prefix: str) -> str:
    found = query_db(db_path, "select article_id from articles where title like ?", [prefix + "%"])
    assert found, f"no article titled {prefix!r}"
    return found[0]["article_id"]


ABE_CLAIM = "Prime Minister Shinzo Abe will try to arrange"
ABE_TITLE = "Abe intends to visit Russia again in spring"
TASS_TITLE = "Japan’s alliance obligations important for peace treaty talks"
REPORT_TITLE = "Putin uses U.S. bases as a test of Japan’s loyalty"


# --------------------------------------------------------------------------------------------------
# Every page answers


def test_index_and_database_pages(ds, site_db):
    index, database = fetch(ds, "/", "/seeds")
    assert index.status_code == 200 and database.status_code == 200
    assert "Provenance audit" in index.text
    # the teaching pages are listed, linking to the article pages and the chart
    assert "/-/kind-mix" in index.text
    assert "/-/article/" + article_id_titled(site_db, ABE_TITLE) in index.text
    for title in ("Weakest claims", "Claims resting only on anonymous sources", "Claims mentioning a name"):
        assert title in database.text


def test_every_table_and_view_page(ds, site_db):
    names = table_and_view_names(site_db)
    assert {"articles", "claims", "hops", "kind_mix", "outlet_summary"} <= set(names)
    responses = fetch(ds, *[f"/seeds/{name}" for name in names], *[f"/seeds/{name}.json" for name in names])
    for path, response in zip([*names, *names], responses, strict=True):
        assert response.status_code == 200, (path, response.text[:300])


def test_claim_row_page_links_to_the_claim_page(ds, site_db):
    claim_id = claim_id_starting(site_db, ABE_CLAIM)
    response = get(ds, f"/seeds/claims/{claim_id}")
    assert response.status_code == 200
    assert f'href="/-/claim/{claim_id}"' in response.text
    assert "See this claim&#39;s chain" in response.text
    # in the table, foreign keys show names and link: the kind's label, the source's name
    table = get(ds, f"/seeds/claims?claim_id={claim_id}").text
    assert '<a href="/seeds/kinds/anonymous_vague">Anonymous, vague</a>' in table
    assert re.search(r'<a href="/seeds/sources/[^"]+">people familiar with the matter</a>', table)


def test_article_page(ds, site_db):
    article_id = article_id_titled(site_db, ABE_TITLE)
    claim_id = claim_id_starting(site_db, ABE_CLAIM)
    response = get(ds, f"/-/article/{article_id}")
    assert response.status_code == 200
    page = response.text
    # every claim is highlighted and clickable, with its kind
    claims = query_db(site_db, "select claim_id, kind from claims where article_id = ?", [article_id])
    for claim in claims:
        assert f'data-claim="{claim["claim_id"]}"' in page
        assert f'id="detail-{claim["claim_id"]}"' in page
    # the legend names the kinds, in the kinds table's colours
    for kind in query_db(
        site_db,
        "select distinct k.label, k.color, k.kind from kinds k join claims c on c.kind = k.kind where c.article_id = ?",
        [article_id],
    ):
        assert str(escape(kind["label"])) in page
        assert f".k-{kind['kind']}{{--k:{kind['color']}" in page
    # source and cue are marked inside the highlighted text
    assert re.search(
        r'class="hl k-anonymous_vague src"[^>]*data-claim="' + claim_id + r'"[^>]*>'
        r"people familiar with the matter<",
        page,
    )
    assert re.search(
        r'class="hl k-anonymous_vague cue"[^>]*data-claim="' + claim_id + r'"[^>]*>'
        r"according to<",
        page,
    )
    # boilerplate is greyed out
    assert 'class="seg seg-navigation boiler"' in page
    # the chain of that claim: origin, its kind and letter, the words that named it; score, grade, flags
    detail = page[page.index(f'id="detail-{claim_id}"') :]
    detail = detail[: detail.index("</section>")]
    assert "Origin" in detail and "You, the reader" in detail
    assert '<q class="hop-words">people familiar with the matter</q>' in detail
    assert 'class="letter letter-f"' in detail
    assert "ANON_NO_REASON" in detail and "VAGUE_SOURCE" in detail
    assert "/100" in detail and 'class="grade grade-f"' in detail
    assert "/static/audit.js" in page


def test_article_page_404(ds):
    assert get(ds, "/-/article/no-such-article").status_code == 404
    assert get(ds, "/-/claim/no-such-claim").status_code == 404
    assert get(ds, "/-/kind-mix?db=nope").status_code == 404


def test_claim_page(ds, site_db):
    # a claim resting on the Kremlin spokesman, who has other claims in the same article
    peskov = query_db(site_db, "select source_id from sources where name = 'Dmitry Peskov'")
    assert peskov
    source_id = peskov[0]["source_id"]
    claims = query_db(site_db, "select claim_id from claims where source_id = ? order by position", [source_id])
    assert len(claims) >= 2
    response = get(ds, f"/-/claim/{claims[0]['claim_id']}")
    assert response.status_code == 200
    page = response.text
    assert "Other claims resting on this source" in page
    for other in claims[1:]:
        assert f'href="/-/claim/{other["claim_id"]}"' in page
    assert 'class="chain chain-horizontal"' in page
    assert "TASS" in page  # the state-media wire in the chain
    assert "In context" in page and "<mark" in page


def test_chart_page(ds, site_db):
    response = get(ds, "/-/kind-mix")
    assert response.status_code == 200
    page = response.text
    assert page.count("<svg") >= 2
    for outlet in ("TASS", "Mainichi", "Kyodo"):
        assert outlet in page
    colors = {
        r["color"] for r in query_db(site_db, "select distinct k.color from kinds k join claims c on c.kind = k.kind")
    }
    for color in colors:
        assert f'fill="{color}"' in page
    assert "cdn" not in page.lower()  # works offline
    assert "/-/article/" + article_id_titled(site_db, TASS_TITLE) in page


def test_static_files_and_json(ds):
    css, js = fetch(ds, "/static/audit.css", "/static/audit.js")
    assert css.status_code == 200 and js.status_code == 200
    assert "innerHTML" not in js.text and "insertAdjacentHTML" not in js.text
    vague = rows(ds, "/seeds/claims.json?kind=anonymous_vague")
    assert vague and all(r["kind"] == "anonymous_vague" for r in vague)


def test_table_metadata_in_effect(ds):
    data = get(ds, "/seeds/claims.json").json()
    assert {"kind", "grade", "flags", "outlet", "wire"} <= set(data["facet_results"])
    assert data["human_description_en"] == "sorted by score"
    scores = [row[data["columns"].index("score")] for row in data["rows"]]
    assert scores == sorted(scores)
    assert rows(ds, "/seeds/claims.json?_search=secret+report")
    assert rows(ds, "/seeds/articles.json?_search=Peskov")


# --------------------------------------------------------------------------------------------------
# Canned queries


QUERIES = [
    "weakest_claims",
    "anonymous_only",
    "headline_grades",
    "anonymous_share",
    "top_sources",
    "relayed_claims",
    "claims_mentioning",
    "repeated_claims",
]


def test_every_canned_query_answers(ds, metadata):
    queries = metadata["databases"]["audit"]["queries"]
    assert sorted(queries) == sorted(QUERIES)
    for name, query in queries.items():
        assert query.get("title") and query.get("description"), name
    paths = [f"/seeds/{name}" for name in QUERIES] + [f"/seeds/{name}.json" for name in QUERIES]
    responses = fetch(ds, *paths)
    for response in responses:
        assert response.status_code == 200, response.text[:300]


def test_weakest_claims(ds, site_db):
    found = rows(ds, "/seeds/weakest_claims.json")
    lowest = query_db(site_db, "select min(score) as s from claims")[0]["s"]
    assert found[0]["score"] == lowest and found[0]["grade"] == "F"
    scores = [r["score"] for r in found]
    assert scores == sorted(scores)
    # the secret report behind the weekly's scoop is among the weakest
    assert any("secret report" in (r["source"] or "") and r["kind"] == "nonpublic_document" for r in found[:10])
    tass = rows(ds, "/seeds/weakest_claims.json?outlet=TASS")
    assert tass and {r["outlet"] for r in tass} == {"TASS"}


def test_anonymous_only(ds):
    found = rows(ds, "/seeds/anonymous_only.json")
    assert found and all(r["kind"] in ("anonymous_described", "anonymous_vague") for r in found)
    abe = [r for r in found if r["content"].startswith(ABE_CLAIM)]
    assert abe and abe[0]["source"] == "people familiar with the matter"
    assert all("Peskov" not in (r["source"] or "") for r in found)


def test_headline_grades(ds):
    found = {r["headline"]: r for r in rows(ds, "/seeds/headline_grades.json")}
    tass = next(r for h, r in found.items() if h.startswith(TASS_TITLE))
    assert tass["source"] == "Kremlin" and tass["kind"] == "institution" and "STATE_MEDIA" in tass["flags"]
    report = next(r for h, r in found.items() if h.startswith(REPORT_TITLE))
    assert report["grade"] == "F" and report["kind"] == "nonpublic_document"


def test_anonymous_share(ds):
    found = rows(ds, "/seeds/anonymous_share.json")
    shares = [r["anonymous_pct"] for r in found]
    assert shares == sorted(shares, reverse=True)
    titles = [r["title"] or "" for r in found]
    abe = next(i for i, t in enumerate(titles) if t.startswith(ABE_TITLE))
    tass = next(i for i, t in enumerate(titles) if t.startswith(TASS_TITLE))
    assert abe < tass  # the Mainichi story leans on unnamed people; the TASS one quotes the Kremlin
    assert found[abe]["anonymous"] >= 2


def test_top_sources(ds):
    found = rows(ds, "/seeds/top_sources.json")
    putin = next(r for r in found if r["source"] == "Vladimir Putin")
    assert putin["record"] == "on the record" and putin["articles"] >= 2
    assert found[0]["claims"] == max(r["claims"] for r in found)
    off = rows(ds, "/seeds/top_sources.json?record=off")
    assert off and {r["record"] for r in off} == {"off the record"}
    assert any("secret report" in r["source"] for r in off)
    on = rows(ds, "/seeds/top_sources.json?record=on")
    assert on and {r["record"] for r in on} == {"on the record"}
    assert any(r["source"] == "Dmitry Peskov" for r in on)


def test_relayed_claims(ds):
    found = rows(ds, "/seeds/relayed_claims.json")
    kremlin = [r for r in found if r["source"] == "Kremlin" and r["outlet"] == "TASS"]
    assert kremlin and kremlin[0]["state_media"] == 1 and "TASS" in kremlin[0]["relayed_by"]
    # the weekly the secret report came through
    assert any("Shukan Bunshun" in (r["relayed_by"] or "") for r in found)
    # Kyodo's own copy quoting Putin is not relayed from anyone
    assert not any(r["outlet"] == "Kyodo" and not r["state_media"] and r["kind"] == "on_record" for r in found)


def test_claims_mentioning(ds):
    found = rows(ds, "/seeds/claims_mentioning.json?name=Peskov")
    assert found and {r["outlet"] for r in found} == {"TASS"}
    assert any(r["source"] == "Dmitry Peskov" for r in found)
    harada = rows(ds, "/seeds/claims_mentioning.json?name=harada")  # case does not matter; found in the chain
    assert any("Harada" in r["sentence"] for r in harada)
    assert rows(ds, "/seeds/claims_mentioning.json?name=") == []
    assert rows(ds, "/seeds/claims_mentioning.json?name=%25") == []  # no wildcards


# --------------------------------------------------------------------------------------------------
# Metadata


def test_metadata_copies_are_identical():
    assert (SITE / "metadata.json").read_bytes() == METADATA.read_bytes()


def test_metadata_describes_every_table_view_and_column(site_db, metadata):
    assert metadata.get("title") and metadata.get("description")
    db_meta = metadata["databases"]["audit"]
    assert db_meta.get("description")
    described = db_meta["tables"]
    names = table_and_view_names(site_db)
    schema = json.loads((ROOT / "audit" / "data" / "schema.json").read_text(encoding="utf-8"))
    assert set(schema["tables"]) | set(schema["views"]) <= set(names)
    missing = []
    for name in names:
        table = described.get(name)
        if not table or not table.get("description"):
            missing.append(name)
            continue
        columns = [r["name"] for r in query_db(site_db, f'pragma table_info("{name}")')]
        missing += [f"{name}.{c}" for c in columns if not (table.get("columns") or {}).get(c)]
        extra = set(table.get("columns") or {}) - set(columns)
        assert not extra, f"{name} describes columns it does not have: {extra}"
        for key in ("label_column", "sort", "sort_desc"):
            if key in table:
                assert table[key] in columns, (name, key)
    assert not missing, f"not described in datasette_metadata.json: {missing}"
    assert set(described) <= set(names), set(described) - set(names)


def test_metadata_applies_under_any_database_name(site_db, tmp_path):
    # served as audit.db the metadata file's own block applies; any other name gets it from the plugin
    for name in ("audit", "news_2024"):
        db_path = tmp_path / f"{name}.db"
        shutil.copy(site_db, db_path)
        ds = make_datasette(db_path)
        query, table = fetch(ds, f"/{name}/anonymous_only.json?_shape=array", f"/{name}/claims.json")
        assert query.status_code == 200 and query.json()
        assert "flags" in table.json()["facet_results"]


# --------------------------------------------------------------------------------------------------
# Escaping


@pytest.fixture(scope="session")
def evil_db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("evil")
    (folder / "in").mkdir()
    (folder / "in" / "evil.txt").write_text(EVIL_TEXT, encoding="utf-8")
    db_path = folder / "evil.db"
    audit_paths([str(folder / "in")], db_path)
    return db_path


def test_article_text_and_fields_are_escaped(evil_db):
    ds = make_datasette(evil_db)
    claims = [r["claim_id"] for r in query_db(evil_db, "select claim_id from claims")]
    assert claims
    reached = query_db(
        evil_db, "select count(*) as n from claims where content like '%<img%' or source like '%<script%'"
    )[0]["n"]
    assert reached, "the payload should reach the extracted fields too"
    paths = [
        "/-/article/evil.txt",
        *[f"/-/claim/{c}" for c in claims],
        "/-/kind-mix",
        "/",
        "/evil",
        "/evil/articles",
        "/evil/claims",
        "/evil/hops",
        "/evil/articles/evil~2Etxt",
        "/evil/anonymous_only",
        "/evil/headline_grades",
        "/evil/claims_mentioning?name=minister",
    ]
    for path, response in zip(paths, fetch(ds, *paths), strict=True):
        assert response.status_code == 200, path
        page = response.text
        assert "<script>alert(1)</script>" not in page, path
        assert "<img src=x onerror=alert(1)>" not in page, path
        assert "<script>alert" not in page and "<img src=x" not in page, path
    article = fetch(ds, "/-/article/evil.txt")[0].text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "&lt;img src=x onerror=alert(1)&gt;" in article


def test_pages_with_two_databases(site_db, evil_db):
    ds = Datasette(
        immutables=[str(site_db), str(evil_db)],
        metadata=json.loads(METADATA.read_text(encoding="utf-8")),
        template_dir=str(SITE / "templates"),
        plugins_dir=str(SITE / "plugins"),
    )
    evil_claim = query_db(evil_db, "select claim_id from claims order by position")[0]["claim_id"]
    article, claim, chart, chart_evil, wrong = fetch(
        ds,
        "/-/article/evil.txt",
        f"/-/claim/{evil_claim}",
        "/-/kind-mix",
        "/-/kind-mix?db=evil",
        "/-/article/evil.txt?db=seeds",
    )
    assert article.status_code == 200 and claim.status_code == 200  # found in whichever database holds it
    assert f'href="/-/claim/{evil_claim}?db=evil"' in article.text  # links keep to that database
    assert chart.status_code == 200 and "TASS" in chart.text
    assert chart_evil.status_code == 200 and "TASS" not in chart_evil.text
    assert wrong.status_code == 404


def test_pages_respect_permissions(site_db):
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    metadata["databases"]["seeds"] = {"allow": {"id": "teacher"}}
    ds = Datasette(
        immutables=[str(site_db)],
        metadata=metadata,
        template_dir=str(SITE / "templates"),
        plugins_dir=str(SITE / "plugins"),
    )
    claim_id = claim_id_starting(site_db, ABE_CLAIM)
    article_id = article_id_titled(site_db, ABE_TITLE)
    index, article, claim, chart = fetch(ds, "/", f"/-/article/{article_id}", f"/-/claim/{claim_id}", "/-/kind-mix")
    assert article.status_code == 403 and claim.status_code == 403 and chart.status_code == 403
    assert index.status_code == 200 and f"/-/article/{article_id}" not in index.text


def test_table_permissions_hold_on_every_request(site_db):
    """The site keeps Datasette's answers to "may this table be seen?" (they deep-copy the whole
    metadata each time); a table denied in the metadata stays denied, request after request, and
    hidden from the database page, while the others stay visible."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    metadata["databases"]["seeds"] = {"tables": {"hops": {"allow": {"id": "teacher"}}}}
    ds = Datasette(
        immutables=[str(site_db)],
        metadata=metadata,
        template_dir=str(SITE / "templates"),
        plugins_dir=str(SITE / "plugins"),
    )
    first, again, database, claims, cookie = fetch(
        ds, "/seeds/hops", "/seeds/hops", "/seeds", "/seeds/claims", "/seeds/hops.json"
    )
    assert first.status_code == 403 and again.status_code == 403 and cookie.status_code == 403
    assert claims.status_code == 200
    assert 'href="/seeds/hops"' not in database.text and 'href="/seeds/claims"' in database.text


# --------------------------------------------------------------------------------------------------
# The highlighter itself


def load_plugin():
    """The plugin file as Datasette loads it, plus the site helpers it is built from."""
    from audit.site import common

    spec = importlib.util.spec_from_file_location("audit_site_under_test", SITE / "plugins" / "audit_site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.safe_color, module.FALLBACK_COLOR = common.safe_color, common.FALLBACK_COLOR
    return module


def test_highlight_keeps_the_text_and_nests_cleanly():
    plugin = load_plugin()
    text = 'A <b>"said" & co</b> the officials, according to <i>X</i>. Menu\n'
    claims = [
        {
            "claim_id": "c1",
            "position": 0,
            "kind": "anonymous_vague",
            "content_start": 0,
            "content_end": 19,
            "source_start": 20,
            "source_end": 33,
            "cue_start": 35,
            "cue_end": 47,
        },
        {
            "claim_id": "c<2>",
            "position": 1,
            "kind": "on<record",
            "content_start": 10,
            "content_end": 40,
            "source_start": 48,
            "source_end": 56,
            "cue_start": None,
            "cue_end": None,
        },
        {"claim_id": "bad", "position": 2, "kind": "x", "content_start": 90, "content_end": 5},
    ]
    segments = [{"start": 0, "end": 57, "role": "body"}, {"start": 58, "end": 62, "role": "navigation"}]
    out = str(plugin.highlight(text, claims, segments, claim_href=lambda c: "/c/" + c["claim_id"]))
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert "<b>" not in out and "<i>" not in out and "&lt;b&gt;" in out
    assert 'data-claim="c&lt;2&gt;"' in out and "k-onrecord" in out
    assert 'class="seg seg-navigation boiler"' in out
    tags = re.findall(r"<(/?)(a|span)\b", out)
    depth = 0
    for closing, _ in tags:
        depth += -1 if closing else 1
        assert depth >= 0
    assert depth == 0
    assert plugin.safe_color("red;}body{x") == plugin.FALLBACK_COLOR


# --------------------------------------------------------------------------------------------------
# Archive scale: bounded pages, summary tables, readable tables


HUGE_SENTENCES = 12_000


@pytest.fixture(scope="module")
def huge_db(tmp_path_factory) -> Path:
    """One article of 12,000 attributed sentences (about 1 MB), and one whose id holds a tilde."""
    folder = tmp_path_factory.mktemp("huge")
    speakers = ("the mayor", "a council spokesman", "officials familiar with the plan", "Jane Doe, the treasurer")
    lines = ["City budget talks drag on", ""]
    for i in range(HUGE_SENTENCES):
        lines.append(f"The budget for district {i} would grow by {i % 17 + 1} percent, {speakers[i % 4]} said.")
    batch = folder / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "huge", "text": "\n".join(lines) + "\n"})
        + "\n"
        + json.dumps({"id": "story~34", "text": "The bridge will close in May, the mayor said.\n"})
        + "\n",
        encoding="utf-8",
    )
    db_path = folder / "huge.db"
    summary = audit_paths([str(batch)], db_path, max_bytes=50_000_000)
    assert summary.errors == 0 and summary.articles == 2
    return db_path


def test_huge_article_page_is_paged(huge_db):
    ds = make_datasette(huge_db)
    total = query_db(huge_db, "select count(*) as n from claims where article_id = 'huge'")[0]["n"]
    assert total >= HUGE_SENTENCES
    first, middle, last, versions = fetch(
        ds, "/-/article/huge", "/-/article/huge?page=60", f"/-/article/huge?page={10**6}", "/-/versions.json"
    )
    assert first.status_code == 200 and middle.status_code == 200 and last.status_code == 200
    assert versions.status_code == 200
    for page in (first.text, middle.text, last.text):
        assert page.count('id="detail-') <= 100  # one page of claims, with their chains
        assert len(page) < 1_000_000  # the whole article would be tens of megabytes
    assert f"of {total:,}" in first.text and 'rel="next"' in first.text and 'rel="prev"' not in first.text
    assert 'rel="next"' in middle.text and 'rel="prev"' in middle.text
    assert 'rel="next"' not in last.text  # a page past the end shows the last page
    # page 60 holds claims 5,901-6,000, highlighted in the stretch of text that holds them
    wanted = query_db(huge_db, "select claim_id from claims where article_id = 'huge' and position in (5900, 5999)")
    for row in wanted:
        assert f'data-claim="{row["claim_id"]}"' in middle.text
    assert "district 5900 " in middle.text and "district 10 " not in middle.text


def test_ids_with_a_tilde(huge_db):
    ds = make_datasette(huge_db)
    claim_id = query_db(huge_db, "select claim_id from claims where article_id = 'story~34'")[0]["claim_id"]
    home, article, encoded, claim = fetch(
        ds, "/", "/-/article/story~34", "/-/article/story%7E34", f"/-/claim/{claim_id}"
    )
    assert "/-/article/story%7E34" in home.text
    assert article.status_code == 200 and encoded.status_code == 200 and claim.status_code == 200
    assert "The bridge will close in May" in article.text
    assert get(ds, "/-/article/..").status_code == 404  # not an id: no such article


def facet_values(ds, path: str, column: str) -> dict[str, int]:
    data = get(ds, path).json()
    return {str(v["value"]): v["count"] for v in data["facet_results"][column]["results"]}


def test_facets_from_summaries_equal_the_counts(ds, site_db):
    live = {r["kind"]: r["n"] for r in query_db(site_db, "select kind, count(*) as n from claims group by kind")}
    assert facet_values(ds, "/seeds/claims.json", "kind") == live
    grades = {
        r["grade"]: r["n"]
        for r in query_db(
            site_db, "select grade, count(*) as n from claims where kind = 'anonymous_vague' group by grade"
        )
    }
    assert facet_values(ds, "/seeds/claims.json?kind=anonymous_vague", "grade") == grades
    flags = {}
    for row in query_db(site_db, "select flags from claims where flags like '%VAGUE_SOURCE%'"):
        for code in set(json.loads(row["flags"])):
            flags[code] = flags.get(code, 0) + 1
    assert facet_values(ds, "/seeds/claims.json?flags__arraycontains=VAGUE_SOURCE", "flags") == flags
    # two filters: counted by Datasette as usual, and still right
    both = query_db(
        site_db, "select count(*) as n from claims where kind = 'anonymous_vague' and grade = 'F' and outlet = 'TASS'"
    )[0]["n"]
    counted = facet_values(ds, "/seeds/claims.json?kind=anonymous_vague&grade=F", "outlet")
    assert counted.get("TASS", 0) == both
    assert (
        get(ds, "/seeds/claims.json").json()["filtered_table_rows_count"]
        == query_db(site_db, "select count(*) as n from claims")[0]["n"]
    )


def test_summaries_follow_a_reaudit(tmp_path):
    from audit.store import open_db
    from audit.summaries import rebuild

    folder = tmp_path / "in"
    folder.mkdir()
    story = folder / "story.txt"
    story.write_text("Officials said the plan would fail.\nThe mayor said it would not.\n", encoding="utf-8")
    db_path = tmp_path / "s.db"
    audit_paths([str(folder)], db_path)
    story.write_text("A source said the plan was secret.\n", encoding="utf-8")  # fewer claims, other kinds
    audit_paths([str(folder)], db_path)
    db = open_db(db_path)
    try:
        kept = {
            t: sorted(map(tuple, db.execute(f"select * from {t}").fetchall()))
            for t in ("facet_counts", "outlet_kinds", "article_kinds", "source_counts")
        }
        rebuild(db)  # from the stored rows
        for table, rows_before in kept.items():
            assert sorted(map(tuple, db.execute(f"select * from {table}").fetchall())) == rows_before, table
        claims = db.execute("select count(*) from claims").fetchone()[0]
        assert (
            db.execute("select count from facet_counts where [column] = '*' and table_name = 'claims'").fetchone()[0]
            == claims
        )
    finally:
        db.close()


def test_claims_table_opens_on_readable_columns(ds):
    page = get(ds, "/seeds/claims").text
    headers = re.findall(r'<th [^>]*data-column="([a-z_]+)"', page)
    assert headers[:8] == ["claim_id", "article_id", "content", "kind", "source_id", "grade", "score", "flags"]
    assert "content_start" not in headers and "Show all columns" in page
    assert 'class="grade small grade-' in page and '<code class="flag">' in page
    everything = get(ds, "/seeds/claims?_all=1").text
    assert 'data-column="content_start"' in everything and "Show the main columns only" in everything
    # the JSON API keeps every column
    assert "content_start" in get(ds, "/seeds/claims.json").json()["columns"]


def test_articles_table_opens_on_readable_columns(ds):
    page = get(ds, "/seeds/articles").text
    headers = re.findall(r'<th [^>]*data-column="([a-z_]+)"', page)
    assert headers[:4] == ["article_id", "title", "outlet", "wire"]
    assert "headline_grade" in headers and "anonymous_share" in headers
    assert "text" not in headers and "content_sha256" not in headers and "Show all columns" in page
    assert 'title="Read it with its claims highlighted"' in page  # titles still link to the article page
    everything = get(ds, "/seeds/articles?_all=1").text
    assert 'data-column="content_sha256"' in everything and "Show the main columns only" in everything
    assert "content_sha256" in get(ds, "/seeds/articles.json").json()["columns"]


def test_canned_queries_show_labels_and_coloured_grades(ds):
    page = get(ds, "/seeds/weakest_claims").text
    assert 'class="grade small grade-f"' in page
    assert '<span class="kind-label"><span class="swatch k-nonpublic_document"></span>' in page
    assert "[&#34;" not in page  # flags are chips, not a JSON array


def test_articles_without_headline_or_outlet(ds, site_db):
    untitled = query_db(site_db, "select article_id, title from articles where article_id like '003%'")[0]
    assert untitled["title"] and untitled["title"].startswith("Russian President Vladimir Putin said")
    chart = get(ds, "/-/kind-mix").text
    unknown = query_db(site_db, "select article_id from articles where outlet is null and wire is null")
    assert len(unknown) == 2
    bars = chart.split('<details class="chart-data">')[0]
    assert bars.count("outlet unknown: ") == 2  # each its own bar, never merged
    assert "(unknown)" not in chart
    home = get(ds, "/").text
    listing = home[home.index('class="audit-pages"') :]
    assert listing.index("The articles table") < listing.index("/-/kind-mix")
    assert "003_8f899b33aa897c36.txt</a>" not in home  # listed by its title


def test_search_page_counts_from_the_index(ds, site_db):
    page = get(ds, "/seeds/claims?_search=Kremlin").text
    data = get(ds, "/seeds/claims.json?_search=Kremlin").json()  # the JSON API counts as Datasette does
    assert data["filtered_table_rows_count"] > 0
    assert f"<strong>{data['filtered_table_rows_count']:,}</strong> of the claims match" in page
    assert "Kremlin" in page
    articles = get(ds, "/seeds/articles?_search=Peskov").text
    assert "of the articles match" in articles
