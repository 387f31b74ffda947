"""The README's first screen stays true: its test command is the one CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_COMMAND = 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[test]" && python -m pytest'
SERVE_COMMAND = "pip install . && audit serve seeds --db seeds.db"


def first_screen() -> str:
    return "\n".join(ROOT.joinpath("README.md").read_text(encoding="utf-8").splitlines()[:20])


def test_readme_first_screen_has_both_commands():
    screen = first_screen()
    assert TEST_COMMAND in screen
    assert SERVE_COMMAND in screen


def test_ci_runs_the_readme_test_command():
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines()


def test_serve_binds_loopback_by_default():
    from audit.publish import serve_command

    cmd = serve_command(Path("x.db"))
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"
