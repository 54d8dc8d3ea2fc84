"""The worker's inbox chore: read the mailbox, and read again what failed to process."""

import datetime as dt
import logging

from django.conf import settings

from ownup.inbox.mailbox import inbox_poll
from ownup.inbox.services import inbound_retry

log = logging.getLogger(__name__)


def inbox_chore(now: dt.datetime) -> None:
    """Safe with several workers: a message is stored once by Message-ID, and a retried row
    is claimed by a conditional UPDATE. A mailbox that cannot be reached is logged, and the
    retries still run."""
    try:
        if settings.OWNUP_IMAP_URL:
            result = inbox_poll(now=now)
            if result.fetched:
                log.info("inbox: %s new, %s already stored", result.new, result.already_stored)
    finally:
        inbound_retry(now=now)
