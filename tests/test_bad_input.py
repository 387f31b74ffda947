"""Hostile inputs, each through the real ``audit run`` command in a batch with a good article.

Every bad input must get a clear message naming it and the reason, a row in ``errors``, and
must not stop the rest of the batch; the exit status is 1 and the summary line counts it.
Inputs the pipeline can judge (a BOM, CRLF, odd quotation marks, a 1 MB sentence) must be
audited with every span an exact slice of the text as read.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
GOOD = SEEDS[0].read_text(encoding="utf-8")
SENTENCE = "The minister said the plan would go ahead despite the protests, officials told reporters."
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def audit(*args: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``audit run ARGS`` in a fresh interpreter, as a user would call it."""
    return subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", "--quiet", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def summary_errors(stderr: str) -> int:
    m = re.search(r"(\d+) articles?.*?, (\d+) errors?\b", stderr)
    assert m, f"no summary line in:\n{stderr}"
    return int(m.group(2))


# Each builder makes the hostile input under ``d`` and returns the path to name on the
# command line, plus any extra options.
Builder = Callable[[Path], tuple[Path, list[str]]]


def write_bytes(name: str, data: bytes) -> Builder:
    def build(d: Path) -> tuple[Path, list[str]]:
        p = d / name
        p.write_bytes(data)
        return p, []

    return build


def jsonl(name: str, *lines: str | dict) -> Builder:
    def build(d: Path) -> tuple[Path, list[str]]:
        p = d / name
        p.write_text("".join((ln if isinstance(ln, str) else json.dumps(ln)) + "\n" for ln in lines), encoding="utf-8")
        return p, []

    return build


def too_large(d: Path) -> tuple[Path, list[str]]:
    p = d / "long.txt"
    p.write_text(GOOD * 20, encoding="utf-8")
    return p, ["--max-bytes", str(len(GOOD.encode()) * 2)]


def jsonl_line_too_large(d: Path) -> tuple[Path, list[str]]:
    p = d / "biglines.jsonl"
    p.write_text(json.dumps({"id": "huge", "text": GOOD * 20}) + "\n", encoding="utf-8")
    return p, ["--max-bytes", str(len(GOOD.encode()) * 2)]


def fifo_in_directory(d: Path) -> tuple[Path, list[str]]:
    sub = d / "withfifo"
    sub.mkdir()
    os.mkfifo(sub / "pipe.txt")
    return sub, []


def dangling_symlink_in_directory(d: Path) -> tuple[Path, list[str]]:
    sub = d / "withdangling"
    sub.mkdir()
    (sub / "gone.txt").symlink_to(d / "no-such-target.txt")
    return sub, []


def unreadable_file_in_directory(d: Path) -> tuple[Path, list[str]]:
    sub = d / "withlocked"
    sub.mkdir()
    p = sub / "locked.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    return sub, []


def symlink_loop_directory(d: Path) -> tuple[Path, list[str]]:
    sub = d / "looping"
    (sub / "inner").mkdir(parents=True)
    (sub / "inner" / "back").symlink_to(sub, target_is_directory=True)
    return sub, []


def self_symlink(d: Path) -> tuple[Path, list[str]]:
    p = d / "self.txt"
    p.symlink_to(p)
    return p, []


def missing_path(d: Path) -> tuple[Path, list[str]]:
    return d / "not-there.txt", []


def random_binary() -> bytes:
    rng = random.Random(6)
    return bytes(rng.randrange(256) for _ in range(4096))


NOT_LATIN = "Президент заявил журналистам, что переговоры будут продолжены на следующей неделе. " * 5
SPANISH = (
    "El presidente dijo a los periodistas que las negociaciones continuarán la próxima semana en la "
    "capital, según fuentes del gobierno que pidieron no ser identificadas por su nombre. "
) * 3
NO_PUNCTUATION = "\n".join(["the minister said the plan would go ahead despite the protests"] * 5)

