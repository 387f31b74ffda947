"""Build audit/data/companies.json from pytickersymbols: the short names of listed companies.

    pip install pytickersymbols==1.17.10   # build time only (MIT licence); the project reads the file
    python benchmarks/build_company_names.py [--write]

pytickersymbols ships the constituents of the major stock indices (S&P 500, NASDAQ 100, DAX, CAC 40, FTSE 100,
Nikkei 225 and others) with their names. A company's short name is its name without legal or group suffixes
("Inc.", "Corporation", "Group", "AG", "plc") and without a leading "The": "Apple", "Intel", "Boeing", "Verizon",
"Volkswagen", "Coca-Cola". The classifier types a source that is exactly such a name as an organisation (unless the
article names a person of that surname: "Ford"). Subsidiaries and brands (Google, Audi) are not in the lists.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "audit" / "data" / "companies.json"
SUFFIXES_RE = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Company|Companies|Co\.?|Ltd\.?|Limited|plc|PLC|AG|SE|S\.A\.|SA"
    r"|N\.V\.|NV|Group|Holdings?|& Co\.?|Aktiengesellschaft|KGaA|REIT|Trust|L\.P\.|LP))+$"
)


def short_names() -> list[str]:
    from pytickersymbols import PyTickerSymbols

    names = {stock["name"] for stock in PyTickerSymbols().get_all_stocks()}
    out = set()
    for name in names:
        short = re.sub(r"^The\s+", "", SUFFIXES_RE.sub("", name).strip())
        if len(short) >= 3:
            out.add(short)
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(HERE.parent)}")
    args = ap.parse_args()
    names = short_names()
    print(f"{len(names)} company names ({sum(' ' not in n for n in names)} of one word)")
    if args.write:
        data = {
            "_about": (
                "Short names of listed companies (the constituents of the major stock indices), from pytickersymbols "
                "1.17.10 (MIT licence), built by benchmarks/build_company_names.py; read by audit/classify.py."
            ),
            "names": names,
        }
        OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
