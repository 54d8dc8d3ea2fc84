"""Literal words a pattern cannot match without, so most patterns are skipped with a quick `in`.

A regex scan over 2,000 characters costs tens of microseconds even when nothing matches;
testing a few substrings costs well under one. Each pattern gets the set of literal strings
of which every possible match contains at least one, read off its parsed form. A pattern
with no such set (one that may start with any word) is always scanned.
"""

import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

# Shorter literals ("a", "we") occur in nearly every message and filter nothing.
MIN_TRIGGER_LENGTH = 3


def triggers(pattern: str) -> frozenset[str] | None:
    """Literals one of which every match contains, or None when there is no such set."""
    return _triggers(_parser.parse(pattern))


def compiled_with_triggers(pattern: str) -> tuple[re.Pattern[str], frozenset[str] | None]:
    """The pattern compiled, and its triggers, from a single parse.

    Parsing is about half the cost of compiling, and start-up compiles every rule.
    """
    parsed = _parser.parse(pattern)
    found = _triggers(parsed)
    compiled: re.Pattern[str] = _compiler.compile(parsed)
    return compiled, found


def _triggers(parsed: Any) -> frozenset[str] | None:
    found = _sequence(list(parsed))
    if found is None or any(len(t) < MIN_TRIGGER_LENGTH for t in found):
        return None
    return frozenset(found)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """A sequence matches only if each of its parts does: the best part's set will do."""
    candidates: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append({run})
            run = ""
        part = _item(op, value)
        if part is not None:
            candidates.append(part)
    if run:
        candidates.append({run})
    usable = [c for c in candidates if all(len(t) >= MIN_TRIGGER_LENGTH for t in c)]
    if not usable:
        return None
    # The fewest, longest literals filter best.
    return min(usable, key=lambda c: (len(c), -min(len(t) for t in c)))


def _item(op: Any, value: Any) -> set[str] | None:
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            part = _sequence(list(branch))
            if part is None:
                return None
            union |= part
        return union
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _sequence(list(value[2]))
    return None


def could_match(found: frozenset[str] | None, text: str) -> bool:
    return found is None or any(t in text for t in found)
