"""Every command and option of ``audit`` has help text, and every one is documented in README.md."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main

from audit.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
# typer ships its own copy of click (typer._click), so these are duck-typed rather than click.* instances.
ROOT = typer.main.get_command(app)
COMMANDS: dict[str, Any] = dict(getattr(ROOT, "commands", {}))


def _params() -> list[tuple[str, Any]]:
    found = [("(root)", p) for p in ROOT.params]
    for name, cmd in sorted(COMMANDS.items()):
        found += [(name, p) for p in cmd.params]
    return found


PARAMS = _params()
LONG_OPTIONS = sorted(
    {
        (cmd, opt)
        for cmd, p in PARAMS
        if p.param_type_name == "option"
        for opt in p.opts + p.secondary_opts
        if opt.startswith("--")
    }
)


def _readme() -> str:
    assert README.is_file(), f"{README} is missing"
    return README.read_text(encoding="utf-8")


def test_app_has_commands() -> None:
    assert {"run", "export", "show", "serve", "schema"} <= set(COMMANDS)


def test_app_has_help() -> None:
    assert (ROOT.help or "").strip()


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name: str) -> None:
    cmd = COMMANDS[name]
    assert (cmd.help or cmd.short_help or "").strip(), f"`audit {name}` has no help text"


@pytest.mark.parametrize(("command", "param"), PARAMS, ids=[f"{c}:{p.name}" for c, p in PARAMS])
def test_param_has_help(command: str, param: Any) -> None:
    text = getattr(param, "help", None) or ""
    assert text.strip(), f"{command}: parameter {param.name!r} ({'/'.join(param.opts)}) has no help text"


def test_every_command_in_readme() -> None:
    readme = _readme()
    missing = [name for name in sorted(COMMANDS) if not re.search(rf"\baudit\s+{re.escape(name)}\b", readme)]
    assert not missing, f"README.md never shows these commands as `audit NAME`: {missing}"


def test_every_long_option_in_readme() -> None:
    readme = _readme()
    missing = sorted({opt for _, opt in LONG_OPTIONS if not re.search(rf"{re.escape(opt)}(?![\w-])", readme)})
    assert not missing, f"README.md never mentions these options: {missing}"
