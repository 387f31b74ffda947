"""Corroborate stage: the same claim across articles, and whether its confirmations are independent.

After a run, claims of different articles that say the same thing (most of their content words
in common) form a cluster. Each claim traces back to a root: the origin of its chain (the named
person, the institution, the document, the anonymous source) or, for the article's own voice,
the wire agency or outlet that published it. Claims sharing a root are one confirmation, not
several: circular reporting is one source (provenance.md, grading step 3).

Credibility digit (Admiralty-style, 1 best): 1 when at least two independent roots carry the
claim; 3 when several articles carry it but all trace back to one root; 6 when there is no
basis to judge (one article only, or no article says where it comes from). (5,
"contradicted", needs a judgement of contradiction this stage does not make.)

The stage reads every claim of the database, so its memory grows with the database; it is a
command of its own (`audit corroborate`), run by `audit serve` after auditing, so that
`audit run` itself stays streaming with flat memory.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict

import sqlite_utils

STOPWORDS = frozenset(
    """a an the of to in on at for with by from and or but that this these those is are was were be been being
    has have had will would can could may might must should it its as not no than then there their they he she
    his her him we our you your i said says say told also after before over about into more most such which who
    what when where while if so""".split()
)
MIN_WORDS = 4
SIMILARITY = 0.6  # share of content words in common (Jaccard) for "the same claim"
WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 2)


def root_of(claim: dict, origin: dict | None) -> str | None:
    """Who or what a claim ultimately rests on, as a key: claims with the same key are one root.
    The article's own voice is a root only when the outlet or wire that speaks is known."""
    if origin is None or claim["kind"] == "unattributed":
        outlet = claim.get("wire") or claim.get("outlet")
        return f"voice:{outlet.lower()}" if outlet else None
    name = (claim.get("resolved_source") or origin["text"] or "").lower().strip()
    return f"{origin['kind']}:{name}"


def _clusters(items: list[tuple[str, str, frozenset[str]]]) -> list[list[int]]:
    """Union-find over claims of different articles with similar content, blocked by their
    rarest words so that not every pair is compared."""
    df: dict[str, int] = defaultdict(int)
    for _, _, words in items:
        for w in words:
            df[w] += 1
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, words) in enumerate(items):
        for w in sorted(words, key=lambda w: (df[w], w))[:3]:
            blocks[w].append(i)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in blocks.values():
        if len(members) < 2 or len(members) > 200:
            continue  # a block that large is a common word, not evidence
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if items[i][1] == items[j][1]:
                    continue  # the same article repeating itself is not corroboration
                a, b = items[i][2], items[j][2]
                if len(a & b) / len(a | b) >= SIMILARITY:
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    return [g for g in groups.values() if len({items[i][1] for i in g}) >= 2]


def corroborate(db: sqlite_utils.Database) -> int:
    """Rebuild the ``corroboration`` table from every claim in the database; returns the number
    of claims found in more than one article."""
    origins = {row["claim_id"]: row for row in db.query("select claim_id, kind, text from hops where position = 0")}
    claims = list(db.query("select claim_id, article_id, content, kind, resolved_source, outlet, wire from claims"))
    items = []
    for c in claims:
        words = content_words(c["content"])
        if len(words) >= MIN_WORDS:
            items.append((c["claim_id"], c["article_id"], words))
    by_id = {c["claim_id"]: c for c in claims}
    rows = []
    for cluster in _clusters(items):
        ids = sorted(items[i][0] for i in cluster)
        cluster_id = ids[0]
        roots: dict[str, str] = {}
        for cid in ids:
            c = by_id[cid]
            origin = origins.get(cid)
            key = root_of(c, origin)
            if key is not None:
                roots.setdefault(key, (origin or {}).get("text") or c.get("wire") or c.get("outlet") or "")
        articles = len({by_id[cid]["article_id"] for cid in ids})
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
        for cid in ids:
            rows.append(
                {
                    "claim_id": cid,
                    "cluster_id": cluster_id,
                    "articles": articles,
                    "roots": len(roots),
                    "root_names": json.dumps(names, ensure_ascii=False),
                    "credibility": credibility,
                    "explanation": why,
                }
            )
    with db.atomic():
        db.execute("delete from corroboration")
        if rows:
            db["corroboration"].insert_all(rows, pk="claim_id")  # type: ignore[union-attr]
    return len(rows)
