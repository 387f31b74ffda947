"""The site in a real Chromium: a claim chosen on the article page shows its chain; payloads in an
article's text never run. Needs /usr/bin/chromium and the playwright package (never downloads a browser)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from audit.api import audit_paths
from audit.publish import serve_command

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SCREENSHOT_COPY = ROOT / "docs" / "screenshot-article.png"

EVIL_TEXT = """Minister <script>window.__pwned=1</script> denies report <img src=x onerror="window.__pwned=1">

The minister will resign next week <script>window.__pwned=1;alert(1)</script>, according to people familiar \
with the matter <img src=x onerror="window.__pwned=1;alert(1)">.

"We will never <img src=x onerror="window.__pwned=1"> agree to this," said Foreign Minister Jane \
<script>window.__pwned=1</script> Doe.

The talks collapsed in March <svg onload="window.__pwned=1">, officials said.
"""


def _skip_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


if _skip_reason():
    pytest.skip(_skip_reason(), allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """``datasette serve`` as ``audit serve`` runs it (audit.publish.serve_command), in a subprocess."""

    def __init__(self, db: Path, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = serve_command(db, port=self.port, metadata=ROOT / "datasette_metadata.json")
        self.log = log.open("wb")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                self.log.close()
                raise RuntimeError(f"datasette exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/-/versions.json", timeout=1):
                    break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("datasette did not start within 30 seconds") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def seeds_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser-seeds")
    db = folder / "seeds.db"
    audit_paths([str(ROOT / "seeds")], db)
    server = Server(db, folder / "datasette.log")
    yield server, db
    server.stop()


@pytest.fixture(scope="module")
def evil_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser-evil")
    (folder / "in").mkdir()
    (folder / "in" / "evil.txt").write_text(EVIL_TEXT, encoding="utf-8")
    db = folder / "evil.db"
    audit_paths([str(folder / "in")], db)
    server = Server(db, folder / "datasette.log")
    yield server, db
    server.stop()


def test_choose_a_claim_shows_its_chain(browser, seeds_server, tmp_path):
    server, _ = seeds_server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(server.url + "/", wait_until="load")
        assert page.locator("h1").first.inner_text().startswith("Provenance audit")
        page.get_by_role("link", name="Abe intends to visit Russia again in spring").first.click()
        page.wait_for_selector("[data-audit-article][data-ready]")
        assert "/-/article/" in page.url
        assert page.locator(".legend").first.is_visible()

        piece = page.locator("a.hl.src", has_text="people familiar with the matter").first
        claim_id = piece.get_attribute("data-claim")
        detail = page.locator(f'[data-detail="{claim_id}"]')
        assert detail.is_hidden()
        piece.click()
        detail.wait_for(state="visible", timeout=5000)
        assert "/-/article/" in page.url  # the click chose the claim; it did not follow the link
        chain = detail.locator("ol.chain")
        assert chain.is_visible()
        hops = chain.locator("li.hop")
        assert hops.count() >= 2
        assert "origin" in hops.first.inner_text().lower()
        assert "people familiar with the matter" in hops.first.inner_text()
        assert "you, the reader" in hops.last.inner_text().lower()
        assert "F" in detail.locator(".verdict .grade").inner_text()
        assert "VAGUE_SOURCE" in detail.inner_text()
        assert page.locator(f'a.hl.chosen[data-claim="{claim_id}"]').count() >= 1
        # only the chosen claim's panel is showing
        assert page.locator("[data-detail]:visible").count() == 1

        shot = tmp_path / "screenshot-article.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if os.environ.get("AUDIT_UPDATE_SCREENSHOT"):
            # AUDIT_UPDATE_SCREENSHOT=1 python -m pytest tests/test_browser.py refreshes the docs copy.
            SCREENSHOT_COPY.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(shot, SCREENSHOT_COPY)

        # a row of the claims list chooses a claim too
        button = page.locator("button.choose").nth(0)
        other = button.get_attribute("data-claim")
        button.click()
        page.locator(f'[data-detail="{other}"]').wait_for(state="visible", timeout=5000)
        assert detail.is_hidden()
        assert not errors, errors
    finally:
        page.close()


def test_chart_and_claim_pages_render(browser, seeds_server):
    server, _ = seeds_server
    page = browser.new_page()
    try:
        page.goto(server.url + "/-/kind-mix", wait_until="load")
        assert page.locator(".kind-mix-chart").count() == 2
        assert page.locator(".kind-mix-chart svg.bar rect").count() > 10
        page.locator(".kind-mix-chart .bar-label a").first.click()
        page.wait_for_selector("[data-audit-article]")
        page.locator("a.hl").first.click(modifiers=[])
        page.locator("[data-detail]:visible .detail-links a", has_text="Claim page").click()
        page.wait_for_selector("ol.chain-horizontal")
        assert "/-/claim/" in page.url
    finally:
        page.close()


def test_payloads_in_the_article_never_run(browser, evil_server):
    server, _ = evil_server
    page = browser.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    try:
        for path in ("/", "/-/article/evil.txt", "/-/kind-mix", "/evil/claims", "/evil/articles"):
            page.goto(server.url + path, wait_until="load")
            page.wait_for_timeout(200)
            assert page.evaluate("typeof window.__pwned") == "undefined", path
        page.goto(server.url + "/-/article/evil.txt", wait_until="load")
        page.wait_for_selector("[data-audit-article][data-ready]")
        text = page.locator("article.article-text").inner_text()
        assert "<script>window.__pwned=1</script>" in text  # shown as text
        assert '<img src=x onerror="window.__pwned=1">' in text
        assert page.locator("article.article-text img, article.article-text script").count() == 0
        for i in range(page.locator("a.hl").count()):
            page.locator("a.hl").nth(i).click()
        claim_links = page.locator("[data-detail] .detail-links a", has_text="Claim page")
        hrefs = [claim_links.nth(i).get_attribute("href") for i in range(claim_links.count())]
        for href in hrefs:
            page.goto(server.url + href, wait_until="load")
            page.wait_for_timeout(100)
            assert page.evaluate("typeof window.__pwned") == "undefined", href
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert dialogs == []
    finally:
        page.close()


PHONE = {"width": 420, "height": 860}


def horizontal_overflow(page) -> int:
    """How many pixels the page scrolls sideways (0: none)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_phone_width_never_scrolls_sideways(browser, seeds_server):
    server, db = seeds_server
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        article_id = conn.execute("select article_id from articles order by claim_count desc limit 1").fetchone()[0]
        claim_id = conn.execute(
            "select claim_id from claims where article_id = ? order by hop_count desc, position limit 1", [article_id]
        ).fetchone()[0]
    finally:
        conn.close()
    page = browser.new_page(viewport=PHONE)
    try:
        for path in (f"/-/article/{quote(article_id)}", f"/-/claim/{quote(claim_id)}", "/-/kind-mix"):
            page.goto(server.url + path, wait_until="load")
            assert horizontal_overflow(page) <= 0, path
        # the kind-mix labels keep a readable size (an SVG scaled to the screen shrank them to ~4 px)
        page.goto(server.url + "/-/kind-mix", wait_until="load")
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.bar-label')).fontSize)")
        assert size >= 12
        # the legend is all on screen
        page.goto(server.url + f"/-/article/{quote(article_id)}", wait_until="load")
        right = page.evaluate(
            "Math.max(...[...document.querySelectorAll('.legend li')].map(e => e.getBoundingClientRect().right))"
        )
        assert right <= PHONE["width"]
        # on the claim page the chain stacks: each hop below the one before, arrows pointing down
        page.goto(server.url + f"/-/claim/{quote(claim_id)}", wait_until="load")
        tops = page.evaluate(
            "[...document.querySelectorAll('ol.chain li.hop')].map(e => e.getBoundingClientRect().top)"
        )
        assert len(tops) >= 2 and tops == sorted(tops) and len(set(tops)) == len(tops)
        arrow = page.evaluate("getComputedStyle(document.querySelector('ol.chain li.hop'), '::after').content")
        assert "\u2193" in arrow
    finally:
        page.close()


