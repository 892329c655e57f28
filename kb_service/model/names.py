"""Name keys: names matched as people write them, in Arabic, Cyrillic and Latin script.

Lucene's analyzers fold Arabic diacritics and alef forms, and stem Russian and English words,
but they do not strip the Arabic proclitics و ب ل ف ك from a name, decline Russian surnames to
one form, or match transliterations (Lavrov, Lawrow, Лавров). So every entity also stores
`name_keys`, computed here from all its names, aliases and other names, and indexed by a
full-text index with the whitespace analyzer (the keys are already folded):

- `x_<word>`: the word folded (case, Unicode compatibility forms, Latin diacritics such as
  ə → e, Arabic diacritics, tatweel, alef forms, taa marbuta, alef maqsura, hamza carriers);
- `s_<skeleton>`: the word's consonant skeleton. Arabic keeps its first letter and drops the
  long vowels ا و ي after it (ستيبانكيرت ~ ستيباناكيرت); Cyrillic is transliterated to Latin,
  and Latin is folded by sound (w → v, ff → f, kh and x → h ...) and loses its vowels
  (Lavrov ~ Lawrow ~ Лавров).

A query word is turned into the same keys, and into its variants: without an Arabic proclitic
or the article (بلافروف → لافروف), without a Russian case ending (Лаврова → Лавров).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from rapidfuzz.distance import Levenshtein

EXACT, VARIANT, SPELLING, FUZZY, TEXT = "exact", "variant", "spelling", "fuzzy", "text"
PREFIX = "prefix"
# How a hit matched, best first: the order hits are ranked in. A variant is the name without a
# clitic or case ending; a spelling, a name with the same consonant skeleton (a transliteration
# or another spelling); fuzzy, a name one edit away; prefix, a name word that the last query
# word begins (asked for by a search as you type); text, words of a title, quote or summary.
TIERS = {EXACT: 0, VARIANT: 1, SPELLING: 2, FUZZY: 3, PREFIX: 4, TEXT: 5}
PREFIX_MIN_LENGTH = 2  # a single letter would begin too many names

_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "گ": "ك",
    }
)
_LATIN_EXTRA = str.maketrans(
    {"ə": "e", "ı": "i", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d"}
)
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "i", "є": "e",
    "ґ": "g", "ў": "u",
}  # fmt: skip
_SOUNDS = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("tsch", "ch"),
    ("tch", "ch"),
    ("dzh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("x", "h"),
    ("w", "v"),
    ("f", "v"),
    ("q", "k"),
    ("c", "k"),
    ("z", "s"),
)
_WORD = re.compile(r"\w+")
_PROCLITICS = "وبلفك"
_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_ENCLITICS = ("هما", "هم", "ها", "ه")
# Russian case endings, longest first; a stem keeps at least three letters.
_RUSSIAN_ENDINGS = (
    "ыми", "ими", "ого", "его", "ому", "ему", "ами", "ями", "ым", "им", "ом", "ем", "ой", "ей",
    "ую", "юю", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и",
)  # fmt: skip
MIN_STEM = 3
FUZZY_MIN_LENGTH = 5  # shorter words get no fuzzy match: one edit changes them too much


def fold(text: str) -> str:
    """Return `text` folded for comparison: lower case, compatibility forms, no diacritics
    (Latin or Arabic), one form of each Arabic letter that people spell several ways."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_LATIN_EXTRA)
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not _drops(c))
    return unicodedata.normalize("NFC", kept).replace("ё", "е")


def _drops(char: str) -> bool:
    """Tell whether a combining mark goes: Latin and Cyrillic diacritics, except the breve
    of й, which makes another letter."""
    return unicodedata.combining(char) > 0 and char != "\u0306"


def words(text: str) -> list[str]:
    """Return the folded words of `text`."""
    return _WORD.findall(fold(text))


def script(word: str) -> str:
    """Return the script of a folded word: arabic, cyrillic or latin (digits count as latin)."""
    for char in word:
        if "\u0600" <= char <= "\u06ff":
            return "arabic"
        if "\u0400" <= char <= "\u04ff":
            return "cyrillic"
    return "latin"


def skeleton(word: str) -> str:
    """Return the consonant skeleton of a folded word (see the module's docstring)."""
    kind = script(word)
    if kind == "arabic":
        return word[:1] + re.sub("[اوي]", "", word[1:])
    if kind == "cyrillic":
        word = "".join(_CYRILLIC.get(char, char) for char in word)
    for old, new in _SOUNDS:
        word = word.replace(old, new)
    if not word:
        return word
    rest = re.sub("[aeiouyj]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", word[0] + rest)


LANGUAGES = ("en", "ar", "ru")  # the languages of names and aliases; other names carry theirs
# Aliases are stored as one string per language, so that the full-text indexes (which index
# strings) find them; the API splits them back into a list.
ALIAS_SEPARATOR = " | "


def joined_aliases(aliases: Iterable[str]) -> str | None:
    """Return a language's aliases as stored (`aliases_<lang>`): joined, or None if none."""
    return ALIAS_SEPARATOR.join(aliases) or None


