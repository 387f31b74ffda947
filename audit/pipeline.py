"""The pipeline: ingest -> clean -> segment -> attribute -> classify -> chain -> score.

``audit_article`` runs every stage on one ``RawArticle`` and returns an ``AuditedArticle``
ready for the store stage. Each stage is a module of its own and can be called alone.
"""

from __future__ import annotations

import bisect
import hashlib
import re

from . import __version__
from .attribute import attribute
from .chain import build_chain, document_relay, go_between_party, recipient_outlet, relay_phrases, spoke_to_outlet
from .classify import Classifier
from .clean import clean
from .lexicon import cue_info, find_phrase, lexicon
from .models import Attribution, AuditedArticle, Claim, Hop, RawArticle, Sentence, SourceRecord, Span
from .restate import note_restatement, restate
from .score import score_claim
from .segment import segment
from .sourcetype import carry_post_medium, kind_from_context

ENGINE_VERSION = f"rules-{__version__}"
FIRST_WORDS_RE = re.compile(r"\s*(?:\S+\s+){0,5}")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def claim_id(article_id: str, content_span: tuple[int, int], source_span: tuple[int, int] | None) -> str:
    key = f"{article_id}\x00{content_span}\x00{source_span}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _sentence_index(sentences: list[Sentence], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def audit_article(raw: RawArticle) -> AuditedArticle:
    text = raw.text
    cleaned = clean(text, raw.title, structured=raw.html_sha256 is not None)
    sentences = segment(text, cleaned.segments)
    attributions = attribute(text, sentences)
    classifier = Classifier(text, sentences, cleaned.wire, own_outlet=raw.outlet or cleaned.outlet)
    claims: list[Claim] = []
    doc_relays: dict[str, list[Hop]] = {}
    # Headline attributions last, so "secret report" in a headline finds the report named below.
    order = sorted(range(len(attributions)), key=lambda i: sentences[attributions[i].sentence].role == "headline")
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence, []).append(a)
    spans: set[tuple[int, ...]] = set()
    for i in order:
        a = attributions[i]
        others = [b for b in by_sentence[a.sentence] if b is not a]
        claim = _attributed_claim(raw, text, sentences, a, classifier, doc_relays, cleaned.wire, others)
        if tuple(claim.content_span) in spans:
            continue  # one span of text is one claim, even when two cues pin it on a source
        spans.add(tuple(claim.content_span))
        claims.append(claim)
    covered: set[int] = set()
    for a in attributions:
        for span in a.content + ([a.cue] if a.cue else []):
            for si in range(_sentence_index(sentences, span[0]), len(sentences)):
                s = sentences[si]
                if s.start >= span[1]:
                    break
                if min(s.end, span[1]) - max(s.start, span[0]) > 0:
                    covered.add(si)
    for si, s in enumerate(sentences):
        if si in covered:
            continue
        claims.append(
            Claim(
                claim_id=claim_id(raw.article_id, (s.start, s.end), None),
                article_id=raw.article_id,
                content=text[s.start : s.end],
                content_span=(s.start, s.end),
                content_spans=[(s.start, s.end)],
                kind="unattributed",
                quote="none",
                is_headline=s.role == "headline",
                sentence_start=s.start,
                sentence_end=s.end,
            )
        )
    claims.sort(key=lambda c: (c.content_span[0], c.content_span[1]))
    carry_post_medium(claims, {s.start: i for i, s in enumerate(sentences)}, text)
    restated = restate(claims, text)
    for c in claims:
        score_claim(c, text[c.sentence_start : c.sentence_end], text)
    for c, r in restated:
        note_restatement(c, r)
    claims.sort(key=lambda c: (c.content_span[0], c.content_span[1]))
    _dedupe_ids(claims)
    sources = _sources(raw.article_id, claims)
    outlet = raw.outlet or cleaned.outlet or (cleaned.wire if _wire_wrote_dateline(cleaned) else None)
    return AuditedArticle(
        article_id=raw.article_id,
        text=text,
        title=raw.title or _headline_text(text, cleaned) or _first_line_title(text, cleaned),
        outlet=outlet,
        author=raw.author,
        wire=cleaned.wire,
        wire_state_controlled=cleaned.wire_state_controlled,
        published=raw.published,
        url=raw.url,
        origin=raw.origin,
        fetched_at=raw.fetched_at,
        html_sha256=raw.html_sha256,
        content_sha256=_sha(text),
        engine_version=ENGINE_VERSION,
        segments=cleaned.segments,
        claims=claims,
        sources=sources,
        word_count=len(text.split()),
    )


