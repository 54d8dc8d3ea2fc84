"""A caller on the phone: find them however they spell it, then tell them what happened."""

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from ownup.accounts.models import User
from ownup.comms.models import DeliveryStatus, Notice, NoticeKind, OutboxMessage
from ownup.comms.services import notify
from ownup.conftest import OwnupCli
from ownup.customers.lookup import customer_lookup, customer_story, same_phone
from ownup.customers.models import Customer, CustomerImport, CustomerList, ListMembership
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db

IMPORTED_AT = dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC)


def add_customer(key: str, name: str, email: str, phone: str = "") -> Customer:
    return Customer.objects.create(
        key=key, name=name, email=email, phone=phone, source="crm.csv", imported_at=IMPORTED_AT
    )


@pytest.fixture
def callers() -> None:
    add_customer("C-101", "Tomás Reyes", "tomas@reyes-plumbing.example", "+44 20 7946 0101")
    add_customer("C-102", "Maren Holt", "maren@holt-joinery.example", "+44 161 496 0202")
    add_customer("C-103", "Karen Holt", "karen.holt@brightmail.example", "0117 496 0303")
    add_customer("C-104", "Ingrid Sørensen", "ingrid@sorensen-design.example")


def names(query: str) -> list[str]:
    return [m.customer.name for m in customer_lookup(query)]


def best(query: str) -> str:
    found = names(query)
    assert found, f"nobody found for {query!r}"
    return found[0]


# -- finding them -------------------------------------------------------------------------


@pytest.mark.usefixtures("callers")
def test_an_email_is_found_whatever_its_case() -> None:
    [match, *_] = customer_lookup("MAREN@Holt-Joinery.example")
    assert (match.customer.name, match.exact, match.matched_on) == ("Maren Holt", True, "email")
    assert match.score == 100


@pytest.mark.usefixtures("callers")
def test_a_typo_in_the_name_still_finds_him() -> None:
    [match, *_] = customer_lookup("Tomas Reyez")
    assert match.customer.name == "Tomás Reyes"
    assert not match.exact
    assert 80 <= match.score < 100


@pytest.mark.usefixtures("callers")
def test_a_typo_in_the_name_still_finds_her() -> None:
    assert best("Maren Hlot") == "Maren Holt"
    assert best("Ingrid Sorensn") == "Ingrid Sørensen"


@pytest.mark.usefixtures("callers")
def test_a_typo_in_every_word_still_finds_her() -> None:
    assert best("Mraen Hlot") == "Maren Holt"


@pytest.mark.usefixtures("callers")
def test_a_name_typed_without_its_accents_or_special_letters_is_the_same_name() -> None:
    [match, *_] = customer_lookup("ingrid SORENSEN")
    assert (match.customer.name, match.exact, match.score) == ("Ingrid Sørensen", True, 100)
    [match] = customer_lookup("TOMAS REYES")
    assert (match.customer.name, match.exact) == ("Tomás Reyes", True)


@pytest.mark.usefixtures("callers")
def test_two_swapped_letters_in_an_email_still_find_her() -> None:
    [match, *_] = customer_lookup("maren@holt-jionery.example")
    assert (match.customer.name, match.matched_on, match.exact) == ("Maren Holt", "email", False)
    assert match.score >= 90


@pytest.mark.usefixtures("callers")
def test_a_phone_number_is_found_however_it_is_written() -> None:
    for written in ("020 79460101", "+44 (0)20 7946 0101", "0044 20 7946 0101", "79460101"):
        [match] = customer_lookup(written)
        assert (match.customer.name, match.matched_on, match.exact) == (
            "Tomás Reyes",
            "phone",
            True,
        ), written


@pytest.mark.usefixtures("callers")
def test_a_phone_number_with_other_trailing_digits_is_not_theirs() -> None:
    assert customer_lookup("020 7946 0109") == []
    assert not same_phone("+44 20 7946 0101", "+44 20 8946 0101")
    assert not same_phone("0101", "0101")  # too short to tell anyone apart


@pytest.mark.usefixtures("callers")
def test_a_key_is_found_in_any_case() -> None:
    [match] = customer_lookup("c-103")
    assert (match.customer.name, match.matched_on, match.exact) == ("Karen Holt", "key", True)


@pytest.mark.usefixtures("callers")
def test_the_exact_name_comes_before_a_name_spelt_nearly_alike() -> None:
    matches = customer_lookup("maren holt")
    assert [m.customer.name for m in matches[:2]] == ["Maren Holt", "Karen Holt"]
    assert matches[0].exact and matches[0].score == 100
    assert not matches[1].exact and matches[1].score < 100


@pytest.mark.usefixtures("callers")
def test_a_surname_alone_finds_everyone_with_it() -> None:
    assert set(names("holt")) == {"Maren Holt", "Karen Holt"}


@pytest.mark.usefixtures("callers")
def test_a_half_typed_name_already_finds_him() -> None:
    assert best("Tom") == "Tomás Reyes"


@pytest.mark.usefixtures("callers")
def test_words_nobody_has_find_nobody() -> None:
    assert customer_lookup("zebra quokka") == []
    assert customer_lookup("   ") == []


@pytest.mark.usefixtures("callers")
def test_a_customer_added_after_a_lookup_is_found_at_once() -> None:
    assert names("Wanjiru Kamau") == []
    add_customer("C-200", "Wanjiru Kamau", "wanjiru@kamau.example")
    assert best("Wanjiru Kamau") == "Wanjiru Kamau"


