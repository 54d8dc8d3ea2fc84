"""Delivery channels: one class each behind `Channel`, so a new one is one new file."""

from django.conf import settings

from ownup.comms.channels.base import Channel, DeliveryError, LoginRefused, RelayUnavailable
from ownup.comms.channels.email import EmailChannel
from ownup.comms.channels.smtp import SmtpChannel
from ownup.comms.channels.webhook import WebhookChannel
from ownup.comms.models import Channel as ChannelKind
from ownup.mailurl import BACKENDS

__all__ = ["Channel", "DeliveryError", "LoginRefused", "RelayUnavailable", "channel_for"]


def channel_for(kind: str) -> Channel:
    """A fresh, unopened channel for one kind of outbox row, as the settings configure it."""
    if kind == ChannelKind.WEBHOOK:
        return WebhookChannel()
    if settings.MAILERS["default"]["BACKEND"] == BACKENDS["smtp"]:
        return SmtpChannel.from_settings()
    return EmailChannel()
