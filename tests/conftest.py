"""Shared fixtures: the seed articles, audited once per session, and their JSONL export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from audit.api import audit_paths
from audit.export import write_jsonl
from audit.store import open_db

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The project checkout (the directory holding ``pyproject.toml``)."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles shipped with the project."""
    path = REPO_ROOT / "seeds"
    assert path.is_dir(), f"seed directory missing: {path}"
    return path


@pytest.fixture(scope="session")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the audit of the seeds. Treat it as read-only."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    summary = audit_paths([str(seeds_dir)], db)
    assert summary.errors == 0, summary.error_messages
    return db


@pytest.fixture(scope="session")
def seeds_export(seeds_db: Path) -> list[dict]:
    """The JSONL export of ``seeds_db``, one dict per article."""
    database = open_db(seeds_db)
    try:
        out = io.StringIO()
        write_jsonl(database, out)
    finally:
        database.close()
    return [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
