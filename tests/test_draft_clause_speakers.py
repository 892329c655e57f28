"""Speakers and words a clause's shape decides (issue 25): a reporting verb coordinated with
the verb before it is its subject's (`X thanked Y and said`), and an attribution set off by
commas inside a sentence that no verb reports gives the source the whole sentence (`The strike,
according to X, killed one`). Texts are our own. Pure: no Neo4j."""

from __future__ import annotations

import pytest
from conftest import draft_fixture
from conftest import registry_entity as entity

from kb_service.curation.drafting.joined_names import ends_in_and
from kb_service.curation.drafting.mentions import Entity, Mention

REGISTRY = [
    entity("azerbaijan", "Actor", "state", "Azerbaijan", "أذربيجان", "Азербайджан", "Азербайджана"),
    entity("armenia", "Actor", "state", "Armenia", "أرمينيا", "Армения", "Армении"),
    entity("aliyev", "Actor", "person", "Ilham Aliyev", "إلهام علييف", "Ильхам Алиев"),
    entity("putin", "Actor", "person", "Vladimir Putin", "فلاديمير بوتين", "Владимира Путина"),
    entity("ganja", "Place", "city", "Ganja", "كنجة", "Гянджа", "Гяндже"),
]


def statements(text: str, language: str) -> list[tuple[list[str], str]]:
    document = draft_fixture(text, REGISTRY, language, "2020-10-05", "clauses").document
    return [(s["speakers"], s["quote"]) for s in document["statements"]]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Ilham Aliyev thanked Vladimir Putin for the text and said the other mediators "
            "had backed it as well.",
            "the other mediators had backed it as well",
        ),
        (
            "ru",
            "Ильхам Алиев поблагодарил Владимира Путина за посредничество и заявил, что "
            "другие посредники тоже поддержали документ.",
            "что другие посредники тоже поддержали документ",
        ),
    ],
)
def test_a_verb_coordinated_with_the_one_before_is_its_subjects(
    language: str, text: str, words: str
) -> None:
    assert statements(text, language) == [(["aliyev"], words)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # without `and`, the name nearest the verb still speaks
        ("en", "Ilham Aliyev met Vladimir Putin, who said the talks had gone well."),
        (
            "ru",
            "Ильхам Алиев принял Владимира Путина, который заявил, что переговоры прошли хорошо.",
        ),
    ],
)
def test_a_verb_not_coordinated_keeps_the_nearest_speaker(language: str, text: str) -> None:
    assert [speakers for speakers, _ in statements(text, language)] == [["putin"]]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "The strike on Ganja killed, according to Azerbaijan, one resident; the rest of "
            "the city was calm.",
            "The strike on Ganja killed, according to Azerbaijan, one resident",
        ),
        (
            "ru",
            "Удар по Гяндже унес, по данным Азербайджана, одну жизнь; ранены 32 человека.",
            "Удар по Гяндже унес, по данным Азербайджана, одну жизнь",
        ),
        (
            "ar",
            "وأسفر القصف على كنجة، بحسب أذربيجان، عن مقتل مدني واحد.",
            "وأسفر القصف على كنجة، بحسب أذربيجان، عن مقتل مدني واحد",
        ),
    ],
)
def test_an_attribution_inside_a_sentence_gives_its_source_the_sentence(
    language: str, text: str, words: str
) -> None:
    assert statements(text, language) == [(["azerbaijan"], words)]


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        (
            "en",
            "Armenia, according to Azerbaijan, said the strike had killed one resident.",
            "the strike had killed one resident",
        ),
        (
            "ru",
            "Армения, по данным Азербайджана, заявила, что удар унес одну жизнь.",
            "что удар унес одну жизнь",
        ),
    ],
)
def test_an_attribution_inside_a_sentence_a_verb_reports_gives_it_no_words(
    language: str, text: str, words: str
) -> None:
    assert [quote for _, quote in statements(text, language)] == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Azerbaijani troops moved into the district of Ganja before dawn, Azerbaijan said, "
            "completing the handover of the districts.",
            "Azerbaijani troops moved into the district of Ganja before dawn",
        ),
        (
            "About 300 fighters had reached the district of Ganja, Azerbaijan said, and their "
            "route had run through the south.",
            "About 300 fighters had reached the district of Ganja",
        ),
        (
            "Force alone would not settle the dispute over Ganja, Azerbaijan said, so the "
            "shooting had to stop.",
            "Force alone would not settle the dispute over Ganja",
        ),
        (  # an absolute clause: its subject, then `having`
            "The district of Ganja would be handed back on 25 November, Azerbaijan said, "
            "Baku having granted ten more days to leave it.",
            "The district of Ganja would be handed back on 25 November",
        ),
        (  # `said of`: what the words are about
            "A day of mourning in Ganja would come only once all were found, Azerbaijan said "
            "of the missing.",
            "A day of mourning in Ganja would come only once all were found",
        ),
        (  # the reporting clause's own tail (told reporters) ends at its comma
            "The road into the district was still being cleared of mines, Azerbaijan told "
            "reporters, with columns moving up from Ganja and the villages around it.",
            "The road into the district was still being cleared of mines",
        ),
        (  # the tail's own clause ends at its comma: what follows is no more of it
            "The road into the district was clear of mines, Azerbaijan wrote on Twitter on "
            "Thursday, after its troops had moved up from the villages around Ganja.",
            "The road into the district was clear of mines",
        ),
        # a clause that only leads into the words: the words follow the verb
        (
            "In almost thirty years, Azerbaijan said, the mediators had not settled the dispute.",
            "the mediators had not settled the dispute",
        ),
    ],
)
def test_words_before_a_reporting_clause_set_off_by_commas(text: str, words: str) -> None:
    assert statements(text, "en") == [(["azerbaijan"], words)]


