"""Provenance kinds, wire agencies, chains, source facets and source identity.

Every one of the twelve kinds of ``provenance.md`` gets at least three sentences that must
get it and at least one sentence that must not. Sentences come from the seed articles
(hand gold in seeds.gold.jsonl), PolNeAR train, or realistic prose written here; all are
copied in as literals.

A row locates its claim by source words (some claim whose source contains them) and/or by
content words (the claim covering most of them), then checks the kind.
"""

from __future__ import annotations

import re

import pytest

from audit.api import audit_text
from audit.models import KINDS, AuditedArticle, Claim

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip().lower()


def _overlap(claim: Claim, span: tuple[int, int]) -> int:
    spans = claim.content_spans or [claim.content_span]
    return sum(max(0, min(e, span[1]) - max(s, span[0])) for s, e in spans)


def _describe(art: AuditedArticle) -> str:
    return "\n".join(
        f"  [{c.kind}] source={c.source!r} cue={c.cue!r} resolved={c.resolved_source!r} "
        f"chain={[h.kind for h in c.chain]} content={c.content!r}"
        for c in art.claims
    )


def _locate(art: AuditedArticle, source: str | None, content: str | None) -> list[Claim]:
    """Claims whose source contains ``source`` and/or that cover most of ``content``."""
    claims = list(art.claims)
    if source is not None:
        claims = [c for c in claims if _norm(source) in _norm(c.source)]
    if content is not None:
        i = art.text.find(content)
        assert i >= 0, f"table error: content not in text: {content!r}"
        span = (i, i + len(content))
        claims = [c for c in claims if _overlap(c, span) >= (span[1] - span[0]) / 2]
        claims.sort(key=lambda c: -_overlap(c, span))
    return claims


def _kinds(claim: Claim) -> list[str]:
    return [h.kind for h in claim.chain]


def kind_row(kind: str, rule: str, text: str, source: str | None = None, content: str | None = None):
    return pytest.param(kind, text, source, content, id=f"{kind}-{rule}")


