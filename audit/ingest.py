"""Ingest stage: turn paths, JSONL batches and standard input into ``RawArticle`` records.

Reading is streamed (one file or one JSONL line at a time) so memory stays flat however
large the batch. Anything that cannot be read becomes an ``IngestError`` naming the input
and the reason; the rest of the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
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


def decode_text(data: bytes, origin: str) -> str | IngestError:
    """Decode bytes as UTF-8 (a BOM is dropped), or say precisely why not."""
    if not data.strip():
        return IngestError(origin=origin, reason="empty input: no text to audit")
    head = data[:8192]
    if b"\x00" in head:
        return IngestError(origin=origin, reason="binary file: contains NUL bytes, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return IngestError(
            origin=origin,
            reason=f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            "convert the file to UTF-8 first",
        )
    if "\x00" in text:
        return IngestError(origin=origin, reason="contains NUL characters, not plain text")
    if not text.strip():
        return IngestError(origin=origin, reason="empty input: only whitespace")
    return text


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith("<!doctype html") or head.startswith("<html") or (
        head.startswith("<") and "<body" in text[:20000].lower()
    )


def content_id(text: str, prefix: str) -> str:
    return f"{prefix}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


def _read_limited(fh: BinaryIO, max_bytes: int) -> bytes | None:
    data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def article_from_text(text: str, article_id: str, origin: str, suffix: str = "") -> Item:
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        from .html import article_from_html

        return article_from_html(text, article_id=article_id, origin=origin)
    return RawArticle(article_id=article_id, text=text, origin=origin)


def read_file(path: Path, article_id: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    origin = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield IngestError(
                origin=origin,
                article_id=article_id,
                reason=f"file too large: {_describe_bytes(size)} is over the limit of "
                f"{_describe_bytes(max_bytes)} (raise it with --max-bytes)",
            )
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, origin, max_bytes)
            return
        with path.open("rb") as fh:
            data = _read_limited(fh, max_bytes)
    except PermissionError:
        yield IngestError(origin=origin, article_id=article_id, reason="permission denied: cannot read file")
        return
    except OSError as exc:
        yield IngestError(origin=origin, article_id=article_id, reason=f"cannot read file: {exc.strerror or exc}")
        return
    if data is None:
        yield IngestError(origin=origin, article_id=article_id, reason="file too large")
        return
    decoded = decode_text(data, origin)
    if isinstance(decoded, IngestError):
        yield decoded.model_copy(update={"article_id": article_id})
        return
    yield article_from_text(decoded, article_id, origin, suffix)


def read_jsonl(fh: BinaryIO, origin: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One article a line: ``id``, ``text`` and optional ``title``, ``outlet``, ``url``, ``published``."""
    seen: set[str] = set()
    for lineno, raw in enumerate(fh, start=1):
        where = f"{origin}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield IngestError(origin=where, reason=f"line too large: {_describe_bytes(len(raw))} is over the limit")
            continue
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield IngestError(origin=where, reason=f"not valid UTF-8 at byte {exc.start} of the line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(origin=where, reason=f"not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(obj, dict):
            yield IngestError(origin=where, reason="not a JSON object: each line must be {\"id\": ..., \"text\": ...}")
            continue
        text = obj.get("text")
        raw_id = obj.get("id")
        article_id = str(raw_id) if isinstance(raw_id, str | int) and str(raw_id).strip() else None
        if "text" not in obj:
            yield IngestError(origin=where, article_id=article_id, reason="missing field `text`")
            continue
        if not isinstance(text, str):
            yield IngestError(
                origin=where, article_id=article_id,
                reason=f"field `text` must be a string, not {type(text).__name__}",
            )
            continue
        if not text.strip():
            yield IngestError(origin=where, article_id=article_id, reason="empty input: `text` is empty")
            continue
        if "\x00" in text:
            yield IngestError(origin=where, article_id=article_id, reason="contains NUL characters, not plain text")
            continue
        if article_id is None:
            article_id = content_id(text, Path(origin).name)
        if article_id in seen:
            yield IngestError(
                origin=where, article_id=article_id,
                reason=f"repeated id {article_id!r}: an earlier line of this file has it",
            )
            continue
        seen.add(article_id)
        fields = {k: obj.get(k) for k in ("title", "outlet", "url", "published")}
        fields = {k: (v if isinstance(v, str) and v.strip() else None) for k, v in fields.items()}
        item = article_from_text(text, article_id, where)
        if isinstance(item, RawArticle):
            item = item.model_copy(update={k: v for k, v in fields.items() if v is not None})
        yield item


def walk_directory(root: Path, max_bytes: int) -> Iterator[Item]:
    """Every readable file under ``root``, in a stable order; symlink loops are reported once."""
    seen_dirs: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        errors.append(IngestError(origin=str(exc.filename or root), reason=f"cannot list directory: {exc.strerror}"))

    errors: list[IngestError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=True):
        yield from errors
        errors.clear()
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            yield IngestError(origin=dirpath, reason=f"cannot read directory: {exc.strerror}")
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            yield IngestError(origin=dirpath, reason="symlink loop: directory already visited, skipped")
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        dirnames.sort()
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if not path.exists():
                yield IngestError(origin=str(path), reason="broken symlink: target does not exist")
                continue
            rel = path.relative_to(root).as_posix()
            yield from read_file(path, rel, max_bytes)
    yield from errors


def read_stdin(stream: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    stream = stream or sys.stdin.buffer
    data = _read_limited(stream, max_bytes * 50)
    if data is None:
        yield IngestError(origin="-", reason="standard input too large")
        return
    stripped = data.lstrip()
    if stripped.startswith(b"{"):
        import io

        yield from read_jsonl(io.BytesIO(data), "-", max_bytes)
        return
    if len(data) > max_bytes:
        yield IngestError(origin="-", reason=f"standard input too large: {_describe_bytes(len(data))}")
        return
    decoded = decode_text(data, "-")
    if isinstance(decoded, IngestError):
        yield decoded
        return
    yield article_from_text(decoded, content_id(decoded, "stdin"), "-")


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Everything named on the command line, in order: paths, directories, URLs and ``-``."""
    for spec in inputs:
        if spec == "-":
            yield from read_stdin(max_bytes=max_bytes)
            continue
        if spec.startswith(("http://", "https://")):
            from .fetch import fetch_urls

            yield from fetch_urls([spec], max_bytes=max_bytes)
            continue
        path = Path(spec)
        if path.is_dir():
            yield from walk_directory(path, max_bytes)
        elif path.exists():
            yield from read_file(path, path.name, max_bytes)
        else:
            yield IngestError(origin=spec, reason="no such file or directory")
