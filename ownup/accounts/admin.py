from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from ownup.accounts.models import AuditEvent, User


@admin.register(User)
class OwnupUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "email", "role", "is_active")
    fieldsets = (*(UserAdmin.fieldsets or ()), ("ownup", {"fields": ("role", "time_zone")}))


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("at", "actor", "action", "target")
    list_filter = ("action",)
    readonly_fields = ("at", "actor", "action", "target", "details")