# --------------------------------------------------------------------------------------
# sentences that MUST get the kind (the attributed claim's kind, or the sentence claim's
# kind for ``unattributed``)
# --------------------------------------------------------------------------------------
MUST = [
    # a described person "familiar with the investigation" is not the investigation (a document)
    kind_row(
        "anonymous_vague",
        "familiar-with-an-investigation-is-a-person",
        "A person familiar with the investigation said the memo was forged.",
        "A person familiar with the investigation",
        "the memo was forged",
    ),
    kind_row(
        "anonymous_described",
        "close-to-an-investigation-is-a-person",
        "A source close to the investigation said the mayor knew.",
        "A source close to the investigation",
        "the mayor knew",
    ),
    # the head noun before a relative clause decides: the memo, not the paper that obtained it
    kind_row(
        "nonpublic_document",
        "memo-a-paper-obtained-relative-clause",
        "A confidential memo the Daily Ledger obtained through a former aide says the plan failed.",
        "A confidential memo",
        "the plan failed",
    ),
    # witnessed: the outlet saw or counted it itself
    kind_row(
        "witnessed",
        "reporters-at-the-scene-saw",
        "Reporters at the scene saw at least a dozen armored vehicles parked outside the city hall.",
        content="at least a dozen armored vehicles parked outside the city hall",
    ),
    kind_row(
        "witnessed",
        "our-correspondent-saw",
        "Our correspondent in Yuzhno-Sakhalinsk saw workers unloading steel beams at the port on Monday.",
        content="workers unloading steel beams at the port on Monday",
    ),
    kind_row(
        "witnessed",
        "this-reporter-counted",
        "This reporter counted more than 40 military trucks crossing the bridge before noon.",
        content="more than 40 military trucks crossing the bridge before noon",
    ),
    kind_row(
        "witnessed",
        "journalists-at-the-scene-saw",
        "Journalists at the scene saw smoke rising from the damaged terminal building.",
        content="smoke rising from the damaged terminal building",
    ),
    # on_record: a named person
    kind_row(
        "on_record",
        "seed-kremlin-spokesman-told-reporters",
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, "
        "Kremlin Spokesman Dmitry Peskov told reporters.",
        source="Peskov",
    ),
    kind_row(
        "on_record",
        "seed-president-said-thursday",
        "Russian President Vladimir Putin said Thursday he wants to conclude a postwar peace treaty "
        "with "
        "Japan but that the process is challenging due to Tokyo’s military cooperation with Washington.",
        source="Putin",
    ),
    kind_row(
        "on_record",
        "polnear-rubio-told-reporters",
        "During a town hall-style meeting in Cedar Rapids, Iowa, Rubio told reporters Tuesday that the "
        "president’s new executive actions on guns undermine Americans’ constitutional right to bear "
        "arms.",
        source="Rubio",
    ),
    kind_row(
        "on_record",
        "written-spokeswoman-comma-name",
        "A spokeswoman for the ministry, Maria Zakharova, said Moscow would respond to any new sanctions.",
        source="Zakharova",
    ),
    kind_row(
        "on_record",
        "seed-short-name-Yachi",
        'In response, Yachi said, "It\'s possible," and as a result, the negotiations entered a deadlock.',
        source="Yachi",
    ),
    # institution: an organisation or government speaking as itself
    kind_row(
        "institution",
        "seed-japan-maintains",
        "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s "
        "surrender in World War II.",
        source="Japan",
    ),
    kind_row(
        "institution",
        "seed-russia-claims",
        "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s "
        "surrender in World War II. Russia, meanwhile, claims the seizure was a legitimate outcome of "
        "the "
        "war.",
        source="Russia",
    ),
    kind_row(
        "institution",
        "seed-headline-C-comma-kremlin-says",
        "Japan’s alliance obligations important for peace treaty talks, Kremlin says\n"
        "MOSCOW, November 16. /TASS/. Tokyo’s alliance obligations are important for peace treaty talks "
        "between Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters.",
        source="Kremlin",
        content="Japan’s alliance obligations important for peace treaty talks",
    ),
    kind_row(
        "institution",
        "polnear-american-legion-wrote",
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to use the "
        "emblem in his campaign fliers.",
        source="American Legion",
    ),
    kind_row(
        "institution",
        "written-according-to-the-defense-ministry",
        "According to the Defense Ministry, two Russian bombers flew close to Japanese airspace on Tuesday.",
        source="Defense Ministry",
    ),
    # public_record: a document the reader can check
    kind_row(
        "public_record",
        "seed-document-article-9-said",
        "The Soviet Union and Japan signed the Joint Declaration on ending the war between the two "
        "countries and restoring diplomatic and consular relations in Moscow on October 19, 1956. The "
        "document’s Article 9 said that the Soviet government was ready to hand Shikotan Island and a "
        "group "
        "of small islands over to Japan, adding that Tokyo would get actual control of the islands "
        "after a "
        "peace treaty was signed.",
        source="Article 9",
    ),
    kind_row(
        "public_record",
        "seed-the-joint-declaration-stipulates",
        "The joint declaration stipulates the transfer of the smaller two of the islands -- Habomai and "
        "Shikotan -- from Russia to Japan after the conclusion of a peace treaty.",
        source="joint declaration",
    ),
    kind_row(
        "public_record",
        "seed-treaty-and-SOFA-stipulate",
        "The Japan-U.S. Security Treaty and the related Japan-U.S. Status of Forces Agreement (SOFA) "
        "stipulate the U.S. forces’ duty to defend Japan, and it can be interpreted that the United "
        "States "
        "can seek to establish its military bases anywhere in the country.",
        content="the U.S. forces’ duty to defend Japan",
    ),
    kind_row(
        "public_record",
        "seed-memorandum-dated-said",
        "A Soviet government’s memorandum dated January 27, 1960, said that those islands would only be "
        "handed over to Japan if all foreign troops were pulled out of the country.",
        source="memorandum",
    ),
    kind_row(
        "public_record",
        "polnear-FEC-records-show",
        "But Pate hasn’t donated to any 2016 presidential candidates or campaigns except Rubio’s, "
        "Federal "
        "Election Commission records compiled by the Center for Responsive Politics show.",
        source="records",
    ),
    # anonymous_described: unnamed, with affiliation / position / access described
    kind_row(
        "anonymous_described",
        "seed-officials-from-the-PM-office",
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases on two islands off Hokkaido even if Russia returns them based on a 1956 joint "
        "declaration, "
        "officials from the prime minister's office said.",
        source="officials from the prime minister's office",
    ),
    kind_row(
        "anonymous_described",
        "seed-high-ranking-foreign-ministry-official",
        "Regarding the Japan-U.S. Security Treaty and SOFA, a high-ranking Japanese Foreign Ministry "
        'official said: "The U.S. forces can seek to establish bases anywhere in Japan. But whether '
        "Japan "
        'gives its consent is another matter."',
        source="Foreign Ministry official",
    ),
    kind_row(
        "anonymous_described",
        "seed-a-source-close-to-the-PM",
        "“It is totally unacceptable” to remove U.S. military bases from Honshu (according to a source "
        "close to the prime minister).",
        source="a source close to the prime minister",
    ),
    kind_row(
        "anonymous_described",
        "seed-individual-close-to-PM-office",
        "But an individual close to the prime minister's office said that \"at least one more summit "
        '(between Abe and Putin) before the G-20 is necessary."',
        source="an individual close to the prime minister's office",
    ),
    kind_row(
        "anonymous_described",
        "seed-the-officials-added-back-reference",
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases on two islands off Hokkaido even if Russia returns them based on a 1956 joint "
        "declaration, "
        "officials from the prime minister's office said.\n\n"
        "The Japanese government plans to start concrete talks on the matter with the United States, "
        "the "
        "officials added.",
        source="the officials",
    ),
    # anonymous_vague: unnamed, no usable description
    kind_row(
        "anonymous_vague",
        "seed-according-to-people-familiar",
        "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime "
        "this "
        "spring in a bid to create a framework agreement on territorial issues and a peace treaty with "
        "Russian President Vladimir Putin, according to people familiar with the matter.",
        source="people familiar with the matter",
    ),
    kind_row(
        "anonymous_vague",
        "written-C-comma-sources-said",
        "The summit is likely to be postponed until after the Upper House election, sources said.",
        source="sources",
    ),
    kind_row(
        "anonymous_vague",
        "written-a-source-said",
        "A source said the two sides were still far apart on the wording of the joint statement.",
        source="A source",
    ),
    kind_row(
        "anonymous_vague",
        "written-insiders-say",
        "Insiders say the deal could be announced as early as next week.",
        source="Insiders",
    ),
    # nonpublic_document: leaked, secret, internal or "obtained" material
    kind_row(
        "nonpublic_document",
        "seed-the-secret-report-explains",
        "“Russian President Vladimir Putin and officials of the Russian Federation have no intention to "
        "discuss the possible transfer of Etorofu and Kunashiri to Japan after returning two islands "
        "[Shikotan and Habomai],” said a Russian government official, according to a\u00a0top secret "
        "report Shukan Bunshun obtained through former Foreign Ministry official Takeo Harada, who now "
        "heads the Institute for International Strategy and Information Analysis, Inc.\n\n\n"
        "However, the report also indicates that there remains a deep rift between Japan and Russia.",
        source="the report",
    ),
    kind_row(
        "nonpublic_document",
        "written-internal-documents-show",
        "Internal documents show that the utility knew about the cracks in the reactor housing as early as 2015.",
        source="documents",
    ),
    kind_row(
        "nonpublic_document",
        "written-leaked-draft-says",
        "A leaked draft of the agreement says the two islands would remain free of foreign troops.",
        source="leaked draft",
    ),
    kind_row(
        "nonpublic_document",
        "written-according-to-internal-memo-seen-by",
        "According to an internal memo seen by this newspaper, the ministry had been warned about the "
        "cost overruns in March.",
        source="internal memo",
    ),
    # wire_agency: a news agency cited as source
    kind_row(
        "wire_agency",
        "written-kyodo-news-reported",
        "Kyodo News reported that the two governments had agreed to hold vice-ministerial talks in March.",
        source="Kyodo",
    ),
    kind_row(
        "wire_agency",
        "written-C-comma-according-to-TASS",
        "Russia has deployed new coastal missile systems on Etorofu, according to TASS.",
        source="TASS",
    ),
    kind_row(
        "wire_agency",
        "written-reuters-reported-citing",
        "Reuters reported on Monday that the company was preparing to sell its stake in the Sakhalin project.",
        source="Reuters",
    ),
    kind_row(
        "wire_agency",
        "written-the-interfax-news-agency-quoted",
        "The Interfax news agency said the patrol boat had been detained near Kunashiri.",
        source="Interfax",
    ),
    # other_outlet: another publication's reporting
    kind_row(
        "other_outlet",
        "seed-media-reports-claiming",
        "When asked to comment on media reports claiming that Japanese Prime Minister Shinzo Abe in a "
        "conversation with Russian President Vladimir Putin had promised not to allow the setup of US "
        "military bases on the South Kuril Islands in case Moscow handed them over to Tokyo, Peskov "
        "stressed "
        'that "the leaders held a one-on-one conversation about the peace treaty issue."',
        content="Japanese Prime Minister Shinzo Abe in a conversation with Russian President "
        "Vladimir Putin had promised not to allow the setup of US military bases",
    ),
    kind_row(
        "other_outlet",
        "seed-earlier-it-was-reported",
        "Earlier it was reported that that Vladimir Putin and Shinzo Abe had agreed to speed up "
        "Russian-Japanese peace treaty talks based on the 1956 Joint Declaration",
        content="Vladimir Putin and Shinzo Abe had agreed to speed up Russian-Japanese peace treaty talks",
    ),
    kind_row(
        "other_outlet",
        "polnear-according-to-politico",
        "Boasting 108,000 residents who run the gamut from farmers to professors, with its nominal "
        "capital "
        "in Terre Haute, called the “Crossroads of America” by the citizens, the GOP leaners in the "
        "area "
        "seem enamored with Trump, according to Politico.",
        source="Politico",
    ),
    kind_row(
        "other_outlet",
        "polnear-the-times-said",
        "The Times said Cook provided a written statement in response to the newspapers’ inquiries about the emails.",
        source="The Times",
    ),
    kind_row(
        "other_outlet",
        "written-the-asahi-shimbun-reported",
        "The Asahi Shimbun reported on Sunday that the government was considering a new aid package for "
        "former island residents.",
        source="Asahi Shimbun",
    ),
    # social_post: a post on a social network or messaging channel
    kind_row(
        "social_post",
        "polnear-X-tweeted-monday",
        "For his part, Bush tweeted Monday that Trump is a “loser,” a “liar” and a “whiner.”",
        source="Bush",
    ),
    kind_row(
        "social_post",
        "polnear-C-X-appositive-tweeted",
        "“Not us but can’t argue with it!” Murphy, the head of Right to Rise USA, Tweeted on Friday "
        "with an "
        "image of the anti-Trump skywriting.",
        source="Murphy",
    ),
    kind_row(
        "social_post",
        "written-X-wrote-on-telegram",
        "Zakharova wrote on Telegram that the ambassador's remarks were “a deliberate provocation.”",
        source="Zakharova",
    ),
    kind_row(
        "social_post",
        "written-in-a-post-on-facebook-X-said",
        "In a post on Facebook, the governor of Sakhalin said the new airport terminal would open in June.",
        source="governor",
    ),
    # unattributed: the article's own voice
    kind_row(
        "unattributed",
        "seed-appears-to-be-in-no-hurry",
        "Moscow, however, appears to be in no hurry concerning the issue.",
        content="Moscow, however, appears to be in no hurry concerning the issue.",
    ),
    kind_row(
        "unattributed",
        "seed-the-west-has-imposed-sanctions",
        "The West has imposed economic sanctions on Russia over the annexation of Crimea.",
        content="The West has imposed economic sanctions on Russia over the annexation of Crimea.",
    ),
    kind_row(
        "unattributed",
        "seed-as-they-are-called-in-japan",
        "The Northern Territories, as they are called in Japan, were seized by Soviet forces at the end "
        "of "
        "World War II.",
        content="The Northern Territories, as they are called in Japan, were seized by Soviet forces",
    ),
    kind_row(
        "unattributed",
        "seed-initially-hoped",
        "Abe initially hoped for a broad agreement with Putin on securing the return of at least the "
        "two "
        "smaller islands when he hosts the G20 summit.",
        content="Abe initially hoped for a broad agreement with Putin",
    ),
]


