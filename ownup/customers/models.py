from typing import ClassVar

from django.conf import settings
from django.db import models


class Customer(models.Model):
    """One customer as the business knows them, keyed by the business's own identifier."""

    # Few indexes on purpose: each one slows a million-row import, and lookups by name, email
    # or phone go through the in-process lookup index instead.
    key = models.CharField(max_length=200)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(max_length=254, blank=True)
    phone = models.CharField(max_length=50, blank=True)
    # Every other column of the source, typed: server, plan, signed_up, monthly_fee, …
    attributes = models.JSONField(default=dict, blank=True)
    source = models.CharField(max_length=200, blank=True)
    imported_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Every write sets it, so "has anything changed since?" is one indexed lookup.
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        ordering: ClassVar = ["name", "key"]
        # A constraint rather than unique=True: PostgreSQL then builds one index, not two.
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["key"], name="one_customer_per_key")
        ]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email or self.key


class CustomerList(models.Model):
    """A list a customer was on: "signed up for the 2020 project", "newsletter"."""

    name = models.CharField(max_length=200, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["name"]

    def __str__(self) -> str:
        return self.name


class ListMembership(models.Model):
    customer_list = models.ForeignKey(
        CustomerList, on_delete=models.CASCADE, related_name="memberships"
    )
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="memberships")
    added_at = models.DateTimeField()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["customer_list", "customer"], name="on_a_list_once")
        ]

    def __str__(self) -> str:
        return f"{self.customer} on {self.customer_list}"


class CustomerImport(models.Model):
    """One import of a source: when, by whom, and what it changed."""

    source = models.CharField(max_length=300)
    customer_list = models.ForeignKey(
        CustomerList, null=True, blank=True, on_delete=models.SET_NULL
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    added = models.PositiveIntegerField(default=0)
    changed = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    missing_from_source = models.PositiveIntegerField(default=0)
    pruned = models.PositiveIntegerField(default=0)
    skipped_rows = models.PositiveIntegerField(default=0)

    class Meta:
        ordering: ClassVar = ["-finished_at", "-id"]

    def __str__(self) -> str:
        return f"{self.source} at {self.finished_at:%Y-%m-%d %H:%M}"


class Segment(models.Model):
    """A saved filter over customers: a SQL WHERE clause, built by hand or by the builder."""

    name = models.CharField(max_length=200, unique=True)
    where = models.TextField()
    # The builder's rows ([{"attribute", "operator", "value"}], joined by "and"/"or"), if built so.
    conditions = models.JSONField(default=dict, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["name"]

    def __str__(self) -> str:
        return self.name
