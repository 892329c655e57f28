"""A text that is itself a document (issue 25): `X declares the following`, then points
numbered with digits, Arabic ordinal words (أولا:) or ordinal adverbs (Во-первых, Firstly).
Each point is a statement of the document's issuers, of the document's day (its date line)
and not of a date its words give; the declaring sentence is their announcement. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

PUBLISHED = "2020-11-15"
REGISTRY = [
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("baku", "Place", "city", "Baku", "باكو", "Баку"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "وزارة الخارجية الروسية",
        "Министерство иностранных дел России",
    ),
]
TEXTS = {
    "ar": (
        "وزارة الخارجية الروسية تعلن ما يلي:\n"
        "أولا: أنجزت وحدات حفظ السلام الروسية انتشارها على طول خط التماس.\n"
        "ثانيا: الوزير سيزور باكو في 21 نوفمبر لبحث الوضع مع أذربيجان."
    ),
    "ru": (
        "Министерство иностранных дел России сообщает следующее.\n"
        "1. Российские миротворцы завершили развертывание вдоль линии соприкосновения.\n"
        "2. Министр посетит Баку 21 ноября для обсуждения ситуации с Азербайджаном."
    ),
    "en": (
        "The Ministry of Foreign Affairs of Russia states the following:\n"
        "Firstly, the Russian peacekeepers have completed their deployment along the line.\n"
        "Secondly, the minister will visit Baku on 21 November to discuss the situation."
    ),
}
DECLARING = {"ar": "تعلن ما يلي", "ru": "сообщает следующее", "en": "states the following"}


def spoken(text: str, registry: list[Any], language: str) -> list[tuple[int, list[str]]]:
    """Return each drafted statement's passage and speakers."""
    document = draft_fixture(text, registry, language, PUBLISHED, "d").document
    return [(s["evidence"][0]["passage"], s["speakers"]) for s in document["statements"]]


def statements(language: str) -> list[dict[str, Any]]:
    document = draft_fixture(
        TEXTS[language],
        REGISTRY,
        language,
        PUBLISHED,
        "points",
    ).document
    return list(document["statements"])


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_each_point_of_a_declared_document_is_its_issuers_statement_of_its_day(
    language: str,
) -> None:
    found = statements(language)
    assert [(s["evidence"][0]["passage"], s["speakers"], s["date"]) for s in found] == [
        (1, ["russia-mfa"], PUBLISHED),
        (2, ["russia-mfa"], PUBLISHED),
        (3, ["russia-mfa"], PUBLISHED),
    ]
    assert (found[0]["kind"], found[0]["quote"]) == ("announcement", DECLARING[language])
    points = TEXTS[language].splitlines()[1:]
    assert [s["quote"] for s in found[1:]] == [p.split(" ", 1)[1].rstrip(".") for p in points]


DECLARERS = [
    *REGISTRY,
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity(
        "azerbaijan-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Azerbaijan",
        "وزارة خارجية أذربيجان",
        "МИД Азербайджана",
        "the Foreign Ministry of Azerbaijan",
    ),
    entity(
        "azerbaijan-army",
        "Actor",
        "armed-force",
        "Azerbaijani Army",
        "الجيش الأذربيجاني",
        "азербайджанская армия",
        "the Azerbaijani army",
    ),
]
DECLARED = {
    # the subject between the verb and `the following`; another actor earlier in the sentence
    "ar": (
        "بمناسبة دخول الجيش الأذربيجاني إلى المنطقة، تعلن وزارة خارجية أذربيجان ما يلي:\n"
        "1. عادت المنطقة إلى سيطرة الدولة اليوم.\n"
        "2. ترحب الوزارة بعودة النازحين. وقالت أرمينيا إن الانسحاب اكتمل."
    ),
    "ru": (
        "В связи с вступлением азербайджанской армии в район МИД Азербайджана доводит до "
        "сведения международного сообщества следующее.\n"
        "1. Район вернулся под контроль государства сегодня.\n"
        "2. Министерство приветствует возвращение беженцев. Армения заявила, что вывод войск "
        "завершен."
    ),
    "en": (
        "As the Azerbaijani army enters the district, the Foreign Ministry of Azerbaijan "
        "declares the following:\n"
        "1. The district came back under the state's control today.\n"
        "2. The ministry welcomes the return of the displaced. Armenia said the pull-out was "
        "over."
    ),
}