# intermediary is a relay hop: a go-between who passed a statement or document on. It is
# checked in the chain (origin first), never as the origin of the claim.
INTERMEDIARY = [
    pytest.param(
        "“Russian President Vladimir Putin and officials of the Russian Federation have no intention to "
        "discuss the possible transfer of Etorofu and Kunashiri to Japan after returning two islands "
        "[Shikotan and Habomai],” said a Russian government official, according to a\u00a0top secret report "
        "Shukan Bunshun obtained through former Foreign Ministry official Takeo Harada, who now heads the "
        "Institute for International Strategy and Information Analysis, Inc.",
        "a Russian government official",
        "Takeo Harada",
        id="intermediary-seed-obtained-through-Takeo-Harada",
    ),
    pytest.param(
        "According to a confidential letter obtained through former lawmaker Muneo Suzuki, the Kremlin is "
        "ready to resume talks on joint economic activities.",
        "letter",
        "Muneo Suzuki",
        id="intermediary-written-letter-obtained-through-named-go-between",
    ),
    pytest.param(
        "The ministry had ordered the inspections to be halted, according to an internal memo the Mainichi "
        "obtained through a former ministry employee.",
        "memo",
        "former ministry employee",
        id="intermediary-written-memo-obtained-through-anonymous-go-between",
    ),
]


