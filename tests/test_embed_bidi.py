"""Dates as a person sees them, in English and Arabic, in Debian's Chromium: the order their
glyphs are drawn in (`Range.getClientRects`) and that they never break across lines, in
TimelineJS, in the embedded timeline's tooltip and evidence heading, and in the map's popup
(issue 28, items 1 to 3 and 6). The graph holds only tests/fixtures/embed_dates: one event for
every date form."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import FIXTURES, fresh_graph, open_page
from glyph_order import lines, reads_in_order, tokens
from playwright.sync_api import expect
from test_clients import open_client

from kb_service.store.db import Database

EMBED_FIXTURE = FIXTURES / "embed_dates"
# id: (EDTF date, the English label, the Arabic label), as the fixture gives them.
RECORDS = {
    "fixture-embed-day": ("2020-09-27", "Shelling of East Test Town", "قصفت المدافع بلدة الشرق"),
    "fixture-embed-month": ("2020-09", "Talks begin", "بدأت المفاوضات في شهر"),
    "fixture-embed-year": ("1992", "Committee report", "أعلنت اللجنة تقريرها"),
    "fixture-embed-interval": ("1992/1994", "Two years of fighting", "استمر القتال سنتين"),
    "fixture-embed-open-start": ("../2020-09-27", "The siege", "ساد الحصار حتى ذلك"),
    "fixture-embed-open-end": ("1992/..", "The truce", "بقيت الهدنة منذ تلك"),
    "fixture-embed-uncertain": ("2020-09-27?", "The convoy arrives", "قيل إن القافلة وصلت"),
    "fixture-embed-approximate": ("1988-02~", "The return", "عاد النازحون في نحو"),
    "fixture-embed-road": ("2020-10-01", "The road is open.", "إن الطريق مفتوح"),
}
LANGS = {"en": 1, "ar": 2}  # the label's place in RECORDS


@pytest.fixture(scope="module")
def dated(db: Database) -> Database:
    return fresh_graph(db, EMBED_FIXTURE)


def edtf_tokens(edtf: str) -> list[str]:
    """Return the tokens of an EDTF date in the order it is written (and must be read)."""
    marks = edtf.replace("..", " .. ").replace("?", " ? ").replace("~", " ~ ")
    return [t for t in marks.replace("-", " ").replace("/", " ").split() if t]


def assert_edtf_reads_left_to_right(date: Any, edtf: str) -> None:
    """The EDTF text is drawn left to right, on one line, whatever the page's direction."""
    written, seen = reads_in_order(date, "ltr")
    assert written == edtf_tokens(edtf), written
    assert seen == written, f"{edtf} is drawn as {' '.join(seen)}"
    assert len(lines(date)) == 1, f"{edtf} breaks across lines"


# --- TimelineJS ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_timelinejs_dates_read_in_the_page_s_direction(
    dated: Database, client: Any, browser: Any, lang: str
) -> None:
    response = client.get(f"/api/v1/timeline?format=timelinejs&include=all&lang={lang}")
    document = response.get_json()
    page, errors, outside = open_client(browser, "timelinejs.html")
    page.evaluate(
        "([d, l]) => { window.render(d, l).then(() => { window.shown = true; }); }",
        [document, lang],
    )
    page.wait_for_function("window.shown === true", timeout=30_000)
    direction = "rtl" if lang == "ar" else "ltr"
    for slide in document["events"]:
        heading = page.locator(f"[id='{slide['unique_id']}'] .tl-headline-date")
        written, seen = reads_in_order(heading, direction)
        assert written and seen == written, (slide["display_date"], seen)
    day = page.locator("[id='fixture-embed-day'] .tl-headline-date")
    assert reads_in_order(day, direction)[1] == (
        ["27", "سبتمبر", "2020"] if lang == "ar" else ["27", "Sep", "2020"]
    )
    assert errors == [] and outside == []
    page.close()


# --- the embedded timeline: tooltip and evidence heading -------------------------------------


def timeline_item(page: Any, record_id: str, lang: str) -> Any:
    label = RECORDS[record_id][LANGS[lang]]
    return page.locator(".vis-item", has_text=label).first


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_timeline_s_tooltip_shows_each_edtf_date_left_to_right(
    dated: Database, live_server: str, browser: Any, lang: str, width: int
) -> None:
    url = f"{live_server}/embed/timeline?include=all&lang={lang}"
    page, errors, _ = open_page(browser, url, width=width, height=1600)
    tooltip = page.locator(".vis-tooltip")
    for record_id, (edtf, *_) in RECORDS.items():
        timeline_item(page, record_id, lang).hover()
        expect(tooltip).to_have_text(edtf)
        expect(tooltip).to_be_visible()
        assert_edtf_reads_left_to_right(tooltip, edtf)
    assert errors == []
    page.close()


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_evidence_heading_keeps_each_date_whole_and_left_to_right(
    dated: Database, live_server: str, browser: Any, lang: str, width: int
) -> None:
    url = f"{live_server}/embed/timeline?include=all&lang={lang}"
    page, errors, _ = open_page(browser, url, width=width, height=1600)
    heading = page.locator("#evidence h2")
    for record_id, (edtf, *labels) in RECORDS.items():
        timeline_item(page, record_id, lang).click()
        expect(heading).to_contain_text(labels[LANGS[lang] - 1])
        assert_edtf_reads_left_to_right(heading.locator(".edtf"), edtf)
    assert errors == []
    page.close()


