"""The Dask engine: the same audit as ``audit_paths``, with the per-article pipeline run on a
Dask cluster (``pip install "provenance-audit[dask]"``).

    from audit.engine import audit_paths_dask
    summary = audit_paths_dask(["archive/"], "archive.db", workers=4)

How it works:

- The client reads the inputs (files, directories, URLs, standard input) as ``audit run`` does,
  records bad inputs in ``errors``, skips articles already audited by this engine, and cuts
  the rest into partitions of about ``partition_words`` words.
- Each partition goes to a worker, which audits its articles and writes them, with their
  errors and warnings, to a SQLite shard of its own through the store code (``save_article``,
  ``save_error``), built in memory, then sends the shard's bytes (a database file) back: workers
  need no shared file system, and a worker killed halfway leaves no file behind.
- The client writes each shard under ``<db>.shards/`` (an atomic rename) and merges it into the
  database in one transaction per shard, replacing the shard's articles as ``save_article``
  would; then deletes the shard.
- A killed run resumes: shards already received are merged first, merged articles are
  current and skipped, and only the rest is audited again.

Only a few partitions are in flight at a time, so the client's memory stays flat however
large the input.
"""

from __future__ import annotations

import hashlib
import os
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api import RunSummary, admit, failure_recorder, stage_error
from .ingest import DEFAULT_MAX_BYTES, read_inputs
from .models import IngestError, RawArticle

SHARD_TABLES = ("articles", "sources", "claims", "hops", "flags", "segments")
DEFAULT_PARTITION_WORDS = 20_000
MAX_PARTITION_ARTICLES = 500


class EngineError(Exception):
    """The Dask engine cannot start: Dask is not installed, or the scheduler cannot be reached."""


@dataclass
class DaskRunSummary(RunSummary):
    partitions: int = 0
    shard_bytes: int = 0
    merge_seconds: float = 0.0
    merge_cpu_seconds: float = 0.0
    workers: int = 0

    def line(self) -> str:
        return (
            f"{super().line()}; dask: {self.workers} workers, {self.partitions} partitions, "
            f"{self.shard_bytes / 1e6:.1f} MB of shards merged in {self.merge_seconds:.1f} s "
            f"({self.merge_cpu_seconds:.1f} s of CPU)"
        )


@dataclass
class Partition:
    key: str
    articles: list[dict[str, Any]]
    warnings: dict[str, dict[str, Any]]  # article id -> the check's warning, as a dict
    words: int = 0


def shard_dir(db_path: str | Path) -> Path:
    return Path(f"{db_path}.shards")


# ---------------------------------------------------------------- worker side


def audit_partition(key: str, articles: list[dict[str, Any]], warnings: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Run on a worker: audit each article of the partition into a fresh SQLite shard and return
    the shard's bytes with a summary. A failing article is recorded in the shard's ``errors``
    and the others go on, exactly as in a local run."""
    from .pipeline import audit_article
    from .store import open_memory_db, save_article, save_error

    out: dict[str, Any] = {"key": key, "articles": [], "claims": 0, "words": 0, "errors": [], "warnings": []}
    # The shard is built in memory and sent as a database file's bytes: a worker killed halfway
    # (a killed run, a lost machine) leaves no file behind
    db = open_memory_db()
    try:
        for data in articles:
            item = RawArticle(**data)
            try:
                audited = audit_article(item)
            except Exception as exc:  # recorded, named, and the partition goes on
                err = stage_error(item, "audit", f"internal error while auditing: {type(exc).__name__}: {exc}")
                save_error(db, err)
                out["errors"].append(err.model_dump())
                continue
            try:
                save_article(db, audited)
            except Exception as exc:
                err = stage_error(item, "store", f"cannot store article: {type(exc).__name__}: {exc}")
                save_error(db, err)
                out["errors"].append(err.model_dump())
                continue
            warning = warnings.get(item.article_id)
            if warning:
                save_error(db, IngestError(**warning), "warning")
                out["warnings"].append(warning)
            out["articles"].append(item.article_id)
            out["claims"] += len(audited.claims)
            out["words"] += audited.word_count
        out["shard"] = db.conn.serialize()
    finally:
        db.close()
    return out


# ---------------------------------------------------------------- client side


def write_shard(directory: Path, key: str, data: bytes) -> Path:
    """Store a received shard under the database's shard directory, atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    final = directory / f"{key}.db"
    tmp = directory / f".{key}.db.part"
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, final)
    return final


def merge_shard(db, shard: Path) -> int:
    """Merge one shard into the database in one transaction: the shard's articles replace what
    was stored for them (their claims, hops, flags, sources, segments, corroboration rows and
    old errors, as ``save_article`` does), and the shard's errors are added. Returns the number
    of claims merged."""
    from .lexicon import load_json

    tables = load_json("schema.json")["tables"]
    conn = db.conn
    conn.execute("ATTACH DATABASE ? AS shard", [str(shard)])
    try:
        with db.atomic():
            ids = "(select article_id from shard.articles)"
            conn.execute(
                f"delete from corroboration where claim_id in (select claim_id from claims where article_id in {ids})"
            )
            for table in ("flags", "hops", "claims", "sources", "segments"):
                conn.execute(f"delete from [{table}] where article_id in {ids}")
            conn.execute(f"delete from errors where article_id in {ids} and stage != 'ingest'")
            conn.execute(
                "delete from errors where origin in (select origin from shard.articles where origin is not null)"
            )
            conn.execute(f"delete from articles where article_id in {ids}")
            for table in (*SHARD_TABLES, "errors"):
                cols = ", ".join(f"[{c}]" for c in tables[table]["columns"])
                verb = "insert or replace" if table == "errors" else "insert"
                conn.execute(f"{verb} into main.[{table}] ({cols}) select {cols} from shard.[{table}]")
            claims = conn.execute("select count(*) from shard.claims").fetchone()[0]
    finally:
        conn.execute("DETACH DATABASE shard")
    return claims