# sentences that must NOT get the kind
MUST_NOT = [
    kind_row(
        "witnessed",
        "reporters-were-told-is-not-witnessed",
        "Kremlin Spokesman Dmitry Peskov told reporters that no date had been set for the visit.",
        source="Peskov",
    ),
    kind_row(
        "on_record",
        "described-foreign-ministry-official-is-not-on-record",
        'A senior Japanese Foreign Ministry official explained that Russia "is trying to take advantage '
        "of "
        'the opportunity," suggesting an unclear path ahead for Japan.',
        source="official",
    ),
    kind_row(
        "on_record",
        "the-kremlin-says-is-not-on-record",
        "The Kremlin says the talks will continue next month.",
        source="Kremlin",
    ),
    kind_row(
        "institution",
        "kremlin-spokesman-named-is-not-institution",
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, "
        "Kremlin Spokesman Dmitry Peskov told reporters.",
        source="Peskov",
    ),
    kind_row(
        "institution",
        "minister-named-with-possessive-country-is-not-institution",
        "TOKYO (Reuters) - Japan's Foreign Minister Taro Kono said on Monday that Tokyo would not "
        "accept "
        "Russia's demand to recognize its sovereignty over the islands first.",
        source="Taro Kono",
    ),
    kind_row(
        "public_record",
        "top-secret-report-obtained-is-not-public-record",
        "Russia will “conduct referendums at the national and regional levels” on returning the two "
        "islands to Japan, according to a top secret report Shukan Bunshun obtained.",
        source="report",
    ),
    kind_row(
        "anonymous_described",
        "people-familiar-with-the-matter-is-not-described",
        "The summit may be delayed until autumn, according to people familiar with the matter.",
        source="people familiar with the matter",
    ),
    kind_row(
        "anonymous_vague",
        "officials-from-the-PM-office-is-not-vague",
        "Prime Minister Shinzo Abe has told Russia's president that Japan would not allow U.S. military "
        "bases on two islands off Hokkaido even if Russia returns them based on a 1956 joint "
        "declaration, "
        "officials from the prime minister's office said.",
        source="officials from the prime minister's office",
    ),
    kind_row(
        "nonpublic_document",
        "treaty-article-is-not-nonpublic",
        "The Soviet Union and Japan signed the Joint Declaration on ending the war between the two "
        "countries and restoring diplomatic and consular relations in Moscow on October 19, 1956. The "
        "document’s Article 9 said that the Soviet government was ready to hand Shikotan Island and a "
        "group "
        "of small islands over to Japan.",
        source="Article 9",
    ),
    kind_row(
        "intermediary",
        "harada-speaking-himself-is-not-intermediary",
        "“An individual closely connected to the Russian president’s office and diplomatic and security "
        "authorities drafted the report,” said Harada.",
        source="Harada",
    ),
    kind_row(
        "wire_agency",
        "weekly-magazine-is-not-wire-agency",
        "The weekly magazine Shukan Bunshun reported that the report had been drafted in Moscow.",
        source="Shukan Bunshun",
    ),
    kind_row(
        "wire_agency",
        "ap-photo-credit-does-not-make-named-speaker-a-wire",
        "Russian President Vladimir Putin attends a meeting in Moscow. (Mikhail Klimentyev, Sputnik, "
        "Kremlin Pool Photo via AP)\n\n"
        "Putin said the 1956 declaration does not mention which country would have sovereignty over the "
        "islands.",
        source="Putin",
    ),
    kind_row(
        "other_outlet",
        "according-to-TASS-is-an-agency-not-another-outlet",
        "Russia has deployed new coastal missile systems on Etorofu, according to TASS.",
        source="TASS",
    ),
    kind_row(
        "social_post",
        "a-letter-written-to-an-office-is-not-a-post",
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to use the "
        "emblem in his campaign fliers.",
        source="American Legion",
    ),
    kind_row(
        "social_post",
        "multi-sentence-letter-quote-wrote-is-not-a-post",
        "“In the past several weeks, the presidential contest has clarified. I have decided to endorse "
        "Ted "
        "Cruz and to urge other serious conservatives to join me in\u00a0supporting Cruz,” Blackwell "
        "wrote.",
        source="Blackwell",
    ),
    kind_row(
        "unattributed",
        "japan-maintains-is-not-unattributed",
        "Japan maintains that the former Soviet Union illegally seized the islands following Tokyo’s "
        "surrender in World War II.",
        content="the former Soviet Union illegally seized the islands",
    ),
]


