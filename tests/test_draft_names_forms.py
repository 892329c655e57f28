"""Names as texts write them (issue 25): a registry person by surname alone, a registry name
whose Russian adjective stands in another case, an outlet whose name holds a registry name,
websites, models, persons beside their Arabic title with a comma, and what is no name.
Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("france", "Actor", "state", "France", "فرنسا", "Франция"),
    entity("ara-ayvazyan", "Actor", "person", "Ara Ayvazyan", "آرا أيفازيان", "Ара Айвазян"),
    entity("eu-council", "Actor", "organisation", "Minsk Council", "Минский совет ЕС"),
    entity("anna-petrosyan", "Actor", "person", "Anna Petrosyan", "Анна Петросян"),
    entity("aram-petrosyan", "Actor", "person", "Aram Petrosyan", "Арам Петросян"),
]


def _read(text: str, language: str) -> tuple[dict[str, str], dict[int, set[str]]]:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    entries = drafted.document.get("proposed_entries") or []
    proposed = {next(iter(e["names"].values())): e["kind"] for e in entries}
    mentions: dict[int, set[str]] = {}
    for reading in drafted.readings:
        found = mentions.setdefault(reading.passage.number, set())
        found.update(m.entity.id for m in reading.mentions)
    return proposed, mentions


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ayvazyan met the envoys in the capital."),
        ("ru", "Айвазяном были приняты послы."),
        ("ar", "والتقى أيفازيان السفراء في العاصمة."),
    ],
)
def test_a_registry_person_is_named_by_surname_alone(language: str, text: str) -> None:
    proposed, mentions = _read(text, language)
    assert mentions[1] == {"ara-ayvazyan"}
    assert proposed == {}


def test_a_surname_two_registry_persons_share_names_neither() -> None:
    _, mentions = _read("Петросян встретился с послами.", "ru")
    assert mentions[1] == set()


def test_a_russian_adjective_of_a_registry_name_in_another_case() -> None:
    _, mentions = _read("Заседание Минского совета ЕС прошло в среду.", "ru")
    assert mentions[1] == {"eu-council"}


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        ("en", "The talks went on, Agence France-Presse reported.", "Agence France-Presse"),
        ("ar", "واستمرت المحادثات، وفقا لموقع سبوتنيك أرمينيا.", "سبوتنيك أرمينيا"),
    ],
)
def test_an_outlet_whose_name_holds_a_registry_name_is_the_outlet(
    language: str, text: str, outlet: str
) -> None:
    proposed, mentions = _read(text, language)
    assert outlet in proposed
    assert mentions[1] & {"france", "armenia"} == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Об этом он рассказал сайту Aysor.am в среду.", "Aysor.am"),
        ("Ереван. 27 сентября. INTERFAX.RU - Бои продолжаются.", "INTERFAX.RU"),
    ],
)
def test_a_website_named_by_its_domain_is_an_outlet(text: str, name: str) -> None:
    proposed, _ = _read(text, "ru")
    assert proposed == {name: "news-outlet"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A Russian Mi-24 helicopter was shot down on Monday."),
        ("ru", "В понедельник был сбит вертолет Ми-24."),
        ("en", "Armenia said it had lost two Su-25s on Monday."),
        ("ru", "В понедельник были сбиты два Су-25СМ."),
    ],
)
def test_a_models_designation_is_no_name(language: str, text: str) -> None:
    proposed, _ = _read(text, language)
    assert proposed == {}


def test_an_adjective_before_a_place_noun_is_no_place() -> None:
    proposed, _ = _read("It came down near the Armenian village of Yeraskh on Monday.", "en")
    assert "Armenian village" not in proposed


def test_a_russian_sam_before_a_name_is_no_part_of_it() -> None:
    proposed, _ = _read("Сам Мартиросян, как следует из записи, говорил о переговорах.", "ru")
    assert proposed == {"Мартиросян": "actor"}


def test_words_after_a_datelines_dash_open_a_sentence() -> None:
    proposed, _ = _read("YEREVAN, March 2 (Test News) - Talks resumed on Monday.", "en")
    assert "Talks" not in proposed


@pytest.mark.parametrize(
    "text",
    [
        "وقال هايك مارتيروسيان، مساعد الرئيس الأرميني، إن المحادثات مستمرة.",
        "وقالت المتحدثة باسم رئيس الحكومة الأرمينية، هايك مارتيروسيان، إن المحادثات مستمرة.",
        # a member of parliament, a member of a body, one of a party's leaders
        "وكان هايك مارتيروسيان، النائب عن كتلة المعارضة، قد قال إن المحادثات مستمرة.",
        "وذكّر هايك مارتيروسيان، عضو الهيئة العليا للحزب، بأن المحادثات مستمرة.",
        "غير أن هايك مارتيروسيان، أحد قياديي التحالف، قال إن المحادثات مستمرة.",
        "ولم يترك هايك مارتيروسيان، زعيم الحزب المعارض، المناسبة تمر بصمت.",  # a party's leader
    ],
)
def test_an_arabic_person_beside_the_title_with_a_comma(text: str) -> None:
    proposed, _ = _read(text, "ar")
    assert proposed.get("هايك مارتيروسيان") == "person"


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a title that also heads other names is a person's only past a known owner
        ("وقال رئيس فرنسا إيمانويل ماكرون إن المحادثات مستمرة.", {"إيمانويل ماكرون"}),
        ("وقال ممثل أرمينيا الدائم هايك مارتيروسيان إن المحادثات مستمرة.", {"هايك مارتيروسيان"}),
        ("وقال هايك مارتيروسيان، ممثل سلطات الإقليم، إن المحادثات مستمرة.", {"هايك مارتيروسيان"}),
        ("وأبلغ الرؤساء المشاركون الوزير أنهم يعتزمون زيارة يريفان.", set()),
        ("وقال ممثل منظمة دولية إن المحادثات مستمرة.", set()),
        ("وقال رئيس بعثة دولية إن المحادثات مستمرة.", set()),
        # titles of an office, its field after it
        (
            "وقالت المفوضة السامية لحقوق الإنسان ميشيل باشليه إن المدنيين يدفعون الثمن.",
            {"ميشيل باشليه"},
        ),
        ("واجتمع المجلس بمشاركة رئيسة الجمهورية سالومي زورابيشفيلي.", {"سالومي زورابيشفيلي"}),
        ("وأعلن أمين المجلس فاختانغ غوميلاوري أن الحكومة أوقفت التصاريح.", {"فاختانغ غوميلاوري"}),
        ("ونشر بيان إدارة رئيس جمهورية أرمينيا بشأن منطقة الحدود.", set()),
        ("ونشرت إدارة رئيس الجمهورية بيانا بشأن الحدود.", set()),
        # a row of owners and persons after one title: each person
        (
            "وكان رؤساء فرنسا إيمانويل ماكرون وأرمينيا أرمين سركيسيان قد طالبوا بوقف القتال.",
            {"إيمانويل ماكرون", "أرمين سركيسيان"},
        ),
        # a row goes on only past a known owner, and over bare words only
        ("وقال رئيس فرنسا إيمانويل ماكرون وأرمينيا تستعد للحرب.", {"إيمانويل ماكرون"}),
        ("وقال الرئيس الفرنسي إيمانويل ماكرون وأرمينيا أرمين سركيسيان.", {"إيمانويل ماكرون"}),
    ],
)
def test_an_arabic_title_that_needs_its_owner(text: str, persons: set[str]) -> None:
    proposed, _ = _read(text, "ar")
    assert {name for name, kind in proposed.items() if kind == "person"} == persons


def test_a_row_of_titled_persons_appeals_together() -> None:
    text = (
        "وكان رؤساء فرنسا إيمانويل ماكرون وأرمينيا أرمين سركيسيان قد طالبوا بأن يتوقف القتال فورا."
    )
    drafted = draft_fixture(text, REGISTRY, "ar", "2021-03-02").document
    [statement] = drafted["statements"]
    assert (statement["kind"], len(statement["speakers"])) == ("appeal", 2)
    assert not {"france", "armenia"} & set(statement["speakers"])  # the persons, no owner
    assert drafted["events"] == []  # an appeal for a ceasefire is none


def test_a_proposed_city_in_a_time_zone_is_not_mentioned() -> None:
    text = "وصل الوفد إلى مدينة شوشا.\n\nوبدأ الاجتماع عند الثامنة بتوقيت شوشا."
    drafted = draft_fixture(text, REGISTRY, "ar", "2021-03-02")
    [entry] = drafted.document["proposed_entries"]
    assert {s["passage"] for s in entry["seen"]} == {1}


def test_a_proposed_russian_name_is_read_again_in_another_case() -> None:
    text = (
        "Заявление Министерства иностранных дел Армении опубликовано в среду.\n\n"
        "Министерство иностранных дел Армении ранее предупреждало об этом."
    )
    drafted = draft_fixture(text, REGISTRY, "ru", "2021-03-02")
    [entry] = drafted.document["proposed_entries"]
    assert {s["passage"] for s in entry["seen"]} == {1, 2}


def test_a_district_beside_the_city_of_its_name_is_another_entry() -> None:
    text = (
        "Rockets hit the city of Barda on Tuesday.\n\nVillages of the Barda district were hit too."
    )
    drafted = draft_fixture(text, REGISTRY, "en", "2021-03-02")
    kinds = {e["id"]: e["kind"] for e in drafted.document["proposed_entries"]}
    assert kinds == {"barda": "city", "barda-district": "district"}


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "A convoy of the 58th combined arms army was seen.", "58th combined arms army"),
        ("ru", "Колонна 7-й военной базы вышла к границе.", "7-й военной базы"),
    ],
)
def test_a_unit_named_by_its_number_is_an_armed_force(language: str, text: str, unit: str) -> None:
    proposed, _ = _read(text, language)
    assert proposed == {unit: "armed-force"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The army fired Smerch rockets at the town on Tuesday."),
        ("ru", "По городу выпустили ракеты Смерч, сообщили военные."),
    ],
)
def test_a_weapons_name_is_no_actor(language: str, text: str) -> None:
    proposed, _ = _read(text, language)
    assert proposed == {}


def test_an_arabic_city_of_a_hundred_thousand_after_a_preposition() -> None:
    proposed, _ = _read("ووصل الوفد مساء أمس إلى غيومري.", "ar")
    assert proposed == {"غيومري": "city"}


def test_a_bare_gazetteer_city_then_its_district_is_one_district() -> None:
    text = "Troops enter Aghdam\n\nThe army took back the Aghdam district on Friday."
    drafted = draft_fixture(text, REGISTRY, "en", "2021-03-02")
    kinds = {e["id"]: e["kind"] for e in drafted.document["proposed_entries"]}
    assert kinds == {"aghdam": "district"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Cross said it was ready to help."),
        ("en", "Delegates of the International Committee of the Red Cross visited them."),
        ("ru", "В Красном Кресте заявили, что готовы помочь."),
        ("ar", "وقال الصليب الأحمر الدولي إنه مستعد للمساعدة."),
    ],
)
def test_the_red_cross_by_any_of_its_names_is_one_entry(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    ids = [e["id"] for e in drafted.document["proposed_entries"]]
    assert ids == ["international-committee-of-the-red-cross"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The International Federation of Red Cross and Red Crescent Societies sent aid."),
        ("ru", "Международная федерация обществ Красного Креста и Красного Полумесяца помогла."),
        ("ar", "أرسل الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر مساعدات."),
    ],
)
def test_the_red_cross_federation_is_its_own_entry(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    entries = [(e["id"], e["kind"]) for e in drafted.document["proposed_entries"]]
    assert entries == [
        ("international-federation-of-red-cross-and-red-crescent-societies", "organisation")
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Armenian Red Cross Society sent two trucks."),
        ("ru", "Вчера Российский Красный Крест отправил две машины."),
    ],
)
def test_a_short_name_inside_a_longer_one_is_not_that_entry(language: str, text: str) -> None:
    drafted = draft_fixture(text, REGISTRY, language, "2021-03-02")
    ids = [e["id"] for e in drafted.document["proposed_entries"]]
    assert "international-committee-of-the-red-cross" not in ids


def test_a_state_by_its_russian_adjective_and_republic_in_the_dative() -> None:
    registry = [entity("azerbaijan", "Actor", "state", "Azerbaijan", "Азербайджан")]
    text = "Армения обязалась передать Азербайджанской Республике три района."
    drafted = draft_fixture(text, registry, "ru", "2021-03-02")
    assert not drafted.document.get("proposed_entries")
    assert {m.entity.id for m in drafted.readings[0].mentions} == {"azerbaijan"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الرئيس رجب طيب أردوغان إن المحادثات مستمرة.", "رجب طيب أردوغان"),
        ("وعلّق وزير الخارجية محمد جواد ظريف على المحادثات.", "محمد جواد ظريف"),
        ("وهنأ وزير الخارجية مولود جاووش أوغلو باكو.", "مولود جاووش أوغلو"),  # Turkish
        ("وبعث الرئيس هايك مارتيروسيان رسالة إلى نظيره.", "هايك مارتيروسيان"),
    ],
)
def test_an_arabic_name_after_a_title_takes_a_third_word_that_ends_as_a_surname(
    text: str, name: str
) -> None:
    proposed, _ = _read(text, "ar")
    assert {n for n, kind in proposed.items() if kind == "person"} == {name}


def test_a_one_letter_word_that_opens_a_sentence_is_no_initials() -> None:
    proposed, _ = _read("У Франции окончательного ответа тоже нет.", "ru")
    assert proposed == {}


def test_a_states_long_name_after_of_is_the_state() -> None:
    registry = [entity("usa", "Actor", "state", "United States", "الولايات المتحدة", "США")]
    text = "The truce was reached with the United States of America as facilitator."
    drafted = draft_fixture(text, registry, "en", "2020-10-29")
    assert not drafted.document.get("proposed_entries")
    assert [m.entity.id for m in drafted.readings[0].mentions] == ["usa"]


@pytest.mark.parametrize("head", ["Centre", "Center"])
def test_a_name_ending_in_centre_is_an_organisation(head: str) -> None:
    proposed, _ = _read(f"The Republican Medical {head} said that it had run out of beds.", "en")
    assert proposed == {f"Republican Medical {head}": "organisation"}


def test_an_arabic_particle_with_wa_after_a_title_is_no_name() -> None:
    proposed, _ = _read("قال الرئيس، وإن كان قد عول على المحادثات، إن الأمل يتضاءل.", "ar")
    assert not any(kind == "person" for kind in proposed.values())


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        ("en", "Shells hit Martuni, a town in the east.", {"Martuni"}),
        ("en", "Shells hit Karmir Shuka, a hilltop village.", {"Karmir Shuka"}),
        (
            "en",
            "Tanks moved to Jolfa and Khoda Afarin, towns of the border.",
            {"Jolfa", "Khoda Afarin"},
        ),
        ("ru", "Снаряды упали на Мартуни, город на востоке.", {"Мартуни"}),
    ],
)
def test_a_name_set_off_by_a_town_word_is_a_city(language: str, text: str, towns: set[str]) -> None:
    proposed, _ = _read(text, language)
    assert {name for name, kind in proposed.items() if kind == "city"} == towns


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Shells hit Martuni, a hospital in the town."),  # no town word first
        ("en", "Shells hit Martuni, Askeran and Fizuli town."),  # a list, not the words of one
        ("en", "Shells hit Martuni; a town nearby was spared."),  # no comma
        ("en", "Shells hit Martuni, A Town of the east."),  # capitalised: no town word
        ("en", "Shells hit Martuni and Askeran, Fizuli, a town."),  # the town word is Fizuli's
    ],
)
def test_a_name_without_a_town_word_set_off_after_it_is_no_city(language: str, text: str) -> None:
    proposed, _ = _read(text, language)
    assert proposed.get("Martuni") == "actor"


@pytest.mark.parametrize(
    ("language", "text", "towns"),
    [
        *(
            ("en", f"Shells hit Martuni, a {word} in the east.", {"Martuni"})
            for word in ("town", "city", "village", "settlement", "hamlet")
        ),
        *(
            (
                "en",
                f"Shells hit Martuni and Taghavard, {word} of the east.",
                {"Martuni", "Taghavard"},
            )
            for word in ("towns", "cities", "villages", "settlements")
        ),
        *(
            ("ru", f"Снаряды упали на Мартуни, {word} на востоке.", {"Мартуни"})
            for word in ("город", "городок", "село", "деревня", "поселок", "посёлок")
        ),
    ],
)
def test_every_town_word_makes_the_name_before_it_a_city(
    language: str, text: str, towns: set[str]
) -> None:
    proposed, _ = _read(text, language)
    assert {name for name, kind in proposed.items() if kind == "city"} == towns


@pytest.mark.parametrize(
    ("text", "person", "owner"),
    [
        (
            "وقالت المتحدثة باسم وزارة الخارجية الأذربيجانية ليلى عبدالله إن القرار منحاز.",
            "ليلى عبدالله",
            "وزارة الخارجية الأذربيجانية",
        ),
        (
            "ودعا الأمين العام لمنظمة التعاون الإسلامي حسين طه إلى وقف القتال.",
            "حسين طه",
            "منظمة التعاون الإسلامي",
        ),
    ],
)
def test_an_arabic_person_after_a_title_and_a_body_the_registry_lacks(
    text: str, person: str, owner: str
) -> None:
    """The body after the title is proposed before the title's person is looked for: the
    name comes past it (المتحدثة باسم وزارة الخارجية الأذربيجانية X), not the body's words."""
    proposed, _ = _read(text, "ar")
    assert proposed.get(person) == "person"
    assert proposed.get(owner) in ("ministry", "organisation")  # without li (لمنظمة: منظمة)


