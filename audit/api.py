"""The library's front door: everything the command line does, callable from Python.

from audit import audit_paths
summary = audit_paths(["seeds"], "seeds.db")
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import IO

from .ingest import DEFAULT_MAX_BYTES, read_inputs
from .models import AuditedArticle, IngestError, RawArticle

# Below this share of common English words a text in the Latin alphabet is not taken for English
# even when no other language in audit/data/languages.json matches it better.
MIN_ENGLISH_SHARE = 0.02
# ... and when this share of its letters carry accents (Czech, Romanian, Vietnamese ...): a box
# score or a list of names has few common words in any language but is not refused for it.
MIN_ACCENTED_SHARE = 0.02
# A language is named only when this share of the text's words are its common words.
MIN_LANGUAGE_SHARE = 0.08


@cache
def _languages() -> dict[str, frozenset[str]]:
    from .lexicon import load_json

    data = load_json("languages.json")
    return {name: frozenset(words.split()) for name, words in data.items() if not name.startswith("_")}


WORDS_RE = re.compile(r"[^\W\d_]+")
ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
# UTF-8 bytes with every ASCII byte that is not a letter made a space (the bytes of other characters kept)
_ASCII_NON_LETTERS_TO_SPACE = bytes(b if b in ASCII_LETTERS or b >= 128 else 32 for b in range(256))


def _words(text: str) -> list[str]:
    """``WORDS_RE.findall(text)``, about 2.5 times quicker on news text: the ASCII characters that
    are not letters become spaces (on the UTF-8 bytes, in C), the text is split on whitespace
    (which is never a word character), and only a piece holding other characters (a curly
    apostrophe, an accented letter) is searched with the pattern. tests/test_fixed_costs.py
    compares the two."""
    try:
        spaced = text.encode("utf-8").translate(_ASCII_NON_LETTERS_TO_SPACE).decode("utf-8")
    except UnicodeError:  # a lone surrogate
        return WORDS_RE.findall(text)
    out: list[str] = []
    for piece in spaced.split():
        if piece.isascii():
            out.append(piece)
        else:
            out += WORDS_RE.findall(piece)
    return out


def language_shares(text: str) -> dict[str, float]:
    """For each language of ``languages.json``, the share of the text's words that are its common words."""
    return _shares(_words(text.lower()))


def _shares(words: list[str]) -> dict[str, float]:
    if not words:
        return {}
    counts = Counter(words)  # each distinct word looked up once per language
    get = counts.__getitem__
    # the words of the text that are common words of the language, found by one set intersection
    return {name: sum(map(get, common.intersection(counts))) / len(words) for name, common in _languages().items()}


def _letters(sample: str) -> tuple[int, int]:
    """(letters, letters outside ASCII) of ``sample``, as ``str.isalpha`` counts them: the ASCII
    letters are counted on bytes, the rest (rare in English) one character at a time."""
    ascii_bytes = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_bytes) - len(ascii_bytes.translate(None, ASCII_LETTERS))
    other = sum(ch.isalpha() for run in NON_ASCII_RE.findall(sample) for ch in run)
    return ascii_letters + other, other


class AuditError(Exception):
    """An input failed and the run was asked to stop (``--strict``)."""


@dataclass
class RunSummary:
    articles: int = 0
    skipped: int = 0
    claims: int = 0
    errors: int = 0
    warnings: int = 0
    words: int = 0
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list)
    stdin_ids: list[str] = field(default_factory=list)  # ids given to articles read from standard input

    def line(self) -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}" + ("" if count == 1 else "s")

        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds > 0 and self.words else ""
        skipped = f" ({self.skipped} unchanged, skipped)" if self.skipped else ""
        warnings = f", {n(self.warnings, 'warning')}" if self.warnings else ""
        return (
            f"{n(self.articles, 'article')}{skipped}, {n(self.claims, 'claim')}, {n(self.errors, 'error')}{warnings}, "
            f"{self.seconds:.1f} seconds{rate}"
        )


