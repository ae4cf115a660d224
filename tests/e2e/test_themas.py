"""Thema's in headless Chromium: the matrix and three small-multiple maps draw offline,
and one click on a municipality in the matrix lists its initiatives."""

import pytest

from tests.e2e.maps_js import DRAWN_AREAS_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

ROW_HEIGHT = 35  # Streamlit's default dataframe row (and header) height in pixels


def test_themas_draws_matrix_and_three_maps_and_a_click_drills_down(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/themas?van=2023&tot=2023")
    wait_for_app(page, "Dekking per gemeente en thema, 2023")
    matrix = page.locator('[data-testid="stDataFrame"]').first
    matrix.wait_for(timeout=30_000)
    page.wait_for_function(f"() => ({DRAWN_AREAS_JS})().length === 3", timeout=30_000)
    page.wait_for_function(f"() => ({DRAWN_AREAS_JS})().every(n => n === 14)", timeout=30_000)
    assert page.evaluate(DRAWN_AREAS_JS) == [14, 14, 14]

    # Wierden is the 14th row (alphabetical); clicking its name lists all its initiatives.
    matrix.evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(500)
    box = matrix.bounding_box()
    page.mouse.click(box["x"] + 40, box["y"] + ROW_HEIGHT * 14 + ROW_HEIGHT / 2)
    wait_for_app(page, "Wierden · Alle thema's · 2023")
    assert "cel=GM0189.alle" in page.url
