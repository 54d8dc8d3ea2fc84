from typing import ClassVar

from django.conf import settings
from django.db import models

from ownup.customers.models import Customer
from ownup.incidents.models import Incident


class NoticeKind(models.TextChoices):
    INITIAL = "initial", "First notice"
    UPDATE = "update", "Update"
    RESOLUTION = "resolution", "Resolution"
    REMEDY = "remedy", "Remedy offer"
    BOUNDARY = "boundary", "Boundary"
    REPLY = "reply", "Reply to a customer"


# One notice of these kinds per incident: a customer hears "it broke" and "it is fixed" once.
SINGLE_NOTICE_KINDS = (NoticeKind.INITIAL, NoticeKind.RESOLUTION)
# The kinds told to every affected customer. A boundary or a reply answers one customer's own
# message, from the inbox: sent to everyone affected it would tell each of them about someone
# else's request (and a Pro customer that backups are theirs).
BROADCAST_KINDS = (NoticeKind.INITIAL, NoticeKind.UPDATE, NoticeKind.RESOLUTION, NoticeKind.REMEDY)


class MessageTemplate(models.Model):
    """A reusable message with slots ({{ slots.what_happened }}) and customer fields."""

    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=20, choices=NoticeKind)
    subject = models.CharField(max_length=200)
    body = models.TextField()

    class Meta:
        ordering: ClassVar = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


class Notice(models.Model):
    """What we tell the customers affected by one incident at one stage, before it is sent."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="notices")
    kind = models.CharField(max_length=20, choices=NoticeKind)
    template = models.ForeignKey(MessageTemplate, null=True, blank=True, on_delete=models.SET_NULL)
    subject = models.CharField(max_length=200)
    body = models.TextField()
    slots = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["incident", "kind"],
                condition=models.Q(kind__in=SINGLE_NOTICE_KINDS),
                name="one_initial_and_one_resolution_notice",
            )
        ]

    def __str__(self) -> str:
        return f"{self.incident.reference} {self.get_kind_display()}"


class Batch(models.Model):
    """One decision to send a notice: who asked, when, to how many, and who was left out."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="batches")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField()
    queued = models.PositiveIntegerField(default=0)
    # [{"customer": key, "reason": "…"}] for everyone we could not queue, so someone calls them.
    skipped = models.JSONField(default=list, blank=True)
    # A large or severe send waits, its messages held, until a second person approves it.
    needs_approval = models.BooleanField(default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approved_batches",
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        verbose_name_plural = "batches"
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(approved_by__isnull=True, approved_at__isnull=True)
                | models.Q(approved_by__isnull=False, approved_at__isnull=False),
                name="approval_names_who_and_when",
            )
        ]

    def __str__(self) -> str:
        return self.reference

    @property
    def reference(self) -> str:
        return f"B-{self.pk}"

    @property
    def waiting_for_approval(self) -> bool:
        return self.needs_approval and self.approved_at is None


class Channel(models.TextChoices):
    EMAIL = "email", "Email"
    WEBHOOK = "webhook", "Webhook"


class DeliveryStatus(models.TextChoices):
    HELD = "held", "Awaiting approval"
    QUEUED = "queued", "Queued"
    SENDING = "sending", "Sending"
    SENT = "sent", "Sent"
    RETRYING = "retrying", "Retrying"
    FAILED = "failed", "Failed"


class OutboxMessage(models.Model):
    """One message to one recipient on one channel, kept exactly as it was sent.

    `topic` says what the message is about ("notice:12", "status-update:42") and `recipient`
    who it is for ("customer:7", "subscriber:3"); one row per (topic, recipient, channel) is
    what makes a second send impossible. A notice's rows also point at the notice, the
    customer and the batch that decided the send; other messages leave those empty.
    """

    topic = models.CharField(max_length=100)
    recipient = models.CharField(max_length=100)
    incident = models.ForeignKey(
        Incident, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    batch = models.ForeignKey(
        Batch, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    notice = models.ForeignKey(
        Notice, null=True, blank=True, on_delete=models.CASCADE, related_name="messages"
    )
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.PROTECT, related_name="messages"
    )
    channel = models.CharField(max_length=20, choices=Channel, default=Channel.EMAIL)
    # An email address, or the URL a webhook is posted to.
    to_address = models.CharField(max_length=2000)
    subject = models.CharField(max_length=300)
    body_text = models.TextField()
    body_html = models.TextField()
    headers = models.JSONField(default=dict)
    # The JSON body of a webhook; None posts the text in a chat-compatible {"text": …}.
    payload = models.JSONField(null=True, blank=True)
    message_id = models.CharField(max_length=250, unique=True)
    status = models.CharField(max_length=20, choices=DeliveryStatus, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField()
    leased_until = models.DateTimeField(null=True, blank=True)
    # Set when a lease ran out without a recorded result: the send may have happened twice.
    possible_duplicate = models.BooleanField(default=False)
    last_error = models.TextField(blank=True)
    # What the receiving server last answered ("250 2.0.0 Ok: queued as …", "550 5.1.1 …").
    smtp_reply = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["topic", "recipient", "channel"], name="one_message_per_recipient"
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=DeliveryStatus.values),
                name="outbox_status_is_known",
            ),
        ]
        # Only the rows a worker looks for are indexed by state, in the order it takes them:
        # every index is rewritten on every change of state, at thousands of rows a second.
        indexes: ClassVar = [
            models.Index(
                fields=["next_attempt_at", "id"],
                condition=models.Q(status__in=[DeliveryStatus.QUEUED, DeliveryStatus.RETRYING]),
                name="outbox_waiting",
            ),
            models.Index(
                fields=["leased_until"],
                condition=models.Q(status=DeliveryStatus.SENDING),
                name="outbox_sending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.topic} → {self.to_address} ({self.status})"
