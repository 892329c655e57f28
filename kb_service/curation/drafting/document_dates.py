"""The dates that name a document (заявление от 10 ноября, the statement of 9 November, بيان 10
نوفمبر; event_rules.yaml `document_dates`): no other event's date, nor, as words recall the
document (the accord signed on November 9, بالبيان الموقع في ...), a day those words are spoken
on, unless the document frames them (в заявлении от 8 декабря X заявил, في بيان مساء الثلاثاء)
or speaks them (the statement of 8 December said: passage_reading.py)."""

from __future__ import annotations

import re
from typing import Any

from kb_service.curation.drafting.date_expressions import DateExpression

DOCUMENT_REACH = 60  # characters before a date where the name of the document it dates ends


def document_date(
    data: dict[str, Any], language: str, *, recalled: bool = False
) -> re.Pattern[str] | None:
    """Return the pattern of the end of a document's name before its date; `recalled`, as
    words that recall it are read (event_rules.yaml `recalled`)."""
    extra = data["recalled"] if recalled else {}
    nouns = data["nouns"].get(language) or []
    connectors = [*(data["connectors"].get(language) or [])]
    connectors += (extra.get("connectors") or {}).get(language) or []
    if not nouns or not connectors:
        return None
    noun = "|".join(re.escape(n) for n in nouns)
    connector = "|".join(re.escape(c) for c in sorted(connectors, key=len, reverse=True))
    comma = "[,،]?" if recalled else ""
    named = rf"(?:\s+\w+)?{comma}\s+(?:{connector})"  # at most one word, then the connector
    if language in data.get("adjacent", ()):
        named = f"(?:{named})?"
    clitic = "|".join(re.escape(c) for c in (extra.get("prefixes") or {}).get(language) or ())
    clitic = f"(?:{clitic})?" if clitic else ""
    return re.compile(rf"(?<!\w){clitic}(?:{noun})\w*{named}\s*$")


def frames(data: dict[str, Any], language: str) -> re.Pattern[str] | None:
    """Return the pattern of a word that makes a document the frame of words (в заявлении,
    in a statement, في بيان): before its noun, past at most one word (a, its, своем)."""
    words = data["recalled"]["frames"].get(language) or []
    if not words:
        return None
    frame = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|\s)(?:{frame})\s+(?:\w+\s+)?$")


def names_document(
    pattern: re.Pattern[str] | None,
    text: str,
    date: DateExpression,
    framing: re.Pattern[str] | None = None,
) -> bool:
    """Tell whether a date of `text` names a document (заявление от 10 ноября, the statement of
    9 November, بيان 10 نوفمبر): the end of the document's name (`pattern`) stands before it,
    and no `framing` word stands before the name (в заявлении от 8 декабря X заявил)."""
    before = text[max(0, date.start - DOCUMENT_REACH) : date.start].lower()
    found = pattern.search(before) if pattern is not None else None
    if found is None:
        return False
    return framing is None or framing.search(before[: found.start()]) is None
