"""The shape of an agreement's structured fields, checked wherever terms come in.

Terms arrive from the command line, a spreadsheet and the edit form; each goes through the
helpers here, so the JSON stored on `Agreement` always has one
shape and every mistake is reported with the field it is in.
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ownup.agreements.models import Agreement, Party
from ownup.errors import UserError

# How each duty is named to a customer, and the words in a request that mean it.
DUTY_NAMES = {"backups": "backups", "dns": "DNS", "updates": "software updates"}
# Customer attributes say who does a duty as "<duty>_by"; these values name each party.
PARTY_WORDS = {
    "us": Party.US,
    "we": Party.US,
    "provider": Party.US,
    "ours": Party.US,
    "customer": Party.CUSTOMER,
    "client": Party.CUSTOMER,
    "you": Party.CUSTOMER,
    "theirs": Party.CUSTOMER,
}
CURRENCY_SIGNS = {"GBP": "£", "EUR": "€", "USD": "$"}


def party_from_word(value: object) -> str | None:
    """The Party a word names ("provider" is us), or None for anything else."""
    if not isinstance(value, str):
        return None
    return PARTY_WORDS.get(value.strip().lower())


def _number(value: object, where: str) -> Decimal:
    if isinstance(value, bool):
        raise UserError(f"{where}: '{value}' is not a number")
    try:
        number = Decimal(str(value).strip().rstrip("%"))
    except InvalidOperation:
        raise UserError(f"{where}: '{value}' is not a number") from None
    if not number.is_finite():
        raise UserError(f"{where}: '{value}' is not a number")
    return number


def percent_from(value: object, where: str) -> Decimal:
    number = _number(value, where)
    if not Decimal(0) <= number <= Decimal(100):
        raise UserError(f"{where}: {value} is not between 0 and 100")
    return number


def _json_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@dataclass(frozen=True)
class CreditTier:
    """A month's availability below `below` earns `percent` of the monthly fee back."""

    below: Decimal
    percent: Decimal

    def as_json(self) -> dict[str, int | float]:
        return {"below": _json_number(self.below), "percent": _json_number(self.percent)}


@dataclass(frozen=True)
class PaidExtra:
    """Something we do beyond the agreement: for a price, or best effort at no charge."""

    name: str
    price: Decimal | None = None
    currency: str = "GBP"
    duty: str = ""  # the duty it helps with ("backups"), or "" for any

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "price": None if self.price is None else str(self.price),
            "currency": self.currency,
            "duty": self.duty,
        }

    @property
    def price_text(self) -> str:
        if self.price is None or self.price == 0:
            return "no charge"
        sign = CURRENCY_SIGNS.get(self.currency)
        amount = f"{self.price:,.2f}".removesuffix(".00")
        return f"{sign}{amount}" if sign else f"{amount} {self.currency}"

    def __str__(self) -> str:
        return f"{self.name} ({self.price_text})"


def credit_tiers_from(value: object, where: str = "credit_tiers") -> list[CreditTier]:
    """Tiers from JSON-like data, sorted from the mildest shortfall down."""
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        raise UserError(f"{where}: expected a list of {{below, percent}}")
    tiers = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping) or set(item) != {"below", "percent"}:
            raise UserError(f"{where}: tier {number} needs exactly 'below' and 'percent'")
        tiers.append(
            CreditTier(
                below=percent_from(item["below"], f"{where}: tier {number} below"),
                percent=percent_from(item["percent"], f"{where}: tier {number} percent"),
            )
        )
    tiers.sort(key=lambda t: t.below, reverse=True)
    if len({t.below for t in tiers}) != len(tiers):
        raise UserError(f"{where}: two tiers start below the same availability")
    return tiers