def audit_text(text: str, article_id: str = "text", **meta: str | None) -> AuditedArticle:
    """Audit one article given as a string."""
    from .pipeline import audit_article

    return audit_article(RawArticle(article_id=article_id, text=text, origin=article_id, **meta))  # type: ignore[arg-type]


def check_text(raw: RawArticle) -> tuple[IngestError | None, IngestError | None]:
    """(error, warning) about text the pipeline cannot judge well: another language or script,
    no sentence punctuation at all."""
    sample = raw.text[:20000]
    letters, non_ascii = _letters(sample)
    if letters and (letters - non_ascii) / letters < 0.5:
        return IngestError(
            origin=raw.origin,
            article_id=raw.article_id,
            stage="check",
            reason="not English: most letters are not in the Latin alphabet",
        ), None
    words = _words(sample.lower())
    if len(words) >= 20:
        shares = _shares(words)
        english = shares.get("English", 0.0)
        other, share = max(((k, v) for k, v in shares.items() if k != "English"), key=lambda kv: kv[1])
        if share > english and share >= MIN_LANGUAGE_SHARE:
            return IngestError(
                origin=raw.origin,
                article_id=raw.article_id,
                stage="check",
                reason=f"does not look like English: it reads as {other} ({share:.0%} of its words are common {other} "
                f"words, {english:.0%} common English ones)",
            ), None
        accented = non_ascii / letters
        if len(words) >= 50 and english < MIN_ENGLISH_SHARE and accented >= MIN_ACCENTED_SHARE:
            return IngestError(
                origin=raw.origin,
                article_id=raw.article_id,
                stage="check",
                reason=f"does not look like English: only {english:.0%} of its words are common English words",
            ), None
    if len(words) >= 20 and not re.search(r"[.!?]", raw.text):
        return None, IngestError(
            origin=raw.origin,
            article_id=raw.article_id,
            stage="check",
            reason="no sentence punctuation: each line is treated as one sentence",
        )
    return None, None


def stage_error(item: RawArticle, stage: str, reason: str) -> IngestError:
    """An article that was read but failed at a later stage, recorded like any bad input."""
    return IngestError(origin=item.origin, article_id=item.article_id, stage=stage, reason=reason)


def _input_of(origin: str) -> str:
    """The input an article came from: its file (a JSONL line's file), its URL, or standard input."""
    if origin == "-" or re.fullmatch(r"-:\d+", origin):
        return "-"
    if "://" in origin:
        return origin
    line = re.fullmatch(r"(.*):\d+", origin)
    path = line.group(1) if line else origin
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):
        return path


def other_input_with_id(db, item: RawArticle) -> str | None:  # type: ignore[no-untyped-def]
    """Where the stored article came from when the same id now comes from a different input
    (another file, another JSONL batch, a file then a JSONL line, "a/story.txt" then
    "b/story.txt"): it must not be silently overwritten. None when there is nothing stored under
    this id or it came from the same input (a re-run, or lines moved within one JSONL file)."""
    row = db.execute("select origin from articles where article_id = ?", [item.article_id]).fetchone()
    if not row or not row[0] or row[0] == item.origin:
        return None
    return None if _input_of(row[0]) == _input_of(item.origin) else row[0]


def failure_recorder(
    db,  # type: ignore[no-untyped-def]
    summary: RunSummary,
    strict: bool,
    on_error: Callable[[IngestError], None] | None,
    on_warning: Callable[[IngestError], None] | None,
) -> Callable[..., None]:
    """What every engine does with a failed input: an ``errors`` row (unless ``stored`` already,
    as a shard's are), a count in the summary, the callback, and with ``strict`` a stop."""
    from .store import save_error

    def fail(err: IngestError, severity: str = "error", stored: bool = False) -> None:
        if not stored:
            save_error(db, err, severity)
        if severity == "error":
            summary.errors += 1
            summary.error_messages.append(f"{err.origin}: {err.reason}")
            if on_error:
                on_error(err)
        else:
            summary.warnings += 1
            if on_warning:
                on_warning(err)
        if strict and severity == "error":
            raise AuditError(f"{err.origin}: {err.reason}")

    return fail