@pytest.mark.usefixtures("callers")
def test_a_changed_email_is_found_under_the_new_address_only() -> None:
    assert best("tomas@reyes-plumbing.example") == "Tomás Reyes"
    tomas = Customer.objects.get(key="C-101")
    tomas.email = "hello@reyes-heating.example"
    tomas.save()
    [match] = customer_lookup("hello@reyes-heating.example")[:1]
    assert (match.customer.key, match.exact) == ("C-101", True)
    assert all(not m.exact for m in customer_lookup("tomas@reyes-plumbing.example"))


@pytest.mark.usefixtures("callers")
def test_the_limit_caps_the_matches() -> None:
    assert len(customer_lookup("holt", limit=1)) == 1


# -- their story ----------------------------------------------------------------------------


def test_the_story_says_which_incidents_affected_them_and_why(incident: Incident) -> None:
    story = customer_story(Customer.objects.get(name="Chloé Dubois"))
    assert story.was_affected
    [touch] = story.incidents
    assert (touch.reference, touch.title, touch.stage, touch.reason) == (
        incident.reference,
        "web3 is down",
        "Investigating",
        "hosted on web3",
    )
    assert touch.added_at <= timezone.now()
    assert story.open_incidents == 1


def test_the_story_of_someone_unaffected_says_so(incident: Incident) -> None:
    story = customer_story(Customer.objects.get(name="Dmitri Novak"))
    assert not story.was_affected
    assert story.incidents == [] and story.messages == []


def test_the_story_lists_every_message_with_its_delivery(
    drafted_notice: Notice, lead_bob: User
) -> None:
    notify(incident=drafted_notice.incident, kind=NoticeKind.INITIAL, actor=lead_bob)
    ana = Customer.objects.get(name="Ana Almeida")
    sent_at = timezone.now()
    OutboxMessage.objects.filter(customer=ana).update(
        status=DeliveryStatus.SENT, sent_at=sent_at, possible_duplicate=True
    )
    [message] = customer_story(ana).messages
    assert message.subject == "web3 is down: what it means for you"
    assert message.incident_reference == drafted_notice.incident.reference
    assert (message.status_label, message.possible_duplicate) == ("Sent", True)
    assert (message.at, message.sent) == (sent_at, True)

    [queued] = customer_story(Customer.objects.get(name="Ben Brennan")).messages
    assert (queued.status_label, queued.sent, queued.possible_duplicate) == (
        "Queued",
        False,
        False,
    )


def test_the_story_says_which_lists_they_are_on_and_which_not(incident: Incident) -> None:
    ana = Customer.objects.get(name="Ana Almeida")
    newsletter = CustomerList.objects.create(name="newsletter")
    CustomerList.objects.create(name="2020 migration")
    ListMembership.objects.create(customer_list=newsletter, customer=ana, added_at=IMPORTED_AT)
    story = customer_story(ana)
    assert [(p.name, p.added_at) for p in story.lists] == [("newsletter", IMPORTED_AT)]
    assert story.not_on_lists == ["2020 migration"]


@pytest.mark.usefixtures("callers")
def test_the_story_says_where_their_data_came_from_and_when() -> None:
    CustomerImport.objects.create(
        source="crm.csv", started_at=IMPORTED_AT, finished_at=IMPORTED_AT + dt.timedelta(seconds=4)
    )
    story = customer_story(Customer.objects.get(key="C-101"))
    assert (story.source, story.imported_at) == ("crm.csv", IMPORTED_AT)
    assert story.last_import is not None
    assert not story.left_source


@pytest.mark.usefixtures("callers")
def test_the_story_notices_when_a_later_import_of_their_source_left_them_out() -> None:
    later = IMPORTED_AT + dt.timedelta(days=7)
    CustomerImport.objects.create(source="crm.csv", started_at=later, finished_at=later)
    story = customer_story(Customer.objects.get(key="C-101"))
    assert story.left_source


# -- the command ----------------------------------------------------------------------------


def lookup_command(*args: str) -> str:
    out = StringIO()
    call_command("lookup", *args, stdout=out)
    return out.getvalue()


@pytest.mark.usefixtures("callers")
def test_the_command_lists_matches_and_tells_the_best_ones_story(incident: Incident) -> None:
    output = lookup_command("Chloe", "Dubios")
    lines = output.splitlines()
    assert lines[0].startswith("C3") and "Chloé Dubois" in lines[0] and "like the name" in lines[0]
    assert "Chloé Dubois <chloe@dubois.example>  key C3" in output
    assert "Affected by 1 incident(s):" in output
    assert f"{incident.reference} web3 is down (Investigating): hosted on web3" in output
    assert "No messages sent to them." in output
    assert "Lists: there are none yet." in output
    assert "Data: from builder, last imported never." in output


@pytest.mark.usefixtures("callers")
def test_the_command_prints_json_for_scripts() -> None:
    result = json.loads(lookup_command("020 79460101", "--json"))
    assert [m["key"] for m in result["matches"]] == ["C-101"]
    assert (
        result["matches"][0] | {"score": 100, "exact": True, "matched_on": "phone"}
        == (result["matches"][0])
    )
    customer = result["customer"]
    assert (customer["name"], customer["affected"], customer["incidents"]) == (
        "Tomás Reyes",
        False,
        [],
    )
    assert customer["imported_at"] == IMPORTED_AT.isoformat()


def test_nobody_matching_is_said_in_one_line_and_exits_0(ownup: OwnupCli) -> None:
    done = ownup("lookup", "zebra quokka")
    assert (done.returncode, done.stdout) == (0, "no customer matches 'zebra quokka'\n")
    done = ownup("lookup", "zebra", "--json")
    assert json.loads(done.stdout) == {"matches": [], "customer": None}
