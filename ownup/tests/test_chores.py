import datetime as dt

import pytest

from ownup import chores

pytestmark = pytest.mark.same_on_every_database

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
runs: list[dt.datetime] = []


def count(*, now: dt.datetime) -> None:
    runs.append(now)


def broken(*, now: dt.datetime) -> None:
    raise ConnectionRefusedError("imap.example.com refused the connection")


@pytest.fixture
def only_these_chores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chores, "_chores", {})
    runs.clear()


@pytest.mark.usefixtures("only_these_chores")
def test_a_chore_runs_once_per_interval() -> None:
    chores.chore_register("count", every_seconds=60, run=f"{__name__}.count")

    for seconds in (0, 30, 59, 60, 90, 125):
        chores.chores_run_due(START + dt.timedelta(seconds=seconds))

    assert [(at - START).seconds for at in runs] == [0, 60, 125]


@pytest.mark.usefixtures("only_these_chores")
def test_a_failing_chore_does_not_stop_the_others(caplog: pytest.LogCaptureFixture) -> None:
    chores.chore_register("broken", every_seconds=60, run=f"{__name__}.broken")
    chores.chore_register("fine", every_seconds=60, run=f"{__name__}.count")

    assert chores.chores_run_due(START) == ["broken", "fine"]
    assert runs == [START]
    assert "chore broken failed" in caplog.text