def _wire_wrote_dateline(cleaned) -> bool:
    return any(s.role == "dateline" for s in cleaned.segments) and cleaned.wire is not None


def _headline_text(text: str, cleaned) -> str | None:
    h = cleaned.headline
    return text[h.start : h.end] if h else None


def _first_line_title(text: str, cleaned, limit: int = 90) -> str | None:
    """No headline: the first line of story text stands in as a readable title, cut at a word."""
    first = next((s for s in cleaned.segments if s.role == "body"), None)
    line = " ".join(text[first.start : first.end].split()) if first else ""
    if len(line) <= limit:
        return line or None
    return line[: line.rfind(" ", 0, limit - 1) if " " in line[: limit - 1] else limit - 1].rstrip(" ,;:") + "\u2026"


def _dedupe_ids(claims: list[Claim]) -> None:
    seen: dict[str, int] = {}
    for c in claims:
        n = seen.get(c.claim_id, 0)
        seen[c.claim_id] = n + 1
        if n:
            c.claim_id = f"{c.claim_id}-{n}"


def _attributed_claim(
    raw: RawArticle,
    text: str,
    sentences: list[Sentence],
    a: Attribution,
    classifier: Classifier,
    doc_relays: dict[str, list[Hop]],
    wire: str | None,
    others: list[Attribution] | None = None,
) -> Claim:
    """``others``: the other attributions of the same sentence, whose words say nothing of how
    this one was made ("Carson proposed X, while Bush in a Medium post said Y": Carson spoke)."""
    sent = sentences[a.sentence]
    sentence_text = text[sent.start : sent.end]
    source_text = a.source_text_override or (text[a.source[0] : a.source[1]] if a.source else "")
    cue_text = text[a.cue[0] : a.cue[1]] if a.cue else None
    # The medium and the anonymity reason are read around the claim, not inside what was said:
    # "Raab defended the Twitter account" was said aloud, not posted.
    # the object right after the cue can still say how it was said ("unleashed a flurry of
    # tweets saying ..."): its first few words stay
    keeps_object = bool(a.content) and a.quote != "direct" and not _speech_verb(cue_text)
    around = blank_said(text, sent.start, sent.end, a.content, keeps_object)
    medium_text = None
    if others:
        medium_text = blank_others(text, sentence_text, sent.start, a, others, said_too=False)
        around = blank_others(text, around, sent.start, a, others, said_too=True)
    if a.source:
        lead = LEAD_CLAUSE_RE.match(text, sent.start, a.source[0])
        platforms = lexicon().sources["social_markers"]
        names = [  # capitalised words past the subordinator, not a platform ("After posting on Facebook,")
            n
            for n in (re.findall(r"\b[A-Z][\w’'.-]+", lead.group(0))[1:] if lead else [])
            if n.lower() not in platforms
        ]
        if lead and names and not any(n in text[a.source[0] : a.source[1]] for n in names):
            # "As Donald Trump began tweeting ..., his son said C": the clause before the speaker is
            # about someone else; its medium is not the son's
            blank = " " * (lead.end() - lead.start())
            medium_text = blank + (medium_text if medium_text is not None else sentence_text)[len(blank) :]
            around = blank + around[len(blank) :]
    if a.cue and not sent.start <= a.cue[0] < sent.end:
        # a quotation's later sentence, its cue in another ("“C1,” said X in a Friday tweet. “C2.”"): how it was
        # made is told where the cue is
        cue_sent = sentences[max(0, bisect.bisect_right(classifier.sentence_starts, a.cue[0]) - 1)]
        if cue_sent.start <= a.cue[0] < cue_sent.end:
            medium_text = text[cue_sent.start : cue_sent.end]
    res = classifier.classify(source_text, a.source, sentence_text, cue_text, around=around, medium_text=medium_text)
    if not source_text and cue_text and not res.name:
        res.name = f"unnamed sources (‘{cue_text}’)"  # "Khoga was reportedly on that trip": no one is named
    verified = find_phrase("grading", "verification_words", sentence_text)
    if verified:
        res.facets = res.facets.model_copy(update={"verified": verified})
    classifier.register_speaker(a.source[0] if a.source else sent.start, res)
    content_text = " ".join(text[s:e] for s, e in a.content)
    # a copy when retyped: the speaker registered above stays who spoke
    res, released = kind_from_context(res, text, sent.end, cue_text, content_text)
    kind = res.kind
    relays: list[Hop] = []
    relay_text = " ".join(text[s:e] for s, e in a.relay)
    if relay_text:
        relays = []
        for role, phrase in relay_phrases(relay_text):
            if role == "document":  # a typed source like any other: the classifier decides its kind
                relays.append(Hop(kind=classifier.classify(phrase, None, sentence_text).kind, text=phrase))
            else:
                relays.append(Hop(kind=role, text=phrase))
        # A document named in the relay carries its own go-between and outlet.
        for hop in relays:
            if hop.kind in ("nonpublic_document", "public_record"):
                doc_relays[_doc_key(hop.text)] = [h for h in relays if h.kind in ("intermediary", "other_outlet")]
                classifier.register_document(hop.text, text.find(hop.text, sent.start), hop.kind)
    elif kind in ("nonpublic_document", "public_record") and not released:  # its speaker brought it out
        key = _doc_key(res.name)
        if key not in doc_relays and a.source:
            doc_relays[key] = document_relay(text[a.source[1] : sent.end])
        relays = list(doc_relays.get(key, []))
    if a.cue:
        hop = recipient_outlet(text[a.cue[1] : sent.end], sentence_text)
        if hop:
            relays.append(hop)
    told = spoke_to_outlet(source_text)
    if told is not None and not classifier.names_own_outlet(told.group("o")):
        relays.append(Hop(kind="other_outlet", text=told.group("o").strip()))  # "sources who spoke to Fox News"
    # The origin hop names who it really is ("He" -> "Vladimir Putin"); the span keeps the words.
    origin = Hop(kind=kind, text=res.name or source_text, span=a.source)
    party = go_between_party(source_text) if kind == "intermediary" and a.source else None
    if party is not None and a.source:
        # "A friend who spoke with him said": he is the origin, the friend the go-between
        p0 = a.source[0] + party.start("party")
        said_by = classifier.classify(party.group("party"), (p0, p0 + len(party.group("party"))), sentence_text)
        relays.insert(0, Hop(kind="intermediary", text=origin.text, span=a.source))
        origin = Hop(kind=said_by.kind, text=said_by.name, span=(p0, p0 + len(party.group("party"))))
    elif a.cited:
        # "..., the AP reported, citing Reuters": Reuters is the origin, the AP relays it.
        cited = classifier.classify(text[a.cited[0] : a.cited[1]], a.cited, sentence_text)
        relays.insert(0, origin)
        origin = Hop(kind=cited.kind, text=text[a.cited[0] : a.cited[1]], span=a.cited)
    chain = build_chain(origin, relays, wire if kind != "wire_agency" or res.name != wire else None)
    content_spans = [tuple(s) for s in a.content]
    span = (content_spans[0][0], content_spans[-1][1])
    content = text[span[0] : span[1]]
    return Claim(
        claim_id=claim_id(raw.article_id, span, a.source),
        article_id=raw.article_id,
        content=content,
        content_span=span,
        content_spans=content_spans,  # type: ignore[arg-type]
        source=source_text or None,
        source_span=a.source,
        cue=cue_text,
        cue_span=a.cue,
        kind=kind,
        resolved_source=res.name,
        source_key=res.key,
        facets=res.facets,
        quote=a.quote,
        is_headline=sent.role == "headline",
        chain=chain,
        sentence_start=sent.start,
        sentence_end=sent.end,
    )


