"""The README's first screen stays true: its test command is the one CI runs, and the two set-up
commands never interfere: command 2 run while command 1's server is up leaves that server
answering every page."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEST_COMMAND = 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[test]" && python -m pytest'
SERVE_COMMAND = "pip install . && audit serve seeds --db seeds.db"
INNER_RUN = "AUDIT_README_INNER_RUN"  # set for the test suite that command 2 starts inside this test


def first_screen() -> str:
    return "\n".join(ROOT.joinpath("README.md").read_text(encoding="utf-8").splitlines()[:20])


def readme_commands() -> tuple[str, str]:
    """Commands 1 and 2 as the README's first screen writes them."""
    lines = [line.strip() for line in first_screen().splitlines()]
    serve = next(line for line in lines if line.endswith(SERVE_COMMAND))
    test = next(line for line in lines if line == TEST_COMMAND)
    return serve, test


def test_readme_first_screen_has_both_commands():
    screen = first_screen()
    assert TEST_COMMAND in screen
    assert SERVE_COMMAND in screen


def test_the_two_commands_use_separate_environments():
    serve, test = readme_commands()
    venv = re.compile(r"python3 -m venv (\S+) && \. (\S+)/bin/activate")
    serve_env, test_env = venv.match(serve), venv.match(test)
    assert serve_env and test_env
    assert serve_env.group(1) == serve_env.group(2) and test_env.group(1) == test_env.group(2)
    assert serve_env.group(1) != test_env.group(1)


def test_ci_runs_the_readme_test_command():
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci.splitlines()


def test_serve_binds_loopback_by_default():
    from audit.publish import serve_command

    cmd = serve_command(Path("x.db"))
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"


# --------------------------------------------------------------------------------------------------
# Command 2 while command 1 serves


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, OSError):
        return 0


def every_page(base: str) -> list[str]:
    """The site's pages: home, database, tables, article, claim, chart, canned queries, static files."""
    claims = json.load(urllib.request.urlopen(base + "/seeds/claims.json?_shape=array&_size=1", timeout=30))
    articles = json.load(urllib.request.urlopen(base + "/seeds/articles.json?_shape=array&_size=1", timeout=30))
    metadata = json.loads(ROOT.joinpath("datasette_metadata.json").read_text(encoding="utf-8"))
    queries = list(metadata["databases"]["audit"]["queries"])
    return [
        "/",
        "/seeds",
        "/seeds/claims",
        "/seeds/articles",
        "/seeds/kind_mix",
        "/-/article/" + articles[0]["article_id"],
        "/-/claim/" + claims[0]["claim_id"],
        "/-/kind-mix",
        "/static/audit.css",
        "/static/audit.js",
        "/static/audit-tables.js",
        *[f"/seeds/{name}" for name in queries],
    ]


def repository_copy(dest: Path) -> Path:
    """The checkout's tracked and new files (what a user has), without environments or databases."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    for name in listed:
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


@pytest.mark.skipif(os.environ.get(INNER_RUN) == "1", reason="already inside command 2")
@pytest.mark.skipif(shutil.which("git") is None, reason="needs git to copy the checkout")
def test_command_2_while_command_1_serves(tmp_path):
    serve, test = readme_commands()
    work = repository_copy(tmp_path / "checkout")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if "/.venv" not in p)
    log = (tmp_path / "serve.log").open("wb")
    # command 1 as written, on a free port (8001 may be taken on a shared machine)
    server = subprocess.Popen(
        ["bash", "-c", f"{serve} --port {port}"],
        cwd=work,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 900
        while status(base + "/-/versions.json") != 200:
            assert server.poll() is None, (tmp_path / "serve.log").read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "command 1 did not start serving"
            time.sleep(1)
        pages = every_page(base)
        before = {page: status(base + page) for page in pages}
        assert set(before.values()) == {200}, before
        # command 2 exactly as written; the suite it starts is cut down to this file's quick tests
        inner_env = dict(env, PYTEST_ADDOPTS="-q -p no:cacheprovider tests/test_readme.py", **{INNER_RUN: "1"})
        result = subprocess.run(
            ["bash", "-c", test], cwd=work, env=inner_env, capture_output=True, text=True, timeout=1800
        )
        assert result.returncode == 0, (result.stdout[-3000:], result.stderr[-3000:])
        assert server.poll() is None, "command 1's server stopped"
        after = {page: status(base + page) for page in pages}
        assert after == before, after
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        log.close()
