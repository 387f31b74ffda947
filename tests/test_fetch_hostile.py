"""Fetching from hostile servers, through the real command line: a server on 127.0.0.1 that
drips its headers, sends a gzip bomb, redirects to this machine or a private network, or hands
out a password in a redirect. Name resolution is faked (``fetch.resolve_host``) so that public
looking names can point anywhere; no traffic ever leaves the loopback interface (the faked
``fetch.open_connection`` refuses anything but 127.0.0.1)."""

from __future__ import annotations

import gzip
import socket
import socketserver
import sqlite3
import subprocess
import sys
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit import fetch
from audit.cli import app

STORY = (
    "<!doctype html><html><head><title>Council approves the new budget</title></head><body><article>"
    "<h1>Council approves the new budget</h1>"
    "<p>The city council approved the budget on Tuesday, the mayor said in a statement.</p>"
    "<p>\u201cWe kept every promise we made,\u201d the finance director told reporters after the vote.</p>"
    "<p>Two members voted against it, according to the council's published minutes.</p>"
    "</article></body></html>"
).encode()
INTERNAL = b"<html><body><article><p>INTERNAL ADMIN PAGE: the root password is hunter2.</p></article></body></html>"
PUBLIC_IP = "93.184.215.14"  # what the fake DNS gives public names; connections to it go to 127.0.0.1


class Hostile(socketserver.BaseRequestHandler):
    """A raw HTTP/1.1 server: each path misbehaves in its own way."""

    requests: list[tuple[str, str]] = []  # (path, request head) of every request received

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(5)
        head = b""
        try:
            while b"\r\n\r\n" not in head:
                data = sock.recv(4096)
                if not data:
                    return
                head += data
        except OSError:
            return
        text = head.decode("latin-1")
        path = text.split(" ", 2)[1]
        Hostile.requests.append((path, text))
        port = sock.getsockname()[1]
        try:
            self.route(sock, path, port)
        except OSError:  # the client hung up, as it should when it gives up
            pass

    def send(self, sock: socket.socket, body: bytes, headers: str = "Content-Type: text/html; charset=utf-8") -> None:
        sock.sendall(
            f"HTTP/1.1 200 OK\r\n{headers}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
        )

    def redirect(self, sock: socket.socket, to: str) -> None:
        sock.sendall(f"HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())

    def route(self, sock: socket.socket, path: str, port: int) -> None:
        if path == "/page":
            self.send(sock, STORY)
        elif path == "/internal":
            self.send(sock, INTERNAL)
        elif path == "/drip-headers":  # headers one byte at a time, never finished
            sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
            for _ in range(600):
                sock.sendall(b"X")
                time.sleep(0.05)
        elif path == "/drip-status":  # even the status line drips
            for _ in range(600):
                sock.sendall(b"H")
                time.sleep(0.05)
        elif path.startswith("/bomb"):
            self.send(sock, BOMBS[path], f"Content-Type: text/html\r\nContent-Encoding: {ENCODINGS[path]}")
        elif path == "/gzip-page":
            self.send(sock, gzip.compress(STORY), "Content-Type: text/html\r\nContent-Encoding: gzip")
        elif path == "/to-loopback":
            self.redirect(sock, f"http://127.0.0.1:{port}/internal")
        elif path == "/to-localhost":
            self.redirect(sock, f"http://localhost:{port}/internal")
        elif path == "/to-private":
            self.redirect(sock, f"http://intranet.test:{port}/internal")
        elif path == "/to-metadata":
            self.redirect(sock, "http://metadata.test/latest/meta-data/")
        elif path == "/to-ipv6-loopback":
            self.redirect(sock, f"http://[::1]:{port}/internal")
        elif path == "/with-password":
            self.redirect(sock, f"http://editor:s3cr3t-token@news.test:{port}/page")
        else:
            sock.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")


def _bomb(size: int, layers: int) -> bytes:
    body = b"<html><body><p>" + b" " * size
    for _ in range(layers):
        body = gzip.compress(body, 9)
    return body


BOMB_SIZE = 100 * 1024 * 1024  # 100 MB once decoded, a few kilobytes on the wire
BOMBS: dict[str, bytes] = {}
ENCODINGS = {"/bomb-gzip": "gzip", "/bomb-double-gzip": "gzip, gzip", "/bomb-deflate": "deflate"}


@pytest.fixture(scope="module")
def hostile() -> Iterator[int]:
    BOMBS["/bomb-gzip"] = _bomb(BOMB_SIZE, 1)
    BOMBS["/bomb-double-gzip"] = _bomb(BOMB_SIZE, 2)
    BOMBS["/bomb-deflate"] = zlib.compress(b"<html><body><p>" + b" " * BOMB_SIZE, 9)
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Hostile)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(autouse=True)
def fake_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fake DNS: ``*.test`` names resolve as the table says; only 127.0.0.1 is ever connected to."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(fetch.settings, "delay", 0.0)
    monkeypatch.setattr(fetch.settings, "connect_timeout", 2.0)
    monkeypatch.setattr(fetch.settings, "read_timeout", 0.5)
    monkeypatch.setattr(fetch.settings, "deadline", 1.5)
    names = {
        "news.test": PUBLIC_IP,
        "intranet.test": "10.1.2.3",
        "metadata.test": "169.254.169.254",
        "localhost": "127.0.0.1",
    }
    connected: list[str] = []
    real_resolve = getattr(fetch, "resolve_host", None)

    def resolve(host: str, port: int):  # type: ignore[no-untyped-def]
        if host in names:
            return [(socket.AF_INET, (names[host], port))]
        assert host in ("127.0.0.1", "::1"), f"unexpected name lookup {host}"
        return real_resolve(host, port)  # type: ignore[misc]

    def connect(family: int, sockaddr: tuple, timeout: float) -> socket.socket:
        connected.append(sockaddr[0])
        if sockaddr[0] == PUBLIC_IP:
            return socket.create_connection(("127.0.0.1", sockaddr[1]), timeout)
        assert sockaddr[0] == "127.0.0.1", f"a connection to {sockaddr[0]} must never be attempted"
        return socket.create_connection(("127.0.0.1", sockaddr[1]), timeout)

    monkeypatch.setattr(fetch, "resolve_host", resolve, raising=False)
    monkeypatch.setattr(fetch, "open_connection", connect, raising=False)
    Hostile.requests.clear()
    return connected


