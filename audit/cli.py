"""The ``audit`` command: a thin layer that parses options, calls the library and turns its
errors into clean messages."""

from __future__ import annotations

import gc

# Importing what the command needs (typer, pydantic's validators, sqlite-utils) allocates objects
# that live as long as the process: the cyclic collector would traverse them some 75 times
# meanwhile, and again soon after (about 12 ms of CPU). It is paused for the imports, and what
# they leave is frozen (out of the collector's generations; ``_fewer_collections`` moves it to
# the oldest after a run).
_collector_was_enabled = gc.isenabled()
gc.disable()

import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Annotated, Any, NoReturn  # noqa: E402

import typer  # noqa: E402

from . import __version__  # noqa: E402
from ._sqlite_utils import sqlite_utils  # noqa: E402
from .api import AuditError, audit_paths  # noqa: E402
from .engine import EngineError  # noqa: E402
from .ingest import DEFAULT_MAX_BYTES  # noqa: E402
from .publish import SQL_TIME_LIMIT_MS  # noqa: E402
from .store import DatabaseError, describe_sqlite_error, readable_only_as_immutable  # noqa: E402

gc.freeze()
if _collector_was_enabled:
    gc.enable()


class _App(typer.Typer):
    """The command line; a failure no command turned into a message is still one line (set
    ``AUDIT_DEBUG=1`` for the traceback)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().__call__(*args, **kwargs)
        except (KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            if os.environ.get("AUDIT_DEBUG"):
                raise
            if isinstance(exc, sqlite3.Error):
                reason = f"database error: {describe_sqlite_error(exc)}"
            elif isinstance(exc, OSError):
                reason = f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
            else:
                reason = f"internal error: {type(exc).__name__}: {exc} (AUDIT_DEBUG=1 shows where)"
            sys.stderr.write(f"error: {reason}\n")
            sys.exit(2)


app = _App(
    help="Audit news articles: find every claim, where it comes from, and how far to trust it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database to write to or read from.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"provenance-audit {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Audit news articles: find every claim, where it comes from, and how far to trust it."""


