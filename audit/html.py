"""HTML input: decode a page, read its metadata, extract the article text.

``article_from_html`` turns one HTML page (a saved ``.html`` file, text that looks like
HTML, or a page fetched by ``audit.fetch``) into a ``RawArticle`` whose ``text`` is the
extracted story: the title first (so the headline is audited as a claim), then one
paragraph a line, separated by blank lines. Scripts, styles, navigation, cookie banners,
related links and the like are left out by trafilatura.

Metadata is read from the page's markup only, never guessed from the story text:

* title: ``og:title``, JSON-LD ``headline``, ``twitter:title``, then ``<title>``;
* outlet: ``og:site_name``, JSON-LD ``publisher.name``, then a JSON-LD ``WebSite`` name; only a
  publication's name counts (``outlet_name``: no URL, handle, section name or tagline);
* published: JSON-LD ``datePublished``, ``article:published_time`` and similar ``<meta>``
  tags, ``itemprop="datePublished"``, ``<time datetime>`` in a header or marked ``pubdate``,
  then an element whose class marks the publication date. Kept as ISO 8601 with its time and
  zone when the page gives them ("November 19, 2019, 07:47 PM EST" is
  ``2019-11-19T19:47:00-05:00``). A date written only in the body ("Published on March 3,
  2019") is ignored: no date is better than a wrong one.

Before the text is extracted, page furniture is removed by structure (``prune_furniture``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import load_json
from .models import IngestError, RawArticle

NO_TEXT = "no article text found in the page"

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
}
SITE_TYPES = {"website", "newsmediaorganization", "organization"}

# <meta> names and properties that carry the publication date, best first.
DATE_META = (
    "article:published_time",
    "article:published",
    "og:article:published_time",
    "og:datepublished",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "article.published",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
    "article_date_original",
    "date",
)
TITLE_META = ("og:title", "twitter:title")
SITE_META = ("og:site_name", "application-name")
AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author")

# Markup that must never reach the text, should a parser ever let some through.
_LEAKED_MARKUP = re.compile(
    r"<(script|style|iframe|object|embed|svg|template|noscript)\b[^>]*>.*?</\1\s*>"
    r"|</?(?:script|style|iframe|object|embed|svg|template|noscript|img|a|div|span|p|br|input|form|link|meta)"
    r"\b[^<>]*>",
    re.IGNORECASE | re.DOTALL,
)
_ISO_DATE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|[A-Z]{2,5})?)?\s*$",
    re.IGNORECASE,
)
_HUMAN_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d")
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels that WHATWG maps to windows-1252, as browsers do.
_WINDOWS_1252 = {
    "latin1",
    "latin-1",
    "iso-8859-1",
    "iso8859-1",
    "iso_8859-1",
    "l1",
    "ascii",
    "us-ascii",
    "cp1252",
    "windows-1252",
    "x-cp1252",
    "cp819",
    "ibm819",
    "iso-ir-100",
}


@dataclass
class PageMeta:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    headlines: tuple[str, ...] = ()
    """Other forms of the headline on the page (``<h1>``, JSON-LD, ``<title>``)."""


@dataclass
class Page:
    """What one HTML page holds: the article text (title first) and its metadata."""

    text: str
    body: str
    meta: PageMeta


# --------------------------------------------------------------------------- decoding


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace").strip().lower() if m else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined: take them as Latin-1
        return data.decode("latin-1")


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str | None, str | None]:
    """Decode an HTML page: ``(text, None)``, or ``(None, reason)`` when it cannot be read.

    Order: a byte-order mark, the HTTP charset, the ``<meta>`` charset, then UTF-8. A page
    whose bytes are valid UTF-8 but that declares some other charset is taken as UTF-8 (the
    declaration is wrong: real Latin-1 or Shift-JIS text is practically never valid UTF-8).
    Without a usable charset the page is read as UTF-8 with undecodable bytes replaced,
    unless most of its non-ASCII characters would be lost that way.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), None
    wide = _codec(http_charset)
    if wide and wide.startswith(("utf-16", "utf-32")):  # a UTF-16 page without BOM, declared in HTTP
        try:
            text = data.decode(wide)
            if "<" in text[:1024]:
                return text, None
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        return None, "not an HTML page: the body is binary data (it contains NUL bytes)"
    is_utf8 = None
    if not data.isascii():
        try:
            utf8_text = data.decode("utf-8")
            is_utf8 = True
        except UnicodeDecodeError:
            is_utf8 = False
    problems: list[str] = []
    for label, where in ((http_charset, "the HTTP header"), (meta_charset(data), "the page's <meta> tag")):
        if not label:
            continue
        codec = _codec(label)
        if codec is None:
            problems.append(f"{where} names an unknown charset {label!r}")
            continue
        if codec.startswith(("utf-16", "utf-32")):
            # Without a BOM an ASCII-compatible page that says UTF-16 is mislabelled (WHATWG: use UTF-8).
            problems.append(f"{where} says {label} but the page has no byte-order mark")
            continue
        if data.isascii() or codec == "utf-8":
            if is_utf8 is not False:
                return data.decode("utf-8", errors="replace") if is_utf8 is None else utf8_text, None
            problems.append(f"{where} says {label} but the page is not valid UTF-8")
            continue
        if is_utf8:
            return utf8_text, None  # declared charset is wrong; the bytes are UTF-8
        if codec == "cp1252":
            return _decode_1252(data), None
        try:
            return data.decode(codec), None
        except UnicodeDecodeError as exc:
            problems.append(
                f"{where} says {label} but byte 0x{data[exc.start]:02x} at offset {exc.start} is not valid {label}"
            )
    if is_utf8 is not False:
        return (utf8_text if is_utf8 else data.decode("ascii")), None
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if bad > 3 and bad > 0.2 * non_ascii:
        said = "; ".join(problems) if problems else "the page declares no charset"
        if not any("UTF-8" in p for p in problems):
            said += ", and it is not valid UTF-8 either"
        return None, f"undecodable text: {said} ({bad} bytes cannot be decoded)"
    return text, None


