"""A compiled pattern searched only in text that holds the words every match of it must contain.

Most sentences hold none of the words a rule looks for ("criticism", "reportedly", "’s claim
that"), yet Python's ``re`` tries the rule's alternation at every position of every sentence.
``gated(pattern)`` reads, from the parsed pattern itself, groups of literal text a match cannot
do without (a word of each branch of an alternation, a fixed word of a sequence), and
``search``/``finditer`` run the pattern only when the searched text holds one literal of each
group: a plain substring test, folded as ``re.IGNORECASE`` folds text when the pattern ignores
case. The answers are the pattern's own: a text the test turns away has no match.

The literals are read again from the pattern whenever it changes, so a rule edited later keeps a
correct gate (or none, when nothing is certain). tests/test_fast_paths.py checks the gated
patterns against the plain ones on real sentences.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

from .patternset import fold

try:  # the parser of ``re`` (3.11+); without it a pattern is simply not gated
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    _p = _c = None  # type: ignore[assignment]

Requirement = list[frozenset[str]]  # all of these groups, one literal of each
MAX_GROUPS = 3  # groups tested per text, the most selective first
MAX_LITERALS = 80  # a group of more literals than this costs more than it saves
MIN_LENGTH = 3  # shorter ASCII literals ("s", "to") are in nearly every sentence: not worth a test


def _selectivity(group: frozenset[str]) -> tuple[int, int]:
    """Higher is better: the shortest literal longest, then the fewest literals."""
    return (min(len(s) for s in group), -len(group))


def _best(reqs: Requirement) -> frozenset[str] | None:
    return max(reqs, key=_selectivity) if reqs else None


def _literal(code: int, ignorecase: bool) -> str | None:
    ch = chr(code)
    if ignorecase:
        # folded text compares only ASCII: another letter may match under re's case folding
        return ch.lower() if ch.isascii() else None
    return ch


def _sequence(items: Any, ignorecase: bool) -> Requirement | None:
    """Groups required by a sequence of parsed items; None where the reader does not follow."""
    out: Requirement = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            ch = _literal(av, ignorecase)
            if ch is not None:
                run += ch
                continue
        if run:
            out.append(frozenset([run]))
            run = ""
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE | re.ASCII):
                return None  # inline flags change how the text compares
            inner = _sequence(sub, ignorecase)
            if inner is None:
                return None
            out.extend(inner)
        elif op is _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                inner = _sequence(branch, ignorecase)
                if inner is None:
                    return None
                best = _best(inner)
                if best is None:
                    union = set()  # one branch needs no literal: the alternation requires none
                    break
                union |= best
            else:
                out.append(frozenset(_minimal(union)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            if low >= 1:
                inner = _sequence(sub, ignorecase)
                if inner is None:
                    return None
                out.extend(inner)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            inner = _sequence(av, ignorecase)
            if inner is None:
                return None
            out.extend(inner)
        elif op is _c.IN:
            chars = [_literal(code, ignorecase) if kind is _c.LITERAL else None for kind, code in av]
            if chars and None not in chars:  # a set of plain characters ("[―—–]"): one of them
                out.append(frozenset(c for c in chars if c is not None))
        elif op in (_c.GROUPREF, getattr(_c, "GROUPREF_EXISTS", None)):
            return None
        # anything else (classes, any character, anchors, lookarounds) requires no literal here
    if run:
        out.append(frozenset([run]))
    return out


def _minimal(literals: set[str]) -> set[str]:
    """Drop a literal that holds another one: the shorter is found whenever the longer is."""
    return {s for s in literals if not any(o != s and o in s for o in literals)}


def requirement(pattern: re.Pattern[str]) -> Requirement | None:
    """The groups of literals every match of ``pattern`` contains (each group: at least one of
    them), most selective first; None when nothing is known for certain."""
    if _p is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - it compiled, so it parses
        return None
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    reqs = _sequence(parsed, ignorecase)
    if not reqs:
        return None
    groups = sorted({g for g in reqs if _worth(g)}, key=_selectivity, reverse=True)
    return groups[:MAX_GROUPS] or None


def _worth(group: frozenset[str]) -> bool:
    """A group worth a test: not too many literals, each long enough or outside ASCII (a dash
    or curly quote is rare in text; "s" or "the" is everywhere)."""
    return bool(group) and len(group) <= MAX_LITERALS and all(len(s) >= MIN_LENGTH or not s.isascii() for s in group)


class GatedPattern:
    """``pattern`` behind a literal test; the methods the rules use, with the same answers."""

    __slots__ = ("pattern", "groups", "ignorecase")

    def __init__(self, pattern: re.Pattern[str], groups: Requirement) -> None:
        self.pattern = pattern
        self.groups = [tuple(sorted(g, key=len, reverse=True)) for g in groups]
        self.ignorecase = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        part = text[max(pos, 0) : max(endpos, 0)]  # what re searches: negative offsets count as 0
        if self.ignorecase:
            part = _folded(part)
        for group in self.groups:
            for lit in group:
                if lit in part:
                    break
            else:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, pos, endpos) if self.may_match(text, pos, endpos) else iter(())


_last: tuple[str, str] = ("", "")  # the text folded last and its fold: several rules read one sentence


def _folded(part: str) -> str:
    global _last
    last = _last  # one tuple, replaced whole: threads auditing at once never see a text with another's fold
    if part == last[0]:
        return last[1]
    folded = fold(part)
    _last = (part, folded)
    return folded


def gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind its literal test, or the pattern itself when it requires no literal.
    Typed as the pattern: a rule calls ``search`` and ``finditer`` on it as before."""
    groups = requirement(pattern)
    return cast("re.Pattern[str]", GatedPattern(pattern, groups)) if groups else pattern


def gated_result(factory: Callable[..., re.Pattern[str]]) -> Callable[..., re.Pattern[str]]:
    """A pattern factory (``@cache`` above it) whose pattern is ``gated``."""

    @functools.wraps(factory)
    def make(*args: Any) -> re.Pattern[str]:
        return gated(factory(*args))

    return make
