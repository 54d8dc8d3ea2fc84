from typing import ClassVar

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from ownup.incidents.models import Incident, Severity


class EscalationStep(models.Model):
    """One person's place on an escalation list: the list for one severity, or the default.

    A severity with steps of its own uses them; otherwise the default list (severity empty);
    with no list at all, the leads and admins are asked.
    """

    severity = models.PositiveSmallIntegerField(choices=Severity, null=True, blank=True)
    position = models.PositiveSmallIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)

    class Meta:
        ordering: ClassVar = ["severity", "position"]
        constraints: ClassVar = [
            # NULL never equals NULL in a unique index, so the default list needs its own.
            models.UniqueConstraint(
                fields=["severity", "position"], name="escalation_one_person_per_place"
            ),
            models.UniqueConstraint(
                fields=["position"],
                condition=models.Q(severity__isnull=True),
                name="escalation_default_one_person_per_place",
            ),
            models.UniqueConstraint(
                fields=["severity", "user"], name="escalation_person_once_per_list"
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(severity__isnull=True),
                name="escalation_default_person_once",
            ),
            models.CheckConstraint(
                condition=models.Q(severity__isnull=True)
                | models.Q(severity__gte=1, severity__lte=5),
                name="escalation_severity_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        which = f"severity {self.severity}" if self.severity else "default"
        return f"{which} #{self.position}: {self.user}"


class HelpWebhook(models.Model):
    """A person's own chat or pager webhook, posted to whenever they are asked for help."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="help_webhook"
    )
    url = models.URLField(max_length=2000)

    def __str__(self) -> str:
        return f"{self.user}: {self.url}"


class HelpState(models.TextChoices):
    ASKED = "asked", "Asked"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    ANSWERED = "answered", "Answered"
    EXHAUSTED = "exhausted", "Nobody left to ask"


OPEN_STATES = (HelpState.ASKED, HelpState.ACKNOWLEDGED, HelpState.EXHAUSTED)


class HelpRequest(models.Model):
    """An agent's call for help about an incident, or a reply or remedy within it.

    `route` is who will be asked, in order, fixed when the call is made; `step` is the place
    on it of the person asked now. Until someone acknowledges, the call passes to the next
    person once `due_at` has passed; after the last one it is exhausted.
    """

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="help_requests")
    # What exactly it is about, in whichever app it lives (a reply, a remedy); the label and
    # the URL are kept so the call still reads right if that app or row goes away.
    about_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")
    about_label = models.CharField(max_length=200)
    about_url = models.CharField(max_length=500, blank=True)
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="help_asked"
    )
    question = models.TextField()
    # A snapshot of what the helper needs to know, as it was when asked (see context.py).
    context = models.JSONField(default=dict, blank=True)
    route = models.JSONField(default=list)  # user ids, in the order they are asked
    step = models.PositiveSmallIntegerField(default=0)
    asked_of = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="help_asked_of"
    )
    created_at = models.DateTimeField()
    asked_at = models.DateTimeField()  # when the person asked now was asked
    due_at = models.DateTimeField()  # when it passes on if nobody has acknowledged
    state = models.CharField(max_length=20, choices=HelpState, default=HelpState.ASKED)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="help_acknowledged",
    )
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    answer = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="help_answered",
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    exhausted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(state__in=HelpState.values), name="help_state_is_known"
            ),
            models.CheckConstraint(
                condition=models.Q(acknowledged_by__isnull=True, acknowledged_at__isnull=True)
                | models.Q(acknowledged_by__isnull=False, acknowledged_at__isnull=False),
                name="help_acknowledgement_names_who_and_when",
            ),
            models.CheckConstraint(
                condition=~models.Q(state=HelpState.ANSWERED)
                | models.Q(answered_by__isnull=False, answered_at__isnull=False),
                name="help_answer_names_who_and_when",
            ),
            models.CheckConstraint(
                condition=~models.Q(state=HelpState.ACKNOWLEDGED)
                | models.Q(acknowledged_at__isnull=False),
                name="help_acknowledged_has_a_time",
            ),
        ]
        # The pass-on chore looks only at calls still waiting, by when they fall due.
        indexes: ClassVar = [
            models.Index(
                fields=["due_at"],
                condition=models.Q(state=HelpState.ASKED),
                name="help_waiting",
            )
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.about_label}"

    @property
    def reference(self) -> str:
        return f"H-{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.state != HelpState.ANSWERED
