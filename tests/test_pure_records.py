"""Pure tests (no Neo4j) of what a record shows from its sources' versions (read/records.py):
which version's fields win, open-ended dates, statuses, Russian titles and a statement's speakers,
as a client reads them in the record's JSON."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from test_pure_paging_mutants import version

from kb_service.read.records import summarised


def statement_version(source: str, published: str, speaker: str, **claim: object) -> dict[str, Any]:
    """A statement version as the record query returns it."""
    return {
        "source": {"id": source},
        "published_key": dt.date.fromisoformat(published).toordinal(),
        "claim": {
            "date": "2020-10-10",
            "kind": "appeal",
            "quote": f"{speaker} calls for calm",
            "language": "en",
            "text_en": f"{speaker} calls for calm",
            **claim,
        },
        "speakers": [speaker],
    }


def shown(kind: str, *versions: dict[str, Any]) -> dict[str, Any]:
    """The record a client reads (summarised strips its versions' claims: it gets copies)."""
    return summarised({"kind": kind, "id": "record", "versions": copy.deepcopy(list(versions))})


def test_the_latest_published_version_wins_whatever_the_order_or_source_id() -> None:
    # "zeta" was published first but sorts last by id; "alpha" was published a day later
    early = version("zeta", "2020-10-10", status="planned")
    late = version("alpha", "2020-10-11", status="ongoing", title_ru="Переговоры")
    record = shown("event", early, late)
    assert (record["title"], record["status"]) == ("As alpha tells it", "ongoing")
    assert record["title_ru"] == "Переговоры"
    assert "title_ar" not in record  # a title in a language no version gives is left out
    assert record["renewal"] is None  # no renewal: null, not an empty text
    assert shown("event", late, early)["title"] == "As alpha tells it"


def test_two_versions_published_the_same_day_show_the_greater_source_id_s_fields() -> None:
    first = version("agency-a", "2020-10-11")
    second = version("agency-b", "2020-10-11")
    assert shown("event", first, second)["title"] == "As agency-b tells it"
    assert shown("event", second, first)["title"] == "As agency-b tells it"


def test_an_event_without_a_status_has_occurred() -> None:
    assert shown("event", version("agency", "2020-10-11"))["status"] == "occurred"


def test_an_open_start_or_end_shows_no_earliest_or_latest_day() -> None:
    until = shown("event", version("agency", "2020-10-11", date="../2020-10-10"))["date"]
    assert (until["edtf"], until["earliest"], until["latest"]) == (
        "../2020-10-10",
        None,
        "2020-10-10",
    )
    since = shown("event", version("agency", "2020-10-11", date="2020-10-10/.."))["date"]
    assert (since["edtf"], since["earliest"], since["latest"]) == (
        "2020-10-10/..",
        "2020-10-10",
        None,
    )


def test_statements_whose_sources_name_other_speakers_disagree_on_speakers() -> None:
    one = statement_version("agency-a", "2020-10-10", "mediator", plover="APPEAL")
    other = statement_version("agency-b", "2020-10-11", "ministry", plover="APPEAL")
    record = shown("statement", one, other)
    assert (record["disagree_on"], record["sources_disagree"]) == (["speakers"], True)
    assert (record["plover"], record["quote"]) == ("APPEAL", "ministry calls for calm")
    same = shown("statement", one, statement_version("agency-b", "2020-10-11", "mediator"))
    assert (same["disagree_on"], same["plover"]) == ([], None)  # the latest version gives none
