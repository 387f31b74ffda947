"""Ingest stage: turn paths, JSONL batches and standard input into ``RawArticle`` records.

Reading is streamed (one file or one JSONL line at a time) so memory stays flat however
large the batch. Anything that cannot be read becomes an ``IngestError`` naming the input
and the reason; the rest of the batch goes on.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .models import IngestError, RawArticle

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}

Item = RawArticle | IngestError


def _describe_bytes(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"RIFF", "a RIFF media file"),
)
# Bytes that never appear in text: C0 controls other than tab, newline, vertical tab, form feed,
# carriage return and escape.
CONTROL_BYTES = frozenset(range(0, 32)) - {9, 10, 11, 12, 13, 27}


def _binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks like a binary file rather than text, or None."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return f"binary file: looks like {what}, not text"
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "looks like UTF-16 text, not UTF-8: convert the file to UTF-8 first"
    controls = sum(1 for b in head if b in CONTROL_BYTES)
    if controls and controls / len(head) > 0.05:
        return f"binary file: {controls} control bytes in the first {len(head)} bytes, not text"
    return None


def decode_text(data: bytes, origin: str) -> str | IngestError:
    """Decode bytes as UTF-8 (a BOM is dropped), or say precisely why not.

    The text is kept exactly as read otherwise: CRLF line ends stay, so every span the
    pipeline finds is an exact slice of the decoded text.
    """
    if not data.strip():
        what = "empty file" if not data else "only whitespace"
        return IngestError(origin=origin, reason=f"empty input: {what}, no text to audit")
    binary = _binary_reason(data)
    if binary:
        return IngestError(origin=origin, reason=binary)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return IngestError(
            origin=origin,
            reason=f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} "
            "(perhaps Latin-1 or Windows-1252); convert the file to UTF-8 first",
        )
    problem = text_problem(text)
    if problem:
        return IngestError(origin=origin, reason=problem)
    return text


def text_problem(text: str) -> str | None:
    """Why decoded ``text`` cannot be audited (NUL characters, unpaired surrogates, nothing
    but whitespace), or None."""
    nul = text.find("\x00")
    if nul >= 0:
        return (
            f"contains NUL bytes (first at character {nul}), not plain text: "
            "remove them or save the file as plain UTF-8 text"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"not valid Unicode: unpaired surrogate {text[exc.start]!r} at character {exc.start}"
    if not text.strip():
        return "empty input: only whitespace, no text to audit"
    return None


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return (
        head.startswith("<!doctype html")
        or head.startswith("<html")
        or (head.startswith("<") and "<body" in text[:20000].lower())
    )


def content_id(text: str, prefix: str) -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def _read_limited(fh: BinaryIO, max_bytes: int) -> bytes | None:
    data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _html_article(html: str, article_id: str, origin: str) -> Item:
    from .html import article_from_html

    return article_from_html(html, article_id=article_id, origin=origin)


def article_from_text(text: str, article_id: str, origin: str, suffix: str = "") -> Item:
    """A ``RawArticle`` for plain text, or for HTML the article text extracted from it. Never raises:
    a failure becomes an ``IngestError`` naming the input."""
    try:
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            return _html_article(text, article_id, origin)
        return RawArticle(article_id=article_id, text=text, origin=origin)
    except Exception as exc:  # a bad page must not sink the batch
        return IngestError(
            origin=origin, article_id=article_id, reason=f"cannot extract article text: {type(exc).__name__}: {exc}"
        )


def _file_kind(mode: int) -> str | None:
    """What a non-regular file is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "not a plain file"


