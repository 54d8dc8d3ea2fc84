"""The words of a boundary message: what is theirs to do, and how we can still help.

`boundary_slots()` fills the slots of the comms "Boundary" starter (what happened, what it
means, what we offer, next step, help) so the message states the agreement calmly, never
blames, and always ends with a way forward: the paid or best-effort options first.
"""

from ownup.agreements.services import Boundary
from ownup.agreements.terms import DUTY_NAMES

# What the duty being theirs means in practice, said plainly.
DUTY_MEANS = {
    "backups": "That means restoring your data normally starts from the copies you keep.",
    "dns": "That means changes to your domain records are made where you manage them.",
    "updates": "That means installing updates on your software is normally done by you.",
}


def options_text(boundary: Boundary) -> str:
    if not boundary.options:
        return (
            f"We can still help: at no charge, we will go through it with you step by step "
            f"on a call and look at your {DUTY_NAMES.get(boundary.duty, boundary.duty)} "
            f"with you, so it is easier next time."
        )
    lines = [f"- {option.name}: {option.price_text}" for option in boundary.options]
    return "Here is what we can offer to help:\n" + "\n".join(lines)


def boundary_slots(boundary: Boundary, *, request: str = "") -> dict[str, str]:
    """Slot texts for a boundary message about `boundary`, for the request in their words."""
    asked = request.strip().rstrip(".")
    duty = DUTY_NAMES.get(boundary.duty, boundary.duty)
    channels = [str(c) for c in (boundary.agreement.support_channels or [])]
    hours = boundary.agreement.support_hours
    help_text = "Reply to this email with any question"
    if channels:
        listed = (
            ", ".join(channels[:-1]) + " or " + channels[-1] if len(channels) > 1 else channels[0]
        )
        help_text += f", or reach us by {listed}"
    if hours:
        help_text += f" ({hours})"
    return {
        "what_happened": f"You asked us to {asked}." if asked else f"You asked us about {duty}.",
        "impact": f"{boundary.statement} {DUTY_MEANS.get(boundary.duty, '')}".strip(),
        "remedy": options_text(boundary),
        "next_steps": (
            "Reply with the option you would like and we will start on it"
            if boundary.options
            else "Reply with a time that suits you and we will call you"
        ),
        "time": "within 2 working hours.",
        "help": help_text + ".",
    }
