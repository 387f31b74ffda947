"""Web input (issue 7): saved HTML pages, fetched URLs and hostile servers, all offline.

A threaded ``http.server`` on 127.0.0.1 serves each seed story wrapped in a realistic news
page (tests/web_fixtures/article_template.html: navigation, cookie banner, ads, related
links, footer, scripts, JSON-LD) plus hostile answers: too large, too slow, binary,
redirect loops, 404, 500, wrong charsets, script injection, no text at all.
"""

from __future__ import annotations

import hashlib
import html
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils

from audit import fetch
from audit.api import audit_paths, audit_text
from audit.html import NO_TEXT, article_from_html, decode_html, normalise_date
from audit.models import IngestError, RawArticle

HERE = Path(__file__).parent
FIXTURES = HERE / "web_fixtures"
SEEDS = HERE.parent / "seeds"
SEED_META = {k: v for k, v in json.loads((FIXTURES / "seeds.json").read_text("utf-8")).items() if not k.startswith("_")}
SEED_NAMES = sorted(SEED_META)
MAX_BYTES = 300_000


# --------------------------------------------------------------------------- pages


def story_paragraphs(name: str) -> list[str]:
    """The seed's story paragraphs, text unchanged; page furniture (``drop``) and the headline left out."""
    meta = SEED_META[name]
    lines = [line.strip() for line in (SEEDS / f"{name}.txt").read_text("utf-8").splitlines() if line.strip()]
    return [line for line in lines if line != meta["headline"] and not any(line.startswith(p) for p in meta["drop"])]


def seed_page(name: str) -> str:
    meta = SEED_META[name]
    paragraphs = story_paragraphs(name)
    body: list[str] = []
    for i, para in enumerate(paragraphs):
        body.append(f"    <p>{html.escape(para, quote=False)}</p>")
        if i == 2:
            body.append('    <div class="ad-slot ad-inline" id="ad-mid"><span>Advertisement</span></div>')
            body.append(
                '    <div class="inline-related"><strong>Read more:</strong> '
                '<a href="/world/9">Summit hopes fade as island talks stall</a></div>'
            )
    json_ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta["headline"],
        "datePublished": meta["published"],
        "dateModified": "2021-01-01T00:00:00Z",
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {
            "@type": "Organization",
            "name": meta["outlet"],
            "logo": {"@type": "ImageObject", "url": "https://news.example.com/logo.png"},
        },
        "mainEntityOfPage": f"https://news.example.com/{name}",
    }
    values = {
        "TITLE": html.escape(meta["headline"]),
        "OUTLET": html.escape(meta["outlet"]),
        "DESCRIPTION": html.escape(paragraphs[0][:150]),
        "CANONICAL": f"https://news.example.com/{name}",
        "JSONLD": json.dumps(json_ld, ensure_ascii=False).replace("</", "<\\/"),
        "SECTION": html.escape(meta["section"]),
        "AUTHOR": html.escape(meta["author"]),
        "DATETIME": meta["published"],
        "DATE_HUMAN": html.escape(meta["date_human"]),
        "PARAGRAPHS": "\n".join(body),
    }
    page = (FIXTURES / "article_template.html").read_text("utf-8")
    for key, value in values.items():
        page = page.replace("{{" + key + "}}", value)
    assert "{{" not in page
    return page


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text("utf-8")


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


