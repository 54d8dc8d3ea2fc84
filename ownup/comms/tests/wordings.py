"""Tables of wordings per label, for tests that say "found here, not there" for many phrasings."""

from ownup.comms.candor.check import candor_check

# label: ([wordings that show it], [near misses that must not])
Wordings = dict[str, tuple[list[str], list[str]]]


def cases(wordings: Wordings, *, shown: bool) -> list[tuple[str, str]]:
    return [
        (label, text) for label, (yes, no) in wordings.items() for text in (yes if shown else no)
    ]


def flagged(text: str, label: str) -> bool:
    """Whether a notice saying `text` has the element or anti-pattern `label`."""
    report = candor_check(text, "notice")
    return {**report.elements, **report.anti_patterns}[label]
