"""The remedies a business offers, who may offer how much, and each remedy given."""

from decimal import Decimal
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.urls import reverse

from ownup.accounts.models import Role, User
from ownup.customers.models import Customer
from ownup.incidents.models import Incident


class Kind(models.TextChoices):
    REFUND = "refund", "Refund"
    CREDIT = "credit", "Service credit"
    DISCOUNT = "discount", "Discount on the next invoice"
    FREE_MONTH = "free_month", "Free month"
    UPGRADE = "upgrade", "Upgrade"
    REPLACEMENT = "replacement", "Replacement"
    APOLOGY_CALL = "apology_call", "Personal apology call"


# Kinds that are money back: one of these per customer per incident, or they are paid twice.
MONEY_KINDS = (Kind.REFUND, Kind.CREDIT, Kind.DISCOUNT, Kind.FREE_MONTH)
# Kinds whose size is an amount, limited per role; the others are simply allowed or not.
AMOUNT_KINDS = (Kind.REFUND, Kind.CREDIT, Kind.DISCOUNT)


class RemedyOption(models.Model):
    """One entry of the business's catalogue: "Service credit", "Personal apology call"."""

    kind = models.CharField(max_length=20, choices=Kind)
    name = models.CharField(max_length=100, unique=True)
    description = models.CharField(max_length=300, blank=True)
    active = models.BooleanField(default=True)

    class Meta:
        ordering: ClassVar = ["id"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(kind__in=Kind.values), name="remedy_option_kind_is_known"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def has_amount(self) -> bool:
        return self.kind in AMOUNT_KINDS


class RemedyLimit(models.Model):
    """What one role may offer of one option on its own: up to an amount, or at all.

    No row, or `allowed` off, means the role cannot offer it without a request to a lead;
    `max_amount` empty on an allowed row means there is no cap.
    """

    option = models.ForeignKey(RemedyOption, on_delete=models.CASCADE, related_name="limits")
    role = models.CharField(max_length=10, choices=Role)
    allowed = models.BooleanField(default=True)
    max_amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, default="GBP")

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["option", "role"], name="one_limit_per_role"),
            models.CheckConstraint(
                condition=models.Q(role__in=Role.values), name="remedy_limit_role_is_known"
            ),
            models.CheckConstraint(
                condition=models.Q(max_amount__isnull=True) | models.Q(max_amount__gte=0),
                name="remedy_limit_not_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.option} for {self.role}"


class State(models.TextChoices):
    PROPOSED = "proposed", "Proposed, waiting for a lead"
    APPROVED = "approved", "Approved, not yet offered"
    OFFERED = "offered", "Offered"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    FULFILLED = "fulfilled", "Fulfilled"


# Where each state may go next; everything else is refused.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    State.PROPOSED: (State.APPROVED, State.DECLINED),
    State.APPROVED: (State.OFFERED, State.DECLINED),
    State.OFFERED: (State.ACCEPTED, State.DECLINED),
    State.ACCEPTED: (State.FULFILLED,),
    State.DECLINED: (),
    State.FULFILLED: (),
}
OPEN_STATES = (State.PROPOSED, State.APPROVED, State.OFFERED, State.ACCEPTED)


def _step_by(*, blank: bool = True) -> "models.ForeignKey[User | None, User | None]":
    """Who did one step of a remedy.

    Read with the remedy, never searched by. No index and no database foreign key: each costs
    a check per row when 100,000 SLA credits are created at once, and staff are deactivated
    rather than deleted (Django still sets these to null).
    """
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        db_index=False,
        db_constraint=False,
        null=True,
        blank=blank,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class Remedy(models.Model):
    """What we give one customer to make one incident right, from proposal to fulfilment."""

    incident = models.ForeignKey(Incident, on_delete=models.CASCADE, related_name="remedies")
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="remedies")
    option = models.ForeignKey(
        RemedyOption, on_delete=models.PROTECT, related_name="remedies", db_index=False
    )
    # The option's kind, copied: the one-money-remedy rule is a database constraint on it.
    kind = models.CharField(max_length=20, choices=Kind)
    amount = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, default="GBP")
    state = models.CharField(max_length=20, choices=State, default=State.PROPOSED)
    # How an SLA credit was worked out, in words the customer can check.
    formula = models.TextField(blank=True)
    note = models.TextField(blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        db_index=False,
        db_constraint=False,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="remedies_owned",
    )
    due_on = models.DateField(null=True, blank=True)
    created_by = _step_by(blank=False)
    created_at = models.DateTimeField()
    approved_by = _step_by()
    approved_at = models.DateTimeField(null=True, blank=True)
    offered_by = _step_by()
    offered_at = models.DateTimeField(null=True, blank=True)
    accepted_by = _step_by()
    accepted_at = models.DateTimeField(null=True, blank=True)
    declined_by = _step_by()
    declined_at = models.DateTimeField(null=True, blank=True)
    fulfilled_by = _step_by()
    fulfilled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        verbose_name_plural = "remedies"
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(state__in=State.values), name="remedy_state_is_known"
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=Kind.values), name="remedy_kind_is_known"
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gt=Decimal(0)),
                name="remedy_amount_positive",
            ),
            # A customer is never credited twice for one incident, even by two people at once;
            # a declined remedy makes room for another.
            models.UniqueConstraint(
                fields=["incident", "customer"],
                condition=models.Q(kind__in=MONEY_KINDS) & ~models.Q(state=State.DECLINED),
                name="one_money_remedy_per_customer_and_incident",
            ),
        ]
        indexes: ClassVar = [
            models.Index(
                fields=["due_on"],
                condition=models.Q(state__in=OPEN_STATES),
                name="remedy_open_by_due_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.get_kind_display()} for {self.customer}"

    def get_absolute_url(self) -> str:
        return reverse("remedies:detail", args=[self.reference])

    @property
    def reference(self) -> str:
        return f"R-{self.pk}"
