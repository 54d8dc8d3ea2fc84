from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from ownup.agreements.models import Agreement, ReminderCampaign, ReminderOptOut


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read-only: a version that took effect is never edited; new terms are a new version."""

    list_display = ("plan", "customer", "effective_from", "backups_by", "availability_percent")
    list_filter = ("plan", "backups_by")
    search_fields = ("plan", "customer__key", "customer__email")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(ReminderCampaign)
class ReminderCampaignAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "duty", "cadence_days", "next_run_at", "last_run_at", "active")
    readonly_fields = ("created_at", "last_run_at")


@admin.register(ReminderOptOut)
class ReminderOptOutAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("customer", "at")
    search_fields = ("customer__key", "customer__email")