def merge_leftover_shards(db, directory: Path) -> int:
    """Shards received by a run that was killed before merging them: merge them now."""
    merged = 0
    if not directory.is_dir():
        return 0
    for shard in sorted(directory.glob("*.db")):
        merge_shard(db, shard)
        shard.unlink()
        merged += 1
    for part in directory.glob(".*.part"):
        part.unlink()
    return merged


def partitions(items: Iterable[tuple[RawArticle, IngestError | None]], partition_words: int) -> Iterator[Partition]:
    """Cut the stream of articles to audit into partitions of about ``partition_words`` words;
    a partition's key is a digest of its articles' ids and texts, so a resumed run that meets
    the same articles names its shards alike."""
    batch: list[tuple[RawArticle, IngestError | None]] = []
    words = 0

    def cut() -> Partition:
        h = hashlib.sha1()
        for raw, _ in batch:
            h.update(f"{raw.article_id}\x00{raw.origin}\x00".encode())
            h.update(hashlib.sha256(raw.text.encode("utf-8")).digest())
        return Partition(
            key=h.hexdigest()[:20],
            articles=[raw.model_dump() for raw, _ in batch],
            warnings={raw.article_id: w.model_dump() for raw, w in batch if w is not None},
            words=words,
        )

    for raw, warning in items:
        batch.append((raw, warning))
        words += len(raw.text.split())
        if words >= partition_words or len(batch) >= MAX_PARTITION_ARTICLES:
            yield cut()
            batch, words = [], 0
    if batch:
        yield cut()


def _client(workers: int, scheduler: str | None):
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineError('the dask engine needs Dask: pip install "provenance-audit[dask]"') from exc
    import logging

    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    return Client(cluster), cluster


def audit_paths_dask(
    inputs: Iterable[str],
    db_path: str | Path,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    strict: bool = False,
    force: bool = False,
    urls: Iterable[str] = (),
    allow_private: bool = False,
    partition_words: int = DEFAULT_PARTITION_WORDS,
    progress: Callable[[str], None] | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    on_warning: Callable[[IngestError], None] | None = None,
) -> DaskRunSummary:
    """``audit_paths`` on a Dask cluster: a LocalCluster of ``workers`` processes, or the
    cluster whose scheduler is at ``scheduler``. Same database, same rows, same errors."""
    from .pipeline import _sha
    from .store import open_db

    if workers < 1:
        raise EngineError("--workers must be at least 1")
    db = open_db(db_path)
    summary = DaskRunSummary()
    started = time.perf_counter()
    directory = shard_dir(db_path)
    client = cluster = None

    fail = failure_recorder(db, summary, strict, on_error, on_warning)

    def to_audit() -> Iterator[tuple[RawArticle, IngestError | None]]:
        """The gate of a local run, on the client: bad inputs, repeated ids, text that is not
        English, unchanged articles and id clashes never reach a worker."""
        seen: dict[str, tuple[str, str]] = {}
        for item in read_inputs(inputs, max_bytes=max_bytes, urls=urls, allow_private=allow_private):
            if isinstance(item, IngestError):
                fail(item)
                continue
            verdict = admit(db, item, _sha(item.text), seen, force)
            if verdict is None:
                summary.skipped += 1
                continue
            error, warning = verdict
            if error:
                fail(error)
                continue
            yield item, warning

    def merge(result: dict[str, Any]) -> None:
        shard = write_shard(directory, result["key"], result["shard"])
        summary.shard_bytes += len(result["shard"])
        t, cpu = time.perf_counter(), time.thread_time()
        merge_shard(db, shard)
        summary.merge_seconds += time.perf_counter() - t
        summary.merge_cpu_seconds += time.thread_time() - cpu
        shard.unlink()
        summary.partitions += 1
        summary.articles += len(result["articles"])
        summary.claims += result["claims"]
        summary.words += result["words"]
        for article_id in result["articles"]:
            if progress:
                progress(article_id)
        for warning in result["warnings"]:
            fail(IngestError(**warning), "warning", stored=True)
        for err in result["errors"]:
            fail(IngestError(**err), stored=True)

    try:
        merge_leftover_shards(db, directory)
        client, cluster = _client(workers, scheduler)
        from distributed import as_completed

        summary.workers = len(client.scheduler_info().get("workers", {})) or workers
        in_flight = as_completed()
        limit = 2 * max(summary.workers, 1)
        run = uuid.uuid4().hex[:8]  # a shared cluster must not hand this run another run's result
        for part in partitions(to_audit(), partition_words):
            future = client.submit(
                audit_partition, part.key, part.articles, part.warnings, key=f"audit-{part.key}-{run}", pure=False
            )
            in_flight.add(future)
            if in_flight.count() >= limit:
                merge(next(in_flight).result())
        for future in in_flight:
            merge(future.result())
    finally:
        summary.seconds = time.perf_counter() - started
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        db.close()
        if directory.is_dir() and not any(directory.iterdir()):
            directory.rmdir()
    return summary
