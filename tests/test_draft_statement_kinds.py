"""A statement's kind from its words when its verb only says words were spoken (issue 25):
a ministry that `said` the other side's forces shelled a town accuses them; words of readiness
are a position; the same verb with the speaker's own side's act stays a claim. Texts are our
own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity(
        "azerbaijan-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Azerbaijan",
        "The Azerbaijani Defence Ministry",
        "Минобороны Азербайджана",
        "وزارة الدفاع الأذربيجانية",
    ),
    entity(
        "armenia-armed-forces",
        "Actor",
        "armed-force",
        "Armed Forces of Armenia",
        "Armenian forces",
        "армянские подразделения",
        "القوات الأرمينية",
    ),
    entity(
        "red-cross",
        "Actor",
        "organisation",
        "Red Cross",
        "The Red Cross",
        "Красный Крест",
        "الصليب الأحمر",
    ),
    entity("tartar", "Place", "city", "Tartar", "Tartar", "Тертер", "ترتر"),
]


def kinds(text: str, language: str) -> list[str]:
    document = draft_fixture(text, REGISTRY, language, "2020-10-27", "kinds").document
    return [s["kind"] for s in document["statements"]]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Azerbaijani Defence Ministry said Armenian forces had shelled Tartar."),
        ("ru", "Минобороны Азербайджана заявило, что армянские подразделения обстреляли Тертер."),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن القوات الأرمينية قصفت مدينة ترتر ليلا."),
        # a person speaks for the actor whose title they carry; the doer is a nationality word
        (
            "en",
            "The Azerbaijani Defence Ministry spokesman Vagif Dargahli said Armenian artillery "
            "had opened fire on the town.",
        ),
    ],
)
def test_the_other_sides_hostile_act_is_an_accusation(language: str, text: str) -> None:
    assert kinds(text, language) == ["accusation"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Azerbaijani Defence Ministry said its units had struck Armenian forces."),
        ("ru", "Минобороны Азербайджана заявило, что азербайджанская армия обстреляла позиции."),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن وحداتها قصفت مواقع عسكرية."),
    ],
)
def test_the_speakers_own_sides_act_is_no_accusation(language: str, text: str) -> None:
    assert kinds(text, language) in (["claim"], ["announcement"])  # as its verb says


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Cross said it stood ready to help the sides exchange the bodies."),
        ("ru", "Красный Крест заявил, что готов помочь сторонам обменяться телами погибших."),
        ("ar", "وقال الصليب الأحمر إنه مستعد لمساعدة الطرفين على تبادل الجثث."),
        # a want or a need held
        ("en", "The Red Cross said it wants the sides to exchange the bodies."),
        ("en", "The Red Cross said the truce had to be kept."),
        ("en", "The Red Cross said talks were the only way out."),
    ],
)
def test_words_of_readiness_are_a_position(language: str, text: str) -> None:
    assert kinds(text, language) == ["position"]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "The Red Cross said it would not leave the town before the exchange.", "position"),
        ("en", "The Red Cross said it would leave the town before the exchange.", "claim"),
        ("ru", "Красный Крест заявил, что не покинет город до обмена.", "position"),
        ("ru", "Красный Крест заявил, что покинет город после обмена.", "announcement"),
        ("ar", "وقال الصليب الأحمر إنه لن يغادر المدينة قبل التبادل.", "position"),
        ("ar", "وقال الصليب الأحمر إنه سيغادر المدينة بعد التبادل.", "claim"),
    ],
)
def test_words_said_with_a_negation_are_a_position(language: str, text: str, kind: str) -> None:
    assert kinds(text, language) == [kind]


def test_a_documents_point_of_what_is_to_be_done_binds_and_of_what_was_done_reports() -> None:
    # only the verb that issues the document announces; its points that tell report
    text = (
        "The Ministry of Defence of Azerbaijan states the following:\n"
        "Firstly, the district is to be handed back by 25 November.\n"
        "Secondly, the units have completed their work near Tartar."
    )
    assert kinds(text, "en") == ["announcement", "commitment", "report"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Red Cross called on the sides to let its teams collect the bodies.", "appeal"),
        ("The Azerbaijani Defence Ministry called that a fabrication from start to end.", "denial"),
        ("The Azerbaijani Defence Ministry called that a provocation.", "position"),
    ],
)
def test_called_on_is_an_appeal_and_called_that_a_view(text: str, kind: str) -> None:
    assert kinds(text, "en") == [kind]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Red Cross said 21 civilians had been killed in the town."),
        ("ru", "Красный Крест заявил, что в городе погибли 12 мирных жителей."),
        ("ar", "وقال الصليب الأحمر إن 21 مدنيا لقوا حتفهم في المدينة."),
    ],
)
def test_words_that_count_people_or_losses_are_a_report(language: str, text: str) -> None:
    assert kinds(text, language) == ["report"]


def test_a_time_of_day_is_no_count() -> None:
    assert kinds("The Red Cross said civilians were leaving the town at 12:05.", "en") == ["claim"]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "en",
            "The Azerbaijani Defence Ministry said its units had entered the district.",
            "report",
        ),
        ("ru", "Минобороны Азербайджана сообщило, что посты выставлены вдоль трассы.", "report"),
        # the Arabic gold keeps an institution's saying a claim; a person's is one everywhere
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن وحداتها دخلت المنطقة.", "claim"),
        ("en", "Vagif Dargahli said its units had entered the district.", "claim"),
    ],
)
def test_an_institutions_saying_reports(language: str, text: str, kind: str) -> None:
    assert kinds(text, language) == [kind]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Министерство иностранных дел Республики Армения заявило, что вооруженные силы "
            "Азербайджана обстреляли собор.",
        ),
        (
            "en",
            "The Foreign Ministry of the Republic of Armenia said Azerbaijani units "
            "shelled the town.",
        ),
    ],
)
def test_a_proposed_actor_is_of_the_side_its_name_names(language: str, text: str) -> None:
    # the proposed ministry's id, a transliteration (respubliki-armeniya), holds no `armenia`
    states = [
        entity("armenia", "Actor", "state", "Armenia", "Armenia", "Армения", "أرمينيا"),
        entity(
            "azerbaijan", "Actor", "state", "Azerbaijan", "Azerbaijan", "Азербайджан", "أذربيجان"
        ),
    ]
    document = draft_fixture(text, [*REGISTRY, *states], language, "2020-10-27", "kinds").document
    assert [s["kind"] for s in document["statements"]] == ["accusation"]
    assert document["statements"][0]["speakers"][0] not in {"armenia", "azerbaijan"}  # proposed


@pytest.mark.parametrize(
    "text",
    [
        # رأى, a view held: the words after it (أن, or `saw in X a Y`) are a position
        "ورأى الصليب الأحمر، في بيان مساء الأحد، أن الطرفين أخلا بالتزاماتهما في ترتر.",
        "أما وزارة الدفاع الأذربيجانية فرأت في عودة الهدوء إلى ترتر فرصة للحوار.",
    ],
)
def test_a_view_held_in_arabic_is_a_position(text: str) -> None:
    assert kinds(text, "ar") == ["position"]


def test_public_opinion_is_no_view_held() -> None:
    # الرأي العام, public opinion, is no verb of a view (رأى): no position of the words after
    text = "ويحيط الصليب الأحمر الرأي العام علما بأن فرقه دخلت ترتر صباح الأحد."
    assert "position" not in kinds(text, "ar")


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "The Azerbaijani Defence Ministry said the report was disinformation.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the video was a fake.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the reports were misinformation.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the photos were fakes.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the claim was false.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the story was untrue.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the charges were groundless.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the list was a fabrication.", "denial"),
        ("en", "The Azerbaijani Defence Ministry said the list had been fabricated.", "denial"),
        ("en", "The Red Cross said the fate of the missing worries its staff.", "concern"),
        ("en", "The Red Cross said it was worried by the fate of the missing.", "concern"),
        ("en", "The Red Cross said the fate of the missing was a cause for concern.", "concern"),
        ("en", "The Red Cross said it was deeply concerned for the missing.", "concern"),
        ("ru", "Минобороны Азербайджана заявило, что это дезинформация.", "denial"),
        ("ru", "Минобороны Азербайджана заявило, что эти сведения ложные.", "denial"),
        ("ru", "Минобороны Азербайджана заявило, что обвинения необоснованны.", "denial"),
        ("ru", "Красный Крест заявил, что судьба пропавших тревожит его сотрудников.", "concern"),
        ("ru", "Красный Крест заявил, что обеспокоен судьбой пропавших.", "concern"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن هذه الأنباء مضللة.", "denial"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن هذا الخبر مضلل.", "denial"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن ما نشر محض تضليل.", "denial"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن الخبر كذبة.", "denial"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إن هذه الاتهامات لا أساس لها.", "denial"),
        ("ar", "وقال الصليب الأحمر إنه يتابع مصير المفقودين بقلق.", "concern"),
        ("ar", "وقال الصليب الأحمر إن مصير المفقودين مقلق.", "concern"),
        ("ar", "وقالت وزارة الدفاع الأذربيجانية إنها لا تخفي قلقها من مصير المفقودين.", "concern"),
        ("ar", "وقال الصليب الأحمر إنه لا يخفي قلقه من مصير المفقودين.", "concern"),
        ("ar", "وقال الصليب الأحمر إن أوضاع المفقودين مقلقة.", "concern"),
    ],
)
def test_words_that_judge_words_false_or_tell_of_worry_decide_the_kind(
    language: str, text: str, kind: str
) -> None:
    assert kinds(text, language) == [kind]


def test_a_verdict_word_leaves_an_appeal_an_appeal() -> None:
    text = "The Red Cross called on the sides to stop spreading disinformation about the missing."
    assert kinds(text, "en") == ["appeal"]


BLAME_WAIT_THANKS = [
    (
        "en",
        "The Red Cross said the responsibility for the deaths lay with the command.",
        "accusation",
    ),
    ("en", "The Red Cross said the command was to blame for the deaths.", "accusation"),
    ("en", "The Red Cross said the command bears responsibility for the deaths.", "accusation"),
    ("en", "The Red Cross said the commanders bear responsibility for the deaths.", "accusation"),
    ("en", "The Red Cross said the command was responsible for the deaths.", "accusation"),
    ("en", "The Red Cross said it expects the sides to let its teams pass.", "appeal"),
    ("en", "The Red Cross said it looks to the sides to let its teams pass.", "appeal"),
    ("en", "The Red Cross said it thanks the volunteers of Tartar.", "position"),
    ("en", "The Red Cross said it was grateful to the volunteers of Tartar.", "position"),
    ("en", "The Red Cross said it owed its gratitude to the volunteers of Tartar.", "position"),
    ("en", "The Red Cross said its sympathy was with the families of Tartar.", "position"),
    ("en", "The Red Cross said it sent its condolences to the families of Tartar.", "position"),
    ("en", "The Red Cross said it congratulated the volunteers of Tartar.", "position"),
    (
        "ru",
        "Красный Крест заявил, что ответственность за гибель людей лежит на командовании.",
        "accusation",
    ),
    ("ru", "Красный Крест заявил, что эти жертвы на совести командования.", "accusation"),
    (
        "ru",
        "Красный Крест заявил, что командование несет ответственность за гибель людей.",
        "accusation",
    ),
    (
        "ru",
        "Красный Крест заявил, что командиры несут ответственность за гибель людей.",
        "accusation",
    ),
    (
        "ru",
        "Красный Крест заявил, что командование несёт ответственность за гибель людей.",
        "accusation",
    ),
    ("ru", "Красный Крест заявил, что ожидает от сторон пропуска своих групп.", "appeal"),
    ("ru", "Красный Крест заявил: «Ожидаем от сторон пропуска наших групп».", "appeal"),
    ("ru", "Красный Крест заявил: «Ждем от сторон пропуска наших групп».", "appeal"),
    ("ru", "Красный Крест заявил: «Ждём от сторон пропуска наших групп».", "appeal"),
    ("ru", "Красный Крест заявил, что благодарит добровольцев Тертера.", "position"),
    ("ru", "Красный Крест заявил, что выражает соболезнования семьям Тертера.", "position"),
    ("ru", "Красный Крест заявил, что поздравляет добровольцев Тертера.", "position"),
    ("ru", "Красный Крест заявил, что скорбит вместе с семьями Тертера.", "position"),
    ("ru", "Красный Крест заявил: «Скорбим вместе с семьями Тертера».", "position"),
    ("ar", "وقال الصليب الأحمر إنه ينتظر من الطرفين السماح بمرور فرقه.", "appeal"),
    ("ar", "وقالت وزارة الدفاع الأذربيجانية إنها تنتظر من الطرفين السماح بمرور الفرق.", "appeal"),
    ("ar", "وقالت وزارة الدفاع الأذربيجانية إنها تشكر متطوعي ترتر.", "position"),
    ("ar", "وقال الصليب الأحمر إنه يشكر متطوعي ترتر.", "position"),
    ("ar", "وقال الصليب الأحمر إنه يقدم تعازي فرقه لأهالي ترتر.", "position"),
    ("ar", "وقالت وزارة الدفاع الأذربيجانية إنها تقدم تعازيها لأهالي ترتر.", "position"),
    ("ar", "وقال الصليب الأحمر إن رئيسه قدم تعازيه لأهالي ترتر.", "position"),
    ("ar", "وقالت وزارة الدفاع الأذربيجانية إنها تهنئ متطوعي ترتر.", "position"),
    ("ar", "وقال الصليب الأحمر إنه يهنئ متطوعي ترتر.", "position"),
    ("ar", "وقال الصليب الأحمر إن فرقه قدمت المواساة لأهالي ترتر.", "position"),
]


@pytest.mark.parametrize(("language", "text", "kind"), BLAME_WAIT_THANKS)
def test_words_of_blame_of_waiting_and_of_thanks_decide_the_kind(
    language: str, text: str, kind: str
) -> None:
    assert kinds(text, language) == [kind]


def test_blame_in_arabic_is_no_accusation() -> None:
    # تحمل المسؤولية is as often a duty taken on as a blame laid
    text = "وقالت وزارة الدفاع الأذربيجانية إنها تتحمل المسؤولية عن أمن ترتر."
    assert kinds(text, "ar") != ["accusation"]


def test_awaiting_is_no_appeal() -> None:
    # ينتظر alone is `awaits`: only ينتظر من, `expects from`, waits for another's act
    text = (
        "وقالت وزارة الدفاع الأذربيجانية إن 103 منهم ينتظرون نتائج الفحوص، إذ ينتظر 103 منهم الفحص."
    )
    assert "appeal" not in kinds(text, "ar")


@pytest.mark.parametrize(
    ("language", "act"),
    [
        ("en", "clashes with Armenian forces broke out overnight"),
        ("en", "Armenian forces fired back after a patrol came under attack"),
        ("en", "Armenian leaders had broken off talks"),
        ("ru", "решение армянских властей бьет по интересам региона"),
        ("en", "Armenian forces had taken a heavy pounding near Fuzuli"),
        ("ru", "армянский президент бил по больному месту"),
    ],
)
def test_words_of_war_in_other_senses_accuse_no_one(language: str, act: str) -> None:
    """`broke out`, `fired back`, `broken off`, `бьет по интересам`, `took a pounding`, `бил по
    больному`: no act of war done (no such word is one of war)."""
    text = {
        "en": f"The Azerbaijani Defence Ministry said {act}.",
        "ru": f"Минобороны Азербайджана заявило, что {act}.",
    }[language]
    assert kinds(text, language) != ["accusation"]
