"""Build the PolNeAR *train* kind layer from our own labels, to develop kinds on data that is not dev.

    python benchmarks/kinds_train.py [--layer 1..20] [--shared ../shared] [--out FILE.jsonl] [--score]

Ten layers: `--layer 1` (the default, `benchmarks/data/polnear-kinds-train.labels.jsonl`, 30
articles, the one kind rules were developed on) and `--layer 2` (`polnear-kinds-train2.labels.jsonl`,
30 other train articles labelled later, kept for checking that rules found on layer 1 carry over)
and `--layer 3` (`polnear-kinds-train3.labels.jsonl`, 30 more, labelled after the rules of the third
session) and `--layer 4` (`polnear-kinds-train4.labels.jsonl`, 30 more, labelled in the fourth session
after its rules were written; layer 3 was looked at once that session) and `--layer 5`
(`polnear-kinds-train5.labels.jsonl`, 30 more, labelled at the start of the fifth session: its unseen
check, while layers 3 and 4 became development material) and `--layer 6`
(`polnear-kinds-train6.labels.jsonl`, 30 more, labelled early in the sixth session: its unseen check)
and `--layer 7` (`polnear-kinds-train7.labels.jsonl`, 30 more, labelled at the start of the seventh session),
and layers 8 to 13, each labelled at the start of its session as that session's unseen check, layer 14,
labelled at the end of the fourteenth session for the next one, layer 15, labelled early in the sixteenth
session by readers who saw no code and read only for its figures at the start and the end of that session, and
layer 16, labelled likewise at the start of the seventeenth, layer 17, at the start of the eighteenth, and
layer 18, at the start of the nineteenth, and
layer 19, at the end of the nineteenth for the twentieth, and
layer 20, at the start of the twentieth, as its unseen check.
Each file holds only keys ("article id|attribution id"), kinds and notes, not PolNeAR text
(research data that stays out of the repository). This script joins them with
`../shared/corpora/polnear/polnear-train.jsonl` into a gold file in the format of
`../shared/gold/polnear-kinds-dev.jsonl`, which `../shared/eval/score.py` scores. With --score it
also runs `audit run` + `audit export` on those articles and prints the scorer's kinds section.
How the labels were made: see benchmarks/data/README.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LAYERS = {
    "1": HERE / "data" / "polnear-kinds-train.labels.jsonl",
    "2": HERE / "data" / "polnear-kinds-train2.labels.jsonl",
    "3": HERE / "data" / "polnear-kinds-train3.labels.jsonl",
    "4": HERE / "data" / "polnear-kinds-train4.labels.jsonl",
    "5": HERE / "data" / "polnear-kinds-train5.labels.jsonl",
    "6": HERE / "data" / "polnear-kinds-train6.labels.jsonl",
    "7": HERE / "data" / "polnear-kinds-train7.labels.jsonl",
    "8": HERE / "data" / "polnear-kinds-train8.labels.jsonl",
    "9": HERE / "data" / "polnear-kinds-train9.labels.jsonl",
    "10": HERE / "data" / "polnear-kinds-train10.labels.jsonl",
    "11": HERE / "data" / "polnear-kinds-train11.labels.jsonl",
    "12": HERE / "data" / "polnear-kinds-train12.labels.jsonl",
    "13": HERE / "data" / "polnear-kinds-train13.labels.jsonl",
    "14": HERE / "data" / "polnear-kinds-train14.labels.jsonl",
    "15": HERE / "data" / "polnear-kinds-train15.labels.jsonl",
    "16": HERE / "data" / "polnear-kinds-train16.labels.jsonl",
    "17": HERE / "data" / "polnear-kinds-train17.labels.jsonl",
    "18": HERE / "data" / "polnear-kinds-train18.labels.jsonl",
    "19": HERE / "data" / "polnear-kinds-train19.labels.jsonl",
    "20": HERE / "data" / "polnear-kinds-train20.labels.jsonl",
}


def build(shared: Path, out: Path, layer: str = "1") -> int:
    labels: dict[str, dict] = {}
    for line in LAYERS[layer].read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["key"]] = row
    wanted = {key.split("|")[0] for key in labels}
    n = 0
    with (
        (shared / "corpora" / "polnear" / "polnear-train.jsonl").open(encoding="utf-8") as src,
        out.open("w", encoding="utf-8") as dst,
    ):
        for line in src:
            doc = json.loads(line)
            if doc["id"] not in wanted:
                continue
            for att in doc["attributions"]:
                lab = labels.get(f"{doc['id']}|{att['id']}")
                if lab:
                    att["kind"], att["kind_confident"] = lab["kind"], lab.get("confident", True)
                    n += 1
            dst.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parents[1] / "shared"))
    ap.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "polnear-kinds-train.jsonl"))
    ap.add_argument("--score", action="store_true")
    ap.add_argument("--layer", choices=sorted(LAYERS, key=int), default="1", help="which labelled train layer")
    args = ap.parse_args()
    shared, out = Path(args.shared), Path(args.out)
    n = build(shared, out, args.layer)
    print(f"{n} labelled attributions -> {out}", file=sys.stderr)
    if args.score:
        with tempfile.TemporaryDirectory() as tmp:
            db, pred = Path(tmp) / "k.db", Path(tmp) / "k.jsonl"
            subprocess.run(
                [sys.executable, "-m", "audit.cli", "run", str(out), "--db", str(db), "--quiet"], check=False
            )
            subprocess.run(
                [sys.executable, "-m", "audit.cli", "export", "--db", str(db), "--format", "jsonl", "-o", str(pred)],
                check=True,
            )
            res = subprocess.run(
                [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(out), "--pred", str(pred), "--json"],
                check=True,
                capture_output=True,
                text=True,
            )
            result = json.loads(res.stdout)
            print(json.dumps({"corpus": f"polnear-kinds-train{args.layer} (own labels)", **result}))


if __name__ == "__main__":
    main()
