"""How agency wires, official statements and newspaper summaries write reported speech, and
what `kb draft` makes of it (issue 25): verbs reported_speech.yaml adds, a verb inside another
statement's words, words that point back, documents that speak for their issuers, persons
listed with their titles, an outlet's own report, headlines. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "Российская Федерация"),
    entity("united-states", "Actor", "state", "United States", "الولايات المتحدة"),
    entity("france", "Actor", "state", "France", "فرنسا"),
    entity(
        "sergey-lavrov",
        "Actor",
        "person",
        "Sergey Lavrov",
        "Lavrov",
        "Сергей Лавров",
        "Лавров",
        "لافروف",
    ),
    entity(
        "russia-mfa", "Actor", "ministry", "Ministry of Foreign Affairs of Russia", "МИД России"
    ),
    entity("tass", "Actor", "news-agency", "TASS", "ТАСС"),
]


def statements(text: str, language: str) -> list[dict[str, Any]]:
    document = draft_fixture(
        text,
        REGISTRY,
        language,
        "2020-11-10",
        "forms",
    ).document
    return list(document["statements"])


def spoken(text: str, language: str) -> list[tuple[str, list[str], str]]:
    return [(s["kind"], s["speakers"], s["quote"]) for s in statements(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "kind", "words"),
    [
        (
            "Lavrov wrote on his page that the talks would resume soon.",
            "en",
            "announcement",
            "that the talks would resume soon",
        ),
        (
            "Lavrov blamed the delay on the weather in the mountains.",
            "en",
            "accusation",
            "the delay on the weather in the mountains",
        ),
        (
            "Лавров назвал переговоры в Москве полезными для обеих сторон.",
            "ru",
            "position",
            "переговоры в Москве полезными для обеих сторон",
        ),
        (
            "Лавров предложил сторонам встретиться в Москве на следующей неделе.",
            "ru",
            "appeal",
            "сторонам встретиться в Москве на следующей неделе",
        ),
        (
            "Лавров попросил стороны встретиться в Москве на следующей неделе.",
            "ru",
            "appeal",
            "стороны встретиться в Москве на следующей неделе",
        ),
        (
            "Лавров утверждает, что переговоры в Москве возобновятся на следующей неделе.",
            "ru",
            "claim",
            "что переговоры в Москве возобновятся на следующей неделе",
        ),
        (
            "Лавров объяснил, что переговоры в Москве возобновятся на следующей неделе.",
            "ru",
            "claim",
            "что переговоры в Москве возобновятся на следующей неделе",
        ),
        (
            "Лавров уверял, что переговоры в Москве возобновятся на следующей неделе.",
            "ru",
            "claim",
            "что переговоры в Москве возобновятся на следующей неделе",
        ),
    ],
)
def test_a_verb_that_cues_yaml_lacks_reports_speech(
    text: str, language: str, kind: str, words: str
) -> None:
    [(found_kind, speakers, quote)] = spoken(text, language)
    assert (found_kind, speakers, quote) == (kind, ["sergey-lavrov"], words)


def test_a_verb_in_a_phrase_that_reports_nothing_is_no_verb() -> None:
    assert spoken("Lavrov welcomed what he called a turning point in the talks.", "en") == [
        ("position", ["sergey-lavrov"], "what he called a turning point in the talks")
    ]
    # a noun that reads as a verb: states after a preposition or an article
    text = "Arms sold to states at war help no one, Lavrov said."
    assert [(s, q) for _, s, q in spoken(text, "en")] == [
        (["sergey-lavrov"], "Arms sold to states at war help no one")
    ]


def test_reservists_called_up_are_no_speech() -> None:
    assert spoken("Armenia called up all its reservists and volunteers on Sunday.", "en") == []


def test_the_words_before_a_speaker_who_told_reporters_are_theirs() -> None:
    text = "The talks will resume in Moscow next week, Lavrov told reporters on Sunday."
    assert spoken(text, "en") == [
        ("claim", ["sergey-lavrov"], "The talks will resume in Moscow next week")
    ]


def test_a_verb_inside_the_words_of_another_is_not_a_second_statement() -> None:
    found = spoken("وأعلن لافروف أن روسيا دعت الطرفين إلى الالتزام بالهدنة.", "ar")
    assert [(kind, speakers) for kind, speakers, _ in found] == [
        ("announcement", ["sergey-lavrov"])
    ]


def test_a_comma_and_a_joining_word_end_the_words_of_the_first_verb() -> None:
    found = spoken("وقال لافروف إن الهدنة صامدة، فيما أكدت روسيا أن المراقبين وصلوا.", "ar")
    assert [quote for _, _, quote in found] == ["إن الهدنة صامدة", "أن المراقبين وصلوا"]


def test_words_that_point_back_report_the_sentence_before() -> None:
    found = spoken(
        "Россия и Франция договорились о встрече в Женеве. Об этом сообщил Лавров.", "ru"
    )
    assert found == [
        ("report", ["sergey-lavrov"], "Россия и Франция договорились о встрече в Женеве")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia, France and the United States issued a joint statement on 30 October. "
            "The statement says the sides will not target civilians.",
            "en",
        ),
        (
            "وأصدرت روسيا وفرنسا والولايات المتحدة بيانا مشتركا في 30 أكتوبر. "
            "وجاء في البيان أن الطرفين اتفقا على عدم استهداف المدنيين.",
            "ar",
        ),
    ],
)
def test_a_document_speaks_for_its_issuers_on_its_day_with_its_obligation(
    text: str, language: str
) -> None:
    [item] = statements(text, language)
    assert (item["kind"], sorted(item["speakers"]), item["date"]) == (
        "commitment",
        ["france", "russia", "united-states"],
        "2020-10-30",
    )


def test_a_documents_noun_as_subject_speaks_for_who_it_spoke_for_before() -> None:
    found = spoken(
        "وجاء في البيان الذي تلاه لافروف أن الهدنة إنسانية.\n"
        "وأضاف البيان أن المفاوضات ستبدأ قريبا.",
        "ar",
    )
    assert [speakers for _, speakers, _ in found] == [["sergey-lavrov"], ["sergey-lavrov"]]


def test_persons_listed_with_their_titles_speak_together() -> None:
    text = (
        "The President of Azerbaijan, Ilham Aliyev, the Prime Minister of Armenia, Nikol "
        "Pashinyan, and the President of Russia, Vladimir Putin, declare the following."
    )
    [(kind, speakers, quote)] = spoken(text, "en")
    assert (kind, speakers, quote) == (
        "announcement",
        ["ilham-aliyev", "nikol-pashinyan", "vladimir-putin"],
        "declare the following",
    )


def test_a_headline_that_names_a_document_makes_its_body_speak_for_the_issuer() -> None:
    text = (
        "Заявление МИД России о ситуации в Карабахе\n"
        "Мы призываем стороны немедленно прекратить огонь."
    )
    words = "стороны немедленно прекратить огонь"
    assert spoken(text, "ru") == [("appeal", ["russia-mfa"], words)]


def test_an_outlet_speaks_its_own_report_but_relays_anothers_words() -> None:
    own = statements("Как сообщает ТАСС, в Ереване прошли протесты у здания правительства.", "ru")
    relayed = statements("Как сообщает ТАСС, Лавров заявил, что переговоры продолжатся.", "ru")
    assert [(s["kind"], s["speakers"]) for s in own] == [("report", ["tass"])]
    assert [(s["speakers"], s.get("reported_via")) for s in relayed] == [
        (["sergey-lavrov"], ["tass"])
    ]


def test_an_organisation_before_a_person_gives_way_to_the_person() -> None:
    [(_, speakers, _)] = spoken(
        "Заявил в понедельник глава МИД России Сергей Лавров, что огонь прекращен.", "ru"
    )
    assert speakers == ["sergey-lavrov"]


def test_a_headline_drafts_no_statement_and_an_undated_statement_takes_the_day_before() -> None:
    items = statements(
        "Lavrov says talks will go on\nLavrov said on Monday that the talks would go on.\n"
        '"We are ready to host them," Lavrov told reporters.',
        "en",
    )
    assert [(s["evidence"][0]["passage"], s["date"]) for s in items] == [
        (2, "2020-11-09"),
        (3, "2020-11-09"),
    ]


def test_the_english_words_after_the_verb_keep_the_name_that_begins_them() -> None:
    [(_, _, quote)] = spoken("Lavrov said Russia had sent observers to the region.", "en")
    assert quote == "Russia had sent observers to the region"


@pytest.mark.parametrize(
    "text",
    [
        "Лавров провел переговоры.\nПо его словам, перемирие в целом соблюдается.",
        "Лавров провел переговоры.\nОн добавил, что перемирие в целом соблюдается.",
    ],
)
def test_a_pronoun_in_a_passage_naming_no_one_points_at_the_person_named_last(text: str) -> None:
    assert [(s["speakers"], s["evidence"][0]["passage"]) for s in statements(text, "ru")] == [
        (["sergey-lavrov"], 2)
    ]


def test_observers_are_no_speaker_a_draft_names() -> None:
    assert spoken("ويرى مراقبون أن خسارة المدينة تضع روسيا في موقف صعب.", "ar") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lavrov said that the talks must go on, as rallies have since 1 November.", "en"),
        ("Лавров по-прежнему считает, что переговоры нужны, как и митинги с 1 ноября.", "ru"),
    ],
)
def test_words_are_spoken_on_a_day_not_since_one(text: str, language: str) -> None:
    # the only date of the sentence is an open interval: the words are of the publication,
    # uncertain
    assert [s["date"] for s in statements(text, language)] == ["2020-11-10?"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lavrov said that a plan of talks for 2021-2022 would be signed.", "en"),
        ("Lavrov said that two festivals were due this year.", "en"),
        ("Лавров заявил, что 15 ноября переговоры продолжатся.", "ru"),
        ("Lavrov, looking to 15 November, said talks must go on.", "en"),  # beside the verb
        ("Lavrov said that talks held from 1 November to 30 November 2020 would go on.", "en"),
        ("وقال لافروف إن المحادثات ستستأنف في 15 نوفمبر.", "ar"),
    ],
)
def test_words_are_not_spoken_after_the_day_they_are_reported(text: str, language: str) -> None:
    # a day ahead, a year or a span that ends after the publication (10 November 2020) is
    # the words' subject, not their day: they are of the publication, uncertain
    assert [s["date"] for s in statements(text, language)] == ["2020-11-10?"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lavrov said that in 2019 the talks came to nothing.", "en"),
        ("وقال لافروف إن عام 2019 كان عام المحادثات.", "ar"),
        ("Лавров заявил, что в 2019 году переговоры не дали ничего.", "ru"),
    ],
)
def test_a_year_alone_is_the_words_subject_not_their_day(text: str, language: str) -> None:
    # the year the words look back on, before the publication (10 November 2020): they are of
    # the publication, uncertain
    assert [s["date"] for s in statements(text, language)] == ["2020-11-10?"]


@pytest.mark.parametrize(
    "text",
    [
        "ووعد لافروف بأن تستأنف المحادثات قريبا.",
        "ووعدت روسيا بأن تستأنف المحادثات قريبا.",
        "ووعدوا، لافروف ونظيره، بأن تستأنف المحادثات قريبا.",
    ],
)
def test_an_arabic_promise_is_a_commitment(text: str) -> None:
    found = statements(text, "ar")
    assert [s["kind"] for s in found] == ["commitment"]


def test_words_of_this_month_keep_the_month() -> None:
    text = "Lavrov said in November that the talks must go on."
    assert [s["date"] for s in statements(text, "en")] == ["2020-11"]


@pytest.mark.parametrize(
    "verb",
    ["calls on", "called on", "is calling on", "urged", "urges", "is urging"],
)
def test_the_actor_an_english_appeal_addresses_is_not_its_speaker(verb: str) -> None:
    # the actor right after the verb is addressed; the subject far before it speaks
    text = (
        "Azerbaijan is now rebuilding the liberated lands and working to reopen the roads of the "
        f"region, as the statement provides, and {verb} the parliaments of France to support "
        "that work rather than hinder it."
    )
    assert [s["speakers"] for s in statements(text, "en")] == [["azerbaijan"]]