# --------------------------------------------------------------------------- server


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    requests: list[tuple[float, str, str]] = []  # (time, path, user agent)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send_body(
        self, body: bytes, ctype: str = "text/html; charset=utf-8", status: int = 200, length: bool = True
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: C901 - one route a branch
        Handler.requests.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        path = self.path
        try:
            if path.startswith("/seed/"):
                self.send_body(seed_page(path.removeprefix("/seed/")).encode("utf-8"))
            elif path.startswith("/moved/"):
                self.redirect("/seed/" + path.removeprefix("/moved/"), 301)
            elif path == "/huge":  # no Content-Length: the cap must stop the stream
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>")
                chunk = b"<p>" + b"all work and no play " * 500 + b"</p>\n"
                for _ in range(200):  # ~2 MB
                    self.wfile.write(chunk)
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(50 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"<html><body><p>start</p>")
            elif path == "/slow":  # answers after the read timeout
                time.sleep(1.5)
                self.send_body(seed_page(SEED_NAMES[0]).encode("utf-8"))
            elif path == "/trickle":  # every piece in time, the whole page far too slow
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(30):
                    self.wfile.write(b"<p>drip</p>\n")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/image.png":
                self.send_body(PNG, "image/png")
            elif path == "/png-as-html":
                self.send_body(PNG, "text/html")
            elif path == "/loop-a":
                self.redirect("/loop-b")
            elif path == "/loop-b":
                self.redirect("/loop-a")
            elif path.startswith("/chain/"):
                self.redirect(f"/chain/{int(path.removeprefix('/chain/')) + 1}")
            elif path == "/missing":
                self.send_body(b"<html><body><h1>Not found</h1></body></html>", status=404)
            elif path == "/broken":
                self.send_body(b"<html><body><h1>Internal error</h1></body></html>", status=500)
            elif path == "/empty":
                self.send_body(b"")
            elif path == "/latin1-says-but-utf8":  # declares Latin-1, is UTF-8
                self.send_body(
                    seed_page(SEED_NAMES[2]).replace('<meta charset="utf-8">', "").encode("utf-8"),
                    "text/html; charset=iso-8859-1",
                )
            elif path == "/utf8-says-but-latin1":  # declares UTF-8, is Latin-1
                story = "".join(f"<p>{line}</p>" for line in fixture("latin1_story.txt").splitlines())
                self.send_body(
                    f"<html><head><title>Marché</title></head><body><article>{story}</article></body></html>".encode(
                        "latin-1"
                    ),
                    "text/html; charset=utf-8",
                )
            elif path == "/unknown-charset":
                self.send_body(seed_page(SEED_NAMES[3]).encode("utf-8"), "text/html; charset=x-klingon")
            elif path == "/meta-sjis-but-utf8":
                page = seed_page(SEED_NAMES[1])
                page = page.replace('<meta charset="utf-8">', '<meta charset="shift_jis">')
                self.send_body(page.encode("utf-8"), "text/html")
            elif path == "/hostile-script":
                self.send_body(fixture("hostile_script.html").encode("utf-8"))
            elif path == "/hostile-empty":
                self.send_body(fixture("hostile_empty.html").encode("utf-8"))
            elif path == "/body-date":
                self.send_body(fixture("body_date_only.html").encode("utf-8"))
            else:
                self.send_body(b"<html><body>no such route</body></html>", status=404)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def fast_fetch(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(fetch.settings, "delay", 0.0)
    monkeypatch.setattr(fetch.settings, "connect_timeout", 2.0)
    monkeypatch.setattr(fetch.settings, "read_timeout", 0.5)
    monkeypatch.setattr(fetch.settings, "deadline", 1.0)
    monkeypatch.setattr(fetch.settings, "allow_private", True)  # the test server is on 127.0.0.1


def fetch_one(url: str, max_bytes: int = MAX_BYTES) -> RawArticle | IngestError:
    items = list(fetch.fetch_urls([url], max_bytes=max_bytes))
    assert len(items) == 1
    return items[0]


def claim_mix(rows) -> Counter:
    """(kind, resolved source) of each claim; whitespace normalised (a page's &nbsp; reads as a space)."""
    return Counter((kind, " ".join(source.split()) if source else source) for kind, source in rows)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --------------------------------------------------------------------------- seeds as web pages


@pytest.fixture(scope="module")
def web_seeds_db(server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    fetch.settings.delay, saved = 0.0, fetch.settings.delay
    try:
        db = tmp_path_factory.mktemp("web") / "seeds.db"
        urls = {name: f"{server}/seed/{name}" for name in SEED_NAMES}
        summary = audit_paths(list(urls.values()), db, max_bytes=MAX_BYTES, allow_private=True)
    finally:
        fetch.settings.delay = saved
    assert summary.errors == 0, summary.error_messages
    assert summary.articles == len(SEED_NAMES)
    return db, urls


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_page_gives_the_same_claims_as_the_plain_seed(web_seeds_db, name: str) -> None:
    db_path, urls = web_seeds_db
    db = sqlite_utils.Database(db_path)
    rows = list(db["articles"].rows_where("url = ?", [urls[name]]))
    assert len(rows) == 1
    article = rows[0]
    meta = SEED_META[name]
    assert article["article_id"] == fetch.url_id(urls[name])
    assert article["origin"] == urls[name]
    assert article["title"] == meta["headline"]
    assert article["outlet"] == meta["outlet"]
    assert article["published"] == meta["published"]
    assert article["author"] == meta["author"]
    assert article["fetched_at"] and article["fetched_at"].endswith("+00:00")
    assert article["html_sha256"] == hashlib.sha256(seed_page(name).encode("utf-8")).hexdigest()

    text = article["text"]
    assert text.startswith(meta["headline"] + "\n\n")
    for para in story_paragraphs(name):  # every story paragraph, on a line of its own
        assert " ".join(para.split()) in [" ".join(line.split()) for line in text.splitlines()]
    for junk in (
        "cookies",
        "Advertisement",
        "Read more",
        "Related stories",
        "newsletter",
        "All rights reserved",
        "Share on",
        "Injected by script",
        "dataLayer",
        "{",
        "<",
    ):
        assert junk not in text, junk

    html_claims = claim_mix(
        db.execute("select kind, resolved_source from claims where article_id = ?", [article["article_id"]]).fetchall()
    )
    plain = audit_text((SEEDS / f"{name}.txt").read_text("utf-8"), name)
    plain_claims = claim_mix((c.kind, c.resolved_source) for c in plain.claims)
    difference = (html_claims - plain_claims) + (plain_claims - html_claims)
    assert sum(difference.values()) <= 1, difference


def test_redirect_is_followed_and_the_final_url_stored(server: str) -> None:
    item = fetch_one(f"{server}/moved/{SEED_NAMES[1]}")
    assert isinstance(item, RawArticle), item
    assert item.url == f"{server}/seed/{SEED_NAMES[1]}"
    assert item.origin == f"{server}/moved/{SEED_NAMES[1]}"
    assert item.raw_html is None


def test_user_agent_is_honest(server: str) -> None:
    Handler.requests.clear()
    fetch_one(f"{server}/seed/{SEED_NAMES[0]}")
    agent = Handler.requests[-1][2]
    assert agent.startswith("provenance-audit/") and "+https://github.com/provenance-audit" in agent


def test_polite_delay_between_requests_to_one_host(server: str) -> None:
    Handler.requests.clear()
    items = list(fetch.fetch_urls([f"{server}/missing", f"{server}/broken"], max_bytes=MAX_BYTES, delay=0.3))
    assert len(items) == 2
    (t1, *_), (t2, *_) = Handler.requests[-2:]
    assert t2 - t1 >= 0.28


# --------------------------------------------------------------------------- hostile servers

HOSTILE = {
    "/huge": "page too large",
    "/huge-declared": "page too large",
    "/slow": "timed out",
    "/trickle": "too slow",
    "/image.png": "not an HTML page: the server says it is image/png",
    "/png-as-html": "not an HTML page",
    "/loop-a": "redirect loop",
    "/chain/0": "too many redirects",
    "/missing": "HTTP error 404",
    "/broken": "HTTP error 500",
    "/empty": "empty page",
    "/utf8-says-but-latin1": "undecodable text",
    "/hostile-empty": NO_TEXT,
}


@pytest.mark.parametrize("path", sorted(HOSTILE))
def test_hostile_page_gives_a_clear_error(server: str, path: str) -> None:
    started = time.monotonic()
    item = fetch_one(server + path)
    assert isinstance(item, IngestError), item
    assert item.origin == server + path
    assert HOSTILE[path] in item.reason
    assert "Traceback" not in item.reason and "\n" not in item.reason
    assert time.monotonic() - started < 5


def test_dns_failure_and_refused_connection() -> None:
    dns = fetch_one("http://no-such-host.invalid/story")
    assert isinstance(dns, IngestError) and "DNS lookup failed" in dns.reason
    refused = fetch_one(f"http://127.0.0.1:{closed_port()}/story")
    assert isinstance(refused, IngestError) and "connection refused" in refused.reason
    bad = fetch_one("https://")
    assert isinstance(bad, IngestError) and "invalid URL" in bad.reason


def test_script_payloads_do_not_leak_into_text(server: str) -> None:
    item = fetch_one(f"{server}/hostile-script")
    assert isinstance(item, RawArticle), item
    assert "harbour reopened on Tuesday" in item.text
    assert "Repairs to the north breakwater" in item.text
    for leak in (
        "alert",
        "<script",
        "onerror",
        "<img",
        "javascript:",
        "SCRIPT-TEXT",
        "STYLE-TEXT",
        "SVG-TEXT",
        "NOSCRIPT-TEXT",
        "<",
        ">",
    ):
        assert leak not in item.text, leak
    assert item.title == "Harbour reopens after storm"
    assert item.outlet == "Coastal Courier"


@pytest.mark.parametrize(
    "path, name",
    [
        ("/latin1-says-but-utf8", SEED_NAMES[2]),
        ("/unknown-charset", SEED_NAMES[3]),
        ("/meta-sjis-but-utf8", SEED_NAMES[1]),
    ],
)
def test_wrong_charset_still_reads_the_text_right(server: str, path: str, name: str) -> None:
    item = fetch_one(server + path)
    assert isinstance(item, RawArticle), item
    assert item.title == SEED_META[name]["headline"]
    assert "’" in item.text  # curly quotes intact
    lines = [" ".join(line.split()) for line in item.text.splitlines()]
    assert all(" ".join(para.split()) in lines for para in story_paragraphs(name))
    assert "â€" not in item.text and "\ufffd" not in item.text


def test_bad_urls_do_not_stop_the_good_ones(server: str, tmp_path: Path) -> None:
    db_path = tmp_path / "batch.db"
    good = [f"{server}/seed/{SEED_NAMES[0]}", f"{server}/seed/{SEED_NAMES[4]}"]
    bad = [f"{server}/missing", f"{server}/image.png", f"http://127.0.0.1:{closed_port()}/x"]
    summary = audit_paths([good[0], bad[0], bad[1], good[1], bad[2]], db_path, max_bytes=MAX_BYTES)
    assert summary.articles == 2
    assert summary.errors == 3
    db = sqlite_utils.Database(db_path)
    assert sorted(r["url"] for r in db["articles"].rows) == sorted(good)
    assert db["claims"].count > 20
    errors = {r["origin"]: r["reason"] for r in db["errors"].rows}
    assert set(errors) == set(bad)
    assert "HTTP error 404" in errors[bad[0]]


# --------------------------------------------------------------------------- command line


def test_cli_run_url_and_urls_file(server: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from audit.cli import app

    page = tmp_path / "page.html"
    page.write_text(seed_page(SEED_NAMES[1]), encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# comment\n{server}/seed/{SEED_NAMES[0]}\n\n{server}/missing\n", encoding="utf-8")
    db_path = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["run", str(page), "--urls", str(urls), "--db", str(db_path), "-q"])
    assert result.exit_code == 1  # one URL failed, the rest were stored
    assert "HTTP error 404" in result.output
    result = CliRunner().invoke(app, ["run", f"{server}/seed/{SEED_NAMES[2]}", "--db", str(db_path), "-q"])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 3
    assert db["articles"].get("page.html")["title"] == SEED_META[SEED_NAMES[1]]["headline"]


def test_cli_urls_file_alone(server: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from audit.cli import app

    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server}/seed/{SEED_NAMES[0]}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "--urls", str(urls), "--db", str(tmp_path / "u.db"), "-q"])
    assert result.exit_code == 0, result.output


# --------------------------------------------------------------------------- saved pages, dates


def test_saved_html_file(tmp_path: Path) -> None:
    name = SEED_NAMES[3]
    page = tmp_path / "saved-story.html"
    page.write_text(seed_page(name), encoding="utf-8")
    empty = tmp_path / "empty-app.htm"
    empty.write_text(fixture("hostile_empty.html"), encoding="utf-8")
    db_path = tmp_path / "saved.db"
    summary = audit_paths([str(page), str(empty)], db_path)
    assert summary.articles == 1 and summary.errors == 1
    db = sqlite_utils.Database(db_path)
    article = db["articles"].get("saved-story.html")
    assert article["title"] == SEED_META[name]["headline"]
    assert article["outlet"] == SEED_META[name]["outlet"]
    assert article["published"] == SEED_META[name]["published"]
    assert article["url"] == f"https://news.example.com/{name}"  # the page's canonical link
    assert article["html_sha256"] == hashlib.sha256(seed_page(name).encode("utf-8")).hexdigest()
    assert db["claims"].count_where("article_id = ?", ["saved-story.html"]) > 10
    [error] = db["errors"].rows
    assert error["origin"] == str(empty) and error["reason"] == NO_TEXT


def test_date_in_body_text_is_not_taken(server: str, tmp_path: Path) -> None:
    item = fetch_one(f"{server}/body-date")
    assert isinstance(item, RawArticle), item
    assert "The city council approved three new bus routes" in item.text
    assert item.published is None
    saved = article_from_html(fixture("body_date_only.html"), "bus.html", "bus.html")
    assert isinstance(saved, RawArticle) and saved.published is None
    assert saved.text.startswith("Council approves new bus routes\n\n")


DATE_STORY = (
    "<p>The city council approved three new bus routes on Monday, the transport committee said.</p>"
    "<p>The routes will link the northern suburbs with the hospital, according to the plan "
    "published by the council, and will run every fifteen minutes at peak times.</p>"
    "<p>Posted 2018-01-01. Published on March 3, 2019.</p>"
)


@pytest.mark.parametrize(
    "head, body, expected",
    [
        ('<meta property="article:published_time" content="2019-03-03T10:00:00Z">', "", "2019-03-03T10:00:00+00:00"),
        ('<meta itemprop="datePublished" content="2019-03-03">', "", "2019-03-03"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "X"}, '
            '{"@type": ["NewsArticle"], "datePublished": "2019-03-03T10:00:00+09:00"}]}</script>',
            "",
            "2019-03-03T10:00:00+09:00",
        ),
        ("", '<header><time datetime="2019-03-03">March 3</time></header>', "2019-03-03"),
        ("", '<span itemprop="datePublished">2019-03-03</span>', "2019-03-03"),
        ('<meta property="article:published_time" content="soon">', "", None),
        ('<meta property="article:modified_time" content="2019-03-03">', "", None),
        ("", '<p><time datetime="2019-03-03">March 3</time></p>', None),  # a date in the body text
        ("", "", None),
    ],
)
def test_date_comes_from_metadata_only(head: str, body: str, expected: str | None) -> None:
    page = f"<html><head><title>T</title>{head}</head><body>{body}<article>{DATE_STORY}</article></body></html>"
    item = article_from_html(page, "d", "d")
    assert isinstance(item, RawArticle), item
    assert item.published == expected


