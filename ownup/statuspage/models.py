import secrets
import string
from typing import ClassVar

from django.db import models
from django.utils import timezone

from ownup.incidents.models import Incident

ID_ALPHABET = string.ascii_lowercase + string.digits
ID_LENGTH = 12


def short_id() -> str:
    """Twelve random lowercase letters and digits, as Statuspage writes its ids."""
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


class ComponentStatus(models.TextChoices):
    """Ordered from best to worst; the Statuspage vocabulary readers already know."""

    OPERATIONAL = "operational", "Operational"
    UNDER_MAINTENANCE = "under_maintenance", "Under maintenance"
    DEGRADED_PERFORMANCE = "degraded_performance", "Degraded performance"
    PARTIAL_OUTAGE = "partial_outage", "Partial outage"
    MAJOR_OUTAGE = "major_outage", "Major outage"


STATUS_RANK = {status: rank for rank, status in enumerate(ComponentStatus)}


class ComponentGroup(models.Model):
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Component(models.Model):
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    group = models.ForeignKey(
        ComponentGroup,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="components",
    )
    position = models.PositiveSmallIntegerField(default=0)
    # Set by hand (maintenance, a known slowdown); open incidents can only make it worse.
    status = models.CharField(
        max_length=30, choices=ComponentStatus, default=ComponentStatus.OPERATIONAL
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class IncidentImpact(models.Model):
    """How an incident hurts one component, from `started_at` until it ends.

    The impact ends when it is lifted (`ended_at`) or, failing that, when the incident is
    resolved; the uptime history is computed from these intervals.
    """

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="impacts")
    component = models.ForeignKey(Component, on_delete=models.CASCADE, related_name="impacts")
    status = models.CharField(max_length=30, choices=ComponentStatus)
    # Empty on impacts recorded before these were kept: the incident's own times stand in.
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["incident", "component"], name="one_impact_per_component"
            )
        ]

    def __str__(self) -> str:
        return f"{self.incident.reference}: {self.component} {self.status}"


class MaintenanceStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    IN_PROGRESS = "in_progress", "In progress"
    VERIFYING = "verifying", "Verifying"
    COMPLETED = "completed", "Completed"


class Maintenance(models.Model):
    """Planned work announced on the status page. Everything here is public."""

    public_id = models.CharField(max_length=ID_LENGTH, unique=True, default=short_id)
    title = models.CharField(max_length=200)
    body = models.TextField(help_text="Public: what will happen and what customers will notice.")
    components = models.ManyToManyField(Component, blank=True, related_name="maintenances")
    scheduled_for = models.DateTimeField()
    scheduled_until = models.DateTimeField()
    status = models.CharField(
        max_length=20, choices=MaintenanceStatus, default=MaintenanceStatus.SCHEDULED
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-scheduled_for", "-id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(scheduled_until__gt=models.F("scheduled_for")),
                name="maintenance_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=MaintenanceStatus.values),
                name="maintenance_status_is_known",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class MaintenanceUpdate(models.Model):
    maintenance = models.ForeignKey(Maintenance, on_delete=models.CASCADE, related_name="updates")
    public_id = models.CharField(max_length=ID_LENGTH, unique=True, default=short_id)
    at = models.DateTimeField()
    status = models.CharField(max_length=20, choices=MaintenanceStatus)
    body = models.TextField()

    class Meta:
        ordering: ClassVar = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.maintenance}: {self.status} {self.at:%Y-%m-%d %H:%M}"


class PageState(models.Model):
    """One row: the page's public id and a version bumped by every public change.

    Every web process compares its cached copy of the page with `version` (at most once a
    second), so a change reaches all of them within a second or two.
    """

    public_id = models.CharField(max_length=ID_LENGTH, default=short_id)
    # Secret: keys the ids derived for components and updates, so they cannot be guessed.
    key = models.CharField(max_length=32, default=short_id)
    version = models.PositiveBigIntegerField(default=1)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"status page {self.public_id} v{self.version}"