def test_every_kind_is_covered():
    must = {}
    for p in MUST:
        must[p.values[0]] = must.get(p.values[0], 0) + 1
    must["intermediary"] = len(INTERMEDIARY)
    must_not = {p.values[0] for p in MUST_NOT}
    for kind in KINDS:
        assert must.get(kind, 0) >= 3, kind
        assert kind in must_not, kind


@pytest.mark.parametrize("kind, text, source, content", MUST)
def test_sentence_gets_kind(kind, text, source, content):
    art = audit_text(text, "row.txt")
    found = _locate(art, source, content)
    assert found, f"no claim for source={source!r} content={content!r}; got:\n{_describe(art)}"
    assert found[0].kind == kind or any(c.kind == kind for c in found), f"expected {kind}; got:\n{_describe(art)}"


@pytest.mark.parametrize("text, source, go_between", INTERMEDIARY)
def test_intermediary_is_a_relay_hop(text, source, go_between):
    art = audit_text(text, "row.txt")
    found = _locate(art, source, None)
    assert found, f"no claim with source {source!r}; got:\n{_describe(art)}"
    claim = found[0]
    hops = [h for h in claim.chain[1:] if h.kind == "intermediary"]
    assert hops, f"no intermediary hop in chain {_kinds(claim)}; got:\n{_describe(art)}"
    assert any(_norm(go_between) in _norm(h.text) for h in hops), [h.text for h in hops]
    assert claim.chain[0].kind != "intermediary"


@pytest.mark.parametrize("kind, text, source, content", MUST_NOT)
def test_sentence_does_not_get_kind(kind, text, source, content):
    art = audit_text(text, "row.txt")
    found = _locate(art, source, content)
    assert found, f"no claim for source={source!r} content={content!r}; got:\n{_describe(art)}"
    claim = found[0]
    assert claim.kind != kind, f"must not be {kind}; got:\n{_describe(art)}"
    if kind == "intermediary":
        assert "intermediary" not in _kinds(claim)


# --------------------------------------------------------------------------------------
# wire agency: the agency whose copy this is
# --------------------------------------------------------------------------------------
TASS_LEAD = (
    "Japan’s alliance obligations important for peace treaty talks, Kremlin says\n"
    "MOSCOW, November 16. /TASS/. Tokyo’s alliance obligations are important for peace treaty talks between "
    "Russia and Japan, Kremlin Spokesman Dmitry Peskov told reporters.\n"
)