def _open_error(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        if path.is_symlink():
            return "broken symlink: its target does not exist"
        return "no such file or directory"
    if exc.errno == errno.ELOOP:
        return "symlink loop: the link leads back to itself"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied: cannot read file"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    return f"cannot read file: {exc.strerror or exc}"


def read_file(path: Path, article_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One file: plain text, HTML, or a JSONL batch (whose size limit applies to each line).

    The file is opened without blocking and must be a regular file, so a named pipe or a device
    in a directory is reported instead of hanging the run.
    """
    origin = str(path)
    suffix = path.suffix.lower()

    def error(reason: str) -> IngestError:
        return IngestError(origin=origin, article_id=article_id, reason=reason)

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        yield error(_open_error(path, exc))
        return
    try:
        st = os.fstat(fd)
        kind = _file_kind(st.st_mode)
        if kind:
            os.close(fd)
            yield error(f"not a regular file: {kind}, skipped")
            return
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh = os.fdopen(fd, "rb")
    except OSError as exc:
        os.close(fd)
        yield error(_open_error(path, exc))
        return
    with fh:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(fh, origin, max_bytes)
            return
        if st.st_size > max_bytes:
            yield error(
                f"file too large: {_describe_bytes(st.st_size)} is over the limit of "
                f"{_describe_bytes(max_bytes)} (raise it with --max-bytes)"
            )
            return
        try:
            data = _read_limited(fh, max_bytes)
        except OSError as exc:
            yield error(_open_error(path, exc))
            return
    if data is None:
        yield error(f"file too large: over the limit of {_describe_bytes(max_bytes)} (raise it with --max-bytes)")
        return
    if suffix in HTML_SUFFIXES and data.strip():
        # A saved page declares its own charset (HTTP-less): decode it the way a browser would.
        from .html import decode_html

        try:
            html_text, reason = decode_html(data)
        except (LookupError, ValueError) as exc:  # a declared charset that is no text encoding (rot13)
            yield error(f"cannot decode the page: the charset it declares cannot decode text ({exc})")
            return
        if html_text is None:
            yield error(reason or "cannot decode the page")
            return
        yield article_from_text(html_text, article_id, origin, suffix)
        return
    decoded = decode_text(data, origin)
    if isinstance(decoded, IngestError):
        yield decoded.model_copy(update={"article_id": article_id})
        return
    yield article_from_text(decoded, article_id, origin, suffix)


def _jsonl_lines(fh: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, line or None when over the limit, its length), never holding more than
    ``max_bytes`` of one line in memory."""
    lineno = 0
    while True:
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            total = len(raw)
            while True:
                chunk = fh.readline(1 << 20)
                total += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None, total
            continue
        yield lineno, raw, len(raw)


def _jsonl_id(obj: dict) -> tuple[str | None, str | None]:
    """(id, problem) from a JSONL object; (None, None) when it has no id."""
    if "id" not in obj or obj["id"] is None:
        return None, None
    raw_id = obj["id"]
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
        return None, f"field `id` must be a string or a whole number, not {type(raw_id).__name__}"
    article_id = str(raw_id).strip()
    if not article_id:
        return None, "field `id` is empty"
    problem = text_problem(article_id)
    if problem and "surrogate" in problem:
        return None, f"field `id` is {problem}"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in article_id):
        return None, "field `id` contains control characters (newline, NUL, tab ...)"
    return article_id, None


def read_jsonl(fh: BinaryIO, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One article a line: ``id``, ``text`` and optional ``title``, ``outlet`` (or ``publisher``), ``url``,
    ``published``.

    The size limit applies to each line, so a large batch streams through; each bad line is
    an ``IngestError`` naming ``file:line`` and the reason, and the lines after it go on.
    """
    seen: dict[str, int] = {}
    for lineno, raw, size in _jsonl_lines(fh, max_bytes):
        where = f"{origin}:{lineno}"
        if raw is None:
            yield IngestError(
                origin=where,
                reason=f"line too large: {_describe_bytes(size)} is over the "
                f"limit of {_describe_bytes(max_bytes)} (raise it with --max-bytes)",
            )
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield IngestError(
                origin=where, reason=f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start} of the line"
            )
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(origin=where, reason=f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield IngestError(origin=where, reason="not valid JSON: nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield IngestError(origin=where, reason='not a JSON object: each line must be {"id": ..., "text": ...}')
            continue
        article_id, id_problem = _jsonl_id(obj)
        if id_problem:
            yield IngestError(origin=where, reason=id_problem)
            continue
        text = obj.get("text")
        if "text" not in obj:
            yield IngestError(origin=where, article_id=article_id, reason="missing field `text`")
            continue
        if not isinstance(text, str):
            yield IngestError(
                origin=where,
                article_id=article_id,
                reason=f"field `text` must be a string, not {type(text).__name__}",
            )
            continue
        if not text.strip():
            yield IngestError(origin=where, article_id=article_id, reason="empty input: field `text` is empty")
            continue
        problem = text_problem(text)
        if problem:
            yield IngestError(origin=where, article_id=article_id, reason=f"field `text` {problem}")
            continue
        if article_id is None:
            article_id = content_id(text, Path(origin).name)
        if article_id in seen:
            yield IngestError(
                origin=where,
                article_id=article_id,
                reason=f"repeated id {article_id!r}: line {seen[article_id]} of this file has it already",
            )
            continue
        seen[article_id] = lineno
        fields = {k: obj.get(k) for k in ("title", "outlet", "author", "url", "published")}
        if not fields["outlet"]:
            fields["outlet"] = obj.get("publisher")  # PolNeAR and other corpora name the outlet so
        fields = {k: v.strip() for k, v in fields.items() if isinstance(v, str) and v.strip() and not text_problem(v)}
        item = article_from_text(text, article_id, where)
        if isinstance(item, RawArticle) and fields:
            item = item.model_copy(update=fields)
        yield item


def walk_directory(root: Path, max_bytes: int) -> Iterator[Item]:
    """Every file under ``root``, in a stable order. Hidden files are left out; symlinks are
    followed, a loop is reported once and not entered; unreadable directories and files, broken
    links and named pipes are reported and the walk goes on."""
    seen_dirs: set[tuple[int, int]] = set()
    errors: list[IngestError] = []

    def onerror(exc: OSError) -> None:
        reason = _open_error(Path(exc.filename or root), exc)
        errors.append(IngestError(origin=str(exc.filename or root), reason=f"cannot list directory: {reason}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        yield from errors
        errors.clear()
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            yield IngestError(origin=dirpath, reason=f"cannot read directory: {_open_error(Path(dirpath), exc)}")
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            yield IngestError(origin=dirpath, reason="symlink loop: this directory was already visited, skipped")
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            article_id = path.relative_to(root).as_posix()
            try:
                yield from read_file(path, article_id, max_bytes)
            except Exception as exc:  # one bad file must not sink the rest of the directory
                yield IngestError(
                    origin=str(path),
                    article_id=article_id,
                    reason=f"internal error while reading: {type(exc).__name__}: {exc}",
                )
    yield from errors


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Standard input: JSONL when it starts with ``{``, otherwise one text or HTML article."""
    stream = stream or sys.stdin.buffer
    head = bytearray(stream.read(1))
    while head and (head[-1:].isspace() or head in (b"\xef", b"\xef\xbb", b"\xef\xbb\xbf")):
        if len(head) > max_bytes:
            break
        more = stream.read(1)
        if not more:
            break
        head += more
    if head.endswith(b"{"):
        yield from read_jsonl(io.BufferedReader(_Prefixed(bytes(head), stream)), "-", max_bytes)
        return
    data = b"" if len(head) > max_bytes else _read_limited(stream, max_bytes - len(head))
    if data is None or len(head) > max_bytes:
        yield IngestError(
            origin="-",
            reason=f"standard input too large: over the limit of "
            f"{_describe_bytes(max_bytes)} (raise it with --max-bytes)",
        )
        return
    data = bytes(head) + data
    decoded = decode_text(data, "-")
    if isinstance(decoded, IngestError):
        yield decoded
        return
    yield article_from_text(decoded, content_id(decoded, "stdin"), "-")


class _Prefixed(io.RawIOBase):
    """A raw binary stream that gives ``prefix`` and then the rest of ``stream``."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        super().__init__()
        self.prefix, self.stream = prefix, stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def,override]
        if self.prefix:
            n = min(len(buf), len(self.prefix))
            buf[:n] = self.prefix[:n]
            self.prefix = self.prefix[n:]
            return n
        data = self.stream.read(len(buf))
        buf[: len(data)] = data
        return len(data)


def read_inputs(
    inputs: Iterable[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    urls: Iterable[str] = (),
    allow_private: bool = False,
) -> Iterator[Item]:
    """Everything named on the command line, in order: paths, directories, URLs and ``-``; then
    ``urls`` (the lines of ``--urls FILE``), each of which must be an http(s) address.

    An unexpected failure while reading one input is reported against that input and the
    next input goes on.
    """
    for spec in inputs:
        try:
            if spec == "-":
                yield from read_stdin(max_bytes=max_bytes)
            elif spec.startswith(("http://", "https://")):
                from .fetch import fetch_urls

                yield from fetch_urls([spec], max_bytes=max_bytes, allow_private=allow_private or None)
            elif Path(spec).is_dir():
                yield from walk_directory(Path(spec), max_bytes)
            else:
                yield from read_file(Path(spec), Path(spec).name, max_bytes)
        except Exception as exc:  # a bug in one reader must not sink the batch
            yield IngestError(origin=spec, reason=f"internal error while reading: {type(exc).__name__}: {exc}")
    for url in urls:
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            yield IngestError(
                origin=url,
                reason="not a web address: each line of --urls must start with http:// or https:// "
                "(files and directories go on the command line)",
            )
            continue
        try:
            from .fetch import fetch_urls

            yield from fetch_urls([url], max_bytes=max_bytes, allow_private=allow_private or None)
        except Exception as exc:
            yield IngestError(origin=url, reason=f"internal error while fetching: {type(exc).__name__}: {exc}")
