"""The workbench fits a phone (issue 28): at 360 px, in English and Arabic, with a drafted text
open and a same-as box shown, nothing is wider than the window, so no field or button is cut off
and the page never scrolls sideways. Chromium served by gunicorn."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import open_page
from playwright.sync_api import expect
from test_workbench_sameas import candidate, draft_second_report, first_report

from kb_service.store.db import Database

__all__ = ["first_report"]  # the fixture, shared with the English same-as tests
PHONE = 360
# Every element wider than the window, or reaching past its edge, named for the failure message.
OVERFLOWING = """(width) => [...document.querySelectorAll('body *')]
  .filter((node) => node.getClientRects().length > 0)
  .map((node) => [node, node.getBoundingClientRect()])
  .filter(([, box]) => box.right > width + 0.5 || box.left < -0.5)
  .map(([node, box]) =>
    `${node.tagName.toLowerCase()}.${node.className} `
    + `${Math.round(box.left)}..${Math.round(box.right)}`)
  .slice(0, 10)"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_workbench_fits_a_phone(
    first_report: Database, live_server: str, browser: Any, lang: str
) -> None:
    page, errors, _ = open_page(browser, f"{live_server}/curate?lang={lang}", width=PHONE)
    draft_second_report(page)
    expect(candidate(page)).to_have_count(1)
    assert page.evaluate(OVERFLOWING, PHONE) == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert errors == []
    page.close()