# --------------------------------------------------------------------------- metadata


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = re.sub(r"\s+", " ", value).strip()
    return value or None


def _types(obj: dict) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {str(x).rsplit("/", 1)[-1].lower() for x in items if isinstance(x, str)}


def _json_ld_objects(tree) -> list[dict]:
    out: list[dict] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            out.append(node)
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(node.get(key), list | dict):
                    walk(node[key], depth + 1)

    for script in tree.xpath("//script[@type]"):
        if script.get("type", "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        raw = re.sub(r"^\s*<!--|-->\s*$", "", raw).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            try:  # a common slip: a trailing comma before } or ]
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw))
            except (ValueError, RecursionError):
                continue
        except RecursionError:  # absurdly nested: not metadata anyone meant
            continue
        walk(data)
    return out


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, dict):
        return _clean(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _meta_tags(tree) -> dict[str, str]:
    """``<meta>`` values by lower-cased name/property/itemprop; the first of each wins."""
    out: dict[str, str] = {}
    for el in tree.xpath("//meta"):
        content = _clean(el.get("content"))
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            for key in (el.get(attr) or "").lower().split():  # itemprop="datePublished dateCreated"
                if key not in out:
                    out[key] = content
    return out


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_HUMAN_DAY = re.compile(
    rf"\b(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')}\s*,?\s+(?P<year2>\d{{4}}))\b",
    re.IGNORECASE,
)
_HUMAN_TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?:(?P<gmt>GMT|UTC)?\s*(?P<off>[+-]\d{2}:?\d{2})|\s*\(?(?P<zone>[A-Z]{1,5})\b\)?))?",
    re.IGNORECASE,
)


@cache
def _zones() -> dict[str, int]:
    return {k: v for k, v in load_json("timezones.json").items() if not k.startswith("_")}


def _zone(name: str) -> dt.tzinfo | None:
    minutes = _zones().get(name.upper())
    if minutes is None:
        return None
    return dt.UTC if minutes == 0 else dt.timezone(dt.timedelta(minutes=minutes))


def _offset(text: str) -> dt.tzinfo:
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return dt.timezone(dt.timedelta(minutes=minutes if text[0] == "+" else -minutes))


