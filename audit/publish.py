"""Publish stage, part two: serve the database with Datasette, read-only, on 127.0.0.1."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def site_dir() -> Path:
    return Path(str(resources.files("audit") / "site"))


def default_metadata() -> Path:
    """The project's ``datasette_metadata.json`` when run from a checkout, else the packaged copy."""
    local = Path("datasette_metadata.json")
    if local.exists():
        return local
    return site_dir() / "metadata.json"


SQL_TIME_LIMIT_MS = 3000


def serve_command(
    db: Path,
    host: str = "127.0.0.1",
    port: int = 8001,
    immutable: bool = True,
    metadata: Path | None = None,
    allow_sql: bool = False,
    sql_time_limit_ms: int = SQL_TIME_LIMIT_MS,
) -> list[str]:
    """The ``datasette serve`` command line. Visitors may not run their own SQL unless
    ``allow_sql`` (canned queries, table pages, facets and search work either way): one
    ``select zeroblob(...)`` could otherwise exhaust the server's memory. Every query, canned
    or not, stops after ``sql_time_limit_ms``."""
    site = site_dir()
    cmd = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "--host",
        host,
        "--port",
        str(port),
        "--metadata",
        str(metadata or default_metadata()),
        "--setting",
        "default_page_size",
        "50",
        "--setting",
        "sql_time_limit_ms",
        str(sql_time_limit_ms),
        "--setting",
        "default_allow_sql",
        "on" if allow_sql else "off",
    ]
    if (site / "templates").is_dir():
        cmd += ["--template-dir", str(site / "templates")]
    if (site / "plugins").is_dir():
        cmd += ["--plugins-dir", str(site / "plugins")]
    if (site / "static").is_dir():
        cmd += ["--static", f"static:{site / 'static'}"]
    cmd += ["-i", str(db)] if immutable else [str(db)]
    return cmd
