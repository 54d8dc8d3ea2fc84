import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from ownup.accounts.models import User
from ownup.customers.models import Customer, CustomerList

pytestmark = pytest.mark.django_db

GOOD = (
    b"key,name,email,plan\n"
    b"K1,Maren Holt,maren@holt.example,pro\n"
    b"K2,Aiko Mori,aiko@mori.example,starter\n"
)


@pytest.fixture
def client_alice(agent_alice: User) -> Client:
    client = Client()
    client.force_login(agent_alice)
    return client


def test_uploading_a_file_imports_it_and_shows_what_changed(client_alice: Client) -> None:
    upload = SimpleUploadedFile("crm-export.csv", GOOD, content_type="text/csv")
    page = client_alice.post(
        "/customers/import/", {"file": upload, "list_name": "2020 project"}
    ).content.decode()

    assert "Imported crm-export.csv" in page
    assert "<strong>2</strong>added" in page and "<code>plan</code> (text)" in page
    assert Customer.objects.filter(source="crm-export.csv").count() == 2
    assert CustomerList.objects.get(name="2020 project").memberships.count() == 2
    assert "crm-export.csv</strong> → 2020 project" in page


def test_a_bad_file_shows_every_problem_and_imports_nothing(client_alice: Client) -> None:
    bad = b"key,name,email\nK1,Maren,maren@\nK1,Aiko,aiko@mori.example\n"
    page = client_alice.post(
        "/customers/import/", {"file": SimpleUploadedFile("bad.csv", bad)}
    ).content.decode()

    assert "Nothing was imported" in page
    assert "line 2, column email: &#x27;maren@&#x27; is not an address" in page
    assert "line 3, column key: &#x27;K1&#x27; is already on line 2" in page
    assert not Customer.objects.exists()


def test_skipping_bad_rows_from_the_page_lists_the_rows_left_out(client_alice: Client) -> None:
    mixed = GOOD + b"K3,Ines,ines@,pro\n"
    page = client_alice.post(
        "/customers/import/",
        {"file": SimpleUploadedFile("mixed.csv", mixed), "skip_bad_rows": "on"},
    ).content.decode()

    assert "<strong>1</strong>bad rows skipped" in page
    assert "line 4, column email: &#x27;ines@&#x27; is not an address" in page
    assert Customer.objects.count() == 2
