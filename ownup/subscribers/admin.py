from django.contrib import admin

from ownup.subscribers.models import Subscriber


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "kind", "all_components", "confirmed_at", "unsubscribed_at")
    list_filter = ("kind", "all_components")
    search_fields = ("email", "url")
    filter_horizontal = ("components",)
    readonly_fields = ("created_at",)
