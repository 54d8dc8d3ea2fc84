from django.contrib import admin

from ownup.incidents.models import AffectedCustomer, Incident, TimelineEntry


class TimelineInline(admin.TabularInline):  # type: ignore[type-arg]
    model = TimelineEntry
    extra = 0
    fields = ("at", "kind", "public", "stage", "body", "actor")


@admin.register(Incident)
class IncidentAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "severity", "stage", "opened_at", "resolved_at")
    list_filter = ("stage", "severity")
    search_fields = ("title", "summary")
    readonly_fields = ("public_id",)
    inlines = (TimelineInline,)


@admin.register(AffectedCustomer)
class AffectedCustomerAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("incident", "customer", "reason", "added_at")
    list_select_related = ("incident", "customer")
    raw_id_fields = ("customer",)
