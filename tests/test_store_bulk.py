"""The store's bulk path (``save_articles``) leaves the same database as storing each article in
its own transaction (``save_article``): same rows in every table, the same full-text index, the
same triggers and indexes, summary tables equal to a rebuild; and a failing load changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from audit.api import audit_text
from audit.store import AlreadyStored, open_db, save_article, save_articles, save_batch
from audit.summaries import rebuild

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TABLES = (
    "articles",
    "sources",
    "claims",
    "hops",
    "flags",
    "segments",
    "errors",
    "facet_counts",
    "outlet_kinds",
    "article_kinds",
    "source_counts",
)
SEARCHES = ("said", "president", "officials", "Kremlin", "plan", "secret", "islands", "Putin")


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def loads(texts):
    """What is stored first, then the load: copies under new ids (the site benchmark's ``ID~K``),
    a re-audit of a stored id with other text and outlet, and one id given twice in the load (the
    last wins), across chunk boundaries."""
    first = [audit_text(text, name, outlet="Seed Wire") for name, text in texts.items()]
    load = []
    for k in (1, 2):
        load += [
            audit_text(text, f"{name}~{k}", outlet=f"Copy {k}" if k == 1 else None) for name, text in texts.items()
        ]
    name = next(iter(texts))
    load.insert(3, audit_text("A source said the plan was secret.\n", f"{name}~2"))  # replaced later in the load
    load.append(audit_text("Officials said the plan would fail.\nThe mayor said it would not.\n", name))
    return first, load


def snapshot(db_path: Path) -> dict:
    db = open_db(db_path)
    try:
        out = {}
        for table in TABLES:
            cols = [c for c in db[table].columns_dict if c not in ("audited_at", "recorded_at")]
            names = ", ".join(f"[{c}]" for c in cols)
            out[table] = sorted(map(tuple, db.execute(f"select {names} from [{table}]").fetchall()), key=repr)
        for table, key in (("claims", "claim_id"), ("articles", "article_id")):
            for word in SEARCHES:
                out[f"{table} search {word}"] = sorted(
                    r[0]
                    for r in db.execute(
                        f"select t.{key} from {table}_fts f join {table} t on t.rowid = f.rowid "
                        f"where {table}_fts match ?",
                        [word],
                    )
                )
            db.execute(f"insert into {table}_fts ({table}_fts) values ('integrity-check')")
        out["schema"] = sorted(
            map(tuple, db.execute("select type, name, tbl_name, sql from sqlite_master where type != 'table'"))
        )
        kept = {t: out[t] for t in ("facet_counts", "outlet_kinds", "article_kinds", "source_counts")}
        rebuild(db)
        for table, rows in kept.items():
            assert sorted(map(tuple, db.execute(f"select * from [{table}]").fetchall()), key=repr) == rows, table
        return out
    finally:
        db.close()


def _two_databases(tmp_path, first, load, write_load):
    """Two databases that both hold ``first`` (stored one by one): one gets ``load`` one article at
    a time, the other through ``write_load(db)``; their paths."""
    one_by_one, other = tmp_path / "one.db", tmp_path / "other.db"
    for path in (one_by_one, other):
        db = open_db(path)
        for art in first:
            save_article(db, art)
        if path == one_by_one:
            for art in load:
                save_article(db, art)
        else:
            write_load(db)
        db.close()
    return one_by_one, other


def _one_by_one_and(tmp_path, first, load, write_load):
    """Snapshots of ``_two_databases``."""
    one_by_one, other = _two_databases(tmp_path, first, load, write_load)
    return snapshot(one_by_one), snapshot(other)


@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_bulk_load_equals_one_article_at_a_time(texts, loads, tmp_path, chunk):
    first, load = loads

    def bulk(db):
        assert save_articles(db, iter(load), chunk=chunk) >= len(load) - 2

    a, b = _one_by_one_and(tmp_path, first, load, bulk)
    assert a["claims"] and a["claims search Putin"] and a["articles search Kremlin"]
    assert a.keys() == b.keys()
    for key in a:
        assert a[key] == b[key], key
    # the re-audited id holds its new text only, and the id given twice holds the last text
    name = first[0].article_id
    assert [r for r in a["articles"] if r[0] == name][0][-1].startswith("Officials said the plan")
    assert [r for r in a["articles"] if r[0] == f"{name}~2"][0][-1] == texts[name]


def test_a_failing_bulk_load_changes_nothing(loads, tmp_path):
    first, load = loads
    path = tmp_path / "fail.db"
    db = open_db(path)
    for art in first:
        save_article(db, art)
    db.close()
    before = snapshot(path)

    def stream():
        yield from load[:4]
        raise RuntimeError("the input broke off")

    db = open_db(path)
    with pytest.raises(RuntimeError):
        save_articles(db, stream(), chunk=2)  # two chunks were written before the failure
    db.close()
    assert snapshot(path) == before  # rows, full-text index, triggers, summaries: all as they were


# -- save_batch: a run's articles a few at a time, each in a savepoint -----------------------------


@pytest.mark.parametrize("size", [1, 3, 1000])
def test_batches_equal_one_article_at_a_time(texts, loads, tmp_path, size):
    """``save_batch`` (what ``audit run`` writes with) leaves the database ``save_article`` one by
    one leaves: the same rows, search results, full-text integrity, triggers and summaries, with
    re-audited ids (their old rows deleted, indexed ones) and an id given twice in one batch."""
    first, load = loads

    def batched(db):
        for i in range(0, len(load), size):
            assert save_batch(db, [(art, None) for art in load[i : i + size]]) == [None] * len(load[i : i + size])

    a, b = _one_by_one_and(tmp_path, first, load, batched)
    assert a["claims"] and a["claims search Putin"]
    for key in a:
        assert a[key] == b[key], key


SUMMARY_TABLES = ("facet_counts", "outlet_kinds", "article_kinds", "source_counts")


def _summaries_by_rowid(path: Path) -> dict[str, list[tuple]]:
    db = open_db(path)
    try:
        return {t: db.execute(f"select rowid, * from [{t}] order by rowid").fetchall() for t in SUMMARY_TABLES}
    finally:
        db.close()


@pytest.mark.parametrize("size", [3, 1000])
def test_batches_write_the_summaries_as_one_by_one(loads, tmp_path, size):
    """``save_batch`` adds a batch's articles to the summary tables together, and first whenever a
    stored article (a re-audited id, an id given twice) is taken out of them: the summary rows
    come out with the same counts and the same rowids as one article at a time."""
    first, load = loads

    def batches(db):
        for i in range(0, len(load), size):
            save_batch(db, [(art, None) for art in load[i : i + size]])

    one_by_one, batched = _two_databases(tmp_path, first, load, batches)
    expected = _summaries_by_rowid(one_by_one)
    assert all(expected.values())
    assert _summaries_by_rowid(batched) == expected


def test_an_article_that_cannot_be_stored_leaves_its_batch(loads, tmp_path):
    """One article refused by its guard and one whose rows fail are rolled back alone: the rest
    of the batch is stored, as one by one without them; the full-text index stays whole."""
    first, load = loads
    expected, got = tmp_path / "expected.db", tmp_path / "got.db"
    # load[1]'s id (so its rows are deleted first, in the same batch) with load[2]'s claim ids,
    # which are stored before it: a constraint fails, and load[1] must come back whole
    broken = load[2].model_copy(update={"article_id": load[1].article_id})
    refused, bad = load[5], 3
    db = open_db(expected)
    for art in first + [a for i, a in enumerate(load) if a is not refused]:
        save_article(db, art)
    db.close()
    db = open_db(got)
    for art in first:
        save_article(db, art)
    items = [(a, (lambda: "another input") if a is refused else None) for a in load]
    items.insert(bad, (broken, None))
    outcomes = save_batch(db, items)
    db.close()
    refused_at = next(i for i, (art, _) in enumerate(items) if art is refused)
    assert isinstance(outcomes[refused_at], AlreadyStored)
    assert outcomes[bad] is not None and not isinstance(outcomes[bad], AlreadyStored)
    assert sum(o is None for o in outcomes) == len(load) - 1
    assert snapshot(got) == snapshot(expected)


def test_a_database_failure_rolls_the_whole_batch_back(loads, tmp_path, monkeypatch):
    """A failure that is not one article's (the database's) undoes the whole batch: rows,
    full-text index, triggers and summaries are as they were."""
    import audit.store as store

    first, load = loads
    path = tmp_path / "fail.db"
    db = open_db(path)
    for art in first:
        save_article(db, art)
    db.close()
    before = snapshot(path)
    calls = {"n": 0}
    real = store._replace

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "_replace", failing)
    db = open_db(path)
    with pytest.raises(sqlite3.OperationalError):
        save_batch(db, [(art, None) for art in load])
    db.close()
    assert snapshot(path) == before
