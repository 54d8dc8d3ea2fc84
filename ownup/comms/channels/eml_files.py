"""The zero-setup mail backend: each message becomes one .eml file a mail client can open."""

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage


class EmlFileBackend(BaseEmailBackend):
    def __init__(self, *, file_path: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.directory = Path(file_path)

    def open(self) -> bool:
        self.directory.mkdir(parents=True, exist_ok=True)
        return True

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        self.open()
        for email in email_messages:
            message = email.message()
            stem = re.sub(r"[^A-Za-z0-9._-]", "_", str(message["Message-ID"]).strip("<>"))
            target = self.directory / f"{stem}.eml"
            partial = target.with_suffix(".eml.part")
            partial.write_bytes(message.as_bytes(policy=message.policy.clone(linesep="\r\n")))
            os.replace(partial, target)  # a reader never sees half a message
        return len(email_messages)
