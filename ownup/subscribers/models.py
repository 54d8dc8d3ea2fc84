from typing import ClassVar

from django.db import models

from ownup.statuspage.models import Component


class Kind(models.TextChoices):
    EMAIL = "email", "Email"
    WEBHOOK = "webhook", "Webhook"


class Subscriber(models.Model):
    """Someone who hears about public updates: an email address or a webhook URL."""

    kind = models.CharField(max_length=10, choices=Kind)
    # Stored lower-cased, so one address is one subscriber however it was typed.
    email = models.EmailField(blank=True)
    url = models.URLField(max_length=500, blank=True)
    all_components = models.BooleanField(default=True)
    components = models.ManyToManyField(Component, blank=True, related_name="subscribers")
    created_at = models.DateTimeField()
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=(models.Q(kind=Kind.EMAIL) & ~models.Q(email="") & models.Q(url=""))
                | (models.Q(kind=Kind.WEBHOOK) & ~models.Q(url="") & models.Q(email="")),
                name="subscriber_has_one_address_of_its_kind",
            ),
            models.UniqueConstraint(
                fields=["email"],
                condition=models.Q(kind=Kind.EMAIL),
                name="one_subscriber_per_email",
            ),
            models.UniqueConstraint(
                fields=["url"],
                condition=models.Q(kind=Kind.WEBHOOK),
                name="one_subscriber_per_webhook",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.address}"

    @property
    def reference(self) -> str:
        return f"S-{self.pk}"

    @property
    def address(self) -> str:
        return self.email or self.url

    @property
    def recipient(self) -> str:
        """How the outbox names this subscriber, so each hears an update once."""
        return f"subscriber:{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class SubscribeAttempt(models.Model):
    """One request to subscribe, counted against its address and its IP for rate limiting.

    Keys are hashes: the table says how often, never who.
    """

    key = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes: ClassVar = [models.Index(fields=["key", "at"]), models.Index(fields=["at"])]

    def __str__(self) -> str:
        return f"{self.key[:12]} {self.at:%Y-%m-%d %H:%M}"