LEAD_CLAUSE_RE = re.compile(
    r"\s*(?:As|While|After|When|Before|Since|Though|Although|Because|Once|Until)\s+[^,;:“”\"]{3,200},\s*$"
)


def blank_others(
    text: str, sentence: str, start: int, own: Attribution, others: list[Attribution], *, said_too: bool
) -> str:
    """``sentence`` (at ``start`` in ``text``) as read for the medium of ``own``: all of another
    speaker's attribution, from its first span to its last, is blanked by as many spaces ("Carson
    proposed X, while Bush in a Medium post said Y"); the same speaker's stays ("Noem tweeted that
    C, adding D": D was tweeted too; "claimed victory in a tweet, saying C"), but with ``said_too``
    what it says is blanked ("defended the party, saying the Twitter account was ...": the account
    is what he spoke of). The words of ``own`` stay."""
    keep = sorted(sp for sp in [own.source, own.cue, *own.content] if sp)
    own_source = " ".join(text[own.source[0] : own.source[1]].lower().split()) if own.source else None
    regions: list[tuple[int, int]] = []
    for b in others:
        same_speaker = b.source is not None and " ".join(text[b.source[0] : b.source[1]].lower().split()) == own_source
        if same_speaker and not said_too:
            continue
        spans = b.content if same_speaker else [sp for sp in [b.source, b.cue, *b.content] if sp]
        if not spans:
            continue
        regions.extend(spans if same_speaker else [(min(sp[0] for sp in spans), max(sp[1] for sp in spans))])
    end = start + len(sentence)
    out = sentence
    for r0, r1 in regions:
        # the region less the words of ``own``, clipped to the sentence: blanked by slicing
        pieces = [(max(r0, start), min(r1, end))]
        for k0, k1 in keep:
            pieces = [q for a, b in pieces for q in ((a, min(b, k0)), (max(a, k1), b)) if q[1] > q[0]]
        for a, b in pieces:
            out = out[: a - start] + " " * (b - a) + out[b - start :]
    return out