def test_claims_table_opens_on_readable_columns(browser, seeds_server):
    server, db = seeds_server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(server.url + f"/{db.stem}/claims", wait_until="load")
        headers = [h.strip().lower() for h in page.locator("table.rows-and-columns thead th").all_inner_texts()]
        names = [re.sub(r"[^a-z_]", "", h) for h in headers]
        assert names[:8] == ["claim_id", "article_id", "content", "kind", "source_id", "grade", "score", "flags"]
        assert "content_start" not in names and "sentence" not in names
        # kinds as labels, grades coloured, flags as chips
        assert page.locator("table.rows-and-columns td.col-grade .grade").count() > 0
        assert page.locator("table.rows-and-columns td.col-flags code.flag").count() > 0
        assert "Anonymous" in " ".join(page.locator("table.rows-and-columns td.col-kind").all_inner_texts())
        # the column descriptions are folded; the rows start on the first screen
        assert page.locator("details.column-descriptions-fold").count() == 1
        assert not page.locator("details.column-descriptions-fold").get_attribute("open")
        assert page.locator("table.rows-and-columns").bounding_box()["y"] < 1000
        # every column is a click away
        page.get_by_role("link", name="Show all columns").click()
        page.wait_for_load_state("load")
        more = [
            re.sub(r"[^a-z_]", "", h.strip().lower())
            for h in page.locator("table.rows-and-columns thead th").all_inner_texts()
        ]
        assert "content_start" in more and "sentence" in more
    finally:
        page.close()