def _fail(message: str, code: int = 2) -> NoReturn:
    """One clear line on standard error, then exit."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """An audit allocates many small short-lived objects (records, lists, matches) and makes
    almost no reference cycles (over PolNeAR train's 840 articles the collector found 12 objects
    to free), yet the cyclic collector ran 42 times at a threshold of 10,000 allocations, about
    0.2 s of that run's 14 s. While the audit runs it waits for 100,000 (it never runs on
    PolNeAR dev or train; peak memory about the same). Afterwards what the run left is moved to
    the oldest generation (frozen, then unfrozen) before the threshold is put back, so the next
    young collections do not traverse it all at once; every frozen object goes there with it,
    those the imports left and any a caller froze (the collector may free them again, rarely)."""
    threshold = gc.get_threshold()
    gc.set_threshold(100_000, threshold[1], threshold[2])
    try:
        yield
    finally:
        gc.freeze()
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _run(
    inputs: list[str],
    db: Path,
    max_bytes: int,
    strict: bool,
    force: bool,
    quiet: bool,
    urls: list[str] | None = None,
    allow_private: bool = False,
    engine: dict | None = None,
) -> int:
    show_progress = sys.stderr.isatty() and not quiet
    count = 0

    def progress(article_id: str) -> None:
        nonlocal count
        count += 1
        if show_progress:
            sys.stderr.write(f"\r\x1b[2K[{count}] {article_id[:70]}")
            sys.stderr.flush()

    def on_error(err) -> None:
        if show_progress:
            sys.stderr.write("\r\x1b[2K")
        typer.echo(f"error: {err.origin}: {err.reason}", err=True)

    runner = audit_paths
    if engine:  # --engine dask: the same audit on a Dask cluster (audit/engine.py)
        from functools import partial

        from .engine import audit_paths_dask

        runner = partial(audit_paths_dask, **engine)
    try:
        with _fewer_collections():
            summary = runner(
                inputs,
                db,
                max_bytes=max_bytes,
                strict=strict,
                force=force,
                urls=urls or [],
                allow_private=allow_private,
                progress=progress,
                on_error=on_error,
                on_warning=lambda w: typer.echo(f"warning: {w.origin}: {w.reason}", err=True),
            )
    except AuditError as exc:
        typer.echo(f"stopped (--strict): {exc}", err=True)
        return 1
    except DatabaseError as exc:
        if show_progress:
            sys.stderr.write("\r\x1b[2K")
        typer.echo(f"error: {exc}", err=True)
        return 2
    except EngineError as exc:
        typer.echo(f"error: {exc}", err=True)
        return 2
    except OSError as exc:
        typer.echo(f"error: cannot use database {db}: {exc.strerror or exc}", err=True)
        return 2
    if show_progress:
        sys.stderr.write("\r\x1b[2K")
    typer.echo(summary.line(), err=True)
    for article_id in summary.stdin_ids:  # on standard output, for `audit show $(... | audit run -)`
        typer.echo(article_id)
    return 1 if summary.errors else 0


@app.command()
def run(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Text, HTML or JSONL files, directories (walked recursively), URLs, or - for standard input."
        ),
    ] = None,
    db: DbOption = Path("audit.db"),
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Largest input accepted, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first input that fails.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Re-audit articles that are unchanged since the last run.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    urls: Annotated[Path | None, typer.Option("--urls", help="A file of URLs to fetch and audit, one a line.")] = None,
    allow_private: Annotated[
        bool,
        typer.Option(
            "--allow-private", help="Also fetch URLs on this machine or a private network (refused by default)."
        ),
    ] = False,
    engine: Annotated[
        str, typer.Option("--engine", help="local (the default), or dask: run the pipeline on a Dask cluster.")
    ] = "local",
    workers: Annotated[int, typer.Option("--workers", help="With --engine dask: processes of the local cluster.")] = 2,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="With --engine dask: address of a running Dask scheduler.")
    ] = None,
) -> None:
    """Audit articles into the database; re-running updates in place and never duplicates rows."""
    url_lines: list[str] = []
    if urls is not None:
        try:
            url_lines = [
                u.strip()
                for u in urls.read_text(encoding="utf-8").splitlines()
                if u.strip() and not u.lstrip().startswith("#")
            ]
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            _fail(f"cannot read --urls file {urls}: {reason}")
    if not inputs and not url_lines:
        _fail("nothing to audit: give files, directories, URLs, - or --urls FILE")
    if engine not in ("local", "dask"):
        _fail(f"unknown engine {engine!r}: choose local or dask")
    dask = {"workers": workers, "scheduler": scheduler} if engine == "dask" else None
    raise typer.Exit(_run(list(inputs or []), db, max_bytes, strict, force, quiet, url_lines, allow_private, dask))


@app.command()
def export(
    db: DbOption = Path("audit.db"),
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="jsonl (one article a line, docs/export-format.md) or csv (one claim a row)."
        ),
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
) -> None:
    """Export the audit as JSONL or CSV."""
    from .export import write_csv, write_jsonl

    if format not in ("jsonl", "csv"):
        _fail(f"unknown format {format!r}: choose jsonl or csv")
    database = _open(db)
    try:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        database.close()
        _fail(f"cannot write --output {output}: {exc.strerror or exc}")
    try:
        (write_jsonl if format == "jsonl" else write_csv)(database, out)
    except sqlite3.Error as exc:
        _fail(f"cannot read database {db}: {describe_sqlite_error(exc)}")
    except OSError as exc:
        _fail(f"cannot write {output or 'standard output'}: {exc.strerror or exc}")
    finally:
        if output:
            out.close()
        database.close()


def _open(db: Path) -> sqlite_utils.Database:
    """The database, read-only, or one clear line and exit status 2."""
    from .store import open_db

    try:
        return open_db(db, readonly=True)
    except DatabaseError as exc:
        _fail(str(exc))


@app.command(name="corroborate")
def corroborate_command(db: DbOption = Path("audit.db")) -> None:
    """Find the same claim across articles and whether its confirmations are independent."""
    from .api import corroborate_db

    if not db.exists():
        _fail(f"no database at {db}")
    try:
        n = corroborate_db(db)
    except DatabaseError as exc:
        _fail(str(exc))
    from .corroborate import matcher

    typer.echo(f"{n} claims found in more than one article (matcher: {matcher()})", err=True)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="The article's id (its file name, or its JSONL id).")],
    db: DbOption = Path("audit.db"),
) -> None:
    """Print an article's claims with kind, source, chain and score, for a class without a browser."""
    from .report import article_report, closest_ids

    database = _open(db)
    try:
        text = article_report(database, article_id)
        near = closest_ids(database, article_id) if text is None else []
    except sqlite3.Error as exc:
        _fail(f"cannot read database {db}: {describe_sqlite_error(exc)}")
    finally:
        database.close()
    if text is None:
        hint = f"; closest: {', '.join(near)}" if near else ""
        typer.echo(f"error: no article {article_id!r} in {db}{hint}", err=True)
        raise typer.Exit(1)
    typer.echo(text)


