"""Pure tests (no Neo4j) of name matching (model/names.py): which spellings of a name a query
word finds, and how, in Arabic, Russian and Latin script; the keys an entity is stored with and
the Lucene query a search sends."""

from __future__ import annotations

import pytest

from kb_service.model import names


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("البلد", ("بلد",)),  # the article leaves a three-letter stem
        ("الدم", ()),  # but not a two-letter one
        ("وبحلب", ("بحلب", "حلب")),  # two proclitics, down to a three-letter stem
        ("جنوده", ("جنود",)),  # an enclitic leaves four letters
        ("جيشه", ()),  # but not three
        ("кима", ("ким",)),  # a Russian case ending leaves three letters
        ("юга", ()),  # but not two
        ("lavrova", ()),  # Latin words have no variants
    ],
)
def test_a_query_word_also_matches_its_stem_without_clitics_or_case_endings(
    word: str, variants: tuple[str, ...]
) -> None:
    forms = names.Forms.of(word)
    assert (forms.word, forms.variants) == (word, variants)


def test_how_a_name_word_matches_a_query_word_best_first() -> None:
    lavrov = names.Forms.of("lavrov")
    assert lavrov.how("lavrov") == names.EXACT
    assert names.Forms.of("лаврова").how("лавров") == names.VARIANT
    # the same consonants: a transliteration, another spelling, a declined form
    assert [lavrov.how(w) for w in ("lawrow", "lavrof", "lavrova")] == [names.SPELLING] * 3
    assert lavrov.how("lavrob") == names.FUZZY  # one edit away, other consonants
    assert names.Forms.of("putin").how("pukin") == names.FUZZY  # five letters are enough
    assert lavrov.how("labrob") is None  # two edits away
    assert names.Forms.of("lavr").how("lavb") is None  # a short word gets no fuzzy match
    assert lavrov.how("putin") is None


def test_a_name_word_begins_with_the_query_word_or_its_variant_of_two_letters_or_more() -> None:
    assert names.Forms.of("лаврова").prefixes == ("лаврова", "лавров")
    assert names.Forms.of("ла").begins("лавров")
    assert not names.Forms.of("л").begins("лавров")  # one letter begins too many names
    assert not names.Forms.of("лаврова").begins("лавр")


def test_skeletons_make_transliterations_meet() -> None:
    assert {names.skeleton(w) for w in ("lavrov", "lawrow", "лавров")} == {"lvrv"}
    assert names.skeleton("ghaffarov") == names.skeleton("гаффаров") == "gvrv"
    assert names.skeleton("khachaturyan") == names.skeleton("хачатурян") == "hkhtrn"
    assert names.skeleton("anna") == "an"  # the first letter stays, even a vowel
    assert names.skeleton("stepanakert") == "stpnkrt"
    assert names.skeleton("қазақстан") == "қsқstn"  # a letter the table lacks stays itself
    assert names.skeleton("") == ""


def test_fold_drops_marks_but_keeps_the_breve_of_short_i() -> None:
    assert names.fold("مُحَمَّد") == "محمد"  # Arabic vowel marks
    assert names.fold("Ёлкин Mirzoyán") == "елкин mirzoyan"
    assert names.fold("Ba\u0335ku") == "baku"  # an overlay mark (combining class 1) goes too
    assert names.words("Йошкар-Ола") == ["йошкар", "ола"]  # й stays й, not и


@pytest.mark.parametrize(
    ("char", "kind"),
    [
        ("\u0600", "arabic"),  # both ends of the Arabic block
        ("\u06ff", "arabic"),
        ("\u0400", "cyrillic"),  # both ends of the Cyrillic block
        ("\u04ff", "cyrillic"),
        ("\u05ff", "latin"),
        ("7", "latin"),
        ("lavrov", "latin"),
    ],
)
def test_the_script_of_a_word_is_its_first_arabic_or_cyrillic_letter_s(
    char: str, kind: str
) -> None:
    assert names.script(f"1{char}") == kind


def test_every_name_of_an_entry_counts_aliases_and_other_names_included() -> None:
    entry = {
        "names": {"en": "Lachin", "ru": "Лачин"},
        "aliases": {"en": ["Lacin", "Berdzor"]},
        "other_names": [{"name": "Բերձոր", "language": "hy"}],
    }
    assert names.of_entity(entry) == [
        ("Lachin", "en"),
        ("Лачин", "ru"),
        ("Lacin", "en"),
        ("Berdzor", "en"),
        ("Բերձոր", "hy"),
    ]
    assert names.of_entity({"names": {"en": "Lachin"}}) == [("Lachin", "en")]


def test_every_name_of_a_stored_node_counts_its_joined_aliases_and_other_names() -> None:
    stored = {
        "name_en": "Lachin",
        "name_ar": "لاتشين",
        "aliases_en": "Lacin | Berdzor",
        "aliases_ru": "",
        "other_names": ["Բերձոր"],
        "other_names_language": ["hy"],
    }
    assert names.of_node(stored) == [
        ("Lachin", "en"),
        ("لاتشين", "ar"),
        ("Lacin", "en"),
        ("Berdzor", "en"),
        ("Բերձոր", "hy"),
    ]
    assert names.of_node({"name_en": "Lachin"}) == [("Lachin", "en")]
    # a name without its language (or the reverse) is a broken node: refused, not dropped
    with pytest.raises(ValueError):
        names.of_node({"other_names": ["Բերձոր", "Lachin"], "other_names_language": ["hy"]})


def test_the_keys_and_the_lucene_query_of_names() -> None:
    assert names.keys(["Sergey Lavrov", "Сергей Лавров"]) == (
        "x_sergey s_srg x_lavrov s_lvrv x_сергей x_лавров"
    )
    forms = names.query_forms("Lawrow ба extra", 2)
    assert [f.word for f in forms] == ["lawrow", "ба"]
    assert names.lucene_names_query(forms, prefix=True) == (
        "(x_lawrow^8 OR s_lvrv^2 OR x_lawrow~1) OR (x_ба^8 OR s_b^2 OR x_ба*)"
    )
    assert names.lucene_names_query(forms, fuzzy=False) == (
        "(x_lawrow^8 OR s_lvrv^2) OR (x_ба^8 OR s_b^2)"
    )
    arabic = names.lucene_names_query(names.query_forms("بلافروف", 1))
    assert arabic == (
        "(x_بلافروف^8 OR x_لافروف^4 OR x_افروف^4 OR s_افرف^2 OR s_بلفرف^2 OR s_لفرف^2"
        " OR x_بلافروف~1)"
    )
    assert names.lucene_names_query(names.query_forms("Putin", 1)) == (
        "(x_putin^8 OR s_ptn^2 OR x_putin~1)"  # five letters: fuzzy too
    )
    assert names.lucene_names_query([]) is None
