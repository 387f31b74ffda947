"""The ``audit`` command: a thin layer that parses options, calls the library and turns its
errors into clean messages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .api import AuditError, audit_paths
from .ingest import DEFAULT_MAX_BYTES

app = typer.Typer(
    help="Audit news articles: find every claim, where it comes from, and how far to trust it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
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


def _run(inputs: list[str], db: Path, max_bytes: int, strict: bool, force: bool, quiet: bool) -> int:
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

    try:
        summary = audit_paths(
            inputs,
            db,
            max_bytes=max_bytes,
            strict=strict,
            force=force,
            progress=progress,
            on_error=on_error,
            on_warning=lambda w: typer.echo(f"warning: {w.origin}: {w.reason}", err=True),
        )
    except AuditError as exc:
        typer.echo(f"stopped (--strict): {exc}", err=True)
        return 1
    except OSError as exc:
        typer.echo(f"error: cannot open database {db}: {exc}", err=True)
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
) -> None:
    """Audit articles into the database; re-running updates in place and never duplicates rows."""
    all_inputs = list(inputs or [])
    if urls is not None:
        try:
            all_inputs += [
                u.strip()
                for u in urls.read_text(encoding="utf-8").splitlines()
                if u.strip() and not u.lstrip().startswith("#")
            ]
        except OSError as exc:
            typer.echo(f"error: cannot read --urls file {urls}: {exc.strerror}", err=True)
            raise typer.Exit(2) from None
    if not all_inputs:
        typer.echo("error: nothing to audit: give files, directories, URLs, - or --urls FILE", err=True)
        raise typer.Exit(2)
    raise typer.Exit(_run(all_inputs, db, max_bytes, strict, force, quiet))


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
    from .store import open_db

    if format not in ("jsonl", "csv"):
        typer.echo(f"error: unknown format {format!r}: choose jsonl or csv", err=True)
        raise typer.Exit(2)
    if not db.exists():
        typer.echo(f"error: no database at {db}: run `audit run INPUT --db {db}` first", err=True)
        raise typer.Exit(2)
    database = open_db(db)
    out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        (write_jsonl if format == "jsonl" else write_csv)(database, out)
    finally:
        if output:
            out.close()
        database.close()


@app.command(name="corroborate")
def corroborate_command(db: DbOption = Path("audit.db")) -> None:
    """Find the same claim across articles and whether its confirmations are independent."""
    from .api import corroborate_db

    if not db.exists():
        typer.echo(f"error: no database at {db}", err=True)
        raise typer.Exit(2)
    n = corroborate_db(db)
    typer.echo(f"{n} claims found in more than one article", err=True)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="The article's id (its file name, or its JSONL id).")],
    db: DbOption = Path("audit.db"),
) -> None:
    """Print an article's claims with kind, source, chain and score, for a class without a browser."""
    from .report import article_report, closest_ids
    from .store import open_db

    if not db.exists():
        typer.echo(f"error: no database at {db}", err=True)
        raise typer.Exit(2)
    database = open_db(db)
    try:
        text = article_report(database, article_id)
        near = closest_ids(database, article_id) if text is None else []
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
) -> None:
    """Audit the inputs if given, then serve the database with Datasette, read-only."""
    from .publish import serve_command

    if inputs:
        code = _run(list(inputs), db, DEFAULT_MAX_BYTES, False, False, False)
        if code and not db.exists():
            raise typer.Exit(code)
        from .api import corroborate_db

        corroborate_db(db)
    if not db.exists():
        typer.echo(f"error: no database at {db}: give inputs to audit, or run `audit run` first", err=True)
        raise typer.Exit(2)
    cmd = serve_command(db, host=host, port=port, immutable=not live, metadata=metadata)
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

    for path in write_schemas(out_dir):
        typer.echo(str(path))


if __name__ == "__main__":
    app()