@pytest.mark.parametrize("word", ["حين", "حينما", "إذ"])
def test_a_conjunction_after_a_body_and_a_comma_is_no_name(word: str) -> None:
    """After a title, its body and a comma, a clause's conjunction and verb are no person's
    name (ألينا نيكوغوسيان، المتحدثة باسم وزارة الصحة الأرمينية، حين قالت)."""
    text = (
        "وقدمت الرقم ألينا نيكوغوسيان، المتحدثة باسم وزارة الصحة الأرمينية، "
        f"{word} قالت إن الخبراء فحصوا الجثث."
    )
    proposed, _ = _read(text, "ar")
    assert [n for n, kind in proposed.items() if kind == "person"] == ["ألينا نيكوغوسيان"]


@pytest.mark.parametrize("word", ["أحد", "وأحد"])
def test_one_of_after_a_title_and_its_body_is_no_name(word: str) -> None:
    """`one of` after a title and its body opens another role, not a name (ممثل الهيئة العليا
    للحزب وأحد منسقي الحركة)."""
    text = f"وكتب ساغاتيليان، ممثل وزارة الخارجية الأرمينية {word} منسقي الحركة، أن الاتفاق باطل."
    proposed, _ = _read(text, "ar")
    assert proposed.get("وزارة الخارجية الأرمينية") == "ministry"
    assert not [n for n, kind in proposed.items() if kind == "person" and "منسقي" in n]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("لمنظمة التعاون الإسلامي", "منظمة التعاون الإسلامي"),
        ("بالجمعية الوطنية", "الجمعية الوطنية"),
        ("لوزارة الخارجية الأذربيجانية", "وزارة الخارجية الأذربيجانية"),
        ("ومنظمة التعاون الإسلامي", "منظمة التعاون الإسلامي"),
        ("فمجلس الأمن الدولي", "مجلس الأمن الدولي"),
        # li before the article: the head takes the article back
        ("للمنظمة الدولية للهجرة", "المنظمة الدولية للهجرة"),
        ("للجنة الدولية للصليب الأحمر", "اللجنة الدولية للصليب الأحمر"),
        ("لجنة الانتخابات المركزية", "لجنة الانتخابات المركزية"),  # its lam is the word's
    ],
)
def test_an_arabic_body_written_with_a_proclitic_is_one_entry(written: str, name: str) -> None:
    """A body's head may carry a proclitic (لمنظمة, بالجمعية): the entry is named without it,
    and the body written both ways is one entry of one id."""
    text = f"ووجه الوزير رسالة {written}. وردت {name} على الرسالة."
    drafted = draft_fixture(text, REGISTRY, "ar", "2021-03-02")
    entries = drafted.document.get("proposed_entries") or []
    found = [e for e in entries if e["names"]["ar"] == name]
    assert len(found) == 1, entries
    assert {s["text"] for s in found[0]["seen"]} == {written, name}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "وقالت المتحدثة باسم وزارة الخارجية الأذربيجانية ليلى عبد اللاييفا إن القرار منحاز.",
            "ليلى عبد اللاييفا",
        ),
        ("وقال وزير الخارجية المصري أحمد أبو الغيط إن الحل سياسي.", "أحمد أبو الغيط"),
    ],
)
def test_an_arabic_surname_of_a_joining_word_and_the_article_is_whole(
    text: str, person: str
) -> None:
    """unknown_names.yaml `arabic_name_joiners`: عبد or أبو and the next word with the article
    are one surname, the third word of a name after a title (not ليلى عبد)."""
    proposed, _ = _read(text, "ar")
    assert [n for n, kind in proposed.items() if kind == "person"] == [person]


