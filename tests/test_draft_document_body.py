"""The body of a document that is the text itself (its headline names the document and its
issuer: Information of the Ministry of Defence ..., Заявление Министерства обороны ...,
بيان وزارة الدفاع ...) speaks for its issuer sentence by sentence, where no sentence of its own
names a speaker: each such sentence is a statement of the issuer, of the document's day. A
sentence that names its own speaker keeps it, a numbered point stays one statement, and a
news report's sentences without a speaker draft none. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity(
        "azerbaijan-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Azerbaijan",
        "وزارة الدفاع الأذربيجانية",
        "Министерства обороны Азербайджана",
        "the Ministry of Defence of the Republic of Azerbaijan",
        "Минобороны Азербайджана",
        "MoD Azerbaijan",
    ),
    entity("aghdam", "Place", "district", "Aghdam", "أغدام", "Агдамском"),
    entity("yerevan", "Place", "capital", "Yerevan", "يريفان", "Ереван"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity(
        "un-secretary-general",
        "Actor",
        "organisation",
        "UN Secretary-General",
        "الأمين العام للأمم المتحدة",
        "Генсек ООН",
    ),
]
HEADLINES = {
    "en": "Information of the Ministry of Defence of the Republic of Azerbaijan",
    "ru": "Заявление Министерства обороны Азербайджана",
    "ar": "بيان وزارة الدفاع الأذربيجانية",
}
DATELINES = {
    "en": "Baku, 30 December 2020",
    "ru": "Баку, 30 декабря 2020 года",
    "ar": "باكو، 30 ديسمبر 2020",
}
BODIES = {
    "en": [
        "Sappers cleared another forty hectares in the Aghdam district this week. "
        "The work in the villages goes on without a break.",
        "Field kitchens have been set up for the units on the heights.",
    ],
    "ru": [
        "Саперы за неделю очистили еще сорок гектаров в Агдамском районе. "
        "Работы в селах продолжаются без перерыва.",
        "Для подразделений на высотах развернуты полевые кухни.",
    ],
    "ar": [
        "طهّر خبراء المتفجرات أربعين هكتارا أخرى في منطقة أغدام هذا الأسبوع. "
        "ويتواصل العمل في القرى بلا انقطاع.",
        "وأقيمت مطابخ ميدانية للوحدات المرابطة على المرتفعات.",
    ],
}


def drafted(text: str, language: str) -> dict[str, Any]:
    return draft_fixture(text, REGISTRY, language, "2020-12-30", "body").document


def document(language: str, headline: str | None = None, body: list[str] | None = None) -> str:
    head = HEADLINES[language] if headline is None else headline
    return "\n\n".join([head, DATELINES[language], *(BODIES[language] if body is None else body)])


def statements(text: str, language: str) -> list[tuple[int, list[str], str]]:
    found = drafted(text, language)["statements"]
    return [(s["evidence"][0]["passage"], s["speakers"], s["date"]) for s in found]


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_each_sentence_of_the_body_is_the_issuers(language: str) -> None:
    assert statements(document(language), language) == [
        (3, ["azerbaijan-mod"], "2020-12-30"),
        (3, ["azerbaijan-mod"], "2020-12-30"),
        (4, ["azerbaijan-mod"], "2020-12-30"),
    ]


@pytest.mark.parametrize(
    ("language", "headline", "issuer"),
    [
        ("ru", "Информационное сообщение Секретариата ОДКБ", "Секретариата ОДКБ"),
        ("en", "Statement of the CSTO Secretariat", "CSTO Secretariat"),
    ],
)
def test_a_secretariat_in_a_headline_is_an_organisation_whose_body_speaks(
    language: str, headline: str, issuer: str
) -> None:
    found = drafted(document(language, headline), language)
    entries = {next(iter(e["names"].values())): e for e in found["proposed_entries"]}
    assert entries[issuer]["kind"] == "organisation"
    speakers = [s["speakers"] for s in found["statements"]]
    assert speakers == [[entries[issuer]["id"]]] * 3


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("ru", "Пресс-релиз Министерства обороны Азербайджана"),
        ("en", "Press release of the Ministry of Defence of the Republic of Azerbaijan"),
    ],
)
def test_a_press_release_in_a_headline_speaks_for_its_issuer(language: str, headline: str) -> None:
    found = statements(document(language, headline), language)
    assert [s[1] for s in found] == [["azerbaijan-mod"]] * 3


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "Ministry of Defence of the Republic of Azerbaijan: Statement on the week"),
        ("ar", "وزارة الدفاع الأذربيجانية: بيان بشأن عمل الأسبوع"),
    ],
)
def test_an_issuer_of_any_length_before_a_colon_and_the_noun_is_a_title(
    language: str, headline: str
) -> None:
    found = statements(document(language, headline), language)
    assert [s[1] for s in found] == [["azerbaijan-mod"]] * 3


@pytest.mark.parametrize(
    "headline",
    [
        "Ministry of Defence of the Republic of Azerbaijan on Armenia: Statement on the week",
        "Ministry of Defence of the Republic of Azerbaijan: Armenia's statement is a lie",
    ],
)
def test_no_title_without_one_issuer_right_before_the_colon_and_the_noun(headline: str) -> None:
    assert statements(document("en", headline), "en") == []


def test_a_long_headline_of_a_document_names_its_issuer_too() -> None:
    headline = (
        HEADLINES["en"] + " on the engineering work of the past week in the districts freed "
        "from occupation and on the field kitchens"
    )
    assert len(headline.split()) > 20
    assert [s[1] for s in statements(document("en", headline), "en")] == [["azerbaijan-mod"]] * 3


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "The engineer Rauf Aliyev said on Monday that sappers had cleared forty hectares in "
            'the Aghdam district, calling it "the fastest week of the winter so far."',
            "rauf-aliyev",
        ),
        (  # a document named past its first words
            "Azerbaijan rejects the statement of the Armenian foreign ministry on the mines in "
            "the Aghdam district, calling it an attempt to mislead the mediators and the public",
            "azerbaijan",
        ),
    ],
)
def test_a_long_lead_is_no_headline(lead: str, speaker: str) -> None:
    assert len(lead.split()) > 20
    found = drafted("\n\n".join([lead, *BODIES["en"]]), "en")["statements"]
    assert [s["speakers"] for s in found] == [[speaker]]


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_each_quote_is_its_own_sentence(language: str) -> None:
    quotes = [s["quote"] for s in drafted(document(language), language)["statements"]]
    first, second = BODIES[language][0].split(". ")
    assert quotes == [first, second.rstrip("."), BODIES[language][1].rstrip(".")]


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_a_news_report_drafts_no_statement_without_a_speaker(language: str) -> None:
    assert statements(document(language, headline="Aghdam"), language) == []


def test_a_sentence_with_its_own_speaker_keeps_it() -> None:
    body = (
        "Саперы за неделю очистили еще сорок гектаров в Агдамском районе. "
        "Об этом в понедельник сообщил журналистам инженер Рауф Алиев."
    )
    text = document("ru", body=[body])
    found = drafted(text, "ru")["statements"]
    assert [(s["speakers"], s["quote"]) for s in found] == [
        (["rauf-aliev"], "Саперы за неделю очистили еще сорок гектаров в Агдамском районе")
    ]


def test_a_numbered_point_stays_one_statement() -> None:
    body = (
        "1. Sappers cleared forty hectares. The engineer Rauf Aliyev said the work would go on "
        "all winter. Field kitchens have been set up for the units."
    )
    text = document("en", body=[body])
    found = drafted(text, "en")["statements"]
    assert [s["speakers"] for s in found] == [["azerbaijan-mod"], ["rauf-aliyev"]]


def test_a_passage_that_opens_points_is_no_statement_itself() -> None:
    body = (
        "Over the past week the engineering units carried out the following work in the "
        "districts freed from occupation, in the order the command had set for the winter:"
    )
    point = "1. Sappers cleared forty hectares."
    text = document("en", body=[body, point])
    assert [p for p, _, _ in statements(text, "en")] == [4]


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_a_signature_line_is_no_statement(language: str) -> None:
    signature = {
        "en": "Press Service of the Ministry of Defence",
        "ru": "Пресс-служба Министерства обороны",
        "ar": "المكتب الصحفي لوزارة الدفاع",
    }[language]
    text = document(language) + "\n\n" + signature
    assert [p for p, _, _ in statements(text, language)] == [3, 3, 4]


def test_a_sentence_that_binds_is_a_commitment() -> None:
    body = "The units on the heights will receive winter tents by Friday."
    text = document("en", body=[body])
    assert [s["kind"] for s in drafted(text, "en")["statements"]] == ["commitment"]


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "Azerbaijan rejects the statement of Armenia on the truce"),
        ("ru", "Азербайджан отверг заявление Армении о перемирии"),
        ("ar", "أذربيجان ترفض بيان أرمينيا بشأن الهدنة"),
    ],
)
def test_a_news_headline_about_a_statement_makes_no_body(language: str, headline: str) -> None:
    assert statements(document(language, headline=headline), language) == []


def test_a_document_the_body_tells_of_does_not_take_its_sentences_over() -> None:
    body = [
        "On 28 December Azerbaijan and Armenia signed a joint statement on the Aghdam roads.",
        "Field kitchens have been set up for the units on the heights.",
    ]
    text = document("en", body=body)
    assert statements(text, "en") == [
        (3, ["azerbaijan-mod"], "2020-12-30"),
        (4, ["azerbaijan-mod"], "2020-12-30"),
    ]


def test_a_sentence_that_binds_in_an_information_is_a_commitment() -> None:
    body = "Подразделения на высотах должны получить зимние палатки до пятницы."
    text = document("ru", "Информация Министерства обороны Азербайджана", [body])
    assert [s["kind"] for s in drafted(text, "ru")["statements"]] == ["commitment"]


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        # a topic, a colon, the title
        ("en", "Aghdam: Information of the Ministry of Defence of the Republic of Azerbaijan"),
        ("ru", "Агдам: Заявление Министерства обороны Азербайджана"),
        ("ar", "أغدام: بيان وزارة الدفاع الأذربيجانية"),
        # the title's noun and issuer, a colon, its subject
        ("en", "Statement MoD Azerbaijan: the sappers' week"),
        ("ru", "Заявление Минобороны Азербайджана: о работе саперов"),
        ("ar", "بيان وزارة الدفاع الأذربيجانية: عمل خبراء المتفجرات"),
        # the issuer, a colon, the document's noun
        ("ru", "Минобороны Азербайджана: Заявление о работе саперов"),
        ("en", "MoD Azerbaijan: Statement on the sappers' week"),
        ("en", "MoD Azerbaijan: Statement on the sappers' week and on Yerevan"),  # where, not whose
    ],
)
def test_a_title_with_a_colon_speaks_for_its_issuer(language: str, headline: str) -> None:
    assert [s[1] for s in statements(document(language, headline), language)] == [
        ["azerbaijan-mod"]
    ] * 3


def test_a_long_title_after_its_topic_names_its_issuer_too() -> None:
    headline = (
        "Aghdam: " + HEADLINES["en"] + " on the engineering work of the past week in the "
        "districts freed from occupation"
    )
    assert len(headline.split()) > 20
    assert [s[1] for s in statements(document("en", headline), "en")] == [["azerbaijan-mod"]] * 3


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        # no document's noun right after a short topic
        ("en", "Aghdam and the roads of the district: Information of the Ministry of Defence"),
        (
            "en",
            "Aghdam: the Ministry of Defence of the Republic of Azerbaijan on the sappers' week",
        ),
        # a speaker before the colon: the headline is his words
        ("ru", "Ереван: " + HEADLINES["ru"]),
        ("ru", "Армения: " + HEADLINES["ru"]),
        ("en", "Yerevan: " + HEADLINES["en"]),
        ("ar", "أرمينيا: " + HEADLINES["ar"]),
        # an answer to another's document
        ("ru", "Минобороны Азербайджана: Заявление Еревана — ложь"),
        ("en", "MoD Azerbaijan: Statement by Yerevan is false"),
        # the document's noun alone before the colon: a rubric
        ("en", "Statement: Azerbaijan rejects the claims of Armenia"),
        ("ru", "Заявление: Азербайджан отверг претензии Армении"),
    ],
)
def test_a_headline_with_a_colon_that_is_no_title(language: str, headline: str) -> None:
    assert statements(document(language, headline), language) == []


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        # the issuer, a dash, the document's noun (وزارة ... - بيان صحفي: ...)
        ("ar", "وزارة الدفاع الأذربيجانية - بيان: عمل خبراء المتفجرات"),
        ("ar", "وزارة الدفاع الأذربيجانية – بيان صحفي: عمل خبراء المتفجرات"),
        ("en", "MoD Azerbaijan - Statement: the sappers' week"),
        ("ru", "Минобороны Азербайджана — Заявление: работа саперов"),
        # the issuer alone speaks, whatever else the headline names
        ("ar", "وزارة الدفاع الأذربيجانية - بيان صحفي: الوزير يبحث مع أرمينيا عمل خبراء المتفجرات"),
        ("en", "MoD Azerbaijan - Statement: the sappers' week and Armenia's mines"),
        ("en", "the Ministry of Defence of the Republic of Azerbaijan - Statement: the sappers"),
        ("en", "MoD Azerbaijan - Statement: Minister Rauf Aliyev visits the sappers"),  # a person
        ("ar", "وزارة الدفاع الأذربيجانية - بيان صحفي: نائب وزير الدفاع يبحث هاتفيا مع أرمينيا"),
        ("en", "MoD Azerbaijan - Statement: the mine-clearing of the sappers"),  # a hyphen after
    ],
)
def test_an_issuer_before_a_dash_and_its_title_speaks(language: str, headline: str) -> None:
    assert len(headline.split()) <= 20 or language == "ar"
    assert [s[1] for s in statements(document(language, headline), language)] == [
        ["azerbaijan-mod"]
    ] * 3


def test_an_issuer_with_a_hyphen_before_the_dash_speaks() -> None:
    headline = "UN Secretary-General - Statement: the sappers' week"
    assert [s[1] for s in statements(document("en", headline), "en")] == [
        ["un-secretary-general"]
    ] * 3


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("en", "Aghdam - Statement: the sappers' week"),  # a place before the dash
        ("en", "Yerevan rejects MoD Azerbaijan - Statement: the sappers' week"),  # more words
        ("en", "MoD Azerbaijan - the sappers' week: a statement"),  # no noun after the dash
        ("ar", "أغدام - بيان: عمل خبراء المتفجرات"),
        ("en", "Critics of MoD Azerbaijan - Statement: the sappers' week"),  # not the first words
        ("en", "MoD Azerbaijan critics - Statement: the sappers' week"),  # words after the issuer
        ("en", "MoD Azerbaijan - Statement on the work of the sappers: a week"),  # a far colon
        ("en", "MoD Azerbaijan - Armenia's Statement: the sappers' week"),  # no noun first
        ("en", "Armenia - Statement by MoD Azerbaijan: a lie"),  # a speaker on another's
        ("en", "Pro-Armenian critics of MoD Azerbaijan - Statement: the sappers"),  # a hyphen
    ],
)
def test_a_headline_with_a_dash_that_is_no_title(language: str, headline: str) -> None:
    assert statements(document(language, headline), language) == []


@pytest.mark.parametrize(
    "headline",
    [
        "Armenia - Statement by MoD Azerbaijan on the sappers' week",  # its issuer after the noun
        "Armenia - Declaration of martial law and general mobilisation",  # a news headline
        "Армения — сообщения о сбитом Су-25 не соответствуют действительности",
        "أرمينيا - الإعلان عن التعبئة العامة والأحكام العرفية",
    ],
)
def test_a_dash_without_a_colon_after_the_noun_makes_no_title(headline: str) -> None:
    language = "ru" if "Армения" in headline else "ar" if "أرمينيا" in headline else "en"
    found = statements(document(language, headline), language)
    assert all(speakers != ["armenia"] for _, speakers, _ in found)
