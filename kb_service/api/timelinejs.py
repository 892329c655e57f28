"""The timeline as Knight Lab TimelineJS JSON: events with dates at their own precision."""

from __future__ import annotations

import html
from datetime import date as day
from typing import Any

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ERA_MIN_DAYS = 365


def _parts(edtf: str) -> list[str]:
    return edtf.split("/") if "/" in edtf else [edtf]


def _clean(part: str) -> str:
    return part.rstrip("?~%")


def _components(part: str) -> dict[str, int]:
    """Turn one EDTF date (YYYY, YYYY-MM, YYYY-MM-DD) into TimelineJS date components."""
    pieces = _clean(part).split("-")
    names = ("year", "month", "day")
    return {name: int(value) for name, value in zip(names, pieces, strict=False) if value.isdigit()}


def _show(part: str) -> str:
    pieces = _clean(part).split("-")
    flag = "?" if part.endswith(("?", "%")) else ""
    prefix = "c. " if part.endswith(("~", "%")) else ""
    if len(pieces) == 3:
        text = f"{int(pieces[2])} {MONTHS[int(pieces[1]) - 1]} {pieces[0]}"
    elif len(pieces) == 2 and pieces[1].isdigit() and int(pieces[1]) <= 12:
        text = f"{MONTHS[int(pieces[1]) - 1]} {pieces[0]}"
    else:
        text = pieces[0]
    return f"{prefix}{text}{flag}"


def display_date(edtf: str) -> str:
    """Show an EDTF date as a reader would write it, keeping its uncertainty visible."""
    parts = _parts(edtf)
    if len(parts) == 1:
        return _show(parts[0])
    start, end = parts
    if start in ("", ".."):
        return f"by {_show(end)} (start unknown)"
    if end in ("", ".."):
        return f"{_show(start)} onwards"
    return f"{_show(start)}–{_show(end)}"


def _dates(edtf: str) -> dict[str, Any]:
    parts = _parts(edtf)
    known = [part for part in parts if part not in ("", "..")]
    dates: dict[str, Any] = {"start_date": _components(known[0])}
    if len(parts) == 2 and len(known) == 2:
        dates["end_date"] = _components(known[1])
    return dates


STATUS_LABELS = {"ongoing": "ongoing", "scheduled": "scheduled", "due": "due by this date"}


def _text(record: dict[str, Any]) -> dict[str, str]:
    headline = record["title"] if record["kind"] == "event" else record["text_en"]
    quotes = "".join(
        f'<blockquote dir="auto">{html.escape(e["quote"])}</blockquote>'
        f"<p>{html.escape(e['source']['publisher'])}, {html.escape(e['source']['published'])}, "
        f"passage {e['passage']}</p>"
        for e in record["evidence"]
    )
    status = record.get("status", "occurred")
    if status != "occurred":  # a plan or a deadline is not drawn as something that happened
        headline = f"{headline} ({STATUS_LABELS[status]})"
    return {"headline": html.escape(headline), "text": quotes}


def slide(record: dict[str, Any]) -> dict[str, Any]:
    """Return one TimelineJS slide for an event or a statement."""
    edtf = record["date"]["edtf"]
    return {
        **_dates(edtf),
        "display_date": display_date(edtf),
        "text": _text(record),
        "group": "Events" if record["kind"] == "event" else "Statements",
        "unique_id": record["id"],
    }


def _is_era(record: dict[str, Any]) -> bool:
    date = record["date"]
    if record["kind"] != "event" or not (date["earliest"] and date["latest"]):
        return False
    span = day.fromisoformat(date["latest"]) - day.fromisoformat(date["earliest"])
    return span.days >= ERA_MIN_DAYS


def document(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the TimelineJS document: slides for every record, eras for multi-year periods."""
    eras = [
        {**_dates(r["date"]["edtf"]), "text": {"headline": html.escape(r["title"])}}
        for r in records
        if _is_era(r)
    ]
    return {
        "title": {"text": {"headline": "Timeline"}},
        "events": [slide(record) for record in records],
        "eras": eras,
    }
