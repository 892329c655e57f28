"""An attribution that names its source by a possessive (по его словам, على حد قوله, by his
account; reported_speech.yaml `possessives`): the person the passage names before it speaks,
its words are the clause it is set off in, the names after it are no source, and a view (in
his view, по его мнению, في رأيه) is a position. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("iran", "Actor", "state", "Iran", "إيران", "Иран"),
    entity("lavrov", "Actor", "person", "Sergey Lavrov", "سيرغي لافروف", "Сергей Лавров"),
    entity("aliyev", "Actor", "person", "Ilham Aliyev", "إلهام علييف", "Ильхам Алиев"),
    entity("pashinyan", "Actor", "person", "Nikol Pashinyan", "نيكول باشينيان", "Никол Пашинян"),
]


def statements(text: str, language: str) -> list[tuple[str, list[str], str]]:
    document = draft_fixture(text, REGISTRY, language, "2020-12-05", "possessive").document
    return [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "Сергей Лавров выступил в Москве. По его словам, переговоры были полезны для сторон.",
            "ru",
            "переговоры были полезны для сторон",
        ),
        (
            "وتحدث سيرغي لافروف في موسكو. وعلى حد قوله، كانت المحادثات مفيدة للطرفين.",
            "ar",
            "كانت المحادثات مفيدة للطرفين",
        ),
        (
            "Sergey Lavrov spoke in Moscow. By his account, the talks were useful to both sides.",
            "en",
            "the talks were useful to both sides",
        ),
    ],
)
def test_the_person_a_passage_names_before_a_possessive_attribution_speaks(
    text: str, language: str, words: str
) -> None:
    assert ("claim", ["lavrov"], words) in statements(text, language)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "Никол Пашинян взял ответственность на себя, но уходить, по его словам, не собирается.",
            "ru",
            "но уходить, по его словам, не собирается",
        ),
        (
            "Sergey Lavrov spoke in Moscow, and the talks, by his account, were useful to both.",
            "en",
            "and the talks, by his account, were useful to both",
        ),
    ],
)
def test_a_possessive_attribution_set_off_by_commas_reports_its_whole_clause(
    text: str, language: str, words: str
) -> None:
    assert words in [quote for _, _, quote in statements(text, language)]


def test_the_names_after_a_possessive_attribution_are_no_source() -> None:
    text = (
        "Sergey Lavrov spoke in Moscow; by his account, Ilham Aliyev and Nikol Pashinyan both find "
        "the deal working well."
    )
    assert [(k, s) for k, s, _ in statements(text, "en")] == [("claim", ["lavrov"])]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сергей Лавров выступил в Москве. По его мнению, Иран поддерживает стороны.", "ru"),
        ("Sergey Lavrov spoke in Moscow. In his view, Iran backs both sides.", "en"),
        ("وتحدث سيرغي لافروف في موسكو. وفي رأيه، تدعم إيران الطرفين.", "ar"),
    ],
)
def test_a_view_attributed_by_a_possessive_is_a_position(text: str, language: str) -> None:
    assert [(k, s) for k, s, _ in statements(text, language)] == [("position", ["lavrov"])]


def test_an_attribution_to_an_unknown_source_is_no_one_s_named_before() -> None:
    # the source is named (a press service the registry lacks): not the person named before
    text = "Сергей Лавров выступил в Москве. По данным пресс-службы, переговоры были полезны."
    assert ["lavrov"] not in [s for _, s, _ in statements(text, "ru")]


OPENINGS = {
    "en": ("Sergey Lavrov spoke in Moscow. ", ", the talks were useful to both sides."),
    "ru": ("Сергей Лавров выступил в Москве. ", ", переговоры были полезны для сторон."),
    "ar": ("وتحدث سيرغي لافروف في موسكو. ", "، كانت المحادثات مفيدة للطرفين."),
}


@pytest.mark.parametrize(
    ("language", "phrase", "kind"),
    [
        *[("en", p, "claim") for p in ["By his account", "By her account"]],
        *[("en", p, "position") for p in ["In his view", "In her view"]],
        *[("en", p, "position") for p in ["As he sees it", "As she sees it"]],
        *[("en", p, "position") for p in ["In his reading", "In her reading"]],
        *[("en", p, "claim") for p in ["In his words", "In her words"]],
        *[("ru", p, "claim") for p in ["По его словам", "По ее словам", "По её словам"]],
        ("ru", "По их словам", "claim"),
        *[("ru", p, "claim") for p in ["По его данным", "По ее данным", "По их данным"]],
        *[("ru", p, "position") for p in ["По его мнению", "По ее мнению", "По его оценке"]],
        ("ru", "По ее оценке", "position"),
        *[("ar", p, "claim") for p in ["وعلى حد قوله", "وعلى حد قولها", "وعلى حد تعبيره"]],
        *[("ar", p, "claim") for p in ["وعلى حد تعبيرها", "وبحسب قوله", "وبحسب قولها"]],
        *[("ar", p, "position") for p in ["وفي رأيه", "في رأيه", "وفي تقديره", "في تقديره"]],
    ],
)
def test_each_possessive_attribution_gives_the_person_named_before_its_words(
    language: str, phrase: str, kind: str
) -> None:
    before, after = OPENINGS[language]
    assert [(k, s) for k, s, _ in statements(before + phrase + after, language)] == [
        (kind, ["lavrov"])
    ]


def test_a_count_attributed_to_its_source_and_a_ministry_that_informs_are_statements() -> None:
    text = (
        "По подсчетам Армении, переговоры шли три дня.\n\n"
        "Азербайджан информирует, что мир уже близок."
    )
    assert [(k, s) for k, s, _ in statements(text, "ru")] == [
        ("claim", ["armenia"]),
        ("announcement", ["azerbaijan"]),
    ]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "Ильхам Алиев выступил в понедельник.\n"
            "Самолетов, по его словам, в Азербайджане всего пять.",
            "ru",
            "Самолетов, по его словам, в Азербайджане всего пять",
        ),
        (
            "Ilham Aliyev spoke on Monday.\n"
            "The planes in Azerbaijan, by his account, number only five.",
            "en",
            "The planes in Azerbaijan, by his account, number only five",
        ),
    ],
)
def test_a_possessive_before_any_person_of_its_passage_is_the_person_named_before(
    text: str, language: str, words: str
) -> None:
    # the passage names a state, no person before the possessive: the text's last person
    assert ("claim", ["aliyev"], words) in statements(text, language)
