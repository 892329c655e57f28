"""Event cues of `kb draft` (issue 25, cues.yaml `events`, `pairs`, `blocked`, `unrealised`)
and plans (event_rules.yaml `planned`), in Arabic, English and Russian: the words that report
an event, and those that only name one (a combat zone, the monitoring of a ceasefire, an
attempt or an obligation). Every text here is written for these tests; no database needed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

ENTITIES = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армению", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия", "России"),
    entity("karabakh", "Place", "region", "Nagorno-Karabakh", "قره باغ", "Карабах", "Карабахе"),
    entity("nagorno-karabakh-conflict", "Conflict", None, "Nagorno-Karabakh conflict"),
]


def drafted(text: str, language: str, published: str) -> list[tuple[str, str, str]]:
    document = draft_fixture(text, ENTITIES, language, published, "cues").document
    items: list[dict[str, Any]] = document["events"]
    return [(e["type"], e["date"], e.get("status", "occurred")) for e in items]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        (
            "وقالت روسيا إنها وقعت مع أرمينيا وأذربيجان بيانا في 10 نوفمبر.",
            "ar",
            "2020-11-12",
            ("agreement-signed", "2020-11-10", "occurred"),
        ),
        (
            "وقالت أذربيجان إن أرمينيا ملزمة بإخلاء منطقة كلبجار بحلول 25 نوفمبر.",
            "ar",
            "2020-11-20",
            ("territory-handover", "2020-11-25", "due"),
        ),
        (
            "وقالت أذربيجان إن أغدام أولى المناطق التي يعيدها الجانب الأرميني يوم 20 نوفمبر.",
            "ar",
            "2020-11-20",
            ("territory-handover", "2020-11-20", "occurred"),
        ),
        (  # a district that returns (تعود), not one returned
            "وقالت روسيا إن البيان يقضي بأن تعود منطقة أغدام إلى أذربيجان بحلول 20 نوفمبر.",
            "ar",
            "2020-11-14",
            ("territory-handover", "2020-11-20", "due"),
        ),
        (
            "Министр России 10 октября позвонил коллегам из Армении и Азербайджана.",
            "ru",
            "2020-10-12",
            ("phone-call", "2020-10-10", "occurred"),
        ),
        (
            "Azerbaijan announced the capture of Hadrut in Nagorno-Karabakh on 9 October.",
            "en",
            "2020-10-12",
            ("offensive", "2020-10-09", "occurred"),
        ),
        (  # a district that passed to a state (отошел к): handed over
            "Агдамский район отошел к Азербайджану 20 ноября, сообщила Россия.",
            "ru",
            "2020-11-30",
            ("territory-handover", "2020-11-20", "occurred"),
        ),
        (
            "Вся территория вокруг Карабаха 20 ноября отошла к Азербайджану.",
            "ru",
            "2020-11-30",
            ("territory-handover", "2020-11-20", "occurred"),
        ),
        (
            "Агдамский район отойдет Азербайджану 20 ноября, сообщила Россия.",
            "ru",
            "2020-11-14",
            ("territory-handover", "2020-11-20", "due"),
        ),
        (
            "Агдамский район должен отойти Азербайджану 20 ноября, сообщила Россия.",
            "ru",
            "2020-11-14",
            ("territory-handover", "2020-11-20", "due"),
        ),
        (  # peacekeepers deploying, deployed (the verb, not only the noun)
            "وتنتشر في قره باغ منذ 10 نوفمبر قوة حفظ سلام روسية.",
            "ar",
            "2020-11-14",
            ("deployment", "2020-11-10/..", "ongoing"),
        ),
        (
            "وانتشرت في قره باغ في 10 نوفمبر قوة حفظ سلام روسية.",
            "ar",
            "2020-11-14",
            ("deployment", "2020-11-10", "occurred"),
        ),
        (
            "Russian peacekeepers began deploying in Nagorno-Karabakh on 10 November.",
            "en",
            "2020-11-14",
            ("deployment", "2020-11-10", "occurred"),
        ),
        (
            "С 10 ноября в Карабахе развернут российский контингент.",
            "ru",
            "2020-11-14",
            ("deployment", "2020-11-10/..", "ongoing"),
        ),
        (  # a town that fell to troops: taken
            "Hadrut in Nagorno-Karabakh, Azerbaijan says, fell to its troops on 9 October.",
            "en",
            "2020-10-12",
            ("offensive", "2020-10-09", "occurred"),
        ),
        (
            "Yerevan denies that Hadrut in Nagorno-Karabakh had fallen to Azerbaijani forces on "
            "9 October.",
            "en",
            "2020-10-12",
            ("offensive", "2020-10-09", "occurred"),
        ),
        (  # a war in its sixth day: since the day five days before the publication
            "The war in Nagorno-Karabakh between Armenia and Azerbaijan is in its sixth day.",
            "en",
            "2020-10-02",
            ("war", "2020-09-27/..", "ongoing"),
        ),
        (  # `put his signature` under a document of a day: signed on that day
            "Обязательства по заявлению от 10 ноября 2020 года Армения взяла на себя, когда "
            "под документом поставил подпись премьер-министр.",
            "ru",
            "2021-01-05",
            ("agreement-signed", "2020-11-10", "occurred"),
        ),
    ],
)
def test_a_cue_of_the_language_drafts_its_event(
    text: str, language: str, published: str, expected: tuple[str, str, str]
) -> None:
    assert expected in drafted(text, language, published)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ومن المقرر أن يلتقي وزيرا خارجية أرمينيا وأذربيجان في جنيف يوم الجمعة.", "ar"),
        (
            "The ministers of Armenia and Azerbaijan are to hold a meeting in Geneva on Friday.",
            "en",
        ),
        ("Министры Армении и Азербайджана планируют встречу в Женеве в пятницу.", "ru"),
    ],
)
def test_a_planned_event_on_a_weekday_is_the_next_such_day(text: str, language: str) -> None:
    # published on a Wednesday: the Friday to come, not the Friday before
    assert drafted(text, language, "2020-10-28") == [("meeting", "2020-10-30", "scheduled")]


def test_a_weekday_before_the_word_of_a_plan_is_the_last_such_day() -> None:
    text = "On Friday the ministers of Armenia and Azerbaijan said a meeting will be held."
    assert drafted(text, "en", "2020-10-28") == [("meeting", "2020-10-23", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 11 October Azerbaijan said Ganja lies far from the war zone.", "en"),
        ("On 11 October Azerbaijan said the morale of Armenia's troops fell.", "en"),  # no town
        (
            "11 октября Азербайджан заявил, что Гянджа находится далеко от зоны боевых действий.",
            "ru",
        ),
        ("وقالت أذربيجان في 11 أكتوبر إن مدينة كنجة تقع بعيدا عن منطقة المعارك.", "ar"),
        (
            "On 11 November Russia opened a centre to monitor the ceasefire in Nagorno-Karabakh.",
            "en",
        ),
        ("11 ноября Россия открыла центр мониторинга прекращения огня в Карабахе.", "ru"),
        ("وافتتحت روسيا في 11 نوفمبر مركزا لمراقبة وقف إطلاق النار في قره باغ.", "ar"),
        ("On 19 December Armenia mourned those killed in the war in Nagorno-Karabakh.", "en"),
        ("19 декабря Армения почтила память погибших в войне в Карабахе.", "ru"),
        ("وأحيت أرمينيا في 19 ديسمبر ذكرى ضحايا الحرب في قره باغ.", "ar"),
        ("On 19 December Armenia put its economy on a war footing.", "en"),
        ("On 19 December Armenia left a district under the Russian-brokered truce.", "en"),
        ("On 19 December Russia checked compliance with the ceasefire in Nagorno-Karabakh.", "en"),
        ("On 19 December the UN council sat down to discuss the fighting in Karabakh.", "en"),
        ("ووضعت أرمينيا في 19 ديسمبر اقتصادها على أهبة الحرب.", "ar"),
        ("وتعهدت أرمينيا في 19 ديسمبر باستعادة الأسرى من قره باغ.", "ar"),
        ("19 декабря Армения добилась освобождения пленных в Карабахе.", "ru"),
        ("19 декабря Азербайджан передал Армении 44 человека.", "ru"),  # people, no territory
        ("19 декабря Азербайджан передал Армении 44 задержанных в Карабахе.", "ru"),  # far
    ],
)
def test_a_phrase_that_names_an_event_reports_none(text: str, language: str) -> None:
    assert drafted(text, language, "2020-12-20") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # talks of the sides: negotiations (event_talks.py)
        (
            "Russia hosted talks of the sides in an attempt to stop the fighting in Karabakh on "
            "9 October.",
            "en",
        ),
        ("Россия провела переговоры сторон в попытке прекратить огонь в Карабахе 9 октября.", "ru"),
        ("واستضافت روسيا مباحثات الجانبين في محاولة لوقف القتال في قره باغ في 9 أكتوبر.", "ar"),
    ],
)
def test_an_attempt_at_a_ceasefire_is_no_ceasefire(text: str, language: str) -> None:
    assert drafted(text, language, "2020-10-10") == [("negotiations", "2020-10-09", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The statement of 10 November provides for a prisoner exchange between Armenia "
            "and Azerbaijan, Russia said on 12 November.",
            "en",
        ),
        (
            "Заявление от 10 ноября обязывает Армению и Азербайджан к обмену пленными, "
            "сообщила Россия 12 ноября.",
            "ru",
        ),
        (
            "وقالت روسيا في 12 نوفمبر إن بيان 10 نوفمبر يلزم أرمينيا وأذربيجان بتبادل الأسرى.",
            "ar",
        ),
    ],
)
def test_an_obligation_to_exchange_prisoners_is_no_exchange(text: str, language: str) -> None:
    assert "exchange-of-prisoners" not in [t for t, *_ in drafted(text, language, "2020-11-13")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia fired rockets at Barda on 28 October.\n"
            "The attack on Barda on Wednesday killed 21 people.",
            "en",
        ),
        (
            "28 октября Армения обстреляла Барду ракетами.\n"
            "Атака на Барду в среду унесла жизни 21 человека.",
            "ru",
        ),
        (
            "قصفت أرمينيا مدينة بردعة بالصواريخ في 28 أكتوبر.\n"
            "وأودى الهجوم على بردعة يوم الأربعاء بحياة 21 شخصا.",
            "ar",
        ),
    ],
)
def test_an_attack_on_the_day_of_a_shelling_is_that_shelling(text: str, language: str) -> None:
    document = draft_fixture(text, ENTITIES, language, "2020-10-28", "cues").document
    assert [(e["type"], e["date"]) for e in document["events"]] == [("shelling", "2020-10-28")]
    assert [e["passage"] for e in document["events"][0]["evidence"]] == [1, 2]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armenia and Azerbaijan held the first prisoner exchange since the fighting "
            "stopped in Nagorno-Karabakh, on 14 December.",
            "en",
        ),
        (
            "Армения и Азербайджан провели первый обмен пленными с тех пор как "
            "прекратился огонь в Карабахе, сообщили 14 декабря.",
            "ru",
        ),
        (
            "وأجرت أرمينيا وأذربيجان في 14 ديسمبر، أول تبادل للأسرى منذ أن توقف القتال في قره باغ.",
            "ar",
        ),
        (
            "Armenia and Azerbaijan exchanged prisoners on 14 December. The villages of "
            "Nagorno-Karabakh where it took place stayed Armenian after the war.",
            "en",
        ),
        (
            "Армения и Азербайджан обменялись пленными 14 декабря. Села Карабаха, где это "
            "произошло, остались армянскими после войны.",
            "ru",
        ),
        (
            "وجرى تبادل للأسرى بين أرمينيا وأذربيجان في 14 ديسمبر. وبقيت قرى قره باغ التي شهدته"
            " أرمينية بعد الحرب.",
            "ar",
        ),
    ],
)
def test_an_event_the_text_looks_back_to_takes_no_date_of_another(text: str, language: str) -> None:
    assert drafted(text, language, "2020-12-15") == [
        ("exchange-of-prisoners", "2020-12-14", "occurred")
    ]


def test_the_ceasefire_days_into_which_a_strike_fell_takes_no_date_of_it() -> None:
    text = "On 28 October, two days into the ceasefire, rockets fired at Karabakh killed one."
    assert drafted(text, "en", "2020-10-29") == [("shelling", "2020-10-28", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 27 October Armenian forces used cluster munitions against villages of Barda.", "en"),
        ("27 октября армянские силы применили кассетные боеприпасы против сел Барды.", "ru"),
        ("واستخدمت أرمينيا في 27 أكتوبر ذخائر عنقودية ضد قرى بردعة.", "ar"),
    ],
)
def test_cluster_munitions_used_are_a_shelling(text: str, language: str) -> None:
    assert drafted(text, language, "2020-10-28") == [("shelling", "2020-10-27", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 14 October a unit in Karabakh was hit by Azerbaijani aircraft.", "en"),
        ("On 14 October Azerbaijani drones struck a unit in Karabakh.", "en"),
        ("14 октября беспилотники нанесли удар по части в Карабахе.", "ru"),
        ("وفي 14 أكتوبر استهدفت الطائرات وحدة في قره باغ.", "ar"),
    ],
)
def test_aircraft_that_strike_are_an_air_strike_and_no_shelling(text: str, language: str) -> None:
    assert drafted(text, language, "2020-10-15") == [("air-strike", "2020-10-14", "occurred")]


@pytest.mark.parametrize(
    ("text", "language", "published", "kind"),
    [
        (
            "On 29 October the bodies of servicemen killed in the fighting in Karabakh came home.",
            "en",
            "2020-10-30",
            "armed-clash",
        ),
        (
            "29 октября тела военных, погибших в боях в Карабахе, вернули домой.",
            "ru",
            "2020-10-30",
            "armed-clash",
        ),
        (
            "وفي 29 أكتوبر أعيدت جثث جنود قتلوا في المعارك في قره باغ.",
            "ar",
            "2020-10-30",
            "armed-clash",
        ),
        (
            "Armenia mourns until 21 December those killed in the Karabakh war.",
            "en",
            "2020-12-19",
            "war",
        ),
        (
            "Армения до 21 декабря вспоминает тех, кто погиб в карабахской войне.",
            "ru",
            "2020-12-19",
            "war",
        ),
    ],
)
def test_the_fighting_or_war_the_dead_were_killed_in_is_no_event_of_the_day(
    text: str, language: str, published: str, kind: str
) -> None:
    assert kind not in [t for t, _, _ in drafted(text, language, published)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 13 November Russia signed a decree on a relief centre in Karabakh.", "en"),
        ("13 ноября Россия подписала указ о центре помощи в Карабахе.", "ru"),
        ("Центр открыт в Карабахе: указ подписал 13 ноября президент России.", "ru"),
        ("وأنشئ مركز في قره باغ بمرسوم وقعه الرئيس في 13 نوفمبر.", "ar"),
    ],
)
def test_a_decree_signed_is_no_agreement(text: str, language: str) -> None:
    assert [t for t, _, _ in drafted(text, language, "2020-11-15")] == []


def test_a_request_for_talks_is_no_talks() -> None:
    text = "On 31 October Armenia asked Russia to start urgent consultations on security."
    assert drafted(text, "en", "2020-11-01") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On 9 October Armenia and Azerbaijan did not sign an agreement.", "en"),
        ("9 октября Армения и Азербайджан не подписали соглашение.", "ru"),
        ("ولم توقع أرمينيا وأذربيجان في 9 أكتوبر على أي اتفاق.", "ar"),
    ],
)
def test_an_event_denied_by_a_negation_is_no_event(text: str, language: str) -> None:
    assert drafted(text, language, "2020-10-10") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia urged Azerbaijan to observe the ceasefire in force since 10 November.", "en"),
        (
            "Армения призвала соблюдать режим прекращения огня, действующий с 10 ноября.",
            "ru",
        ),
        ("ودعت أرمينيا أذربيجان إلى احترام وقف إطلاق النار الساري منذ 10 نوفمبر.", "ar"),
    ],
)
def test_a_call_to_observe_an_event_in_force_does_not_undo_it(text: str, language: str) -> None:
    assert drafted(text, language, "2020-12-01") == [("ceasefire", "2020-11-10/..", "ongoing")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia has not given a count of its dead since fighting began on 27 September.", "en"),
        ("Армения не называет число погибших с тех пор как бои начались 27 сентября.", "ru"),
        ("ولم تكف أرمينيا عن إحصاء قتلاها منذ اندلاع المعارك في 27 سبتمبر.", "ar"),
    ],
)
def test_an_event_since_which_something_is_negated_happened(text: str, language: str) -> None:
    found = drafted(text, language, "2020-10-10")
    assert [(kind, date) for kind, date, _ in found] == [("armed-clash", "2020-09-27/..")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقالت أرمينيا إن ضربات أذربيجانية استهدفت اليوم مدينة ستيباناكيرت.",
            [("shelling", "2020-10-28", "occurred")],
        ),
        ("وذكرت قناة روسيا اليوم أن تبادل الأسرى بين أرمينيا وأذربيجان جرى.", []),
    ],
)
def test_the_arabic_today_alone_dates_an_event_but_not_in_an_outlet_s_name(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [e for e in drafted(text, "ar", "2020-10-28") if "?" not in e[1]] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Армения назвала подписанное 10 ноября заявление вынужденным шагом.",
            "ru",
            ("agreement-signed", "2020-11-10", "occurred"),
        ),
        (
            "وأجرت روسيا مساء اليوم اتصالين هاتفيين مع أرمينيا وأذربيجان.",
            "ar",
            ("phone-call", "2020-11-12", "occurred"),
        ),
        (
            "The ministers of Armenia and Azerbaijan are due to meet in Geneva on November 14.",
            "en",
            ("meeting", "2020-11-14", "scheduled"),
        ),
        (
            "Армения сообщила о потерях за время боевых действий, начавшихся 27 сентября.",
            "ru",
            ("armed-clash", "2020-09-27/..", "ongoing"),  # from a day on, no end given
        ),
        (
            "Armenia said Azerbaijan opened fire on its positions on Monday morning.",
            "en",
            ("shelling", "2020-11-09", "occurred"),
        ),
        (  # a passive past of signing
            "Армения сообщила, что в понедельник в Москве подписано заявление трех лидеров.",
            "ru",
            ("agreement-signed", "2020-11-09", "occurred"),
        ),
        (  # a plural of agreement, dated by its day
            "وقالت روسيا إن أرمينيا وأذربيجان ملتزمتان باتفاقات 9 نوفمبر 2020.",
            "ar",
            ("agreement-signed", "2020-11-09", "occurred"),
        ),
        (
            "Армения заявила, что в понедельник Азербайджан открыл огонь по ее позициям.",
            "ru",
            ("shelling", "2020-11-09", "occurred"),
        ),
        (
            "وقالت أرمينيا إن أذربيجان فتحت النار على مواقعها يوم الاثنين.",
            "ar",
            ("shelling", "2020-11-09", "occurred"),
        ),
        (  # وقع (also `happened`) with the document signed, past the signers
            "ومساء الاثنين وقع رئيس روسيا ورئيس أذربيجان ورئيس وزراء أرمينيا بيانا مشتركا.",
            "ar",
            ("agreement-signed", "2020-11-09", "occurred"),
        ),
        (  # a place back under a side's control: control passes
            "Armenia said on Monday the district was back under Azerbaijan's control.",
            "en",
            ("territory-handover", "2020-11-09", "occurred"),
        ),
        (
            "Армения сообщила, что в понедельник район перешел под контроль Азербайджана.",
            "ru",
            ("territory-handover", "2020-11-09", "occurred"),
        ),
        (  # a place handed over (the verb alone hands over people too)
            "Армения сообщила, что в понедельник передала Азербайджану Агдамский район.",
            "ru",
            ("territory-handover", "2020-11-09", "occurred"),
        ),
        (  # a place noun in the clause, with no place named
            "Армения сообщила, что в понедельник передала Азербайджану три района.",
            "ru",
            ("territory-handover", "2020-11-09", "occurred"),
        ),
        (  # signed it
            "وتلتزم أرمينيا بالبيان الذي وقعه قادة الدول الثلاث في 9 نوفمبر 2020.",
            "ar",
            ("agreement-signed", "2020-11-09", "occurred"),
        ),
    ],
)
def test_more_cues_of_each_language(
    text: str, language: str, expected: tuple[str, str, str]
) -> None:
    assert expected in drafted(text, language, "2020-11-12")


@pytest.mark.parametrize(
    "text",
    [
        "A missile slammed into a block of flats in Ganja on 11 October, Azerbaijan said.",
        "Ganja was hit again on 11 October, Azerbaijan said.",
        "Rockets were falling on Ganja again on 11 October, Azerbaijan said.",
    ],
)
def test_missiles_that_struck_and_a_town_hit_are_a_shelling(text: str) -> None:
    assert drafted(text, "en", "2020-10-12") == [("shelling", "2020-10-11", "occurred")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The president of Azerbaijan received Russia's foreign and defence ministers in "
            "Baku on Saturday.",
            "en",
            [("meeting", "2020-11-21", "occurred")],
        ),
        (
            "В субботу президент Армении принял в Ереване министра обороны России.",
            "ru",
            [("meeting", "2020-11-21", "occurred")],
        ),
        # received what is no visitor: no meeting
        ("Armenia received a letter from Russia on Saturday.", "en", []),
        ("Russia's ministers said Armenia received the letter on Saturday.", "en", []),
        ("В субботу Армения приняла закон о военном положении.", "ru", []),
    ],
)
def test_a_visitor_received_is_a_meeting(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [e for e in drafted(text, language, "2020-11-22") if e[0] == "meeting"] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Russian writes a town taken as control passing (перешел под контроль): a handover
        ("В субботу армия Азербайджана взяла город в Карабахе.", "ru", "territory-handover"),
        ("В субботу Азербайджан освободил село в Карабахе.", "ru", "territory-handover"),
        ("В субботу Азербайджан взял под контроль высоту в Карабахе.", "ru", "territory-handover"),
        # English and Arabic, an offensive
        ("Azerbaijan's army took the town in Nagorno-Karabakh on Saturday.", "en", "offensive"),
        ("وقالت أذربيجان إن قواتها سيطرت على بلدة في قره باغ يوم السبت.", "ar", "offensive"),
    ],
)
def test_a_town_taken_is_the_type_its_language_writes_it_as(
    text: str, language: str, expected: str
) -> None:
    assert [t for t, _, _ in drafted(text, language, "2020-11-22")] == [expected]


@pytest.mark.parametrize("word", ["لقاؤه", "لقائه"])
def test_an_arabic_meeting_with_a_hamza_on_its_carrier_is_a_meeting(word: str) -> None:
    text = f"ودام {word} بوزير خارجية أرمينيا يوم الخميس 29 أكتوبر في روسيا ساعتين."
    assert drafted(text, "ar", "2020-10-31") == [("meeting", "2020-10-29", "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "В ночь на 11 октября ракета разрушила жилой дом в Армении.",
        "11 октября артиллерия била по селам Армении.",
    ],
)
def test_a_russian_rocket_that_destroys_or_artillery_that_pounds_is_shelling(text: str) -> None:
    assert drafted(text, "ru", "2020-10-14") == [("shelling", "2020-10-11", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Armenia and Azerbaijan agreed to a humanitarian pause on 10 October.", "en"),
        ("Armenia and Azerbaijan agreed to humanitarian pauses on 10 October.", "en"),
        ("10 октября Армения и Азербайджан договорились о гуманитарной паузе.", "ru"),
        ("10 октября Армения и Азербайджан объявили гуманитарную паузу.", "ru"),
    ],
)
def test_a_humanitarian_pause_is_a_ceasefire(text: str, language: str) -> None:
    assert drafted(text, language, "2020-10-12") == [("ceasefire", "2020-10-10", "occurred")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Azerbaijan violated the humanitarian pause on 11 October, Armenia said.", "en"),
        ("Armenia reported a breach of the humanitarian pause on 11 October.", "en"),
        ("Azerbaijan breached the humanitarian pause on 11 October, Armenia said.", "en"),
        ("Армения 11 октября сорвала гуманитарную паузу, заявили в Азербайджане.", "ru"),
        ("Armenia reported violations of the humanitarian pause on 11 October.", "en"),
        ("Армения 11 октября нарушила гуманитарную паузу, заявили в Азербайджане.", "ru"),
    ],
)
def test_a_broken_humanitarian_pause_is_no_ceasefire(text: str, language: str) -> None:
    assert [e for e in drafted(text, language, "2020-10-14") if e[0] == "ceasefire"] == []