# --- the map's popup -------------------------------------------------------------------------

OPEN_POPUP = """id => { kbMap.map.closePopup(); kbMap.map.eachLayer(layer => {
  if (layer.feature && layer.feature.id === id && layer.openPopup) { layer.openPopup(); } }); }"""


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_map_popup_keeps_each_date_whole_and_left_to_right(
    dated: Database, live_server: str, browser: Any, lang: str, width: int
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/embed/map?lang={lang}", width=width)
    for record_id, (edtf, *labels) in RECORDS.items():
        page.evaluate(OPEN_POPUP, record_id)
        label = labels[LANGS[lang] - 1]
        heading = page.locator(".leaflet-popup-content strong", has_text=label)
        expect(heading).to_have_count(1)
        assert_edtf_reads_left_to_right(heading.locator(".edtf"), edtf)
    assert errors == []
    page.close()


def test_the_arabic_map_heads_a_popup_with_the_timeline_s_arabic_words(
    dated: Database, live_server: str, browser: Any
) -> None:
    timeline, errors, _ = open_page(browser, f"{live_server}/embed/timeline?include=all&lang=ar")
    shown = timeline_item(timeline, "fixture-embed-day", "ar").inner_text()
    timeline.close()
    page, more_errors, _ = open_page(browser, f"{live_server}/embed/map?lang=ar")
    page.evaluate(OPEN_POPUP, "fixture-embed-day")
    heading = page.locator(".leaflet-popup-content strong")
    expect(heading).to_contain_text("قصفت المدافع بلدة الشرق في يوم محدد.")
    assert heading.inner_text().startswith(shown)
    assert "Shelling" not in heading.inner_text()
    # A title in the page's language (title_ar), where a record has one, is preferred.
    label = page.evaluate(
        """() => [kbEmbed.label({kind: 'event', title: 'A', title_ar: 'ب', evidence: []}, 'ar'),
                  kbEmbed.label({kind: 'event', title: 'A', evidence: [{quote: 'ج'}]}, 'ar'),
                  kbEmbed.label({kind: 'event', title: 'A', title_ar: 'ب', evidence: []}, 'en')]"""
    )
    assert label == ["ب", "ج", "A"]
    assert errors == [] and more_errors == []
    page.close()


def test_an_english_date_reads_left_to_right_in_the_tokens_helper(
    dated: Database, live_server: str, browser: Any
) -> None:
    """The glyph reader itself: a right-to-left line of Latin digits is seen mirrored."""
    page, _, _ = open_page(browser, f"{live_server}/embed/map?lang=ar")
    page.evaluate(
        """() => { const p = document.createElement('p'); p.id = 'probe'; p.dir = 'rtl';
                   p.textContent = '1992/..'; document.body.appendChild(p); }"""
    )
    found = tokens(page.locator("#probe"))
    assert [t["text"] for t in sorted(found, key=lambda t: t["x"])] == ["..", "1992"]
    page.close()


def test_timelinejs_prefers_a_title_in_the_page_s_language() -> None:
    from kb_service.api import timelinejs

    event = {
        "kind": "event",
        "id": "e",
        "title": "Talks begin",
        "title_ar": "بدء المحادثات",
        "date": {"edtf": "2020-09-27", "earliest": "2020-09-27", "latest": "2020-09-27"},
        "evidence": [],
    }
    assert timelinejs.slide(event, "ar")["text"]["headline"] == "بدء المحادثات"
    assert timelinejs.slide(event, "ru")["text"]["headline"] == "Talks begin"
    assert timelinejs.slide(event, "ar")["display_date"] == "\u206727 سبتمبر 2020\u2069"
    year = {**event, "date": {"edtf": "1992", "earliest": "1992-01-01", "latest": "1992-12-31"}}
    era = timelinejs.document([year], truncated=False, lang="ar")["eras"][0]
    # TimelineJS needs an end, at the start's precision
    assert (era["start_date"], era["end_date"]) == (
        {"year": 1992, "month": 1, "day": 1},
        {"year": 1992, "month": 12, "day": 31},
    )
