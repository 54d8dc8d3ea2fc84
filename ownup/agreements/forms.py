from typing import Any

from django import forms

from ownup.agreements.imports import terms_from_cells
from ownup.agreements.models import Agreement, Party
from ownup.agreements.terms import AgreementTerms, PaidExtra
from ownup.errors import UserError

LABELS = {
    "plan": "Plan",
    "effective_from": "In force from",
    "backups_by": "Backups are managed by",
    "availability_percent": "Availability promised (%)",
    "credit_tiers": "Credits (below:percent of the monthly fee)",
    "support_hours": "Support hours",
    "support_channels": "Support channels",
    "included": "Included",
    "paid_extras": "Paid or best-effort extras",
    "duties": "Other duties",
    "notes": "Notes",
}


def _extra_line(extra: PaidExtra) -> str:
    price = "" if extra.price is None else f" = {extra.price} {extra.currency}"
    return f"{extra.name}{price}" + (f" ({extra.duty})" if extra.duty else "")


class AgreementForm(forms.Form):
    plan = forms.CharField(label=LABELS["plan"], max_length=100)
    effective_from = forms.DateField(
        label=LABELS["effective_from"],
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
    )
    backups_by = forms.ChoiceField(label=LABELS["backups_by"], choices=Party.choices)
    availability_percent = forms.CharField(
        label=LABELS["availability_percent"], required=False, help_text="Empty: no promise."
    )
    credit_tiers = forms.CharField(
        label=LABELS["credit_tiers"], required=False, help_text="For example 99.9:10, 99:25, 95:50"
    )
    support_hours = forms.CharField(label=LABELS["support_hours"], required=False)
    support_channels = forms.CharField(
        label=LABELS["support_channels"], required=False, help_text="For example email, phone"
    )
    included = forms.CharField(label=LABELS["included"], required=False, widget=forms.Textarea)
    paid_extras = forms.CharField(
        label=LABELS["paid_extras"],
        required=False,
        widget=forms.Textarea,
        help_text="One a line: Restore from our snapshot, best effort = 75 GBP (backups)",
    )
    duties = forms.CharField(
        label=LABELS["duties"], required=False, help_text="For example dns=us, updates=customer"
    )
    notes = forms.CharField(label=LABELS["notes"], required=False, widget=forms.Textarea)

    terms: AgreementTerms

    @staticmethod
    def initial_from(agreement: Agreement) -> dict[str, Any]:
        terms = AgreementTerms.of(agreement)
        return {
            "plan": agreement.plan,
            "backups_by": terms.backups_by,
            "availability_percent": (
                "" if terms.availability_percent is None else str(terms.availability_percent)
            ),
            "credit_tiers": ", ".join(f"{t.below}:{t.percent}" for t in terms.credit_tiers),
            "support_hours": terms.support_hours,
            "support_channels": ", ".join(terms.support_channels),
            "included": terms.included,
            "paid_extras": "\n".join(_extra_line(e) for e in terms.paid_extras),
            "duties": ", ".join(f"{d}={p}" for d, p in terms.duties.items()),
            "notes": terms.notes,
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        cells = {name: str(data.get(name) or "") for name in LABELS}
        cells["paid_extras"] = "; ".join(cells["paid_extras"].splitlines())
        try:
            self.terms = terms_from_cells(cells, lambda name: LABELS[name])
        except UserError as exc:
            raise forms.ValidationError(str(exc)) from None
        return data


class CampaignForm(forms.Form):
    name = forms.CharField(label="Name", max_length=100)
    duty = forms.ChoiceField(
        label="Remind customers who manage their own",
        choices=[("backups", "backups"), ("dns", "DNS"), ("updates", "software updates")],
    )
    subject = forms.CharField(label="Subject", max_length=200)
    body = forms.CharField(
        label="Message",
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=(
            "Fields: {{ customer.first_name }}, {{ customer.name }}, {{ plan }}, {{ duty }}, "
            "{{ last_backup }} (empty when their data has no last_backup). "
            "An unsubscribe line is added at the end."
        ),
    )
    cadence_days = forms.IntegerField(label="Every (days)", min_value=1, max_value=366)
    starts_at = forms.DateTimeField(
        label="First run",
        widget=forms.DateTimeInput(format="%Y-%m-%dT%H:%M", attrs={"type": "datetime-local"}),
    )
