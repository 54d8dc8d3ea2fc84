"""Measuring the candor check against a labelled folder: precision, recall and F1 per label."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ownup.comms.candor.check import CandorReport, candor_check, kind_name
from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENTS
from ownup.errors import UserError

LABELS_FILE = "labels.jsonl"


@dataclass
class LabelScore:
    label: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    # How many messages carry the label.
    support: int = 0

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class LabelledMessage:
    file: str
    kind: str
    text: str
    labels: dict[str, bool]


@dataclass(frozen=True)
class Mistake:
    file: str
    label: str
    expected: bool


@dataclass(frozen=True)
class Evaluation:
    messages: int
    scores: list[LabelScore]
    mistakes: list[Mistake]


def labelled_messages(folder: Path) -> list[LabelledMessage]:
    """Read `labels.jsonl` and each message it names; a bad line is named by its number."""
    labels_path = folder / LABELS_FILE
    if not folder.is_dir():
        raise UserError(f"--evaluate: {folder} is not a folder")
    if not labels_path.is_file():
        raise UserError(f"--evaluate: {labels_path} does not exist")
    messages = []
    lines = labels_path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        messages.append(_labelled(folder, line, f"{LABELS_FILE} line {number}"))
    if not messages:
        raise UserError(f"--evaluate: {labels_path} has no labelled messages")
    return messages


def _labelled(folder: Path, line: str, where: str) -> LabelledMessage:
    try:
        row: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UserError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(row, dict):
        raise UserError(f"{where}: expected a JSON object")
    for key in ("file", "kind", "elements", "anti_patterns"):
        if key not in row:
            raise UserError(f"{where}: no '{key}'")
    try:
        kind = kind_name(str(row["kind"]))
    except UserError as exc:
        raise UserError(f"{where}: {exc}") from None
    labels: dict[str, bool] = {}
    for group, names in (("elements", ELEMENTS), ("anti_patterns", ANTI_PATTERNS)):
        values = row[group]
        if not isinstance(values, dict):
            raise UserError(f"{where}: '{group}' is not an object")
        for name in names:
            if not isinstance(values.get(name), bool):
                raise UserError(f"{where}: {group}.{name} is not true or false")
            labels[name] = values[name]
    path = folder / str(row["file"])
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{where}: cannot read {row['file']} ({exc.strerror})") from None
    return LabelledMessage(file=str(row["file"]), kind=kind, text=text, labels=labels)


def evaluate(folder: Path) -> Evaluation:
    messages = labelled_messages(folder)
    scores = {label: LabelScore(label) for label in (*ELEMENTS, *ANTI_PATTERNS)}
    mistakes = []
    for message in messages:
        report = candor_check(message.text, message.kind)
        predicted = _predicted(report)
        for label, score in scores.items():
            expected, got = message.labels[label], predicted[label]
            score.support += expected
            score.true_positives += expected and got
            score.false_positives += got and not expected
            score.false_negatives += expected and not got
            if expected != got:
                mistakes.append(Mistake(message.file, label, expected))
    return Evaluation(messages=len(messages), scores=list(scores.values()), mistakes=mistakes)


def _predicted(report: CandorReport) -> dict[str, bool]:
    return {**report.elements, **report.anti_patterns}
