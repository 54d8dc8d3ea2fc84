"""A private Dovecot IMAP server on loopback ports, with one mailbox user and a throwaway maildir.

The inbox tests and benchmark read replies from it exactly as from a real mail provider.
It is Debian's Dovecot with its own configuration, run directory, log and maildir in one
folder, as the current user, so a system Dovecot, running or not, is never touched. (Dovecot
will not serve mail as root: started by root, it uses Debian's `dovecot` and `dovenull`
users, as a packaged Dovecot does.) It
speaks plain IMAP on one port and IMAPS (with a self-signed certificate) on another.
"""

import grp
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from email.utils import make_msgid
from pathlib import Path
from typing import Self
from urllib.parse import quote

import imapclient

from ownup.loopback import free_port

DOVECOT = "/usr/sbin/dovecot"
START_SECONDS = 20.0
USER = "replies"
PASSWORD = "s3cret-replies"

CONF = """\
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
instance_name = ownup-{port}
protocols = imap
listen = 127.0.0.1
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {login_user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_cache_size = 0
# A refused login answers at once: the tests of a wrong password need not wait.
auth_failure_delay = 0
mail_location = maildir:{folder}/mail/%u
mail_fsync = never
mailbox_list_index = yes
ssl = yes
ssl_cert = <{folder}/cert.pem
ssl_key = <{folder}/key.pem
imap_max_line_length = 1M
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
service auth {{
  chroot =
}}
service anvil {{
  chroot =
}}
service imap {{
  process_limit = 16
}}
"""


class DovecotUnavailable(Exception):
    """Dovecot cannot be started here (not installed, or it refused); says why."""


@dataclass
class DovecotServer:
    folder: Path
    port: int
    ssl_port: int
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    user: str = USER
    password: str = PASSWORD

    def url(self, *, password: str | None = None, folder: str = "INBOX") -> str:
        """`imap://replies:…@127.0.0.1:port/INBOX`, the form OWNUP_IMAP_URL takes."""
        secret = quote(self.password if password is None else password, safe="")
        return f"imap://{self.user}:{secret}@127.0.0.1:{self.port}/{folder}"

    def ssl_url(self) -> str:
        secret = quote(self.password, safe="")
        return f"imaps://{self.user}:{secret}@127.0.0.1:{self.ssl_port}/INBOX"

    @property
    def maildir(self) -> Path:
        return self.folder / "mail" / self.user

    @property
    def cert(self) -> Path:
        return self.folder / "cert.pem"

    @classmethod
    def start(cls) -> Self:
        """Configure and start a new instance in a folder of its own; it listens on return."""
        if not Path(DOVECOT).exists():
            raise DovecotUnavailable(f"{DOVECOT} is not installed (apt-get install dovecot-imapd)")
        folder = Path(tempfile.mkdtemp(prefix="ownup-dovecot-"))
        server = cls(folder=folder, port=free_port(), ssl_port=free_port())
        try:
            server._configure()
            server._launch()
        except BaseException:
            server.stop()
            raise
        return server

    def _configure(self) -> None:
        as_root = os.geteuid() == 0
        account = pwd.getpwnam("dovecot") if as_root else pwd.getpwuid(os.getuid())
        login_user = "dovenull" if as_root else account.pw_name
        self.folder.chmod(0o755)
        for name in ("run", "state", "mail"):
            (self.folder / name).mkdir()
        shutil.chown(self.folder / "mail", user=account.pw_uid, group=account.pw_gid)
        (self.folder / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}\n")
        # Dovecot reads the key before it drops privileges; a throwaway self-signed pair.
        done = subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", str(self.folder / "key.pem"), "-out", str(self.cert),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )  # fmt: skip
        if done.returncode != 0:
            raise DovecotUnavailable(f"openssl could not make a certificate: {done.stderr}")
        (self.folder / "dovecot.conf").write_text(
            CONF.format(
                folder=self.folder,
                port=self.port,
                ssl_port=self.ssl_port,
                user=account.pw_name,
                login_user=login_user,
                group=grp.getgrgid(account.pw_gid).gr_name,
                uid=account.pw_uid,
                gid=account.pw_gid,
            )
        )

    def _launch(self) -> None:
        log = self.folder / "stderr.log"
        with log.open("wb") as errors:
            self.process = subprocess.Popen(
                [DOVECOT, "-F", "-c", str(self.folder / "dovecot.conf")],
                stdout=errors,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise DovecotUnavailable(
                    f"dovecot exited with {self.process.returncode}: "
                    f"{log.read_text(errors='replace')}{self._log_text()}".strip()
                )
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                socket.create_connection(("127.0.0.1", self.ssl_port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise DovecotUnavailable(f"Dovecot did not listen on port {self.port} in time")

    def _log_text(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        """Stop the instance and remove its folder; safe to call twice."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=20)
        shutil.rmtree(self.folder, ignore_errors=True)

    def client(self) -> imapclient.IMAPClient:
        """A logged-in IMAP connection, for tests to put messages in and look at flags."""
        client = imapclient.IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        return client

    def append(self, *messages: bytes, folder: str = "INBOX") -> None:
        """Deliver messages into a folder, unread, as a mail provider would."""
        with self.client() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for message in messages:
                client.append(folder, message)

    def unseen(self, folder: str = "INBOX") -> int:
        """Messages not marked \\Seen, read from the maildir's file names without logging in.

        After a refused login Dovecot slows every login from the same address for a while;
        looking at the files instead keeps those tests fast.
        """
        path = self.maildir if folder == "INBOX" else self.maildir / f".{folder}"
        fresh = sum(1 for _ in (path / "new").iterdir()) if (path / "new").exists() else 0
        read = 0
        for name in (path / "cur").iterdir() if (path / "cur").exists() else ():
            flags = name.name.partition(":2,")[2]
            read += 0 if "S" in flags else 1
        return fresh + read

    def count(self, folder: str = "INBOX") -> int:
        with self.client() as client:
            return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def write_maildir(self, messages: list[bytes]) -> None:
        """Put messages straight into the inbox's maildir: far faster than APPEND for many.

        Call it before the first login or between sessions; Dovecot notices new files.
        """
        new = self.maildir / "new"
        for name in ("new", "cur", "tmp"):
            (self.maildir / name).mkdir(parents=True, exist_ok=True)
        stamp = int(time.time())
        for number, message in enumerate(messages):
            (new / f"{stamp}.M{number}P{os.getpid()}.ownup").write_bytes(message)
        if os.geteuid() == 0:
            account = pwd.getpwnam("dovecot")
            for path in [self.maildir.parent, *self.maildir.rglob("*"), self.maildir]:
                os.chown(path, account.pw_uid, account.pw_gid)

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))


def message_id() -> str:
    return make_msgid(domain="customer.example")
