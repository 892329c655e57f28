"""The Arabic workbench (/curate?lang=ar) says the same-as box's reasons and the alias panel's
language in Arabic, in Chromium served by gunicorn (issue 28): the API gives its reasons in
English sentences, and the page says each known form in its own words, keeping only the ids,
terms, dates (isolated, so that they read left to right) and the text's own words it quotes."""

from __future__ import annotations

import re
from typing import Any

from conftest import open_page
from glyph_order import tokens
from playwright.sync_api import expect
from test_workbench_sameas import STORED, candidate, draft_second_report, first_report

from kb_service.store.db import Database

__all__ = ["first_report"]  # the fixture, shared with the English same-as tests
LATIN = re.compile(r"[A-Za-z]")


def test_the_arabic_same_as_box_and_alias_panel_speak_arabic(
    first_report: Database, live_server: str, browser: Any
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/curate?lang=ar", width=1280)
    draft_second_report(page)
    offered = candidate(page)
    expect(offered).to_have_count(1)
    expect(offered.locator(".score")).to_contain_text("تشابه")
    reasons = offered.locator(".reasons li").all_inner_texts()
    assert "النوع نفسه: ceasefire" in reasons
    assert len(reasons) >= 3, reasons
    for reason in reasons:
        # what the reason says (before its values) is Arabic; its values are ids, terms, dates
        said = re.split(r"[:(]", reason, maxsplit=1)[0]
        assert said.strip() and not LATIN.search(said.replace("PLOVER", "")), reason
    assert not any(" within " in reason or "days" in reason for reason in reasons), reasons
    # the stored event's date (first.yaml) is isolated, so that it reads left to right whole
    dated = [reason for reason in reasons if "2024-06-09" in reason]
    assert dated and all("\u20662024-06-09\u2069" in reason for reason in dated), reasons
    line = offered.locator(".reasons li", has_text="2024-06-09").first
    drawn = {token["text"]: token["x"] for token in tokens(line) if token["text"].isdigit()}
    assert drawn["2024"] < drawn["06"] < drawn["09"], drawn  # as a person sees it

    where = page.locator('#alias-list li[data-entity="tessa-varnholm"] .hint').first
    expect(where).to_contain_text("اللغة: الإنجليزية")
    assert "language" not in where.inner_text()
    assert STORED in offered.locator("a").inner_text()
    assert errors == []
    page.close()