@pytest.mark.parametrize("language", sorted(DECLARED))
def test_who_declares_the_following_is_the_verbs_subject_and_speaks_each_point(
    language: str,
) -> None:
    by_passage = spoken(DECLARED[language], DECLARERS, language)
    assert (2, ["azerbaijan-mfa"]) in by_passage  # a point drafting no statement of its own
    assert (1, ["azerbaijan-mfa"]) in by_passage  # the declaring sentence
    assert all(speakers != ["azerbaijan-army"] for _, speakers in by_passage)
    # a point whose later sentence drafts a statement of another still speaks for the issuer
    point = [speakers for n, speakers in by_passage if n == 3]
    assert point == [["azerbaijan-mfa"], ["armenia"]]


def test_the_issuers_state_speaking_in_a_point_is_the_issuer() -> None:
    text = (
        "The Foreign Ministry of Azerbaijan declares the following:\n"
        "1. Azerbaijan calls on the co-chairs to give a public assessment of the strike."
    )
    document = draft_fixture(text, DECLARERS, "en", PUBLISHED, "d").document
    assert [(s["kind"], s["speakers"]) for s in document["statements"]] == [
        ("announcement", ["azerbaijan-mfa"]),
        ("appeal", ["azerbaijan-mfa"]),
    ]


def test_a_point_whose_later_sentence_speaks_for_another_is_its_first_sentence() -> None:
    text = (
        "The Foreign Ministry of Azerbaijan declares the following:\n"
        "1. The district came back under the state's control today. Armenia said the pull-out "
        "was over."
    )
    document = draft_fixture(text, DECLARERS, "en", PUBLISHED, "d").document
    assert [(s["speakers"], s["quote"]) for s in document["statements"][1:]] == [
        (["azerbaijan-mfa"], "The district came back under the state's control today"),
        (["armenia"], "the pull-out was over"),
    ]


def test_a_ministry_of_a_state_named_with_the_article_informs_of_its_points() -> None:
    registry = [entity("russia", "Actor", "state", "Russia", "Russian Federation")]
    text = (
        "The Ministry of Defence of the Russian Federation informs of the following:\n"
        "1. The peacekeepers escorted two convoys of refugees to the city.\n"
        "2. The contingent opened four more observation posts."
    )
    document = draft_fixture(text, registry, "en", PUBLISHED, "points").document
    [entry] = document["proposed_entries"]
    assert (entry["kind"], entry["names"]["en"]) == (
        "ministry",
        "Ministry of Defence of the Russian Federation",
    )
    spoken = [(s["evidence"][0]["passage"], s["speakers"]) for s in document["statements"]]
    assert spoken == [(1, [entry["id"]]), (2, [entry["id"]]), (3, [entry["id"]])]


HEADLINED = {
    # the headline names the document and its issuer; the passage before the points does not
    "ar": (
        "بيان وزارة الخارجية الروسية بشأن الوضع في المنطقة\n"
        "وفي ما يلي أهم ما جاء في البيان:\n"
        "1. أنجزت وحدات حفظ السلام انتشارها على طول خط التماس.\n"
        "2. يستمر تبادل الأسرى."
    ),
    "ru": (
        "Заявление МИД Азербайджана о положении в районе\n"
        "Ниже приводятся основные положения.\n"
        "1. Миротворцы завершили развертывание вдоль линии соприкосновения.\n"
        "2. Обмен пленными продолжается."
    ),
    "en": (
        "Statement by the Foreign Ministry of Azerbaijan on the situation in the district\n"
        "Its main points are set out below.\n"
        "1. The peacekeepers have completed their deployment along the line.\n"
        "2. The exchange of prisoners goes on."
    ),
}
HEADLINE_ISSUER = {"ar": "russia-mfa", "ru": "azerbaijan-mfa", "en": "azerbaijan-mfa"}


@pytest.mark.parametrize("language", sorted(HEADLINED))
def test_the_numbered_points_of_a_document_its_headline_names_are_its_issuers(
    language: str,
) -> None:
    found = spoken(HEADLINED[language], DECLARERS, language)
    issuer = [HEADLINE_ISSUER[language]]
    assert [(n, speakers) for n, speakers in found if n > 2] == [(3, issuer), (4, issuer)]
    assert all(speakers == issuer for _, speakers in found)


