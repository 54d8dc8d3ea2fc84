"""Replies pushed to us by a mail provider: one raw RFC 822 message per signed POST.

The provider signs `<timestamp>.<body>` with HMAC-SHA256 and OWNUP_INBOUND_SECRET, and sends
`X-Ownup-Timestamp: <unix seconds>` and `X-Ownup-Signature: sha256=<hex>`. The timestamp is
inside what is signed, so an old request cannot be made fresh; one older than a few minutes
is refused, and one replayed within them stores nothing new (a Message-ID is taken once).
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ownup.inbox.services import inbound_take

SIGNATURE_HEADER = "X-Ownup-Signature"
TIMESTAMP_HEADER = "X-Ownup-Timestamp"
FRESH_SECONDS = 300


def inbound_signature(body: bytes, *, timestamp: str, secret: str) -> str:
    """The header value a provider sends with `body` at `timestamp`: `sha256=<hex>`."""
    signed = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def _refuse(status: int, error: str) -> JsonResponse:
    return JsonResponse({"error": error}, status=status)


# Signed by a shared secret, not a session: there is no cookie for a forged form to ride on.
@csrf_exempt
@require_POST
def inbound_webhook(request: HttpRequest) -> JsonResponse:
    secret = settings.OWNUP_INBOUND_SECRET
    if not secret:
        raise Http404("inbound webhook is not configured")
    limit = settings.OWNUP_INBOUND_MAX_BYTES
    try:
        declared = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        return _refuse(413, f"a message may be at most {limit} bytes")
    signature = request.headers.get(SIGNATURE_HEADER, "")
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    if not signature or not timestamp:
        return _refuse(401, f"sign the request: {SIGNATURE_HEADER} and {TIMESTAMP_HEADER}")
    # Read the stream directly: request.body stops at Django's 2.5 MB form limit.
    body = request.read(limit + 1)
    if len(body) > limit:
        return _refuse(413, f"a message may be at most {limit} bytes")
    expected = inbound_signature(body, timestamp=timestamp, secret=secret)
    if not hmac.compare_digest(expected, signature):
        return _refuse(403, "the signature does not match the body")
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return _refuse(403, f"{TIMESTAMP_HEADER} is not a number of seconds")
    if age > FRESH_SECONDS:
        return _refuse(403, f"{TIMESTAMP_HEADER} is more than {FRESH_SECONDS} seconds away")
    if not body.strip():
        return _refuse(400, "the body is empty: send the raw message")
    message, new = inbound_take(body, source="webhook", now=timezone.now())
    return JsonResponse(
        {"reference": message.reference, "new": new, "kind": message.kind},
        status=200,
    )
