"""The timeline as Knight Lab TimelineJS JSON: events with dates at their own precision, in
English, Arabic or Russian.

Dates are read with `dates.parse` (never by splitting strings), so every EDTF form curation
accepts (`2020-09-XX`, a season such as `2020-21`, `../2020-09-27`) gives TimelineJS date
components at the precision it has: a day, a month, or a year. Each quote is a paragraph
inside its `<blockquote>` (TimelineJS's right-to-left rules style `blockquote p`).
"""

from __future__ import annotations

import html
from datetime import date as day
from typing import Any

from kb_service.model import dates

LANGUAGES = ("en", "ar", "ru")
ERA_MIN_DAYS = 365

MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "ru": (
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ),
}  # fmt: skip
MONTHS_OF_DAY = {  # a month after a day number: Russian takes the genitive
    **MONTHS,
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip
SEASONS = {  # by the month a season starts in (EDTF 21-24: spring, summer, autumn, winter)
    "en": {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"},
    "ar": {3: "ربيع", 6: "صيف", 9: "خريف", 12: "شتاء"},
    "ru": {3: "весна", 6: "лето", 9: "осень", 12: "зима"},
}
WORDS = {
    "en": {
        "title": "Timeline",
        "events": "Events",
        "statements": "Statements",
        "by": "by {} (start unknown)",
        "onwards": "{} onwards",
        "about": "c. {}",
        "passage": "passage {}",
        "ongoing": "ongoing",
        "scheduled": "scheduled",
        "due": "due by this date",
    },
    "ar": {
        "title": "الخط الزمني",
        "events": "أحداث",
        "statements": "تصريحات",
        "by": "حتى {} (البداية غير معروفة)",
        "onwards": "منذ {}",
        "about": "نحو {}",
        "passage": "الفقرة {}",
        "ongoing": "جارٍ",
        "scheduled": "مقرر",
        "due": "مستحق بحلول هذا التاريخ",
    },
    "ru": {
        "title": "Хронология",
        "events": "События",
        "statements": "Заявления",
        "by": "до {} (начало неизвестно)",
        "onwards": "с {}",
        "about": "ок. {}",
        "passage": "фрагмент {}",
        "ongoing": "продолжается",
        "scheduled": "запланировано",
        "due": "срок — эта дата",
    },
}
# An ISO date (a source's publication day) inside Arabic text is isolated left to right
# (U+2066 ... U+2069), so that `1988-02` is not read `02-1988`. A date in words ("27 سبتمبر 2020")
# is isolated right to left (U+2067 ... U+2069): inside a left-to-right isolate its Arabic month
# pulls the year before it, and the reader would see "27 2020 سبتمبر".
_LTR_ISOLATE, _RTL_ISOLATE, _POP_ISOLATE = "\u2066", "\u2067", "\u2069"


def _parts(edtf: str) -> list[str]:
    return edtf.split("/") if "/" in edtf else [edtf]


def _open(part: str) -> bool:
    return part in ("", "..")


def _components(on: day, precision: str) -> dict[str, int]:
    """Return TimelineJS date components of a day, down to the precision the date has."""
    if precision == "day":
        return {"year": on.year, "month": on.month, "day": on.day}
    if precision in ("month", "season"):
        return {"year": on.year, "month": on.month}
    return {"year": on.year}


def _show(part: str, lang: str) -> str:
    """Show one EDTF date (no interval) as a reader would write it."""
    span = dates.parse(part)
    on = span.earliest or span.latest
    assert on is not None  # a single date is never open
    if span.precision == "day":
        text = f"{on.day} {MONTHS_OF_DAY[lang][on.month - 1]} {on.year}"
    elif span.precision == "month":
        text = f"{MONTHS[lang][on.month - 1]} {on.year}"
    elif span.precision == "season":
        text = f"{SEASONS[lang].get(on.month, '')} {on.year}".strip()
    elif span.precision == "decade":
        text = f"{on.year}s" if lang == "en" else f"{on.year}–{on.year + 9}"
    else:
        text = str(on.year)
    if span.approximate:
        text = WORDS[lang]["about"].format(text)
    return f"{text}?" if span.uncertain else text


def display_date(edtf: str, lang: str = "en") -> str:
    """Show an EDTF date as a reader would write it, keeping its uncertainty visible."""
    parts = _parts(edtf)
    if len(parts) == 1:
        return _show(parts[0], lang)
    start, end = parts
    if _open(start):
        return WORDS[lang]["by"].format(_show(end, lang))
    if _open(end):
        return WORDS[lang]["onwards"].format(_show(start, lang))
    return f"{_show(start, lang)}–{_show(end, lang)}"


def _dates(edtf: str) -> dict[str, Any]:
    """Return start_date (and end_date) for an EDTF date: an open start shows at its end, a
    season or decade spans its months or years."""
    parts = _parts(edtf)
    known = [dates.parse(part) for part in parts if not _open(part)]
    first = known[0]
    start = first.earliest or first.latest
    assert start is not None
    found: dict[str, Any] = {"start_date": _components(start, first.precision)}
    last = known[-1]
    if len(parts) == 2 and len(known) == 2 and last.latest is not None:
        found["end_date"] = _components(last.latest, last.precision)
    elif len(parts) == 1 and first.precision in ("season", "decade", "century", "millennium"):
        assert first.latest is not None
        found["end_date"] = _components(
            first.latest, "month" if first.precision == "season" else "year"
        )
    return found


def _isolated(text: str, lang: str) -> str:
    return f"{_LTR_ISOLATE}{text}{_POP_ISOLATE}" if lang == "ar" else text


def _in_words(text: str, lang: str) -> str:
    return f"{_RTL_ISOLATE}{text}{_POP_ISOLATE}" if lang == "ar" else text


def title(record: dict[str, Any], lang: str) -> str:
    """Return an event's title in `lang` (`title_ar`, `title_ru`), else its English title."""
    return str(record.get(f"title_{lang}") or record["title"])


def _text(record: dict[str, Any], lang: str) -> dict[str, str]:
    words = WORDS[lang]
    if record["kind"] == "event":
        headline = title(record, lang)
    elif lang != "en" and record.get("language") == lang:
        headline = record["quote"]  # the words as said, in the reader's language
    else:
        headline = record["text_en"]
    quotes = "".join(
        f'<blockquote dir="auto"><p dir="auto">{html.escape(e["quote"])}</p></blockquote>'
        f'<p dir="auto">{html.escape(e["source"]["publisher"])}, '
        f"{_isolated(html.escape(e['source']['published']), lang)}, "
        f"{words['passage'].format(e['passage'])}</p>"
        for e in record["evidence"]
    )
    status = record.get("status", "occurred")
    if status != "occurred":  # a plan or a deadline is not drawn as something that happened
        headline = f"{headline} ({words[status]})"
    return {"headline": html.escape(headline), "text": quotes}


def slide(record: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """Return one TimelineJS slide for an event or a statement."""
    edtf = record["date"]["edtf"]
    words = WORDS[lang]
    return {
        **_dates(edtf),
        "display_date": _in_words(display_date(edtf, lang), lang),
        "text": _text(record, lang),
        "group": words["events"] if record["kind"] == "event" else words["statements"],
        "unique_id": record["id"],
    }


def _is_era(record: dict[str, Any]) -> bool:
    date = record["date"]
    if record["kind"] != "event" or not (date["earliest"] and date["latest"]):
        return False
    span = day.fromisoformat(date["latest"]) - day.fromisoformat(date["earliest"])
    return span.days >= ERA_MIN_DAYS


def _era(record: dict[str, Any], lang: str) -> dict[str, Any]:
    """Return an era. TimelineJS 3.9.11 never finishes loading an era without an end, nor one
    whose ends differ in precision, so a single year (1992) spans its first to its last day."""
    found = _dates(record["date"]["edtf"])
    if "end_date" not in found:
        first, last = (day.fromisoformat(record["date"][k]) for k in ("earliest", "latest"))
        found = {"start_date": _components(first, "day"), "end_date": _components(last, "day")}
    return {**found, "text": {"headline": html.escape(title(record, lang))}}


def document(records: list[dict[str, Any]], *, truncated: bool, lang: str = "en") -> dict[str, Any]:
    """Return the TimelineJS document: slides for every record, eras for multi-year periods,
    and `truncated` when more records matched than a document holds."""
    eras = [_era(r, lang) for r in records if _is_era(r)]
    return {
        "title": {"text": {"headline": WORDS[lang]["title"]}},
        "events": [slide(record, lang) for record in records],
        "eras": eras,
        "truncated": truncated,
    }
