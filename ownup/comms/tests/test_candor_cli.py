"""`ownup check` from the shell: the JSON a script reads, the report a person reads, --evaluate."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENTS
from ownup.conftest import OwnupCli

pytestmark = pytest.mark.same_on_every_database

VAGUE = "Hello Ana,\n\nThere was an issue with your site. We will fix it soon.\n"
GOOD = (
    "Hello Ana,\n\nYour shop was down from 09:12 to 10:40 UTC because our update broke it; "
    "that is our mistake. Your customers could not place orders for 88 minutes. We rolled the "
    "update back at 10:38. We will send a written report by Monday 14:00 UTC. Reply to this "
    "email with any question.\n"
)


def _labels_line(file: str, kind: str, shown: set[str]) -> str:
    return json.dumps(
        {
            "file": file,
            "kind": kind,
            "elements": {name: name in shown for name in ELEMENTS},
            "anti_patterns": {name: name in shown for name in ANTI_PATTERNS},
        }
    )


def test_check_json_prints_exactly_one_object_in_the_documented_shape(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    (tmp_path / "notice.txt").write_text(VAGUE, encoding="utf-8")

    done = ownup("check", tmp_path / "notice.txt", "--kind", "update", "--json")

    report = json.loads(done.stdout)
    assert set(report) == {"elements", "anti_patterns", "findings", "score"}
    assert list(report["elements"]) == list(ELEMENTS)
    assert list(report["anti_patterns"]) == list(ANTI_PATTERNS)
    assert all(isinstance(v, bool) for v in [*report["elements"].values()])
    assert report["anti_patterns"]["vague_time"] is True
    assert isinstance(report["score"], int) and 0 <= report["score"] <= 100
    vague = next(f for f in report["findings"] if f["rule"] == "vague_time")
    assert set(vague) == {"rule", "start", "end", "message", "suggestion"}
    assert VAGUE[vague["start"] : vague["end"]] == "soon"


def test_check_reads_standard_input_for_a_dash(ownup: OwnupCli) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ownup", "check", "-", "--json"],
        input=GOOD,
        env=ownup.env,
        cwd=ownup.cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["score"] == 100
    assert report["findings"] == []


def test_check_without_json_underlines_the_findings_in_the_text(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    (tmp_path / "notice.txt").write_text(VAGUE, encoding="utf-8")

    lines = ownup("check", tmp_path / "notice.txt", "--kind", "update").stdout.splitlines()

    sentence = lines.index("There was an issue with your site. We will fix it soon.")
    marks = lines[sentence + 1]
    assert marks.startswith("^" * len("There was an issue"))
    assert marks.endswith("^" * len("soon"))
    assert any(line.startswith("- vague_time (“soon” at ") for line in lines)
    assert any(line.startswith("Score ") for line in lines)


def test_evaluate_prints_precision_recall_f1_and_support_per_label(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "vague.txt").write_text(VAGUE, encoding="utf-8")
    good_labels = {"acknowledges", "responsibility", "impact", "fix_done"}
    good_labels |= {"next_steps_with_time", "help_channel"}
    (corpus / "labels.jsonl").write_text(
        _labels_line("good.txt", "notice", good_labels)
        + "\n"
        + _labels_line("vague.txt", "update", {"vague_time", "hedging_passive"})
        + "\n",
        encoding="utf-8",
    )

    table = ownup("check", "--evaluate", corpus).stdout

    assert "2 messages" in table
    for column in ("precision", "recall", "F1", "support"):
        assert column in table
    rows = {line.split()[1]: line.split()[2:] for line in table.splitlines() if "│ " in line}
    assert rows["vague_time"] == ["│", "1.00", "│", "1.00", "│", "1.00", "│", "1", "│"]
    assert rows["responsibility"][-2] == "1"
    assert set(ELEMENTS) | set(ANTI_PATTERNS) <= set(rows)


def test_check_errors_name_the_file_the_kind_or_the_labels_line(
    ownup: OwnupCli, tmp_path: Path
) -> None:
    missing = ownup("check", tmp_path / "nope.txt", ok=False)
    assert missing.returncode != 0
    assert missing.stderr.strip() == f"Error: {tmp_path / 'nope.txt'}: no such file"

    (tmp_path / "notice.txt").write_text(GOOD, encoding="utf-8")
    bad_kind = ownup("check", tmp_path / "notice.txt", "--kind", "apology", ok=False)
    assert "Error: kind: 'apology' is not one of notice, update" in bad_kind.stderr

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "labels.jsonl").write_text(
        _labels_line("good.txt", "notice", set()) + "\n{not json\n", encoding="utf-8"
    )
    malformed = ownup("check", "--evaluate", corpus, ok=False)
    assert malformed.stderr.startswith("Error: labels.jsonl line 2: not JSON")

    (corpus / "labels.jsonl").write_text('{"file": "good.txt", "kind": "notice"}\n')
    incomplete = ownup("check", "--evaluate", corpus, ok=False)
    assert incomplete.stderr.strip() == "Error: labels.jsonl line 1: no 'elements'"