def human_datetime(value: str) -> dt.datetime | dt.date | None:
    """A date as pages print it, with its time and zone when given: "November 19, 2019, 07:47 PM
    EST", "01:38:07 PM IST Nov 20, 2019", "Tue Nov 19 2019 03:05:46 GMT+0000", "19 Nov 2019"."""
    m = _HUMAN_DAY.search(value)
    if not m:
        return None
    month = _MONTHS[(m.group("month") or m.group("month2"))[:3].lower()]
    day, year = int(m.group("day") or m.group("day2")), int(m.group("year") or m.group("year2"))
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    rest = value[: m.start()] + " " + value[m.end() :]
    t = _HUMAN_TIME.search(rest)
    if not t:
        return date
    hour, minute, second = int(t.group("h")), int(t.group("mi")), int(t.group("s") or 0)
    ampm = (t.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return date
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    tzinfo = None
    if t.group("off"):
        tzinfo = _offset(t.group("off"))
    elif t.group("gmt"):
        tzinfo = dt.UTC
    elif t.group("zone"):
        tzinfo = _zone(t.group("zone"))
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=tzinfo)
    except ValueError:
        return date


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date (``2018-11-16``) or date-time with offset, or None if not a real date."""
    value = _clean(value)
    if not value:
        return None
    m = _ISO_DATE.match(value)
    parsed: dt.datetime | dt.date | None = None
    if m:
        y, mo, d, h, mi, s, tz = m.groups()
        try:
            if h is None:
                parsed = dt.date(int(y), int(mo), int(d))
            else:
                tzinfo = None
                if tz:
                    if tz[0] not in "+-":
                        tzinfo = _zone(tz)
                        if tzinfo is None and tz.upper() != tz:
                            return None
                    else:
                        digits = tz[1:].replace(":", "")
                        minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
                        tzinfo = dt.timezone(dt.timedelta(minutes=minutes if tz[0] == "+" else -minutes))
                parsed = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0), tzinfo=tzinfo)
        except ValueError:
            return None
    else:
        parsed = human_datetime(value)
        if parsed is None:
            try:
                parsed = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                parsed = None
        if parsed is None:
            for fmt in _HUMAN_DATE_FORMATS:
                try:
                    parsed = dt.datetime.strptime(value, fmt).date()
                    break
                except ValueError:
                    continue
    if parsed is None:
        return None
    year = parsed.year
    if year < 1900 or year > dt.date.today().year + 1:
        return None
    return parsed.isoformat()


def outlet_name(value: str | None) -> str | None:
    """A publication's name from a site-name field, or None when the field holds something else:
    a URL, a handle ("@politifact"), a section ("U.S.", "Hosted") or a tagline.
    "LinkNaija | Nigeria's popular news platform" gives "LinkNaija"."""
    value = _clean(value)
    if not value:
        return None
    value = re.split(r"\s+[|–—:]\s+|\s+-\s+", value)[0].strip()
    if not value or value.startswith("@") or re.match(r"(?i)^(https?://|www\.)|\S+/\S", value):
        return None
    if value.casefold() in _not_outlets() or len(value.split()) > 6 or not re.search(r"[^\W\d_]", value):
        return None
    return value


@cache
def _not_outlets() -> frozenset[str]:
    return frozenset(n.casefold() for n in load_json("boilerplate.json")["not_outlet_names"])


def _strip_site_suffix(title: str, outlet: str | None) -> str:
    if outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            suffix, prefix = sep + outlet, outlet + sep
            if title.lower().endswith(suffix.lower()) and len(title) > len(suffix) + 3:
                return title[: -len(suffix)].strip()
            if title.lower().startswith(prefix.lower()) and len(title) > len(prefix) + 3:
                return title[len(prefix) :].strip()
    return title


def page_metadata(tree) -> PageMeta:
    """Title, outlet, author, publication date and canonical URL from the page's markup."""
    meta = _meta_tags(tree)
    objects = _json_ld_objects(tree)
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    others = [o for o in objects if o not in articles]

    def ld(key: str, pool: list[dict]) -> Any:
        for obj in pool:
            if obj.get(key):
                return obj[key]
        return None

    candidates = [meta.get("og:site_name"), _name_of(ld("publisher", articles) or ld("publisher", others))]
    candidates += [_name_of(obj) for obj in others if _types(obj) & SITE_TYPES]
    candidates.append(meta.get("application-name"))
    names = [n for n in (outlet_name(c) for c in candidates) if n]
    # a lower-case slug ("cleveland") gives way to a properly written name later in the page
    outlet = next((n for n in names if n != n.lower()), names[0] if names else None)

    title = None
    for candidate in (
        meta.get("og:title"),
        ld("headline", articles),
        ld("name", articles),
        meta.get("twitter:title"),
        meta.get("title"),
    ):
        title = _clean(candidate if isinstance(candidate, str) else None)
        if title:
            break
    if not title:
        el = tree.find(".//title")
        title = _clean(el.text_content()) if el is not None else None
    if title:
        title = _strip_site_suffix(title, outlet)
    headlines = [_clean(h.text_content()) for h in tree.xpath("//h1")[:3]]
    headlines += [_clean(ld("headline", articles) if isinstance(ld("headline", articles), str) else None)]
    el = tree.find(".//title")
    if el is not None:
        headlines.append(_strip_site_suffix(_clean(el.text_content()) or "", outlet))

    author = _name_of(ld("author", articles) or ld("creator", articles))
    if not author:
        for key in AUTHOR_META:
            value = _clean(meta.get(key))
            if value and not value.startswith(("http://", "https://")):
                author = value
                break

    published = _published(tree, meta, articles, others)

    url = None
    for el in tree.xpath("//link[@rel and @href]"):
        if "canonical" in el.get("rel", "").lower().split():
            url = el.get("href").strip()
            break
    url = url or meta.get("og:url")
    if url and not url.startswith(("http://", "https://")):
        url = None
    return PageMeta(
        title=title,
        outlet=outlet,
        author=author,
        published=published,
        url=url,
        headlines=tuple(h for h in headlines if h),
    )


