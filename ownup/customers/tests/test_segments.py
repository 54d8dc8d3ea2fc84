import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from django.utils import timezone

from ownup.accounts.models import User
from ownup.conftest import CustomerBuilder
from ownup.customers.models import CustomerList, ListMembership, Segment
from ownup.customers.segments import (
    Condition,
    segment_count,
    segment_member_ids,
    segment_page,
    segment_rows,
    where_from_conditions,
)
from ownup.customers.services import segment_save
from ownup.errors import UserError
from ownup.incidents.models import Incident, Severity
from ownup.incidents.services import affected_from_segment, affected_refresh, incident_open

pytestmark = pytest.mark.django_db


@pytest.fixture
def hosting(make_customer: CustomerBuilder) -> None:
    make_customer(key="C1", name="Ana", server="web3", plan="pro", monthly_fee=39.0,
                  signed_up="2019-04-02", backups=True)  # fmt: skip
    make_customer(key="C2", name="Ben", server="web3", plan="starter", monthly_fee=5,
                  signed_up="2021-11-30", backups=False)  # fmt: skip
    make_customer(key="C3", name="Chloé", server="web4", plan="pro", monthly_fee=39.0,
                  signed_up="2024-01-15", backups=True)  # fmt: skip


def test_a_segment_counts_with_typed_numbers_dates_and_booleans(hosting: None) -> None:
    assert segment_count("server = 'web3'") == 2
    assert segment_count("monthly_fee > 10 AND signed_up < DATE '2020-01-01'") == 1
    assert segment_count("backups AND plan = 'pro'") == 2
    assert segment_count("name ILIKE 'ch%'") == 1


def test_the_count_follows_the_data_as_it_changes(
    hosting: None, make_customer: CustomerBuilder
) -> None:
    assert segment_count("server = 'web3'") == 2
    make_customer(key="C4", name="Dmitri", server="web3")
    assert segment_count("server = 'web3'") == 3


def test_list_membership_is_a_column_segments_can_use(hosting: None) -> None:
    project = CustomerList.objects.create(name="2020 project")
    ListMembership.objects.create(
        customer_list=project,
        customer_id=segment_member_ids("key = 'C2'")[0],
        added_at=timezone.now(),
    )
    assert segment_count("list_contains(lists, '2020 project')") == 1
    assert segment_count("NOT list_contains(lists, '2020 project')") == 2


def test_members_come_a_page_at_a_time_by_name_with_the_total(hosting: None) -> None:
    page = segment_page("true", page=2, size=2)
    assert page.count == 3
    assert [c.name for c in page.customers] == ["Chloé"]


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("len(read_text('/etc/passwd')) > 0", "where:"),
        ("key IN (SELECT column0 FROM read_csv('/etc/passwd'))", "where:"),
        ("true) UNION SELECT 1; DROP TABLE customers; SELECT (1", "where:"),
        ("true; COPY customers TO '/tmp/out.csv'", "where: "),
        ("no_such_column = 1", "no_such_column"),
        ("", "where: give a condition"),
    ],
)
def test_sql_mode_refuses_anything_but_reading_customers(
    hosting: None, where: str, says: str
) -> None:
    with pytest.raises(UserError, match=says):
        segment_count(where)


def test_a_segment_that_runs_too_long_is_stopped_with_a_message(
    hosting: None, settings: object
) -> None:
    settings.OWNUP_SEGMENT_SECONDS = 0.3  # type: ignore[attr-defined]
    slow = "(SELECT count(*) FROM range(100000000) a, range(100000) b) > 0"
    with pytest.raises(UserError, match=r"stopped after 0\.3 s"):
        segment_count(slow)


def test_a_saved_segment_keeps_its_condition_and_refuses_a_broken_one(
    hosting: None, agent_alice: User
) -> None:
    segment = segment_save(name="web3", where="server = 'web3';", actor=agent_alice)
    assert segment.where == "server = 'web3'"
    with pytest.raises(UserError, match="no_such"):
        segment_save(name="broken", where="no_such = 1", actor=agent_alice)
    assert not Segment.objects.filter(name="broken").exists()


