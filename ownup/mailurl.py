"""OWNUP_EMAIL_URL as a Django MAILERS entry; no Django imports, so settings can use it."""

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

SMTP_TIMEOUT_SECONDS = 30
SMTP_PORTS = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}
BACKENDS = {
    "file": "ownup.comms.channels.eml_files.EmlFileBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "memory": "django.core.mail.backends.locmem.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}


class EmailUrlError(ValueError):
    pass


def mailer_from_url(url: str) -> dict[str, Any]:
    """`file:///var/mail`, `console:`, `smtp://user:pass@host:587?starttls`, `smtps://host`."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "file":
        return {"BACKEND": BACKENDS["file"], "OPTIONS": {"file_path": unquote(parts.path)}}
    if scheme in ("console", "memory"):
        return {"BACKEND": BACKENDS[scheme], "OPTIONS": {}}
    if scheme in SMTP_PORTS:
        query = parse_qs(parts.query, keep_blank_values=True)
        return {
            "BACKEND": BACKENDS["smtp"],
            "OPTIONS": {
                "host": parts.hostname or "localhost",
                "port": parts.port or SMTP_PORTS[scheme],
                "username": unquote(parts.username or ""),
                "password": unquote(parts.password or ""),
                "use_ssl": scheme == "smtps",
                "use_tls": scheme == "smtp+starttls" or "starttls" in query,
                "timeout": SMTP_TIMEOUT_SECONDS,
            },
        }
    raise EmailUrlError(
        f"OWNUP_EMAIL_URL: '{scheme}:' is not one of file:, console:, smtp:, smtps:, smtp+starttls:"
    )
