"""How long each severity waits for an acknowledgement before the call passes on."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# The worse it is, the sooner the next person is asked.
DEFAULT_ACK_MINUTES = {5: 5, 4: 15, 3: 30, 2: 60, 1: 240}


def ack_minutes_parse(text: str) -> dict[int, int]:
    """'5=5,4=15,…' over the defaults; a bad pair names itself."""
    minutes = dict(DEFAULT_ACK_MINUTES)
    for pair in filter(None, (p.strip() for p in text.split(","))):
        severity, _, value = pair.partition("=")
        try:
            level, count = int(severity), int(value)
        except ValueError:
            raise ImproperlyConfigured(
                f"OWNUP_ESCALATION_ACK_MINUTES: '{pair}' is not SEVERITY=MINUTES"
            ) from None
        if level not in minutes or count < 1:
            raise ImproperlyConfigured(
                f"OWNUP_ESCALATION_ACK_MINUTES: '{pair}' needs a severity 1 to 5 and minutes > 0"
            )
        minutes[level] = count
    return minutes


def ack_window(severity: int) -> dt.timedelta:
    """How long the person asked has to acknowledge a call about an incident this severe."""
    return dt.timedelta(minutes=ack_minutes_parse(settings.OWNUP_ESCALATION_ACK_MINUTES)[severity])
