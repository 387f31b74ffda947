"""Every command of ``audit`` through typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils
from typer.testing import CliRunner

import audit.cli
from audit import __version__
from audit.cli import app
from audit.schemas import schema_texts

TABLES = ("articles", "claims", "sources", "hops", "flags", "segments")

runner = CliRunner()


def invoke(*args: str, input: str | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def table_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def export_records(db: Path) -> list[dict]:
    result = invoke("export", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


JSONL_ARTICLES = [
    {
        "id": "budget-1",
        "title": "Budget to grow",
        "outlet": "Example Times",
        "url": "https://example.org/budget-1",
        "published": "2024-01-02",
        "text": "The finance minister said the budget would grow next year. Officials said taxes would not rise.",
    },
    {
        "id": "road-2",
        "title": "Road closed after landslide",
        "outlet": "Daily Planet",
        "url": "https://example.org/road-2",
        "published": "2024-01-03",
        "text": "Police said the coast road was closed on Monday after a landslide. Repairs will take a week.",
    },
]


def write_jsonl_input(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --- run ---------------------------------------------------------------------------------------------------


def test_run_seeds_dir(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    result = invoke("run", seeds_dir, "--db", db)
    assert result.exit_code == 0, result.output
    summary = result.stderr.strip().splitlines()[-1]
    assert re.search(r"\b5 articles\b", summary), summary
    assert re.search(r"\b\d+ claims\b", summary), summary
    assert re.search(r"\b0 errors\b", summary), summary
    assert re.search(r"\b\d+(\.\d+)? seconds\b", summary), summary
    claims = int(re.search(r"(\d+) claims", summary).group(1))
    counts = table_counts(db)
    assert counts["articles"] == 5
    assert claims == counts["claims"] > 0


def test_run_jsonl_file(tmp_path: Path) -> None:
    src = write_jsonl_input(tmp_path / "batch.jsonl", JSONL_ARTICLES)
    db = tmp_path / "j.db"
    result = invoke("run", src, "--db", db)
    assert result.exit_code == 0, result.output
    assert re.search(r"\b2 articles\b", result.stderr), result.stderr
    records = {r["article_id"]: r for r in export_records(db)}
    assert set(records) == {"budget-1", "road-2"}
    for given in JSONL_ARTICLES:
        got = records[given["id"]]
        for field in ("title", "outlet", "url", "published"):
            assert got[field] == given[field], (given["id"], field)
        assert got["claims"], f"no claims found in {given['id']}"
        for claim in got["claims"]:
            start, end = claim["content_span"]
            assert given["text"][start:end] == claim["content"]


def test_run_stdin_plain_text(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    text = "The finance minister said the budget would grow next year.\n"
    result = invoke("run", "-", "--db", db, input=text)
    assert result.exit_code == 0, result.output
    assert re.search(r"\b1 article, ", result.stderr), result.stderr  # proper English: one article
    records = export_records(db)
    assert len(records) == 1
    assert records[0]["article_id"].startswith("stdin")
    assert records[0]["article_id"] in result.stdout.split()  # the id it was given is printed
    assert any("budget would grow" in c["content"] for c in records[0]["claims"])


def test_run_stdin_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "sj.db"
    data = "".join(json.dumps(r) + "\n" for r in JSONL_ARTICLES)
    result = invoke("run", "-", "--db", db, input=data)
    assert result.exit_code == 0, result.output
    records = {r["article_id"]: r for r in export_records(db)}
    assert set(records) == {"budget-1", "road-2"}
    assert records["road-2"]["title"] == "Road closed after landslide"
    assert records["road-2"]["outlet"] == "Daily Planet"


def test_run_twice_leaves_identical_counts(seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "twice.db"
    assert invoke("run", seeds_dir, "--db", db).exit_code == 0
    first = table_counts(db)
    assert all(first[t] > 0 for t in TABLES), first
    second_run = invoke("run", seeds_dir, "--db", db)
    assert second_run.exit_code == 0, second_run.output
    assert table_counts(db) == first
    forced = invoke("run", seeds_dir, "--db", db, "--force")
    assert forced.exit_code == 0, forced.output
    assert re.search(r"\b5 articles\b", forced.stderr), forced.stderr
    assert table_counts(db) == first


# --- export ------------------------------------------------------------------------------------------------


def test_export_jsonl(seeds_db: Path) -> None:
    records = export_records(seeds_db)
    assert len(records) == 5
    assert sum(len(r["claims"]) for r in records) == table_counts(seeds_db)["claims"]


def test_export_jsonl_to_file(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = invoke("export", "--db", seeds_db, "--format", "jsonl", "--output", out)
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert all(json.loads(line)["article_id"] for line in lines)


def test_export_csv(seeds_db: Path) -> None:
    result = invoke("export", "--db", seeds_db, "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    for column in ("article_id", "content", "kind", "score", "grade"):
        assert column in header
    assert len(body) == table_counts(seeds_db)["claims"]
    assert all(len(row) == len(header) for row in body)


def test_export_unknown_format(seeds_db: Path) -> None:
    result = invoke("export", "--db", seeds_db, "--format", "xml")
    assert result.exit_code != 0
    assert "format" in result.stderr


def test_export_missing_db(tmp_path: Path) -> None:
    result = invoke("export", "--db", tmp_path / "none.db")
    assert result.exit_code != 0
    assert "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


# --- show --------------------------------------------------------------------------------------------------


def test_show_article(seeds_db: Path, seeds_export: list[dict]) -> None:
    article_id = "002_0d6f2a640b3f5aa7.txt"
    result = invoke("show", article_id, "--db", seeds_db)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert article_id in out
    record = next(r for r in seeds_export if r["article_id"] == article_id)
    for claim in record["claims"]:
        assert claim["kind"] in out
        if claim["source"]:
            assert claim["source"] in out
        assert f"{claim['score']}/100" in out
        for hop in claim["chain"]:
            assert hop["kind"] in out and hop["text"] in out
    assert "Peskov" in out
    assert "chain" in out


def test_show_unknown_article(seeds_db: Path) -> None:
    result = invoke("show", "no-such-article.txt", "--db", seeds_db)
    assert result.exit_code == 1
    assert "no article" in result.stderr
    assert "no-such-article.txt" in result.stderr


# --- serve -------------------------------------------------------------------------------------------------


@pytest.fixture
def captured_call(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []

    def fake_run_server(cmd, *args, **kwargs):
        calls.append([str(c) for c in cmd])

    # `audit serve` replaces its process with Datasette; the test captures the command instead.
    monkeypatch.setattr(audit.cli, "run_server", fake_run_server)
    return calls


def test_serve_defaults(seeds_db: Path, captured_call: list[list[str]]) -> None:
    result = invoke("serve", "--db", seeds_db)
    assert result.exit_code == 0, result.output
    assert len(captured_call) == 1
    cmd = captured_call[0]
    assert "datasette" in " ".join(cmd)
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"
    assert "-i" in cmd, "the database must be served immutable by default"
    assert cmd[cmd.index("-i") + 1] == str(seeds_db)
    metadata = Path(cmd[cmd.index("--metadata") + 1])
    assert metadata.is_file(), f"metadata file passed to datasette does not exist: {metadata}"


def test_serve_live_drops_immutable(seeds_db: Path, captured_call: list[list[str]]) -> None:
    result = invoke("serve", "--db", seeds_db, "--live", "--port", "8123")
    assert result.exit_code == 0, result.output
    cmd = captured_call[0]
    assert "-i" not in cmd
    assert str(seeds_db) in cmd
    assert cmd[cmd.index("--port") + 1] == "8123"
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1"


def test_serve_explicit_metadata(seeds_db: Path, tmp_path: Path, captured_call: list[list[str]]) -> None:
    meta = tmp_path / "meta.json"
    meta.write_text("{}", encoding="utf-8")
    result = invoke("serve", "--db", seeds_db, "--metadata", meta)
    assert result.exit_code == 0, result.output
    cmd = captured_call[0]
    assert cmd[cmd.index("--metadata") + 1] == str(meta)


def test_serve_missing_db(tmp_path: Path, captured_call: list[list[str]]) -> None:
    result = invoke("serve", "--db", tmp_path / "none.db")
    assert result.exit_code != 0
    assert captured_call == []


# --- schema, --version -------------------------------------------------------------------------------------


def test_schema_writes_files(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    result = invoke("schema", "--out", out)
    assert result.exit_code == 0, result.output
    expected = schema_texts()
    assert sorted(p.name for p in out.iterdir()) == sorted(expected)
    for name, text in expected.items():
        assert (out / name).read_text(encoding="utf-8") == text
        json.loads(text)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert __version__ in result.stdout


def test_same_file_name_from_another_directory_is_not_overwritten(tmp_path: Path) -> None:
    """'a/story.txt' then 'b/story.txt' share the id 'story.txt': the second is an error, the first stays."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Officials said the bridge would reopen on Monday.\n", "utf-8")
    (tmp_path / "b" / "story.txt").write_text("The minister said the budget would be cut.\n", "utf-8")
    db = tmp_path / "x.db"
    assert invoke("run", tmp_path / "a" / "story.txt", "--db", db).exit_code == 0
    second = invoke("run", tmp_path / "b" / "story.txt", "--db", db)
    assert second.exit_code == 1
    assert "already holds the article read from" in second.output
    stored = sqlite_utils.Database(db)["articles"].get("story.txt")
    assert "bridge" in stored["text"]
    # the same file again, even by another path spelling, is simply unchanged
    again = invoke("run", tmp_path / "a" / ".." / "a" / "story.txt", "--db", db)
    assert again.exit_code == 0


