"""`python -m bench`: run every figure in its own process on its own database; print a table.

Settings are read from the environment when Django starts, so each figure runs as
`python -m bench.<module>` with OWNUP_DATABASE_URL, OWNUP_EMAIL_URL and OWNUP_VAR_DIR
pointing into a temporary folder, and everything it made is removed afterwards.
"""

import argparse
import json
import os
import platform
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path
from types import TracebackType
from typing import Self

import psycopg
from psycopg import sql
from psycopg.abc import Query
from rich.console import Console
from rich.table import Table

from bench import Figures, free_port
from ownup.comms.testing.postfix import PostfixSink, PostfixUnavailable

REPO = Path(__file__).resolve().parent.parent
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
SMTP_START_SECONDS = 15
STDERR_LINES_SHOWN = 25
PIPED_WIDTH = 140


@dataclass(frozen=True)
class Sizes:
    customers: int
    messages: int
    status_calls: int
    scale_customers: int
    delivery: int


DEFAULT_SIZES = Sizes(
    customers=100_000,
    messages=20_000,
    status_calls=50,
    scale_customers=1_000_000,
    delivery=100_000,
)
QUICK_SIZES = Sizes(
    customers=2_000, messages=500, status_calls=50, scale_customers=20_000, delivery=500
)


class BenchError(Exception):
    """The benchmark cannot start at all (no PostgreSQL server, say); one line says why."""


class FigureFailed(Exception):
    """One figure could not be measured; the others still are."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


@dataclass(frozen=True)
class Row:
    figure: str
    size: str
    time: str
    rate: str = ""
    peak_rss: str = ""
    note: str = ""


# Databases ------------------------------------------------------------------------------


class Database(ABC):
    url: str

    @abstractmethod
    def clone(self) -> "Database":
        """A copy to run a second scenario from the same starting point; only while idle."""

    @abstractmethod
    def drop(self) -> None: ...


class SqliteDatabase(Database):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"

    def clone(self) -> "SqliteDatabase":
        copy = SqliteDatabase(self.path.with_name(f"ownup-{secrets.token_hex(4)}.sqlite3"))
        # Nobody has it open: the file and its write-ahead log together are the database.
        for suffix in ("", "-wal"):
            source = Path(f"{self.path}{suffix}")
            if source.exists():
                shutil.copyfile(source, f"{copy.path}{suffix}")
        return copy

    def drop(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)


class PostgresDatabase(Database):
    def __init__(self, name: str) -> None:
        self.name = name
        self.url = f"{POSTGRES_SERVER}/{name}"

    @classmethod
    def create(cls, *, template: str | None = None) -> "PostgresDatabase":
        name = f"ownup_bench_{os.getpid()}_{secrets.token_hex(4)}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        _postgres_run(statement)
        return cls(name)

    def clone(self) -> "PostgresDatabase":
        return PostgresDatabase.create(template=self.name)

    def drop(self) -> None:
        _postgres_run(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name))
        )


def _postgres_run(statement: Query) -> str:
    """Run one statement on the server's maintenance database; the first cell it returns."""
    try:
        with psycopg.connect(f"{POSTGRES_SERVER}/postgres", autocommit=True) as connection:
            cursor = connection.execute(statement)
            row = cursor.fetchone() if cursor.description else None
    except psycopg.OperationalError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BenchError(f"PostgreSQL at {POSTGRES_SERVER}: {reason}") from None
    return str(row[0]) if row else ""


