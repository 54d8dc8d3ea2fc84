from django import forms

from ownup.accounts.models import User


class AskForm(forms.Form):
    about_type = forms.CharField(widget=forms.HiddenInput)
    about_id = forms.CharField(widget=forms.HiddenInput)
    question = forms.CharField(max_length=4000)
    to = forms.ModelChoiceField(queryset=User.objects.filter(is_active=True), required=False)


class AnswerForm(forms.Form):
    text = forms.CharField(
        label="Your answer",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