def test_in_russian_the_tail_after_the_verb_may_hold_its_speaker() -> None:
    text = (
        "О поездке еще во вторник, 8 декабря, предупредил исполняющий обязанности помощника "
        "госсекретаря США Филип Рикер: по его словам, посредники хотят понять роль группы."
    )  # the clause before the verb is no reported words: the speaker follows the verb
    assert "О поездке еще во вторник, 8 декабря" not in [q for _, q in statements(text, "ru")]


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        # a comma alone makes no row of speakers: the words begin with the second name
        (
            "Как заявил Ильхам Алиев, Азербайджан готов к переговорам.",
            "ru",
            ["aliyev"],
        ),
        # a row that ends in `and` speaks together, the Arabic `and` written on the name
        ("وقالت أذربيجان وأرمينيا إن المحادثات ستستمر.", "ar", ["azerbaijan", "armenia"]),
        # the two sides' verb (a dual)
        (
            "وكانت أذربيجان وأرمينيا، الطرفان في النزاع، قد أعلنتا أن المحادثات ستستمر.",
            "ar",
            ["azerbaijan", "armenia"],
        ),
        ("Azerbaijan and Armenia said the talks would go on.", "en", ["azerbaijan", "armenia"]),
    ],
)
def test_a_row_of_speakers_ends_in_and(text: str, language: str, speakers: list[str]) -> None:
    assert [found for found, _ in statements(text, language)] == [speakers]


def test_an_arabic_name_that_begins_with_the_letter_of_and_is_not_joined_by_it() -> None:
    text = "روسيا، وزارة الخارجية"  # a comma alone: no row
    ministry = Entity("mfa", "Actor", "MFA", ("وزارة الخارجية",), "ministry")
    russia = Entity("russia", "Actor", "Russia", ("روسيا",), "state")
    row = (Mention(russia, 0, 0, 0, 5), Mention(ministry, 1, 2, 7, len(text)))
    assert not ends_in_and(text, row)
    text = "روسيا ووزارة الخارجية"  # the `and` on the name
    assert ends_in_and(text, (row[0], Mention(ministry, 1, 2, 6, len(text))))


def test_a_name_past_the_comma_after_a_source_opens_the_words() -> None:
    text = "Как заявил Ильхам Алиев, Азербайджан готов к переговорам."
    assert statements(text, "ru") == [(["aliyev"], "Азербайджан готов к переговорам")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ильхам Алиев обвинил Армению в обстреле Гянджи.", ["aliyev"]),
        ("Ильхам Алиев в субботу призвал Армению вернуться к переговорам.", ["aliyev"]),
        # an aside between the speaker and the verb: the person before it
        (
            "Ильхам Алиев, возглавляющий Азербайджан, в субботу обвинил Армению в том, что "
            "Гянджу обстреливали.",
            ["aliyev"],
        ),
        # a name after a preposition is no subject
        ("Ильхам Алиев в субботу написал для Владимира Путина, что Гянджу обстреляли.", ["aliyev"]),
        # the one called on the telephone is no subject
        (
            "Москву тревожит, что Гянджу обстреляли, — об этом Ильхам Алиев в субботу сказал по "
            "телефону Реджепу Тайипу Эрдогану.",
            ["aliyev"],
        ),
        # a verb of no object: the actor after it speaks
        ("В ответ Армении заявил Ильхам Алиев, что перемирие действует.", ["aliyev"]),
    ],
)
def test_in_russian_an_actor_after_a_verb_of_an_object_or_a_preposition_is_no_speaker(
    text: str, speakers: list[str]
) -> None:
    assert [s for s, _ in statements(text, "ru")] == [speakers]


@pytest.mark.parametrize(
    "text",
    [
        "The weekly paper in Baku quotes Ilham Aliyev, who counts 4,750 dead and accuses the "
        "army of hiding it.",
        "The weekly paper in Baku quotes Ilham Aliyev, who accuses the army of hiding it.",
    ],
)
def test_a_verb_in_a_relative_clause_after_its_speaker_reports_the_words_after_it(
    text: str,
) -> None:
    # the comma of a number (4,750) is no clause's
    assert statements(text, "en") == [(["aliyev"], "the army of hiding it")]


def test_an_english_participle_after_a_comma_is_its_clauses_subjects() -> None:
    text = "Vladimir Putin telephoned Ilham Aliyev on Tuesday, urging him to keep the truce."
    assert statements(text, "en") == [(["putin"], "him to keep the truce")]
    text = "Vladimir Putin telephoned Ilham Aliyev while Armenia was urging talks in Moscow."
    assert [s for s, _ in statements(text, "en")] == [["armenia"]]  # no comma: the one before


def test_a_participle_after_a_reporting_clause_is_its_speakers_not_a_name_in_the_words() -> None:
    text = (
        "Ilham Aliyev had assured the visitors that the truce would hold, Azerbaijan said on "
        "Tuesday, adding that any doubt about it was unacceptable."
    )
    assert [s for s, _ in statements(text, "en")] == [["azerbaijan"], ["azerbaijan"]]


def test_a_designator_is_the_subject_of_a_coordinated_verb() -> None:
    text = (
        "Vladimir Putin hosted the talks.\n"
        "The Russian leader thanked the mediators and said the truce held."
    )
    assert statements(text, "en") == [(["putin"], "the truce held")]


def test_a_verb_second_after_the_reporting_clause_is_still_the_words() -> None:
    text = (
        "The shelling of Ganja over the past three days, Azerbaijan said, is so far the worst "
        "of the war."
    )
    assert statements(text, "en") == [(["azerbaijan"], "is so far the worst of the war")]
