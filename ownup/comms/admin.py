from django.contrib import admin

from ownup.comms.models import Batch, MessageTemplate, Notice, OutboxMessage


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("name", "kind", "subject")
    list_filter = ("kind",)


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("__str__", "subject", "updated_at")


@admin.register(Batch)
class BatchAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("reference", "notice", "created_by", "created_at", "queued")


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Read-only: what was sent is a record, not a draft."""

    list_display = ("to_address", "subject", "status", "attempts", "possible_duplicate", "sent_at")
    list_filter = ("status", "possible_duplicate")
    search_fields = ("to_address", "message_id")
    raw_id_fields = ("customer", "batch", "notice")

    def has_change_permission(self, request: object, obj: object = None) -> bool:
        return False

    def has_add_permission(self, request: object) -> bool:
        return False
