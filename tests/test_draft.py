"""`kb draft`: each extraction rule on small texts in Arabic, English and Russian, the review
mark that ingestion refuses, and the draft of the seed text, which loads, validates but for its
marks, and ingests once they are removed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient

from kb_service.curation import CurationError, collect_files, validate
from kb_service.curation.documents import parse_file
from kb_service.curation.drafting import Draft, draft, guess_language
from kb_service.curation.drafting.date_expressions import find as find_dates
from kb_service.curation.drafting.mentions import Entity, entities_of_registry
from kb_service.curation.drafting.writer import to_yaml
from kb_service.curation.vocabulary import base
from kb_service.store.db import Database
from tests.conftest import FIXTURES, SEEDS, cypher

AUTH = {"Authorization": "Bearer test-key-1"}
SEED_TEXT = SEEDS / "000_d0b46a30435dc835.txt"
ENGLISH = FIXTURES / "draft_en"


def nothing(ids: set[str], replacing: frozenset[str]) -> dict[str, str]:
    return {}


def entity(ident: str, label: str, *names: str) -> Entity:
    return Entity(ident, label, names[0], names)


# A small registry in three scripts (test entities; the names are spelled as the texts below).
ENTITIES = [
    entity("sergey-lavrov", "Actor", "Sergey Lavrov", "Lavrov", "سيرغي لافروف", "لافروف", "Лавров"),
    entity("russia", "Actor", "Russia", "روسيا", "Россия"),
    entity("france", "Actor", "France", "فرنسا", "Франция"),
    entity("azerbaijan", "Actor", "Azerbaijan", "أذربيجان", "Азербайджан"),
    entity("nk-republic", "Actor", "Nagorno-Karabakh Republic", "جمهورية ناغورني قره باغ"),
    entity("defence-ministry", "Actor", "Defence ministry of Fixtureland", "the defence ministry"),
    entity("nagorno-karabakh", "Place", "Nagorno-Karabakh", "ناغورني قره باغ", "قره باغ"),
    entity("karabakh-conflict", "Conflict", "Karabakh conflict", "نزاع قره باغ"),
]


def drafted(text: str, published: str = "2020-09-27", **options: Any) -> Draft:
    return draft(
        text,
        source_id="fixture-draft",
        publisher="Test fixtures",
        entities=options.pop("entities", ENTITIES),
        vocabulary=base(),
        published=published,
        **options,
    )


# --- dates: only the precision written --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        # Arabic: the Levantine/Egyptian pair, Arabic-Indic digits, a hamza, a proclitic.
        ("وبدأ النزاع في شباط/ فبراير 1988، عندما", "2020-09-27", "1988-02"),
        ("٢٧ سبتمبر ٢٠٢٠", "2020-09-27", "2020-09-27"),
        ("في أيلول ١٩٨٨", "2020-09-27", "1988-09"),
        ("في تشرين الأول 2020", "2020-12-01", "2020-10"),
        ("في سياق المواجهة بين 1992 - 1994، فقدت", "2020-09-27", "1992/1994"),
        ("ومنذ عام 1992، كانت المفاوضات جارية", "2020-09-27", "1992/.."),
        ("وفي وقت سابق، أجرى لافروف محادثة", "2020-09-27", "../2020-09-27"),
        ("وأعلنت الوزارة، صباح اليوم الأحد، أن", "2020-09-27", "2020-09-27"),
        ("في 27 سبتمبر، أجرى", "2020-09-27", "2020-09-27"),
        ("عام 1991", "2020-09-27", "1991"),
        # English.
        ("on 10 November 2020 the", "2020-11-10", "2020-11-10"),
        ("on November 10, 2020, the", "2020-11-10", "2020-11-10"),
        ("in June 1991, when", "2020-11-10", "1991-06"),
        ("fought between 1992 and 1994 over", "2020-11-10", "1992/1994"),
        ("talks held since 1995 within", "2020-11-10", "1995/.."),
        ("Earlier, the forces", "2023-03-14", "../2023-03-14"),
        ("On Monday, the minister", "2023-03-14", "2023-03-13"),
        ("On Tuesday, the minister", "2023-03-14", "2023-03-14"),
        ("yesterday the minister", "2023-03-14", "2023-03-13"),
        ("on 28 December the", "2021-01-05", "2020-12-28"),  # no year: the one before
        # Russian: nominative, genitive and prepositional months.
        ("27 сентября 2020 года министр", "2020-09-27", "2020-09-27"),
        ("в феврале 1988 года", "2020-09-27", "1988-02"),
        ("с 1992 года идут переговоры", "2020-09-27", "1992/.."),
        ("в 1992—1994 годах", "2020-09-27", "1992/1994"),
        ("Ранее министр", "2020-09-27", "../2020-09-27"),
        ("в воскресенье министр", "2020-09-27", "2020-09-27"),
        # From one day to another: an interval, of the year written or the publication's.
        ("с 27 сентября до 10 ноября, когда", "2020-12-11", "2020-09-27/2020-11-10"),
        ("from 27 September to 10 November 2020, when", "2021-01-05", "2020-09-27/2020-11-10"),
        ("من 27 سبتمبر إلى 10 نوفمبر، حين", "2020-12-11", "2020-09-27/2020-11-10"),
    ],
)
def test_a_date_expression_reads_as_edtf(text: str, published: str, edtf: str) -> None:
    [found] = find_dates(text, published)
    assert found.edtf == edtf
    assert text[found.start : found.end] == found.text  # the span is the text's own characters


@pytest.mark.parametrize(
    "text",
    ["the 2,500 soldiers", "روسيا اليوم", "on 31 February", "a Sunday school", "the may be"],
)
def test_words_that_are_not_dates_give_none(text: str) -> None:
    assert find_dates(text, "2020-09-27") == []


def test_relative_dates_need_a_publication_day() -> None:
    assert find_dates("earlier, on Monday", "2020-09") == []
    assert [d.edtf for d in find_dates("in June 1991", None)] == ["1991-06"]


def test_an_impossible_day_is_not_a_day() -> None:
    assert [d.edtf for d in find_dates("on 31 February 2020", "2020-09-27")] == ["2020-02"]


# --- mentions ---------------------------------------------------------------------------------


def mentioned(text: str) -> list[tuple[str, str]]:
    [reading] = drafted(text).readings
    return [(m.entity.id, text[m.start : m.end]) for m in reading.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال لافروف", [("sergey-lavrov", "لافروف")]),
        (
            "ولافروف وبروسيا ولفرنسا",
            [("sergey-lavrov", "ولافروف"), ("russia", "وبروسيا"), ("france", "ولفرنسا")],
        ),
        ("اذربيجان", [("azerbaijan", "اذربيجان")]),  # no hamza on the alef
        ("جمهوريه ناغورني قره باغ", [("nk-republic", "جمهوريه ناغورني قره باغ")]),  # taa marbuta
        ("لافْروف", [("sergey-lavrov", "لافْروف")]),  # a sukun
        ("Лаврова и Россией", [("sergey-lavrov", "Лаврова"), ("russia", "Россией")]),
        (
            "LAVROV met the Defence Ministry",
            [("sergey-lavrov", "LAVROV"), ("defence-ministry", "the Defence Ministry")],
        ),
    ],
)
def test_names_are_found_as_people_write_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert mentioned(text) == expected


def test_the_longest_name_wins() -> None:
    text = "وفي جمهورية ناغورني قره باغ وفي قره باغ وبدأ نزاع قره باغ"
    assert [ident for ident, _ in mentioned(text)] == [
        "nk-republic",
        "nagorno-karabakh",
        "karabakh-conflict",
    ]


def test_a_word_inside_another_word_is_not_a_name() -> None:
    assert mentioned("Russian Francesca Lavrovsky") == []


# --- passages ---------------------------------------------------------------------------------


def test_passages_are_numbered_as_ingest_numbers_them_and_non_content_is_marked() -> None:
    text = "Home | World | Europe\n\nLavrov spoke.\n \nIt ended.\nPhoto: the ministry\nSite footer"
    result = drafted(text, "2020-09-27")
    numbers = [(r.passage.number, r.passage.text) for r in result.readings]
    assert numbers == [
        (1, "Home | World | Europe"),
        (2, "Lavrov spoke."),
        (3, "It ended."),
        (4, "Photo: the ministry"),
        (5, "Site footer"),
    ]
    assert result.non_content == [1, 4, 5]
    assert result.document["non_content"] == [1, 4, 5]


def test_the_language_and_the_publication_date_come_from_a_first_look() -> None:
    assert guess_language("لافروف يبحث مع وزير الخارجية") == "ar"
    assert guess_language("Лавров обсудил ситуацию") == "ru"
    assert guess_language("Lavrov discussed the situation") == "en"
    text = "A headline\nPublished 14 March 2023\nOn Monday, Lavrov spoke."
    result = draft(text, source_id="x", publisher="p", entities=ENTITIES, vocabulary=base())
    assert (result.document["language"], result.document["published"]) == ("en", "2023-03-14")


def test_without_a_date_to_read_the_draft_asks_for_one() -> None:
    with pytest.raises(ValueError, match="publication date"):
        draft("no date here", source_id="x", publisher="p", entities=[], vocabulary=base())


# --- statements -------------------------------------------------------------------------------


def statements(text: str, language: str) -> list[tuple[str, list[str], str]]:
    result = drafted(text, language=language)
    return [
        (item["kind"], item["speakers"], item["quote"]) for item in result.document["statements"]
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Arabic: the verb before its subject; the complementiser opens the words.
        (
            "وقال لافروف إن الوضع خطير جدا.",
            "ar",
            [("claim", ["sergey-lavrov"], "إن الوضع خطير جدا")],
        ),
        # A quotation after the verb; the speaker and others named in a row with it.
        (
            'ودعت روسيا وفرنسا الأطراف إلى "ممارسة ضبط النفس".',
            "ar",
            [("appeal", ["russia", "france"], "ممارسة ضبط النفس")],
        ),
        # English: a quotation before the verb, the subject before it.
        (
            '"We will not give up the city," Lavrov said after the call.',
            "en",
            [("position", ["sergey-lavrov"], "We will not give up the city")],  # a negation
        ),
        # According to X: the clause before the phrase.
        (
            "The town was shelled at night, according to the defence ministry.",
            "en",
            [("claim", ["defence-ministry"], "The town was shelled at night")],
        ),
        (  # or the words after X, when the phrase opens the sentence
            "In the account of the defence ministry, the town was shelled at night.",
            "en",
            [("claim", ["defence-ministry"], "the town was shelled at night")],
        ),
        (  # citing X (نقلا عن): likewise
            "الوضع هادئ في قره باغ، نقلا عن جمهورية ناغورني قره باغ.",
            "ar",
            [("claim", ["nk-republic"], "الوضع هادئ في قره باغ")],
        ),
        (
            "Russia and France called on the parties to exercise restraint.",
            "en",
            [("appeal", ["russia", "france"], "the parties to exercise restraint")],
        ),
        (  # the plural present (officials say)
            "Russia and France say the parties will keep the truce.",
            "en",
            [("claim", ["russia", "france"], "the parties will keep the truce")],
        ),
        # Russian: subject before the verb, что opens the words.
        (
            "Лавров заявил, что переговоры продолжатся.",
            "ru",
            [("announcement", ["sergey-lavrov"], "что переговоры продолжатся")],
        ),
        (
            "По словам Лаврова, переговоры продолжатся.",
            "ru",
            [("claim", ["sergey-lavrov"], "переговоры продолжатся")],
        ),
    ],
)
def test_a_reporting_verb_drafts_a_statement_with_speaker_and_verbatim_words(
    text: str, language: str, expected: list[tuple[str, list[str], str]]
) -> None:
    found = statements(text, language)
    assert found == expected
    for _, _, quote in found:
        assert quote in text


def test_a_designator_stands_for_the_actor_of_its_kind_the_text_named_last() -> None:
    ministry = entity(
        "fixture-mfa", "Actor", "Fixture foreign ministry", "وزارة الخارجية الفكستورية"
    )
    ministry = Entity(ministry.id, "Actor", ministry.name_en, ministry.names, "ministry")
    text = 'ذكرت وزارة الخارجية الفكستورية أن الوضع خطير.\nوأضافت الوزارة أن "الجانب الآخر لم يرد".'
    result = drafted(text, language="ar", entities=[*ENTITIES, ministry])
    assert [s["speakers"] for s in result.document["statements"]] == [
        ["fixture-mfa"],
        ["fixture-mfa"],
    ]
    # without a ministry named before, `the ministry` stands for no one
    alone = drafted('وأضافت الوزارة أن "الجانب الآخر لم يرد".', language="ar")
    assert alone.document["statements"] == []


def test_the_un_official_stands_for_the_person_the_text_named_last() -> None:
    text = (
        "ودعت المفوضة السامية لحقوق الإنسان ميشيل باشليه إلى التحقيق.\n"
        "ومن يشتبه فيه، تقول المسؤولة الأممية، يجب أن يلاحق بعد تحقيق أرمينيا وأذربيجان."
    )
    result = drafted(text, language="ar")
    entries = {e["id"]: e["names"]["ar"] for e in result.document["proposed_entries"]}
    second = [s for s in result.document["statements"] if s["evidence"][0]["passage"] == 2]
    assert [[entries.get(i) for i in s["speakers"]] for s in second] == [["ميشيل باشليه"]]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Fixture Watch found shells from Azerbaijan. The organisation said they fell at noon.",
            "en",
        ),
        ("Fixture Watch нашла снаряды. Они прилетели с севера, считает организация.", "ru"),
        # right after its verb, past a comma before another actor
        (
            "Fixture Watch нашла снаряды. Кассетными боеприпасами по жилым кварталам, считает "
            "организация, стрелял Азербайджан.",
            "ru",
        ),
        ("وعثرت فكستور ووتش على قذائف من أذربيجان. وقالت المنظمة إنها سقطت ظهرا.", "ar"),
    ],
)
def test_the_organisation_stands_for_the_organisation_named_last(text: str, language: str) -> None:
    group = entity("fixture-watch", "Actor", "Fixture Watch", "فكستور ووتش", "Fixture Watch")
    group = Entity(group.id, "Actor", group.name_en, group.names, "organisation")
    result = drafted(text, language=language, entities=[*ENTITIES, group])
    assert [s["speakers"] for s in result.document["statements"]] == [["fixture-watch"]]


def test_a_complementiser_far_from_its_verb_does_not_open_its_words() -> None:
    near = "وقال لافروف للصحفيين إن الوضع خطير."
    assert statements(near, "ar") == [("claim", ["sergey-lavrov"], "إن الوضع خطير")]
    far = "وقال لافروف للصحفيين في موسكو بعد لقاء طويل مع الوفد الزائر ظهر اليوم إن الوضع خطير."
    [(_, _, quote)] = statements(far, "ar")
    assert quote.startswith("للصحفيين في موسكو") and quote.endswith("إن الوضع خطير")


def test_a_reporting_verb_without_a_named_speaker_drafts_nothing() -> None:
    assert statements("وقالوا في المدينة إنه لا داعي للتعبئة.", "ar") == []  # في باكو: Baku's
    assert statements("They said the talks would go on.", "en") == []


def test_a_comma_and_a_second_verb_end_the_first_verb_s_words() -> None:
    text = (
        "وفي جمهورية ناغورني قره باغ أفادت الأنباء أن المدينة قصفت، "
        "ودعت السلطات السكان إلى الاختباء."
    )
    found = statements(text, "ar")
    assert [(kind, quote) for kind, _, quote in found] == [
        ("claim", "أن المدينة قصفت"),
        ("appeal", "السلطات السكان إلى الاختباء"),
    ]
    assert all(speakers == ["nk-republic"] for _, speakers, _ in found)


# --- events -----------------------------------------------------------------------------------


def test_a_dated_passage_with_actors_and_a_cue_drafts_a_typed_event() -> None:
    text = (
        "On Monday, Lavrov held a telephone conversation with France.\n"
        "Lavrov spoke of the phone call."
    )
    [event] = drafted(text, "2023-03-14", language="en").document["events"]
    assert (event["type"], event["date"]) == ("phone-call", "2023-03-13")
    assert [p["actor"] for p in event["participants"]] == ["sergey-lavrov", "france"]
    # the undated passage only names "the phone call" (a noun, not a clause that reports it):
    # it is no evidence of the call; only a pair of cues (cues.yaml `pairs`) joins a dated event
    assert [e["passage"] for e in event["evidence"]] == [1]
    assert event["review"] == "draft"


def test_an_undated_cue_gets_the_publication_date_marked_uncertain() -> None:
    result = drafted("Azerbaijan reported shelling of the town.", "2020-09-27", language="en")
    [event] = result.document["events"]
    assert (event["type"], event["date"]) == ("shelling", "2020-09-27?")


def test_a_dated_passage_without_a_cue_or_without_actors_drafts_no_event() -> None:
    assert (
        drafted("On Monday, Lavrov spoke to France.", "2023-03-14", language="en").document[
            "events"
        ]
        == []
    )
    assert (
        drafted("In June 1991 the war began.", "2023-03-14", language="en").document["events"] == []
    )


# --- the review mark --------------------------------------------------------------------------


def write_draft(folder: Path, registry: Path, text_file: Path) -> Path:
    """Draft `text_file` (with the registry `registry`) into `folder`, beside copies of both."""
    shutil.copy(registry, folder / "registry.yaml")
    shutil.copy(text_file, folder / text_file.name)
    [file] = collect_files([folder / "registry.yaml"])
    result = draft(
        text_file.read_text(encoding="utf-8"),
        source_id="fixture-drafted-" + re.sub(r"[^a-z0-9]+", "-", text_file.stem.lower()),
        publisher="Test fixtures",
        entities=entities_of_registry(parse_file(file).data),
        vocabulary=base(),
        text_file=text_file.name,
    )
    out = folder / (text_file.stem + ".yaml")
    out.write_text(to_yaml(result, source_name=text_file.name), encoding="utf-8")
    return out


def unmarked(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^  review: draft\n", "", text), encoding="utf-8")


@pytest.mark.parametrize(
    ("registry", "text_file"),
    [
        (SEEDS / "registry.yaml", SEED_TEXT),
        (ENGLISH / "registry.yaml", ENGLISH / "brief.txt"),
    ],
)
def test_a_draft_validates_but_for_its_review_marks(
    tmp_path: Path, registry: Path, text_file: Path
) -> None:
    out = write_draft(tmp_path, registry, text_file)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    items = data["events"] + data["statements"]
    assert items and all(item["review"] == "draft" for item in items)
    with pytest.raises(CurationError) as refused:
        validate(collect_files([tmp_path]), nothing)
    problems = refused.value.problems
    assert len(problems) == len(items)
    lines = out.read_text(encoding="utf-8").splitlines()
    for problem in problems:
        assert problem.field.endswith(".review") and problem.file == str(out)
        assert lines[problem.line - 1].strip() == "review: draft"
        assert "delete the line `review: draft`" in problem.hint
    unmarked(out)
    validate(collect_files([tmp_path]), nothing)


def test_the_seed_draft_ingests_once_its_marks_are_removed(
    tmp_path: Path, clean_db: Database
) -> None:
    from kb_service.write.ingest import ingest

    out = write_draft(tmp_path, SEEDS / "registry.yaml", SEED_TEXT)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    with pytest.raises(CurationError):
        ingest(clean_db, collect_files([tmp_path]))
    assert cypher(clean_db, "MATCH (n) RETURN count(n) AS n") == [{"n": 0}]
    unmarked(out)
    ingest(clean_db, collect_files([tmp_path]))
    events = cypher(
        clean_db, "MATCH (e:Event) WHERE e.id STARTS WITH 'fixture-drafted-' RETURN count(e) AS n"
    )
    statements_stored = cypher(
        clean_db,
        "MATCH (s:Statement) WHERE s.id STARTS WITH 'fixture-drafted-' RETURN count(s) AS n",
    )
    assert events == [{"n": len(data["events"])}]
    assert statements_stored == [{"n": len(data["statements"])}]


def test_an_unknown_review_mark_is_refused() -> None:
    source = (ENGLISH / "source.yaml").read_text(encoding="utf-8")
    marked = source.replace(
        "  - id: berg-wald-call-2023-03-13\n",
        "  - id: berg-wald-call-2023-03-13\n    review: done\n",
    )
    assert marked != source
    from kb_service.curation import RawFile

    with pytest.raises(CurationError) as refused:
        validate([RawFile("s.yaml", marked.encode(), folder=ENGLISH)], nothing)
    [problem] = [p for p in refused.value.problems if p.field.endswith("review")]
    assert problem.field == "events[1].review" and "draft" in problem.message


def test_the_api_refuses_a_drafted_item(clean_db: Database, client: FlaskClient) -> None:
    registry = (ENGLISH / "registry.yaml").read_bytes()
    answer = client.post(
        "/api/v1/registry", data=registry, content_type="application/yaml", headers=AUTH
    )
    assert answer.status_code == 201
    text = (ENGLISH / "brief.txt").read_text(encoding="utf-8")
    block = "".join(f"  {line}\n" for line in text.splitlines())
    source = (ENGLISH / "source.yaml").read_text(encoding="utf-8")
    inline = source.replace("text_file: brief.txt\n", "text: |\n" + block)
    marked = inline.replace(
        "  - id: ostmark-calls-for-un-observers\n",
        "  - id: ostmark-calls-for-un-observers\n    review: draft\n",
    )
    answer = client.post(
        "/api/v1/sources", data=marked, content_type="application/yaml", headers=AUTH
    )
    assert answer.status_code == 422
    [problem] = answer.get_json()["invalid_params"]
    assert problem["name"] == "statements[3].review"
    assert problem["line"] == marked.splitlines().index("    review: draft") + 1
    assert "review: draft" in problem["hint"]
    assert cypher(clean_db, "MATCH (s:Source) RETURN count(s) AS n") == [{"n": 0}]
    answer = client.post(
        "/api/v1/sources", data=inline, content_type="application/yaml", headers=AUTH
    )
    assert answer.status_code == 201


# --- the command ------------------------------------------------------------------------------


def kb(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kb_service.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "KB_SEEDS": str(SEEDS)},
        timeout=300,
        check=False,
    )


def test_kb_draft_writes_beside_the_text_and_keeps_what_is_there(tmp_path: Path) -> None:
    text = tmp_path / "brief.txt"
    shutil.copy(ENGLISH / "brief.txt", text)
    done = kb(
        "draft", str(text), "--publisher", "Test Wire", "--registry", str(ENGLISH), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    out = tmp_path / "brief.yaml"
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert (data["text_file"], data["published"], data["language"]) == (
        "brief.txt",
        "2023-03-14",
        "en",
    )
    written = re.search(r"(\d+) events", done.stdout)  # the summary line counts the file's
    assert written is not None and written[1] == str(len(data["events"])) == "6"
    kept = out.read_text(encoding="utf-8")
    # the header lists each passage as ingest numbers it, with its names and dates
    assert "#   6  On Monday, Norland's foreign minister Anna Berg" in kept
    assert "#      names: norland (Norland), anna-berg (Anna Berg), ostmark (Ostmark)" in kept
    assert "#      dates: 2023-03-13 (On Monday)" in kept
    assert "#      likely not content: a navigation line, a credit or a caption" in kept
    again = kb("draft", str(text), "--publisher", "Test Wire", cwd=tmp_path)
    assert again.returncode != 0 and "--force" in again.stderr
    assert out.read_text(encoding="utf-8") == kept
    forced = kb(
        "draft", str(text), "--publisher", "X", "--force", "--registry", str(ENGLISH), cwd=tmp_path
    )
    assert (
        forced.returncode == 0
        and yaml.safe_load(out.read_text(encoding="utf-8"))["publisher"] == "X"
    )


def test_kb_draft_matches_the_registry_stored_in_neo4j(tmp_path: Path, clean_db: Database) -> None:
    from kb_service.write.ingest import ingest

    ingest(clean_db, collect_files([ENGLISH / "registry.yaml"]))
    text = tmp_path / "brief.txt"
    shutil.copy(ENGLISH / "brief.txt", text)
    empty = tmp_path / "no-registry"
    empty.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kb_service.cli",
            "draft",
            str(text),
            "--publisher",
            "W",
            "--registry",
            str(empty),
            "--database",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "KB_NEO4J_URI": clean_db.uri},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = yaml.safe_load((tmp_path / "brief.yaml").read_text(encoding="utf-8"))
    speakers = {s["speakers"][0] for s in data["statements"]}
    assert {"norland-mfa", "anna-berg", "ostmark-mod", "ostmark"} <= speakers


def test_kb_draft_names_a_text_that_is_not_utf8(tmp_path: Path) -> None:
    text = tmp_path / "bad.txt"
    text.write_bytes("line one\nline two \xff\n".encode("latin-1"))
    done = kb("draft", str(text), "--publisher", "P", "--published", "2020-01-01", cwd=tmp_path)
    assert done.returncode == 1
    assert f"{text}:2" in done.stderr and "UTF-8" in done.stderr
    assert not (tmp_path / "bad.yaml").exists()


def test_the_english_test_text_drafts_its_call_and_its_speakers() -> None:
    [file] = collect_files([ENGLISH / "registry.yaml"])
    result = draft(
        (ENGLISH / "brief.txt").read_text(encoding="utf-8"),
        source_id="fixture-brief",
        publisher="Test Wire",
        entities=entities_of_registry(parse_file(file).data),
        vocabulary=base(),
    )
    events = {(e["type"], e["date"]) for e in result.document["events"]}
    assert ("phone-call", "2023-03-13") in events and (
        "declaration-of-secession",
        "1991-06",
    ) in events
    speakers = {s["speakers"][0] for s in result.document["statements"]}
    assert {"norland-mfa", "anna-berg", "ostmark-mod", "ostmark"} <= speakers
