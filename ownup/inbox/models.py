from typing import ClassVar

from django.conf import settings
from django.db import models

from ownup.comms.models import OutboxMessage
from ownup.customers.models import Customer
from ownup.incidents.models import Incident


class InboundKind(models.TextChoices):
    REPLY = "reply", "Reply"
    AUTO_REPLY = "auto-reply", "Automatic reply"
    BOUNCE = "bounce", "Bounce"
    UNREADABLE = "unreadable", "Unreadable"


class InboundStatus(models.TextChoices):
    # Stored, not yet read: a crash between storing and reading leaves the row here, and the
    # worker reads it again later.
    RECEIVED = "received", "Not yet read"
    WAITING = "waiting", "Waiting for an answer"
    ANSWERED = "answered", "Answered"
    CLOSED = "closed", "Closed"
    # Auto-replies and bounces: kept, but nobody has to answer them.
    FILED = "filed", "Kept out of the queue"


class ThreadedBy(models.TextChoices):
    IN_REPLY_TO = "in-reply-to", "In-Reply-To"
    REFERENCES = "references", "References"
    INCIDENT_HEADER = "incident header", "Incident header"
    SUBJECT = "subject", "Incident reference in the subject"
    SENDER = "sender", "Sender's address"
    # A bounce: the headers of our message it returned, or the address it could not reach.
    RETURNED = "returned message", "The returned message"
    NONE = "", "Not threaded"


class RawMessage(models.Model):
    """The bytes of one received message exactly as they arrived, stored once per content."""

    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveIntegerField()
    data = models.BinaryField()

    def __str__(self) -> str:
        return f"{self.sha256[:12]} ({self.size} bytes)"


class InboundMessage(models.Model):
    """One message a customer (or their mail server) sent us, kept whole and never lost.

    The raw bytes are stored first, in a transaction of their own, with status RECEIVED;
    reading, threading and triage fill in the rest. A message that cannot be read stays,
    as UNREADABLE with the `problem`, and its raw bytes can still be shown.
    """

    message_id = models.CharField(max_length=500, unique=True)
    raw = models.ForeignKey(RawMessage, on_delete=models.PROTECT, related_name="messages")
    source = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=20, choices=InboundKind, default=InboundKind.UNREADABLE)
    status = models.CharField(max_length=20, choices=InboundStatus, default=InboundStatus.RECEIVED)

    sender = models.CharField(max_length=320, blank=True)
    sender_name = models.CharField(max_length=300, blank=True)
    subject = models.CharField(max_length=1000, blank=True)
    text = models.TextField(blank=True)
    # [{"filename": …, "content_type": …, "size": bytes}]; the bytes stay in the raw message.
    attachments = models.JSONField(default=list, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField()

    in_reply_to = models.CharField(max_length=500, blank=True)
    references = models.JSONField(default=list, blank=True)
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    # The notice this message answers, or for a bounce the one that could not be delivered.
    replied_to = models.ForeignKey(
        OutboxMessage, null=True, blank=True, on_delete=models.SET_NULL, related_name="replies"
    )
    threaded_by = models.CharField(max_length=20, choices=ThreadedBy, blank=True)

    intent = models.CharField(max_length=50, blank=True)
    feeling = models.CharField(max_length=50, blank=True)
    # [{"label": …, "start": …, "end": …, "words": …}]: where in `text` triage saw each cue.
    cues = models.JSONField(default=list, blank=True)
    asks_for = models.JSONField(default=list, blank=True)

    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answered_replies",
    )
    # Why the message could not be read or processed, in words an agent can act on.
    problem = models.TextField(blank=True)
    # How many times reading was started: a row left RECEIVED is retried a few times only.
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering: ClassVar = ["-received_at", "-id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(kind__in=InboundKind.values), name="inbound_kind_is_known"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=InboundStatus.values),
                name="inbound_status_is_known",
            ),
            models.CheckConstraint(
                condition=~models.Q(status=InboundStatus.ANSWERED)
                | models.Q(answered_at__isnull=False),
                name="answered_reply_has_a_time",
            ),
        ]
        indexes: ClassVar = [
            models.Index(fields=["status", "feeling", "received_at"], name="inbound_queue"),
            models.Index(fields=["incident", "received_at"], name="inbound_by_incident"),
            models.Index(fields=["sender"], name="inbound_by_sender"),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.sender} {self.subject}"

    @property
    def reference(self) -> str:
        return f"M-{self.pk}"