# (case id, builder, expected outcome, message fragment)
#   error:   a row with severity 'error' whose reason has the fragment; exit 1; summary counts 1
#   warning: audited and stored, plus a row with severity 'warning'; exit 0
#   ok:      audited and stored with exact spans; exit 0
CASES: list = [
    ("empty-file", write_bytes("empty.txt", b""), "error", "empty input"),
    ("whitespace-only", write_bytes("blank.txt", b" \n\r\n\t \n"), "error", "only whitespace"),
    ("png-image", write_bytes("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), "error", "binary file"),
    ("random-binary", write_bytes("noise.bin", random_binary()), "error", "binary file"),
    ("gzip-archive", write_bytes("article.txt.gz", b"\x1f\x8b\x08\x00" + bytes(200)), "error", "gzip"),
    (
        "latin-1",
        write_bytes("latin1.txt", GOOD[:300].encode() + "café".encode("latin-1") + b" again."),
        "error",
        "not valid UTF-8",
    ),
    ("utf-16", write_bytes("utf16.txt", GOOD.encode("utf-16")), "error", "UTF-16"),
    ("nul-bytes", write_bytes("nul.txt", (GOOD[:400] + "\x00" + GOOD[400:]).encode()), "error", "NUL bytes"),
    ("bom", write_bytes("bom.txt", b"\xef\xbb\xbf" + GOOD.encode()), "ok", None),
    ("crlf", write_bytes("crlf.txt", GOOD.replace("\n", "\r\n").encode()), "ok", None),
    (
        "bom-and-crlf",
        write_bytes("bomcrlf.txt", b"\xef\xbb\xbf" + SEEDS[1].read_text("utf-8").replace("\n", "\r\n").encode()),
        "ok",
        None,
    ),
    ("jsonl-not-json", jsonl("notjson.jsonl", '{"id": "a", "text": "He said so.'), "error", "not valid JSON"),
    ("jsonl-not-object", jsonl("array.jsonl", '["id", "text"]'), "error", "not a JSON object"),
    ("jsonl-no-text", jsonl("notext.jsonl", {"id": "a", "body": SENTENCE}), "error", "missing field `text`"),
    (
        "jsonl-text-not-string",
        jsonl("nonstring.jsonl", {"id": "a", "text": ["He", "said"]}),
        "error",
        "must be a string, not list",
    ),
    ("jsonl-text-null", jsonl("nulltext.jsonl", {"id": "a", "text": None}), "error", "must be a string"),
    (
        "jsonl-repeated-id",
        jsonl("repeat.jsonl", {"id": "r1", "text": SENTENCE}, {"id": "r1", "text": SENTENCE + " Again."}),
        "error",
        "repeated id 'r1'",
    ),
    ("jsonl-bad-id", jsonl("badid.jsonl", {"id": {"x": 1}, "text": SENTENCE}), "error", "field `id` must be"),
    (
        "jsonl-surrogate",
        jsonl("surrogate.jsonl", '{"id": "s", "text": "He said \\ud800 it."}'),
        "error",
        "unpaired surrogate",
    ),
    ("jsonl-nul", jsonl("nul.jsonl", {"id": "n", "text": "He said\u0000 it."}), "error", "NUL"),
    ("jsonl-empty-text", jsonl("emptytext.jsonl", {"id": "e", "text": "  "}), "error", "empty input"),
    ("jsonl-line-too-large", jsonl_line_too_large, "error", "line too large"),
    ("over-max-bytes", too_large, "error", "file too large"),
    ("cyrillic", write_bytes("russian.txt", NOT_LATIN.encode()), "error", "not English"),
    ("spanish", write_bytes("spanish.txt", SPANISH.encode()), "error", "does not look like English"),
    ("no-punctuation", write_bytes("nopunct.txt", NO_PUNCTUATION.encode()), "warning", "no sentence punctuation"),
    (
        "one-megabyte-sentence",
        write_bytes(
            "huge.txt",
            ("Officials said that the plan, which the minister backed, would go ahead " * 15000)[:1_000_000].encode()
            + b".",
        ),
        "ok",
        None,
    ),
    (
        "unbalanced-quotes",
        write_bytes(
            "unbalanced.txt",
            ('He said "this never closes. “Nor this, officials said. ” ” “ And “ say “critics.\n' * 40).encode(),
        ),
        "ok",
        None,
    ),
    (
        "nested-quotes",
        write_bytes(
            "nested.txt",
            (
                'The mayor said "' + "he told me 'she said \u201c" * 200 + "nothing" + "\u201d'\"" * 200 + '".\n'
            ).encode(),
        ),
        "ok",
        None,
    ),
    (
        "thousands-of-quotes",
        write_bytes("quotes.txt", ("He said " + '"' * 3000 + " and “”‘’" * 500 + ".\n").encode()),
        "ok",
        None,
    ),
    ("fifo-in-directory", fifo_in_directory, "error", "named pipe"),
    ("dangling-symlink", dangling_symlink_in_directory, "error", "broken symlink"),
    pytest.param(
        "unreadable-file",
        unreadable_file_in_directory,
        "error",
        "permission denied",
        marks=pytest.mark.skipif(
            IS_ROOT,
            reason="running as root, chmod 000 does not stop reading; "
            "the FIFO and dangling-symlink cases cover unreadable files",
        ),
    ),
    ("symlink-loop-directory", symlink_loop_directory, "error", "symlink loop"),
    ("self-symlink", self_symlink, "error", "symlink loop"),
    ("missing-path", missing_path, "error", "no such file"),
]


def _ids(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


def check_spans(db: Path, article_id: str, text: str) -> int:
    """Every stored span is an exact slice of ``text``; returns the number of claims."""
    stored = rows(db, "select text from articles where article_id = ?", article_id)
    assert stored and stored[0][0] == text, "the stored text must be the text as read (BOM removed)"
    claims = rows(
        db,
        "select content, content_start, content_end, source, source_start, source_end, cue, "
        "cue_start, cue_end from claims where article_id = ?",
        article_id,
    )
    for content, cs, ce, source, ss, se, cue, us, ue in claims:
        assert text[cs:ce] == content
        if source is not None and ss is not None:
            assert text[ss:se] == source
        if cue is not None and us is not None:
            assert text[us:ue] == cue
    return len(claims)


@pytest.mark.parametrize("case_id, build, outcome, fragment", CASES, ids=[_ids(c) for c in CASES])
def test_hostile_input(tmp_path: Path, case_id: str, build: Builder, outcome: str, fragment: str | None) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = inputs / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    hostile, options = build(inputs)
    db = tmp_path / "audit.db"

    result = audit(hostile, good, "--db", db, *options)

    assert rows(db, "select count(*) from articles where article_id = 'good.txt'") == [(1,)], result.stderr
    assert rows(db, "select count(*) from claims where article_id = 'good.txt'")[0][0] > 0
    errors = rows(db, "select origin, article_id, stage, severity, reason from errors")
    hard = [e for e in errors if e[3] == "error"]
    if outcome == "error":
        assert result.returncode == 1, result.stderr
        assert len(hard) == 1, errors
        origin, _, stage, _, reason = hard[0]
        assert fragment in reason, (fragment, reason)
        assert hostile.name in origin, (hostile.name, origin)
        assert stage in ("ingest", "check")
        message = next((ln for ln in result.stderr.splitlines() if ln.startswith("error:")), "")
        assert hostile.name in message and fragment in message, result.stderr
        assert summary_errors(result.stderr) == 1
        return
    assert result.returncode == 0, result.stderr
    assert hard == [], errors
    assert summary_errors(result.stderr) == 0
    text = hostile.read_bytes().decode("utf-8-sig")
    assert check_spans(db, hostile.name, text) > 0
    warnings = [e for e in errors if e[3] == "warning"]
    if outcome == "warning":
        assert len(warnings) == 1 and fragment in warnings[0][4], warnings
        assert warnings[0][0].endswith(hostile.name)
        assert "1 warning," in result.stderr
    else:
        assert warnings == []


def build_all(d: Path) -> tuple[list[Path], int]:
    """Every error case of the table in one directory each; returns the inputs and the count of
    errors they must raise."""
    inputs, expected = [], 0
    for case in CASES:
        case_id, build, outcome, _ = case.values if hasattr(case, "values") else case
        if outcome != "error" or build in (too_large, jsonl_line_too_large, unreadable_file_in_directory):
            continue
        sub = d / case_id
        sub.mkdir()
        path, _ = build(sub)
        inputs.append(path)
        expected += 1
    return inputs, expected


def test_one_batch_of_everything_keeps_going(tmp_path: Path) -> None:
    """All the bad inputs in one batch, good articles before, between and after them."""
    goods = []
    for i, seed in enumerate(SEEDS[:3]):
        p = tmp_path / f"good{i}.txt"
        p.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        goods.append(p)
    bad, expected = build_all(tmp_path)
    half = len(bad) // 2
    db = tmp_path / "all.db"
    result = audit(goods[0], *bad[:half], goods[1], *bad[half:], goods[2], "--db", db)
    assert result.returncode == 1
    stored = {r[0] for r in rows(db, "select article_id from articles")}
    assert {g.name for g in goods} <= stored
    hard = rows(db, "select origin, reason from errors where severity = 'error'")
    assert len(hard) == expected, hard
    assert summary_errors(result.stderr) == expected
    assert sum(ln.startswith("error:") for ln in result.stderr.splitlines()) == expected


def test_strict_stops_at_the_first_failure(tmp_path: Path) -> None:
    first = tmp_path / "a-good.txt"
    first.write_text(GOOD, encoding="utf-8")
    empty = tmp_path / "b-empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "c-binary.txt"
    binary.write_bytes(random_binary())
    after = tmp_path / "d-good.txt"
    after.write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "strict.db"

    result = audit(first, empty, binary, after, "--db", db, "--strict")

    assert result.returncode == 1
    assert "stopped (--strict)" in result.stderr and "b-empty.txt" in result.stderr
    assert "c-binary.txt" not in result.stderr
    assert [r[0] for r in rows(db, "select article_id from articles")] == ["a-good.txt"]
    assert [r[0] for r in rows(db, "select origin from errors")] == [str(empty)]

    # Without --strict the same batch goes to the end.
    result = audit(first, empty, binary, after, "--db", db)
    assert result.returncode == 1 and summary_errors(result.stderr) == 2
    assert {r[0] for r in rows(db, "select article_id from articles")} == {"a-good.txt", "d-good.txt"}


def test_clean_batch_exits_zero(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = audit(good, "--db", tmp_path / "ok.db")
    assert result.returncode == 0, result.stderr
    assert summary_errors(result.stderr) == 0


def test_fixed_input_drops_its_old_error(tmp_path: Path) -> None:
    p = tmp_path / "later.txt"
    p.write_bytes(b"")
    db = tmp_path / "fix.db"
    assert audit(p, "--db", db).returncode == 1
    assert len(rows(db, "select * from errors")) == 1
    p.write_text(GOOD, encoding="utf-8")
    assert audit(p, "--db", db).returncode == 0
    assert rows(db, "select * from errors") == []


def test_same_id_from_two_inputs(tmp_path: Path) -> None:
    """Two inputs giving one id: the same text is done once, a different text is an error."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "story.txt").write_text(GOOD, encoding="utf-8")
    (b / "story.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "ids.db"
    result = audit(a / "story.txt", b / "story.txt", "--db", db)
    assert result.returncode == 0, result.stderr
    (b / "story.txt").write_text(SEEDS[1].read_text(encoding="utf-8"), encoding="utf-8")
    result = audit(a / "story.txt", b / "story.txt", "--db", db)
    assert result.returncode == 1
    assert "repeated id 'story.txt'" in result.stderr
    assert rows(db, "select origin from articles") == [(str(a / "story.txt"),)]


def test_hostile_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    proc = subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", "-", "--db", str(db)],
        input=random_binary(),
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert b"error: -: binary file" in proc.stderr
    lines = (json.dumps({"id": "ok", "text": GOOD}) + "\nnot json\n").encode()
    proc = subprocess.run(
        [sys.executable, "-m", "audit.cli", "run", "-", "--db", str(db)], input=lines, capture_output=True, timeout=120
    )
    assert proc.returncode == 1
    assert b"error: -:2: not valid JSON" in proc.stderr
    assert rows(db, "select article_id from articles") == [("ok",)]


def test_pipeline_crash_is_recorded_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in a pipeline stage on one article is an error row naming it, not a dead run."""
    import audit.pipeline
    from audit.api import audit_paths

    real = audit.pipeline.audit_article

    def flaky(raw):  # type: ignore[no-untyped-def]
        if raw.article_id == "b.txt":
            raise IndexError("list index out of range")
        return real(raw)

    monkeypatch.setattr(audit.pipeline, "audit_article", flaky)
    for name, seed in zip(("a.txt", "b.txt", "c.txt"), SEEDS, strict=False):
        (tmp_path / name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "crash.db"
    summary = audit_paths([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")], db)
    assert (summary.articles, summary.errors) == (2, 1)
    assert "1 error," in summary.line()
    assert rows(db, "select article_id, stage, severity from errors") == [("b.txt", "audit", "error")]
    assert "IndexError" in rows(db, "select reason from errors")[0][0]
    assert {r[0] for r in rows(db, "select article_id from articles")} == {"a.txt", "c.txt"}