def test_corrected_title_is_audited_again(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    db = tmp_path / "x.db"
    batch.write_text(json.dumps({"id": "x", "title": "Old", "text": "Officials said it rained.\n"}) + "\n", "utf-8")
    invoke("run", batch, "--db", db)
    batch.write_text(json.dumps({"id": "x", "title": "New", "text": "Officials said it rained.\n"}) + "\n", "utf-8")
    invoke("run", batch, "--db", db)
    assert sqlite_utils.Database(db)["articles"].get("x")["title"] == "New"


@pytest.mark.parametrize(
    ("asked", "suggested"),
    [
        ("002", "002_0d6f2a640b3f5aa7.txt"),  # the start of an id
        ("00_c3e996ea259f14b0.txt", "000_c3e996ea259f14b0.txt"),  # a typo
        ("zzzz-nothing-like-it", None),  # nothing close: no suggestion
    ],
)
def test_show_missing_id_lists_the_closest(seeds_db: Path, asked: str, suggested: str | None) -> None:
    result = invoke("show", asked, "--db", seeds_db)
    assert result.exit_code == 1
    assert f"no article {asked!r}" in result.stderr
    if suggested:
        assert "closest:" in result.stderr and suggested in result.stderr
    else:
        assert "closest:" not in result.stderr


def test_run_puts_the_collector_back(seeds_dir: Path, tmp_path: Path) -> None:
    """``audit run`` pauses the cyclic collector's young collections while it audits; afterwards
    the collector is on, with its threshold as before and nothing left frozen."""
    import gc

    before = gc.get_threshold()
    assert gc.isenabled()
    result = invoke("run", seeds_dir, "--db", tmp_path / "gc.db", "--quiet")
    assert result.exit_code == 0, result.output
    assert gc.isenabled()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
