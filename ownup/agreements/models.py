from decimal import Decimal
from typing import ClassVar

from django.conf import settings
from django.db import models

from ownup.customers.models import Customer


class Party(models.TextChoices):
    US = "us", "Us"
    CUSTOMER = "customer", "The customer"


class Agreement(models.Model):
    """One version of the terms for a plan, or for one customer where their terms differ.

    Versioned: new terms are a new row with a later `effective_from`; a row that has taken
    effect is never edited, so what was promised on any past day can always be read back.
    """

    plan = models.CharField(max_length=100, blank=True)
    customer = models.ForeignKey(
        Customer, null=True, blank=True, on_delete=models.CASCADE, related_name="agreements"
    )
    effective_from = models.DateField()
    # The duty customers ask about most; other duties ("dns": "us") live in `duties`.
    backups_by = models.CharField(max_length=10, choices=Party)
    duties = models.JSONField(default=dict, blank=True)
    # Null: no availability promise at all.
    availability_percent = models.DecimalField(
        max_digits=6, decimal_places=3, null=True, blank=True
    )
    # [{"below": 99.9, "percent": 10}, …]: share of the monthly fee credited for a month below.
    credit_tiers = models.JSONField(default=list, blank=True)
    support_hours = models.CharField(max_length=200, blank=True)
    support_channels = models.JSONField(default=list, blank=True)
    included = models.TextField(blank=True)
    # [{"name", "price", "currency", "duty"}]: what we do for a fee or on a best-effort basis.
    paid_extras = models.JSONField(default=list, blank=True)
    notes = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["plan", "customer_id", "-effective_from"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=(~models.Q(plan="") & models.Q(customer__isnull=True))
                | (models.Q(plan="") & models.Q(customer__isnull=False)),
                name="agreement_is_for_a_plan_or_a_customer",
            ),
            models.UniqueConstraint(
                fields=["plan", "effective_from"],
                condition=models.Q(customer__isnull=True),
                name="one_plan_version_per_day",
            ),
            models.UniqueConstraint(
                fields=["customer", "effective_from"],
                condition=models.Q(customer__isnull=False),
                name="one_customer_version_per_day",
            ),
            models.CheckConstraint(
                condition=models.Q(availability_percent__isnull=True)
                | models.Q(
                    availability_percent__gte=Decimal(0), availability_percent__lte=Decimal(100)
                ),
                name="agreement_availability_is_a_percentage",
            ),
            models.CheckConstraint(
                condition=models.Q(backups_by__in=Party.values),
                name="agreement_backups_by_is_a_party",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["customer", "effective_from"])]

    # Set on an unsaved copy of a plan's terms that `agreement_for` adjusted from the
    # customer's imported attributes: the plan it started from and the attributes it honoured.
    based_on_plan: str = ""
    terms_from_attributes: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"{self.label} from {self.effective_from:%Y-%m-%d}"

    @property
    def label(self) -> str:
        """How the customer would name these terms: "Starter plan" or "your own agreement"."""
        plan = self.plan or self.based_on_plan
        if self.customer_id is None or (plan and self.terms_from_attributes):
            return f"{plan.replace('_', ' ').replace('-', ' ').title()} plan"
        return "agreement with us"

    @property
    def is_customers_own(self) -> bool:
        return self.customer_id is not None

    def responsible_for(self, duty: str) -> str | None:
        """Who does this duty under these terms (a Party value), or None if not agreed."""
        if duty == "backups":
            return self.backups_by
        value = (self.duties or {}).get(duty)
        return str(value) if value in Party.values else None


class ReminderCampaign(models.Model):
    """A recurring reminder to every customer whose agreement makes a duty theirs.

    Time is cut into periods of `cadence_days` from `starts_at`; a customer hears from a
    campaign at most once in each period, however often it runs.
    """

    name = models.CharField(max_length=100, unique=True)
    duty = models.CharField(max_length=50, default="backups")
    # Templates with customer fields ({{ customer.first_name }}, {{ last_backup }}, …).
    subject = models.CharField(max_length=200)
    body = models.TextField()
    cadence_days = models.PositiveIntegerField()
    starts_at = models.DateTimeField()
    # The start of the next period: the worker runs the campaign once this has passed.
    next_run_at = models.DateTimeField(db_index=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["name"]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=models.Q(cadence_days__gte=1), name="reminder_cadence_at_least_a_day"
            )
        ]

    def __str__(self) -> str:
        return self.name


class ReminderOptOut(models.Model):
    """A customer who asked for no more duty reminders (one click, from any reminder)."""

    customer = models.OneToOneField(
        Customer, on_delete=models.CASCADE, related_name="reminder_opt_out"
    )
    at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.customer} since {self.at:%Y-%m-%d}"
