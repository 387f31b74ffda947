"""The site at archive scale: build a database of at least N claims through the project's own code,
then time every page under ``audit serve`` and three claims-table pages against stock Datasette.

    python benchmarks/site_speed.py --claims 1000000 --db /tmp/big.db          # build (if needed) and time
    python benchmarks/site_speed.py --claims 1000000 --db /tmp/big.db --build-only

Building: PolNeAR train is audited once (``audit.pipeline.audit_article``) and stored with
``audit.store.save_article`` (one transaction per article, as ``audit run`` stores); then all
audited articles are stored again under new ids (``ID~K``; the tilde is deliberate, ids with one
must work on every page) with ``audit.store.save_articles``, the store's bulk path (one
transaction per copy), until the database holds the number of claims asked for. Every copy goes
through the store stage, so the summary tables are kept up to date as ``audit run`` keeps them
(tests/test_store_bulk.py checks that the bulk path leaves the same database).

Timing: each page is fetched once to warm up, then three times; the median is printed. The
claims table's facet, filter+sort and search pages are also fetched from ``datasette serve``
with no plugins, templates or metadata over the same file (immutable, the same settings
``audit serve`` passes on the command line), and the ratio stock / ours is printed.
None of this is asserted anywhere: the figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLNEAR = Path("/work/shared/corpora/polnear/polnear-train.jsonl")


def build(db_path: Path, claims_wanted: int, corpus: Path) -> None:
    from audit.ingest import read_inputs
    from audit.models import IngestError
    from audit.pipeline import audit_article
    from audit.store import open_db, save_article, save_articles

    started = time.perf_counter()
    db = open_db(db_path)
    # a builder's connection may keep more of the indexes in memory than audit run's 32 MB
    db.conn.execute("pragma cache_size = -1000000")
    audited = []
    for item in read_inputs([str(corpus)]):
        if isinstance(item, IngestError):
            continue
        art = audit_article(item)
        save_article(db, art)
        audited.append(art)
    per_copy = sum(len(a.claims) for a in audited)
    print(f"audited {len(audited)} articles, {per_copy:,} claims in {time.perf_counter() - started:.0f} s", flush=True)
    copies = max(0, -(-claims_wanted // max(1, per_copy)) - 1)
    for k in range(1, copies + 1):  # one transaction per copy, through the store's bulk path
        save_articles(db, (renamed(art, k) for art in audited))
        print(f"copy {k}/{copies}: {per_copy * (k + 1):,} claims, {time.perf_counter() - started:.0f} s", flush=True)
    db.execute("analyze")
    db.conn.execute("pragma wal_checkpoint(truncate)")
    db.close()
    print(f"built {db_path} in {time.perf_counter() - started:.0f} s", flush=True)


def renamed(art, k: int):
    """The same audited article under new ids: article ``ID~K``, claims ``CLAIM~K``."""
    new_id = f"{art.article_id}~{k}"
    claims = []
    for claim in art.claims:
        update = {"claim_id": f"{claim.claim_id}~{k}"}
        if claim.source_key:
            update["source_key"] = new_id + claim.source_key[len(art.article_id) :]
        claims.append(claim.model_copy(update=update))
    sources = [
        s.model_copy(update={"source_key": new_id + s.source_key[len(art.article_id) :], "article_id": new_id})
        for s in art.sources
    ]
    return art.model_copy(update={"article_id": new_id, "claims": claims, "sources": sources})


def claim_count(db_path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return conn.execute("select count(*) from claims").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, cmd: list[str], port: int, log: Path):
        self.url = f"http://127.0.0.1:{port}"
        self.log = log.open("wb")
        self.proc = subprocess.Popen(cmd, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.url + "/-/versions.json", timeout=5).read()
                return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def fetch(url: str) -> tuple[int, float, int]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=120) as resp:
            body = resp.read()
            status = resp.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    return status, time.perf_counter() - started, len(body)


def timed(url: str, runs: int = 3) -> tuple[int, float, int]:
    fetch(url)  # warm-up
    results = [fetch(url) for _ in range(runs)]
    status = max(r[0] for r in results)
    return status, statistics.median(r[1] for r in results), results[-1][2]


def pages(db_name: str, article_id: str, claim_id: str) -> dict[str, str]:
    d = f"/{db_name}"
    return {
        "home": "/",
        "database page": d,
        "articles table": f"{d}/articles",
        "articles table, page 2": f"{d}/articles?_next={{next}}",
        "claims table": f"{d}/claims",
        "claims facet": CLAIMS_FACET.format(d=d),
        "claims filter+sort": CLAIMS_FILTER_SORT.format(d=d),
        "claims search": CLAIMS_SEARCH.format(d=d),
        "article page": "/-/article/" + quote(article_id, safe=""),
        "claim page": "/-/claim/" + quote(claim_id, safe=""),
        "kind-mix chart": "/-/kind-mix",
        "kind_mix view": f"{d}/kind_mix",
        "outlet_summary view": f"{d}/outlet_summary",
        "article_summary view": f"{d}/article_summary",
        "q weakest_claims": f"{d}/weakest_claims?outlet=",
        "q anonymous_only": f"{d}/anonymous_only",
        "q headline_grades": f"{d}/headline_grades",
        "q anonymous_share": f"{d}/anonymous_share",
        "q top_sources": f"{d}/top_sources?record=",
        "q relayed_claims": f"{d}/relayed_claims",
        "q claims_mentioning": f"{d}/claims_mentioning?name=Obama",
        "q repeated_claims": f"{d}/repeated_claims",
    }


CLAIMS_FACET = "{d}/claims?_facet=kind&_facet=grade&_facet=outlet"
CLAIMS_FILTER_SORT = "{d}/claims?kind=anonymous_vague&_sort=score"
CLAIMS_SEARCH = "{d}/claims?_search=president"
STOCK_SETTINGS = ["--setting", "default_page_size", "50", "--setting", "sql_time_limit_ms", "3000"]


def measure(db_path: Path, log_dir: Path) -> None:
    from audit.publish import serve_command

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    article_id = conn.execute("select article_id from articles where article_id like '%~%' limit 1").fetchone()[0]
    claim_id = conn.execute("select claim_id from claims where article_id = ? limit 1", [article_id]).fetchone()[0]
    conn.close()
    db_name = db_path.stem
    port = free_port()
    ours = Server(serve_command(db_path, port=port), port, log_dir / "site_speed_ours.log")
    results = {}
    try:
        with urllib.request.urlopen(f"{ours.url}/{db_name}/articles.json", timeout=120) as resp:
            next_token = json.load(resp)["next"]
        for name, path in pages(db_name, article_id, claim_id).items():
            results[name] = timed(ours.url + path.replace("{next}", quote(str(next_token), safe="")))
    finally:
        ours.stop()
    port = free_port()
    stock_cmd = [sys.executable, "-m", "datasette", "serve", "--host", "127.0.0.1", "--port", str(port)]
    stock_cmd += STOCK_SETTINGS + ["-i", str(db_path)]
    env_plugins = os.environ.get("DATASETTE_LOAD_PLUGINS")
    os.environ["DATASETTE_LOAD_PLUGINS"] = ""  # no installed plugins either (datasette-vega)
    try:
        stock = Server(stock_cmd, port, log_dir / "site_speed_stock.log")
    finally:
        if env_plugins is None:
            os.environ.pop("DATASETTE_LOAD_PLUGINS", None)
        else:
            os.environ["DATASETTE_LOAD_PLUGINS"] = env_plugins
    stock_results = {}
    try:
        for name, template in (
            ("claims facet", CLAIMS_FACET),
            ("claims filter+sort", CLAIMS_FILTER_SORT),
            ("claims search", CLAIMS_SEARCH),
        ):
            stock_results[name] = timed(stock.url + template.format(d=f"/{db_name}"))
    finally:
        stock.stop()
    print(f"\n{claim_count(db_path):,} claims in {db_path} ({db_path.stat().st_size / 1e9:.2f} GB)")
    print(f"{'page':28} {'status':>6} {'median ms':>10} {'KB':>8}")
    for name, (status, seconds, size) in results.items():
        print(f"{name:28} {status:>6} {seconds * 1000:>10.0f} {size / 1024:>8.0f}")
    print(f"\n{'page':28} {'ours ms':>8} {'stock ms':>9} {'stock/ours':>10}")
    for name, (status, seconds, _) in stock_results.items():
        mine = results[name][1]
        print(f"{name:28} {mine * 1000:>8.0f} {seconds * 1000:>9.0f} {seconds / mine:>9.1f}x  (stock status {status})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims the database must hold")
    parser.add_argument("--db", type=Path, required=True, help="the database (built when it holds too few claims)")
    parser.add_argument("--corpus", type=Path, default=POLNEAR, help="JSONL corpus audited once (PolNeAR train)")
    parser.add_argument("--build-only", action="store_true", help="build the database, do not time pages")
    args = parser.parse_args()
    if claim_count(args.db) < args.claims:
        if args.db.exists():
            sys.exit(f"{args.db} holds fewer than {args.claims:,} claims: remove it and run again")
        build(args.db, args.claims, args.corpus)
    if not args.build_only:
        measure(args.db, args.db.parent)


if __name__ == "__main__":
    main()
