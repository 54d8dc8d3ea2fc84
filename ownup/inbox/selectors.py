from django.db.models import QuerySet

from ownup.errors import UserError
from ownup.inbox.models import InboundMessage, InboundStatus


def inbound_by_reference(reference: str) -> InboundMessage:
    """`M-12` (or `12`) as the message; a UserError names a reference that does not exist."""
    number = reference.strip().upper().removeprefix("M-")
    message = (
        InboundMessage.objects.select_related("raw", "incident", "customer", "replied_to")
        .filter(pk=int(number))
        .first()
        if number.isdigit()
        else None
    )
    if message is None:
        raise UserError(f"message: there is no message '{reference}' (they look like M-12)")
    return message


def inbound_listed(*, everything: bool = False) -> QuerySet[InboundMessage]:
    """Newest first: the messages waiting for an answer, or with `everything` all of them."""
    messages = InboundMessage.objects.select_related("incident", "customer").defer("text")
    if not everything:
        messages = messages.filter(status=InboundStatus.WAITING)
    return messages.order_by("-received_at", "-id")