WIRES = [
    pytest.param(TASS_LEAD, "TASS", True, "Peskov", id="dateline-MOSCOW-date-slash-TASS-slash"),
    pytest.param(
        "WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Ash Carter used a "
        "personal "
        "email account to do some of his government business during his first months at the Pentagon.",
        "AP",
        False,
        "news report",
        id="dateline-WASHINGTON-(AP)-em-dash",
    ),
    pytest.param(
        "WASHINGTON (AP) -- Secretary of State John Kerry said Tuesday that the talks with Russia had made progress.",
        "AP",
        False,
        "John Kerry",
        id="dateline-WASHINGTON-(AP)-double-hyphen",
    ),
    pytest.param(
        "(Reuters) - Japan's Foreign Minister Taro Kono said on Monday that Tokyo would not accept Russia's "
        "demand to recognize its sovereignty over the islands first.",
        "Reuters",
        False,
        "Taro Kono",
        id="dateline-(Reuters)-hyphen",
    ),
    pytest.param(
        "TOKYO (Reuters) - Japan's Foreign Minister Taro Kono said on Monday that Tokyo would not accept "
        "Russia's demand to recognize its sovereignty over the islands first.",
        "Reuters",
        False,
        "Taro Kono",
        id="dateline-TOKYO-(Reuters)-hyphen",
    ),
    pytest.param(
        "• Kyodo\n\n\n"
        "Russian President Vladimir Putin said Thursday he wants to conclude a postwar peace treaty with "
        "Japan "
        "but that the process is challenging due to Tokyo’s military cooperation with Washington.",
        "Kyodo",
        False,
        "Putin",
        id="byline-bullet-Kyodo",
    ),
    pytest.param(
        "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this "
        "spring in a bid to create a framework agreement on territorial issues and a peace treaty with "
        "Russian "
        "President Vladimir Putin, according to people familiar with the matter.",
        None,
        None,
        "people familiar",
        id="dateline-TOKYO-double-hyphen-no-agency",
    ),
    pytest.param(
        "Japanese Prime Minister Shinzo Abe (Mainichi)\n"
        "Russian President Vladimir Putin attends a meeting with top military staff in the Russian Defense "
        "Ministry's headquarters in Moscow, Russia, on Dec. 18, 2018. (Mikhail Klimentyev, Sputnik, Kremlin "
        "Pool "
        "Photo via AP)\n\n"
        "TOKYO -- Prime Minister Shinzo Abe will try to arrange yet another visit to Russia sometime this "
        "spring in a bid to create a framework agreement on territorial issues and a peace treaty with "
        "Russian "
        "President Vladimir Putin, according to people familiar with the matter.",
        None,
        None,
        "people familiar",
        id="photo-credit-via-AP-is-not-the-wire",
    ),
]


@pytest.mark.parametrize("text, wire, state, source", WIRES)
def test_wire_agency_of_the_copy(text, wire, state, source):
    art = audit_text(text, "row.txt")
    assert art.wire == wire
    if wire is not None:
        assert art.wire_state_controlled is state
    found = _locate(art, source, None)
    assert found, f"no claim with source {source!r}; got:\n{_describe(art)}"
    claim = found[0]
    if wire is None:
        assert "wire_agency" not in _kinds(claim), _describe(art)
    else:
        assert claim.chain and claim.chain[-1].kind == "wire_agency", _describe(art)
        assert claim.chain[-1].text == wire
        assert claim.chain[0].kind != "wire_agency", _describe(art)


def test_every_attributed_claim_in_wire_copy_ends_with_the_wire():
    art = audit_text(TASS_LEAD + SEED_002_BODY, "002.txt")
    assert art.wire == "TASS"
    attributed = [c for c in art.claims if c.kind != "unattributed"]
    assert len(attributed) >= 5, _describe(art)
    for c in attributed:
        assert c.chain[-1].kind == "wire_agency" and c.chain[-1].text == "TASS", _describe(art)


# --------------------------------------------------------------------------------------
# chains
# --------------------------------------------------------------------------------------
SEED_001 = (
    "print PRINT\n\n\n"
    "Putin uses U.S. bases as a test of Japan’s loyalty: secret report\n\n"
    "“Russian President Vladimir Putin and officials of the Russian Federation have no intention to discuss "
    "the possible transfer of Etorofu and Kunashiri to Japan after returning two islands [Shikotan and "
    "Habomai],” said a Russian government official, according to a\u00a0top secret report Shukan Bunshun "
    "obtained through former Foreign Ministry official Takeo Harada, who now heads the Institute for "
    "International Strategy and Information Analysis, Inc.\n\n\n"
    "“An individual closely connected to the Russian president’s office and diplomatic and security "
    "authorities drafted the report,” said Harada. “The individual compiled the report based on detailed "
    "interviews with officials of government authorities.”\n\n\n"
    "President Putin and Prime Minister Shinzo Abe will hold a summit meeting this month.\n\n\n"
    "Russia will “conduct referendums at the national and regional levels” on returning the two islands to "
    "Japan, the report says.\n\n\n"
    "However, the report also indicates that there remains a deep rift between Japan and Russia.\n"
)