class Workplace:
    """A temporary folder and every database made for one figure, all gone on leaving."""

    def __init__(self, *, postgres: bool) -> None:
        self.postgres = postgres
        self.folder = Path(tempfile.mkdtemp(prefix="ownup-bench-"))
        self.databases: list[Database] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            for database in self.databases:
                database.drop()
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def new_database(self) -> Database:
        database: Database = (
            PostgresDatabase.create()
            if self.postgres
            else SqliteDatabase(self.folder / "ownup.sqlite3")
        )
        self.databases.append(database)
        return database

    def clone(self, database: Database) -> Database:
        copy = database.clone()
        self.databases.append(copy)
        return copy

    @property
    def mail_url(self) -> str:
        return f"file://{self.folder / 'mail'}"

    def run(
        self, module: str, *args: str, database: Database, email_url: str | None = None
    ) -> Figures:
        """Run `python -m bench.<module>` against `database`; the figures it printed."""
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "ownup.settings",
            "OWNUP_DATABASE_URL": database.url,
            "OWNUP_EMAIL_URL": email_url or self.mail_url,
            "OWNUP_VAR_DIR": str(self.folder),
        }
        done = subprocess.run(
            [sys.executable, "-m", f"bench.{module}", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        lines = done.stdout.strip().splitlines()
        if done.returncode != 0 or not lines:
            raise FigureFailed(f"bench.{module} exited with status {done.returncode}", done.stderr)
        figures: Figures = json.loads(lines[-1])
        return figures


# The SMTP peer ---------------------------------------------------------------------------


@contextmanager
def smtp_sink(folder: Path) -> Iterator[str]:
    """A real SMTP server on loopback that accepts every message and keeps none; its URL."""
    if find_spec("aiosmtpd") is None:
        raise FigureFailed("aiosmtpd is not installed (it comes with `make install`)")
    port = free_port()
    log_path = folder / "smtp-server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "aiosmtpd",
                "--nosetuid",
                "--listen",
                f"127.0.0.1:{port}",
                "--class",
                "aiosmtpd.handlers.Sink",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_listening(port, server, log_path)
            yield f"smtp://127.0.0.1:{port}"
        finally:
            server.terminate()
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _wait_until_listening(port: int, server: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + SMTP_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise FigureFailed("the SMTP server exited at start", log_path.read_text())
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise FigureFailed(
        f"the SMTP server did not listen on port {port} within {SMTP_START_SECONDS} s"
    )


# Figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    sizes: Sizes
    postgres: bool

    def workplace(self) -> Workplace:
        return Workplace(postgres=self.postgres)


def _seconds(value: float) -> str:
    return f"{value:,.2f} s" if value >= 1 else f"{value * 1000:,.1f} ms"


def _rate(count: int, seconds: float, unit: str) -> str:
    return f"{count / seconds:,.0f} {unit}/s" if seconds > 0 else "-"


def _mib(value: float) -> str:
    return f"{value:,.0f} MiB"


def demo_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run("demo", database=place.new_database())
    yield Row(
        "demo load, empty database",
        f"{f['customers']:,} customers",
        _seconds(f["seconds"]),
        "",
        _mib(f["peak_rss_mib"]),
        f"{f['staff']} staff, 1 incident with {f['affected']:,} affected",
    )


def import_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run(
            "csv_import", "--customers", str(run.sizes.customers), database=place.new_database()
        )
    size = f"{f['rows']:,} rows, {f['csv_mib']:,.1f} MiB"
    yield Row(
        "CSV import, all new",
        size,
        _seconds(f["import_seconds"]),
        _rate(f["added"], f["import_seconds"], "rows"),
        _mib(f["import_peak_rss_mib"]),
        f"{f['added']:,} added; {_mib(f['rss_before_mib'])} before",
    )
    yield Row(
        "CSV import again, unchanged",
        size,
        _seconds(f["reimport_seconds"]),
        _rate(f["unchanged"], f["reimport_seconds"], "rows"),
        _mib(f["reimport_peak_rss_mib"]),
        f"{f['unchanged']:,} unchanged",
    )


def notify_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        queued = place.new_database()
        f = place.run("notify", "--messages", str(run.sizes.messages), database=queued)
        size = f"{f['messages']:,} messages"
        yield Row(
            "notify, dry run (render only)",
            size,
            _seconds(f["dry_run_seconds"]),
            _rate(f["dry_run_messages"], f["dry_run_seconds"], "msg"),
            _mib(f["dry_run_peak_rss_mib"]),
            f"{_mib(f['rss_before_mib'])} before",
        )
        yield Row(
            "notify (render + queue)",
            size,
            _seconds(f["seconds"]),
            _rate(f["messages"], f["seconds"], "rows"),
            _mib(f["peak_rss_mib"]),
            f"{f['skipped']:,} skipped",
        )
        for_smtp = place.clone(queued)
        files = place.run("deliver", database=queued, email_url=place.mail_url)
        yield _delivery_row("deliver to .eml files", files)
        with smtp_sink(place.folder) as smtp_url:
            smtp = place.run("deliver", database=for_smtp, email_url=smtp_url)
        yield _delivery_row("deliver to SMTP on loopback", smtp)


def _delivery_row(figure: str, f: Figures) -> Row:
    problems = [f"{f[k]:,} {k}" for k in ("retrying", "failed") if f[k]]
    return Row(
        figure,
        f"{f['pending']:,} messages",
        _seconds(f["seconds"]),
        _rate(f["sent"], f["seconds"], "msg"),
        _mib(f["peak_rss_mib"]),
        ", ".join([f"{f['sent']:,} sent", *problems, f"batch {f['worker_batch']}"]),
    )


def postfix_figures(run: Run) -> Iterator[Row]:
    """The bare SMTP blast, then ownup end to end, one after the other into the same Postfix."""
    try:
        sink = PostfixSink.start()
    except PostfixUnavailable as exc:
        raise FigureFailed(f"Postfix: {exc}") from None
    count = str(run.sizes.delivery)
    try:
        with run.workplace() as place:
            queued = place.new_database()
            since = sink.log_position()
            blast = place.run(
                "smtp_blast", "--messages", count, database=queued, email_url=sink.url
            )
            blast_accepted = sink.accepted(since=since)
            notified = place.run("notify", "--messages", count, database=queued)
            since = sink.log_position()
            delivered = place.run("deliver", database=queued, email_url=sink.url)
            accepted = sink.accepted(since=since)
    finally:
        sink.stop()
    yield from _postfix_rows(blast, sum(blast_accepted.values()), notified, delivered, accepted)


def _postfix_rows(
    blast: Figures,
    blast_accepted: int,
    notified: Figures,
    delivered: Figures,
    accepted: Counter[str],
) -> Iterator[Row]:
    limit = blast["messages"] / blast["seconds"]
    yield Row(
        "SMTP blast to Postfix (limit)",
        f"{blast['messages']:,} messages",
        _seconds(blast["seconds"]),
        _rate(blast["messages"], blast["seconds"], "msg"),
        "",
        f"asyncio, pipelined, {blast['connections']} connections, pre-built "
        f"{blast['average_bytes']:,.0f}-byte messages; Postfix accepted {blast_accepted:,}",
    )
    messages = notified["messages"]
    yield Row(
        "ownup notify (personalise, check, record)",
        f"{messages:,} messages",
        _seconds(notified["seconds"]),
        _rate(messages, notified["seconds"], "msg"),
        _mib(notified["peak_rss_mib"]),
        f"{notified['skipped']:,} skipped",
    )
    repeated = sum(1 for times in accepted.values() if times > 1)
    worker_rate = delivered["sent"] / delivered["seconds"]
    yield Row(
        "ownup worker to Postfix (send, mark)",
        f"{delivered['pending']:,} messages",
        _seconds(delivered["seconds"]),
        _rate(delivered["sent"], delivered["seconds"], "msg"),
        _mib(delivered["peak_rss_mib"]),
        f"target < 300 MiB; {worker_rate / limit:.0%} of the blast; {delivered['sent']:,} sent, "
        f"{delivered['failed']:,} failed; Postfix accepted {sum(accepted.values()):,} for "
        f"{len(accepted):,} recipients, {repeated:,} more than once; "
        f"{delivered['worker_connections']} connections, batch {delivered['worker_batch']}",
    )
    total = notified["seconds"] + delivered["seconds"]
    yield Row(
        "ownup end to end to Postfix",
        f"{messages:,} messages",
        _seconds(total),
        _rate(delivered["sent"], total, "msg"),
        "",
        f"{delivered['sent'] / total / limit:.0%} of the blast (target ≥ 70%); "
        "target 100,000 in < 5 min",
    )


def status_page_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run(
            "statuspage", "--calls", str(run.sizes.status_calls), database=place.new_database()
        )
    yield Row(
        "status page selector, median",
        f"{f['calls']} calls",
        _seconds(f["median_ms"] / 1000),
        f"p95 {_seconds(f['p95_ms'] / 1000)}",
        _mib(f["peak_rss_mib"]),
        f"first call {_seconds(f['first_ms'] / 1000)}; {f['components']} components",
    )
    same = "byte-identical" if f["identical"] else "NOT identical to the published page"
    for server, name in (("nginx", "nginx, published folder"), ("served", "ownup serve (granian)")):
        errors = f"; {f[f'{server}_errors']:,} errors" if f[f"{server}_errors"] else ""
        yield Row(
            f"status page herd, {name}",
            f"{f['connections']} connections, {f['seconds']} s",
            f"p99 {_seconds(f[f'{server}_p99_ms'] / 1000)}",
            f"{f[f'{server}_rps']:,.0f} req/s",
            "",
            f"{f['page_kib']:,.0f} KiB page, {same}, {f['web_workers']} workers{errors}"
            + ("; target ≥ 3,000 req/s, p99 < 50 ms" if server == "served" else ""),
        )


def customers_at_scale_figures(run: Run) -> Iterator[Row]:
    """One database through every step; a step that fails does not stop the ones after it."""
    module = "customers_at_scale"
    failed: list[tuple[str, FigureFailed]] = []
    with run.workplace() as place:
        database = place.new_database()
        csv_path = place.folder / "customers.csv"
        count = str(run.sizes.scale_customers)
        f = place.run(
            module, "import", "--customers", count, "--csv", str(csv_path), database=database
        )
        yield from _scale_import_rows(f)
        measured: dict[str, Figures] = {}
        steps: list[tuple[str, Callable[[Figures], Iterator[Row]]]] = [
            ("segments", _scale_segment_rows),
            ("affected", _scale_affected_rows),
            ("lookup", _scale_lookup_rows),
            ("pandas", lambda f: _scale_pandas_rows(f, measured.get("segments"))),
        ]
        for step, rows in steps:
            try:
                measured[step] = place.run(module, step, "--csv", str(csv_path), database=database)
            except FigureFailed as exc:
                failed.append((step, exc))
                continue
            yield from rows(measured[step])
    if failed:
        raise FigureFailed(
            "; ".join(f"{step}: {exc}" for step, exc in failed),
            "\n".join(f"== {step}\n{exc.detail}" for step, exc in failed),
        )


def _scale_import_rows(f: Figures) -> Iterator[Row]:
    yield Row(
        "import CSV, empty database",
        f"{f['rows']:,} rows, {f['csv_mib']:,.1f} MiB",
        _seconds(f["seconds"]),
        _rate(f["added"], f["seconds"], "rows"),
        _mib(f["peak_rss_mib"]),
        f"target < 20 s and < 1 GB at 1M; {f['added']:,} added; {f['columns']} columns; "
        f"{_mib(f['rss_before_mib'])} before",
    )


def _scale_segment_rows(f: Figures) -> Iterator[Row]:
    yield Row(
        "segment, first after import",
        f"{f['customers']:,} customers",
        _seconds(f["build_seconds"] + f["first_seconds"]),
        "",
        _mib(f["build_peak_rss_mib"]),
        f"DuckDB mirror build {_seconds(f['build_seconds'])}, "
        f"then the query {_seconds(f['first_seconds'])}",
    )
    yield Row(
        "segment, 3 conditions, median",
        f"{f['runs']} runs",
        _seconds(f["median_seconds"]),
        f"p95 {_seconds(f['p95_seconds'])}",
        _mib(f["peak_rss_mib"]),
        f"target < 100 ms; {f['members']:,} match {f['where']}",
    )


def _scale_affected_rows(f: Figures) -> Iterator[Row]:
    missed = f["matching"] - f["added"]
    yield Row(
        "affected set from a segment",
        f"{f['added']:,} customers",
        _seconds(f["seconds"]),
        _rate(f["added"], f["seconds"], "rows"),
        _mib(f["peak_rss_mib"]),
        f"target < 5 s; {f['where']}" + (f"; {missed:,} matching NOT added" if missed else ""),
    )


def _scale_lookup_rows(f: Figures) -> Iterator[Row]:
    yield Row(
        "lookup, first (builds index)",
        f"{f['customers']:,} customers",
        _seconds(f["first_seconds"]),
        "",
        _mib(f["first_peak_rss_mib"]),
        f"by {f['first_kind']}; {'found' if f['first_found'] else 'NOT found'}",
    )
    kinds = ", ".join(f"{k} {_seconds(s)}" for k, s in f["median_by_kind"].items())
    yield Row(
        "lookup, median",
        f"{f['calls']} calls",
        _seconds(f["median_seconds"]),
        f"p95 {_seconds(f['p95_seconds'])}",
        _mib(f["peak_rss_mib"]),
        f"target < 50 ms; {f['found']}/{f['calls']} found; medians: {kinds}",
    )


def _scale_pandas_rows(f: Figures, segment: Figures | None) -> Iterator[Row]:
    if not f["installed"]:
        yield Row(
            "pandas (reference)",
            "",
            "-",
            note=f"pandas not installed (pip install '{f['requirement']}')",
        )
        return
    yield Row(
        "pandas read_csv (reference)",
        f"{f['rows']:,} rows, {f['csv_mib']:,.1f} MiB",
        _seconds(f["read_seconds"]),
        _rate(f["rows"], f["read_seconds"], "rows"),
        _mib(f["read_peak_rss_mib"]),
        f"pandas {f['version']}, own process, no database",
    )
    agreement = ""
    if segment is not None:
        agreement = (
            ", as the segment"
            if segment["members"] == f["members"]
            else f"; the segment says {segment['members']:,}"
        )
    yield Row(
        "pandas, same 3 conditions",
        f"{f['rows']:,} rows",
        _seconds(f["filter_seconds"]),
        "",
        _mib(f["peak_rss_mib"]),
        f"read + filter {_seconds(f['read_seconds'] + f['filter_seconds'])}; "
        f"{f['members']:,} match{agreement}",
    )


def candor_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run("candor", database=place.new_database())
    cpu = (
        f"CPU median {_seconds(f['cpu_median_ms'] / 1000)}, p99 {_seconds(f['cpu_p99_ms'] / 1000)}"
    )
    yield Row(
        "candor check, one message, median",
        f"{f['chars']:,} characters, {f['runs']:,} runs",
        _seconds(f["median_ms"] / 1000),
        f"p99 {_seconds(f['p99_ms'] / 1000)}",
        _mib(f["peak_rss_mib"]),
        f"{cpu}; {f['findings']} findings; load average {f['load']:.1f}; target < 20 ms",
    )
    yield Row(
        "candor check, import",
        "rules compiled",
        _seconds(f["import_ms"] / 1000),
        "",
        "",
        f"CPU {_seconds(f['import_cpu_ms'] / 1000)}; first check {_seconds(f['first_ms'] / 1000)}",
    )
    yield Row(
        "candor check, `ownup check --json` cold start",
        f"{f['chars']:,} characters",
        _seconds(f["cli_seconds"]),
        "",
        "",
        f"CPU {_seconds(f['cli_cpu_seconds'])}: Python start and settings (no apps loaded), "
        "one check, JSON out; target < 1 s",
    )


def replies_figures(run: Run) -> Iterator[Row]:
    """Replies read from a private Dovecot: fetch, store, parse, thread, triage, mark read."""
    replies = min(run.sizes.messages, 10_000)
    with run.workplace() as place:
        f = place.run("replies", "--replies", str(replies), database=place.new_database())
    kinds = ", ".join(f"{n:,} {kind}" for kind, n in sorted(f["kinds"].items()))
    yield Row(
        "replies from IMAP (store, read, thread, triage)",
        f"{f['replies']:,} replies, {f['average_bytes']:,.0f} bytes",
        _seconds(f["seconds"]),
        _rate(f["new"], f["seconds"], "msg"),
        _mib(f["peak_rss_mib"]),
        f"target ≥ 200 msg/s; {kinds}; {f['threaded']:,} threaded, {f['triaged']:,} triaged, "
        f"{f['failed_notices']:,} notices marked failed, {f['unseen_after']:,} left unread",
    )
    yield Row(
        "reply with a large attachment from IMAP",
        f"1 reply, {f['big_mib']:,.0f} MiB attachment",
        _seconds(f["big_seconds"]),
        "",
        _mib(f["big_peak_rss_mib"]),
        f"kept whole, attachment listed with its size; {f['big_new']} stored",
    )


def sla_credits_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run(
            "sla_credits", "--customers", str(run.sizes.customers), database=place.new_database()
        )
    size = f"{f['customers']:,} customers"
    yield Row(
        "SLA credits, computed",
        size,
        _seconds(f["compute_seconds"]),
        _rate(f["owed"], f["compute_seconds"], "customers"),
        _mib(f["compute_peak_rss_mib"]),
        f"{f['owed']:,} owed a credit, each with its formula",
    )
    yield Row(
        "SLA credits, proposed as remedies",
        size,
        _seconds(f["propose_seconds"]),
        _rate(f["created"], f["propose_seconds"], "rows"),
        _mib(f["peak_rss_mib"]),
        f"{f['created']:,} created, computing included; again: {f['again_created']} "
        f"created in {_seconds(f['again_seconds'])}",
    )


def triage_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run("triage", database=place.new_database())
    scores = f["heldout_scores"]
    right = {
        field: sum(v["right"] for k, v in scores.items() if k.startswith(field))
        for field in ("intent", "feeling")
    }
    per_label = ", ".join(
        f"{label.split(':')[1]} {v['right']}/{v['labelled']}" for label, v in scores.items()
    )
    yield Row(
        "reply triage, one reply, median",
        f"{f['replies']} labelled replies x {f['runs'] // f['replies']}",
        _seconds(f["median_ms"] / 1000),
        f"p99 {_seconds(f['p99_ms'] / 1000)}",
        _mib(f["peak_rss_mib"]),
        f"CPU median {_seconds(f['cpu_median_ms'] / 1000)}, p99 "
        f"{_seconds(f['cpu_p99_ms'] / 1000)}; load average {f['load']:.1f}; target < 5 ms",
    )
    yield Row(
        "reply triage, long reply with quoted notice",
        f"{f['long_chars']:,} characters, {f['long_own_chars']:,} their own",
        _seconds(f["long_median_ms"] / 1000),
        f"p99 {_seconds(f['long_p99_ms'] / 1000)}",
        "",
        f"CPU median {_seconds(f['long_cpu_median_ms'] / 1000)}",
    )
    files = "; ".join(
        f"{name}: intent {v['intent']}/{v['replies']}, feeling {v['feeling']}/{v['replies']}"
        for name, v in f["heldout_files"].items()
    )
    yield Row(
        "reply triage, held-out agreement",
        f"{f['heldout']} replies",
        "",
        "",
        "",
        f"intent {right['intent']}/{f['heldout']}, feeling {right['feeling']}/{f['heldout']} "
        f"({files}); by label, right/labelled: {per_label}",
    )


ESCALATION_CALLS = 1_000


def escalation_figures(run: Run) -> Iterator[Row]:
    with run.workplace() as place:
        f = place.run(
            "escalations", "--calls", str(ESCALATION_CALLS), database=place.new_database()
        )
    yield Row(
        "call for help, ask, median",
        f"{f['calls']:,} calls",
        _seconds(f["ask_median_ms"] / 1000),
        f"p95 {_seconds(f['ask_p95_ms'] / 1000)}",
        _mib(f["peak_rss_mib"]),
        "mail and chat post queued, timeline note, audit record",
    )
    yield Row(
        "call for help, chore turn, nothing due",
        f"{f['calls']:,} open calls",
        _seconds(f["idle_median_ms"] / 1000),
        "",
        "",
        "what each worker spends every 30 s",
    )
    yield Row(
        "call for help, pass every call on",
        f"{f['passed']:,} calls due",
        _seconds(f["pass_seconds"]),
        _rate(f["passed"], f["pass_seconds"], "calls"),
        "",
        f"{f['messages']:,} messages queued in all",
    )


FIGURES: list[tuple[str, Callable[[Run], Iterator[Row]]]] = [
    ("demo load", demo_figures),
    ("CSV import", import_figures),
    ("notify and deliver", notify_figures),
    ("status page", status_page_figures),
    ("customers at scale", customers_at_scale_figures),
    ("candor check", candor_figures),
    ("delivery to Postfix", postfix_figures),
    ("reply triage", triage_figures),
    ("replies", replies_figures),
    ("calls for help", escalation_figures),
    ("SLA credits", sla_credits_figures),
]


# The machine -----------------------------------------------------------------------------


def _proc_value(path: str, key: str) -> str:
    try:
        lines = Path(path).read_text().splitlines()
    except OSError:
        return ""
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith(key)), "")


def _filesystem(path: str) -> str:
    """The type of filesystem `path` is on (ext4, tmpfs…), where Linux says so."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "unknown filesystem"
    best = max(
        (m for m in mounts if len(m) > 2 and (path + "/").startswith(m[1].rstrip("/") + "/")),
        key=lambda m: len(m[1]),
        default=None,
    )
    return best[2] if best else "unknown filesystem"


def machine(run: Run) -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    memory = _proc_value("/proc/meminfo", "MemTotal")
    memory_text = f", {int(memory.split()[0]) / 1024**2:,.1f} GiB memory" if memory else ""
    cpu = _proc_value("/proc/cpuinfo", "model name") or platform.processor() or "unknown CPU"
    if run.postgres:
        server = _postgres_run("SHOW server_version")
        database = f"PostgreSQL {server} at {POSTGRES_SERVER.split('@')[1]}"
    else:
        folder = tempfile.gettempdir()
        database = f"SQLite {sqlite3.sqlite_version}, file in {folder} ({_filesystem(folder)})"
    return [
        ("machine", f"{usable} CPUs (nproc), {cpu}{memory_text}"),
        ("system", platform.platform()),
        ("python", f"{platform.python_implementation()} {platform.python_version()}"),
        ("django", version("django")),
        ("database", database),
        (
            "sizes",
            f"{run.sizes.customers:,} customers, {run.sizes.messages:,} messages, "
            f"{run.sizes.scale_customers:,} customers at scale, "
            f"{run.sizes.delivery:,} messages to Postfix",
        ),
    ]


# Command line ----------------------------------------------------------------------------


def _positive(text: str) -> int:
    try:
        number = int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is less than 1")
    return number


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Print ownup's performance figures; each runs on a throwaway database.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help=f"small sizes ({QUICK_SIZES.customers:,} customers, {QUICK_SIZES.messages:,} "
        f"messages, {QUICK_SIZES.scale_customers:,} customers at scale) to check the "
        "benchmarks work",
    )
    parser.add_argument(
        "--postgres",
        action="store_true",
        help=f"use a new database on the PostgreSQL server at {POSTGRES_SERVER} "
        "instead of an SQLite file",
    )
    parser.add_argument(
        "--customers",
        type=_positive,
        metavar="N",
        help=f"rows to import (default {DEFAULT_SIZES.customers:,})",
    )
    parser.add_argument(
        "--messages",
        type=_positive,
        metavar="N",
        help=f"messages to send (default {DEFAULT_SIZES.messages:,}, and "
        f"{DEFAULT_SIZES.delivery:,} in the delivery to Postfix)",
    )
    parser.add_argument(
        "--scale-customers",
        type=_positive,
        metavar="N",
        help="customers to import, segment and look up in the at-scale figures "
        f"(default {DEFAULT_SIZES.scale_customers:,})",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=[label for label, _ in FIGURES],
        metavar="FIGURE",
        help="measure only this figure (repeat for more): "
        + ", ".join(f"'{label}'" for label, _ in FIGURES),
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    preset = QUICK_SIZES if options.quick else DEFAULT_SIZES
    sizes = Sizes(
        customers=options.customers or preset.customers,
        messages=options.messages or preset.messages,
        status_calls=preset.status_calls,
        scale_customers=options.scale_customers or preset.scale_customers,
        delivery=options.messages or preset.delivery,
    )
    run = Run(sizes=sizes, postgres=options.postgres)
    # Piped into a file or a README, the table keeps its rows on one line each.
    piped = not sys.stdout.isatty() and "COLUMNS" not in os.environ
    console = Console(width=PIPED_WIDTH if piped else None)
    err = Console(stderr=True, soft_wrap=True)
    try:
        about = machine(run)
    except BenchError as exc:
        err.print(f"bench: {exc}", highlight=False)
        return 2
    grid = Table.grid(padding=(0, 2))
    for name, value in about:
        grid.add_row(f"[bold]{name}[/]", value)
    console.print(grid)

    rows: list[Row] = []
    failures: list[tuple[str, FigureFailed]] = []
    started = time.perf_counter()
    for label, figure in FIGURES:
        if options.only and label not in options.only:
            continue
        with console.status(f"measuring {label}…"):
            try:
                rows.extend(figure(run))
            except FigureFailed as exc:
                rows.append(Row(label, "", "failed", note=str(exc)))
                failures.append((label, exc))
            except BenchError as exc:
                err.print(f"bench: {exc}", highlight=False)
                return 2

    table = Table(
        title="ownup benchmarks",
        caption="Peak RSS: the most memory the process doing the work held, Django included. "
        f"Total {time.perf_counter() - started:,.0f} s.",
    )
    for column in ("Figure", "Size"):
        table.add_column(column, no_wrap=True)
    for column in ("Time", "Rate", "Peak RSS"):
        table.add_column(column, justify="right", no_wrap=True)
    table.add_column("Note")
    for row in rows:
        table.add_row(row.figure, row.size, row.time, row.rate, row.peak_rss, row.note)
    console.print(table)
    for label, failure in failures:
        tail = "\n".join(failure.detail.strip().splitlines()[-STDERR_LINES_SHOWN:])
        err.print(f"[bold red]{label}[/]: {failure}", highlight=False)
        if tail:
            sys.stderr.write(tail + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
