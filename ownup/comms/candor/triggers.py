"""Literal words a pattern cannot match without, so most patterns are skipped with a quick `in`.

A regex scan over 2,000 characters costs tens of microseconds even when nothing matches;
testing a few substrings costs well under one. Each pattern gets the set of literal strings
of which every possible match contains at least one, read off its parsed form. A pattern
with no such set (one that may start with any word) is always scanned.
"""

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Shorter literals ("a", "we") occur in nearly every message and filter nothing.
MIN_TRIGGER_LENGTH = 3


class LazyPattern:
    """A regex compiled the first time a message needs it.

    `ownup check` starts, checks one message and exits: compiling every rule up front was
    most of its start-up, while a message reaches only the few rules its triggers allow.
    """

    __slots__ = ("_compiled", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._pattern().search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._pattern().match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._pattern().finditer(text)


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, each a pattern of its own.

    A long rule is many ways of saying one thing; scanned apart, each is only scanned when
    its own trigger words are in the message, rather than all of them whenever any one is.
    """
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" right after "[" or "[^" is a member, not the end.
            if pattern.startswith("]", position + 1):
                position += 1
            elif pattern.startswith("^]", position + 1):
                position += 2
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:position])
            start = position + 1
        position += 1
    parts.append(pattern[start:])
    return parts


def _cache_file() -> Path:
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return folder / "ownup" / f"candor-triggers-{sys.implementation.cache_tag}.json"


def _cached() -> dict[str, list[str] | None]:
    try:
        stored = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


# Reading triggers off every parsed pattern takes about a third of a second, as long again as
# the rest of `ownup check`'s start, so they are kept between runs.
_known = _cached()
_used: dict[str, list[str] | None] = {}


def lazy_with_triggers(pattern: str) -> tuple[LazyPattern, frozenset[str] | None]:
    """The pattern, compiled when first used, and its triggers, read off its parsed form."""
    if pattern in _known:
        found = _known[pattern]
    else:
        parsed = _triggers(_parser.parse(pattern))
        found = None if parsed is None else sorted(parsed)
    _used[pattern] = found
    return LazyPattern(pattern), None if found is None else frozenset(found)


def keep_triggers() -> None:
    """Store the triggers of the patterns used, if any were not stored yet."""
    if _used.keys() <= _known.keys():
        return
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(_used), encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass  # an unwritable home only means reading them off again next time


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