SEED_002_BODY = (
    "When asked to comment on media reports claiming that Japanese Prime Minister Shinzo Abe in a "
    "conversation "
    "with Russian President Vladimir Putin had promised not to allow the setup of US military bases on the "
    'South Kuril Islands in case Moscow handed them over to Tokyo, Peskov stressed that "the leaders held a '
    'one-on-one conversation about the peace treaty issue."\n'
    '"As for details, I would like to refrain from making them public. I can confirm that Tokyo’s alliance '
    'obligations are important as far as peace treaty talks go," the Russian presidential spokesman said.\n'
    "Following a meeting between the Russian and Japanese leaders in Singapore, Peskov told reporters that "
    "Putin and Abe had agreed to speed up Russian-Japanese peace treaty talks based on the 1956 Joint "
    "Declaration, in which Moscow had expressed readiness to hand Shikotan Island and a group of small "
    "uninhabited islands of the Lesser Kuril Chain (called Habomai in Japan) over to Tokyo as a gesture of "
    "goodwill.\n"
)


def _claim(art: AuditedArticle, source: str | None, content: str | None = None) -> Claim:
    found = _locate(art, source, content)
    assert found, f"no claim for source={source!r} content={content!r}; got:\n{_describe(art)}"
    return found[0]


def test_chain_secret_report_claim():
    art = audit_text(SEED_001, "001_66eb30b0ca2c3fe9.txt")
    c = _claim(art, "a Russian government official")
    expected = ["anonymous_described", "nonpublic_document", "intermediary", "other_outlet"]
    assert _kinds(c) == expected, _describe(art)
    assert "secret report" in _norm(c.chain[1].text)
    assert "takeo harada" in _norm(c.chain[2].text)
    assert "shukan bunshun" in _norm(c.chain[3].text)
    assert art.wire is None


def test_chain_the_report_says_points_back_to_the_same_report():
    art = audit_text(SEED_001, "001_66eb30b0ca2c3fe9.txt")
    for cue in ("says", "indicates"):
        found = [c for c in art.claims if _norm(c.source) == "the report" and cue in _norm(c.cue)]
        assert found, f"no 'the report {cue}' claim; got:\n{_describe(art)}"
        c = found[0]
        assert c.kind == "nonpublic_document"
        assert _kinds(c) == ["nonpublic_document", "intermediary", "other_outlet"], _describe(art)
        assert "takeo harada" in _norm(c.chain[1].text)
        assert "shukan bunshun" in _norm(c.chain[2].text)


def test_chain_harada_speaking_for_himself_is_on_record_only():
    art = audit_text(SEED_001, "001_66eb30b0ca2c3fe9.txt")
    c = _claim(art, "Harada", "drafted the report")
    assert _kinds(c) == ["on_record"], _describe(art)
    assert c.resolved_source == "Takeo Harada"


def test_chain_peskov_told_reporters_in_tass_copy():
    art = audit_text(TASS_LEAD + SEED_002_BODY, "002_0d6f2a640b3f5aa7.txt")
    c = _claim(art, "Peskov", "Putin and Abe had agreed to speed up")
    assert c.source == "Peskov"
    assert c.resolved_source == "Dmitry Peskov"
    assert _kinds(c) == ["on_record", "wire_agency"], _describe(art)
    assert c.chain[-1].text == "TASS"


def test_chain_media_reports_in_tass_copy():
    art = audit_text(TASS_LEAD + SEED_002_BODY, "002_0d6f2a640b3f5aa7.txt")
    c = _claim(art, None, "Japanese Prime Minister Shinzo Abe in a conversation with Russian President")
    assert c.kind == "other_outlet", _describe(art)
    assert _kinds(c) == ["other_outlet", "wire_agency"], _describe(art)


# --------------------------------------------------------------------------------------
# facets
# --------------------------------------------------------------------------------------
def test_facet_tass_is_state_controlled():
    art = audit_text(TASS_LEAD + SEED_002_BODY, "002.txt")
    assert art.wire == "TASS"
    assert art.wire_state_controlled is True


def test_facet_cited_agency_state_controlled():
    tass = _claim(audit_text("Russia has deployed new coastal missile systems on Etorofu, according to TASS."), "TASS")
    assert tass.kind == "wire_agency"
    assert tass.facets.state_controlled is True
    kyodo = _claim(
        audit_text("Kyodo News reported that the two governments had agreed to hold vice-ministerial talks in March."),
        "Kyodo",
    )
    assert kyodo.kind == "wire_agency"
    assert kyodo.facets.state_controlled is False


def test_facet_reuters_and_ap_copy_are_not_state_controlled():
    art = audit_text(
        "TOKYO (Reuters) - Japan's Foreign Minister Taro Kono said on Monday that Tokyo would "
        "not accept Russia's demand to recognize its sovereignty over the islands first."
    )
    assert art.wire == "Reuters"
    assert art.wire_state_controlled is False


