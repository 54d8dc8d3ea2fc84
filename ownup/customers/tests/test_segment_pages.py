import pytest
from django.test import Client

from ownup.accounts.models import User
from ownup.conftest import CustomerBuilder
from ownup.customers.models import Segment
from ownup.incidents.models import Incident

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_alice(agent_alice: User) -> Client:
    client = Client()
    client.force_login(agent_alice)
    return client


@pytest.fixture
def hosting(make_customer: CustomerBuilder) -> None:
    make_customer(key="K1", name="Ana", server="web3", monthly_fee=39.0)
    make_customer(key="K2", name="Ben", server="web3", monthly_fee=5)
    make_customer(key="K3", name="Chloé", server="web4", monthly_fee=39.0)


def test_the_builder_turns_rows_into_sql_and_counts_the_members(
    hosting: None, client_alice: Client
) -> None:
    page = client_alice.get(
        "/customers/segments/",
        {"action": "build", "attribute_1": "server", "operator_1": "eq", "value_1": "web3",
         "attribute_2": "monthly_fee", "operator_2": "gt", "value_2": "10", "join": "and"},
    ).content.decode()  # fmt: skip
    assert 'data-testid="segment-count">1<' in page
    assert "&quot;server&quot; = &#x27;web3&#x27; AND &quot;monthly_fee&quot; &gt; 10" in page
    assert "Ana" in page and "Ben" not in page


def test_typing_sql_updates_only_the_result_and_names_a_mistake(
    hosting: None, client_alice: Client
) -> None:
    fragment = client_alice.get(
        "/customers/segments/", {"where": "no_such = 1"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert fragment.lstrip().startswith('<section id="result"')
    assert "no_such" in fragment and 'role="alert"' in fragment


def test_saving_and_freezing_a_segment_from_the_page(
    hosting: None, client_alice: Client, incident: Incident
) -> None:
    where = "server = 'web4'"
    client_alice.post("/customers/segments/save/", {"name": "web4", "where": where})
    assert Segment.objects.get(name="web4").where == where
    response = client_alice.post(
        "/customers/segments/freeze/", {"where": where, "incident": incident.reference}
    )
    assert response["Location"] == f"/incidents/{incident.reference}/"
    frozen = incident.affected.get(customer__key="K3")
    assert frozen.segment is not None and frozen.segment.name == "web4"


def test_an_export_streams_every_member_as_csv(hosting: None, client_alice: Client) -> None:
    response = client_alice.get("/customers/segments/export.csv", {"where": "server = 'web3'"})
    body = b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]
    lines = body.strip().splitlines()
    assert lines[0].startswith("key,name,email,phone")
    assert sorted(line.split(",")[0] for line in lines[1:]) == ["K1", "K2"]


def test_the_incident_page_refreshes_its_affected_set_from_the_segment(
    hosting: None, client_alice: Client, incident: Incident, make_customer: CustomerBuilder
) -> None:
    where = "server = 'web4'"
    client_alice.post("/customers/segments/save/", {"name": "web4", "where": where})
    client_alice.post(
        "/customers/segments/freeze/", {"where": where, "incident": incident.reference}
    )
    make_customer(key="K9", name="Ines", server="web4")
    segment = Segment.objects.get(name="web4")

    page = client_alice.post(
        f"/incidents/{incident.reference}/affected/refresh/", {"segment": segment.pk}, follow=True
    ).content.decode()

    assert "Segment &#x27;web4&#x27;: 1 joined, 0 left (kept in the set)." in page
    assert incident.affected.filter(customer__key="K9").exists()
