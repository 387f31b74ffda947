"""Print predicted claims next to the seed gold, article by article (a development aid)."""

import json
import sys
from pathlib import Path

from audit.api import audit_text

shared = Path(__file__).resolve().parents[2] / "shared"
gold = {json.loads(line)["article"]: json.loads(line) for line in open(shared / "gold/seeds.gold.jsonl")}
only = sys.argv[1] if len(sys.argv) > 1 else None
for name, g in gold.items():
    if only and only not in name:
        continue
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    art = audit_text(text, name)
    print("=" * 20, name, "wire", art.wire, "outlet", art.outlet)
    for c in art.claims:
        if c.kind == "unattributed":
            print(f"  U  {c.content[:90]!r}")
        else:
            print(
                f"  A  [{c.kind}] src={c.source!r} res={c.resolved_source!r} cue={c.cue!r} q={c.quote} "
                f"chain={[h.kind for h in c.chain]} {c.score}{c.grade}\n       {c.content[:110]!r}"
            )
    print("  -- gold attributed:")
    for c in g["claims"]:
        if c["source"]:
            print(
                f"  G  [{c['kind']}] src={c['source']!r} res={c['resolved']!r} cue={c['cue']!r} chain={c['chain']}\n"
                f"       {c['content'][:110]!r}"
            )
