"""Forms of reported speech that outside writers used and the drafter missed (issue 25): the
two sides accusing each other; words before a verb whose speaker comes with titles and a
relative clause, or whose clause goes on with `adding`; verbs such as كتبت, admitted,
подчеркнуть. Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения"),
    entity("russia", "Actor", "state", "Russia", "روسيا", "Россия"),
    entity("lavrov", "Actor", "person", "Sergey Lavrov", "لافروف", "Лавров", "Lavrov"),
    entity(
        "russia-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Russia",
        "the Russian Defence Ministry",
        "Минобороны России",
    ),
]


def statements(text: str, language: str) -> list[dict[str, Any]]:
    return list(
        draft_fixture(text, REGISTRY, language, "2020-10-27", "forms").document["statements"]
    )


@pytest.mark.parametrize(
    ("language", "text", "words", "speakers"),
    [
        (
            "en",
            "Talks stalled as Russia and Azerbaijan traded accusations over the flights.",
            "traded accusations over the flights",
            ["azerbaijan", "russia"],  # the states the sentence names, whichever they are
        ),
        (
            "en",
            "The truce broke down at once, with Azerbaijan and Armenia each blaming the "
            "other for the first shots.",
            "each blaming the other for the first shots",
            ["armenia", "azerbaijan"],
        ),
        (
            "en",
            "A truce brokered by the United States broke down within hours, with Azerbaijan "
            "and Armenia each blaming the other.",
            "each blaming the other",
            ["armenia", "azerbaijan"],  # the two sides: the last two states before the phrase
        ),
        (
            "ar",
            "وانهارت الهدنة بعد ساعات، وتبادلت أذربيجان وأرمينيا الاتهامات بخرقها.",
            "وتبادلت أذربيجان وأرمينيا الاتهامات بخرقها",
            ["armenia", "azerbaijan"],
        ),
        (  # in the present tense
            "en",
            "The truce that Azerbaijan and Armenia agreed in Moscow is fraying, and each side "
            "blames the other for breaking it.",
            "each side blames the other for breaking it",
            ["armenia", "azerbaijan"],
        ),
        (
            "ru",
            "Перемирие сорвалось через час: Азербайджан и Армения обвинили друг друга в обстрелах.",
            "обвинили друг друга в обстрелах",
            ["armenia", "azerbaijan"],
        ),
    ],
)
def test_the_sides_accusing_each_other_is_one_accusation_by_both(
    language: str, text: str, words: str, speakers: list[str]
) -> None:
    found = statements(text, language)
    assert [(s["kind"], sorted(s["speakers"])) for s in found] == [("accusation", speakers)]
    assert words.endswith(found[0]["quote"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the sides unnamed in the sentence: the registry's warring sides; `said` inside the
        # phrase drafts no second statement
        ("en", "The truce was minutes old when each side said the other had broken it."),
        ("ar", "غير أن الطرفين تبادلا الاتهامات بخرق الهدنة بعد ساعات."),
        ("ru", "Уже через час стороны обвинили друг друга в нарушении перемирия."),
    ],
)
def test_unnamed_sides_accusing_each_other_are_the_warring_sides(language: str, text: str) -> None:
    found = statements(text, language)
    assert [(s["kind"], sorted(s["speakers"])) for s in found] == [
        ("accusation", ["armenia", "azerbaijan"])
    ]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "ru",
            "Миротворцы доставили в Баку 12 человек, рассказал глава российского МИД "
            "Лавров, который сам встречал самолет.",
            "Миротворцы доставили в Баку 12 человек",
        ),
        (
            "en",
            "The talks went on through the night, said Foreign Minister Sergey Lavrov, who "
            "chaired them.",
            "The talks went on through the night",
        ),
        (
            "en",
            "A missile hit the helicopter near the border, the Russian Defence Ministry said, "
            "adding that two of the crew had been killed.",
            "A missile hit the helicopter near the border",
        ),
        (
            "en",
            "The third crew member was hurt, TASS quoted the Russian Defence Ministry as "
            "saying.",  # seven words between the comma and the verb
            "The third crew member was hurt",
        ),
    ],
)
def test_the_words_before_a_verb_whose_speaker_ends_its_clause(
    language: str, text: str, words: str
) -> None:
    assert words in [s["quote"] for s in statements(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        (
            "ar",
            "وكتبت وزارة الدفاع الروسية في تغريدة أن الطائرة أسقطت فوق أرمينيا.",
            "announcement",
        ),
        ("en", "Lavrov admitted that the talks had gone on through the night.", "claim"),
        ("ru", "Лавров поспешил подчеркнуть, что переговоры шли всю ночь.", "claim"),
        ("ar", "وأقر لافروف بأن المحادثات استمرت طوال الليل.", "claim"),
        ("en", "Lavrov also hoped that Washington would push the same way.", "position"),
        ("ru", "В Минобороны России говорят, что колонна прошла без потерь.", "report"),
        ("ru", "Переговоры, как сообщал Лавров, шли всю ночь.", "report"),
        ("ar", "وتمسك لافروف بأن المحادثات استمرت طوال الليل.", "claim"),
        ("ru", "Россия подсчитала, что переговоры шли двенадцать часов.", "report"),
        ("en", "Lavrov put the toll of the night at twelve dead.", "report"),
        ("ar", "وعاد لافروف إلى موسكو ليكتب أن المحادثات استمرت طوال الليل.", "announcement"),
        ("en", "The real toll, Lavrov believes, is higher than the figures give.", "claim"),
        ("en", "Lavrov phoned Baku on Tuesday, urging it to keep the truce it signed.", "appeal"),
        ("en", "Lavrov spoke at length, condemning the strikes on towns.", "position"),
        ("en", "The town was shelled overnight, by the account of Lavrov.", "claim"),
        ("ar", "ولم يخف لافروف ارتياحه، إذ رأى أن المحادثات أثمرت.", "claim"),
    ],
)
def test_more_reporting_verbs(language: str, text: str, kind: str) -> None:
    assert [s["kind"] for s in statements(text, language)] == [kind]


OUTLETS = [
    *REGISTRY,
    entity("novosti", "Actor", "news-agency", "RIA Novosti", "نوفوستي", "РИА Новости"),
    entity("konashenkov", "Actor", "person", "Igor Konashenkov", "كوناشينكوف", "Игоря Конашенкова"),
]


def said(text: str, language: str) -> list[tuple[str, list[str], str]]:
    document = draft_fixture(text, OUTLETS, language, "2020-11-20", "outlets").document
    return [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Lavrov and Shoigu are expected in Baku on Saturday, according to RIA Novosti.",
            "Lavrov and Shoigu are expected in Baku on Saturday",
        ),
        (
            "ar",
            "ويصل لافروف إلى باكو يوم السبت، وفقا لوكالة نوفوستي.",
            "ويصل لافروف إلى باكو يوم السبت",
        ),
        (
            "ru",
            "Лавров прибудет в Баку в субботу, по информации РИА Новости.",
            "Лавров прибудет в Баку в субботу",
        ),
    ],
)
def test_an_outlet_alone_in_its_sentence_speaks_its_own_report(
    language: str, text: str, words: str
) -> None:
    assert said(text, language) == [("report", ["novosti"], words)]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Lavrov and Shoigu are expected in Baku on Saturday, according to RIA Novosti. "
            "Konashenkov will fly with them.",
            "Lavrov and Shoigu are expected in Baku on Saturday",
        ),
        (
            "ru",
            "Лавров прибудет в Баку в субботу, по информации РИА Новости. "
            "Игоря Конашенкова ждут там же.",
            "Лавров прибудет в Баку в субботу",
        ),
    ],
)
def test_a_name_in_the_next_sentence_is_no_source_of_an_outlet(
    language: str, text: str, words: str
) -> None:
    # the person opening the next sentence did not tell the outlet: it speaks its own report
    assert said(text, language)[0] == ("report", ["novosti"], words)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to RIA Novosti, Lavrov said the talks would resume."),
        # `relayed it` refers back to the remarks: no verb of its own
        ("ar", "وقال لافروف، في تصريحات نقلتها وكالة نوفوستي، إن المحادثات ستستأنف."),
        ("ar", 'وفي منشور نقلته وكالة نوفوستي: "أرمينيا لم تعد في المدينة"، كتب لافروف.'),
    ],
)
def test_an_outlet_beside_a_speakers_verb_only_relays(language: str, text: str) -> None:
    found = said(text, language)
    assert [speakers for _, speakers, _ in found] == [["lavrov"]]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "words"),
    [
        (
            "ar",
            "وصل 44 أسيرا إلى يريفان مساء أمس، حسبما أعلن وزير الخارجية لافروف.",
            "lavrov",
            "وصل 44 أسيرا إلى يريفان مساء أمس",
        ),
        (
            "ar",
            "عاد نحو ألف نازح إلى المدينة، بحسب ما أعلنه وزير الخارجية لافروف في مؤتمر صحفي.",
            "lavrov",
            "عاد نحو ألف نازح إلى المدينة",
        ),
        (
            "ru",
            "По словам официального представителя Минобороны России Игоря Конашенкова, "
            "колонна прошла без потерь.",
            "konashenkov",
            "колонна прошла без потерь",
        ),
        (  # as X told (imperfective), set off by commas: the whole clause
            "ru",
            "Колонна, как рассказывал Лавров, прошла без потерь.",
            "lavrov",
            "Колонна, как рассказывал Лавров, прошла без потерь",
        ),
        (  # as X told an outlet: the outlet only relays
            "ru",
            "Колонна, как рассказывал в четверг ТАСС министр Лавров, прошла без потерь.",
            "lavrov",
            "Колонна, как рассказывал в четверг ТАСС министр Лавров, прошла без потерь",
        ),
        (  # in X's version, in X's view
            "ru",
            "В воскресенье, по версии Минобороны России, колонна прошла без потерь.",
            "russia-mod",
            "В воскресенье, по версии Минобороны России, колонна прошла без потерь",
        ),
        (
            "ru",
            "Колонна, по мнению Минобороны России, прошла без потерь.",
            "russia-mod",
            "Колонна, по мнению Минобороны России, прошла без потерь",
        ),
    ],
)
def test_as_x_said_and_titles_before_the_source(
    language: str, text: str, speaker: str, words: str
) -> None:
    assert [(s, w) for _, s, w in said(text, language)] == [([speaker], words)]


INSERTIONS = [
    *REGISTRY,
    entity("pashinyan", "Actor", "person", "Nikol Pashinyan", "باشينيان", "Пашинян", "Pashinyan"),
    entity("gevorgyan", "Actor", "person", "Mane Gevorgyan", "غيفورغيان", "Мане Геворгян"),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Mane Gevorgyan, who speaks for Prime Minister Nikol Pashinyan, said the first "
            "group would land before midnight.",
        ),
        (
            "en",
            "Mane Gevorgyan, a spokeswoman for Pashinyan, had said the first group would land "
            "before midnight.",
        ),
        (
            "ru",
            "Мане Геворгян, представляющая премьера Пашиняна, заявила, что первая группа "
            "прилетит до полуночи.",
        ),
        (  # the aside goes on past the name, to a place
            "en",
            "Mane Gevorgyan, speaking after a call with Pashinyan in Yerevan, said the first "
            "group would land before midnight.",
        ),
        (
            "ru",
            "Мане Геворгян, выступая после разговора с Пашиняном в Ереване, заявила, что "
            "первая группа прилетит до полуночи.",
        ),
    ],
)
def test_the_person_before_an_apposition_speaks_not_a_name_inside_it(
    language: str, text: str
) -> None:
    document = draft_fixture(text, INSERTIONS, language, "2020-12-14", "insertions").document
    assert [s["speakers"] for s in document["statements"]] == [["gevorgyan"]]


def test_a_name_the_registry_lacks_before_an_apposition_speaks() -> None:
    text = (
        "Artyom Karpov, a representative of the Russian Defence Ministry, had said the column "
        "passed without losses."
    )
    document = draft_fixture(text, INSERTIONS, "en", "2020-12-14", "insertions").document
    assert [s["speakers"] for s in document["statements"]] == [["artyom-karpov"]]


RUSSIAN = [
    *REGISTRY,
    entity(
        "armenia-mod", "Actor", "ministry", "Ministry of Defence of Armenia", "Минобороны Армении"
    ),
    entity(
        "azerbaijan-mod",
        "Actor",
        "ministry",
        "Ministry of Defence of Azerbaijan",
        "Министерства обороны Азербайджана",
    ),
    entity("osce", "Actor", "organisation", "OSCE", "ОБСЕ"),
]


def russian(text: str) -> list[tuple[str, list[str], str]]:
    document = draft_fixture(text, RUSSIAN, "ru", "2020-10-10", "russian").document
    return [(s["kind"], s["speakers"], s["quote"]) for s in document["statements"]]


def test_about_this_after_a_dash_points_at_the_clause_before_it() -> None:
    text = (
        "Перемирие продержалось считаные минуты. Уже в 12:05 азербайджанские подразделения "
        "пошли в атаку на участке у села — об этом сообщила пресс-секретарь Минобороны "
        "Армении Анна Петросян."
    )
    assert russian(text) == [
        (
            "accusation",  # the other side's attack, by the spokeswoman of the ministry
            ["anna-petrosyan"],
            "Уже в 12:05 азербайджанские подразделения пошли в атаку на участке у села",
        )
    ]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        (
            "Перемирие продержалось считаные минуты. Уже в 12:05 азербайджанские подразделения "
            "пошли в атаку: об этом сообщила пресс-секретарь Минобороны Армении Анна Петросян.",
            "ru",
            "Уже в 12:05 азербайджанские подразделения пошли в атаку",
        ),
        (
            "اتفاق الهدنة ما زال ساريا: هذا ما قاله لافروف اليوم في مؤتمره الصحفي.",
            "ar",
            "اتفاق الهدنة ما زال ساريا",
        ),
    ],
)
def test_this_is_what_x_said_after_a_colon_points_at_the_clause_before_it(
    text: str, language: str, words: str
) -> None:
    registry = RUSSIAN if language == "ru" else REGISTRY
    document = draft_fixture(text, registry, language, "2020-10-10", "colon").document
    assert [s["quote"] for s in document["statements"]] == [words]


def test_an_attribution_after_a_colon_opens_its_clause() -> None:
    text = (
        "Баку ответил встречными претензиями: по данным Министерства обороны Азербайджана, "
        "после полудня под огнем армянской артиллерии оказались села района."
    )
    assert russian(text) == [
        (
            "accusation",
            ["azerbaijan-mod"],
            "после полудня под огнем армянской артиллерии оказались села района",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a designator inside the speaker's title, not right after the verb: the person
        (
            "Алиев согласился на отсрочку после разговора с Владимиром Путиным. «Стороны "
            "соблюдают перемирие», - заявил в понедельник глава МИД России Лавров.",
            ["lavrov"],
        ),
    ],
)
def test_a_designator_after_the_verb_speaks_only_right_after_it(
    text: str, speakers: list[str]
) -> None:
    assert [found for _, found, _ in russian(text)] == [speakers]


def test_a_designator_after_the_verb_speaks_the_clause_before() -> None:
    text = (
        "По словам Лаврова, пауза нужна для гуманитарных целей. Кроме того, стороны при "
        "участии ОБСЕ перейдут к переговорам по существу, добавил глава российской дипломатии."
    )
    assert russian(text)[1] == (
        "claim",
        ["lavrov"],
        "Кроме того, стороны при участии ОБСЕ перейдут к переговорам по существу",
    )


def test_a_sentence_opened_by_its_words_about_that() -> None:
    text = (
        "Обмен пленными начался в понедельник. О том, что стороны согласовали порядок "
        "обмена, глава российской дипломатии Лавров сообщил накануне."
    )
    assert russian(text) == [("report", ["lavrov"], "стороны согласовали порядок обмена")]


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "en",
            "On Monday 9 November the tone changed. Lavrov admitted that the talks had stalled.",
            "2020-11-09",
        ),
        (
            "ru",
            "В понедельник 9 ноября тон изменился. Лавров признал, что переговоры зашли в тупик.",
            "2020-11-09",
        ),
        (
            "ar",
            "وفي يوم الاثنين 9 نوفمبر تغيرت اللهجة. وأقر لافروف بأن المحادثات تعثرت.",
            "2020-11-09",
        ),
        # `earlier` is no day: the publication's, uncertain
        (
            "en",
            "Earlier the tone had changed. Lavrov admitted that the talks had stalled.",
            "2020-11-10?",
        ),
    ],
)
def test_an_undated_statement_takes_the_day_of_the_sentence_before(
    language: str, text: str, date: str
) -> None:
    document = draft_fixture(text, REGISTRY, language, "2020-11-10", "days").document
    assert [s["date"] for s in document["statements"]] == [date]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("واكتفى لافروف بالقول إن المحادثات كانت صعبة.", "إن المحادثات كانت صعبة"),
        (
            "ونقلت وكالة نوفوستي عن لافروف تأكيده أن المحادثات كانت صعبة.",
            "تأكيده أن المحادثات كانت صعبة",
        ),
    ],
)
def test_arabic_by_saying_and_his_affirming_open_the_words(text: str, words: str) -> None:
    found = said(text, "ar")
    assert [(s, w) for _, s, w in found] == [(["lavrov"], words)]


def test_a_passage_drafts_a_bounded_number_of_mutual_accusations() -> None:
    text = "Azerbaijan and Armenia accused each other of shelling, and " * 50 + "no more."
    document = draft_fixture(text, REGISTRY, "en", "2020-10-27", "bounded").document
    assert 0 < len(document["statements"]) <= 10  # speech.MAX_STATEMENTS a passage


@pytest.mark.parametrize(
    "text",
    [
        "واستدعت روسيا سفير أذربيجان لديها، وقالت في بيان إن الاتهامات لا أساس لها.",
        "واستدعت روسيا سفير أذربيجان لديها. وقالت في بيان إن الاتهامات لا أساس لها.",
    ],
)
def test_an_arabic_verb_without_a_subject_is_its_clauses_or_the_last_sentences_subjects(
    text: str,
) -> None:
    assert [(s["speakers"], s["quote"]) for s in statements(text, "ar")] == [
        (["russia"], "إن الاتهامات لا أساس لها")
    ]


@pytest.mark.parametrize(
    "dateline",
    ["BAKU, Oct. 27, 2020 (Test Wire) - ", "BAKU, Oct 27 - ", "NEW YORK, Oct 27 (Wire) — "],
)
def test_a_wires_dateline_is_no_part_of_the_first_sentences_words(dateline: str) -> None:
    text = f"{dateline}Armenia shelled the town overnight, Sergey Lavrov said on Tuesday."
    [found] = statements(text, "en")
    assert (found["speakers"], found["quote"]) == (
        ["lavrov"],
        "Armenia shelled the town overnight",
    )


def test_words_after_a_dateline_s_first_sentence_start_at_their_own() -> None:
    text = "BAKU, Oct 27 - Talks resumed. Armenia shelled the town overnight, Lavrov said."
    assert [s["quote"] for s in statements(text, "en")] == ["Armenia shelled the town overnight"]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "In Moscow Sergey Lavrov gave the envoy his undertaking that Russia would study the "
            "plan.",
            "Russia would study the plan",
        ),
        (
            "en",
            "Sergey Lavrov gave assurances that Russia would study the plan.",
            "Russia would study the plan",
        ),
        ("ru", "Лавров заверил посланника, что Россия изучит план.", "что Россия изучит план"),
    ],
)
def test_an_undertaking_or_assurance_is_a_commitment(language: str, text: str, words: str) -> None:
    found = statements(text, language)
    assert [(s["kind"], s["speakers"], s["quote"]) for s in found] == [
        ("commitment", ["lavrov"], words)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "speakers", "words"),
    [
        # a verb that ends its clause, the speaker opening it: the clause is the words
        ("Ереван свою причастность к обстрелу отрицает.", "denial", ["armenia"], "Ереван свою"),
        (
            "Удар пришелся по жилому дому. Армения свою причастность отрицает, Минобороны "
            "России это подтвердило.",
            "denial",
            ["armenia"],
            "Армения свою причастность отрицает",
        ),
        # the act laid at the other side's door
        ("Удар Азербайджан приписывает армянской стороне.", "accusation", ["azerbaijan"], ""),
    ],
)
def test_a_verb_that_ends_its_clause_reports_the_clause(
    text: str, kind: str, speakers: list[str], words: str
) -> None:
    found = statements(text, "ru")[0]
    assert (found["kind"], found["speakers"]) == (kind, speakers)
    assert found["quote"].startswith(words)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Азербайджан ответственность не отрицал."),
        ("en", "Azerbaijan never denied that its forces had fired."),
        ("ar", "ولم تنف أذربيجان أن قواتها أطلقت النار."),
    ],
)
def test_a_denial_negated_is_none(language: str, text: str) -> None:
    assert [s["kind"] for s in statements(text, language)] != ["denial"]


def test_words_before_a_clause_of_speaker_and_verb_are_the_words() -> None:
    # `<words>, Армения отрицает`: no words of its own in the verb's clause
    found = statements("Войска Армении обстреляли Тертер, Армения отрицает.", "ru")
    assert [(s["speakers"], s["quote"]) for s in found] == [
        (["armenia"], "Войска Армении обстреляли Тертер")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            '"اتفقنا على وقف القتال"، قال لافروف ردا على سؤال عن روسيا، ثم أضاف: "على الجميع '
            'أن يتوقفوا".',
            "ar",
        ),
        (
            "«Перемирие соблюдается», — сказал Лавров, отвечая на вопрос о России, а затем "
            "добавил: «Все должны остановиться там, где стоят».",
            "ru",
        ),
        (  # `added` with no subject next to it, here no verb at all: not Russia's words
            "Lavrov said on Monday that Russia would not lose a metre of its land. For an added "
            "layer of security in Armenia, he said, every sector would pass to Russian guards.",
            "en",
        ),
    ],
)
def test_a_verb_of_adding_with_no_subject_next_to_it_goes_on_with_the_speaker(
    text: str, language: str
) -> None:
    assert [s["speakers"] for s in statements(text, language)] == [["lavrov"], ["lavrov"]]


@pytest.mark.parametrize(
    "text",
    [
        "The talks must resume within a week, the head of Russian diplomacy, Sergey Lavrov, "
        "said in a televised address on Tuesday.",
        # the name, then who the speaker is
        "The talks must resume within a week, Sergey Lavrov, who has led Russian diplomacy "
        "since 2004, wrote on Twitter on Tuesday.",
        # a tail that names the audience (told his news conference)
        "The talks must resume within a week, Sergey Lavrov told his yearly news conference.",
        "The talks must resume within a week, Sergey Lavrov told her.",
        "The talks must resume within a week, Sergey Lavrov told their envoys.",
        "The talks must resume within a week, Sergey Lavrov told its members.",
    ],
)
def test_words_before_a_speakers_title_and_name_set_off_by_commas(text: str) -> None:
    # <words>, his title, his name, said in ...: the words are the clause before the title
    words = "The talks must resume within a week"
    assert [(s["speakers"], s["quote"]) for s in statements(text, "en")] == [(["lavrov"], words)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Whether Moldova chose rightly can be argued, Sergey Lavrov said on Tuesday.",
            "Whether Moldova chose rightly can be argued",
        ),
        (
            "Much can be said of the truce, Sergey Lavrov said on Tuesday.",
            "Much can be said of the truce",
        ),
    ],
)
def test_a_passive_verb_of_saying_reports_no_one(text: str, words: str) -> None:
    # `can be argued` is no one's statement, and `Whether` opens a clause, no name
    document = draft_fixture(text, REGISTRY, "en", "2020-10-27", "forms").document
    assert [(s["speakers"], s["quote"]) for s in document["statements"]] == [(["lavrov"], words)]
    entries = document.get("proposed_entries") or []
    assert not [e for e in entries if "Whether" in e["names"]["en"]]


@pytest.mark.parametrize(
    ("participle", "kind"),
    [
        *[(w, "claim") for w in ("مضيفا", "مضيفة", "لافتا", "لافتة", "مؤكدا", "مؤكدة")],
        *[(w, "claim") for w in ("قائلا", "قائلة")],
        *[(w, "position") for w in ("معتبرا", "معتبرة", "واصفا", "واصفة")],
        *[(w, "appeal") for w in ("داعيا", "داعية")],
    ],
)
def test_an_arabic_participle_of_saying_reports_the_words_after_it(
    participle: str, kind: str
) -> None:
    # `..., مضيفا أن ...`: the participle reports the words, its subject the sentence's
    text = f"وتحدث لافروف للصحفيين يوم الأحد، {participle} أن المحادثات ستستأنف في موسكو."
    found = [(s["kind"], s["speakers"]) for s in statements(text, "ar")]
    assert found == [(kind, ["lavrov"])]


def test_a_verb_past_a_semicolon_is_no_verb_beside_an_attribution() -> None:
    # the second clause's `по словам` does not make the first an outlet's citing of a speaker
    text = (
        "Колонна, как рассказывал Лавров, прошла без потерь; а с 1 декабря, по словам "
        "Лаврова, в городе заработают школы."
    )
    assert [(s, w) for _, s, w in said(text, "ru")] == [
        (["lavrov"], "Колонна, как рассказывал Лавров, прошла без потерь"),
        (["lavrov"], "а с 1 декабря, по словам Лаврова, в городе заработают школы"),
    ]


def test_an_outlet_set_off_by_a_comma_from_the_name_after_it_reports() -> None:
    # По данным ТАСС, министр X ...: the agency's report of the minister, not his words
    text = "По данным ТАСС, министр Лавров прибыл в Москву с колонной."
    assert said(text, "ru") == [("report", ["tass"], "министр Лавров прибыл в Москву с колонной")]


def test_a_date_open_from_a_day_beside_the_verb_is_not_the_statements() -> None:
    text = "Since 10 October, Azerbaijan said, no breach of the truce had been seen."
    (found,) = statements(text, "en")
    assert not found["date"].startswith("2020-10-10")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The talks in Moscow lasted ten hours, according to Mr. Lavrov."),
        ("ru", "Переговоры в Москве продлятся два дня, по словам С. Лаврова."),
    ],
)
def test_an_abbreviations_full_stop_does_not_part_a_source_from_its_phrase(
    language: str, text: str
) -> None:
    assert [(kind, speakers) for kind, speakers, _ in said(text, language)] == [
        ("claim", ["lavrov"])
    ]


@pytest.mark.parametrize("count", ["по подсчетам", "по подсчету"])
def test_a_count_attributed_to_a_source_is_its_report(count: str) -> None:
    words = f"На площадь, {count} Министерства обороны Азербайджана, вышли три тысячи человек"
    assert russian(f"{words}.") == [("report", ["azerbaijan-mod"], words)]


@pytest.mark.parametrize("verb", ["обещал", "обещали"])
def test_a_promise_in_the_imperfective_is_a_commitment(verb: str) -> None:
    text = f"Без промедления, {verb} в ОБСЕ, наблюдатели начнут работу на линии соприкосновения."
    assert [(kind, found) for kind, found, _ in russian(text)] == [("commitment", ["osce"])]


@pytest.mark.parametrize("verb", ["как и обещали", "как обещали"])
def test_as_promised_tells_what_was_done_and_promises_nothing(verb: str) -> None:
    text = (
        f"{verb.capitalize()} в ОБСЕ, наблюдатели 5 октября начали работу на линии соприкосновения."
    )
    assert [kind for kind, _, _ in russian(text)] == []
