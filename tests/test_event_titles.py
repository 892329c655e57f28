"""An event's title in its source's words (`title_ar`, `title_ru`) is stored with the event and
its source's version, and read back in the event and in the timeline's rows (TimelineJS and the
embeds build on those rows), only when the curator gave one; ingesting it again changes
nothing."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from conftest import FIXTURES, SEEDS, fresh_graph, load
from flask.testing import FlaskClient

from kb_service.store.db import Database

SOURCE = FIXTURES / "event_titles" / "source.yaml"
BRIDGE = "fixture-titles-bridge"
ROAD = "fixture-titles-road"


@pytest.fixture(scope="module")
def titled(db: Database) -> Database:
    return fresh_graph(db, SOURCE)


def rows(client: FlaskClient, url: str) -> dict[str, dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    return {row["id"]: row for row in response.get_json()["data"]}


def test_the_event_carries_its_titles_in_the_source_s_words(
    titled: Database, client: FlaskClient
) -> None:
    event = client.get(f"/api/v1/events/{BRIDGE}").get_json()["data"]
    assert event["title"] == "The new bridge over the river opens"
    assert event["title_ar"] == "افتُتح الجسر الجديد فوق النهر"
    assert event["title_ru"] == "Новый мост через реку открыт"
    other = client.get(f"/api/v1/events/{ROAD}").get_json()["data"]
    assert "title_ar" not in other and "title_ru" not in other


def test_the_timeline_rows_carry_them_when_given(titled: Database, client: FlaskClient) -> None:
    found = rows(client, "/api/v1/timeline?from=2022&to=2022")
    assert found[BRIDGE]["title_ar"] == "افتُتح الجسر الجديد فوق النهر"
    assert "title_ar" not in found[ROAD]
    as_of = rows(client, "/api/v1/timeline?from=2022&to=2022&as_of=2022-04-02")
    assert as_of[BRIDGE]["title_ru"] == "Новый мост через реку открыт"


def test_the_source_s_version_holds_them(titled: Database) -> None:
    [claim] = titled.driver.execute_query(
        "MATCH (:Source {id: 'fixture-titles-brief'})-[c:ASSERTS]->(:Event {id: $id}) "
        "RETURN c.title_ar AS ar, c.title_ru AS ru",
        {"id": BRIDGE},
        database_=titled.name,
    ).records
    assert (claim["ar"], claim["ru"]) == (
        "افتُتح الجسر الجديد فوق النهر",
        "Новый мост через реку открыт",
    )


def test_ingesting_it_again_changes_nothing(titled: Database) -> None:
    report = load(titled, SOURCE)
    assert not report.changed


def test_the_seed_titles_are_their_source_s_own_words() -> None:
    """A seed's title_ar or title_ru is copied from its source's text, never new wording."""
    for path in SEEDS.glob("*.yaml"):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        if document.get("kind") != "source":
            continue
        text = (SEEDS / document["text_file"]).read_text(encoding="utf-8")
        for event in document.get("events") or []:
            for key in ("title_ar", "title_ru"):
                if key in event:
                    assert event[key] in text, (path.name, event["id"], key)
