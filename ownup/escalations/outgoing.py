"""What a call for help sends: a mail to the person asked, a post to the team's chat.

The mail carries the question, the context and a signed link that acknowledges as that
person. The chat posts (the team's room, and the person's own webhook if they set one)
carry the same news but link to the call in ownup instead: a room, or a pager's history,
must not hold a link that acknowledges in someone's name.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from ownup.accounts.models import User
from ownup.comms.models import Channel
from ownup.comms.outbox import Outgoing
from ownup.escalations.context import context_lines
from ownup.escalations.models import HelpRequest, HelpWebhook
from ownup.escalations.tokens import acknowledge_token

WEBHOOK_RECIPIENT = "escalation-webhook"


def app_url(path: str) -> str:
    return settings.OWNUP_PUBLIC_URL + path


def help_url(help_request: HelpRequest) -> str:
    return app_url(reverse("escalations:detail", args=[help_request.reference]))


def acknowledge_url(help_request: HelpRequest, user: User) -> str:
    token = acknowledge_token(help_request_id=help_request.pk, user_id=user.pk)
    return app_url(reverse("escalations:acknowledge_link", args=[token]))


def _html(text: str) -> str:
    """The text mail as HTML: paragraphs kept, every line that is a link made one."""
    paragraphs = []
    for block in text.strip().split("\n\n"):
        lines = [
            f'<a href="{escape(line)}">{escape(line)}</a>'
            if line.startswith(("http://", "https://"))
            else escape(line)
            for line in block.splitlines()
        ]
        paragraphs.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(paragraphs)


def _mail(
    help_request: HelpRequest, *, to: User, topic: str, template: str, extra: dict[str, object]
) -> list[Outgoing]:
    if not to.email:
        return []
    context = {
        "help": help_request,
        "lines": context_lines(help_request.context),
        "open_url": help_url(help_request),
        **extra,
    }
    text = render_to_string(f"escalations/email/{template}.txt", context)
    subject = render_to_string(f"escalations/email/{template}_subject.txt", context)
    return [
        Outgoing(
            topic=topic,
            recipient=f"user:{to.pk}",
            channel=Channel.EMAIL,
            to_address=to.email,
            subject=" ".join(subject.split()),
            body_text=text,
            body_html=_html(text),
            incident=help_request.incident,
        )
    ]


def _chat(
    help_request: HelpRequest, *, topic: str, text: str, person: User | None = None
) -> list[Outgoing]:
    """The post to the team's room and, when `person` has one, to their own webhook."""
    targets = []
    if settings.OWNUP_ESCALATION_WEBHOOK_URL:
        targets.append((WEBHOOK_RECIPIENT, settings.OWNUP_ESCALATION_WEBHOOK_URL))
    own = HelpWebhook.objects.filter(user=person).first() if person else None
    if own is not None:
        targets.append((f"user-webhook:{own.user_id}", own.url))
    return [
        Outgoing(
            topic=topic,
            recipient=recipient,
            channel=Channel.WEBHOOK,
            to_address=url,
            subject="",
            body_text=text,
            payload={"text": text},
            incident=help_request.incident,
        )
        for recipient, url in targets
    ]


def ask_messages(
    help_request: HelpRequest,
    *,
    person: User,
    next_person: User | None,
    passed_from: User | None,
    minutes: int,
) -> list[Outgoing]:
    """The mail to the person asked now and the chat post, once per step of the call."""
    topic = f"help:{help_request.pk}:{help_request.step}"
    mail = _mail(
        help_request,
        to=person,
        topic=topic,
        template="ask",
        extra={
            "person": person,
            "next_person": next_person,
            "passed_from": passed_from,
            "minutes": minutes,
            "acknowledge_url": acknowledge_url(help_request, person),
        },
    )
    passed = f" (passed on: {passed_from} did not acknowledge)" if passed_from else ""
    chat = _chat(
        help_request,
        topic=topic,
        text=f"{help_request.asked_by} asks {person} for help with {help_request.about_label}"
        f"{passed}: {help_request.question}\n"
        f"{person} has {minutes} min to acknowledge: {help_url(help_request)}",
        person=person,
    )
    return mail + chat


def exhausted_messages(help_request: HelpRequest) -> list[Outgoing]:
    """Tell the asker, and the room, that everyone on the list was asked and nobody answered."""
    topic = f"help:{help_request.pk}:exhausted"
    return _mail(
        help_request, to=help_request.asked_by, topic=topic, template="exhausted", extra={}
    ) + _chat(
        help_request,
        topic=topic,
        text=f"Nobody acknowledged {help_request.asked_by}'s call for help with "
        f"{help_request.about_label}; everyone on the escalation list was asked: "
        f"{help_url(help_request)}",
    )


def answered_messages(help_request: HelpRequest) -> list[Outgoing]:
    """The answer, to the person who asked."""
    return _mail(
        help_request,
        to=help_request.asked_by,
        topic=f"help:{help_request.pk}:answered",
        template="answered",
        extra={},
    )
