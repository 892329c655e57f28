"""The drafter on outlet styles of the corpus's third development group (issue 25): a TV
channel's website summary relaying agencies, a ministry readout with numbered points, a
newspaper analysis quoting through relays; each rule on short texts of our own, in every
language it concerns. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

from kb_service.curation.drafting import Draft

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity(
        "jeyhun-bayramov", "Actor", "person", "Jeyhun Bayramov", "جيهون بيراموف", "Джейхун Байрамов"
    ),
    entity("minsk-group", "Actor", "organisation", "Minsk Group", "مجموعة مينسك", "Минская группа"),
    entity("novosti", "Actor", "news-agency", "RIA Novosti", "نوفوستي", "РИА Новости"),
]


def drafted(text: str, language: str, published: str | None = "2020-11-25") -> Draft:
    return draft_fixture(
        text,
        REGISTRY,
        language,
        published,
        "outlets",
    )


def events(text: str, language: str, published: str = "2020-11-25") -> list[tuple[str, str]]:
    return [(e["type"], e["date"]) for e in drafted(text, language, published).document["events"]]


def statements(text: str, language: str) -> list[dict[str, Any]]:
    return list(drafted(text, language).document["statements"])


@pytest.mark.parametrize(
    ("banner", "language"),
    [
        ("NINE NEWS | 25.11.2020 | 15:10", "en"),
        ("قناة الشرق | 25.11.2020 | 15:10", "ar"),
        ("Новости дня | 25.11.2020 | 15:10", "ru"),
    ],
)
def test_a_banner_of_segments_between_bars_with_a_date_is_not_content(
    banner: str, language: str
) -> None:
    text = f"Headline\n\n{banner}\n\nArmenia and Azerbaijan met on Tuesday."
    assert drafted(text, language).document["non_content"] == [2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Under the truce deal the Lachin district is to be handed back by 1 December.", "en"),
        ("بموجب اتفاق وقف إطلاق النار، يجب تسليم منطقة لاتشين إلى أذربيجان بحلول 1 ديسمبر.", "ar"),
        (
            "Согласно соглашению о прекращении огня, Лачинский район должен быть передан "
            "Азербайджану до 1 декабря.",
            "ru",
        ),
    ],
)
def test_a_document_cited_as_the_ground_of_a_deadline_is_no_event(text: str, language: str) -> None:
    assert events(text, language) == [("territory-handover", "2020-12-01")]


def test_an_arabic_word_in_taa_marbuta_is_no_verb_with_a_pronoun() -> None:
    # التابعة (belonging to) is no تابع (he went on), إضافة (in addition) no أضاف (he added)
    text = (
        "التقى الوزير جيهون بيراموف الرؤساء المشاركين لمجموعة مينسك التابعة لمنظمة الأمن "
        "والتعاون في أوروبا، إضافة إلى سفير روسيا."
    )
    assert statements(text, "ar") == []


def proposed(text: str, language: str) -> dict[str, str]:
    document = drafted(text, language).document
    return {entry["id"]: entry["kind"] for entry in document.get("proposed_entries", [])}


def said(text: str, language: str) -> list[tuple[list[str], str, list[str]]]:
    return [
        (s["speakers"], s["quote"], s.get("reported_via", [])) for s in statements(text, language)
    ]


@pytest.mark.parametrize(
    ("text", "language", "agency"),
    [
        ("Fighting stopped, the Azerbaijani agency Turan reported on Tuesday.", "en", "turan"),
        ("Бои прекратились, сообщило во вторник агентство «Арменпресс».", "ru", "armenpress"),
    ],
)
def test_an_agency_is_named_after_its_word_past_an_adjective_or_a_quotation_mark(
    text: str, language: str, agency: str
) -> None:
    assert proposed(text, language) == {agency: "news-agency"}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "BAKU, Oct 14 (South Caucasus Wire) - The war goes on.",
            {"south-caucasus-wire": "news-agency"},
        ),
        ("BAKU, Oct 14 - The war goes on (South Caucasus Wire).", {"south-caucasus-wire": "actor"}),
        ("The Alpine Council - ten members in all - met.", {"alpine-council": "organisation"}),
    ],
)
def test_the_name_in_a_datelines_parentheses_is_the_wire_that_wrote_it(
    text: str, kinds: dict[str, str]
) -> None:
    assert {i: k for i, k in proposed(text, "en").items() if i != "baku"} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Переговоры в Москве продолжатся на следующей неделе, заявил Джейхун Байрамов; эти "
        "слова приводит ИА Регнум.",
        "Переговоры в Москве продолжатся на следующей неделе, заявил Джейхун Байрамов (слова "
        "приводит ИА Регнум).",
    ],
)
def test_an_outlet_that_cites_words_relays_them_and_ia_is_its_word(text: str) -> None:
    found = proposed(text, "ru")
    assert found["regnum"] == "news-agency"
    assert "ia" not in found
    assert said(text, "ru") == [
        (["jeyhun-bayramov"], "Переговоры в Москве продолжатся на следующей неделе", ["regnum"])
    ]


def test_a_name_after_a_verb_of_citing_relays_the_words() -> None:
    text = (
        "Переговоры в Москве продолжатся на следующей неделе, заявил Джейхун Байрамов; эти "
        "слова приводит Кавказ Онлайн."
    )
    [(speakers, _, via)] = said(text, "ru")
    assert (speakers, via) == (["jeyhun-bayramov"], ["kavkaz-onlayn"])


def test_a_ministry_word_alone_is_no_name() -> None:
    text = "Бои прекратились, подтвердили в МИД республики."
    assert proposed(text, "ru") == {}


def test_the_actor_an_outlet_quotes_speaks_and_the_agency_word_designates_no_one() -> None:
    # `которую цитирует агентство X`: X relays; агентство is X's word, not `the agency`
    # named before (РИА Новости)
    text = (
        "Бои прекратились, сообщает РИА Новости. Пресс-секретарь премьер-министра Армении Мане "
        "Геворгян, которую цитирует агентство «Арменпресс», заявила, что движение по трассе не "
        "прервется."
    )
    assert sorted(said(text, "ru")) == [
        (["mane-gevorgyan"], "что движение по трассе не прервется", ["armenpress"]),
        (["novosti"], "Бои прекратились", []),  # the agency's own report
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'Aide Hikmet Hajiyev told the channel "Al Arabiya" that the rebuilding of the towns '
            "would begin within weeks.",
            "en",
        ),
        (
            "Помощник президента Хикмет Гаджиев заявил телеканалу «Аль-Арабия», что "
            "восстановление городов начнется до конца года.",
            "ru",
        ),
    ],
)
def test_a_name_in_quotation_marks_after_the_verb_is_no_reported_words(
    text: str, language: str
) -> None:
    ((speakers, quote, _),) = said(text, language)
    assert speakers[0] in ("hikmet-hajiyev", "khikmet-gadzhiev")
    assert quote.endswith(("weeks", "года"))


def test_an_arabic_minister_who_receives_visitors_meets_them() -> None:
    text = "استقبل الوزير جيهون بيراموف اليوم السبت في باكو الرؤساء المشاركين لمجموعة مينسك."
    assert events(text, "ar", "2020-12-12") == [("meeting", "2020-12-12")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("أبلغ جيهون بيراموف الصحفيين أنه سيزور يريفان الأسبوع المقبل.", "ar"),
        ("Jeyhun Bayramov informed reporters that he would visit Yerevan next week.", "en"),
        ("Джейхун Байрамов проинформировал журналистов, что посетит Ереван.", "ru"),
    ],
)
def test_informing_someone_reports_words(text: str, language: str) -> None:
    assert [s[0] for s in said(text, language)] == [["jeyhun-bayramov"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "اتفقت أذربيجان وأرمينيا على مواصلة المشاورات، على أن تعقد جولتها المقبلة خلال الشهر "
            "الجاري.",
            "ar",
        ),
        (
            "Azerbaijan and Armenia agreed that the next round of talks will be held this month.",
            "en",
        ),
        (
            "Азербайджан и Армения согласились, что следующий раунд переговоров состоится в этом "
            "месяце.",
            "ru",
        ),
    ],
)
def test_talks_to_be_held_later_this_month_are_scheduled(text: str, language: str) -> None:
    (event,) = drafted(text, language, "2020-12-12").document["events"]
    assert (event["type"], event["date"], event["status"]) == (
        "negotiations",
        "2020-12",
        "scheduled",
    )


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        (
            "The talks in Moscow ended without any result, Jeyhun Bayramov said in a televised "
            "interview.",
            "en",
            "The talks in Moscow ended without any result",
        ),
        (
            "Переговоры в Москве завершились без всякого результата, заявил Джейхун Байрамов в "
            "интервью телеканалу.",
            "ru",
            "Переговоры в Москве завершились без всякого результата",
        ),
        (
            "انتهت المحادثات في موسكو دون أي نتيجة تذكر، قال جيهون بيراموف في مقابلة تلفزيونية.",
            "ar",
            "انتهت المحادثات في موسكو دون أي نتيجة تذكر",
        ),
    ],
)
def test_a_reporting_clause_that_ends_its_sentence_reports_the_clause_before(
    text: str, language: str, quote: str
) -> None:
    assert said(text, language) == [(["jeyhun-bayramov"], quote, [])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قال جيهون بيراموف مساء اليوم إن على أرمينيا أن تتخلى عن مطالبها.", "ar"),
        ("Jeyhun Bayramov said this evening that Armenia must give up its claims.", "en"),
    ],
)
def test_this_evening_is_the_day_of_the_text(text: str, language: str) -> None:
    assert [s["date"] for s in statements(text, language)] == ["2020-11-25"]


def test_an_arabic_relay_of_his_saying_quotes_from_the_saying() -> None:
    # نقلت الوكالة عن X قوله إن ...: the words are X's saying, not the relay before it
    text = "ونقلت وكالة نوفوستي عن جيهون بيراموف قوله إن على أرمينيا أن تتخلى عن مطالبها."
    ((speakers, quote, via),) = said(text, "ar")
    assert (speakers, via) == (["jeyhun-bayramov"], ["novosti"])
    assert quote.startswith("قوله")


@pytest.mark.parametrize(
    ("text", "language", "quote"),
    [
        (
            "Как передает РИА Новости со ссылкой на Джейхуна Байрамова, дорога через коридор "
            "откроется через несколько дней.",
            "ru",
            "дорога через коридор откроется через несколько дней",
        ),
        (
            "RIA Novosti, citing Jeyhun Bayramov, reported that the road through the corridor "
            "will reopen within days.",
            "en",
            "that the road through the corridor will reopen within days",
        ),
        (
            "وذكرت وكالة نوفوستي نقلا عن جيهون بيراموف أن الطريق عبر الممر سيفتح خلال أيام.",
            "ar",
            "أن الطريق عبر الممر سيفتح خلال أيام",
        ),
    ],
)
def test_the_source_an_outlet_cites_speaks_and_the_outlet_relays(
    text: str, language: str, quote: str
) -> None:
    assert said(text, language) == [(["jeyhun-bayramov"], quote, ["novosti"])]


def test_an_arabic_agency_name_ends_before_the_word_that_cites() -> None:
    text = "وذكرت وكالة توران نقلا عن جيهون بيراموف أن الطريق سيفتح خلال أيام."
    assert proposed(text, "ar") == {"turan": "news-agency"}


def test_a_ministry_the_registry_lacks_is_proposed_with_its_states_possessive() -> None:
    text = "Azerbaijan's Foreign Ministry dismissed the vote as a provocation."
    document = drafted(text, "en").document
    (entry,) = document["proposed_entries"]
    assert (entry["kind"], entry["names"]) == ("ministry", {"en": "Azerbaijan's Foreign Ministry"})
    assert [s["speakers"] for s in document["statements"]] == [[entry["id"]]]


def test_an_arabic_ministry_is_its_head_its_topic_and_its_states_adjective() -> None:
    text = "ونفت وزارة الدفاع المزاعم. وصدر بيان لوزارة الخارجية الأذربيجانية حول اللقاء."
    document = drafted(text, "ar").document
    entries = [(e["kind"], e["names"]) for e in document["proposed_entries"]]
    assert entries == [("ministry", {"ar": "وزارة الخارجية الأذربيجانية"})]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia handed the Lachin district back to Azerbaijan on the first of December.", "en"),
        ("سلمت أرمينيا منطقة لاتشين إلى أذربيجان في الأول من ديسمبر.", "ar"),
        ("Армения передала Лачинский район Азербайджану первого декабря.", "ru"),
    ],
)
def test_a_day_written_as_an_ordinal_dates_an_event(text: str, language: str) -> None:
    assert events(text, language, "2020-12-12") == [("territory-handover", "2020-12-01")]


def test_a_date_goes_to_the_cue_whose_words_it_is_nearest() -> None:
    # the second handover's cue (منطقة لاتشين التي تسلمها) ends right before its date and
    # begins three words after the first's
    text = (
        "عادت إلى أذربيجان منطقة كلبجار التي تسلمها الجيش في 25 نوفمبر ومنطقة لاتشين التي "
        "تسلمها في 1 ديسمبر."
    )
    assert events(text, "ar", "2020-12-12") == [
        ("territory-handover", "2020-11-25"),
        ("territory-handover", "2020-12-01"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("По данным Минской группы, миротворцы развернули три поста в понедельник.", "ru"),
        ("According to figures from the Minsk Group, peacekeepers set up three posts.", "en"),
        ("وفقا لبيانات مجموعة مينسك، أقامت قوات حفظ السلام ثلاثة مواقع يوم الاثنين.", "ar"),
    ],
)
def test_figures_attributed_to_a_source_are_its_report(text: str, language: str) -> None:
    assert [(s["kind"], s["speakers"]) for s in statements(text, language)] == [
        ("report", ["minsk-group"])
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Командующий контингентом генерал-лейтенант Рустам Мурадов осмотрел посты.", "ru"),
        ("Peacekeeping commander Rustam Muradov inspected the new posts.", "en"),
    ],
)
def test_a_military_rank_or_command_is_a_title_before_a_person(text: str, language: str) -> None:
    assert proposed(text, language) == {"rustam-muradov": "person"}


@pytest.mark.parametrize(
    "text",
    [
        "Peacekeepers escorted the convoy to the city, the state news agency AZERTAC reported.",
        "Peacekeepers escorted the convoy to the city, the Trend news agency reported.",
    ],
)
def test_an_outlet_before_reported_speaks_its_own_report(text: str) -> None:
    document = draft_fixture(text, [], "en", "2020-11-20").document
    [entry] = document["proposed_entries"]
    assert [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]] == [
        ("report", [entry["id"]], "Peacekeepers escorted the convoy to the city")
    ]


def test_an_outlet_that_reported_quoting_a_source_reports_no_words_of_its_own() -> None:
    text = "Peacekeepers escorted the convoy, TASS reported, quoting the press service."
    document = draft_fixture(text, [], "en", "2020-11-20").document
    assert all(s["kind"] != "report" for s in document["statements"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Как передает «Кавказский узел», бои в районе продолжаются.", "Кавказский узел"),
        ("По данным «Кавказского узла», село уже контролировали военные.", "Кавказского узла"),
    ],
)
def test_an_outlet_quoted_after_a_relays_phrase_is_proposed_whatever_its_case(
    text: str, name: str
) -> None:
    document = draft_fixture(text, [], "ru", "2020-12-14").document
    assert [(e["kind"], e["names"]["ru"]) for e in document["proposed_entries"]] == [
        ("news-outlet", name)
    ]


def test_the_words_after_a_quoted_outlet_start_past_its_closing_mark() -> None:
    text = "По данным «Кавказского узла», село уже контролировали военные."
    document = draft_fixture(text, [], "ru", "2020-12-14").document
    assert [s["quote"] for s in document["statements"]] == ["село уже контролировали военные"]


@pytest.mark.parametrize("verb", ["сообщило", "писало"])
def test_an_outlet_citing_a_source_relays_the_clause_before_its_verb(verb: str) -> None:
    text = (
        "Армения согласилась на встречу министров в Москве в четверг на следующей неделе, "
        f"{verb} РИА Новости со ссылкой на представителя Минской группы."
    )  # the clause before the verb longer than its tail
    found = [(s["speakers"], s["quote"]) for s in statements(text, "ru")]
    words = "Армения согласилась на встречу министров в Москве в четверг на следующей неделе"
    assert found == [(["minsk-group"], words)]


def test_a_source_without_a_comma_before_it_has_the_whole_clause_before() -> None:
    text = "Armenia agreed to the talks, and the ministers will meet in Moscow according to Russia."
    found = [(s["speakers"], s["quote"]) for s in statements(text, "en")]
    words = "Armenia agreed to the talks, and the ministers will meet in Moscow"
    assert found == [(["russia"], words)]


def test_according_to_an_outlet_citing_a_source_is_the_sources_statement_alone() -> None:
    # the outlet relays the source's words: one statement, the source's, never the outlet's
    text = (
        "The road through the corridor is open, according to the RIA Novosti agency, citing Russia."
    )
    assert [s["speakers"] for s in statements(text, "en")] == [["russia"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("RIA Novosti reported that the sides could agree a truce that evening.", "en"),
        ("РИА Новости сообщило, что стороны могут заключить перемирие вечером.", "ru"),
        ("Стороны могут заключить перемирие вечером, сообщило РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, сообщил РИА Новости.", "ru"),
        ("РИА Новости сообщили, что стороны могут заключить перемирие вечером.", "ru"),
        ("Стороны могут заключить перемирие вечером, сообщает РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, пишет РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, пишут РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, передает РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, передаёт РИА Новости.", "ru"),
        ("Стороны могут заключить перемирие вечером, передают РИА Новости.", "ru"),
        ("وذكرت نوفوستي أن الطرفين قد يتفقان على هدنة مساء.", "ar"),
        ("وأفادت نوفوستي أن الطرفين قد يتفقان على هدنة مساء.", "ar"),
        ("وأوردت نوفوستي أن الطرفين قد يتفقان على هدنة مساء.", "ar"),
        (
            "واستمر القتال. وذكرت نوفوستي أن الطرفين قد يتفقان على هدنة مساء.",
            "ar",
        ),  # a 2nd sentence
    ],
)
def test_an_outlets_own_report_is_its_statement(text: str, language: str) -> None:
    assert [(s["speakers"], s["kind"]) for s in statements(text, language)] == [
        (["novosti"], "report")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Стороны могут заключить перемирие, сообщило РИА Новости со ссылкой на Джейхуна "
            "Байрамова.",
            "ru",
        ),
        ("وذكرت نوفوستي نقلا عن جيهون بيراموف أن الطرفين قد يتفقان على هدنة.", "ar"),
    ],
)
def test_an_outlet_citing_a_source_after_its_name_relays(text: str, language: str) -> None:
    assert [s["speakers"] for s in statements(text, language)] == [["jeyhun-bayramov"]]


def test_an_outlet_after_the_speaker_a_verb_names_is_told_the_words() -> None:
    # сообщил X сайту Y: Y is told; the speaker named between the verb and the outlet speaks
    text = (
        "Джейхун Байрамов прибыл в Шушу. Бои у Шуши с самого утра больше не идут, сообщил "
        "Байрамов сайту Aysor.am."
    )
    assert [s["speakers"] for s in statements(text, "ru")] == [["jeyhun-bayramov"]]


def test_an_outlet_a_speaker_tells_is_no_speaker_of_its_own() -> None:
    # Нагдалян сообщила РИА Новости: the agency is addressed, not the one who reports
    text = "Представитель МИД Армении Анна Нагдалян сообщила РИА Новости, что группа в пути."
    assert all(s["speakers"] != ["novosti"] for s in statements(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Armenian tanks moved to the border, IRNA reported, citing Sepahnews, a military website.",
        "Armenian tanks moved to the border, IRNA reported, citing Sepahnews; nobody denied it.",
    ],
)
def test_the_source_an_outlet_cites_after_its_verb_speaks_the_words_before(text: str) -> None:
    [(speakers, words, via)] = said(text, "en")
    assert (speakers, via) == (["sepahnews"], ["irna"])
    assert words.startswith("Armenian tanks moved to the border")
    assert "citing" not in words  # the words before the verb, not the source's apposition
