"""A list of case-insensitive regular expressions tested as one: does any of them match?

One alternation of fifty patterns is slow in Python's ``re``: at every position of the line
every branch is tried, even the branches anchored at the start. ``PatternSet`` answers the same
question faster and gives the same answer:

- patterns anchored at the start (``^...``, no top-level ``|``) form one alternation tried at
  position 0 only (``match``);
- a pattern that cannot match without some literal text is searched only when the line, folded
  as ``re.IGNORECASE`` folds it, holds that text: one of each group of literals that
  ``gate.requirement`` reads from the parsed pattern ("already"/"become" and "subscriber"/
  "member"/... for ``\b(already|become) a (subscriber|member|...)``), else the longest literal
  at its top level (" free trial");
- the rest form one alternation searched as before.

tests/test_fast_paths.py checks ``PatternSet.search`` against ``any(re.search(...))``.
"""

from __future__ import annotations

import re

# Characters outside ASCII that ``re.IGNORECASE`` takes for an ASCII letter (found by testing
# every code point; tests/test_fast_paths.py does it again): the prefilter folds them as re does.
IGNORECASE_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD = str.maketrans(IGNORECASE_ASCII)
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '\",:;/-@&!%#=<>~")
_COUNT = re.compile(r"\{\d*(?:,\d*)?\}")
_GROUP_OPENERS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")
SHORT_LITERAL = 5  # a literal this short (" a ", " you ") is in many lines: not selective alone


def fold(line: str) -> str:
    """The line as the prefilter compares it: lower case, and the few non-ASCII letters
    ``re.IGNORECASE`` equates with ASCII ones replaced by them."""
    if line.isascii() or not any(c in line for c in IGNORECASE_ASCII):  # translate() is slow: only when needed
        return line.lower()
    return line.translate(_FOLD).lower()


def _top_level(pattern: str) -> tuple[list[str], bool] | None:
    """The runs of literal characters at the top level of ``pattern`` (outside groups and
    classes, none made optional or repeated by a quantifier), and whether it has a top-level
    ``|``. None for a pattern this reader does not follow (flags set inside it)."""
    i, depth, runs, cur, alternation = 0, 0, [], "", False
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "(" and pattern.startswith("(?", i) and not pattern.startswith(_GROUP_OPENERS, i):
            return None  # inline flags ((?i), (?x), (?-i:...)) change what the text means
        if c == "\\":
            runs.append(cur)
            cur = ""
            i += 2
            continue
        if c == "[":
            runs.append(cur)
            cur = ""
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        if c in "?*+{":
            runs.append(cur[:-1])  # the character before a quantifier may be absent or repeated
            cur = ""
            counted = _COUNT.match(pattern, i) if c == "{" else None
            if counted:
                i = counted.end()
                continue
        elif c == "(":
            runs.append(cur)
            cur = ""
            depth += 1
        elif c == ")":
            runs.append(cur)
            cur = ""
            depth -= 1
        elif c == "|" and depth == 0:
            alternation = True
        elif depth == 0 and c in _LITERAL:
            cur += c
        else:
            runs.append(cur)
            cur = ""
        i += 1
    runs.append(cur)
    return [r for r in runs if r], alternation


def required_literal(pattern: str) -> str | None:
    """Text (lower case) that every match of ``pattern`` contains, or None when none is known."""
    parsed = _top_level(pattern)
    if parsed is None or parsed[1]:
        return None
    runs = parsed[0]
    best = max(runs, key=len, default="")
    return best.lower() if len(best) >= 3 else None


def anchored(pattern: str) -> bool:
    """Matches only at the start of the text: begins with ``^`` and has no top-level ``|``."""
    parsed = _top_level(pattern)
    return pattern.startswith("^") and parsed is not None and not parsed[1]


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


class PatternSet:
    """Case-insensitive patterns; ``search(line)`` is true when any of them matches."""

    def __init__(self, patterns: list[str]) -> None:
        from .gate import requirement  # gate.py takes ``fold`` from this module

        self.patterns = list(patterns)
        starts = [p for p in patterns if anchored(p)]
        rest = [p for p in patterns if not anchored(p)]
        self._starts = _alternation(starts)
        # (groups of literals, pattern): searched only in a line holding one literal of each group.
        # A short top-level literal (" a " in "(already|become) a (subscriber|...)") is in many
        # lines, the alternatives' words rarely: for such a pattern, or one without a top-level
        # literal, the groups are read from the parsed pattern (parsing costs, so only then).
        self._literal: list[tuple[list[tuple[str, ...]], re.Pattern[str]]] = []
        others = []
        for p in rest:
            compiled = re.compile(p, re.IGNORECASE)
            lit = required_literal(p)
            groups = [frozenset([lit])] if lit and len(lit) > SHORT_LITERAL else None
            if groups is None:
                groups = requirement(compiled) or ([frozenset([lit])] if lit else None)
            if groups:
                self._literal.append(([tuple(sorted(g, key=len, reverse=True)) for g in groups], compiled))
            else:
                others.append(p)
        self._others = _alternation(others)

    def search(self, line: str) -> bool:
        if self._starts is not None and self._starts.match(line):
            return True
        if self._literal:
            folded = fold(line)
            for groups, pattern in self._literal:
                for group in groups:
                    for lit in group:
                        if lit in folded:
                            break
                    else:
                        break  # no literal of this group: the pattern cannot match
                else:
                    if pattern.search(line):
                        return True
        return bool(self._others is not None and self._others.search(line))
