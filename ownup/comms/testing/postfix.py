"""A private Postfix on a loopback port that accepts every message and throws it away.

The delivery tests and benchmarks send to it as they would to a real relay. It is Debian's
Postfix with its own configuration, queue and log in one folder, so a system Postfix, running
or not, is never touched. Postfix starts as root and then runs as its own `postfix` user.

What it accepted is read back from its log: a message counts once Postfix has queued it,
which is exactly when it answers 250 to the sender.
"""

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from ownup.loopback import free_port

POSTFIX = "/usr/sbin/postfix"
START_SECONDS = 20.0
DRAIN_SECONDS = 120.0
SETTLE_SECONDS = 0.3
QUEUES = ("maildrop", "incoming", "active", "deferred", "hold")

# Nothing is delivered anywhere: every recipient from loopback is relayed to `discard`.
MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {folder}/queue
data_directory = {folder}/data
maillog_file = {folder}/maillog
maillog_file_prefixes = {folder}
syslog_name = postfix-ownup
myhostname = postfix.ownup.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions =
smtpd_delay_reject = yes
smtpd_peername_lookup = no
smtpd_client_connection_count_limit = 0
smtpd_client_connection_rate_limit = 0
smtpd_client_message_rate_limit = 0
smtpd_error_sleep_time = 0
in_flow_delay = 0
default_process_limit = 200
default_transport = discard
relay_transport = discard
local_transport = discard
alias_maps =
alias_database =
notify_classes =
biff = no
enable_long_queue_ids = yes
"""

# The services a queue-and-discard relay needs, none chrooted (the queue folder is not a
# prepared chroot).
MASTER_CF = """\
127.0.0.1:{port} inet n - n - - smtpd
pickup    unix n - n 60 1 pickup
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""

QUEUED = re.compile(r" postfix-ownup/qmgr\[\d+\]: (\w+): from=<")
REMOVED = re.compile(r" postfix-ownup/qmgr\[\d+\]: (\w+): removed$")
DISCARDED = re.compile(r" postfix-ownup/discard\[\d+\]: (\w+): to=<([^>]*)>,.* status=sent ")


class PostfixUnavailable(Exception):
    """Postfix cannot be started here (not installed, or not root); says why."""


@dataclass
class PostfixSink:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.folder / "maillog"

    @classmethod
    def start(cls) -> Self:
        """Configure and start a new instance in a folder of its own; it listens on return."""
        if not Path(POSTFIX).exists():
            raise PostfixUnavailable(f"{POSTFIX} is not installed (apt-get install postfix)")
        if os.geteuid() != 0:
            raise PostfixUnavailable("Postfix is started by root only")
        # Postfix's own user has to reach the queue and the log inside it.
        folder = Path(tempfile.mkdtemp(prefix="ownup-postfix-"))
        folder.chmod(0o755)
        sink = cls(folder=folder, port=free_port())
        (folder / "conf").mkdir()
        (folder / "queue").mkdir()
        (folder / "data").mkdir()
        shutil.chown(folder / "data", user="postfix")
        (folder / "conf" / "main.cf").write_text(MAIN_CF.format(folder=folder))
        (folder / "conf" / "master.cf").write_text(MASTER_CF.format(port=sink.port))
        try:
            sink._postfix("start")
            sink._wait_until_listening()
        except BaseException:
            sink.stop()
            raise
        return sink

    def stop(self) -> None:
        """Stop the instance and remove its folder; safe to call twice."""
        if (self.folder / "queue" / "pid" / "master.pid").exists():
            subprocess.run(
                [POSTFIX, "-c", str(self.folder / "conf"), "stop"],
                capture_output=True,
                check=False,
                timeout=60,
            )
        shutil.rmtree(self.folder, ignore_errors=True)

    def log_position(self) -> int:
        """Where the log ends now: count what was accepted after this point."""
        return self.log.stat().st_size if self.log.exists() else 0

    def accepted(self, *, since: int = 0) -> Counter[str]:
        """How many times each recipient was accepted since a log position.

        Waits until Postfix has finished with everything it accepted, so the log is complete.
        """
        deadline = time.monotonic() + DRAIN_SECONDS
        settled_at: int | None = None
        while True:
            queued, removed, recipients = self._read_log(since)
            finished = queued == removed == set(recipients)
            if finished and not self._queue_files():
                # Lines reach the log from several processes: wait until it stops growing.
                if settled_at == self.log_position():
                    return Counter(recipients.values())
                settled_at = self.log_position()
            else:
                settled_at = None
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"Postfix in {self.folder} did not finish: {len(queued)} accepted, "
                    f"{len(recipients)} discarded, {len(removed)} removed"
                )
            time.sleep(SETTLE_SECONDS)

    def _read_log(self, since: int) -> tuple[set[str], set[str], dict[str, str]]:
        queued: set[str] = set()
        removed: set[str] = set()
        recipients: dict[str, str] = {}
        with self.log.open(encoding="utf-8", errors="replace") as log:
            log.seek(since)
            for line in log:
                line = line.rstrip("\n")
                if found := QUEUED.search(line):
                    queued.add(found[1])
                elif found := REMOVED.search(line):
                    removed.add(found[1])
                elif found := DISCARDED.search(line):
                    recipients[found[1]] = found[2]
        return queued, removed, recipients

    def _queue_files(self) -> bool:
        queue = self.folder / "queue"
        return any(path.is_file() for name in QUEUES for path in (queue / name).rglob("*"))

    def _postfix(self, command: str) -> None:
        done = subprocess.run(
            [POSTFIX, "-c", str(self.folder / "conf"), command],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        if done.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            raise PostfixUnavailable(
                f"postfix {command} exited with {done.returncode}: {done.stderr}{log}".strip()
            )

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise PostfixUnavailable(f"Postfix did not listen on port {self.port} in time")
