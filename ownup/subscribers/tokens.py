"""Signed links in subscriber mail: a confirmation that expires, an unsubscribe that does not.

Each token names the subscriber and the moment it was created, so a link keeps working only
for the subscriber it was made for, even if a row is removed and its id used again.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from ownup.errors import UserError

CONFIRM_SALT = "ownup.subscribers.confirm"
UNSUBSCRIBE_SALT = "ownup.subscribers.unsubscribe"


class InvalidLink(UserError):
    """A link that was forged, mangled, or has expired."""


@dataclass(frozen=True)
class Confirmation:
    subscriber_id: int
    created: int
    # None: every component, now and later; otherwise the chosen components' ids.
    component_ids: list[int] | None


def _stamp(created_at: dt.datetime) -> int:
    # Whole microseconds: the same on every database, whatever float rounding does.
    return round(created_at.timestamp() * 1_000_000)


def stamp_matches(created_at: dt.datetime, stamp: int) -> bool:
    return _stamp(created_at) == stamp


def confirm_token(
    *, subscriber_id: int, created_at: dt.datetime, components: list[int] | None
) -> str:
    payload = {"s": subscriber_id, "t": _stamp(created_at), "c": components}
    return signing.dumps(payload, salt=CONFIRM_SALT, compress=True)


def confirm_token_read(token: str) -> Confirmation:
    max_age = dt.timedelta(days=settings.OWNUP_SUBSCRIBE_TOKEN_DAYS)
    try:
        payload = signing.loads(token, salt=CONFIRM_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise InvalidLink(
            "this confirmation link has expired: subscribe again for a new one"
        ) from None
    except signing.BadSignature:
        raise InvalidLink("this confirmation link is not valid") from None
    return Confirmation(payload["s"], payload["t"], payload["c"])


def unsubscribe_token(*, subscriber_id: int, created_at: dt.datetime) -> str:
    return signing.dumps({"s": subscriber_id, "t": _stamp(created_at)}, salt=UNSUBSCRIBE_SALT)


def unsubscribe_token_read(token: str) -> tuple[int, int]:
    try:
        payload = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        raise InvalidLink("this unsubscribe link is not valid") from None
    return payload["s"], payload["t"]
