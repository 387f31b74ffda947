"""Corroborate stage: the same claim across articles, and whether its confirmations are independent.

After a run, claims of different articles that say the same thing form a cluster. "The same
thing" is decided by ``similar.same_claim`` (content words after light normalisation, aliases
and synonyms as data), so paraphrase is found, not only copy. Each claim traces back to a
root: the origin of its chain (the named person, the institution, the document, the anonymous
source) or, for the article's own voice, the wire agency or outlet that published it. Claims
sharing a root are one confirmation, not several: circular reporting is one source
(provenance.md, grading step 3).

Credibility digit (Admiralty-style, 1 best): 1 when at least two independent roots carry the
claim; 3 when several articles carry it but all trace back to one root; 6 when there is no
basis to judge: a cluster in which no article says where the claim comes from. A claim found
in only one article gets no row (the site shows it as 6); see docs/grading.md for why. 5,
"contradicted", when a claim of another article says the same thing but for a negation, opposite
words or a number (``similar.contradicts``, judged by the word rule) and rests on another known
root; it overrides 1, 3 and 6, and a contradicted claim gets a row even if no other article
repeats it.

Scale: near-linear in claims, memory bounded. Candidate pairs come from MinHash
locality-sensitive hashing (the ``datasketch`` library) over each claim's content words; the
band keys, not the claims, are sorted, and that happens in a temporary SQLite file on disk.
Only buckets of at most ``max_bucket`` claims are compared; every candidate pair is checked
with ``same_claim``. What stays in memory is one union-find array (8 bytes a claim) and one
bucket at a time. ``benchmarks/corroboration.py`` measures it.

With the optional ``embed`` extra (``embed.py``), a candidate pair the words alone do not match
but that passes the word guards (``similar.comparable``) is checked with sentence embeddings
(``similar.same_claim_embedded``). ``AUDIT_MATCHER=learned`` checks every pair that passes the
guards (with the model's ``min_shared``) with the experimental learned matcher instead
(``similar.same_claim_learned``, weights in ``data/pair_model.json``; not the default, see
docs/benchmarks.md); ``AUDIT_MATCHER=judge`` checks them with the judge (``similar.same_claim_judged``,
``data/judge.json``: word features, the cosine of the two claims and of their cues, from the
claims' ``cue`` column; not the default either). Only the claims of such pairs are embedded, each distinct
text once: vectors are kept in the same temporary SQLite file (float16, 768 bytes a text), so
memory stays bounded; time grows with the number of distinct candidate texts.
``matcher()`` names the matcher that runs.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from array import array
from collections.abc import Iterator
from functools import cache
from typing import Any

import numpy as np
from datasketch import MinHash

from ._sqlite_utils import sqlite_utils
from .lexicon import load_json
from .similar import (
    NOT,
    Weights,
    analyse,
    comparable,
    contradicts,
    idf_weights,
    judge_model,
    meaning_words,
    pair_model,
    same_claim,
    same_claim_embedded,
    same_claim_judged,
    same_claim_learned,
    vocabulary,
)

BATCH = 5000
# one claim in pass 2: its terms, its text, what its negation bears on (similar.negated), and its cue
Item = tuple[frozenset[str], str, frozenset[str], str]


@cache
def lsh_params() -> dict[str, int]:
    lsh = load_json("paraphrase.json")["lsh"]
    return {k: int(v) for k, v in lsh.items() if not k.startswith("_")}


def root_of(claim: dict, origin: dict | None) -> str | None:
    """Who or what a claim ultimately rests on, as a key: claims with the same key are one root.
    The article's own voice is a root only when the outlet or wire that speaks is known."""
    if origin is None or claim["kind"] == "unattributed":
        outlet = claim.get("wire") or claim.get("outlet")
        return f"voice:{outlet.lower()}" if outlet else None
    name = (claim.get("resolved_source") or origin["text"] or "").lower().strip()
    if origin["kind"] in ("public_record", "nonpublic_document"):
        # "the declaration" and "the joint declaration" in one cluster are one document
        words = re.findall(r"[a-z]+", name)
        name = words[-1] if words else name
    return f"{origin['kind']}:{name}"


