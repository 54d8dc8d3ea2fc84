from abc import ABC, abstractmethod

from ownup.comms.models import OutboxMessage


class DeliveryError(Exception):
    """This one message was not delivered; `permanent` means trying again will not help."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class RelayUnavailable(Exception):
    """No message can go out through this channel now (unreachable, gone away)."""


class LoginRefused(RelayUnavailable):
    """The server refused our credentials: no retry will help until someone fixes them."""


class Channel(ABC):
    """One connection to a receiving server: opened once, `send` for each message, closed.

    `send` answers with the server's reply ("250 2.0.0 Ok: queued as …") or raises
    DeliveryError for this message, RelayUnavailable when nothing can go out now.
    A channel is used by one thread at a time.
    """

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def send(self, message: OutboxMessage) -> str: ...

    @abstractmethod
    def close(self) -> None: ...