ANON_WITH_REASON = (
    "The summit will be postponed until the autumn, a senior Japanese government official said, speaking on "
    "condition of anonymity because he was not authorized to discuss the talks."
)
ANON_WITH_REASON_WHO = (
    "A senior Japanese government official, who spoke on condition of anonymity because the talks are "
    "private, said the summit would be postponed until the autumn."
)
ANON_WITHOUT_REASON = "A senior Japanese government official said the summit would be postponed until the autumn."


@pytest.mark.parametrize("text", [ANON_WITH_REASON, ANON_WITH_REASON_WHO], ids=["speaking-on-condition", "who-spoke"])
def test_facet_anonymity_reason_recorded_and_letter_C(text):
    art = audit_text(text)
    c = _claim(art, "official")
    assert c.kind == "anonymous_described", _describe(art)
    reason = c.facets.anonymity_reason
    assert reason and _norm(reason) in _norm(text), reason
    assert c.chain[0].letter == "C"
    assert c.grade == "C"
    assert not any(f.code == "ANON_NO_REASON" for f in c.flags)


def test_facet_no_anonymity_reason_stays_D():
    art = audit_text(ANON_WITHOUT_REASON)
    c = _claim(art, "official")
    assert c.kind == "anonymous_described", _describe(art)
    assert not c.facets.anonymity_reason
    assert c.grade == "D"
    assert any(f.code == "ANON_NO_REASON" for f in c.flags)


def test_facet_named_person_role_and_identity():
    art = audit_text(TASS_LEAD)
    c = _claim(art, "Peskov")
    assert c.facets.identity == "named"
    assert c.facets.role == "spokesperson"


# --------------------------------------------------------------------------------------
# one source named several ways is one entry in AuditedArticle.sources
# --------------------------------------------------------------------------------------
def test_one_source_named_four_ways_is_one_entry():
    text = TASS_LEAD + SEED_002_BODY + "He added that no date had been set for the next summit.\n"
    art = audit_text(text, "002.txt")
    mentions = ("Kremlin Spokesman Dmitry Peskov", "Peskov", "the Russian presidential spokesman", "He")
    keys = set()
    for m in mentions:
        found = [c for c in art.claims if c.source and _norm(c.source) == _norm(m)]
        assert found, f"no claim with source {m!r}; got:\n{_describe(art)}"
        assert all(c.resolved_source == "Dmitry Peskov" for c in found), _describe(art)
        keys |= {c.source_key for c in found}
    assert len(keys) == 1, keys
    peskov = [s for s in art.sources if "peskov" in _norm(s.name)]
    assert len(peskov) == 1, [(s.name, s.mentions) for s in art.sources]
    rec = peskov[0]
    assert rec.name == "Dmitry Peskov"
    assert rec.kind == "on_record"
    assert {_norm(m) for m in rec.mentions} >= {_norm(m) for m in mentions}


@pytest.mark.parametrize(
    ("text", "kind", "resolved"),
    [
        ("The Associated Press suspended the accounts. It also said it had expanded the teams.", "wire_agency", "AP"),
        (
            "The State Department released the cable on Friday. It said the embassy had been warned.",
            "institution",
            "The State Department",
        ),
        # a lone surname is not an organisation: "It" stays unresolved rather than wrong, and is named as unnamed
        # sources, never a bare pronoun
        ("Putin met Abe in Moscow. It said the talks were useful.", "anonymous_vague", "unnamed sources (“It”)"),
    ],
    ids=["it-after-agency", "it-after-department", "it-not-a-person"],
)
def test_it_speaks_for_the_organisation_named_before(text: str, kind: str, resolved: str) -> None:
    art = audit_text(text)
    claim = next(c for c in art.claims if c.source == "It")
    assert (claim.kind, claim.resolved_source) == (kind, resolved)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled, the newspaper Asahi reported.",
        "The tabloid said the minister had resigned before the vote.",
        "According to the weekly magazine Shukan Bunshun, the report was drafted in Moscow.",
    ],
    ids=["the-newspaper-X", "the-tabloid", "the-weekly-magazine-X"],
)
def test_a_publication_described_by_its_kind_is_another_outlet(text: str) -> None:
    art = audit_text(text)
    assert any(c.kind == "other_outlet" for c in art.claims), [(c.kind, c.source) for c in art.claims]


def test_citing_makes_the_cited_party_the_origin():
    """ "..., the Associated Press reported, citing Reuters": Reuters -> AP, and "Reuters" is no claim."""
    art = audit_text("The talks failed, the Associated Press reported, citing Reuters.")
    claim = next(c for c in art.claims if c.content.startswith("The talks failed"))
    assert [(h.kind, h.text) for h in claim.chain] == [("wire_agency", "Reuters"), ("wire_agency", "AP")]
    assert not any(c.content == "Reuters" for c in art.claims)
