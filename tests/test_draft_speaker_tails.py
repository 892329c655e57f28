"""Words before a reporting verb whose speaker follows it with more of the reporting clause
(issue 25): `said X in a video`, `said X, who heads ...`, `said in a statement issued that
evening`, a Russian tail that ends with a titled speaker, an Arabic `..., هذا ما أكده X`; and
what stays as it was: a person at a tail's end who is no speaker, an organisation at its end,
a designator in the middle of split words. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("minsk-group", "Actor", "organisation", "OSCE Minsk Group", "مجموعة مينسك"),
    entity("amnesty", "Actor", "organisation", "Amnesty International", "Amnesty International"),
    entity("armenia-forces", "Actor", "armed-force", "Armenian forces", "армянские силы"),
    entity("stoltenberg", "Actor", "person", "Jens Stoltenberg", "ينس ستولتنبرغ"),
]


def statements(text: str, language: str) -> list[dict[str, Any]]:
    return list(
        draft_fixture(text, REGISTRY, language, "2020-11-04", "tails").document["statements"]
    )


def said(text: str, language: str) -> list[tuple[list[str], str]]:
    return [(s["speakers"], s["quote"]) for s in statements(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "words", "speaker"),
    [
        (  # the name right after the verb, then a tail word
            "en",
            "Smoke rises from the woods when the phosphorus burns, said Rafayel Ponjoyan in a "
            "video.",
            "Smoke rises from the woods when the phosphorus burns",
            "rafayel-ponjoyan",
        ),
        (  # the name, then a relative clause about the speaker, longer than the words
            "en",
            "Smoke rises from the woods when it burns, said Rafayel Ponjoyan, who heads the "
            "chemical defence department of the army's protection service, in a video.",
            "Smoke rises from the woods when it burns",
            "rafayel-ponjoyan",
        ),
        (  # a participle that describes the statement, a demonstrative `that`
            "en",
            "Two people were hurt when rockets hit both towns, Anna Naghdalyan said in a "
            "statement issued that evening.",
            "Two people were hurt when rockets hit both towns",
            "anna-naghdalyan",
        ),
        (
            "en",
            "Two people were hurt when rockets hit both towns, Anna Naghdalyan said in a "
            "statement that evening.",
            "Two people were hurt when rockets hit both towns",
            "anna-naghdalyan",
        ),
        (  # that same day: a demonstrative too
            "en",
            "Two people were hurt when rockets hit both towns, Anna Naghdalyan said that same "
            "Thursday; the ministry gave no names.",
            "Two people were hurt when rockets hit both towns",
            "anna-naghdalyan",
        ),
        (
            "en",
            "Two people were hurt when rockets hit both towns, Anna Naghdalyan said in a "
            "statement released on Tuesday.",
            "Two people were hurt when rockets hit both towns",
            "anna-naghdalyan",
        ),
        (  # a Russian tail that ends with the titled speaker, longer than the words
            "ru",
            "Пятеро пленных возвращаются домой из Баку, написал в четверг на своей странице в "
            "Facebook вице-премьер Армении Тигран Авинян; других подробностей он не привел.",
            "Пятеро пленных возвращаются домой из Баку",
            "tigran-avinyan",
        ),
        (  # the words, an Arabic comma, then `this is what X affirmed`
            "ar",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة، هذا ما أكده الرئيس "
            "الأذربيجاني إلهام علييف يوم الجمعة.",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة",
            "ilham-lyyf",
        ),
        (
            "ar",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة، هذا ما أعلنه الرئيس "
            "الأذربيجاني إلهام علييف يوم الجمعة.",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة",
            "ilham-lyyf",
        ),
        (
            "ar",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة، هذا ما ذكره الرئيس "
            "الأذربيجاني إلهام علييف يوم الجمعة.",
            "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة",
            "ilham-lyyf",
        ),
    ],
)
def test_the_words_before_a_verb_whose_speaker_follows_it_with_its_tail(
    language: str, text: str, words: str, speaker: str
) -> None:
    assert ([speaker], words) in said(text, language)


@pytest.mark.parametrize(
    "verb", ["أكدته", "أعلنته", "ذكرته", "أكده", "أعلنه", "ذكره", "قاله", "قالته"]
)
def test_each_arabic_verb_with_its_object_pronoun_points_back(verb: str) -> None:
    text = (
        "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة، هذا ما "
        f"{verb} الرئيس الأذربيجاني إلهام علييف يوم الجمعة."
    )
    assert said(text, "ar") == [
        (["ilham-lyyf"], "لن تتوقف الحرب ما لم يغادر الجيش الأرميني الأراضي المحتلة")
    ]


@pytest.mark.parametrize(
    "word",
    ["evening", "morning", "night", "afternoon", "day", "week", "weekend", "month", "year", "time"],
)
def test_that_before_a_word_of_time_opens_no_words(word: str) -> None:
    text = f"Two people were hurt when rockets hit both towns, Armenia said in a note that {word}."
    assert said(text, "en") == [(["armenia"], "Two people were hurt when rockets hit both towns")]


@pytest.mark.parametrize("word", ["issued", "released", "published", "posted"])
def test_a_participle_of_the_statement_is_of_the_tail(word: str) -> None:
    text = (
        f"Two people were hurt when rockets hit both towns, Armenia said in a statement {word} "
        "later."
    )
    assert said(text, "en") == [(["armenia"], "Two people were hurt when rockets hit both towns")]


def test_that_before_other_words_still_opens_them() -> None:
    text = "Armenia said in a note that the shelling had hurt two people in both towns."
    assert said(text, "en") == [
        (["armenia"], "that the shelling had hurt two people in both towns")
    ]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "words"),
    [
        (  # a person at the tail's end without a title: the verb's object, not its subject
            "ar",
            "وردت أذربيجان بالمثل مساء الجمعة، ورفضت روسيا في بيان ما عدته اتهامات صادرة عن "
            "يريفان بحق ينس ستولتنبرغ.",
            "russia",
            "في بيان ما عدته اتهامات صادرة عن يريفان بحق ينس ستولتنبرغ",
        ),
        (  # an organisation at the tail's end: those addressed
            "ar",
            "واستقبله ينس ستولتنبرغ في مقر الحلف أمس الأربعاء، ثم دعا في مؤتمر صحفي أرمينيا "
            "وأذربيجان إلى العودة إلى التفاوض بمساعدة مجموعة مينسك.",
            "stoltenberg",
            "في مؤتمر صحفي أرمينيا وأذربيجان إلى العودة إلى التفاوض بمساعدة مجموعة مينسك",
        ),
        (  # a designator inside split words: the words before it, to the sentence's name
            "ru",
            "Свой вывод Amnesty International сделала в четверг по снимкам с места: "
            "кассетными боеприпасами по городу, считает организация, били армянские силы.",
            "amnesty",
            "Свой вывод Amnesty International сделала в четверг по снимкам с места: "
            "кассетными боеприпасами по городу",
        ),
    ],
)
def test_a_name_at_a_tail_s_end_that_is_no_speaker_changes_nothing(
    language: str, text: str, speaker: str, words: str
) -> None:
    assert ([speaker], words) in said(text, language)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قالت قناة الجزيرة أجريت معه المقابلة إن الحرب لن تتوقف.", "قناة الجزيرة"),
        ("وقالت وكالة المشرق للأنباء إن الحرب لن تتوقف.", "وكالة المشرق للأنباء"),
        ("وقالت وكالة الأنباء القطرية قنا إن الحرب لن تتوقف.", "وكالة الأنباء القطرية قنا"),
        ("وقالت وكالة الأنباء كازينفورم إن الحرب لن تتوقف.", "وكالة الأنباء كازينفورم"),
    ],
)
def test_an_arabic_agency_s_name_ends_before_a_word_without_the_article(
    text: str, name: str
) -> None:
    document = draft_fixture(text, REGISTRY, "ar", "2020-11-04", "tails").document
    agencies = [e for e in document["proposed_entries"] if e["kind"] == "news-agency"]
    assert [e["names"]["ar"] for e in agencies] == [name]


def test_who_revealed_opens_a_relative_clause_not_a_statement() -> None:
    text = (
        "أما أول من كشف الحادث فكانت وزارة الدفاع الروسية، إذ قال المتحدث باسمها اللواء "
        "إيغور كوناشينكوف إن المروحية أصيبت بصاروخ فوق الأراضي الأرمينية."
    )
    [statement] = statements(text, "ar")
    assert statement["quote"] == "إن المروحية أصيبت بصاروخ فوق الأراضي الأرمينية"