DATE_CLASSES = ("publish", "pubdate", "pub-date", "post-date", "article-date", "story-date", "storydate", "datetime")


def _published(tree, meta: dict[str, str], articles: list[dict], others: list[dict]) -> str | None:
    """The first publication date the markup gives; when it has no time zone, the same day's
    date-time with one from further down the markup, if any ("2019-11-19 23:46:00" in a
    ``<meta>``, "2019-11-19 23:46:00 UTC" in the ``<time>`` element)."""
    first = None
    for date in _date_candidates(tree, meta, articles, others):
        if first is None:
            first = date
            if "T" not in date or re.search(r"[+-]\d{2}:\d{2}$", date):
                return date
        elif date.startswith(first[:10]) and "T" in date and re.search(r"[+-]\d{2}:\d{2}$", date):
            return date
    return first


def _date_candidates(tree, meta: dict[str, str], articles: list[dict], others: list[dict]) -> Iterator[str]:
    for pool in (articles, others):
        for obj in pool:
            value = obj.get("datePublished") or (obj.get("dateCreated") if pool is articles else None)
            date = normalise_date(value if isinstance(value, str) else None)
            if date:
                yield date
    for script in tree.xpath("//script[@type]"):  # JSON-LD too broken to parse: its datePublished still counts
        if "ld+json" in script.get("type", "").lower():
            m = re.search(r'"datePublished"\s*:\s*"([^"]{6,60})"', script.text or "")
            date = normalise_date(m.group(1)) if m else None
            if date:
                yield date
    for key in DATE_META:
        date = normalise_date(meta.get(key))
        if date:
            yield date
    for el in tree.xpath("//*[@itemprop]"):
        if {"datepublished", "datecreated"} & set(el.get("itemprop", "").lower().split()):
            date = normalise_date(el.get("datetime") or el.get("content") or el.text_content())
            if date:
                yield date
    paths = (
        "//time[@pubdate and @datetime]",
        "//article//header//time[@datetime]",
        "//header//time[@datetime]",
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' published ')]//time[@datetime]",
    )
    for path in paths:
        for el in tree.xpath(path)[:20]:
            date = normalise_date(el.get("datetime"))
            if date:
                yield date
    # An element the page marks as the publication date ("published", "article-publish-date",
    # "dt-published", "datetime"): its datetime or title attribute, else its own short text.
    lower = "translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    test = " or ".join(f"contains({lower}, '{c}')" for c in DATE_CLASSES)
    for el in tree.xpath(f"//*[{test}]")[:20]:
        for value in (el.get("datetime"), el.get("title"), el.get("content")):
            date = normalise_date(value)
            if date:
                yield date
        text = _clean(" ".join(el.itertext()))
        if text and len(text) <= 80:
            date = normalise_date(re.sub(r"^\W*(first\s+)?(published|posted)\W*(on\s+)?", "", text, flags=re.I))
            if date:
                yield date


# --------------------------------------------------------------------------- text