def id_collision(item: RawArticle, other: str) -> IngestError:
    return IngestError(
        origin=item.origin,
        article_id=item.article_id,
        reason=f"id {item.article_id!r} already holds the article read from {other}; "
        "not replaced: give this article another id (rename the file, or audit the common "
        "parent directory so ids keep their paths), or pass --force to replace it",
    )


def admit(
    db,  # type: ignore[no-untyped-def]
    item: RawArticle,
    sha: str,
    seen: dict[str, tuple[str, str]],
    force: bool,
) -> tuple[IngestError | None, IngestError | None] | None:
    """The gate every engine applies before auditing an article: ``None`` to skip it quietly (met
    earlier in this run with the same text, or unchanged since the last run), else (error,
    warning): a repeated id with another text, text that is not English, or an id already stored
    from a different input (unless ``force``) is an error."""
    from .pipeline import ENGINE_VERSION
    from .store import is_current

    earlier = seen.get(item.article_id)
    if earlier:
        if earlier[1] == sha:
            return None
        return (
            IngestError(
                origin=item.origin,
                article_id=item.article_id,
                reason=f"repeated id {item.article_id!r}: {earlier[0]} has it already with a different text",
            ),
            None,
        )
    seen[item.article_id] = (item.origin, sha)
    error, warning = check_text(item)
    if error:
        return error, None
    given = {
        "title": item.title,
        "outlet": item.outlet,
        "author": item.author,
        "url": item.url,
        "published": item.published,
    }
    if not force and is_current(db, item.article_id, sha, ENGINE_VERSION, given):
        return None
    other = None if force else other_input_with_id(db, item)
    if other:
        return id_collision(item, other), None
    return None, warning


