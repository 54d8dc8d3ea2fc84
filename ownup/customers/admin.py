from django.contrib import admin

from ownup.customers.models import Customer


@admin.register(Customer)
class CustomerAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("key", "name", "email", "source", "imported_at")
    search_fields = ("key", "name", "email", "phone")
