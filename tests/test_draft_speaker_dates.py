"""Who spoke when, across a text, in `kb draft` (issue 25): words that give no date are of the
day of their speaker's last statement, even where another speaker's words stand between; a
document a relative clause recalls (البيان الذي أصدره X) is X's, not the sentence subject's, and
gives that subject no day; and an Arabic organisation's short form (الأمانة العامة after الأمانة
العامة لجامعة الدول العربية) names the organisation again. Every text here is written for these
tests. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("sergey-lavrov", "Actor", "person", "Sergey Lavrov", "لافروف", "Лавров", "Lavrov"),
    entity("ilham-aliyev", "Actor", "person", "Ilham Aliyev", "علييف", "Алиев", "Aliyev"),
    entity("jeyhun-bayramov", "Actor", "person", "Jeyhun Bayramov", "جيهون بيراموف", "Байрамов"),
    entity(
        "russia-mfa",
        "Actor",
        "ministry",
        "Ministry of Foreign Affairs of Russia",
        "وزارة الخارجية الروسية",
        "МИД России",
    ),
]
PUBLISHED = "2020-11-24"


def drafted(text: str, language: str) -> dict[str, Any]:
    return dict(draft_fixture(text, REGISTRY, language, PUBLISHED, "speakers").document)


def said(text: str, language: str) -> list[tuple[list[str], str | None]]:
    return [(s["speakers"], s.get("date")) for s in drafted(text, language)["statements"]]


BETWEEN = {
    "en": (
        "Lavrov said on Sunday that some 25,000 people had gone home.\n\n"
        "Aliyev said on Saturday that 7,000 had come back by bus.\n\n"
        "Lavrov said the returns would go on through the winter."
    ),
    "ru": (
        "Лавров заявил в воскресенье, что домой вернулись около 25 тысяч человек.\n\n"
        "Алиев заявил в субботу, что на автобусах вернулись 7 тысяч.\n\n"
        "Лавров заявил, что возвращение продолжится всю зиму."
    ),
    "ar": (
        "وقال لافروف يوم الأحد إن نحو 25 ألف شخص عادوا إلى ديارهم.\n\n"
        "وقال علييف يوم السبت إن 7 آلاف عادوا بالحافلات.\n\n"
        "وقال لافروف إن العودة ستستمر طوال الشتاء."
    ),
}


@pytest.mark.parametrize("language", sorted(BETWEEN))
def test_words_without_a_date_are_of_their_speakers_last_day(language: str) -> None:
    found = said(BETWEEN[language], language)
    assert [speakers for speakers, _ in found] == [
        ["sergey-lavrov"],
        ["ilham-aliyev"],
        ["sergey-lavrov"],
    ]
    first, between, last = (date for _, date in found)
    assert (first, between) == ("2020-11-22", "2020-11-21")
    assert last == first  # Sunday's, not Aliyev's Saturday nor the day published


def test_the_speakers_last_statement_gives_the_day() -> None:
    text = (
        "Lavrov said on Sunday that some 25,000 people had gone home.\n\n"
        "Aliyev said on Saturday that 7,000 had come back by bus.\n\n"
        "Lavrov said on Monday that more buses were due.\n\n"
        "Lavrov said the returns would go on through the winter."
    )
    dates = [date for _, date in said(text, "en")]
    assert dates[:3] == ["2020-11-22", "2020-11-21", "2020-11-23"]
    assert dates[3] == "2020-11-23"  # the speaker's last statement, not his first


def test_the_sentence_just_before_gives_its_day_first() -> None:
    text = (
        "Lavrov said on Monday that some 25,000 people had gone home.\n\n"
        "Aliyev said on Saturday that 7,000 had come back by bus.\n\n"
        "Fighting flared near Shusha on Thursday. Lavrov said two villages were shelled."
    )
    dates = [date for _, date in said(text, "en")]
    assert dates == ["2020-11-23", "2020-11-21", "2020-11-19"]


HEADLINE = "الأمانة العامة لجامعة الدول العربية - بيان بشأن القتال في قره باغ\n\n"


def test_a_relative_clause_recalls_a_document_its_subject_did_not_issue() -> None:
    text = (
        HEADLINE + "وتضم الأمانة العامة لجامعة الدول العربية صوتها إلى البيان الذي أصدره وزراء "
        "خارجية الدول الثلاث في الأول من نوفمبر.\n\n"
        "وتؤكد الأمانة العامة لجامعة الدول العربية أن هذا النزاع لا يحسم بالسلاح."
    )
    (statement,) = drafted(text, "ar")["statements"]
    assert statement["date"] == PUBLISHED  # the document's own day, not the one recalled


def test_a_relative_clause_names_the_documents_issuers_after_its_verb() -> None:
    text = (
        "وأشار لافروف إلى البيان الذي أصدرته أذربيجان وأرمينيا في الأول من نوفمبر.\n\n"
        "وأضاف البيان أن الطرفين سيتبادلان الأسرى."
    )
    statements = drafted(text, "ar")["statements"]
    added = [s for s in statements if "سيتبادلان" in s["quote"]]
    assert [sorted(s["speakers"]) for s in added] == [["armenia", "azerbaijan"]]
    assert added[0]["date"] == "2020-11-01"


@pytest.mark.parametrize(
    "recalled",
    [
        "في بيان إن الاشتباكات التي وقعت بين أرمينيا وأذربيجان مقلقة",  # clashes that happened
        "في البيان الذي أصدرته بشأن أرمينيا إن الوضع مقلق",  # its subject the sentence's
        "في بيان إن الصور التي نشرتها أذربيجان مقلقة",  # a relative clause on no document
        "في البيان الذي أصدرته الوزارة بشأن أرمينيا إن الوضع مقلق",  # Armenia: no subject
        "في البيان الذي أصدرته اليوم إن الوضع مقلق",  # a time word: the subject's document
    ],
)
def test_a_relative_clause_without_its_issuer_leaves_the_sentences(recalled: str) -> None:
    text = (
        f"وقالت وزارة الخارجية الروسية يوم الأحد {recalled}.\n\n"
        "وأضاف البيان أن موسكو تدعو إلى وقف إطلاق النار."
    )
    added = [s for s in drafted(text, "ar")["statements"] if "تدعو" in s["quote"]]
    assert [s["speakers"] for s in added] == [["russia-mfa"]]


def test_a_recalled_document_has_its_own_day_not_the_sentences() -> None:
    text = (
        "وأشار لافروف يوم الاثنين إلى البيان الذي أصدرته أذربيجان وأرمينيا في الأول من "
        "نوفمبر.\n\nوأضاف البيان أن الطرفين سيتبادلان الأسرى."
    )
    added = [s for s in drafted(text, "ar")["statements"] if "سيتبادلان" in s["quote"]]
    assert [s["date"] for s in added] == ["2020-11-01"]


def test_officials_before_a_name_issue_the_recalled_document() -> None:
    text = (
        "وقال لافروف إن البيان الذي أصدره الوزير جيهون بيراموف في الأول من نوفمبر مهم.\n\n"
        "وأضاف البيان أن الطرفين سيتبادلان الأسرى."
    )
    added = [s for s in drafted(text, "ar")["statements"] if "سيتبادلان" in s["quote"]]
    assert [(s["speakers"], s["date"]) for s in added] == [(["jeyhun-bayramov"], "2020-11-01")]


@pytest.mark.parametrize(
    "another",
    [
        "المكتب الصحفي لرئيس أذربيجان",
        "المكتب الصحفي التابع لرئيس أذربيجان",  # the word of one's belonging
        "المكتب الصحفي الأذربيجاني",  # a state's adjective
        "المكتب الصحفي في وزارة الدفاع",  # `in` and an institution's head
    ],
)
def test_a_short_form_does_not_start_another_bodys_name(another: str) -> None:
    text = (
        "وقال المكتب الصحفي للكرملين يوم الأحد إن الرئيسين بحثا الوضع.\n\n"
        f"من جهته، ذكر {another} أن الهدنة صامدة.\n\n"
        "وأشار المكتب الصحفي في بيان إلى أن الاتصالات ستستمر.\n\n"
        "ولفت المكتب الصحفي إلى أن الرئيسين سيلتقيان.\n\n"
        "وأدان المكتب الصحفي العملية الإرهابية التي استهدفت المدنيين."
    )
    document = drafted(text, "ar")
    kremlin = next(e["id"] for e in document["proposed_entries"] if "للكرملين" in e["names"]["ar"])
    speakers = [s["speakers"] for s in document["statements"]]
    assert len(speakers) == 5 and speakers[0] == speakers[2] == speakers[3] == [kremlin]
    assert speakers[4] == [kremlin]  # an object of the verb is no state's adjective
    (entry,) = [e for e in document["proposed_entries"] if e["id"] in speakers[1]]
    assert entry["names"]["ar"].startswith("المكتب الصحفي") and entry["id"] != kremlin


SHORT = {
    "الأمانة العامة لجامعة الدول العربية": "الأمانة العامة",
    "اللجنة الدولية للصليب الأحمر": "اللجنة الدولية",
}


@pytest.mark.parametrize(("full", "short"), sorted(SHORT.items()))
def test_an_arabic_organisations_short_form_names_it_again(full: str, short: str) -> None:
    text = (
        f"تتابع {full} بقلق القتال في قره باغ منذ أسابيع.\n\n"
        f"وتدعو {short} الطرفين إلى وقف فوري لإطلاق النار."
    )
    document = drafted(text, "ar")
    (entry,) = [e for e in document["proposed_entries"] if e["names"]["ar"] == full]
    assert [e["names"]["ar"] for e in document["proposed_entries"]] == [full]
    assert {"passage": 2, "text": short} in entry["seen"]
    appeals = [s for s in document["statements"] if s["kind"] == "appeal"]
    assert [s["speakers"] for s in appeals] == [[entry["id"]]]


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("اللجنة الدولية الخاصة بقره باغ", "اللجنة الدولية"),  # no genitive with li
        ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "مكتب الأمم المتحدة"),  # indefinite head
    ],
)
def test_no_short_form_without_a_definite_head_before_li(full: str, short: str) -> None:
    text = f"تتابع {full} بقلق القتال منذ أسابيع.\n\nوتدعو {short} إلى الهدوء."
    entries = drafted(text, "ar")["proposed_entries"]
    first = [e["id"] for e in entries if {s["passage"] for s in e["seen"]} == {1}]
    later = [e["id"] for e in entries if {s["passage"] for s in e["seen"]} == {2}]
    assert len(first) == 1 and len(later) == 1 and first != later


def test_a_known_name_before_a_genitive_is_still_known() -> None:
    full = "اللجنة الدولية للصليب الأحمر"
    text = (
        f"تتابع {full} بقلق القتال منذ أسابيع.\n\n"
        f"وقالت {full} لوسائل الإعلام إن الوضع مقلق.\n\n"
        "لكن اللجنة الدولية لم تحدد موعدا لزيارتها."
    )
    (entry,) = drafted(text, "ar")["proposed_entries"]
    assert entry["names"]["ar"] == full
    assert [s["passage"] for s in entry["seen"]] == [1, 2, 3]
