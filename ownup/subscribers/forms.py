from django import forms

from ownup.statuspage.models import Component


class SubscribeForm(forms.Form):
    email = forms.EmailField(label="Email address", max_length=254)
    components = forms.ModelMultipleChoiceField(
        queryset=Component.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Only these components",
        help_text="Tick none to hear about every component.",
    )
