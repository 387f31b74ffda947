"""Real-news page furniture (issue 11): small pages written for these tests, one pattern each.

Each page under tests/fixtures/web/ is a short story wrapped in one kind of page furniture
(related links, pitches, bios, hover cards, repeated blocks, captions, lists, dates, outlet
names, pages in another language). The table says which claims the page must yield and which
it must not, and what its metadata must be. The pages are audited through the library, as
`audit run page.html` does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.api import audit_paths, check_text
from audit.html import article_from_html, human_datetime, normalise_date, outlet_name
from audit.models import RawArticle
from audit.pipeline import audit_article

PAGES = Path(__file__).parent / "fixtures" / "web"

BRIDGE = [
    "The county will close the Elm Street bridge",
    "corrosion in the deck",
    "We would rather close it now",
    "Drivers will be sent along Route 9",
    "The repairs will cost $4.2 million",
]
LIBRARY = [
    "The city library will stay open until 10 p.m.",
    "the longer hours answer a survey",
    "The change will cost about $90,000 a year",
    "The board will review attendance after six months",
]
HARBOR = [
    "smallest cod catch in twenty years",
    "warmer water had pushed the fish farther offshore",
    "The boats are burning twice the fuel",
    "Several families have already sold their boats",
]

# page, claims it must yield (substrings of claim contents), claims it must not yield
CASES: list[tuple[str, list[str], list[str]]] = [
    ("related_list", BRIDGE, ["You may also like", "Ten bridges", "scenic drives", "take longer than planned"]),
    ("related_inline_links", LIBRARY, ["favourite branch libraries", "SCHOOL BOARD DELAYS"]),
    ("story_cards", HARBOR, ["Storm damages pier", "east pier lost two pilings", "Ferry fares", "lighthouse"]),
    ("newsletter_pitch", BRIDGE, ["newsletter", "Thanks for signing up"]),
    ("newsletter_three_times", LIBRARY, ["Ledger Daily briefing"]),
    ("tip_and_bio", HARBOR, ["Have a tip", "may be reached at", "Follow her on Twitter"]),
    ("author_bio_box", BRIDGE, ["covers transport for the Ledger", "press awards"]),
    ("affiliate_notice", LIBRARY, ["we may earn a commission", "buy something"]),
    ("letters_boilerplate", HARBOR, ["diversity of letters", "Submit a letter"]),
    ("comment_notice", BRIDGE, ["comments are moderated"]),
    ("figure_caption", HARBOR, ["A trawler returns", "Photo by Lee Chan"]),
    ("alt_text_caption", LIBRARY, ["Students reading in the main hall"]),
    ("click_to_tweet", [*BRIDGE, "Closing a bridge on our own schedule"], ["Click To Tweet"]),
    ("hover_card", ["City councillor Dana Kim supported the plan", *LIBRARY], ["Council passes parking", "bike lanes"]),
    ("hidden_block", HARBOR, ["one dollar a week"]),
    (
        "subscribers_in_story",
        ["signed up 10 million subscribers", "subscribed for so many shares", "will still sign up for a new service"],
        [],
    ),
    (
        "subheads_and_list",
        ["road budget of $31 million", "Where the money goes", "Most of it will pay for resurfacing", "Bridges"],
        [],
    ),
    (
        "meal_plan_list",
        ["lunch menu", "Monday: chicken soup", "Friday: cheese pizza"],
        [],
    ),
    (
        "story_end_about",
        ["printing plant in Riverside", "keeps print alive", "tax credit worth $2 million"],
        ["About Ledger Corp", "family-owned publisher"],
    ),
    (
        # "About" a common noun is a subheading of the story, not a press release's "About <Company>"
        "subhead_about",
        ["former county treasurer", "About the case", "charged in 2021", "begin deliberations on Monday"],
        [],
    ),
    ("pull_quote_copy", HARBOR, []),
    ("date_with_zone_text", BRIDGE, []),
    ("date_gmt", LIBRARY, ["Nov 18"]),
    ("date_broken_jsonld", HARBOR, []),
    ("outlet_section_name", BRIDGE, []),
    ("outlet_handle", LIBRARY, []),
    ("outlet_tagline", HARBOR, []),
]


def audit_page(name: str):
    path = PAGES / f"{name}.html"
    raw = article_from_html(path.read_text("utf-8"), path.name, str(path))
    assert isinstance(raw, RawArticle), raw
    error, _ = check_text(raw)
    assert error is None, error.reason
    return raw, audit_article(raw)


def test_the_fixture_set_is_complete() -> None:
    names = {p.stem for p in PAGES.glob("*.html")}
    assert len(names) >= 20
    assert names == {c[0] for c in CASES} | {"italian_page", "portuguese_page"}


@pytest.mark.parametrize(("name", "must", "must_not"), CASES, ids=[c[0] for c in CASES])
def test_page_keeps_the_story_and_drops_the_furniture(name: str, must: list[str], must_not: list[str]) -> None:
    _, audited = audit_page(name)
    body = [c.content for c in audited.claims if not c.is_headline]
    for phrase in must:
        assert any(phrase in c for c in body), (phrase, body)
    for phrase in must_not:
        assert not any(phrase.lower() in c.lower() for c in body), (phrase, body)
    words = [" ".join(c.split()).strip(' .,\u201c\u201d"').lower() for c in body]
    assert len(words) == len(set(words)), "a claim is repeated"


@pytest.mark.parametrize(
    ("name", "published", "outlet"),
    [
        ("date_with_zone_text", "2019-11-19T19:47:00-05:00", "County Ledger"),
        ("date_gmt", "2019-11-18T17:19:53+00:00", "County Ledger"),
        ("date_broken_jsonld", "2019-11-20T13:38:07+05:30", "County Ledger"),
        ("outlet_section_name", None, None),
        ("outlet_handle", None, None),
        ("outlet_tagline", None, "Harbor Times"),
    ],
)
def test_page_metadata(name: str, published: str | None, outlet: str | None) -> None:
    raw, _ = audit_page(name)
    assert raw.published == published
    assert raw.outlet == outlet


@pytest.mark.parametrize(("name", "language"), [("italian_page", "Italian"), ("portuguese_page", "Portuguese")])
def test_page_in_another_language_is_refused_by_name(name: str, language: str, tmp_path: Path) -> None:
    summary = audit_paths([str(PAGES / f"{name}.html"), str(PAGES / "related_list.html")], tmp_path / "a.db")
    assert summary.errors == 1 and summary.articles == 1
    assert f"does not look like English: it reads as {language}" in summary.error_messages[0]
    assert name in summary.error_messages[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00"),
        ("2019-11-18 17:19:53 GMT", "2019-11-18T17:19:53+00:00"),
        ("2019-11-19 23:46:00 UTC", "2019-11-19T23:46:00+00:00"),
        ("Published 11:11 PM EST Nov 19, 2019", "2019-11-19T23:11:00-05:00"),
        ("Tue Nov 19 2019 03:05:46 GMT+0000", "2019-11-19T03:05:46+00:00"),
        ("Mon, 18 Nov 2019 17:19:53 -0500", "2019-11-18T17:19:53-05:00"),
        ("Fri 6:45 PM, Feb 16, 2018", "2018-02-16T18:45:00"),
        ("2019-11-20 06:09:25", "2019-11-20T06:09:25"),
        ("19 Nov 2019", "2019-11-19"),
        ("Sept. 26, 2019", "2019-09-26"),
        ("2019-11-18T10:45:00.000Z", "2019-11-18T10:45:00+00:00"),
        ("0001-01-01T00:00:00Z", None),
        ("February 30, 2019", None),
        ("next Tuesday", None),
        ("13:00 PM EST Nov 19, 2019", "2019-11-19"),
    ],
)
def test_dates_keep_time_and_zone(value: str, expected: str | None) -> None:
    assert normalise_date(value) == expected


def test_human_datetime_leaves_an_unknown_zone_out() -> None:
    parsed = human_datetime("November 19, 2019, 7:47 PM XYZ")
    assert parsed is not None and parsed.isoformat() == "2019-11-19T19:47:00"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The Hollywood Reporter", "The Hollywood Reporter"),
        ("LinkNaija | Nigeria's popular news platform", "LinkNaija"),
        ("The Jerusalem Post | JPost.com", "The Jerusalem Post"),
        ("Phys.org", "Phys.org"),
        ("9to5Mac", "9to5Mac"),
        ("Hosted", None),
        ("U.S.", None),
        ("@politifact", None),
        ("https://www.example-news.in", None),
        ("www.example.com", None),
        ("The best source for breaking news and analysis every day", None),
        ("", None),
        (None, None),
    ],
)
def test_outlet_is_a_publication_name_or_empty(value: str | None, expected: str | None) -> None:
    assert outlet_name(value) == expected


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("The council met on Monday and said that it would vote on the plan next week. " * 5, False),
        # an English box score: no common words of any language, no accents
        ("Lincoln 54, Central 48. Scoring: Smith 18, Jones 12, Brown 9, Lee 7, Diaz 4, Park 4. " * 8, False),
        ("Westfield 61, North 40\nWestfield: Carter 20, Hughes 14, Patel 10\nNorth: Kim 12, Ross 10 (OT)\n" * 8, False),
        # Czech is not in languages.json: few English words and many accented letters
        ("Rada města v pondělí řekla, že město nemá peníze na opravu mostu přes řeku Vltavu. " * 6, True),
        ("El consejo dijo el lunes que la ciudad no tiene dinero para las obras del puente. " * 4, True),
        ("Il consiglio ha detto che la città non ha i fondi per i lavori del ponte della via. " * 4, True),
        ("Der Rat sagte am Montag, dass die Stadt nicht das Geld für die Brücke hat und es auch. " * 4, True),
    ],
)
def test_language_check(text: str, refused: bool) -> None:
    error, _ = check_text(RawArticle(article_id="t", text=text, origin="t"))
    assert (error is not None) == refused, error