@pytest.mark.parametrize(
    "text",
    [
        # the word after the joining word has no article: no third word of the name
        "وقال المتحدث باسم الوزارة حسن عبد إن الحل سياسي.",
        # a comma ends the name
        "وقال المتحدث باسم الوزارة حسن عبد، الخبير في الشؤون القانونية، إن الحل سياسي.",
    ],
)
def test_a_joining_word_ends_a_name_without_the_article_right_after_it(text: str) -> None:
    proposed, _ = _read(text, "ar")
    assert [n for n, kind in proposed.items() if kind == "person"] == ["حسن عبد"]


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "وقال المتحدث باسم المنظمة الدولية للهجرة ألكسندر بيتروف إن الطريق مفتوح.",
            "المنظمة الدولية للهجرة",
            "ألكسندر بيتروف",
        ),
        (
            "وقالت رئيسة اللجنة الدولية للإغاثة إلهام حسنوفا إن الطريق مفتوح.",
            "اللجنة الدولية للإغاثة",
            "إلهام حسنوفا",
        ),
        (
            "وقال ممثل المجلس الأعلى للطوارئ آلان بيتروسيان إن الطريق مفتوح.",
            "المجلس الأعلى للطوارئ",
            "آلان بيتروسيان",
        ),
    ],
)
def test_a_body_ends_before_a_name_that_opens_with_a_hamza_alef(
    text: str, body: str, person: str
) -> None:
    """إلهام, ألكسندر, آلان fold to words that look definite: a body's name does not take them
    (its words are proposed before the title's person)."""
    proposed, _ = _read(text, "ar")
    assert proposed.get(body) == "organisation"
    assert [n for n, kind in proposed.items() if kind == "person"] == [person]


def test_a_hamza_word_inside_a_bodys_genitive_chain_stays_in_its_name() -> None:
    """أسرى (prisoners) opens with a hamza's alef too: inside the chain a definite word ends
    (لشؤون أسرى الحرب) it is a word of the body's name."""
    text = "وأعلنت لجنة الدولة الأذربيجانية لشؤون أسرى الحرب والمفقودين أن الطريق مفتوح."
    proposed, _ = _read(text, "ar")
    assert proposed.get("لجنة الدولة الأذربيجانية لشؤون أسرى الحرب والمفقودين") == "organisation"
