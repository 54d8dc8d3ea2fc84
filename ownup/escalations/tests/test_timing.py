"""How long each severity waits for an acknowledgement, and overriding it."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from ownup.escalations.timing import DEFAULT_ACK_MINUTES, ack_minutes_parse

pytestmark = pytest.mark.same_on_every_database


def test_the_worse_it_is_the_sooner_the_next_person_is_asked() -> None:
    minutes = ack_minutes_parse("")

    assert minutes == DEFAULT_ACK_MINUTES
    assert [minutes[s] for s in (5, 4, 3, 2, 1)] == sorted(minutes.values())


def test_a_setting_overrides_only_the_severities_it_names() -> None:
    assert ack_minutes_parse(" 5=2, 3=20 ") == {5: 2, 4: 15, 3: 20, 2: 60, 1: 240}


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("5=soon", "'5=soon' is not SEVERITY=MINUTES"),
        ("6=10", "'6=10' needs a severity 1 to 5 and minutes > 0"),
        ("4=0", "'4=0' needs a severity 1 to 5 and minutes > 0"),
    ],
)
def test_a_bad_setting_names_the_pair(text: str, problem: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=problem):
        ack_minutes_parse(text)
