"""The credit owed, worked out from the promise, the tiers, the downtime and the fee."""

import datetime as dt
from decimal import Decimal

import pytest

from ownup.remedies.sla import (
    Month,
    Terms,
    credit_over_months,
    credit_owed,
    credit_percent,
    duration_text,
)

pytestmark = pytest.mark.same_on_every_database

NOVEMBER = Month.of(dt.datetime(2026, 11, 10, 9, 0, tzinfo=dt.UTC))
TERMS = Terms(
    availability_percent=Decimal("99.9"),
    credit_tiers=[{"below": 99.9, "percent": 10}, {"below": 99, "percent": 25}],
)


def test_the_formula_shows_every_figure_the_credit_comes_from() -> None:
    owed = credit_owed(
        down=2 * 3600 + 60, month=NOVEMBER, terms=TERMS, monthly_fee=Decimal("15.00")
    )

    assert owed is not None
    assert owed.amount == Decimal("1.50")
    assert owed.formula == (
        "Availability in November 2026: 99.72% (2 h 01 min down of 720 h); "
        "promised 99.9% → 10% of £15.00 monthly fee = £1.50"
    )


def test_the_deepest_tier_fallen_below_applies() -> None:
    assert credit_percent(Decimal("99.95"), TERMS) == 0
    assert credit_percent(Decimal("99.5"), TERMS) == 10
    assert credit_percent(Decimal("98.2"), TERMS) == 25


def test_nothing_is_owed_within_the_promise_without_one_or_without_a_fee() -> None:
    half_hour = 30 * 60
    assert credit_owed(down=half_hour, month=NOVEMBER, terms=TERMS, monthly_fee=Decimal(15)) is None
    no_promise = Terms(availability_percent=None, credit_tiers=TERMS.credit_tiers)
    assert (
        credit_owed(down=86400, month=NOVEMBER, terms=no_promise, monthly_fee=Decimal(15)) is None
    )
    assert credit_owed(down=86400, month=NOVEMBER, terms=TERMS, monthly_fee=Decimal(0)) is None


def test_cents_round_half_up() -> None:
    owed = credit_owed(down=3600, month=NOVEMBER, terms=TERMS, monthly_fee=Decimal("12.35"))

    assert owed is not None and owed.amount == Decimal("1.24")  # 10 % of 12.35 is 1.235


def test_a_february_has_672_hours() -> None:
    february = Month.of(dt.datetime(2027, 2, 3, tzinfo=dt.UTC))

    assert february.seconds == 28 * 86400
    assert duration_text(45 * 60) == "45 min"
    assert duration_text(25 * 3600 + 5 * 60) == "25 h 05 min"


def test_an_outage_across_the_end_of_a_month_counts_in_each_month() -> None:
    december = Month.of(dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    two_hours = 2 * 3600.0

    owed = credit_over_months(
        [(NOVEMBER, two_hours), (december, two_hours)], terms=TERMS, monthly_fee=Decimal(15)
    )

    assert owed is not None and owed.amount == Decimal("3.00")
    assert owed.formula == (
        "Availability in November 2026: 99.72% (2 h 00 min down of 720 h); promised 99.9% "
        "→ 10% of £15.00 monthly fee = £1.50; "
        "Availability in December 2026: 99.73% (2 h 00 min down of 744 h); promised 99.9% "
        "→ 10% of £15.00 monthly fee = £1.50; in all £3.00"
    )
