"""Who a title names (issue 25): an officer's rank (Colonel X, Chief of the General Staff X), a
press title in Russian (фотограф X, корреспондент X), a first name hyphened to the next
(Франсуа-Филипп Шампань: no owner in the genitive before the name), and in Arabic no function
word after a title (وزير الخارجية منذ مايو: since May names no one).
Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "Армения", "أرمينيا"),
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "Азербайджан", "أذربيجان"),
]


def proposed(text: str, language: str) -> list[tuple[str, str]]:
    document = draft_fixture(text, REGISTRY, language, "2020-12-31", "ranks").document
    entries = document.get("proposed_entries") or []
    return [(e["kind"], e["names"][language]) for e in entries]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister came with Chief of the General Staff Emre Sahin on Tuesday.", "Emre Sahin"),
        (
            "The claim was rejected by the ministry's spokesman, Colonel Rauf Gasimov.",
            "Rauf Gasimov",
        ),
        ("Lieutenant Colonel Orhan Veliyev spoke to reporters in Baku.", "Orhan Veliyev"),
        ("The order came from Commander-in-Chief Tahir Ismayilov himself.", "Tahir Ismayilov"),
    ],
)
def test_a_rank_is_a_title_not_a_word_of_the_name(text: str, name: str) -> None:
    assert ("person", name) in proposed(text, "en")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Фотографа Мартена Лефевра прооперировали в больнице.", "Мартена Лефевра"),
        ("Ранен и корреспондент Тигран Оганесян, сообщили в редакции.", "Тигран Оганесян"),
        ("Тяжелее ранен его коллега, репортер Поль Дюран.", "Поль Дюран"),
        ("Снимки сделаны фотографом Жаном Мартеном в четверг.", "Жаном Мартеном"),
        ("Ранен их фотограф Жан Мартен, сообщила газета.", "Жан Мартен"),
        ("Вместе с репортером Полем Дюраном ехал водитель.", "Полем Дюраном"),
        ("Машину репортера Поля Дюрана обстреляли.", "Поля Дюрана"),
        ("Машину корреспондента Тиграна Оганесяна обстреляли.", "Тиграна Оганесяна"),
        ("Беседа с корреспондентом Тиграном Оганесяном вышла вечером.", "Тиграном Оганесяном"),
    ],
)
def test_a_russian_press_title_names_the_person_after_it(text: str, name: str) -> None:
    assert ("person", name) in proposed(text, "ru")


def test_correspondents_in_the_plural_name_no_one() -> None:
    text = "Обстрел застал корреспондентов Мартуни в четверг."
    assert not any(kind == "person" for kind, _ in proposed(text, "ru"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Министр иностранных дел Франсуа-Анри Леруа распорядился проверить поставки.",
            "Франсуа-Анри Леруа",
        ),
        ("Об этом сообщил министр Анна-Мария Лебрун.", "Анна-Мария Лебрун"),
    ],
)
def test_a_hyphened_first_name_is_no_owner_before_the_name(text: str, name: str) -> None:
    found = proposed(text, "ru")
    assert ("person", name) in found
    assert not any(written == name.split("-")[0] for _, written in found)


@pytest.mark.parametrize(
    "text",
    [
        "وكان زوهراب مناتساكانيان، وزير الخارجية منذ مايو 2018، في منصبه.",
        "جاء المرسوم باقتراح من رئيس الحكومة، بعدما أعفاه مرسوم آخر من منصبه.",
        "وقال الناطق باسم الوزارة عندما سئل عن الهجوم إن الجيش لم يطلق النار.",
        "واتهم الرئيس مسلحين بأعمال إرهابية، مع أنه قال إن الهدوء يغلب.",
        "ودافع رئيس الوزراء لكنه رفض التنحي.",
        "وأكد وزير الخارجية بأنه لن يستقيل.",
        "وأكدت الناطقة باسم الوزارة أنها لا تملك معلومات.",
    ],
)
def test_an_arabic_function_word_after_a_title_names_no_one(text: str) -> None:
    found = proposed(text, "ar")
    assert not any(
        w.split()[0] in {"منذ", "بعدما", "عندما", "أنه", "أنها", "بأنه", "لكنه"} for _, w in found
    ), found
