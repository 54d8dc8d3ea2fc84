"""The candor check as the composer shows it: the text with findings marked, and a checklist."""

import itertools
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from ownup.comms.candor.check import CandorReport, Finding
from ownup.comms.candor.rules import ANTI_PATTERNS, ELEMENT_NAMES, ELEMENTS, EXPECTED


@dataclass(frozen=True)
class ChecklistItem:
    name: str
    label: str
    present: bool
    expected: bool


@dataclass(frozen=True)
class ShownFinding:
    rule: str
    label: str
    excerpt: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class CandorView:
    report: CandorReport
    marked_text: SafeString
    checklist: list[ChecklistItem]
    findings: list[ShownFinding]


RULE_LABELS = {
    **{name: label.capitalize() for name, label in ELEMENT_NAMES.items()},
    **{name: name.replace("_", " ").capitalize() for name in ANTI_PATTERNS},
    "length": "Length",
    "update_cadence": "Update cadence",
}


def marked(text: str, findings: list[Finding]) -> SafeString:
    """The text HTML-escaped, each stretch a finding covers wrapped in <mark>."""
    placed = [f for f in findings if f.end > f.start]
    cuts = sorted({0, len(text), *(f.start for f in placed), *(f.end for f in placed)})
    parts: list[str] = []
    for start, end in itertools.pairwise(cuts):
        covering = [f for f in placed if f.start <= start and end <= f.end]
        if covering:
            rules = " ".join(dict.fromkeys(f.rule for f in covering))
            parts.append(
                format_html(
                    '<mark data-rule="{}" title="{}">{}</mark>',
                    rules,
                    covering[0].message,
                    text[start:end],
                )
            )
        else:
            parts.append(escape(text[start:end]))
    # Every piece was escaped or built by format_html above.
    return mark_safe("".join(parts))


def candor_view(text: str, report: CandorReport) -> CandorView:
    expected = EXPECTED[report.kind]
    return CandorView(
        report=report,
        marked_text=marked(text, report.findings),
        checklist=[
            ChecklistItem(name, ELEMENT_NAMES[name], report.elements[name], name in expected)
            for name in ELEMENTS
        ],
        findings=[
            ShownFinding(
                rule=f.rule,
                label=RULE_LABELS.get(f.rule, f.rule),
                excerpt=text[f.start : f.end],
                message=f.message,
                suggestion=f.suggestion,
            )
            for f in report.findings
        ],
    )
