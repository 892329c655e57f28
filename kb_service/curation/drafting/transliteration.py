"""Ids for names the registry lacks: kebab-case of the name in English letters; a Russian or
Arabic name is first written in Latin letters letter by letter (a simple table, not a
standard: Путин -> putin, بوتين -> bwtyn; the curator may rename the id)."""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_CYRILLIC_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ"
_ARABIC_LATIN = "a b t th j h kh d dh r z s sh s d t z - gh f q k l m n h w y a a - a i a w y"
_TABLE = dict(zip(_CYRILLIC_LETTERS, _CYRILLIC_LATIN.split(" "), strict=True)) | dict(
    zip(_ARABIC_LETTERS, _ARABIC_LATIN.split(" "), strict=True)
)


def latin(name: str) -> str:
    """Return `name` in Latin letters (Cyrillic and Arabic letters by a table)."""
    out = []
    for char in name.lower():
        letters = _TABLE.get(char)
        out.append(char if letters is None else "" if letters == "-" else letters)
    return unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()


def kebab(name: str) -> str:
    """Return the registry-style id of a name: kebab-case of its Latin letters."""
    return re.sub(r"[^a-z0-9]+", "-", latin(name).lower()).strip("-")
