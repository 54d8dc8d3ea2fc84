"""Literal words a pattern cannot match without, so most patterns are skipped unscanned.

A regex scan over 2,000 characters costs tens of microseconds even when nothing matches;
looking a literal up costs well under one. Each pattern gets sets of literal strings, read off
its parsed form: every possible match contains at least one string of each set, so a message
without one of some set cannot match. One set alone let through many patterns on a common
word ("the", "our") whose other words the message did not have. A pattern with no such set
(one that may start with any word) is always scanned.
"""

import json
import os
import re
import sys
from collections.abc import Collection, Iterator
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Shorter literals ("a", "we") occur in nearly every message and filter nothing.
MIN_TRIGGER_LENGTH = 3
# One string of each set is in every match; no sets, and the pattern is always scanned.
Triggers = tuple[frozenset[str], ...]


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
    return folder / "ownup" / f"candor-trigger-sets-{sys.implementation.cache_tag}.json"


def _cached() -> dict[str, list[list[str]]]:
    try:
        stored = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


# Reading triggers off every parsed pattern takes about a third of a second, as long again as
# the rest of `ownup check`'s start, so they are kept between runs.
_known = _cached()
_used: dict[str, list[list[str]]] = {}


def lazy_with_triggers(pattern: str) -> tuple[LazyPattern, Triggers]:
    """The pattern, compiled when first used, and its triggers, read off its parsed form."""
    if pattern in _known:
        found = _known[pattern]
    else:
        # The sets most likely to rule the pattern out are tried first.
        needed = sorted(_sequence(list(_parser.parse(pattern))), key=_selectivity)
        found = [sorted(words) for words in needed]
    _used[pattern] = found
    return LazyPattern(pattern), tuple(frozenset(words) for words in found)


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


def _selectivity(words: Collection[str]) -> tuple[int, int]:
    """The fewest, longest literals filter best."""
    return len(words), -min(len(t) for t in words)


def _sequence(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """A sequence matches only if each of its parts does, so each part's set is needed."""
    needed: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is sre.LITERAL:
            run += chr(value)
            continue
        if run:
            needed.append({run})
            run = ""
        needed.extend(_item(op, value))
    if run:
        needed.append({run})
    return [words for words in needed if all(len(t) >= MIN_TRIGGER_LENGTH for t in words)]


def _item(op: Any, value: Any) -> list[set[str]]:
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            needed = _sequence(list(branch))
            if not needed:
                return []
            union |= min(needed, key=_selectivity)
        return [union]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _sequence(list(value[2]))
    return []


class Literals:
    """A text, to tell quickly which patterns could match it.

    Most absent literals are ruled out by their first or last three characters (no literal is
    shorter), two set look-ups, rather than by a scan of the whole text.
    """

    __slots__ = ("_pieces", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        size = MIN_TRIGGER_LENGTH
        self._pieces = {text[i : i + size] for i in range(len(text) - size + 1)}

    def could_match(self, triggers: Triggers) -> bool:
        """Whether the text holds a literal of each of the pattern's sets."""
        pieces, text, size = self._pieces, self.text, MIN_TRIGGER_LENGTH
        for words in triggers:
            for word in words:
                if word[:size] in pieces and word[-size:] in pieces and word in text:
                    break
            else:
                return False
        return True
