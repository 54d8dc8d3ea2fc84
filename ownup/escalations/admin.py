from django.contrib import admin

from ownup.escalations.models import EscalationStep, HelpRequest, HelpWebhook


@admin.register(EscalationStep)
class EscalationStepAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "severity", "position", "user")
    list_filter = ("severity",)


@admin.register(HelpRequest)
class HelpRequestAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "state", "asked_by", "asked_of", "created_at", "due_at")
    list_filter = ("state",)
    readonly_fields = ("context", "route", "created_at")


@admin.register(HelpWebhook)
class HelpWebhookAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("user", "url")
