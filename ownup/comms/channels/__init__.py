"""Delivery channels: one class each behind `Channel`, so a new one is one new file."""

from ownup.comms.channels.base import Channel, DeliveryError, RelayUnavailable

__all__ = ["Channel", "DeliveryError", "RelayUnavailable"]
