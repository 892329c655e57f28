"""How `kb draft` dates events from what the text wrote before (issue 25): `the same day` and
`a day earlier` against the last day written (anchored_dates.yaml), fighting that began on a
day as open from it, a document's date for its signing, in Arabic, English and Russian.
Every text here is written for these tests; no database is needed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "России"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def dated(text: str, language: str, published: str = "2020-10-29") -> list[tuple[str, str]]:
    document = draft_fixture(text, ENTITIES, language, published, "dates").document
    items: list[dict[str, Any]] = document["events"]
    return [(e["type"], e["date"]) for e in items]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Armenia shelled the town of Barda on 27 October.\n"
            "Clashes were reported in Nagorno-Karabakh the same day, Azerbaijan said.",
            "en",
            ("armed-clash", "2020-10-27"),
        ),
        (
            "قصفت أرمينيا مدينة بردعة في 27 أكتوبر.\n"
            "ووقعت اشتباكات في قره باغ في اليوم نفسه، بحسب أذربيجان.",
            "ar",
            ("armed-clash", "2020-10-27"),
        ),
        (
            "Армения обстреляла город Барда 27 октября.\n"
            "В тот же день в Карабахе произошли столкновения, сообщил Азербайджан.",
            "ru",
            ("armed-clash", "2020-10-27"),
        ),
        (
            "Armenia shelled the town of Barda on 27 October.\n"
            "Clashes were reported in Nagorno-Karabakh a day earlier, Azerbaijan said.",
            "en",
            ("armed-clash", "2020-10-26"),
        ),
        (
            "Армения обстреляла город Барда 27 октября.\n"
            "На следующий день в Карабахе произошли столкновения, сообщил Азербайджан.",
            "ru",
            ("armed-clash", "2020-10-28"),
        ),
        (
            "قصفت أرمينيا مدينة بردعة في 27 أكتوبر.\n"
            "وفي اليوم التالي وقعت اشتباكات في قره باغ، بحسب أذربيجان.",
            "ar",
            ("armed-clash", "2020-10-28"),
        ),
        (
            "Armenia shelled the town of Barda on 27 October.\n"
            "Clashes had broken out in Nagorno-Karabakh earlier that morning, Azerbaijan said.",
            "en",
            ("armed-clash", "2020-10-27"),
        ),
        (
            "Армения обстреляла город Барда 27 октября.\n"
            "Тем же утром в Карабахе произошли столкновения, сообщил Азербайджан.",
            "ru",
            ("armed-clash", "2020-10-27"),
        ),
        (
            "قصفت أرمينيا مدينة بردعة في 27 أكتوبر.\n"
            "ووقعت اشتباكات في قره باغ صباح ذلك اليوم، بحسب أذربيجان.",
            "ar",
            ("armed-clash", "2020-10-27"),
        ),
    ],
)
def test_the_same_day_or_a_day_earlier_is_read_against_the_last_day_written(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in dated(text, language)


def test_a_day_after_dates_its_clause_a_day_before_the_date_written() -> None:
    text = (
        "Armenia admitted the loss of Hadrut on 10 October, "
        "a day after Azerbaijan announced its capture."
    )
    assert dated(text, "en", "2020-10-11") == [("offensive", "2020-10-09")]


def test_the_same_day_with_no_day_written_before_is_no_date() -> None:
    text = "Clashes were reported in Nagorno-Karabakh the same day, Azerbaijan said."
    assert dated(text, "en") == [("armed-clash", "2020-10-29?")]  # the day's news, uncertain


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan said heavy fighting erupted in Nagorno-Karabakh on 27 September.", "en"),
        ("Бои в Карабахе начались 27 сентября, сообщил Азербайджан.", "ru"),
        ("وقالت أذربيجان إن المعارك اندلعت في قره باغ في 27 سبتمبر.", "ar"),
    ],
)
def test_fighting_that_began_on_a_day_is_dated_from_that_day_on(text: str, language: str) -> None:
    assert dated(text, language) == [("armed-clash", "2020-09-27/..")]


def test_a_war_begun_on_a_day_is_dated_from_that_day_on() -> None:
    text = "Азербайджан ведет в Карабахе войну, начатую 27 сентября."  # начатую: begun
    assert dated(text, "ru") == [("war", "2020-09-27/..")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Боевые действия в Карабахе не прекращаются с 27 сентября, сообщил Азербайджан.", "ru"),
        (
            "Третьи сутки в Карабахе не прекращаются боевые действия, которые Азербайджан "
            "развязал 27 сентября.",
            "ru",
        ),
        ("وقالت أرمينيا إن المعارك لم تتوقف في قره باغ منذ 27 سبتمبر.", "ar"),
    ],
)
def test_fighting_that_has_not_stopped_since_a_day_goes_on(text: str, language: str) -> None:
    # a stop denied (не прекращаются, لم تتوقف) is no ceasefire: the fighting goes on from the day
    document = draft_fixture(text, ENTITIES, language, "2020-09-29", "dates").document
    found = [(e["type"], e["date"], e["status"]) for e in document["events"]]
    assert found == [("armed-clash", "2020-09-27/..", "ongoing")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Боевые действия в Карабахе, возобновившиеся 27 сентября, прекратились 10 ноября, "
            "сообщил Азербайджан.",
            "ru",
        ),
        ("Бои в Карабахе начались 27 сентября и закончились 10 ноября.", "ru"),
        ("Война в Карабахе, начавшаяся 27 сентября, завершилась 10 ноября.", "ru"),
        (
            "وكانت المعارك في قره باغ قد تجددت في 27 سبتمبر، ولم تتوقف إلا ببيان وقعته أذربيجان "
            "وأرمينيا وروسيا في العاشر من نوفمبر.",
            "ar",
        ),
        ("اندلعت الحرب في قره باغ في 27 سبتمبر، ثم انتهت في 10 نوفمبر.", "ar"),
        ("Fighting in Nagorno-Karabakh resumed on Sept. 27 and stopped on Nov. 10.", "en"),
        ("Fighting in Nagorno-Karabakh began on Sept. 27 and ended on Nov. 10.", "en"),
        ("The war in Nagorno-Karabakh, which began on Sept. 27, was halted on Nov. 10.", "en"),
    ],
)
def test_fighting_that_began_and_ended_on_written_days_spans_them(text: str, language: str) -> None:
    # renewed fighting (возобновившиеся, تجددت, resumed) began; a word of its end closes the span
    document = draft_fixture(text, ENTITIES, language, "2020-12-20", "dates").document
    found = [(e["date"], e.get("status", "occurred")) for e in document["events"]]
    assert ("2020-09-27/2020-11-10", "occurred") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("اندلعت المعارك في قره باغ في 27 سبتمبر وتوقفت في 10 نوفمبر.", "ar"),
        ("المعارك التي اندلعت في قره باغ في 27 سبتمبر توقفت في 10 نوفمبر.", "ar"),
        (
            "The deal ended the fighting in Nagorno-Karabakh, which began on Sept. 27 and "
            "stopped on Nov. 10.",
            "en",
        ),
    ],
)
def test_a_stop_of_fighting_that_began_on_a_day_is_of_the_day_it_ended(
    text: str, language: str
) -> None:
    # the stop (the fighting stopped) is the ceasefire: the day the fighting began is not its own
    assert dated(text, language, "2020-12-20") == [("ceasefire", "2020-11-10")]


def test_a_stop_in_a_month_after_fighting_began_on_a_day_is_of_that_month() -> None:
    text = "Fighting in Nagorno-Karabakh began on 27 September and stopped in November."
    assert dated(text, "en", "2020-12-20") == [("ceasefire", "2020-11")]


def test_a_day_of_the_next_sentence_does_not_end_the_fighting() -> None:
    text = (
        "Fighting in Nagorno-Karabakh erupted on 27 September, the war that has not ended. "
        "Talks opened in Moscow on 10 November."
    )
    assert ("armed-clash", "2020-09-27/..") in dated(text, "en", "2020-11-12")


def test_a_ceasefire_of_its_own_day_keeps_it_beside_a_later_stop() -> None:
    # no word of beginning in its clause: 10 October is the ceasefire's own day
    text = (
        "A ceasefire was agreed in Nagorno-Karabakh on 10 October, and fighting stopped on "
        "18 October."
    )
    assert dated(text, "en", "2020-12-20") == [
        ("ceasefire", "2020-10-10"),
        ("ceasefire", "2020-10-18"),
    ]


def test_shelling_that_began_on_a_day_keeps_that_day() -> None:
    # only a stop (a ceasefire) takes the day the sentence says the fighting ended
    text = (
        "Shelling of Stepanakert in Nagorno-Karabakh began on 27 September and stopped on "
        "10 November."
    )
    assert dated(text, "en", "2020-12-20") == [("shelling", "2020-09-27")]


def test_a_word_of_an_end_before_an_earlier_day_leaves_the_span_open() -> None:
    text = "Fighting in Nagorno-Karabakh began on 27 September; it stopped only briefly on 2 July."
    assert ("armed-clash", "2020-09-27/..") in dated(text, "en", "2020-12-20")


def test_fighting_that_began_in_a_month_keeps_its_month() -> None:
    text = "Azerbaijan said the war in Nagorno-Karabakh began in September."
    assert dated(text, "en") == [("war", "2020-09")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "وأكدت أذربيجان أن أرمينيا ملزمة بموجب البيان الثلاثي المؤرخ في 10 نوفمبر، "
            "الذي يحمل توقيع روسيا، بالانسحاب.",
            "ar",
        ),
        (
            "Azerbaijan said Armenia was bound by the joint statement of 10 November, "
            "which Russia signed as well.",
            "en",
        ),
        (
            "Азербайджан напомнил о трехстороннем заявлении от 10 ноября, "
            "подписание которого поддержала Россия.",
            "ru",
        ),
    ],
)
def test_the_date_that_names_a_document_dates_its_signing_only(text: str, language: str) -> None:
    assert dated(text, language, "2020-11-20") == [("agreement-signed", "2020-11-10")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Both attacks came after the ceasefire in Nagorno-Karabakh took effect on 26 October.",
            "en",
        ),
        (
            "Обе атаки произошли после вступления в силу перемирия в Карабахе 26 октября.",
            "ru",
        ),
        ("وجاء هذا الهجوم بعد دخول الهدنة في قره باغ حيز التنفيذ في 26 أكتوبر.", "ar"),
    ],
)
def test_a_date_past_another_type_s_cue_is_that_cue_s(text: str, language: str) -> None:
    assert dated(text, language) == [("ceasefire", "2020-10-26")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Russia said on 10 November that it signed with Armenia and Azerbaijan a statement "
            "ending the fighting in Nagorno-Karabakh.",
            "en",
        ),
        (
            "Россия 10 ноября объявила, что подписала с Арменией и Азербайджаном заявление, "
            "которым прекращается огонь в Карабахе.",
            "ru",
        ),
        (
            "وأعلنت روسيا في 10 نوفمبر أنها وقعت مع أرمينيا وأذربيجان "
            "بيانا يوقف القتال في قره باغ.",
            "ar",
        ),
    ],
)
def test_the_ceasefire_a_signed_deal_declares_shares_its_date(text: str, language: str) -> None:
    found = dated(text, language, "2020-11-11")
    assert ("agreement-signed", "2020-11-10") in found
    assert ("ceasefire", "2020-11-10") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia said on Saturday that the truce in Nagorno-Karabakh holds. "
            "The truce follows the Moscow agreement of 10 October.",
            "en",
        ),
        (
            "Армения в субботу заявила, что перемирие в Карабахе соблюдается. "
            "Перемирие следует соглашению от 10 октября.",
            "ru",
        ),
        (
            "وقالت أرمينيا يوم السبت إن الهدنة في قره باغ صامدة. "
            "وتستند الهدنة إلى الاتفاق المؤرخ في 10 أكتوبر.",
            "ar",
        ),
    ],
)
def test_a_document_named_with_its_date_is_no_signing(text: str, language: str) -> None:
    assert "agreement-signed" not in [t for t, _ in dated(text, language, "2020-10-18")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia declared martial law and a general mobilisation on 27 September.", "en"),
        ("Армения ввела военное положение и всеобщую мобилизацию 27 сентября.", "ru"),
        ("وأعلنت أرمينيا الأحكام العرفية والتعبئة العامة في 27 سبتمبر.", "ar"),
    ],
)
def test_coordinated_cues_share_their_date(text: str, language: str) -> None:
    assert sorted(dated(text, language, "2020-09-28")) == [
        ("martial-law", "2020-09-27"),
        ("mobilisation", "2020-09-27"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia protested against the statement signed by its leader that stopped the "
            "fighting in Nagorno-Karabakh on 10 November.",
            "en",
        ),
        (
            "В Армении протестуют против заявления, подписанного премьером и прекратившего огонь"
            " в Карабахе 10 ноября.",
            "ru",
        ),
        ("واحتجت أرمينيا على توقيع البيان الذي أوقف القتال في قره باغ في 10 نوفمبر.", "ar"),
    ],
)
def test_a_signed_deal_shares_the_date_of_the_ceasefire_it_declares(
    text: str, language: str
) -> None:
    found = dated(text, language, "2020-11-20")
    assert ("agreement-signed", "2020-11-10") in found
    assert ("ceasefire", "2020-11-10") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Sunday Armenia said that it had declared martial law and ordered a general "
            "mobilisation.",
            "en",
        ),
        (
            "В воскресенье Армения объявила, что решила ввести военное положение и провести "
            "всеобщую мобилизацию.",
            "ru",
        ),
    ],
)
def test_cues_coordinated_past_a_verb_share_their_date(text: str, language: str) -> None:
    assert sorted(dated(text, language, "2020-09-28")) == [
        ("martial-law", "2020-09-27"),
        ("mobilisation", "2020-09-27"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Baku described the shelling of Barda as a breach of the truce, which the sides had "
            "pledged to observe from 26 October.",
            "en",
        ),
        (
            "В Баку расценили обстрел Барды как нарушение перемирия, которое стороны обязались "
            "соблюдать с 26 октября.",
            "ru",
        ),
        (
            "ووصفت باكو قصف بردعة بأنه خرق للهدنة، التي تعهد الطرفان باحترامها اعتبارا من 26 "
            "أكتوبر.",
            "ar",
        ),
    ],
)
def test_a_date_past_another_types_cue_in_another_clause_is_not_the_first_cues(
    text: str, language: str
) -> None:
    assert ("shelling", "2020-10-26") not in dated(text, language, "2020-10-28")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a statement that took effect stopped the fire on its day
        ("The statement of Armenia and Russia took effect on 10 November.", "en", "2020-11-10"),
        ("Заявление Армении и России вступило в силу 10 ноября.", "ru", "2020-11-10"),
        ("ودخل بيان أرمينيا وروسيا حيز التنفيذ في 10 نوفمبر.", "ar", "2020-11-10"),
        (
            "وتتواصل الاحتجاجات في أرمينيا منذ 10 نوفمبر، حين دخل البيان حيز التنفيذ.",
            "ar",
            "2020-11-10",
        ),
        # since X, when it took effect: of day X, not an open span
        (
            "Армения требует ухода премьера с 10 ноября, когда вступило в силу заявление.",
            "ru",
            "2020-11-10",
        ),
        (
            "Protests have gone on in Armenia since Nov. 10, when the statement took effect.",
            "en",
            "2020-11-10",
        ),
        # from X to Y, when it took effect: of day Y, the last of the span
        (
            "Протесты в Армении шли 44 дня, с 27 сентября по 10 ноября 2020 года, когда "
            "вступило в силу заявление о прекращении огня.",
            "ru",
            "2020-11-10",
        ),
        (
            "Protests went on in Armenia from 27 September to 10 November, when the ceasefire took "
            "effect.",
            "en",
            "2020-11-10",
        ),
    ],
)
def test_a_statement_that_took_effect_is_a_ceasefire_of_its_day(
    text: str, language: str, expected: str
) -> None:
    assert ("ceasefire", expected) in dated(text, language, "2020-11-17")


def test_fighting_that_began_on_the_day_of_since_goes_on() -> None:
    text = "В Армении с 27 сентября, когда начались боевые действия, действует военное положение."
    assert ("armed-clash", "2020-09-27/..") in dated(text, "ru", "2020-10-07")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Armenia shelled the town of Barda on 27 October.\n"
            "Clashes were reported in Nagorno-Karabakh two days later, Azerbaijan said.",
            "en",
            ("armed-clash", "2020-10-29"),
        ),
        (
            "Армения обстреляла город Барда 27 октября.\n"
            "Двумя днями ранее в Карабахе произошли столкновения, сообщил Азербайджан.",
            "ru",
            ("armed-clash", "2020-10-25"),
        ),
        (
            "قصفت أرمينيا مدينة بردعة في 27 أكتوبر.\n"
            "وبعد يومين وقعت اشتباكات في قره باغ، بحسب أذربيجان.",
            "ar",
            ("armed-clash", "2020-10-29"),
        ),
        # the longest phrase at a place: `two days after` an event, that event two days before
        (
            "وقعت اشتباكات في قره باغ في 27 أكتوبر، بعد يومين من قصف أرمينيا مدينة بردعة.",
            "ar",
            ("shelling", "2020-10-25"),
        ),
    ],
)
def test_two_days_later_or_earlier_is_read_against_the_last_day_written(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    assert expected in dated(text, language, "2020-10-30")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia and Azerbaijan agreed a ceasefire on 10 and 18 October; neither held.", "en"),
        ("Перемирия 10 и 18 октября между Арменией и Азербайджаном не устояли.", "ru"),
        ("واتفقت أرمينيا وأذربيجان على هدنة في 10 و18 أكتوبر، فلم تصمد.", "ar"),
        ("واتفقت أرمينيا وأذربيجان على هدنة في 10 و 18 أكتوبر، فلم تصمد.", "ar"),
        ("Armenia and Azerbaijan agreed a ceasefire on 10 October and 18 October.", "en"),
    ],
)
def test_days_listed_with_one_month_are_one_event_each(text: str, language: str) -> None:
    # the first day's month is the list's last one (10 and 18 October)
    assert dated(text, language) == [("ceasefire", "2020-10-10"), ("ceasefire", "2020-10-18")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Talks between Armenia and Russia were held on 12 and 13 October.", "en"),
        ("Переговоры Армении и России прошли 12 и 13 октября.", "ru"),
        ("وجرت مفاوضات بين أرمينيا وروسيا يومي 12 و13 أكتوبر.", "ar"),
    ],
)
def test_days_listed_that_follow_each_other_are_one_span(text: str, language: str) -> None:
    assert dated(text, language) == [("meeting", "2020-10-12/2020-10-13")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Talks between Armenia and Russia went on between 12 and 18 October.", "en"),
        ("Переговоры Армении и России шли между 12 и 18 октября.", "ru"),
        ("Talks between Armenia and Russia went on from 12 and 18 October.", "en"),
        ("وجرت مفاوضات بين أرمينيا وروسيا بين 12 و18 أكتوبر.", "ar"),
        ("وجرت مفاوضات بين أرمينيا وروسيا من 12 و18 أكتوبر.", "ar"),
    ],
)
def test_days_after_between_are_no_list(text: str, language: str) -> None:
    # `between 12 and 18 October` bounds a time; its first day is no day of its own
    assert [date for _, date in dated(text, language)] == ["2020-10-18"]
