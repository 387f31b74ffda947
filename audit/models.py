"""Typed records passed between pipeline stages.

Every span is a ``(start, end)`` pair of character offsets into ``RawArticle.text``
exactly as it was read (after decoding, before any cleaning), so ``text[start:end]``
is always the field it spans.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]

Kind = Literal[
    "witnessed",
    "on_record",
    "institution",
    "public_record",
    "anonymous_described",
    "anonymous_vague",
    "nonpublic_document",
    "intermediary",
    "wire_agency",
    "other_outlet",
    "social_post",
    "unattributed",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]

QuoteType = Literal["direct", "indirect", "partial", "none"]

SegmentRole = Literal["headline", "body", "caption", "credit", "byline", "dateline", "navigation", "pitch", "tags"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RawArticle(Record):
    """An article as read by the ingest stage, before anything is interpreted."""

    article_id: str = Field(description="File name, path under the input directory, or the JSONL `id`.")
    text: str = Field(description="The article text exactly as read; every span points into it.")
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None
    origin: str = Field("", description="Where the article came from (path, `file:line`, URL or `-`).")
    fetched_at: str | None = None
    html_sha256: str | None = None
    raw_html: str | None = Field(None, description="The fetched or saved HTML page, when the input was HTML.")


class IngestError(Record):
    """An input that could not be read, with the reason in words a user can act on."""

    origin: str
    article_id: str | None = None
    reason: str
    stage: str = "ingest"


class Segment(Record):
    """A line-bounded piece of text with its role (cleaning stage)."""

    start: int
    end: int
    role: SegmentRole
    paragraph: int = 0


class CleanedText(Record):
    """What the clean stage learns: every line's role, and the wire and outlet it names."""

    segments: list[Segment] = Field(default_factory=list)
    wire: str | None = None
    wire_state_controlled: bool | None = None
    outlet: str | None = None
    headline: Segment | None = None


class Sentence(Record):
    start: int
    end: int
    paragraph: int
    role: SegmentRole = "body"


class Attribution(Record):
    """What the attribution stage finds: source, cue and content as spans."""

    content: list[Span]
    source: Span | None = None
    cue: Span | None = None
    quote: QuoteType = "none"
    sentence: int = Field(0, description="Index of the sentence the content starts in.")
    relay: list[Span] = Field(default_factory=list, description="Later hops named in the same sentence.")
    cited: Span | None = Field(None, description="What the source cites as its own origin (', citing Reuters').")
    source_text_override: str | None = None


class SourceFacets(Record):
    identity: Literal["named", "described", "vague", "document", "organisation", "none"] = "none"
    role: str | None = None
    affiliation: str | None = None
    plural: bool = False
    anonymity_reason: str | None = None
    interest: str | None = None
    relayed: str | None = None
    verified: str | None = None
    state_controlled: bool | None = None
    country: str | None = None


class Hop(Record):
    """One party a claim passed through, origin first."""

    kind: Kind
    text: str
    span: Span | None = None
    letter: str = "F"
    fidelity: float = 1.0
    reason: str = Field("", description="Why this hop got its letter, in plain words.")


class Flag(Record):
    code: str
    words: str = Field(description="The words in the article that raised the flag.")


class Claim(Record):
    claim_id: str
    article_id: str
    content: str
    content_span: Span
    content_spans: list[Span] = Field(default_factory=list)
    source: str | None = None
    source_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    kind: Kind = "unattributed"
    resolved_source: str | None = None
    source_key: str | None = Field(None, description="Key of the resolved source within the article.")
    facets: SourceFacets = Field(default_factory=SourceFacets)
    quote: QuoteType = "none"
    is_headline: bool = False
    chain: list[Hop] = Field(default_factory=list)
    score: int = 0
    grade: str = "F"
    flags: list[Flag] = Field(default_factory=list)
    explanation: str = ""
    sentence_start: int = 0
    sentence_end: int = 0


class SourceRecord(Record):
    """One source as the article names it, however many ways it is named."""

    source_key: str
    article_id: str
    name: str = Field(description="The fullest name the article gives.")
    kind: Kind
    facets: SourceFacets = Field(default_factory=SourceFacets)
    mentions: list[str] = Field(default_factory=list)
    first_span: Span | None = None


class AuditedArticle(Record):
    """Everything the pipeline learned about one article; what the store stage writes."""

    article_id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    wire: str | None = None
    wire_state_controlled: bool | None = None
    published: str | None = None
    url: str | None = None
    origin: str = ""
    fetched_at: str | None = None
    html_sha256: str | None = None
    content_sha256: str
    engine_version: str
    segments: list[Segment] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    sources: list[SourceRecord] = Field(default_factory=list)
    word_count: int = 0
