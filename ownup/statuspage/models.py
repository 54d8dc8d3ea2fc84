from typing import ClassVar

from django.db import models

from ownup.incidents.models import Incident


class ComponentStatus(models.TextChoices):
    """Ordered from best to worst; the Statuspage vocabulary readers already know."""

    OPERATIONAL = "operational", "Operational"
    UNDER_MAINTENANCE = "under_maintenance", "Under maintenance"
    DEGRADED_PERFORMANCE = "degraded_performance", "Degraded performance"
    PARTIAL_OUTAGE = "partial_outage", "Partial outage"
    MAJOR_OUTAGE = "major_outage", "Major outage"


STATUS_RANK = {status: rank for rank, status in enumerate(ComponentStatus)}


class Component(models.Model):
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Set by hand (maintenance, a known slowdown); open incidents can only make it worse.
    status = models.CharField(
        max_length=30, choices=ComponentStatus, default=ComponentStatus.OPERATIONAL
    )

    class Meta:
        ordering: ClassVar = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class IncidentImpact(models.Model):
    """How an incident hurts one component, for as long as the incident is open."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="impacts")
    component = models.ForeignKey(Component, on_delete=models.CASCADE, related_name="impacts")
    status = models.CharField(max_length=30, choices=ComponentStatus)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["incident", "component"], name="one_impact_per_component"
            )
        ]

    def __str__(self) -> str:
        return f"{self.incident.reference}: {self.component} {self.status}"
