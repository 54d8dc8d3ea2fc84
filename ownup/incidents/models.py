import secrets
import string
from typing import ClassVar

from django.conf import settings
from django.db import models

from ownup.customers.models import Customer, Segment


class Severity(models.IntegerChoices):
    SPILT_MILK = 1, "1 · Spilt milk"
    BUMP = 2, "2 · A bump in the road"
    OUTAGE = 3, "3 · Real trouble"
    SERIOUS = 4, "4 · Serious harm"
    SKY_FALLING = 5, "5 · Sky falling"


SEVERITY_GUIDANCE = {
    Severity.SPILT_MILK: "Small and quickly undone. Fix it, then tell those touched in three "
    "plain sentences.",
    Severity.BUMP: "A nuisance for some customers. Tell them what happened and when it will "
    "be right; no remedy needed unless they lost something.",
    Severity.OUTAGE: "A service is down or wrong for a group of customers. Own it, say what "
    "you did and when they will hear next; offer a remedy if they lost time or money.",
    Severity.SERIOUS: "Customers lost data, money or trust. The full structure, a remedy, "
    "a lead on the notice, and an update every hour until it is fixed.",
    Severity.SKY_FALLING: "Everyone is affected, or harm is lasting. The full structure, a "
    "named owner, lead approval, and updates every 30 minutes on the status page and by email.",
}


class Stage(models.TextChoices):
    """The public convention every status page reader already knows."""

    INVESTIGATING = "investigating", "Investigating"
    IDENTIFIED = "identified", "Identified"
    MONITORING = "monitoring", "Monitoring"
    RESOLVED = "resolved", "Resolved"


def public_incident_id() -> str:
    """Twelve random lowercase letters and digits: a stable public address, not a count."""
    alphabet = string.ascii_lowercase + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(12))


class Incident(models.Model):
    title = models.CharField(max_length=200)
    public_title = models.CharField(
        max_length=200,
        blank=True,
        help_text="Public: the name on the status page, if not the title.",
    )
    public_id = models.CharField(max_length=12, unique=True, default=public_incident_id)
    summary = models.TextField(blank=True, help_text="Internal: what we know so far.")
    severity = models.PositiveSmallIntegerField(choices=Severity)
    stage = models.CharField(max_length=20, choices=Stage, default=Stage.INVESTIGATING)
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    opened_at = models.DateTimeField()
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-opened_at", "-id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(severity__gte=1, severity__lte=5),
                name="incident_severity_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(stage__in=Stage.values), name="incident_stage_is_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"

    @property
    def reference(self) -> str:
        return f"INC-{self.pk}"

    @property
    def public_name(self) -> str:
        return self.public_title or self.title

    @property
    def is_open(self) -> bool:
        return self.stage != Stage.RESOLVED

    @property
    def guidance(self) -> str:
        return SEVERITY_GUIDANCE[Severity(self.severity)]


class TimelineEntry(models.Model):
    class Kind(models.TextChoices):
        OPENED = "opened", "Opened"
        STAGE = "stage", "Public update"
        NOTE = "note", "Note"
        AFFECTED = "affected", "Affected customers"
        NOTICE = "notice", "Notice"

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="timeline")
    at = models.DateTimeField()
    kind = models.CharField(max_length=20, choices=Kind)
    # A public entry is shown on the status page; everything else stays inside.
    public = models.BooleanField(default=False)
    stage = models.CharField(max_length=20, choices=Stage, blank=True)
    body = models.TextField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering: ClassVar = ["-at", "-id"]
        verbose_name_plural = "timeline entries"

    def __str__(self) -> str:
        return f"{self.incident.reference} {self.kind} {self.at:%Y-%m-%d %H:%M}"


class AffectedCustomer(models.Model):
    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="affected")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="incidents")
    reason = models.CharField(max_length=300)
    added_at = models.DateTimeField()
    # The saved segment that matched them, so a refresh can say who joined and who left.
    segment = models.ForeignKey(Segment, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["incident", "customer"], name="affected_once_per_incident"
            )
        ]

    def __str__(self) -> str:
        return f"{self.incident.reference}: {self.customer}"
