"""Fetch web pages and turn them into articles (``audit run https://...``, ``--urls FILE``).

Each URL is fetched politely and defensively with httpx: an honest user agent, a pause
between two requests to the same host, connect and read timeouts plus a deadline for the
whole page, a cap on the body size (the body is streamed and reading stops past the cap),
a limit on redirects with loop detection, and a check that the answer is an HTML page.
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
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import httpx

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
    headers: dict[str, str] = field(
        default_factory=lambda: {
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "en;q=1.0,*;q=0.5",
        }
    )


settings = FetchSettings()

_last_request: dict[str, float] = {}
_last_lock = threading.Lock()


class FetchFailed(Exception):
    """One URL could not be fetched; the message is the reason shown to the user."""


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
        current = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise FetchFailed(f"invalid URL: {exc}") from None
    if current.scheme not in ("http", "https") or not current.host:
        raise FetchFailed("invalid URL: only http:// and https:// addresses with a host name can be fetched")
    started = time.monotonic()
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
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > max_bytes:
                    raise FetchFailed(
                        f"page too large: over the limit of {_size(max_bytes)}, "
                        "stopped reading (raise it with --max-bytes)"
                    )
                chunks.append(chunk)
                if time.monotonic() - started > cfg.deadline:
                    raise FetchFailed(f"too slow: the page did not finish downloading within {_seconds(cfg.deadline)}")
            return response.url, b"".join(chunks), response.charset_encoding
        finally:
            response.close()
    raise FetchFailed(f"too many redirects: more than {cfg.max_redirects}, stopped at {current}")


def fetch_one(
    client: httpx.Client, url: str, max_bytes: int = DEFAULT_MAX_BYTES, cfg: FetchSettings | None = None
) -> RawArticle | IngestError:
    """Fetch one URL and extract its article, or say why not."""
    cfg = cfg or settings
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
    text, problem = decode_html(body, charset)
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
    urls: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, cfg: FetchSettings | None = None, **overrides: object
) -> Iterator[RawArticle | IngestError]:
    """Fetch each URL in turn; yield a ``RawArticle`` or an ``IngestError`` for each, never stopping.

    ``overrides`` replace fields of the module ``settings`` for this call (``delay=0``).
    """
    cfg = replace(cfg or settings, **overrides)  # type: ignore[arg-type]
    timeout = httpx.Timeout(cfg.read_timeout, connect=cfg.connect_timeout)
    headers = {"User-Agent": cfg.user_agent}
    with httpx.Client(follow_redirects=False, timeout=timeout, headers=headers) as client:
        for url in urls:
            url = url.strip()
            if not url:
                continue
            try:
                yield fetch_one(client, url, max_bytes, cfg)
            except Exception as exc:  # a bug must not sink the batch; it is recorded, named
                yield IngestError(
                    origin=url,
                    article_id=url_id(url),
                    stage="fetch",
                    reason=f"internal error while fetching: {type(exc).__name__}: {exc}",
                )