def audit_paths(
    inputs: Iterable[str],
    db_path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    force: bool = False,
    urls: Iterable[str] = (),
    allow_private: bool = False,
    progress: Callable[[str], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    on_warning: Callable[[IngestError], None] | None = None,
) -> RunSummary:
    """Read every input, audit each article and store it; bad inputs are recorded in ``errors``
    (severity ``error``, or ``warning`` for an article that was audited but may be judged
    poorly) and the rest of the batch goes on, unless ``strict``, which stops at the first error
    by raising ``AuditError``.

    Each article is stored whole or not at all: audited articles are written a few at a time
    (``store.save_batch``: up to ``BATCH_ARTICLES``, none waiting longer than ``BATCH_SECONDS``
    after its audit), each in a savepoint of one write transaction, so one that cannot be stored
    is left out alone; a killed run loses at most those not yet written. Articles whose text and
    engine are unchanged since the last run are skipped (``force`` redoes them), so a killed run resumes where it
    stopped. An id met twice in one run with different text is an error; with the same text
    the second is skipped. An id already stored from a different input is an error too (the
    stored article is kept) unless ``force``.

    ``urls`` are web addresses to fetch after the inputs (the lines of ``--urls FILE``); a line
    that is not an http(s) address is an error, never read as a file. Fetching refuses
    loopback, private and link-local addresses unless ``allow_private``.

    Raises ``DatabaseError`` (one plain line) when the database cannot be opened or written;
    every article stored before that stays stored.
    """
    from .pipeline import _sha, audit_article
    from .store import (
        BATCH_ARTICLES,
        BATCH_SECONDS,
        AlreadyStored,
        DatabaseError,
        describe_sqlite_error,
        open_db,
        save_batch,
    )

    db = open_db(db_path)
    summary = RunSummary()
    started = time.perf_counter()
    seen: dict[str, tuple[str, str]] = {}  # article id -> (origin, content sha) met in this run

    record = failure_recorder(db, summary, strict, on_error, on_warning)
    # Audited articles wait here for their write transaction: a few at a time (``save_batch``), so
    # the write lock is held only while writing. With ``strict`` each is written at once, as the
    # run stops at the first error and nothing audited after it may be stored.
    pending: list[tuple[RawArticle, AuditedArticle, IngestError | None, Callable[[], str | None]]] = []
    most = 1 if strict else BATCH_ARTICLES
    waiting_since = 0.0

    def flush() -> None:
        nonlocal pending
        if not pending:
            return
        batch, pending = pending, []
        outcomes = save_batch(db, [(audited, guard) for _, audited, _, guard in batch])
        for (item, audited, warning, _), problem in zip(batch, outcomes, strict=True):
            if isinstance(problem, AlreadyStored):  # another run stored this id meanwhile
                record(id_collision(item, str(problem)))
                continue
            if problem is not None:
                record(stage_error(item, "store", f"cannot store article: {type(problem).__name__}: {problem}"))
                continue
            if warning:
                record(warning, "warning")
            summary.articles += 1
            summary.claims += len(audited.claims)
            summary.words += audited.word_count

    def fail(err: IngestError, severity: str = "error") -> None:
        flush()  # the articles audited before this input are stored before its error, as one by one
        record(err, severity)

    try:
        for item in read_inputs(inputs, max_bytes=max_bytes, urls=urls, allow_private=allow_private):
            if isinstance(item, IngestError):
                fail(item)
                continue
            if progress:
                progress(item.article_id)
            if item.origin == "-":
                summary.stdin_ids.append(item.article_id)
            sha = _sha(item.text)
            verdict = admit(db, item, sha, seen, force)
            if verdict is None:  # met before with the same text, or unchanged since the last run
                summary.skipped += 1
                continue
            error, warning = verdict
            if error:
                fail(error)
                continue

            def guard(item: RawArticle = item) -> str | None:
                return None if force else other_input_with_id(db, item)

            try:
                audited = audit_article(item)
            except Exception as exc:  # a bug must not sink the batch; it is recorded, named
                fail(stage_error(item, "audit", f"internal error while auditing: {type(exc).__name__}: {exc}"))
                continue
            pending.append((item, audited, warning, guard))
            if len(pending) == 1:
                waiting_since = time.monotonic()
            if len(pending) >= most or time.monotonic() - waiting_since >= BATCH_SECONDS:
                flush()
        flush()
    except sqlite3.Error as exc:
        pending = []  # not stored: the database cannot be written
        raise DatabaseError(
            f"cannot write to database {db_path}: {describe_sqlite_error(exc)}; "
            f"the {summary.articles} articles stored before this are kept"
        ) from None
    finally:
        try:
            if pending:  # stopped by something else (an interrupt): what was audited is stored
                flush()
        except sqlite3.Error:
            pass
        finally:
            summary.seconds = time.perf_counter() - started
            db.close()
    return summary


def corroborate_db(db_path: str | Path) -> int:
    """Rebuild the cross-article ``corroboration`` table; returns how many claims appear in more
    than one article."""
    from .store import DatabaseError, describe_sqlite_error, open_db, write_transaction

    db = open_db(db_path)  # a file that is not an audit database is refused before anything else
    try:
        from .corroborate import corroborate

        with write_transaction(db):  # the write lock first: a concurrent run waits, never "locked"
            return corroborate(db)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot write to database {db_path}: {describe_sqlite_error(exc)}") from None
    finally:
        db.close()


def export_jsonl(db_path: str | Path, out: IO[str]) -> int:
    from .export import write_jsonl
    from .store import open_db

    db = open_db(db_path, readonly=True)
    try:
        return write_jsonl(db, out)
    finally:
        db.close()
