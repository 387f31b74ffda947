"""Development aid: which PolNeAR attributions the engine misses, and what it adds wrongly.

python benchmarks/miss_analysis.py [train|dev] [N examples]
"""

import collections
import json
import random
import sys
from pathlib import Path

from audit.api import audit_text

split = sys.argv[1] if len(sys.argv) > 1 else "train"
show = int(sys.argv[2]) if len(sys.argv) > 2 else 20
path = Path(__file__).resolve().parents[2] / "shared/corpora/polnear" / f"polnear-{split}.jsonl"
missed_cues, fp_cues = collections.Counter(), collections.Counter()
examples_miss, examples_fp = [], []
for i, line in enumerate(open(path)):
    if split == "train" and i >= 150:
        break
    doc = json.loads(line)
    text = doc["text"]
    art = audit_text(text, doc["id"])
    preds = [c for c in art.claims if c.kind != "unattributed"]

    def ov(a, b):
        return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)

    used = set()
    for a in doc["attributions"]:
        hit = [j for j, p in enumerate(preds) if ov(a["content_span"], p.content_spans) > 0]
        if not hit:
            missed_cues[(a["cue_text"] or "").lower()] += 1
            if len(examples_miss) < 400:
                examples_miss.append((a["source_text"], a["cue_text"], (a["content_text"] or "")[:80]))
        used.update(hit)
    for j, p in enumerate(preds):
        if j not in used:
            fp_cues[(p.cue or "").lower()] += 1
            if len(examples_fp) < 400:
                examples_fp.append((p.source, p.cue, p.content[:80]))
print("MISSED", sum(missed_cues.values()), missed_cues.most_common(40))
print("FP", sum(fp_cues.values()), fp_cues.most_common(30))
random.seed(1)
for e in random.sample(examples_miss, min(show, len(examples_miss))):
    print("  MISS", e)
for e in random.sample(examples_fp, min(show, len(examples_fp))):
    print("  FP  ", e)
