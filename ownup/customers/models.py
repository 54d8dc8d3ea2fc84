from typing import ClassVar

from django.db import models


class Customer(models.Model):
    """One customer as the business knows them, keyed by the business's own identifier."""

    key = models.CharField(max_length=200, unique=True)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254, blank=True, db_index=True)
    phone = models.CharField(max_length=50, blank=True)
    # Every other column of the source, typed: server, plan, signed_up, monthly_fee, …
    attributes = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=200, blank=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["name", "key"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email or self.key