def paid_extras_from(value: object, where: str = "paid_extras") -> list[PaidExtra]:
    if value in (None, ""):
        return []
    if not isinstance(value, list):
        raise UserError(f"{where}: expected a list of {{name, price, currency}}")
    extras = []
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise UserError(f"{where}: extra {number} is not an object")
        unknown = set(item) - {"name", "price", "currency", "duty"}
        if unknown:
            raise UserError(f"{where}: extra {number} has unknown field '{sorted(unknown)[0]}'")
        name = str(item.get("name") or "").strip()
        if not name:
            raise UserError(f"{where}: extra {number} needs a name")
        price = item.get("price")
        amount = None if price in (None, "") else _number(price, f"{where}: extra {number} price")
        if amount is not None and amount < 0:
            raise UserError(f"{where}: extra {number} price {price} is negative")
        currency = str(item.get("currency") or "GBP").strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise UserError(f"{where}: extra {number} currency '{currency}' is not a code")
        duty = str(item.get("duty") or "").strip().lower()
        extras.append(PaidExtra(name=name, price=amount, currency=currency, duty=duty))
    return extras


def duties_from(value: object, where: str = "duties") -> dict[str, str]:
    if value in (None, ""):
        return {}
    if not isinstance(value, Mapping):
        raise UserError(f'{where}: expected an object like {{"dns": "us"}}')
    duties = {}
    for duty, who in value.items():
        party = party_from_word(who)
        if party is None:
            raise UserError(f"{where}: {duty} is done by '{who}', not 'us' or 'customer'")
        duties[str(duty).strip().lower()] = party
    return duties


def channels_from(value: object, where: str = "support_channels") -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, str):
        return [c.strip() for c in value.split(",") if c.strip()]
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise UserError(f"{where}: expected a list of channel names")
    return [c.strip() for c in value if c.strip()]


@dataclass(frozen=True)
class AgreementTerms:
    """Everything one version promises, checked; `agreement_set` stores it as a new version."""

    backups_by: str
    availability_percent: Decimal | None = None
    credit_tiers: tuple[CreditTier, ...] = ()
    support_hours: str = ""
    support_channels: tuple[str, ...] = ()
    included: str = ""
    paid_extras: tuple[PaidExtra, ...] = ()
    duties: Mapping[str, str] = field(default_factory=dict)
    notes: str = ""

    def __post_init__(self) -> None:
        if self.backups_by not in Party.values:
            raise UserError(f"backups_by: '{self.backups_by}' is not 'us' or 'customer'")
        if self.availability_percent is not None:
            promise = percent_from(self.availability_percent, "availability")
            above = [t for t in self.credit_tiers if t.below > promise]
            if above:
                # A credit owed while the promise is kept is almost always a typo.
                raise UserError(
                    f"credit_tiers: a credit below {above[0].below}% would be owed even when the "
                    f"promised {promise}% is met; start the tiers at or below the promise"
                )

    @classmethod
    def of(cls, agreement: Agreement) -> "AgreementTerms":
        return cls(
            backups_by=agreement.backups_by,
            availability_percent=agreement.availability_percent,
            credit_tiers=tuple(credit_tiers_from(agreement.credit_tiers)),
            support_hours=agreement.support_hours,
            support_channels=tuple(channels_from(agreement.support_channels)),
            included=agreement.included,
            paid_extras=tuple(paid_extras_from(agreement.paid_extras)),
            duties=duties_from(agreement.duties),
            notes=agreement.notes,
        )

    def as_fields(self) -> dict[str, Any]:
        """The model fields these terms set, JSON in its stored shape."""
        return {
            "backups_by": self.backups_by,
            "availability_percent": self.availability_percent,
            "credit_tiers": [t.as_json() for t in self.credit_tiers],
            "support_hours": self.support_hours,
            "support_channels": list(self.support_channels),
            "included": self.included,
            "paid_extras": [e.as_json() for e in self.paid_extras],
            "duties": dict(self.duties),
            "notes": self.notes,
        }

    def as_json(self) -> dict[str, Any]:
        data = self.as_fields()
        if self.availability_percent is not None:
            data["availability_percent"] = str(self.availability_percent)
        return data


def date_from(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(f"{where}: '{value}' is not a date like 2026-01-31") from None
