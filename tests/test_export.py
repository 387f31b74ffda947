"""The JSONL export of the seeds against the contract in docs/export-format.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.models import KINDS

S0, S1, S2, S3, S4 = SEED_IDS = [
    "000_c3e996ea259f14b0.txt",
    "001_66eb30b0ca2c3fe9.txt",
    "002_0d6f2a640b3f5aa7.txt",
    "003_8f899b33aa897c36.txt",
    "004_0e3ea9520caa6332.txt",
]

ARTICLE_FIELDS = ("article_id", "title", "outlet", "wire", "published", "url", "claims")
CLAIM_FIELDS = (
    "content",
    "content_span",
    "source",
    "source_span",
    "cue",
    "cue_span",
    "kind",
    "resolved_source",
    "quote",
    "chain",
    "score",
    "grade",
    "flags",
)
SPANNED = (("content", "content_span"), ("source", "source_span"), ("cue", "cue_span"))
QUOTES = {"direct", "indirect", "partial", "none"}
GRADES = {"A", "B", "C", "D", "E", "F"}  # provenance.md: letters A-F

WIRES = {S0: None, S1: None, S2: "TASS", S3: "Kyodo", S4: None}

# Page furniture in the seeds (from the hand gold): no claim may touch it.
BOILERPLATE = {
    S0: ["Photo/Illutration", "(Takeshi Iwashita)"],
    S1: ["print PRINT", "• Ambassador", "• Ukraine", "• COVID-19", "• Trending Japan"],
    S2: ["MOSCOW, November 16. /TASS/."],
    S3: [
        "• Kyodo",
        "In a time of both misinformation and too much information, quality journalism is more crucial than ever.",
        "By subscribing, you can help us get the story right.",
    ],
    S4: [
        "Please view the main text area of the page by skipping the main menu.",
        "Japanese Prime Minister Shinzo Abe (Mainichi)",
        "(Japanese original by Shinichi Akiyama and Yu Koyama, Political News Department)",
        "Also in The Mainichi",
        "The Mainichi on social media",
    ],
}

# Headlines and body sentences that must each be (part of) a claim, or contain one.
COVERED = [
    (S0, "Japan has long demanded that Moscow return all four islands."),
    (
        S0,
        "The Northern Territories, as they are called in Japan, were seized by Soviet forces "
        "at the end of World War II.",
    ),
    (S0, "Russia has expressed strong apprehensions in its negotiations with Japan on the four islands."),
    (S1, "Putin uses U.S. bases as a test of Japan’s loyalty: secret report"),
    (S1, "The West has imposed economic sanctions on Russia over the annexation of Crimea."),
    (S1, "President Putin aims to drive in a wedge between Japan and the U.S."),
    (S2, "Japan’s alliance obligations important for peace treaty talks, Kremlin says"),
    (
        S2,
        "Tokyo’s alliance obligations are important for peace treaty talks between Russia and Japan, "
        "Kremlin Spokesman Dmitry Peskov told reporters.",
    ),
    (S2, "Both countries ratified the Declaration on December 8, 1956."),
    (S3, "Putin said the two nations should build trust before a decision on such an issue can be made."),
    (
        S3,
        "He said his country’s national security will be affected if a U.S. military facility is built "
        "elsewhere in Japan.",
    ),
    (S4, "Abe intends to visit Russia again in spring for peace treaty, territorial talks"),
    (S4, "Moscow, however, appears to be in no hurry concerning the issue."),
    (S4, "Neither issue is directly related to the peace treaty negotiations."),
]


@pytest.fixture(scope="module")
def records(seeds_export: list[dict]) -> dict[str, dict]:
    return {r["article_id"]: r for r in seeds_export}


@pytest.fixture(scope="module")
def texts(seeds_dir: Path) -> dict[str, str]:
    return {name: (seeds_dir / name).read_text(encoding="utf-8") for name in SEED_IDS}


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    found, start = [], text.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def test_every_seed_exported(records: dict[str, dict]) -> None:
    assert sorted(records) == SEED_IDS


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_article_fields(records: dict[str, dict], article_id: str) -> None:
    record = records[article_id]
    for field in ARTICLE_FIELDS:
        assert field in record, f"{article_id}: missing field {field!r}"
    assert record["article_id"] == article_id
    assert isinstance(record["claims"], list) and record["claims"], f"{article_id}: no claims"


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_claim_fields(records: dict[str, dict], article_id: str) -> None:
    for n, claim in enumerate(records[article_id]["claims"]):
        where = f"{article_id} claim {n} ({claim.get('content')!r})"
        for field in CLAIM_FIELDS:
            assert field in claim, f"{where}: missing field {field!r}"
        assert isinstance(claim["content"], str) and claim["content"], where
        assert claim["kind"] in KINDS, where
        assert claim["quote"] in QUOTES, where
        assert isinstance(claim["chain"], list), where
        for hop in claim["chain"]:
            assert isinstance(hop, dict) and {"kind", "text"} <= set(hop), where
            assert hop["kind"] in KINDS, where
            assert isinstance(hop["text"], str), where
        assert isinstance(claim["score"], int) and not isinstance(claim["score"], bool), where
        assert 0 <= claim["score"] <= 100, where
        assert claim["grade"] in GRADES, where
        assert isinstance(claim["flags"], list) and all(isinstance(f, str) for f in claim["flags"]), where
        if claim["resolved_source"] is not None:
            assert isinstance(claim["resolved_source"], str), where


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_spans_point_into_text(records: dict[str, dict], texts: dict[str, str], article_id: str) -> None:
    text = texts[article_id]
    for n, claim in enumerate(records[article_id]["claims"]):
        for field, span_field in SPANNED:
            value, span = claim[field], claim[span_field]
            where = f"{article_id} claim {n}: {field}={value!r} {span_field}={span!r}"
            assert (value is None) == (span is None), where
            if span is None:
                continue
            assert isinstance(span, list) and len(span) == 2, where
            start, end = span
            assert 0 <= start < end <= len(text), where
            assert text[start:end] == value, f"{where}: text has {text[start:end]!r}"


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_unattributed_has_no_source(records: dict[str, dict], article_id: str) -> None:
    for claim in records[article_id]["claims"]:
        if claim["kind"] == "unattributed":
            where = f"{article_id}: {claim['content']!r}"
            for field in ("source", "source_span", "cue", "cue_span"):
                assert claim[field] is None, f"{where}: unattributed claim has {field}={claim[field]!r}"


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_wire(records: dict[str, dict], article_id: str) -> None:
    assert records[article_id]["wire"] == WIRES[article_id]


@pytest.mark.parametrize("article_id", SEED_IDS)
def test_no_claim_touches_boilerplate(records: dict[str, dict], texts: dict[str, str], article_id: str) -> None:
    text = texts[article_id]
    for furniture in BOILERPLATE[article_id]:
        spans = occurrences(text, furniture)
        assert spans, f"{article_id}: boilerplate {furniture!r} not found in the seed text"
        for claim in records[article_id]["claims"]:
            for field, span_field in SPANNED:
                span = claim[span_field]
                if span is None:
                    continue
                for bp in spans:
                    assert not overlaps(tuple(span), bp), (
                        f"{article_id}: claim {field} {claim[field]!r} at {span} overlaps boilerplate {furniture!r}"
                    )


@pytest.mark.parametrize(("article_id", "sentence"), COVERED, ids=[f"{a[:3]}:{s[:30]}" for a, s in COVERED])
def test_sentence_covered(records: dict[str, dict], texts: dict[str, str], article_id: str, sentence: str) -> None:
    text = texts[article_id]
    spans = occurrences(text, sentence)
    assert len(spans) == 1, f"{article_id}: test sentence should occur once in the seed: {sentence!r}"
    ((s_start, s_end),) = spans
    claims = records[article_id]["claims"]
    contains = any(sentence in c["content"] for c in claims)
    inside = any(s_start <= c["content_span"][0] and c["content_span"][1] <= s_end for c in claims)
    assert contains or inside, (
        f"{article_id}: no claim covers {sentence!r}; claims near it: "
        f"{[c['content'] for c in claims if overlaps(tuple(c['content_span']), (s_start, s_end))]}"
    )
