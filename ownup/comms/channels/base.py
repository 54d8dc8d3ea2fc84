from abc import ABC, abstractmethod
from types import TracebackType
from typing import Self

from ownup.comms.models import OutboxMessage


class DeliveryError(Exception):
    """This one message was not delivered; `permanent` means trying again will not help."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class RelayUnavailable(Exception):
    """No message can go out through this channel now (unreachable, login refused)."""


class Channel(ABC):
    """Opened once for a run of messages, then `send` for each; closed on leaving."""

    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def send(self, message: OutboxMessage) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
