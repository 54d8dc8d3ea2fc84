from django.contrib import admin

from ownup.inbox.models import InboundMessage


@admin.register(InboundMessage)
class InboundMessageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("reference", "sender", "subject", "kind", "status", "received_at")
    list_filter = ("kind", "status")
    search_fields = ("sender", "subject", "message_id")
    raw_id_fields = ("raw", "incident", "customer", "replied_to", "answered_by")
