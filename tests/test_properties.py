"""Properties of the whole pipeline (``audit.api.audit_text``), over arbitrary text and over the
seed articles mutated at random:

- it never raises;
- every span lies inside the text and ``text[start:end]`` is the field it spans (content,
  source and cue of every claim; each piece of a discontinuous content; the sentence; segments);
- every claim has exactly one kind, one of ``audit.models.KINDS``;
- running it again gives identical output.

2,000+ examples in all, no deadline (the suite stays well under two minutes).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.api import audit_text
from audit.models import KINDS, AuditedArticle

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]


def props(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def check(text: str, article_id: str = "prop") -> AuditedArticle:
    """Run the pipeline twice and check every property; returns the first result."""
    art = audit_text(text, article_id)
    n = len(text)
    assert art.text == text
    for c in art.claims:
        assert c.kind in KINDS
        assert sum(c.kind == k for k in KINDS) == 1
        for h in c.chain:
            assert h.kind in KINDS
        s, e = c.content_span
        assert 0 <= s <= e <= n, (c.content_span, n)
        assert text[s:e] == c.content
        for ps, pe in c.content_spans:
            assert s <= ps <= pe <= e, (c.content_spans, c.content_span)
        if c.source_span is not None:
            ss, se = c.source_span
            assert 0 <= ss <= se <= n
            assert text[ss:se] == c.source, (c.source_span, c.source)
        if c.cue_span is not None:
            cs, ce = c.cue_span
            assert 0 <= cs <= ce <= n
            assert text[cs:ce] == c.cue, (c.cue_span, c.cue)
        assert 0 <= c.sentence_start <= c.sentence_end <= n
        for h in c.chain:
            if h.span is not None:
                assert 0 <= h.span[0] <= h.span[1] <= n
    for seg in art.segments:
        assert 0 <= seg.start <= seg.end <= n
    assert len({c.claim_id for c in art.claims}) == len(art.claims), "claim ids must be unique"
    again = audit_text(text, article_id)
    assert again.model_dump() == art.model_dump(), "a second run must give identical output"
    return art


# Arbitrary text: every code point hypothesis draws (surrogates excepted: they cannot be read
# from a UTF-8 file), including controls, combining marks and Unicode line separators.
@props(1000)
@given(st.text(max_size=1500))
@example("")
@example("\x85\u2028\u2029\x0b\x0c\r\n\r")
@example('"' * 50)
@example("“" * 30 + "said" + "”" * 30)
@example("He said.\u0301 “Ok,” she said\u2028“No.”")
def test_arbitrary_text(text: str) -> None:
    check(text)


WORDS = [
    "said",
    "says",
    "told",
    "reporters",
    "according",
    "to",
    "officials",
    "the",
    "minister",
    "a",
    "senior",
    "official",
    "who",
    "declined",
    "be",
    "named",
    "Putin",
    "Abe",
    "TASS",
    "Reuters",
    "Kyodo",
    "AP",
    "report",
    "secret",
    "statement",
    "tweeted",
    "wrote",
    "claimed",
    "that",
    "he",
    "she",
    "they",
    "U.S.",
    "Gen.",
    "Jan.",
    "Mr.",
    "(AP)",
    "--",
    "—",
    "TOKYO",
    "MOSCOW",
    "spokesman",
    "Dmitry",
    "Peskov",
    "sources",
    "familiar",
    "with",
    "matter",
    "obtained",
    "through",
    "by",
    "in",
    "on",
    "and",
    "not",
]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "„", "(", ")", "[", "]"]),
    st.sampled_from([".", ",", ";", ":", "!", "?", "…", "...", " ", "  ", "\n", "\n\n", "\r\n", "\t"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=3),
)


# News-like text: words, cue verbs, quotation marks and sentence punctuation in any order,
# so the attribution rules fire on odd shapes far more often than with arbitrary text.
@props(700)
@given(st.lists(PIECES, max_size=120).map(lambda xs: " ".join(xs)))
@example("He said \"she said 'they said “it is so,” he said' she said\" officials said.")
@example('" said. " said. " said. " said. " said.')
@example("according to according to according to , said , said")
@example("\u201cIt is over,\u201d \u00c5 said.")
def test_newslike_text(text: str) -> None:
    check(text)


MUTATION_PAYLOADS = st.one_of(
    st.sampled_from(
        [
            '"',
            "“",
            "”",
            "‘",
            "’",
            "'",
            "\n",
            "\n\n",
            "\r\n",
            "\r",
            ".",
            ",",
            " said ",
            " according to ",
            " told reporters",
            ": ",
            "—",
            " (AP) ",
            "\u2028",
            "\x85",
            "\ufeff",
            "\t",
            " ",
            "U.S.",
            "Mr. ",
            "?",
            "!",
        ]
    ),
    st.text(max_size=4),
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed article with a few random edits: inserted characters (quotes, newlines, cue words,
    anything), deleted or duplicated stretches, swapped case."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert", "insert", "delete", "duplicate", "case", "cut"]))
        if not text:
            text = draw(MUTATION_PAYLOADS)
            continue
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 200)))
        if op == "insert":
            text = text[:i] + draw(MUTATION_PAYLOADS) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] * draw(st.integers(1, 3)) + text[j:]
        elif op == "case":
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:  # keep one stretch only
            text = text[i:j]
    return text


@props(700)
@given(mutated_seed())
def test_mutated_seed(text: str) -> None:
    check(text)


@props(300)
@given(st.sampled_from(SEEDS), st.sampled_from(["\r\n", "\r", "\n\n\n", "\u2028", "\x85"]), st.booleans())
def test_seed_line_ends(seed: str, newline: str, no_quotes: bool) -> None:
    """The seeds with other line ends (and without their quotation marks): every property holds."""
    text = seed.replace("\n", newline)
    if no_quotes:
        text = text.replace('"', "").replace("\u201c", "").replace("\u201d", "")
    art = check(text)
    if newline in ("\r\n", "\r", "\n\n\n"):
        assert art.claims and any(c.kind != "unattributed" for c in art.claims)


@pytest.mark.parametrize("newline", ["\u2028", "\x85"], ids=["U+2028", "NEL"])
def test_unicode_line_separators_keep_claims(newline: str) -> None:
    assert check(SEEDS[0].replace("\n", newline)).claims


def test_seeds_unmutated() -> None:
    for i, seed in enumerate(SEEDS):
        assert check(seed, f"seed-{i}").claims


# Found by the properties above. classify.py raised IndexError (`words[0]` of an empty list in
# Classifier.classify) when the source is a single capital letter outside ASCII.
@pytest.mark.parametrize(
    "text",
    ["\u201cIt is over,\u201d \u00c5 said.", "\u00c0 said said"],
    ids=["quote-then-A-ring-said", "A-grave-said-said"],
)
def test_regression_lone_non_ascii_capital_source(text: str) -> None:
    check(text)


# Found by test_mutated_seed (a CI run busy for more than 16 minutes on one example): after
# "<cue> to ", attribute._skip_after_cue's recipient pattern "(?:[A-Z][\w.'’-]*\s*)+" could split a
# run of capitals ("PUTIN THAT EVEN IF ...") at every capital letter, and tried all 2**n ways
# before failing. Seed 000 with two of the strategy's own edits: "case" from the "u" of
# "conveyed to Putin" on, "delete" of the "r" of "rUSSIA"; seed 004 with one "case" edit (found by
# a fuzzer weighted to such edits). Before the fix the first took 5 minutes, the second and
# third hours, the last 20 s; now each takes well under a second.
def _capitals_after_to(length: int) -> str:
    seed = SEEDS[0]
    i = seed.index("conveyed to Putin") + len("conveyed to P")
    text = seed[:i] + seed[i : i + length].swapcase() + seed[i + length :]
    r = text.index("rUSSIA")
    return text[:r] + text[r + 1 :]


@pytest.mark.parametrize(
    "text",
    [
        _capitals_after_to(42),
        _capitals_after_to(60),
        "Officials said to " + "A" * 40 + " on Monday.",
        SEEDS[4].replace("to accelerate talks on a peace treaty b", "to ACCELERATE TALKS ON A PEACE TREATY B"),
    ],
    ids=["seed-PUTIN-...-TWO", "seed-PUTIN-...-TO-jAPAN", "said-to-40-capitals", "seed-ACCELERATE-...-TREATY"],
)
def test_regression_run_of_capitals_after_to(text: str) -> None:
    assert check(text).claims


# Also found looking for it: "\s*,?\s*(?:that|...)" tried every split of a run of whitespace between
# its two "\s*", on every call: "said" and a sentence's worth (3,000 characters) of spaces took
# 10-20 s, now under 0.1 s ("\s*(?:,\s*)?" matches the same).
def test_regression_run_of_spaces_after_cue() -> None:
    assert check("Officials said" + " " * 2900 + " that it is so.").claims


# --------------------------------------------------------------------------- the HTML path
# Generated markup: nested tags a news page has (and some it should not), attributes a
# boilerplate detector looks at, entities good and bad, comments, unclosed and stray tags, and
# a declared charset (sometimes one that is no text encoding). Through the ingest stage a page
# never raises and gives exactly one article or one error naming it; the article's text then
# has every pipeline property above.

TAGS = [
    "p",
    "div",
    "span",
    "h1",
    "h2",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "blockquote",
    "q",
    "a",
    "em",
    "strong",
    "ul",
    "li",
    "table",
    "tr",
    "td",
    "time",
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "main",
    "title",
    "template",
    "svg",
]
VOID = ["br", "hr", "img", "meta", "input", "wbr"]
ATTRS = st.sampled_from(
    [
        "",
        ' class="byline"',
        ' class="caption"',
        ' class="story-body"',
        ' class="cookie-banner"',
        ' id="main"',
        ' itemprop="articleBody"',
        ' role="navigation"',
        " hidden",
        ' style="display:none"',
        ' lang="en"',
        ' href="javascript:alert(1)"',
        ' datetime="2024-02-30T25:61"',
        ' class="dateline"',
        ' onload="x()"',
        " data-x='\"'",
    ]
)
ENTITIES = st.sampled_from(
    [
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&nbsp;",
        "&#8220;",
        "&#x201D;",
        "&#0;",
        "&#xD800;",
        "&#1114112;",
        "&bogus;",
        "&",
        "&#",
        "&#x;",
        "&mdash;",
        "&hellip;",
    ]
)
HTML_TEXT = st.lists(st.one_of(PIECES, ENTITIES), max_size=25).map(lambda xs: " ".join(xs))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(
            lambda t, a, c, close: f"<{t}{a}>{c}" + (f"</{t}>" if close else ""),
            st.sampled_from(TAGS),
            ATTRS,
            st.lists(children, max_size=4).map("".join),
            st.booleans(),
        ),
        st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(VOID), ATTRS),
        st.sampled_from(["<!-- note -->", "<!--", "-->", "<![CDATA[x]]>", "</p>", "<", ">", "</>", "<p<p>"]),
    )


MARKUP = st.recursive(HTML_TEXT, _element, max_leaves=30)
CHARSETS = st.sampled_from(
    [None, "utf-8", "windows-1252", "iso-8859-1", "shift_jis", "no-such-charset", "rot13", "base64", "utf-16"]
)


@st.composite
def html_page(draw: st.DrawFn) -> tuple[bytes, str | None]:
    charset = draw(CHARSETS)
    meta = f'<meta charset="{charset}">' if charset else ""
    title = draw(HTML_TEXT)
    body = draw(st.lists(MARKUP, min_size=1, max_size=6).map("".join))
    doctype = draw(st.sampled_from(["<!doctype html>", "", "<!DOCTYPE html PUBLIC>"]))
    page = f"{doctype}<html><head>{meta}<title>{title}</title></head><body>{body}</body></html>"
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "utf-16"]))
    return page.encode(encoding, errors="replace"), charset


@props(120)
@given(html_page())
@example((b'<html><head><meta charset="rot13"></head><body><p>Caf\xe9 owners said so.</p></body></html>', "rot13"))
@example(("<html><body><p>\u201cNo,\u201d he said.</p><script>alert(1)</script></body></html>".encode(), None))
def test_generated_html_pages(tmp_path_factory: pytest.TempPathFactory, page: tuple[bytes, str | None]) -> None:
    from audit.ingest import read_file
    from audit.models import IngestError, RawArticle

    data, _charset = page
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_bytes(data)
    items = list(read_file(path, "page.html"))
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, RawArticle | IngestError)
    assert item.origin == str(path) and item.article_id == "page.html"
    if isinstance(item, IngestError):
        assert item.reason and "internal error" not in item.reason, item.reason
        return
    assert "\x00" not in item.text
    check(item.text, "page.html")


@props(120)
@given(st.lists(MARKUP, min_size=1, max_size=6).map("".join))
def test_generated_markup_as_text_input(markup: str) -> None:
    """Markup given as a string (a JSONL ``text`` or standard input) goes the same way."""
    from audit.ingest import article_from_text
    from audit.models import IngestError

    item = article_from_text(f"<html><body>{markup}</body></html>", "m", "m")
    if isinstance(item, IngestError):
        assert item.reason
        return
    check(item.text, "m")
