import pytest

from ownup.conftest import CustomerBuilder
from ownup.customers.selectors import customers_matching
from ownup.customers.values import typed_value

pytestmark = pytest.mark.django_db


@pytest.fixture
def hosting_customers(make_customer: CustomerBuilder) -> None:
    make_customer(key="C1", name="Ana", server="web3", plan="pro", seats=3, monthly_fee=39.0,
                  backups=True, signed_up="2019-04-02")  # fmt: skip
    make_customer(key="C2", name="Ben", server="web3", plan="starter", seats=1, monthly_fee=5,
                  backups=False, signed_up="2021-11-30")  # fmt: skip
    make_customer(key="C3", name="Chloé", server="web4", plan="pro", seats=3, monthly_fee=39.0,
                  backups=True, signed_up="2016-01-15")  # fmt: skip


def keys(filters: dict[str, str]) -> set[str]:
    return set(customers_matching(filters).values_list("key", flat=True))


@pytest.mark.usefixtures("hosting_customers")
def test_matching_on_a_text_attribute_finds_only_that_server() -> None:
    assert keys({"server": "web3"}) == {"C1", "C2"}


@pytest.mark.usefixtures("hosting_customers")
def test_matching_reads_the_typed_value_of_numbers_booleans_and_dates() -> None:
    assert keys({"seats": "3"}) == {"C1", "C3"}
    assert keys({"monthly_fee": "39.0"}) == {"C1", "C3"}
    assert keys({"monthly_fee": "39"}) == {"C1", "C3"}
    assert keys({"monthly_fee": "5"}) == {"C2"}
    assert keys({"backups": "yes"}) == {"C1", "C3"}
    assert keys({"backups": "false"}) == {"C2"}
    assert keys({"signed_up": "2016-01-15"}) == {"C3"}


@pytest.mark.usefixtures("hosting_customers")
def test_every_filter_narrows_the_match() -> None:
    assert keys({"server": "web3", "plan": "pro"}) == {"C1"}
    assert keys({"server": "web4", "plan": "starter"}) == set()


@pytest.mark.usefixtures("hosting_customers")
def test_matching_on_a_record_field_compares_the_field_itself() -> None:
    assert keys({"email": "c2@example.com"}) == {"C2"}
    assert keys({"key": "C3"}) == {"C3"}


@pytest.mark.usefixtures("hosting_customers")
def test_an_attribute_nobody_has_matches_nobody() -> None:
    assert keys({"datacentre": "lon1"}) == set()


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("42", 42),
        ("-3.5", -3.5),
        ("01234", "01234"),
        ("1_000", "1_000"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("2024-02-29", "2024-02-29"),
        ("yes", True),
        ("", None),
    ],
)
def test_a_cell_is_read_as_the_type_it_plainly_is(cell: str, value: object) -> None:
    assert typed_value(cell) == value
