"""The events `kb draft` drafts (issue 25): cues, dates, status, participants and the text's
conflict, in Arabic, English and Russian. Every text here is written for these tests; no
database is needed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

from kb_service.curation.drafting import draft
from kb_service.curation.drafting.cues import load as load_cues
from kb_service.curation.drafting.date_expressions import find as find_dates
from kb_service.curation.drafting.deadlines import publication_date
from kb_service.curation.drafting.event_merge import merged
from kb_service.curation.drafting.tokens import tokenize
from kb_service.curation.vocabulary import base

# A registry of test entries, spelled as the texts below spell them.
ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "России"),
    entity("ann-fell", "Actor", "person", "Ann Fell", "Fell", "آن فيل", "Анна Фелл"),
    entity("ivo-marr", "Actor", "person", "Ivo Marr", "Marr", "إيفو مار", "Иво Марр"),
    entity("east-mod", "Actor", "ministry", "East Defence Ministry", "Минобороны Востока"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
    # the sides of this conflict are in conflict_names.yaml
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def events(text: str, published: str, language: str) -> list[dict[str, Any]]:
    drafted = draft_fixture(
        text,
        ENTITIES,
        language,
        published,
        "t",
    )
    return list(drafted.document["events"])


def summary(items: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(e["type"], e["date"], e.get("status", "occurred")) for e in items]


def actors(item: dict[str, Any]) -> list[str]:
    return [p["actor"] for p in item.get("participants", [])]


# --- cues: pairs, and cues that are no event ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday Armenia said the deal ending the fighting in Nagorno-Karabakh held.", "en"),
        ("On Monday Armenia and Azerbaijan agreed to end the war.", "en"),
        ("В понедельник огонь в Карабахе прекращается по всей линии, сообщила Армения.", "ru"),
        ("وأعلنت أرمينيا يوم الاثنين توقف القتال في قره باغ.", "ar"),
    ],
)
def test_a_pair_of_words_reports_a_ceasefire_and_its_words_are_no_clash(
    text: str, language: str
) -> None:
    assert [e["type"] for e in events(text, "2020-11-10", language)] == ["ceasefire"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia and Russia signed a statement on a ceasefire on Monday.", "en"),
        ("Армения и Россия в понедельник подписали заявление о прекращении огня.", "ru"),
        ("ووقعت أرمينيا وروسيا يوم الاثنين اتفاق وقف إطلاق النار.", "ar"),
        # what the document did, in a relative clause: the document, no event of its own
        ("Armenia and Russia on Monday signed the statement that ended the fighting.", "en"),
    ],
)
def test_the_subject_of_a_document_is_no_event_of_its_own(text: str, language: str) -> None:
    assert [e["type"] for e in events(text, "2020-11-10", language)] in (
        [],
        ["agreement-signed"],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('On Monday Ann Fell said: "the ceasefire holds along the whole line".', "en"),
        ("«Перемирие соблюдается», - заявил в понедельник Иво Марр.", "ru"),
    ],
)
def test_a_cue_inside_quotation_marks_is_the_speaker_s_word_not_an_event(
    text: str, language: str
) -> None:
    assert events(text, "2020-11-10", language) == []


def test_a_call_for_talks_is_no_talks() -> None:
    text = "On Monday Russia called for talks between Armenia and Azerbaijan."
    assert events(text, "2020-11-10", "en") == []


def test_pairs_and_single_cues_are_found_in_order_without_overlap() -> None:
    cues = load_cues("en")
    text = "The peacekeepers landed on Monday after the fighting ended."
    found = [(at, p.term, p.clause) for at, p in cues.events_found(tokenize(text), text)]
    assert found == [(1, "deployment", True), (7, "ceasefire", True)]


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("Боевые действия шли с 27 сентября.", "2020-11-10", "2020-09-27/.."),
        ("وتدور منذ 27 سبتمبر 2020 معارك", "2020-10-10", "2020-09-27/.."),
        ("fighting has gone on since September 27", "2020-10-10", "2020-09-27/.."),
        ("Три попытки, предпринятые в октябре, не удались.", "2020-11-10", "2020-10"),
        ("a truce agreed in December failed", "2021-02-01", "2020-12"),
        ("وفشلت الهدنة في أكتوبر", "2020-11-10", "2020-10"),
        ("подписали в ночь на вторник", "2020-11-12", "2020-11-10"),
        ("وأعلنت أرمينيا الاثنين أن", "2020-12-14", "2020-12-14"),
        ("Armenia said Monday that", "2020-12-16", "2020-12-14"),
        ("the dead of Saturday's strike", "2020-10-18", "2020-10-17"),  # a weekday's own
        ("martial law from the first minute of Monday", "2020-09-29", "2020-09-28"),
        ("a curfew until Friday", "2020-10-11", "2020-10-09"),
        ("сегодня министр", "2020-12-16", "2020-12-16"),
        ("срок перенесен на 25 ноября", "2020-11-17", "2020-11-25"),  # a day to come
        ("on 28 December the", "2020-11-17", "2020-12-28"),  # 41 days ahead
        ("on 28 January the", "2020-11-17", "2020-01-28"),  # too far ahead: this year's past
    ],
)
def test_relative_and_open_dates_read_as_edtf(text: str, published: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text, published)] == [edtf]


@pytest.mark.parametrize("text", ["a Sunday school", "في سبتمبر", "на Иво Марр"])
def test_bare_words_that_are_not_dates_give_none(text: str) -> None:
    found = [d for d in find_dates(text, "2020-10-10") if d.how != "month-of-year"]
    assert found == [] or text == "في سبتمبر"


@pytest.mark.parametrize(
    ("passages", "published"),
    [
        (
            ["BAKU, Nov 10 (Test Wire) - Armenia said.", "The war began in late September 2020."],
            "2020-11-10",
        ),
        (["موسكو - 10 أكتوبر - أعلنت أرمينيا", "وتدور منذ 27 سبتمبر 2020 معارك"], "2020-10-10"),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_another_date_writes(
    passages: list[str], published: str
) -> None:
    assert publication_date(passages) == published


# --- one event per deadline, and the status ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia must hand the first district back to Azerbaijan by Nov 20 "
            "and the second by Nov 15.",
            "en",
        ),
        (
            "Азербайджану до 20 ноября должен быть возвращен первый район, до 15 ноября - второй.",
            "ru",
        ),
        ("وتعاد منطقة أولى إلى أذربيجان بحلول 20 نوفمبر ومنطقة ثانية بحلول 15 نوفمبر.", "ar"),
    ],
)
def test_each_deadline_of_a_handover_is_one_due_event_between_the_sides(
    text: str, language: str
) -> None:
    found = events(text, "2020-11-10", language)
    assert summary(found) == [
        ("territory-handover", "2020-11-20", "due"),
        ("territory-handover", "2020-11-15", "due"),
    ]
    # the sides of the conflict (conflict_names.yaml), named in the passage or not
    assert all(sorted(actors(e)) == ["armenia", "azerbaijan"] for e in found)


def test_a_handover_dated_after_the_publication_is_due_without_a_deadline_word() -> None:
    text = "Передача второго района Азербайджану намечена на 25 ноября."
    assert summary(events(text, "2020-11-17", "ru")) == [
        ("territory-handover", "2020-11-25", "due")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وتدور منذ 27 سبتمبر 2020 معارك بين أرمينيا وأذربيجان.",
        # days that have passed since it erupted
        "عشرة أيام مضت على معارك اندلعت بين أرمينيا وأذربيجان في 27 سبتمبر 2020.",
    ],
)
def test_fighting_since_a_day_that_goes_on_is_ongoing(text: str) -> None:
    assert summary(events(text, "2020-10-10", "ar")) == [
        ("armed-clash", "2020-09-27/..", "ongoing")
    ]
    for text, language in [
        ("Война в Карабахе, начавшаяся 27 сентября, идет уже пятую неделю.", "ru"),
        ("The war that began in Nagorno-Karabakh on 27 September has since spread.", "en"),
    ]:
        [war] = events(text, "2020-10-31", language)
        # named by no one: fought between the sides of the text's conflict
        assert (summary([war]), actors(war)) == (
            [("war", "2020-09-27/..", "ongoing")],
            ["armenia", "azerbaijan"],
        )
    # a date open from a day on (EDTF `..`) goes on: a past verb alone gives it no end
    text = "Боевые действия между Арменией и Азербайджаном шли с 27 сентября."
    assert summary(events(text, "2020-11-10", "ru")) == [
        ("armed-clash", "2020-09-27/..", "ongoing")
    ]


def test_a_ceasefire_that_begins_later_on_the_day_is_scheduled() -> None:
    text = "Armenia and Azerbaijan agreed today to a ceasefire that will begin at noon."
    assert summary(events(text, "2020-10-10", "en")) == [("ceasefire", "2020-10-10", "scheduled")]


# --- participants ------------------------------------------------------------------------------


def test_the_speaker_of_words_that_report_an_event_is_no_participant() -> None:
    text = "Ann Fell said on Tuesday that a ceasefire took hold in Nagorno-Karabakh."
    [event] = events(text, "2020-11-10", "en")
    assert "ann-fell" not in actors(event)


def test_a_state_that_declares_is_a_participant_of_its_act() -> None:
    text = "Armenia declared martial law on September 27."
    [event] = events(text, "2020-10-04", "en")
    assert (event["type"], actors(event)) == ("martial-law", ["armenia"])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Monday President of Russia Ivo Marr and Ann Fell of Armenia signed the agreement.",
            "en",
        ),
        (
            "Президент России Иво Марр и Анна Фелл из Армении в понедельник подписали соглашение.",
            "ru",
        ),
    ],
)
def test_an_agreement_signed_by_persons_has_the_persons_not_their_states(
    text: str, language: str
) -> None:
    [event] = events(text, "2020-11-10", language)
    assert (event["type"], sorted(actors(event))) == ("agreement-signed", ["ann-fell", "ivo-marr"])


# --- passages: one event, its clauses, not its mentions ----------------------------------------


def test_an_undated_clause_joins_the_one_dated_event_of_its_type_and_a_noun_does_not() -> None:
    text = (
        "Russia is to station 1,960 servicemen in Nagorno-Karabakh.\n"
        "The East Defence Ministry said the first peacekeepers landed on Tuesday morning.\n"
        "Ann Fell spoke of the deployment."
    )
    [event] = events(text, "2020-11-10", "en")
    assert (event["type"], event["date"]) == ("deployment", "2020-11-10")
    assert [e["passage"] for e in event["evidence"]] == [2, 1]
    assert actors(event) == ["russia"]  # from the clause that joined; the ministry only spoke


def test_an_event_is_in_the_conflict_of_the_place_the_text_names() -> None:
    text = "In Nagorno-Karabakh the war began in late September 2020."
    [event] = events(text, "2020-11-10", "en")
    assert (event["type"], event["date"], event.get("conflict")) == (
        "war",
        "2020-09",
        "nagorno-karabakh-conflict",
    )


def test_merging_looks_only_at_recent_events_of_a_type_and_actor() -> None:
    def item(n: int, date: str) -> dict[str, Any]:
        return {
            "type": "shelling",
            "date": date,
            "participants": [{"actor": "armenia", "role": "r"}],
            "evidence": [{"passage": n, "quote": str(n)}],
        }

    items = [item(n, f"2020-10-{1 + n % 10:02d}") for n in range(200)]
    kept = merged([*items, item(999, "2020-10")])
    # 200 events on 10 days: each merges with the earlier event of its day
    assert len(kept) == 10
    assert [len(k["evidence"]) for k in kept[:2]] == [21, 20]
    assert any(999 in {e["passage"] for e in k["evidence"]} for k in kept)
    # fighting since a day is not one later day's fighting, but the same as its first day's
    since, first = item(1, "2020-09-27/.."), item(3, "2020-09-27")
    assert [e["date"] for e in merged([since, item(2, "2020-09-28"), first])] == [
        "2020-09-27",
        "2020-09-28",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday Russia said it would help if fighting spread into Armenia.", "en"),
        ("В понедельник Россия заявила, что поможет Армении, если бои дойдут до ее границ.", "ru"),
        ("وقالت روسيا يوم الاثنين إنها ستساعد أرمينيا في حال امتدت المعارك إلى أراضيها.", "ar"),
        ("The truce agreed on Monday was meant to allow a prisoner exchange.", "en"),
        ("В понедельник Армения объявила перемирие для обмена пленными.", "ru"),
    ],
)
def test_a_condition_or_a_purpose_is_no_event(text: str, language: str) -> None:
    found = [e["type"] for e in events(text, "2020-11-10", language)]
    assert "armed-clash" not in found and "exchange-of-prisoners" not in found


def test_a_quotation_reports_an_event_only_with_a_date_of_its_own() -> None:
    text = (
        'Russia said: "On 9 November, Ann Fell held a phone call with Ivo Marr."\n'
        '"The phone call went well," Ann Fell said on Monday.'
    )
    found = events(text, "2020-11-10", "en")
    assert [(e["type"], e["date"], [x["passage"] for x in e["evidence"]]) for e in found] == [
        ("phone-call", "2020-11-09", [1])
    ]


def test_a_published_line_is_no_content_and_gives_the_publication_date() -> None:
    passages = ["A headline on Armenia", "Published 2020-11-09", "Russia said on 1 May 2020 that"]
    assert publication_date(passages) == "2020-11-09"
    text = "\n".join(
        ["Armenia and Azerbaijan", "Опубликовано 9 ноября 2020", "نُشر في 9 نوفمبر 2020"]
    )
    drafted = draft(
        text, source_id="t", publisher="p", entities=ENTITIES, vocabulary=base(), language="en"
    )
    assert drafted.document["non_content"] == [2, 3]


def test_a_text_that_dates_no_event_drafts_the_day_s_events_uncertain() -> None:
    found = events("Armenia reported shelling of the town.", "2020-09-27", "en")
    assert summary(found) == [("shelling", "2020-09-27?", "occurred")]
    # a text that dates one event drafts no undated one
    found = events(
        "Armenia reported shelling.\nOn Monday Armenia shelled a town.", "2020-09-29", "en"
    )
    assert [(e["date"], [x["passage"] for x in e["evidence"]]) for e in found] == [
        ("2020-09-28", [2])
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Перемирие между Арменией и Азербайджаном, действующее с 10 ноября, нарушено.", "ru"),
        ("В Армении и Азербайджане с 10 ноября действуют условия перемирия.", "ru"),
        ("The truce between Armenia and Azerbaijan, in force since 10 November, broke down.", "en"),
        ("وانهارت الهدنة السارية بين أرمينيا وأذربيجان منذ 10 نوفمبر.", "ar"),
    ],
)
def test_a_truce_in_force_since_a_day_is_ongoing(text: str, language: str) -> None:
    assert summary(events(text, "2020-12-12", language)) == [
        ("ceasefire", "2020-11-10/..", "ongoing")
    ]


def test_a_deployment_that_has_been_in_place_since_a_day_is_ongoing() -> None:
    # the present perfect: what has been so since a day still is
    text = "Since 10 November Russian peacekeepers have been deployed in Nagorno-Karabakh."
    assert summary(events(text, "2020-12-12", "en")) == [("deployment", "2020-11-10/..", "ongoing")]
