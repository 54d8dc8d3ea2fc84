from django import forms

from ownup.incidents.models import SEVERITY_GUIDANCE, Severity, Stage
from ownup.statuspage.models import Component, ComponentStatus


class IncidentOpenForm(forms.Form):
    title = forms.CharField(max_length=200, help_text="What broke, in a few words.")
    severity = forms.TypedChoiceField(
        choices=[(s.value, f"{s.label}: {SEVERITY_GUIDANCE[s]}") for s in Severity],
        coerce=int,
        widget=forms.RadioSelect,
        initial=Severity.OUTAGE,
    )
    summary = forms.CharField(
        widget=forms.Textarea, required=False, help_text="Internal: what we know so far."
    )
    public_message = forms.CharField(
        widget=forms.Textarea,
        required=False,
        help_text="First update on the public status page. Leave empty for a plain "
        "'we are investigating'.",
    )
    component = forms.ModelChoiceField(
        queryset=Component.objects.all(), required=False, help_text="Shown on the status page."
    )
    component_status = forms.ChoiceField(
        choices=[c for c in ComponentStatus.choices if c[0] != ComponentStatus.OPERATIONAL],
        initial=ComponentStatus.PARTIAL_OUTAGE,
        required=False,
    )


class PublicUpdateForm(forms.Form):
    stage = forms.ChoiceField(choices=Stage.choices)
    message = forms.CharField(widget=forms.Textarea, help_text="Shown on the public status page.")


class ImpactForm(forms.Form):
    """How the incident hurts one component on the status page; Operational lifts it."""

    component = forms.ModelChoiceField(queryset=Component.objects.all())
    status = forms.ChoiceField(
        choices=ComponentStatus.choices, initial=ComponentStatus.MAJOR_OUTAGE
    )
