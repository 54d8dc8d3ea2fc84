"""What a cell of customer data means: the same reading for imports and filters."""

import datetime as dt
import re

JSONValue = str | int | float | bool | None
INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")
DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)\.[0-9]+")


def typed_value(text: str) -> JSONValue:
    """Read a cell as the type it plainly is: integer, decimal, ISO date, yes/no, or text."""
    value = text.strip()
    if value == "":
        return None
    lowered = value.lower()
    if lowered in {"true", "yes"}:
        return True
    if lowered in {"false", "no"}:
        return False
    # "01234" is a postcode or an account number, not 1234; NaN and 1_000 are not plain numbers.
    if INTEGER.fullmatch(value):
        return int(value)
    if DECIMAL.fullmatch(value):
        return float(value)
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return value
