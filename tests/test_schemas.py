"""The checked-in ``schemas/`` must match the pydantic models they are generated from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.schemas import schema_texts

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "schemas"
FIX = "the models and schemas/ have drifted apart: run `audit schema --out schemas` and commit the result"
EXPECTED = schema_texts()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_schema_file_up_to_date(name: str) -> None:
    path = SCHEMAS_DIR / name
    assert path.is_file(), f"{path} is missing; {FIX}"
    assert path.read_text(encoding="utf-8") == EXPECTED[name], f"{path} is out of date; {FIX}"


def test_no_stale_schema_files() -> None:
    stale = sorted(p.name for p in SCHEMAS_DIR.glob("*.schema.json") if p.name not in EXPECTED)
    assert not stale, f"schemas/ holds files no model generates: {stale}; delete them, then {FIX}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_schema_is_json_schema(name: str) -> None:
    schema = json.loads(EXPECTED[name])
    assert schema.get("type") == "object"
    assert schema.get("properties"), name
