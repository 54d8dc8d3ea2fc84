"""The v2 documents against the published format: the JSON Schema beside the repository
(written from Statuspage's documentation) and the key sets of real pages' responses."""

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from ownup.settings import BASE_DIR
from ownup.statuspage.tests.conftest import STATES, build_state

FORMAT = BASE_DIR.parent / "shared" / "statuspage_v2"
ENDPOINTS = {
    "summary.json": "summary.json",
    "status.json": "status.json",
    "components.json": "components.json",
    "incidents.json": "incidents.json",
    "incidents/unresolved.json": "incidents_unresolved.json",
    "scheduled-maintenances.json": "scheduled-maintenances.json",
    "scheduled-maintenances/upcoming.json": "scheduled-maintenances_upcoming.json",
    "scheduled-maintenances/active.json": "scheduled-maintenances_active.json",
}


def _schemas() -> tuple[Registry, dict[str, Any]]:
    documents = {p.name: json.loads(p.read_text()) for p in (FORMAT / "schema").glob("*.json")}
    registry: Registry = Registry().with_resources(
        (d["$id"], Resource.from_contents(d)) for d in documents.values()
    )
    return registry, documents


def _objects(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object of a v2 document with its kind: page, component, incident, update…"""
    if "page" in document:
        yield "page", document["page"]
    for component in document.get("components", []):
        yield "component", component
    for kind, key in (("incident", "incidents"), ("maintenance", "scheduled_maintenances")):
        for event in document.get(key, []):
            yield kind, event
            for update in event["incident_updates"]:
                yield "update", update
            for component in event["components"]:
                yield "component", component


def _sample_keys() -> dict[str, tuple[set[str], set[str]]]:
    """For each kind of object: the keys every real sample has, and every key any has."""
    seen: dict[str, list[set[str]]] = {}
    for path in (FORMAT / "samples").glob("*.json"):
        for kind, obj in _objects(json.loads(path.read_text())):
            seen.setdefault(kind, []).append(set(obj))
    return {kind: (set.intersection(*keys), set.union(*keys)) for kind, keys in seen.items()}


def v2(endpoint: str) -> dict[str, Any]:
    response = Client().get(f"/api/v2/{endpoint}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    document: dict[str, Any] = response.json()
    return document


@pytest.mark.django_db
@pytest.mark.parametrize("state", STATES)
def test_every_endpoint_validates_against_the_published_schema(state: str) -> None:
    registry, schemas = _schemas()
    build_state(state)
    for endpoint, schema_name in ENDPOINTS.items():
        validator = Draft202012Validator(schemas[schema_name], registry=registry)
        errors = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(v2(endpoint))
        ]
        assert errors == [], endpoint


@pytest.mark.django_db
@pytest.mark.parametrize("state", STATES)
def test_every_object_has_the_keys_real_pages_have_and_no_invented_ones(state: str) -> None:
    expected = _sample_keys()
    build_state(state)
    for endpoint in ENDPOINTS:
        for kind, obj in _objects(v2(endpoint)):
            always, ever = expected[kind]
            assert always <= set(obj), f"{endpoint} {kind} lacks {always - set(obj)}"
            assert set(obj) <= ever, f"{endpoint} {kind} invents {set(obj) - ever}"


@pytest.mark.django_db
def test_the_vocabularies_follow_the_state() -> None:
    build_state("incident")
    summary = v2("summary.json")
    assert summary["status"] == {"indicator": "critical", "description": "Major System Outage"}
    (incident,) = summary["incidents"]
    assert (incident["status"], incident["impact"]) == ("identified", "critical")
    assert [u["status"] for u in incident["incident_updates"]] == ["identified", "investigating"]
    statuses = {c["name"]: c["status"] for c in summary["components"]}
    assert statuses == {
        "Hosting": "major_outage",
        "Websites": "major_outage",
        "Email": "operational",
        "Control panel": "operational",
    }
    group = next(c for c in summary["components"] if c["group"])
    assert group["components"] == [
        c["id"] for c in summary["components"] if c["group_id"] == group["id"]
    ]
    assert incident["shortlink"] == f"https://status.daybreak.example/incidents/{incident['id']}/"


@pytest.mark.django_db
def test_maintenance_moves_from_upcoming_to_active_and_the_indicator_says_maintenance() -> None:
    build_state("upcoming")
    assert [
        m["status"] for m in v2("scheduled-maintenances/upcoming.json")["scheduled_maintenances"]
    ] == ["scheduled"]
    assert v2("scheduled-maintenances/active.json")["scheduled_maintenances"] == []

    build_state("maintenance_in_progress")
    active = v2("scheduled-maintenances/active.json")["scheduled_maintenances"]
    assert [m["status"] for m in active] == ["in_progress"]
    assert v2("status.json")["status"]["indicator"] == "maintenance"


@pytest.mark.django_db
def test_ids_are_opaque_and_stable_and_timestamps_are_utc_with_milliseconds() -> None:
    build_state("incident")
    first, second = v2("summary.json"), v2("components.json")
    assert [c["id"] for c in first["components"]] == [c["id"] for c in second["components"]]
    assert all(len(c["id"]) == 12 and c["id"].isalnum() for c in first["components"])
    assert first["page"]["updated_at"].endswith("Z")
    assert len(first["page"]["updated_at"]) == len("2022-11-25T15:50:04.967Z")


def test_the_published_format_is_beside_the_repository() -> None:
    assert (FORMAT / "schema" / "summary.json").is_file(), f"expected {FORMAT} (../shared)"
    assert list((FORMAT / "samples").glob("*.json"))


def test_status_page_api_is_also_under_the_page_address(db: None) -> None:
    build_state("operational")
    assert (
        Client().get("/status/api/v2/summary.json").content
        == Client().get("/api/v2/summary.json").content
    )
