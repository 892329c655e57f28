"""Text handling shared by curation and search: passages, quote matching, safe strings."""

from __future__ import annotations

import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")
# Bidirectional embedding and override controls can disguise text; marks (LRM, RLM) are fine.
_BIDI_CONTROLS = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def fold(text: str) -> str:
    """Normalise for verbatim comparison: Unicode NFC and every whitespace run as one space."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def split_passages(text: str) -> list[str]:
    """Split a source's text into numbered passages: one per non-blank line, in order."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def contains_verbatim(passage: str, quote: str) -> bool:
    """Tell whether `quote` appears in `passage` word for word (after folding)."""
    folded = fold(quote)
    return bool(folded) and folded in fold(passage)


def unsafe_character(text: str, *, multiline: bool = False) -> str | None:
    """Return a description of the first control or bidi-override character, if any."""
    allowed = {"\n", "\t"} if multiline else set()
    for char in text:
        if char in allowed:
            continue
        if char in _BIDI_CONTROLS:
            return f"bidirectional control character U+{ord(char):04X}"
        category = unicodedata.category(char)
        if category == "Cc":
            return f"control character U+{ord(char):04X}"
        if category == "Cs":
            return f"lone surrogate U+{ord(char):04X}"
    return None


def printable(text: str) -> str:
    """Escape control and bidi-override characters so that text is safe to print on a terminal."""
    return "".join(
        f"\\u{ord(char):04x}"
        if char in _BIDI_CONTROLS or (unicodedata.category(char) in ("Cc", "Cs") and char != "\n")
        else char
        for char in text
    )
