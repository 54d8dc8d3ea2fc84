"""Replies from Daybreak Hosting's customers about web3, so the inbox has a queue to work.

Each has a fixed Message-ID, so loading the demo twice stores each reply once.
"""

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

from ownup.customers.models import Customer
from ownup.customers.selectors import customers_matching
from ownup.inbox.services import inbound_receive

SOURCE = "daybreak-demo"


@dataclass(frozen=True)
class DemoReply:
    key: str  # a stable part of the Message-ID
    minutes_ago: int
    subject: str
    body: str
    auto_reply: bool = False


def _raw(customer: Customer, reply: DemoReply, now: dt.datetime) -> bytes:
    message = EmailMessage()
    message["From"] = formataddr((customer.name, customer.email))
    message["To"] = "support@daybreak.example"
    message["Subject"] = reply.subject
    message["Date"] = format_datetime(now - dt.timedelta(minutes=reply.minutes_ago))
    message["Message-ID"] = f"<{reply.key}.{customer.key}@demo.daybreak.example>"
    if reply.auto_reply:
        message["Auto-Submitted"] = "auto-replied"
    message.set_content(reply.body)
    return bytes(message)


def demo_replies(now: dt.datetime) -> int:
    """Five replies from web3 customers and one from a customer elsewhere; returns how many."""
    on_web3 = customers_matching({"server": "web3"}).order_by("key")
    restore_asker = on_web3.filter(attributes__backups_by="customer").first()
    elsewhere = customers_matching({"server": "web5"}).order_by("key").first()
    if restore_asker is None or elsewhere is None:
        return 0
    others = list(on_web3.exclude(pk=restore_asker.pk)[:4])
    first = {c.pk: c.name.split()[0] for c in (*others, restore_asker)}
    replies = [
        (
            others[0],
            DemoReply(
                "angry",
                25,
                "Re: Your website is down",
                "This is the THIRD time this year. My shop has been offline all morning and "
                "I am losing orders on our busiest day. Unacceptable! I want this month "
                f"refunded, or I am moving to another host.\n\n{first[others[0].pk]}",
            ),
        ),
        (
            restore_asker,
            DemoReply(
                "restore",
                18,
                "Please restore my database",
                "Hi, while web3 was down I tried to fix my site myself and deleted the shop "
                "database by mistake. I don't have a copy. Can you please restore it from "
                f"your backups? I'm quite worried.\n\n{first[restore_asker.pk]}",
            ),
        ),
        (
            others[1],
            DemoReply(
                "status",
                12,
                "Any news?",
                "Hello, is there any update on when my site will be back? Thanks, "
                f"{first[others[1].pk]}",
            ),
        ),
        (
            others[2],
            DemoReply(
                "thanks",
                6,
                "Thanks for letting us know",
                "Thanks for the quick heads-up, much appreciated. We'll wait.\n\n"
                f"{first[others[2].pk]}",
            ),
        ),
        (
            others[3],
            DemoReply(
                "away",
                30,
                "Out of office",
                "I am away until Monday with limited access to email.",
                auto_reply=True,
            ),
        ),
        (
            elsewhere,
            DemoReply(
                "affected",
                9,
                "Was my site affected?",
                "I saw on your status page that a server is down. Was my site one of them? "
                "It seems to load fine for me.\n\nRegards",
            ),
        ),
    ]
    for customer, reply in replies:
        inbound_receive(_raw(customer, reply, now), source=SOURCE, now=now)
    return len(replies)