def test_freezing_a_segment_records_why_each_customer_is_affected(
    hosting: None, agent_alice: User
) -> None:
    segment = segment_save(name="web3", where="server = 'web3'", actor=agent_alice)
    incident = incident_open(title="web3 down", severity=Severity.OUTAGE, opened_by=agent_alice)
    added = affected_from_segment(
        incident=incident, where=segment.where, segment=segment, actor=agent_alice
    )
    assert added == 2
    reasons = set(incident.affected.values_list("reason", flat=True))
    assert reasons == {"matched segment 'web3': server = 'web3'"}


def test_refreshing_says_who_joined_and_who_left(
    hosting: None, agent_alice: User, make_customer: CustomerBuilder
) -> None:
    segment = segment_save(name="web3", where="server = 'web3'", actor=agent_alice)
    incident: Incident = incident_open(
        title="web3 down", severity=Severity.OUTAGE, opened_by=agent_alice
    )
    affected_from_segment(incident=incident, where=segment.where, segment=segment, actor=None)
    moved = incident.affected.get(customer__key="C2").customer
    moved.attributes["server"] = "web5"
    moved.save()
    make_customer(key="C9", name="Ines", server="web3")

    diff = affected_refresh(incident=incident, segment=segment, actor=agent_alice)
    assert len(diff.joined) == 1 and diff.left == [moved.pk]
    assert incident.affected.count() == 3

    affected_refresh(incident=incident, segment=segment, actor=agent_alice, drop_left=True)
    assert sorted(incident.affected.values_list("customer__key", flat=True)) == ["C1", "C9"]


def test_an_export_has_every_member_with_every_column(hosting: None, tmp_path: Path) -> None:
    header, rows = segment_rows("plan = 'pro'")
    target = tmp_path / "pro.csv"
    with target.open("w", newline="") as out:
        csv.writer(out).writerows([header, *rows])
    exported = list(csv.DictReader(target.open()))
    assert [r["key"] for r in exported] == ["C1", "C3"]
    assert exported[0]["monthly_fee"] == "39.0" and exported[0]["signed_up"] == "2019-04-02"
    assert dt.date.fromisoformat(exported[1]["signed_up"]) == dt.date(2024, 1, 15)


def test_the_builder_writes_sql_that_quotes_every_value(hosting: None) -> None:
    where = where_from_conditions(
        [
            Condition("server", "eq", "web3"),
            Condition("monthly_fee", "gt", "10"),
            Condition("signed_up", "lt", "2020-01-01"),
        ]
    )
    assert where == (
        '"server" = \'web3\' AND "monthly_fee" > 10 AND "signed_up" < DATE \'2020-01-01\''
    )
    assert segment_count(where) == 1
    sly = where_from_conditions([Condition("name", "contains", "'; DROP TABLE x; --")])
    assert segment_count(sly) == 0
    either = where_from_conditions(
        [Condition("plan", "eq", "starter"), Condition("server", "eq", "web4")], join="or"
    )
    assert segment_count(either) == 2


@pytest.mark.parametrize(
    ("condition", "says"),
    [
        (Condition("monthly_fee", "gt", "ten"), "monthly_fee: 'ten' is not a number"),
        (Condition("signed_up", "lt", "31/12/2020"), "is not a date like 2024-03-31"),
        (Condition("favourite_colour", "eq", "red"), "customers have no 'favourite_colour'"),
        (Condition("server", "like", "web%"), "operator: 'like' is not one of"),
    ],
)
def test_the_builder_names_what_is_wrong_with_a_row(
    hosting: None, condition: Condition, says: str
) -> None:
    with pytest.raises(UserError, match=re.escape(says)):
        where_from_conditions([condition])
