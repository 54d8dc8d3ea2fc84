from django.contrib import admin

from ownup.statuspage.models import Component, IncidentImpact


@admin.register(Component)
class ComponentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "status", "position")
    list_editable = ("status", "position")


@admin.register(IncidentImpact)
class IncidentImpactAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("incident", "component", "status")
