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


def serve_command(
    db: Path, host: str = "127.0.0.1", port: int = 8001, immutable: bool = True, metadata: Path | None = None
) -> list[str]:
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
        "3000",
    ]
    if (site / "templates").is_dir():
        cmd += ["--template-dir", str(site / "templates")]
    if (site / "plugins").is_dir():
        cmd += ["--plugins-dir", str(site / "plugins")]
    if (site / "static").is_dir():
        cmd += ["--static", f"static:{site / 'static'}"]
    cmd += ["-i", str(db)] if immutable else [str(db)]
    return cmd
