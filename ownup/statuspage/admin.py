from django.contrib import admin

from ownup.statuspage.models import (
    Component,
    ComponentGroup,
    IncidentImpact,
    Maintenance,
    MaintenanceUpdate,
)


@admin.register(ComponentGroup)
class ComponentGroupAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "position")
    list_editable = ("position",)


@admin.register(Component)
class ComponentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "group", "status", "position")
    list_editable = ("group", "status", "position")
    exclude = ("created_at",)


@admin.register(IncidentImpact)
class IncidentImpactAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("incident", "component", "status", "started_at", "ended_at")


class MaintenanceUpdateInline(admin.TabularInline):  # type: ignore[type-arg]
    model = MaintenanceUpdate
    extra = 1
    fields = ("at", "status", "body")


@admin.register(Maintenance)
class MaintenanceAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("title", "status", "scheduled_for", "scheduled_until")
    list_filter = ("status",)
    filter_horizontal = ("components",)
    readonly_fields = ("public_id", "created_at", "started_at", "completed_at")
    inlines = (MaintenanceUpdateInline,)