def band_keys(words: list[set[str]]) -> Iterator[list[int]]:
    """For each claim's content words, one 64-bit key per LSH band (band number in the top bits)."""
    p = lsh_params()
    rows, bands = p["rows_per_band"], p["bands"]
    encoded = [[w.encode("utf-8") for w in sorted(ws)] or [b""] for ws in words]
    for mh in MinHash.generator(encoded, num_perm=rows * bands, seed=p["seed"]):
        hv = mh.hashvalues.astype(np.uint64).reshape(bands, rows)
        keys = np.zeros(bands, dtype=np.uint64)
        for r in range(rows):
            keys = keys * np.uint64(1_000_003) + hv[:, r]  # wraps modulo 2**64: a hash
        keys = (keys >> np.uint64(8)) | (np.arange(bands, dtype=np.uint64) << np.uint64(56))
        yield [int(k) - (1 << 64) if k >= 1 << 63 else int(k) for k in keys.tolist()]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = array("q", range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _index(db: sqlite_utils.Database, work: sqlite3.Connection, df: dict[str, int]) -> int:
    """Pass 1: every claim with enough words gets a row in ``items`` and its band keys in ``bands``;
    ``df`` counts the claims each term is in (memory: one entry per distinct term)."""
    v = vocabulary()
    work.execute(
        "create table items (idx integer primary key, claim_id text, article_id text, terms text, content text,"
        " negated text, cue text)"
    )
    work.execute("create table bands (key integer, idx integer)")
    n = 0
    columns = {row[1] for row in db.conn.execute("pragma table_info(claims)")}
    cue = "coalesce(cue, '')" if "cue" in columns else "''"  # a database made before claims had cues
    cursor = db.conn.execute(f"select claim_id, article_id, content, {cue} from claims")
    while True:
        chunk = cursor.fetchmany(BATCH)
        if not chunk:
            break
        kept = []
        for claim_id, article_id, content, cue_text in chunk:
            t, neg = analyse(content or "")
            for w in t:
                df[w] = df.get(w, 0) + 1
            if len(t) >= v.min_words and len(meaning_words(t)) >= v.min_shared:
                kept.append((claim_id, article_id, t, content or "", " ".join(sorted(neg)), cue_text))
        content_words = [meaning_words(t) for _, _, t, _, _, _ in kept]
        band_rows = []
        for (claim_id, article_id, t, content, neg, cue_text), keys in zip(kept, band_keys(content_words), strict=True):
            work.execute(
                "insert into items values (?, ?, ?, ?, ?, ?, ?)",
                (n, claim_id, article_id, " ".join(sorted(t)), content, neg, cue_text),
            )
            band_rows.extend((k, n) for k in keys)
            n += 1
        work.executemany("insert into bands values (?, ?)", band_rows)
    work.execute("create index bands_key on bands (key, idx)")
    return n


class _Vectors:
    """Sentence embeddings of claim texts, each distinct text encoded once and kept on disk in the
    work file (float16), looked up by a hash of the text."""

    def __init__(self, work: sqlite3.Connection) -> None:
        from . import embed

        self.encode = embed.encode
        self.db = work.cursor()
        work.execute("create table vectors (h integer primary key, v blob)")
        self.encoded = 0

    @staticmethod
    def key(text: str) -> int:
        return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        missing: list[str] = []
        for text in dict.fromkeys(texts):
            row = self.db.execute("select v from vectors where h = ?", (self.key(text),)).fetchone()
            if row:
                out[text] = np.frombuffer(row[0], dtype=np.float16).astype(np.float32)
            else:
                missing.append(text)
        if missing:
            vectors = self.encode(missing)
            self.encoded += len(missing)
            self.db.executemany(
                "insert or ignore into vectors values (?, ?)",
                ((self.key(t), v.astype(np.float16).tobytes()) for t, v in zip(missing, vectors, strict=True)),
            )
            out.update(zip(missing, vectors, strict=True))
        return out


def _link(work: sqlite3.Connection, uf: _UnionFind, idf: Weights, vectors: _Vectors | None) -> None:
    """Pass 2: claims sharing a band key are compared; the same claim in two articles is linked.
    Two clusters merge only when their first claims are the same claim too, so that a chain of
    near neighbours (A like B, B like C) does not drift into one topic-wide cluster."""
    from . import embed

    max_bucket = lsh_params()["max_bucket"]
    buckets = work.execute(
        "select group_concat(idx) from bands group by key having count(*) between 2 and ?", (max_bucket,)
    )
    lookup = work.cursor()
    work.execute("create table contra (i integer, j integer, why text)")

    model = pair_model() if vectors is not None and embed.learned() else None
    judge = judge_model() if vectors is not None and embed.judged() else None
    min_shared = int(model["min_shared"]) if model else int(judge["min_shared"]) if judge else None

    def same(a: Item, b: Item, cache: dict[str, np.ndarray]) -> bool:
        (t_i, x_i, n_i, c_i), (t_j, x_j, n_j, c_j) = a, b
        sc = None if (NOT in t_i) == (NOT in t_j) else (n_i, n_j)  # what a negation bears on
        if model is None and judge is None and same_claim(t_i, t_j, idf, sc):
            return True
        if vectors is None or not comparable(t_i, t_j, sc, min_shared):
            return False
        wanted = [x_i, x_j, c_i, c_j] if judge is not None and c_i and c_j else [x_i, x_j]
        if any(x not in cache for x in wanted):
            cache.update(vectors.get(wanted))
        u, w = cache[x_i], cache[x_j]
        if judge is not None:
            cue_cos = float(cache[c_i] @ cache[c_j]) if c_i and c_j else None
            return same_claim_judged(t_i, t_j, x_i, x_j, float(u @ w), cue_cos, idf, sc)
        if model is not None:
            return same_claim_learned(t_i, t_j, x_i, x_j, float(u @ w), embed.vector_part(u, w), idf, sc)
        return same_claim_embedded(t_i, t_j, float(u @ w), idf, sc)

    def wants_cosine(a: Item, b: Item) -> bool:
        sc = None if (NOT in a[0]) == (NOT in b[0]) else (a[2], b[2])
        if model is not None or judge is not None:
            return comparable(a[0], b[0], sc, min_shared)
        return comparable(a[0], b[0], sc) and not same_claim(a[0], b[0], idf, sc)

    for (members,) in buckets:
        ids = [int(x) for x in members.split(",")]
        rows = lookup.execute(
            "select idx, article_id, terms, content, negated, cue from items"
            f" where idx in ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        # Claims with the very same terms (wire copy repeated by many outlets) are compared once.
        groups: dict[str, list[tuple[int, str]]] = {}
        item_of: dict[str, Item] = {}
        for idx, art, t, content, neg, cue_text in rows:
            groups.setdefault(t, []).append((idx, art))
            if t not in item_of:
                item_of[t] = (frozenset(t.split()), content, frozenset(neg.split()), cue_text)
        distinct = [(item_of[t], members) for t, members in groups.items()]
        for _, same_terms in distinct:
            if len(same_terms) > 1:
                _link_members(uf, same_terms, same_terms)
        cache: dict[str, np.ndarray] = {}
        if vectors is not None and len(distinct) > 1:
            # one batch for every text of the bucket that some pair will need a cosine for
            need = {
                k
                for x in range(len(distinct))
                for y in range(x + 1, len(distinct))
                for k in (x, y)
                if wants_cosine(distinct[x][0], distinct[y][0])
            }
            if need:
                texts = [distinct[k][0][1] for k in sorted(need)]
                if judge is not None:  # and their cues, for the judge
                    texts += [distinct[k][0][3] for k in sorted(need) if distinct[k][0][3]]
                cache.update(vectors.get(texts))
        for x in range(len(distinct)):
            item_i, members_i = distinct[x]
            for y in range(x + 1, len(distinct)):
                item_j, members_j = distinct[y]
                i, j = members_i[0][0], members_j[0][0]
                if uf.find(i) == uf.find(j):
                    continue
                if not same(item_i, item_j, cache):
                    why = contradicts(item_i[0], item_j[0], idf)
                    if why:  # every copy of either text, each against the other's first
                        work.executemany(
                            "insert into contra values (?, ?, ?)",
                            [(m, j, why) for m, art in members_i if art != members_j[0][1]]
                            + [(i, m, why) for m, art in members_j[1:] if art != members_i[0][1]],
                        )
                    continue
                ri, rj = uf.find(i), uf.find(j)
                rep_i = item_i if ri == i else _item(lookup, ri)
                rep_j = item_j if rj == j else _item(lookup, rj)
                if same(rep_i, rep_j, cache):
                    _link_members(uf, members_i, members_j)


def _link_members(uf: _UnionFind, a: list[tuple[int, str]], b: list[tuple[int, str]]) -> None:
    """Link two groups of claims with the same content; an article repeating itself is not
    corroboration, so only claims of different articles are joined."""
    for i, art_i in a:
        for j, art_j in b:
            if art_i != art_j:
                uf.union(i, j)
                break


def _item(cursor: sqlite3.Cursor, idx: int) -> Item:
    row = cursor.execute("select terms, content, negated, cue from items where idx = ?", (idx,)).fetchone()
    return frozenset(row[0].split()), row[1], frozenset(row[2].split()), row[3]


def _clusters(
    work: sqlite3.Connection, uf: _UnionFind, n: int, keep: set[int]
) -> Iterator[tuple[int, list[tuple[str, str]]]]:
    """Pass 3: the clusters, one at a time, as (root, [(claim_id, article_id)]): those of two
    articles or more, and those in ``keep`` (contradicted) whatever their size."""
    size = array("l", bytes(8 * n)) if n else array("l")
    for i in range(n):
        size[uf.find(i)] += 1
    work.execute("create table members (root integer, idx integer)")
    work.executemany(
        "insert into members values (?, ?)",
        ((uf.find(i), i) for i in range(n) if size[uf.find(i)] > 1 or uf.find(i) in keep),
    )
    work.execute("create index members_root on members (root)")
    query = (
        "select m.root, group_concat(i.claim_id || char(31) || i.article_id, char(30)) from members m "
        "join items i on i.idx = m.idx group by m.root"
    )
    for root, packed in work.execute(query):
        members = [tuple(p.split("\x1f")) for p in packed.split("\x1e")]
        if len({a for _, a in members}) >= 2 or root in keep:
            yield root, members  # type: ignore[misc]


def _root_key(db: sqlite_utils.Database, claim_id: str) -> tuple[str | None, str, str]:
    """A claim's root key (as ``root_of``), the root's name, and the claim's text."""
    c = next(
        db.query(
            "select claim_id, article_id, kind, resolved_source, outlet, wire, content from claims where claim_id = ?",
            [claim_id],
        )
    )
    origin = next(db.query("select kind, text from hops where position = 0 and claim_id = ?", [claim_id]), None)
    name = (origin or {}).get("text") or c.get("wire") or c.get("outlet") or ""
    return root_of(c, origin), name, c["content"] or ""


def _same_day(db: sqlite_utils.Database, id_i: str, id_j: str) -> bool:
    """Both claims' articles give a publication date, and it is the same day."""
    days = [
        (r["published"] or "")[:10]
        for r in db.query(
            "select a.published from claims c join articles a on a.article_id = c.article_id "
            "where c.claim_id in (?, ?)",
            [id_i, id_j],
        )
    ]
    return len(days) == 2 and bool(days[0]) and days[0] == days[1]


def _contradictions(db: sqlite_utils.Database, work: sqlite3.Connection, uf: _UnionFind) -> dict[str, tuple[int, str]]:
    """Claims contradicted by another root: claim id -> (its cluster's root, the explanation). Two claims of
    different articles that say the same thing but for a negation, opposite words or a number
    contradict each other when their roots are known and differ; a source that says both is
    not contradicted by another (circular reporting is one source, and so is self-contradiction).
    Two figures contradict only in articles published the same day: on PolNeAR, undated, every
    number "contradiction" was a count updated weeks later or another poll."""
    out: dict[str, tuple[int, str]] = {}
    ids = work.cursor()
    for i, j, why in work.execute("select i, j, why from contra order by i, j").fetchall():
        ci, cj = uf.find(i), uf.find(j)
        if ci == cj:
            continue
        (id_i,), (id_j,) = (ids.execute("select claim_id from items where idx = ?", (k,)).fetchone() for k in (i, j))
        key_i, name_i, text_i = _root_key(db, id_i)
        key_j, name_j, text_j = _root_key(db, id_j)
        if key_i is None or key_j is None or key_i == key_j:
            continue
        if why == "a number" and not _same_day(db, id_i, id_j):
            continue  # figures are updated as a count goes on: only the same day's differ
        for claim, cluster, mine, other, other_text in (
            (id_i, ci, name_i, name_j, text_j),
            (id_j, cj, name_j, name_i, text_i),
        ):
            quoted = other_text if len(other_text) <= 160 else other_text[:157] + "..."
            out.setdefault(
                claim,
                (
                    cluster,
                    f"Contradicted: {mine or 'this source'} and {other or 'another source'} (independent roots) "
                    f"disagree on {why}: \u201c{quoted}\u201d.",
                ),
            )
    return out


def _rows_for(db: sqlite_utils.Database, members: list[tuple[str, str]]) -> list[dict[str, Any]]:
    ids = sorted(cid for cid, _ in members)
    marks = ",".join("?" * len(ids))
    claims = {
        r["claim_id"]: r
        for r in db.query(
            f"select claim_id, article_id, kind, resolved_source, outlet, wire from claims where claim_id in ({marks})",
            ids,
        )
    }
    origins = {
        r["claim_id"]: r
        for r in db.query(f"select claim_id, kind, text from hops where position = 0 and claim_id in ({marks})", ids)
    }
    roots: dict[str, str] = {}
    for cid in ids:
        c = claims[cid]
        origin = origins.get(cid)
        key = root_of(c, origin)
        if key is not None:
            roots.setdefault(key, (origin or {}).get("text") or c.get("wire") or c.get("outlet") or "")
    articles = len({claims[cid]["article_id"] for cid in ids})
    names = sorted({v for v in roots.values() if v})
    if len(roots) >= 2:
        credibility = 1
        why = f"Carried by {articles} articles resting on {len(roots)} independent roots: {', '.join(names)}."
    elif roots:
        credibility = 3
        why = (
            f"Carried by {articles} articles, but all trace back to one root ({', '.join(names)}):"
            " repetition is not confirmation."
        )
    else:
        credibility = 6
        why = f"Carried by {articles} articles, none of which says where it comes from: no basis to judge."
    return [
        {
            "claim_id": cid,
            "cluster_id": ids[0],
            "articles": articles,
            "roots": len(roots),
            "root_names": json.dumps(names, ensure_ascii=False),
            "credibility": credibility,
            "explanation": why,
        }
        for cid in ids
    ]


def matcher() -> str:
    """The matcher ``corroborate`` runs: words alone, or words and sentence embeddings."""
    from . import embed

    return embed.matcher_name()


def corroborate(db: sqlite_utils.Database, workdir: str | None = None, stats: dict[str, Any] | None = None) -> int:
    """Rebuild the ``corroboration`` table from every claim in the database; returns the number
    of claims found in more than one article. ``workdir`` holds the temporary index (default:
    the system's temporary directory); it is deleted afterwards. ``stats``, when given, gets the
    matcher's name and how many distinct texts were embedded."""
    from . import embed

    fd, work_path = tempfile.mkstemp(prefix="audit-corroborate-", suffix=".db", dir=workdir)
    os.close(fd)
    work = sqlite3.connect(work_path)
    try:
        work.execute("pragma journal_mode = off")
        work.execute("pragma synchronous = off")
        work.execute("pragma cache_size = -65536")  # 64 MB of page cache at most
        df: dict[str, int] = {}
        n = _index(db, work, df)
        uf = _UnionFind(n)
        vectors = _Vectors(work) if embed.available() else None
        _link(work, uf, idf_weights(df, n), vectors)
        if stats is not None:
            stats.update(
                {
                    "matcher": embed.matcher_name(),
                    "claims_indexed": n,
                    "texts_embedded": vectors.encoded if vectors else 0,
                }
            )
        written = 0
        with db.atomic():
            db.execute("delete from corroboration")
            batch: list[dict[str, Any]] = []
            contradicted = _contradictions(db, work, uf)
            keep = {cluster for cluster, _ in contradicted.values()}
            for _root, members in _clusters(work, uf, n, keep):
                if len({a for _, a in members}) < 2:  # kept for a contradiction only: its claims alone
                    members = [m for m in members if m[0] in contradicted]
                rows = _rows_for(db, members)
                for row in rows:
                    if row["claim_id"] in contradicted:
                        row["credibility"] = 5
                        more = f" {row['explanation']}" if row["articles"] >= 2 else ""
                        row["explanation"] = contradicted[row["claim_id"]][1] + more
                batch.extend(rows)
                if len(batch) >= BATCH:
                    db["corroboration"].insert_all(batch, pk="claim_id")  # type: ignore[union-attr]
                    written += len(batch)
                    batch = []
            if batch:
                db["corroboration"].insert_all(batch, pk="claim_id")  # type: ignore[union-attr]
                written += len(batch)
        return written
    finally:
        work.close()
        os.unlink(work_path)