def _tidy_lines(text: str) -> list[str]:
    text = _LEAKED_MARKUP.sub(" ", text)
    lines = []
    for line in text.splitlines():
        line = re.sub(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+", " ", line).strip()
        line = _furniture()[2].sub("", line).strip()
        if line:
            lines.append(line)
    return lines


def _line_key(line: str) -> str:
    return " ".join(re.findall(r"\w+", line.casefold()))


def _same_line(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\s+", " ", s).strip().rstrip(".").casefold()

    return norm(a) == norm(b)


@cache
def _furniture() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    bp = load_json("boilerplate.json")
    names = sorted(bp["html_furniture_names"], key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\-", "[-_]?") for n in names)
    # "has-image" or "with-photo" says what a container holds, not what it is
    name_re = re.compile(rf"(?<![a-z0-9])(?<!has[-_])(?<!with[-_])(?:{alternation})(?![a-z0-9])")
    inline = re.compile("|".join(f"(?:{p})" for p in bp["inline_furniture"]))
    return name_re, frozenset(bp["html_furniture_tags"]), inline


def _is_hidden(el) -> bool:
    style = (el.get("style") or "").replace(" ", "").lower()
    return el.get("hidden") is not None or "display:none" in style or el.get("aria-hidden") == "true"


CAPTION_TAGS = frozenset({"p", "span", "div", "em", "i", "small"})
DEK_TAGS = frozenset({"h2", "h3", "div", "span"})
CARD_TAGS = frozenset({"p", "li", "h2", "h3", "h4"})
KEEP_TAGS = frozenset({"html", "body", "head", "article", "main"})


@dataclass
class _Stats:
    """Word counts of one element's subtree, gathered for the whole page in one pass."""

    words: int = 0
    link_words: int = 0
    paragraph_words: int = 0
    links: int = 0
    holds_h1: bool = False
    holds_quote: bool = False
    holds_spliced: bool = False
    in_link: bool = False
    in_paragraph: bool = False


def _count(text: str | None) -> int:
    return len(text.split()) if text else 0


def _page_stats(tree) -> dict[Any, _Stats]:
    stats: dict[Any, _Stats] = {}

    def visit(el, in_link: bool, in_paragraph: bool) -> _Stats:
        st = _Stats(words=_count(el.text), in_link=in_link, in_paragraph=in_paragraph)
        tag = el.tag if isinstance(el.tag, str) else ""
        for child in el:
            if not isinstance(child.tag, str):
                st.words += _count(child.tail)
                continue
            c = visit(child, in_link or tag == "a", in_paragraph or tag == "p")
            st.words += c.words + _count(child.tail)
            st.link_words += c.link_words
            st.paragraph_words += c.paragraph_words
            st.links += c.links
            st.holds_h1 |= c.holds_h1 or child.tag == "h1"
            st.holds_quote |= c.holds_quote or child.tag == "blockquote"
            st.holds_spliced |= c.holds_spliced or _spliced(child, c)
        if tag == "a":
            st.link_words, st.links = st.words, st.links + 1
        if tag == "p":
            st.paragraph_words = st.words
        stats[el] = st
        return st

    visit(tree, False, False)
    return stats


def _spliced(el, st: _Stats) -> bool:
    """A link block inside a paragraph: a hover card or a list of links."""
    return (
        el.tag in ("span", "div")
        and st.in_paragraph
        and st.links >= 2
        and st.words > 0
        and st.link_words >= 0.7 * st.words
    )


def _drop(el) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _furniture_element(el, st: _Stats, tag: str, stats: dict[Any, _Stats], alts: set[str], summary: str) -> bool:
    """Whether one element is page furniture by its structure (see ``prune_furniture``)."""
    name_re, tags, _ = _furniture()
    if tag in CARD_TAGS and st.words >= 3 and (st.in_link or st.links == 1 and st.link_words >= 0.9 * st.words):
        return True  # a paragraph that is one link, or that sits inside a link: a story card
    short = len(el) <= 3 and st.words <= 60
    if short and (alts and tag in CAPTION_TAGS or summary and tag in DEK_TAGS):
        key = _line_key(" ".join(el.itertext()))
        if tag in CAPTION_TAGS and key in alts:
            return True  # a picture's alt text set again under it: a caption
        if tag in DEK_TAGS and key == summary:
            return True  # the page's summary set above the story as a standfirst
    if tag == "p":
        return False
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if _is_hidden(el) or (tag in tags and not st.holds_quote) or (names.strip() and name_re.search(names)):
        return True
    if tag in ("ul", "ol"):  # a list of links, or of items that each lead with a link (story cards)
        items = [li for li in el if li.tag == "li"]
        if len(items) >= 2 and st.words > 0 and st.link_words >= 0.8 * st.words:
            return True
        return (
            len(items) >= 3
            and all(stats[li].links and stats[li].link_words >= 2 and stats[li].words <= 40 for li in items)
            and st.link_words >= 0.25 * st.words
        )
    return _spliced(el, st) and not st.holds_spliced


def prune_furniture(tree) -> int:
    """Remove page furniture from the parsed page before its text is extracted, by structure:
    hidden elements, furniture elements (``aside``, ``figure`` ...), elements whose class or id
    names furniture (boilerplate.json ``html_furniture_names``: "related", "newsletter",
    "author-bio" ...), lists of links or of link cards (related stories), link blocks spliced
    inside a paragraph (hover cards), a paragraph that is one link, a picture's alt text set
    again as its caption, and the page's summary set above the story as a standfirst. An
    element holding much of the page's text is never removed, so a badly named main container
    survives. Linear in the size of the page. Returns how many elements were removed."""
    try:
        stats = _page_stats(tree)
    except RecursionError:  # absurdly nested markup: leave it to the extractor as it is
        return 0
    root = stats[tree]
    paragraph_words = root.paragraph_words or 1
    page_words = root.words or 1
    meta = _meta_tags(tree)
    summary = _line_key(meta.get("og:description") or meta.get("description") or "")
    summary = summary if len(summary.split()) >= 5 else ""
    alts = {_line_key(img.get("alt") or "") for img in tree.iter("img")}
    alts = {alt for alt in alts if len(alt.split()) >= 2}
    doomed = []
    for el, st in stats.items():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in KEEP_TAGS or not _furniture_element(el, st, tag, stats, alts, summary):
            continue
        if st.paragraph_words > 0.3 * paragraph_words or st.words > 0.4 * page_words or st.holds_h1:
            continue  # holds much of the story: not furniture, whatever its name says
        doomed.append(el)
    for el in doomed:
        _drop(el)
    return len(doomed)


def extract_page(html: str, url: str | None = None) -> Page | None:
    """Extract the article from one page, or None when there is no article text in it."""
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return None
    meta = page_metadata(tree)
    prune_furniture(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        # trafilatura's own date is not used; if it runs at all it must not read the body text
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body_lines = _tidy_lines(getattr(doc, "text", None) or "") if doc is not None else []
    if sum(len(line.split()) for line in body_lines) < 3:
        return None
    if doc is not None:
        if not meta.title and _clean(getattr(doc, "title", None)):
            meta.title = _strip_site_suffix(_clean(doc.title) or "", meta.outlet)
        if not meta.author and _clean(getattr(doc, "author", None)):
            meta.author = _clean(doc.author)
    if meta.title:
        meta.title = " ".join(_tidy_lines(meta.title)) or None
    names = {_line_key(n) for n in (meta.author, meta.outlet) if n}
    body_lines = [line for line in body_lines if _line_key(line) not in names]
    lines = list(body_lines)
    if meta.title and not any(_same_line(lines[0], h) for h in (meta.title, *meta.headlines)):
        lines.insert(0, meta.title)
    return Page(text="\n\n".join(lines), body="\n\n".join(body_lines), meta=meta)


def article_from_html(
    text: str,
    article_id: str,
    origin: str,
    *,
    url: str | None = None,
    fetched_at: str | None = None,
    html_sha256: str | None = None,
) -> RawArticle | IngestError:
    """One HTML page as a ``RawArticle`` whose text is the extracted story, or an ``IngestError``."""
    if not text.strip():
        return IngestError(origin=origin, article_id=article_id, reason="empty page: no HTML to read")
    try:
        page = extract_page(text, url)
    except Exception as exc:  # a parser failure on one page must not sink the batch
        return IngestError(
            origin=origin, article_id=article_id, reason=f"could not parse the HTML page: {type(exc).__name__}: {exc}"
        )
    if page is None:
        return IngestError(origin=origin, article_id=article_id, reason=NO_TEXT)
    return RawArticle(
        article_id=article_id,
        text=page.text,
        title=page.meta.title,
        outlet=page.meta.outlet,
        author=page.meta.author,
        url=url or page.meta.url,
        published=page.meta.published,
        origin=origin,
        fetched_at=fetched_at,
        html_sha256=html_sha256 or hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        raw_html=None,
    )