def test_a_headline_that_names_a_person_makes_no_issuer_of_the_points() -> None:
    # a ministry's readout of its minister's meeting: the points are not the minister's words
    registry = [*DECLARERS, entity("bayramov", "Actor", "person", "Jeyhun Bayramov")]
    text = (
        "Statement of the Foreign Ministry of Azerbaijan on Jeyhun Bayramov's meeting\n"
        "The sides reviewed the situation and concluded the following.\n"
        "1. The peacekeepers have completed their deployment along the line.\n"
        "2. The exchange of prisoners goes on."
    )
    document = draft_fixture(text, registry, "en", PUBLISHED, "h").document
    assert [s["speakers"] for s in document["statements"]] == []


GROUNDED = {
    "ar": (
        "على أثر البيان المشترك الذي وقعه رئيس روسيا ورئيس أذربيجان، تعلن وزارة الخارجية "
        "الروسية ما يلي:\n"
        "1. أنجزت وحدات حفظ السلام انتشارها على طول خط التماس.\n"
        "2. يتواصل تبادل الأسرى."
    ),
    "ru": (
        "В связи с совместным заявлением, подписанным Россией и Азербайджаном, Министерство "
        "иностранных дел России сообщает следующее.\n"
        "1. Миротворцы завершили развертывание вдоль линии соприкосновения.\n"
        "2. Обмен пленными продолжается."
    ),
    "en": (
        "Following the joint statement signed by Russia and Azerbaijan, the Ministry of Foreign "
        "Affairs of Russia states the following:\n"
        "1. The peacekeepers have completed their deployment along the line.\n"
        "2. The exchange of prisoners goes on."
    ),
}


@pytest.mark.parametrize("language", sorted(GROUNDED))
def test_points_after_the_following_are_the_declarers_though_a_joint_statement_is_named(
    language: str,
) -> None:
    # the joint statement is the ground of the ministry's document, not the document itself
    found = spoken(GROUNDED[language], REGISTRY, language)
    assert [(n, speakers) for n, speakers in found if n > 1] == [
        (2, ["russia-mfa"]),
        (3, ["russia-mfa"]),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The Foreign Ministry of Azerbaijan declares the following:\n"
            "1. The efforts of Russia under the statement of 9 November deserve support, Minister "
            "Sergey Lavrov said.\n"
            "2. On 12 November, after long talks in Moscow with the ministers of both sides, "
            "Sergey Lavrov said that Russia would keep the peace.",
            "en",
        ),
        (
            "МИД Азербайджана сообщает следующее.\n"
            "1. Усилия России по заявлению от 9 ноября заслуживают поддержки, сказал министр "
            "Сергей Лавров.\n"
            "2. 12 ноября, после долгих переговоров в Москве с министрами обеих сторон, "
            "Сергей Лавров сказал, что Россия сохранит мир.",
            "ru",
        ),
    ],
)
def test_whom_a_point_quotes_speaks_on_the_document_s_day_not_a_day_its_words_name(
    text: str, language: str
) -> None:
    registry = [
        *DECLARERS,
        entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "Сергей Лавров"),
    ]
    document = draft_fixture(text, registry, language, PUBLISHED, "d").document
    dates = {s["evidence"][0]["passage"]: s["date"] for s in document["statements"]}
    assert dates[2] == PUBLISHED  # the statement of 9 November names a document
    assert dates[3] == "2020-11-12"  # a day the sentence gives beside the words, far from the verb


def test_a_ministry_that_acquaints_the_public_with_the_following_speaks_each_point() -> None:
    # تطلع ... الرأي العام على ما يلي (acquaints the public with the following) issues the
    # document as تعلن does
    text = (
        "تطلع وزارة خارجية أذربيجان الرأي العام على ما يلي:\n"
        "1. عادت المنطقة إلى سيطرة الدولة اليوم.\n"
        "2. بحث الوزير مع نظيره سبل التعاون."
    )
    by_passage = spoken(text, DECLARERS, "ar")
    assert by_passage == [(1, ["azerbaijan-mfa"]), (2, ["azerbaijan-mfa"]), (3, ["azerbaijan-mfa"])]