def blank_said(text: str, start: int, end: int, content: list[Span], keeps_object: bool) -> str:
    """The sentence ``text[start:end]`` with what was said (the ``content`` spans) blanked by as
    many spaces, its first five words kept with ``keeps_object``. String slices and the words
    read at their offsets (tests/test_fast_paths.py compares with a list of characters)."""
    around = text[start:end]
    for cs, ce in content:
        # the first words of text[cs:ce] ("" past the end of the text or of an empty span)
        lead = FIRST_WORDS_RE.match(text, cs, ce).end() - cs if keeps_object and cs < min(ce, len(text)) else 0  # type: ignore[union-attr]
        a0, a1 = max(cs + lead, start) - start, min(ce, end) - start
        if a1 > a0:
            around = around[:a0] + " " * (a1 - a0) + around[a1:]
    return around


def _speech_verb(cue: str | None) -> bool:
    """ "said", "told", "wrote": what follows is what was said, not how it was said."""
    info = cue_info(cue.split()[-1]) if cue else None
    return bool(info and info.cls in ("speech", "phrase"))


def _doc_key(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    heads = lexicon().sets["document_heads"]
    head = next((w for w in reversed(words) if w in heads), words[-1] if words else "")
    return head


def _sources(article_id: str, claims: list[Claim]) -> list[SourceRecord]:
    out: dict[str, SourceRecord] = {}
    for c in claims:
        if not c.source_key:
            continue
        key = f"{article_id}:{c.source_key}"
        rec = out.get(key)
        if rec is None:
            rec = SourceRecord(
                source_key=key,
                article_id=article_id,
                name=c.resolved_source or c.source or "",
                kind=c.kind,
                facets=c.facets,
                mentions=[],
                first_span=c.source_span,
            )
            out[key] = rec
        if c.source and c.source not in rec.mentions:
            rec.mentions.append(c.source)
        c.source_key = key
    return list(out.values())
