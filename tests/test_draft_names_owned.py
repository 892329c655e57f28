"""Organisations named with the state they belong to, unknown to the registry (issue 25):
proposed whole, the state not mentioned there, and the registry's own ministry where it has
one (owned_names.py, arabic_organisations.py). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("georgia", "Actor", "state", "Georgia", "جورجيا", "Грузия"),
    entity("yerevan", "Place", "city", "Yerevan", "يريفان", "Ереван"),
    entity("karabakh", "Place", "region", "Karabakh", "قره باغ", "Карабах"),
    entity(
        "armenia-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Armenia",
        "وزارة الدفاع الأرمينية",
        "Министерство обороны Армении",
    ),
    entity(
        "armenia-armed-forces",
        "Actor",
        "armed-force",
        "Armed Forces of Armenia",
        "القوات المسلحة الأرمينية",
    ),
]


def _drafted(text: str, language: str) -> tuple[dict[str, str], dict[int, set[str]]]:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    entries = drafted.document.get("proposed_entries") or []
    names = {e["id"]: next(iter(e["names"].values())) for e in entries}
    kinds = {e["id"]: e["kind"] for e in entries}
    mentions: dict[int, set[str]] = {}
    for reading in drafted.readings:
        mentions.setdefault(reading.passage.number, set()).update(
            m.entity.id for m in reading.mentions
        )
    return {names[i]: kinds[i] for i in names}, mentions


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "The Ministry of Foreign Affairs of the Republic of Georgia issued a note.",
            "Ministry of Foreign Affairs of the Republic of Georgia",
        ),
        (
            "ar",
            "أصدرت وزارة خارجية جمهورية جورجيا مذكرة بشأن المحادثات.",
            "وزارة خارجية جمهورية جورجيا",
        ),
    ],
)
def test_a_ministry_named_with_its_state_is_proposed_whole_and_the_state_not_mentioned(
    language: str, text: str, name: str
) -> None:
    proposed, mentions = _drafted(text, language)
    assert proposed == {name: "ministry"}
    assert "georgia" not in mentions[1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Ministry of Defence of the Republic of Armenia denied the report."),
        ("ar", "نفت وزارة دفاع جمهورية أرمينيا التقرير."),
        ("ar", "نفت وزارة الدفاع في جمهورية أرمينيا التقرير."),  # the state after في
        ("en", "Armenia's defence ministry denied the report."),  # lower case, a possessive
        ("en", "Armenia's Ministry of Defence denied the report."),  # the topic after `of`
        ("en", "Armenia's Ministry of Defense denied the report."),
    ],
)
def test_the_registry_ministry_of_that_state_and_topic_wins(language: str, text: str) -> None:
    proposed, mentions = _drafted(text, language)
    assert proposed == {}
    assert mentions[1] == {"armenia-mod"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Defence Ministry in Yerevan denied the report."),
        ("ar", "نفت وزارة الدفاع في يريفان التقرير."),
    ],
)
def test_a_ministry_by_its_topic_and_its_states_capital_is_the_registrys(
    language: str, text: str
) -> None:
    proposed, mentions = _drafted(text, language)
    assert proposed == {}
    assert mentions[1] == {"armenia-mod", "yerevan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("نفت وزارة الدفاع في جمهورية جورجيا التقرير.", "وزارة الدفاع في جمهورية جورجيا"),
        ("نفت وزارة الدفاع في جورجيا التقرير.", "وزارة الدفاع في جورجيا"),
        # a topic of two words; a state the gazetteer knows, its link word its first
        (
            "نفت وزارة الدفاع الوطني في الجمهورية التركية التقرير.",
            "وزارة الدفاع الوطني في الجمهورية التركية",
        ),
    ],
)
def test_an_arabic_ministry_in_a_state_the_registry_has_no_ministry_of_is_proposed_whole(
    text: str, name: str
) -> None:
    proposed, mentions = _drafted(text, "ar")
    assert proposed == {name: "ministry"}
    assert "georgia" not in mentions[1]


@pytest.mark.parametrize(
    "text",
    [
        "نفت وزارة الدفاع أمس في جورجيا التقرير.",  # an indefinite word before في
        "نفت وزارة الدفاع في بيان التقرير.",  # no state after في
    ],
)
def test_an_arabic_ministry_and_words_after_fi_that_are_no_state_are_not_one_name(
    text: str,
) -> None:
    proposed, _ = _drafted(text, "ar")
    assert not any(" في " in name for name in proposed)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت الخارجية الجورجية إن المحادثات مستمرة.",
        "فالخارجية الجورجية أعلنت أن المحادثات مستمرة.",  # a proclitic on the topic
    ],
)
def test_an_arabic_ministry_by_its_topic_and_its_states_feminine_adjective(text: str) -> None:
    proposed, _ = _drafted(text, "ar")
    assert proposed == {"الخارجية الجورجية": "ministry"}


def test_a_ministry_of_a_topic_without_a_state_before_it_is_no_registry_ministry() -> None:
    # `Ministry of Defence` after no state's possessive: the registry's is not guessed
    proposed, mentions = _drafted("The Ministry of Defence denied the report.", "en")
    assert "armenia-mod" not in mentions[1]
    proposed, mentions = _drafted("Georgia's Ministry of Justice denied the report.", "en")
    assert proposed == {"Georgia's Ministry of Justice": "ministry"}


def test_a_ministers_title_is_no_ministry() -> None:
    proposed, _ = _drafted("وقال وزير الخارجية الجورجي إن المحادثات مستمرة.", "ar")
    assert "الخارجية الجورجي" not in proposed


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "The Prosecutor General's Office said that four people were detained.",
            "Prosecutor General's Office",
        ),
        (
            "ru",
            "По данным Генеральной прокуратуры, задержаны четыре человека.",
            "Генеральной прокуратуры",
        ),
        (
            "ar",
            "وقالت النيابة العامة الجورجية إن أربعة أشخاص اعتقلوا.",
            "النيابة العامة الجورجية",
        ),
    ],
)
def test_a_prosecutors_office_is_proposed(language: str, text: str, name: str) -> None:
    proposed, _ = _drafted(text, language)
    assert name in proposed


def test_an_arabic_organisation_with_a_genitive_chain_is_proposed_whole() -> None:
    text = "ودعت الوزارة المفوضية السامية للأمم المتحدة لشؤون اللاجئين إلى دعم العائدين."
    proposed, _ = _drafted(text, "ar")
    assert proposed == {"المفوضية السامية للأمم المتحدة لشؤون اللاجئين": "organisation"}


def test_an_arabic_chain_ends_at_its_last_definite_word() -> None:
    text = "وقالت اللجنة الدولية لم تتلق الردود بعد."
    proposed, _ = _drafted(text, "ar")
    assert proposed == {"اللجنة الدولية": "organisation"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Министерство обороны Грузии сообщило об учениях.\n\n"
            "В Минобороны добавили, что учения завершены.",
        ),
        (
            "en",
            "The Ministry of Defence of Georgia announced drills.\n\n"
            "The drills are over, the Defence Ministry added.",
        ),
    ],
)
def test_a_ministry_by_its_topic_alone_is_the_one_the_text_proposed(
    language: str, text: str
) -> None:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    [entry] = drafted.document["proposed_entries"]
    assert {s["passage"] for s in entry["seen"]} == {1, 2}


def test_a_ministry_proposed_before_yields_to_the_registrys_of_the_state_named_after_it() -> None:
    text = (
        "Грузия ответила совместным заявлением Минобороны и Службы безопасности.\n\n"
        "Минобороны Армении об учениях не знало."
    )
    drafted = draft_fixture(text, REGISTRY, "ru", "2021-03-02")
    entries = drafted.document["proposed_entries"]
    assert {s["passage"] for e in entries for s in e["seen"]} == {1}
    assert {m.entity.id for m in drafted.readings[1].mentions} == {"armenia-mod"}


def test_arabic_armed_forces_by_a_word_for_forces_and_the_states_adjective() -> None:
    _, mentions = _drafted("وقال الجيش الأرميني إن الهجوم صُدّ.", "ar")
    assert mentions[1] == {"armenia-armed-forces"}


def test_a_registry_ministry_by_adjective_and_topic_before_a_title() -> None:
    text = "Armenian Defence Ministry spokesman Vahe Melikyan denied the report."
    proposed, mentions = _drafted(text, "en")
    assert "armenia-mod" in mentions[1]
    assert "Armenian Defence Ministry" not in proposed


def test_a_ministry_of_a_state_the_registry_lacks_is_proposed_whole_as_a_ministry() -> None:
    text = "The Ministry of Foreign Affairs of the Republic of Artsakh issued a note."
    proposed, _ = _drafted(text, "en")  # nine words, four of them links
    assert proposed == {"Ministry of Foreign Affairs of the Republic of Artsakh": "ministry"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karabakh's defence ministry denied the report.", "Karabakh's defence ministry"),
        ("Georgia's foreign ministry denied the report.", "Georgia's foreign ministry"),
    ],
)
def test_a_lower_case_ministry_of_a_states_or_a_regions_possessive_is_proposed(
    text: str, name: str
) -> None:
    proposed, mentions = _drafted(text, "en")
    assert proposed == {name: "ministry"}
    assert not mentions[1] & {"karabakh", "georgia"}


def test_a_regions_possessive_names_no_other_body_with_it() -> None:
    text = "Karabakh's State Service of Emergency Situations reported the fire."
    proposed, _ = _drafted(text, "en")
    assert "Karabakh's State Service of Emergency Situations" not in proposed


def test_a_russian_ministry_of_an_islamic_republic_is_one_name() -> None:
    # the state's form is two words (Исламской Республики): the ministry is proposed whole
    text = "Министерство иностранных дел Исламской Республики Пакистан сообщило об этом."
    proposed, _ = _drafted(text, "ru")
    name = "Министерство иностранных дел Исламской Республики Пакистан"
    assert proposed == {name: "ministry"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Европейский суд по правам человека принял решение в понедельник.",
            "Европейский суд по правам человека",
            "organisation",
        ),
        # `по` and what it asks for is no part of the name, nor an aside
        (
            "Европейский суд по просьбе Грузии принял решение в понедельник.",
            "Европейский суд",
            "organisation",
        ),
        (
            "Европейский суд, по словам Грузии, принял решение в понедельник.",
            "Европейский суд",
            "organisation",
        ),
        # a head, its state and what it deals with: one name, the state not mentioned there
        (
            "Офис Представителя Республики Армения по международно-правовым вопросам "
            "заявил, что решение принято.",
            "Офис Представителя Республики Армения по международно-правовым вопросам",
            "government",
        ),
    ],
)
def test_a_russian_organisation_goes_on_with_what_it_deals_with(
    text: str, name: str, kind: str
) -> None:
    proposed, mentions = _drafted(text, "ru")
    assert proposed == {name: kind}
    assert "armenia" not in mentions[1]


@pytest.mark.parametrize(
    "text",
    [
        "The talks went on, according to the Georgian defence ministry.",
        "The Georgian Defence Ministry said the talks went on.",
    ],
)
def test_an_english_ministry_by_its_states_adjective_and_topic_is_proposed_a_ministry(
    text: str,
) -> None:
    proposed, _ = _drafted(text, "en")
    assert list(proposed.values()) == ["ministry"]
    assert [name.lower() for name in proposed] == ["georgian defence ministry"]


def test_a_russian_press_service_of_a_states_president_is_one_name() -> None:
    proposed, mentions = _drafted(
        "Встреча прошла в Ереване, уточнили в пресс-службе президента Армении.", "ru"
    )
    assert proposed == {"пресс-службе президента Армении": "government"}
    assert "armenia" not in mentions[1]


def test_an_organisation_after_its_states_possessive_is_proposed_with_it() -> None:
    proposed, mentions = _drafted(
        "Georgia's Prosecutor General's Office said four were held.", "en"
    )
    assert proposed == {"Georgia's Prosecutor General's Office": "organisation"}
    assert "georgia" not in mentions[1]


def test_relations_that_open_a_sentence_are_no_part_of_a_name() -> None:
    # Отношения, a common noun capitalised by the sentence, is no head of Анкары's name
    proposed, _ = _drafted("Отношения Анкары с Арменией могут наладиться.", "ru")
    assert not [name for name in proposed if name.startswith("Отношения")]


def test_an_arabic_press_service_of_a_states_president_is_one_name_of_the_government() -> None:
    proposed, mentions = _drafted("أصدر المكتب الصحفي لرئيس جمهورية جورجيا بيانا.", "ar")
    assert proposed == {"المكتب الصحفي لرئيس جمهورية جورجيا": "government"}
    assert "georgia" not in mentions[1]


def test_public_opinion_a_statement_informs_is_no_words_of_a_name() -> None:
    proposed, _ = _drafted("يطلع المكتب الصحفي الرأي العام على ما يلي.", "ar")
    assert proposed == {"المكتب الصحفي": "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan's Defence Ministry denied the report.",
        "Yerevan's defence ministry denied the report.",
    ],
)
def test_a_capitals_possessive_names_its_states_ministry(text: str) -> None:
    proposed, mentions = _drafted(text, "en")
    assert proposed == {}
    assert "armenia-mod" in mentions[1]
    assert "yerevan" not in mentions[1]


def test_a_regions_possessive_is_not_its_authorities_before_a_body() -> None:
    registry = [
        *REGISTRY,
        entity("nagorno-karabakh", "Place", "region", "Nagorno-Karabakh", "ناغورني قره باغ"),
        entity("nagorno-karabakh-republic", "Actor", "state", "Republic of Artsakh", "آرتساخ"),
    ]
    text = "Nagorno-Karabakh's State Service of Emergency Situations reported the fire."
    drafted = draft_fixture(text, registry, "en", "2021-03-02")
    names = [next(iter(e["names"].values())) for e in drafted.document["proposed_entries"]]
    assert names == ["State Service of Emergency Situations"]


ACRONYMS = [
    *REGISTRY,
    entity("osce", "Actor", "organisation", "OSCE", "OSCE"),
    entity("nkr", "Actor", "state", "NKR", "NKR"),
]


def _proposed_with(text: str) -> tuple[list[str], set[str]]:
    drafted = draft_fixture(text, ACRONYMS, "en", "2020-11-10")
    names = [next(iter(e["names"].values())) for e in drafted.document["proposed_entries"]]
    return names, {m.entity.id for r in drafted.readings for m in r.mentions}


def test_an_organisations_name_opens_the_name_of_its_body() -> None:
    names, mentioned = _proposed_with("The OSCE Parliamentary Assembly met in Vienna.")
    assert names[0] == "OSCE Parliamentary Assembly"
    assert "osce" not in mentioned


@pytest.mark.parametrize(
    "text",
    ["OSCE: Parliamentary Assembly meets in Vienna", "The NKR Parliamentary Assembly met."],
)
def test_an_acronym_set_apart_or_a_states_names_no_body_with_it(text: str) -> None:
    names, mentioned = _proposed_with(text)
    assert names[0] == "Parliamentary Assembly"
    assert mentioned & {"osce", "nkr"}


def test_a_capitals_possessive_before_another_body_is_the_citys() -> None:
    proposed, mentions = _drafted("Shelling hit Yerevan's Republican Medical Center.", "en")
    assert "Republican Medical Center" in proposed
    assert "yerevan" in mentions[1]
