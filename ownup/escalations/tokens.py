"""The acknowledge link in a call-for-help mail: signed, for one person and one call.

Following it acts as that person, signed in or not (a lead on call reads mail on a phone);
signed in as somebody else, it is refused, so a forwarded mail cannot acknowledge in the
wrong name.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from ownup.errors import UserError

ACKNOWLEDGE_SALT = "ownup.escalations.acknowledge"


class InvalidLink(UserError):
    """A link that was forged, mangled, has expired, or is someone else's."""


@dataclass(frozen=True)
class AcknowledgeLink:
    help_request_id: int
    user_id: int


def acknowledge_token(*, help_request_id: int, user_id: int) -> str:
    return signing.dumps({"h": help_request_id, "u": user_id}, salt=ACKNOWLEDGE_SALT)


def acknowledge_token_read(token: str) -> AcknowledgeLink:
    max_age = dt.timedelta(days=settings.OWNUP_ESCALATION_LINK_DAYS)
    try:
        payload = signing.loads(token, salt=ACKNOWLEDGE_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise InvalidLink("this acknowledge link has expired: open the call in ownup") from None
    except signing.BadSignature:
        raise InvalidLink("this acknowledge link is not valid") from None
    return AcknowledgeLink(help_request_id=payload["h"], user_id=payload["u"])