def test_decode_html_and_normalise_date() -> None:
    assert decode_html("<p>Tokyo’s</p>".encode(), "iso-8859-1") == ("<p>Tokyo’s</p>", None)
    assert decode_html("<p>café</p>".encode("cp1252"), "windows-1252") == ("<p>café</p>", None)
    declared = b'<meta charset="latin-1"><p>caf\xe9</p>'
    assert decode_html(declared, None)[0] == '<meta charset="latin-1"><p>café</p>'
    text, reason = decode_html(b"\x89PNG\r\n\x1a\n\x00\x00", "utf-8")
    assert text is None and "binary" in reason
    assert normalise_date("2019-02-30") is None
    assert normalise_date("Sun, 03 Mar 2019 10:00:00 GMT") == "2019-03-03T10:00:00+00:00"


def test_saved_latin1_page_is_decoded_by_its_meta_charset(tmp_path: Path) -> None:
    """A saved page in Latin-1 that says so in <meta charset> is read, not rejected as bad UTF-8."""
    from audit.api import audit_paths

    page = tmp_path / "latin.html"
    page.write_bytes(
        b'<html><head><meta charset="iso-8859-1"><title>Caf\xe9 news</title></head><body><article>'
        b"<h1>Caf\xe9 news</h1><p>The mayor said the caf\xe9 would reopen on Monday after the inspection, "
        b"officials said.</p><p>Residents welcomed the news.</p></article></body></html>"
    )
    db_path = tmp_path / "latin.db"
    summary = audit_paths([str(page)], db_path)
    assert summary.errors == 0
    text = sqlite_utils.Database(db_path)["articles"].get("latin.html")["text"]
    assert "café would reopen" in text
