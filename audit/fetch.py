"""Fetch web pages and turn them into articles (``audit run https://...``, ``--urls FILE``).

Each URL is fetched politely and defensively with httpx: an honest user agent, a pause
between two requests to the same host, connect and read timeouts plus one deadline from the
first connection to the last byte (checked before every read, headers included), a cap on the
body size that holds while it is decompressed (each layer of gzip or deflate is inflated a
piece at a time), a limit on redirects with loop detection, and a check that the answer is an
HTML page. Every connection, the first and each redirect's, goes to an address resolved and
checked here: loopback, private, link-local and other non-public addresses are refused unless
``allow_private`` (``audit run --allow-private``). User names and passwords in a URL are
dropped: never sent, never stored.
Every failure becomes an ``IngestError`` whose ``origin`` is the URL and whose ``reason``
is a plain sentence; the other URLs go on.

Tests and callers tune the behaviour through the module-level ``settings``::

    from audit import fetch
    fetch.settings.delay = 0          # no pause between requests to one host
    fetch.settings.read_timeout = 0.5
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import httpcore
import httpx
from httpcore._backends.sync import SyncStream

from . import __version__
from .html import article_from_html, decode_html
from .ingest import DEFAULT_MAX_BYTES
from .models import IngestError, RawArticle

USER_AGENT = f"provenance-audit/{__version__} (+https://github.com/provenance-audit)"
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass
class FetchSettings:
    connect_timeout: float = 10.0
    """Seconds to wait for a connection."""
    read_timeout: float = 10.0
    """Seconds to wait for the server between two pieces of the answer."""
    deadline: float = 30.0
    """Seconds for a whole page, redirects and download included."""
    max_redirects: int = 5
    delay: float = 1.0
    """Seconds between two requests to the same host."""
    user_agent: str = USER_AGENT
    allow_private: bool = False
    """Fetch loopback, private and link-local addresses too (refused by default)."""
    headers: dict[str, str] = field(
        default_factory=lambda: {
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "en;q=1.0,*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        }
    )


settings = FetchSettings()

_last_request: dict[str, float] = {}
_last_lock = threading.Lock()


class FetchFailed(Exception):
    """One URL could not be fetched; the message is the reason shown to the user."""


PIECE = 64 * 1024  # most bytes one decompression step may produce


def strip_credentials(url: str) -> str:
    """The URL without a user name or password (``http://user:pw@host/`` -> ``http://host/``)."""
    try:
        parsed = httpx.URL(url)
        if parsed.userinfo:
            return str(parsed.copy_with(username=None, password=None))
        return url
    except (httpx.InvalidURL, TypeError, ValueError):
        return re.sub(r"(?<=//)[^/@?#]*@", "", url)


def resolve_host(host: str, port: int) -> list[tuple[int, tuple[Any, ...]]]:
    """(family, socket address) for each address of ``host``. Tests replace this to fake DNS."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [(family, sockaddr) for family, _type, _proto, _name, sockaddr in infos]


def open_connection(family: int, sockaddr: tuple[Any, ...], timeout: float) -> socket.socket:
    """A TCP connection to one resolved address (tests replace this to map fake addresses)."""
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(sockaddr)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except BaseException:
        sock.close()
        raise
    return sock


def non_public(ip: str) -> str | None:
    """What kind of non-public address ``ip`` is (loopback, private, link-local ...), or None."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return "an unparsable address"
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    for test, name in (
        (addr.is_loopback, "a loopback"),
        (addr.is_link_local, "a link-local"),
        (addr.is_private, "a private"),
        (addr.is_multicast, "a multicast"),
        (addr.is_unspecified, "an unspecified"),
        (addr.is_reserved, "a reserved"),
        (not addr.is_global, "a non-public"),
    ):
        if test:
            return name
    return None


class _Budget:
    """The deadline of the page being fetched, shared by every read and write of its connections."""

    def __init__(self) -> None:
        self.deadline = float("inf")
        self.seconds = 0.0

    def start(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def expired(self) -> FetchFailed:
        return FetchFailed(f"too slow: the page did not arrive within {_seconds(self.seconds)}")

    def timeout(self, timeout: float | None) -> float:
        left = self.left()
        if left <= 0:
            raise self.expired()
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write ends by the page's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, budget: _Budget) -> None:
        self.inner, self.budget = inner, budget

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self.inner.read(max_bytes, self.budget.timeout(timeout))
        except httpcore.ReadTimeout:
            if self.budget.left() <= 0:
                raise self.budget.expired() from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self.inner.write(buffer, self.budget.timeout(timeout))
        except httpcore.WriteTimeout:
            if self.budget.left() <= 0:
                raise self.budget.expired() from None
            raise

    def close(self) -> None:
        self.inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self.inner.start_tls(ssl_context, server_hostname, self.budget.timeout(timeout))
        return _DeadlineStream(inner, self.budget)

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses it resolved and checked itself, within the page's deadline."""

    def __init__(self, cfg: FetchSettings, budget: _Budget) -> None:
        self.cfg, self.budget = cfg, budget

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            addresses = resolve_host(host, port)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"getaddrinfo failed for {host}: {exc}") from exc
        allowed = []
        for family, sockaddr in addresses:
            what = non_public(str(sockaddr[0]))
            if what and not self.cfg.allow_private:
                where = host if host == str(sockaddr[0]) else f"{host} resolves to {sockaddr[0]}, which"
                raise FetchFailed(
                    f"refused: {where} is {what} address; pages on this machine or a private network "
                    "are fetched only with --allow-private"
                )
            allowed.append((family, sockaddr))
        if not allowed:
            raise httpcore.ConnectError(f"getaddrinfo gave no address for {host}")
        error: BaseException | None = None
        for family, sockaddr in allowed:
            try:
                sock = open_connection(family, sockaddr, self.budget.timeout(timeout))
                return _DeadlineStream(SyncStream(sock), self.budget)
            except TimeoutError as exc:
                if self.budget.left() <= 0:
                    raise self.budget.expired() from None
                error = httpcore.ConnectTimeout(str(exc) or "connect timed out")
                error.__cause__ = exc
            except OSError as exc:
                error = httpcore.ConnectError(str(exc))
                error.__cause__ = exc
        assert error is not None
        raise error


class GuardedClient(httpx.Client):
    """An httpx client whose connections go through ``_GuardedBackend`` (no proxies)."""

    def __init__(self, cfg: FetchSettings, **kwargs: Any) -> None:
        self.budget = _Budget()
        transport = httpx.HTTPTransport()
        ssl_context = transport._pool._ssl_context  # type: ignore[attr-defined]
        transport._pool = httpcore.ConnectionPool(  # type: ignore[attr-defined]
            ssl_context=ssl_context, network_backend=_GuardedBackend(cfg, self.budget)
        )
        super().__init__(transport=transport, **kwargs)


def _inflate(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """Undo one layer of gzip or deflate, ``PIECE`` bytes at most per step, so a small body that
    expands enormously is never held whole."""
    gzip = encoding in ("gzip", "x-gzip")
    d = zlib.decompressobj(31 if gzip else 15)
    started = False
    for chunk in chunks:
        data = chunk
        while data or started:
            try:
                out = d.decompress(data, PIECE)
            except zlib.error:
                if not gzip and not started:  # "deflate" sent raw, without the zlib wrapper
                    d = zlib.decompressobj(-15)
                    started = True
                    continue
                raise FetchFailed("the server sent a compressed body that cannot be decompressed") from None
            started = True
            if out:
                yield out
            if d.eof:
                data = d.unused_data
                if not data.strip(b"\x00"):
                    break
                d = zlib.decompressobj(31 if gzip else 15)  # another gzip member follows
                continue
            data = d.unconsumed_tail
            if not data and len(out) < PIECE:
                break


def _decoded(response: httpx.Response, max_bytes: int) -> Iterator[bytes]:
    """The body, decompressed layer by layer; raw bytes are bounded by ``max_bytes`` too."""
    encodings = [e.strip().lower() for e in response.headers.get("content-encoding", "").split(",") if e.strip()]
    encodings = [e for e in encodings if e != "identity"]
    for e in encodings:
        if e not in ("gzip", "x-gzip", "deflate"):
            raise FetchFailed(f"the server sent a body compressed with {e!r}, which cannot be read")

    def raw() -> Iterator[bytes]:
        total = 0
        for chunk in response.iter_raw():
            total += len(chunk)
            if total > max_bytes:
                raise FetchFailed(
                    f"page too large: over the limit of {_size(max_bytes)}, stopped reading (raise it with --max-bytes)"
                )
            yield chunk

    stream: Iterable[bytes] = raw()
    for e in reversed(encodings):
        stream = _inflate(stream, e)
    return iter(stream)


def url_id(url: str) -> str:
    """A stable article id for a URL (the fragment does not count)."""
    key = url.strip().split("#", 1)[0]
    return f"url-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _seconds(s: float) -> str:
    return f"{s:g} second" + ("" if s == 1 else "s")


def _polite_wait(host: str, delay: float) -> None:
    """Sleep so that two requests to ``host`` are at least ``delay`` seconds apart."""
    if delay > 0:
        with _last_lock:
            last = _last_request.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
    with _last_lock:
        _last_request[host] = time.monotonic()


def _host_key(url: httpx.URL) -> str:
    return f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    node: BaseException | None = exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        yield node
        node = node.__cause__ or node.__context__


def _connect_reason(exc: httpx.HTTPError, host: str, where: str) -> str:
    """A plain reason for a failed connection to ``host`` (``where`` is host:port)."""
    text = " ".join(str(e) for e in _causes(exc)).lower()
    for cause in _causes(exc):
        if isinstance(cause, socket.gaierror):
            return f"DNS lookup failed: the host name {host!r} could not be resolved"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused: nothing is listening at {where}"
        if isinstance(cause, ssl.SSLError):
            return f"TLS error: no secure connection to {where} ({cause.reason or cause})"
    if any(
        s in text
        for s in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "temporary failure in name resolution",
            "no address associated",
        )
    ):
        return f"DNS lookup failed: the host name {host!r} could not be resolved"
    if "connection refused" in text:
        return f"connection refused: nothing is listening at {where}"
    if "certificate" in text or "ssl" in text:
        return f"TLS error: no secure connection to {where}"
    if "network is unreachable" in text or "no route to host" in text:
        return f"network unreachable: cannot reach {host}"
    return f"cannot connect to {where}: {exc or type(exc).__name__}"


def _status_reason(response: httpx.Response) -> str:
    code = response.status_code
    phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
    if 400 <= code < 500:
        return f"HTTP error {code}{phrase}: the server refused or could not find the page"
    if code >= 500:
        return f"HTTP error {code}{phrase}: the server failed to deliver the page"
    return f"unexpected HTTP status {code}{phrase}: no page to read"


def _download(
    client: httpx.Client, url: str, max_bytes: int, cfg: FetchSettings
) -> tuple[httpx.URL, bytes, str | None]:
    """Follow redirects and read the body: (final URL, body, HTTP charset). Raises ``FetchFailed``."""
    try:
        current = httpx.URL(strip_credentials(url))
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchFailed(f"invalid URL: {exc}") from None
    if current.scheme not in ("http", "https") or not current.host:
        raise FetchFailed("invalid URL: only http:// and https:// addresses with a host name can be fetched")
    started = time.monotonic()
    budget: _Budget | None = getattr(client, "budget", None)
    if budget is not None:
        budget.start(cfg.deadline)
    visited = [str(current.copy_with(fragment=None))]
    for _ in range(cfg.max_redirects + 1):
        left = cfg.deadline - (time.monotonic() - started)
        if left <= 0:
            raise FetchFailed(f"too slow: the page did not arrive within {_seconds(cfg.deadline)}")
        timeout = httpx.Timeout(min(cfg.read_timeout, left), connect=min(cfg.connect_timeout, left))
        _polite_wait(_host_key(current), cfg.delay)
        request = client.build_request(
            "GET", current, timeout=timeout, headers={"User-Agent": cfg.user_agent, **cfg.headers}
        )
        response = client.send(request, stream=True)
        try:
            if response.is_redirect:
                target = response.url.join(response.headers["location"]).copy_with(fragment=None)
                if target.userinfo:  # never send or store a password a redirect hands out
                    target = target.copy_with(username=None, password=None)
                if target.scheme not in ("http", "https"):
                    raise FetchFailed(f"redirect to a non-web address: {target}")
                if str(target) in visited:
                    raise FetchFailed(
                        f"redirect loop: {response.url} redirects back to {target}, which was already visited"
                    )
                visited.append(str(target))
                current = target
                continue
            if not 200 <= response.status_code < 300 or response.status_code == 204:
                raise FetchFailed(_status_reason(response))
            ctype = response.headers.get("content-type", "")
            mime = ctype.split(";", 1)[0].strip().lower()
            if mime and mime not in HTML_TYPES:
                raise FetchFailed(f"not an HTML page: the server says it is {mime}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchFailed(
                    f"page too large: {_size(int(length))} is over the limit of "
                    f"{_size(max_bytes)} (raise it with --max-bytes)"
                )
            chunks: list[bytes] = []
            total = 0
            for chunk in _decoded(response, max_bytes):
                total += len(chunk)
                if total > max_bytes:
                    raise FetchFailed(
                        f"page too large: over the limit of {_size(max_bytes)} once decompressed, "
                        "stopped reading (raise it with --max-bytes)"
                    )
                chunks.append(chunk)
                if time.monotonic() - started > cfg.deadline:
                    raise FetchFailed(f"too slow: the page did not finish downloading within {_seconds(cfg.deadline)}")
            final = response.url
            if final.userinfo:
                final = final.copy_with(username=None, password=None)
            return final, b"".join(chunks), response.charset_encoding
        finally:
            response.close()
    raise FetchFailed(f"too many redirects: more than {cfg.max_redirects}, stopped at {current}")


def fetch_one(
    client: httpx.Client, url: str, max_bytes: int = DEFAULT_MAX_BYTES, cfg: FetchSettings | None = None
) -> RawArticle | IngestError:
    """Fetch one URL and extract its article, or say why not."""
    cfg = cfg or settings
    url = strip_credentials(url)
    origin = url
    article_id = url_id(url)

    def error(reason: str) -> IngestError:
        return IngestError(origin=origin, article_id=article_id, reason=reason, stage="fetch")

    try:
        parsed = httpx.URL(url)
        host = parsed.host or url
        where = f"{host}:{parsed.port}" if parsed.port else host
    except (httpx.InvalidURL, TypeError, ValueError):
        host = where = url
    try:
        final_url, body, charset = _download(client, url, max_bytes, cfg)
    except FetchFailed as exc:
        return error(str(exc))
    except httpx.ConnectTimeout:
        return error(f"timed out: no connection to {host} within {_seconds(cfg.connect_timeout)}")
    except httpx.ReadTimeout:
        return error(f"timed out: the server at {host} did not answer within {_seconds(cfg.read_timeout)}")
    except httpx.TimeoutException:
        return error(f"timed out: the request to {host} took too long")
    except httpx.ConnectError as exc:
        return error(_connect_reason(exc, host, where))
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        return error(f"invalid URL: {exc}")
    except httpx.DecodingError:
        return error("the server sent a compressed body that cannot be decompressed")
    except httpx.RemoteProtocolError as exc:
        return error(f"the server at {host} broke off or sent a malformed answer: {exc}")
    except httpx.HTTPError as exc:
        return error(f"download failed: {type(exc).__name__}: {exc}")
    except OSError as exc:
        return error(f"download failed: {exc.strerror or exc}")
    if not body.strip():
        return error("empty page: the server sent no content")
    try:
        text, problem = decode_html(body, charset)
    except (LookupError, ValueError) as exc:  # a declared charset that is no text encoding (rot13)
        return error(f"cannot decode the page: the charset it declares cannot decode text ({exc})")
    if text is None:
        return error(problem or "cannot decode the page")
    item = article_from_html(
        text,
        article_id=article_id,
        origin=origin,
        url=str(final_url),
        fetched_at=_now(),
        html_sha256=hashlib.sha256(body).hexdigest(),
    )
    if isinstance(item, IngestError):
        return item.model_copy(update={"stage": "fetch"})
    return item


def fetch_urls(
    urls: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    cfg: FetchSettings | None = None,
    allow_private: bool | None = None,
    **overrides: object,
) -> Iterator[RawArticle | IngestError]:
    """Fetch each URL in turn; yield a ``RawArticle`` or an ``IngestError`` for each, never stopping.

    ``overrides`` replace fields of the module ``settings`` for this call (``delay=0``);
    ``allow_private`` (when not None) says whether non-public addresses may be fetched.
    """
    if allow_private is not None:
        overrides["allow_private"] = allow_private
    cfg = replace(cfg or settings, **overrides)  # type: ignore[arg-type]
    timeout = httpx.Timeout(cfg.read_timeout, connect=cfg.connect_timeout)
    headers = {"User-Agent": cfg.user_agent}
    with GuardedClient(cfg, follow_redirects=False, timeout=timeout, headers=headers) as client:
        for url in urls:
            url = url.strip()
            if not url:
                continue
            try:
                yield fetch_one(client, url, max_bytes, cfg)
            except Exception as exc:  # a bug must not sink the batch; it is recorded, named
                clean = strip_credentials(url)
                yield IngestError(
                    origin=clean,
                    article_id=url_id(clean),
                    stage="fetch",
                    reason=f"internal error while fetching: {type(exc).__name__}: {exc}",
                )
