import feedparser
import pytest
from django.test import Client

from ownup.incidents.models import Incident
from ownup.statuspage.models import Maintenance
from ownup.statuspage.tests.conftest import build_state


@pytest.mark.django_db
@pytest.mark.parametrize("feed", ["feed.atom", "feed.rss"])
def test_feeds_list_incidents_and_maintenance_with_links_to_their_pages(feed: str) -> None:
    build_state("incident")
    build_state("upcoming")
    response = Client().get(f"/status/{feed}")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    assert parsed.version == ("atom10" if feed == "feed.atom" else "rss20")
    titles = [e.title for e in parsed.entries]
    assert set(titles) == {"web3 is down", "Maintenance: Mail server upgrade"}
    incident = Incident.objects.get()
    maintenance = Maintenance.objects.get()
    links = {e.title: e.link for e in parsed.entries}
    base = "https://status.daybreak.example"
    assert links["web3 is down"] == f"{base}/incidents/{incident.public_id}/"
    assert (
        links["Maintenance: Mail server upgrade"] == f"{base}/maintenance/{maintenance.public_id}/"
    )
    entry = next(e for e in parsed.entries if e.title == "web3 is down")
    assert "A disk controller failed" in entry.summary


@pytest.mark.django_db
def test_the_page_points_feed_readers_at_both_feeds() -> None:
    build_state("operational")
    page = Client().get("/status/").content.decode()
    assert 'type="application/atom+xml"' in page and 'href="feed.atom"' in page
    assert 'type="application/rss+xml"' in page and 'href="feed.rss"' in page
