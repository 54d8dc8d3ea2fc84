"""The candor check keeps what it reads off its rules between runs, so `ownup check` starts
quickly, and scans each alternative of a rule apart; neither changes what a message is found
to show. `ownup check` does not load the apps it does not need."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ownup.comms.candor.triggers import Literals, branches, lazy_with_triggers

pytestmark = pytest.mark.same_on_every_database

REPORT = (
    "import json; from ownup.comms.candor.check import _CUES, _RULES, candor_check; "
    "print(json.dumps([[[sorted(w) for w in c.triggers] for c in _CUES], "
    "[[[sorted(w) for w in found] for _, found in r.branches] for r in _RULES], "
    "candor_check('Sorry!! A small glitch, fixed soon. Per our terms, not our fault.')"
    ".as_dict()]))"
)


def checked_with_cache_in(folder: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", REPORT],
        env={**os.environ, "XDG_CACHE_HOME": str(folder)},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_a_second_start_reads_what_the_first_kept_and_finds_the_same(tmp_path: Path) -> None:
    first = checked_with_cache_in(tmp_path)
    kept = list((tmp_path / "ownup").glob("candor-trigger-sets-*.json"))

    assert len(kept) == 1
    assert checked_with_cache_in(tmp_path) == first


def test_a_cache_folder_that_cannot_be_written_only_costs_time(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")

    assert checked_with_cache_in(not_a_folder) == checked_with_cache_in(tmp_path / "cache")


def test_a_rule_splits_into_its_top_level_alternatives_only() -> None:
    assert branches(r"a|b(?:c|d)|[|]x|\|y|[]|]z|[^]|]w") == [
        "a",
        "b(?:c|d)",
        "[|]x",
        r"\|y",
        "[]|]z",
        "[^]|]w",
    ]


def test_a_pattern_is_scanned_only_when_each_of_its_parts_could_be_there() -> None:
    _, triggers = lazy_with_triggers(r"\bwe (?:are|were) not (?:responsible|to blame)\b")

    assert Literals("and we were not to blame").could_match(triggers)
    assert not Literals("we were not there").could_match(triggers)
    assert not Literals("they are to blame").could_match(triggers)


def test_ownup_check_answers_without_setting_up_the_apps(tmp_path: Path) -> None:
    message = tmp_path / "notice.txt"
    message.write_text("There was an issue. We will fix it soon.", encoding="utf-8")
    without_setup = (
        "import sys, django\n"
        "def refused(*args, **kwargs): raise SystemExit('apps were set up')\n"
        "django.setup = refused\n"
        "from ownup.cli import main\n"
        f"sys.argv = ['ownup', 'check', {str(message)!r}, '--json']\n"
        "main()\n"
    )

    done = subprocess.run(
        [sys.executable, "-c", without_setup], capture_output=True, text=True, check=True
    )

    assert json.loads(done.stdout)["anti_patterns"]["vague_time"] is True
