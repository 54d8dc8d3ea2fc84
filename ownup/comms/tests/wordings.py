"""Tables of wordings per label, for tests that say "found here, not there" for many phrasings."""

from collections.abc import Callable

import pytest

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


def wording_tests(wordings: Wordings) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a wordings table: every wording shows its label, no near miss does.

    Assign them to `test_…` names in the module that holds the table, so pytest collects them.
    """

    @pytest.mark.parametrize(("label", "text"), cases(wordings, shown=True))
    def shown(label: str, text: str) -> None:
        assert flagged(text, label), f"{label} not found in: {text}"

    @pytest.mark.parametrize(("label", "text"), cases(wordings, shown=False))
    def near_miss(label: str, text: str) -> None:
        assert not flagged(text, label), f"{label} wrongly found in: {text}"

    return shown, near_miss