def stored_aliases(joined: str | None) -> list[str]:
    """Return the list of aliases a stored `aliases_<lang>` holds (empty when None)."""
    return [alias for alias in (joined or "").split(ALIAS_SEPARATOR) if alias]


def of_entity(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Return every (name, language) of a curated registry entry: names, aliases, other names."""
    found = [(name, lang) for lang, name in item["names"].items()]
    found += [(a, lang) for lang, aliases in (item.get("aliases") or {}).items() for a in aliases]
    return found + [(o["name"], o["language"]) for o in item.get("other_names") or []]


def of_node(props: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Return every (name, language) of a stored actor, place or conflict, from the properties
    write/row_builder writes (`name_<lang>`, `aliases_<lang>` joined, the other names)."""
    found = [(props[f"name_{lang}"], lang) for lang in LANGUAGES if props.get(f"name_{lang}")]
    for lang in LANGUAGES:
        found += [(alias, lang) for alias in stored_aliases(props.get(f"aliases_{lang}"))]
    others = zip(
        props.get("other_names") or [], props.get("other_names_language") or [], strict=True
    )
    return found + list(others)


def keys(names: Iterable[str]) -> str:
    """Return the `name_keys` of an entity with these names: space-separated, each once."""
    found: dict[str, None] = {}
    for name in names:
        for word in words(name):
            found[f"x_{word}"] = None
            found[f"s_{skeleton(word)}"] = None
    return " ".join(found)


@dataclass(frozen=True)
class Forms:
    """What one query word may match: its folded form, its variants, and their skeletons."""

    word: str
    variants: tuple[str, ...]

    @classmethod
    def of(cls, word: str) -> Forms:
        """Make the forms of one folded query word."""
        return cls(word, tuple(v for v in _variants(word) if v != word))

    @cached_property
    def skeletons(self) -> set[str]:
        """Return the skeletons of the word and of its variants."""
        return {skeleton(form) for form in (self.word, *self.variants)}

    def how(self, name_word: str) -> str | None:
        """Tell how a folded word of a name matches this query word, if it does."""
        if name_word == self.word:
            return EXACT
        if name_word in self.variants:
            return VARIANT
        if skeleton(name_word) in self.skeletons:
            return SPELLING
        if len(self.word) >= FUZZY_MIN_LENGTH and Levenshtein.distance(self.word, name_word) <= 1:
            return FUZZY
        return None

    def begins(self, name_word: str) -> bool:
        """Tell whether a folded word of a name begins with this word or one of its variants."""
        return any(name_word.startswith(form) for form in self.prefixes)

    @cached_property
    def prefixes(self) -> tuple[str, ...]:
        """Return the word and its variants that are long enough to stand as a prefix."""
        return tuple(f for f in (self.word, *self.variants) if len(f) >= PREFIX_MIN_LENGTH)


def _variants(word: str) -> Iterator[str]:
    kind = script(word)
    if kind == "arabic":
        yield from _arabic_variants(word)
    elif kind == "cyrillic":
        yield from _russian_variants(word)


def _arabic_variants(word: str) -> Iterator[str]:
    stems = [word]
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= MIN_STEM:
            stems.append(word[len(article) :])
    if word[0] in _PROCLITICS and len(word) - 1 >= MIN_STEM:
        stems.append(word[1:])
        if word[1] in _PROCLITICS and len(word) - 2 >= MIN_STEM:
            stems.append(word[2:])
    for stem in stems:
        yield stem
        for suffix in _ENCLITICS:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_STEM + 1:
                yield stem[: -len(suffix)]


def _russian_variants(word: str) -> Iterator[str]:
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            yield stem  # a feminine surname (Захаровой, Захарова) meets by its skeleton


def query_forms(text: str, max_words: int) -> list[Forms]:
    """Return the forms of each word of a query (at most `max_words` words)."""
    return [Forms.of(word) for word in words(text)[:max_words]]


def lucene_names_query(
    forms: list[Forms], *, fuzzy: bool = True, prefix: bool = False
) -> str | None:
    """Return the Lucene query of the names index for these query words: the folded word
    boosted most, its variants next, skeletons after, (for longer words, unless `fuzzy` is
    false) an edit away, and, with `prefix`, any name word the last query word begins. Keys
    hold only word characters, so no query syntax can come from the user."""
    clauses = []
    for index, form in enumerate(forms):
        terms = [f"x_{form.word}^8"]
        terms += [f"x_{variant}^4" for variant in form.variants]
        terms += [f"s_{key}^2" for key in sorted(form.skeletons) if key]
        if fuzzy and len(form.word) >= FUZZY_MIN_LENGTH:
            terms.append(f"x_{form.word}~1")
        if prefix and index == len(forms) - 1:
            terms += [f"x_{start}*" for start in form.prefixes]
        clauses.append("(" + " OR ".join(terms) + ")")
    return " OR ".join(clauses) if clauses else None
