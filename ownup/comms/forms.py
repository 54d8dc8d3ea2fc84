from typing import Any

from django import forms

from ownup.comms.models import MessageTemplate, Notice
from ownup.comms.rendering import SLOT_LABELS, slots_used

SLOT_HINTS = {
    "what_happened": "Plainly, with the time. Say it is ours when it is.",
    "impact": "What they could not do, in their terms.",
    "what_we_did": "What is already done, not what we hope.",
    "next_steps": "The next step and a realistic time: '11:30 UTC', never 'soon'.",
    "remedy": "Where it can't be fully undone: a credit, a refund, a call.",
    "help": "How to reach a person, and when.",
}


class TemplateChoiceForm(forms.Form):
    template = forms.ModelChoiceField(queryset=MessageTemplate.objects.none(), empty_label=None)

    def __init__(self, *args: Any, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["template"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = MessageTemplate.objects.filter(kind=kind)


class NoticeForm(forms.Form):
    """Subject, one field per slot the message asks for, and the whole body for fine edits."""

    subject = forms.CharField(max_length=200)
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Placeholders: {{ customer.first_name }}, {{ customer.domain }}, "
        "{{ incident.reference }}, {{ slots.what_happened }} …",
    )

    send_anyway = forms.CharField(
        label="Send anyway, because",
        required=False,
        max_length=500,
        help_text="The check finds something missing. Say why it should go as it is; "
        "the reason is kept in the audit log.",
        # Kept as typed while the live check around it re-renders.
        widget=forms.Textarea(attrs={"rows": 2, "hx-preserve": "true"}),
    )

    def __init__(self, *args: Any, notice: Notice, **kwargs: Any) -> None:
        self.notice = notice
        kwargs.setdefault(
            "initial",
            {"subject": notice.subject, "body": notice.body, **_slot_initial(notice)},
        )
        super().__init__(*args, **kwargs)
        for slot in slots_used(notice.subject, notice.body):
            self.fields[f"slot_{slot}"] = forms.CharField(
                label=SLOT_LABELS.get(slot, slot),
                help_text=SLOT_HINTS.get(slot, ""),
                required=False,
                widget=forms.Textarea(attrs={"rows": 3}),
            )

    def slot_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name.startswith("slot_")]

    def slots(self) -> dict[str, str]:
        return {
            name.removeprefix("slot_"): value
            for name, value in self.cleaned_data.items()
            if name.startswith("slot_")
        }


def _slot_initial(notice: Notice) -> dict[str, str]:
    return {f"slot_{name}": text for name, text in notice.slots.items()}