@app.command()
def serve(
    inputs: Annotated[list[str] | None, typer.Argument(help="Inputs to audit first (as for `audit run`).")] = None,
    db: DbOption = Path("audit.db"),
    port: Annotated[int, typer.Option("--port", "-p", help="Port to serve on.")] = 8001,
    host: Annotated[str, typer.Option("--host", help="Interface to bind; 127.0.0.1 unless told.")] = "127.0.0.1",
    live: Annotated[
        bool,
        typer.Option(
            "--live", help="Serve a database another `audit run` is still writing (read-only, not immutable)."
        ),
    ] = False,
    metadata: Annotated[
        Path | None,
        typer.Option("--metadata", help="Datasette metadata file (default: the project's datasette_metadata.json)."),
    ] = None,
    allow_sql: Annotated[
        bool,
        typer.Option(
            "--allow-sql",
            help="Let visitors run their own SQL (off by default), each query stopped after --sql-time-limit.",
        ),
    ] = False,
    sql_time_limit: Annotated[
        int, typer.Option("--sql-time-limit", help="Milliseconds any one query may run.", min=1)
    ] = SQL_TIME_LIMIT_MS,
) -> None:
    """Audit the inputs if given, then serve the database with Datasette, read-only."""
    from .publish import serve_command

    if inputs:
        code = _run(list(inputs), db, DEFAULT_MAX_BYTES, False, False, False)
        if code == 2 or (code and not db.exists()):
            raise typer.Exit(code)
        from .api import corroborate_db

        try:
            corroborate_db(db)
        except DatabaseError as exc:
            _fail(str(exc))
    if not db.exists():
        _fail(f"no database at {db}: give inputs to audit, or run `audit run` first")
    _open(db).close()  # refuse a file that is not an audit database before Datasette opens it
    if live and readable_only_as_immutable(db):
        typer.echo(f"note: {db} cannot be read while it changes here (read-only directory): served as it is", err=True)
        live = False
    if metadata is not None and not metadata.is_file():
        _fail(f"no metadata file at {metadata}")
    cmd = serve_command(
        db,
        host=host,
        port=port,
        immutable=not live,
        metadata=metadata,
        allow_sql=allow_sql,
        sql_time_limit_ms=sql_time_limit,
    )
    typer.echo(f"Serving {db} at http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    run_server(cmd)


def run_server(cmd: list[str]) -> None:
    """Replace this process with Datasette, so Ctrl+C and SIGTERM reach the server itself."""
    import os

    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(cmd[0], cmd)


@app.command()
def schema(
    out_dir: Annotated[Path, typer.Option("--out", help="Directory for the JSON Schema files.")] = Path("schemas"),
) -> None:
    """Write the JSON Schema of the public records (generated from the pydantic models)."""
    from .schemas import write_schemas

    try:
        for path in write_schemas(out_dir):
            typer.echo(str(path))
    except OSError as exc:
        _fail(f"cannot write schemas to {out_dir}: {exc.strerror or exc}")


if __name__ == "__main__":
    app()