def audit_run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["run", "-q", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def stored(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute("select article_id, origin, url, text from articles").fetchall()
    finally:
        con.close()


def everything_in(db: Path) -> str:
    """Every text value of every table, to look for what must never be stored."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type = 'table'")]
        return "\n".join(str(row) for t in tables for row in con.execute(f"select * from [{t}]"))
    finally:
        con.close()


# --------------------------------------------------------------------------- one deadline


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-status"])
def test_dripping_headers_hit_the_deadline(
    hostile: int, tmp_path: Path, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each byte arrives well within the read timeout; only the page's deadline can stop it."""
    monkeypatch.setattr(fetch.settings, "allow_private", True, raising=False)  # the server is on 127.0.0.1
    started = time.monotonic()
    code, out = audit_run(f"http://127.0.0.1:{hostile}{path}", "--db", str(tmp_path / "d.db"))
    elapsed = time.monotonic() - started
    assert code == 1
    assert "too slow" in out and "1.5 seconds" in out, out
    assert elapsed < 20, f"the deadline of 1.5 s did not hold: {elapsed:.0f} s"


# --------------------------------------------------------------------------- decompression bombs


@pytest.mark.parametrize("path", ["/bomb-gzip", "/bomb-double-gzip", "/bomb-deflate"])
def test_compression_bomb_is_capped_while_decoding(
    hostile: int, tmp_path: Path, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few kilobytes that decode to 100 MB: reading stops at the cap, and memory stays near it."""
    monkeypatch.setattr(fetch.settings, "allow_private", True, raising=False)  # the server is on 127.0.0.1
    assert len(BOMBS[path]) < 1024 * 1024
    tracemalloc.start()
    try:
        code, out = audit_run(
            f"http://127.0.0.1:{hostile}{path}", "--db", str(tmp_path / "b.db"), "--max-bytes", "1000000"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert code == 1
    assert "page too large" in out and "decompressed" in out, out
    assert peak < 30 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB while decoding a 1 MB page"


def test_gzip_page_is_still_read(hostile: int, tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    code, out = audit_run(f"http://news.test:{hostile}/gzip-page", "--db", str(db))
    assert code == 0, out
    assert "finance director" in stored(db)[0][3]


# --------------------------------------------------------------------------- private addresses


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        ("/to-loopback", "127.0.0.1 is a loopback address"),
        ("/to-localhost", "localhost resolves to 127.0.0.1, which is a loopback address"),
        ("/to-private", "intranet.test resolves to 10.1.2.3, which is a private address"),
        ("/to-metadata", "metadata.test resolves to 169.254.169.254, which is a link-local address"),
        ("/to-ipv6-loopback", "::1 is a loopback address"),
    ],
)
def test_redirect_to_a_private_address_is_refused(
    hostile: int, tmp_path: Path, fake_network: list[str], path: str, shown: str
) -> None:
    db = tmp_path / "r.db"
    code, out = audit_run(f"http://news.test:{hostile}{path}", "--db", str(db))
    assert code == 1
    assert "refused" in out and shown in out and "--allow-private" in out, out
    assert "/internal" not in [p for p, _ in Hostile.requests]
    assert fake_network == [PUBLIC_IP]  # the refused address was never connected to
    assert stored(db) == []
    assert "hunter2" not in everything_in(db)


def test_loopback_url_is_refused_without_allow_private(hostile: int, tmp_path: Path) -> None:
    """Through the real command line in a subprocess, real name resolution: 127.0.0.1 itself."""
    db = tmp_path / "l.db"
    cmd = [sys.executable, "-m", "audit.cli", "run", "-q", f"http://127.0.0.1:{hostile}/internal", "--db", str(db)]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "refused: 127.0.0.1 is a loopback address" in result.stderr
    assert "Traceback" not in result.stderr
    assert Hostile.requests == []
    result = subprocess.run([*cmd, "--allow-private"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [p for p, _ in Hostile.requests] == ["/internal"]


def test_allow_private_follows_the_redirect(hostile: int, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    code, out = audit_run(f"http://news.test:{hostile}/to-loopback", "--db", str(db), "--allow-private")
    assert code == 0, out
    assert stored(db)[0][2] == f"http://127.0.0.1:{hostile}/internal"


@pytest.mark.parametrize(
    ("ip", "refused"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("10.0.0.1", True),
        ("172.16.5.4", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("224.0.0.1", True),
        ("::1", True),
        ("fe80::1", True),
        ("fc00::1", True),
        ("::ffff:127.0.0.1", True),
        ("::ffff:10.0.0.1", True),
        ("93.184.215.14", False),
        ("8.8.8.8", False),
        ("2606:4700:4700::1111", False),
    ],
)
def test_non_public_addresses(ip: str, refused: bool) -> None:
    assert (fetch.non_public(ip) is not None) is refused


# --------------------------------------------------------------------------- credentials


def test_password_in_a_redirect_is_neither_sent_nor_stored(hostile: int, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    code, out = audit_run(f"http://news.test:{hostile}/with-password", "--db", str(db))
    assert code == 0, out
    (row,) = stored(db)
    assert row[2] == f"http://news.test:{hostile}/page"
    assert "s3cr3t" not in everything_in(db)
    page_request = next(head for p, head in Hostile.requests if p == "/page")
    assert "authorization" not in page_request.lower()


def test_password_in_the_given_url_is_neither_sent_nor_stored(hostile: int, tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    urls = tmp_path / "urls.txt"
    urls.write_text(f"http://me:pa55word@news.test:{hostile}/page\nhttp://me:pa55word@news.test:{hostile}/gone\n")
    code, out = audit_run("--urls", str(urls), "--db", str(db))
    assert code == 1  # /gone is a 404
    assert "pa55word" not in out
    (row,) = stored(db)
    assert row[1] == row[2] == f"http://news.test:{hostile}/page"
    assert "pa55word" not in everything_in(db)
    assert all("authorization" not in head.lower() for _, head in Hostile.requests)


# --------------------------------------------------------------------------- --urls holds URLs only


def test_urls_file_lines_that_are_not_urls_are_errors(tmp_path: Path, seeds_dir: Path) -> None:
    """A line naming a directory or a file is not read from disk."""
    db = tmp_path / "n.db"
    urls = tmp_path / "urls.txt"
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret plan was approved, the minister said on Monday.\n", encoding="utf-8")
    urls.write_text(f"{seeds_dir}\n{secret}\nftp://example.test/x\n", encoding="utf-8")
    code, out = audit_run("--urls", str(urls), "--db", str(db))
    assert code == 1
    assert out.count("not a web address") == 3, out
    assert stored(db) == []
