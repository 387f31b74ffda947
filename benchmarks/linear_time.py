"""Does the pipeline stay linear? Times ``audit.api.audit_text`` on inputs of 10 KB, 100 KB,
1 MB and 10 MB, built from real news text (the seeds, or PolNeAR when it is there) and from
adversarial shapes: one huge sentence, thousands of quotation marks, nested quotes, long runs of
commas and of capitalised words, many sentences on one line.

For each input it prints the seconds, the seconds per MB and the growth against the size before
(time ratio / size ratio: about 1.0 is linear, about 10 would be quadratic). A size whose time
would go past ``--budget`` seconds, going by the growth so far, is skipped and said so.

    python benchmarks/linear_time.py                    # every input, 10 KB .. 10 MB
    python benchmarks/linear_time.py --sizes 10K,100K,1M --inputs news,one-sentence

No assertions: it is for reading, not for CI.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from audit.api import audit_text

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = [
    ROOT.parent / "shared" / "corpora" / "polnear" / "polnear-dev.jsonl",
    Path("/work/shared/corpora/polnear/polnear-dev.jsonl"),
]


def news_paragraphs() -> list[str]:
    for path in POLNEAR:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts = [json.loads(line)["text"] for line in fh if line.strip()]
            return [t for t in texts if t.strip()]
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def repeat_to(unit: str, size: int, end: str = "") -> str:
    """``unit`` repeated to ``size`` bytes of UTF-8 (near enough), then ``end``."""
    per = max(1, len(unit.encode("utf-8")))
    return (unit * (size // per + 1))[: max(1, size * len(unit) // per)] + end


def news(size: int) -> str:
    parts, total, texts, i = [], 0, news_paragraphs(), 0
    while total < size:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


INPUTS: dict[str, Callable[[int], str]] = {
    "news": news,
    # One sentence, no full stop until the very end, cue verbs and commas throughout.
    "one-sentence": lambda n: repeat_to(
        "officials said that the plan, which the minister backed, would go ahead as the spokesman told reporters ",
        n,
        ".",
    ),
    # Thousands of quotation marks of every kind, balanced and not, on one line.
    "quote-marks": lambda n: repeat_to('He said "yes" and “no,” ‘maybe’ \'so\' " “ ” ‘ ’ « » ', n, "."),
    # Quotes opened and never closed, nested ever deeper, in one paragraph.
    "nested-quotes": lambda n: repeat_to('he told me that “she said ‘they said "', n, ' nothing."'),
    # A long run of commas between capitalised words (a list of names with no verb).
    "commas": lambda n: repeat_to("Alpha Beta, Gamma, Delta Echo, ,, , ", n, "."),
    # Capitalised words and nothing else, no punctuation at all.
    "capitalised": lambda n: repeat_to("President Vladimir Putin Prime Minister Shinzo Abe Foreign Ministry ", n),
    # Many short sentences on a single line, with abbreviations that are not sentence ends.
    "sentences-one-line": lambda n: repeat_to("Mr. Abe said the U.S. would help. Gen. Smith agreed. ", n),
    # Many short lines, each an attributed sentence.
    "short-lines": lambda n: repeat_to("Putin said talks would go on.\n", n),
    # A position noun after a long run of capitals (the possessor was once looked for at every capital).
    "capitals-then-position": lambda n: repeat_to("Alpha Beta Gamma Delta ", n, "Trump's call for a ban."),
    # A transcript: paragraphs opening on speakers' labels that take turns (read once per text, not per turn).
    "transcript-turns": lambda n: (
        "Jake Tapper spoke with Mary Fallin.\n\n"
        + repeat_to("TAPPER: Do you think so?\n\nFALLIN: I think we will win.\n\n", n)
    ),
}

SIZES = {"10K": 10_000, "100K": 100_000, "1M": 1_000_000, "10M": 10_000_000}


def time_one(text: str) -> tuple[float, int]:
    gc.collect()
    started = time.perf_counter()
    art = audit_text(text, "bench")
    return time.perf_counter() - started, len(art.claims)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(SIZES), help="comma-separated, from " + ", ".join(SIZES))
    parser.add_argument("--inputs", default=",".join(INPUTS), help="comma-separated, from " + ", ".join(INPUTS))
    parser.add_argument(
        "--budget", type=float, default=300.0, help="skip a size projected to take longer than this many seconds"
    )
    args = parser.parse_args(argv)
    sizes = [(s, SIZES[s]) for s in args.sizes.split(",")]
    print(f"{'input':<20}{'size':>6}{'MB':>8}{'seconds':>10}{'s/MB':>9}{'growth':>8}{'claims':>9}")
    for name in args.inputs.split(","):
        build = INPUTS[name]
        prev: tuple[float, float] | None = None  # (seconds, MB) of the size before
        growth = 1.0
        for label, size in sizes:
            text = build(size)
            mb = len(text.encode("utf-8")) / 1_000_000
            if prev is not None:
                projected = prev[0] * (mb / prev[1]) * max(1.0, growth)
                if projected > args.budget:
                    print(
                        f"{name:<20}{label:>6}{mb:>8.2f}   skipped: projected {projected:,.0f} s "
                        f"> --budget {args.budget:.0f}",
                        flush=True,
                    )
                    break
            seconds, claims = time_one(text)
            growth_text = ""
            if prev is not None and prev[0] > 0:
                growth = (seconds / prev[0]) / (mb / prev[1])
                growth_text = f"{growth:.2f}"
            print(
                f"{name:<20}{label:>6}{mb:>8.2f}{seconds:>10.3f}{seconds / mb:>9.2f}{growth_text:>8}{claims:>9}",
                flush=True,
            )
            prev = (seconds, mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
