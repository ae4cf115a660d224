"""Thema's in headless Chromium: the matrix and three small-multiple maps draw offline,
and one click on a municipality in the matrix lists its initiatives."""

import pytest

from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

# Per map on the page: how many distinct municipalities MapLibre actually drew.
AREAS_PER_MAP_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(p => p._fullLayout && p._fullLayout.map)
  .map(p => {
    const map = p._fullLayout.map._subplot && p._fullLayout.map._subplot.map;
    if (!map || !map.getStyle()) return 0;
    const fills = map.getStyle().layers.filter(l => l.type === 'fill').map(l => l.id);
    const features = map.queryRenderedFeatures({layers: fills});
    return new Set(features.map(f => f.properties.ct ? JSON.stringify(f.properties.ct) : f.id)).size;
  })"""
ROW_HEIGHT = 35  # Streamlit's default dataframe row (and header) height in pixels


def test_themas_draws_matrix_and_three_maps_and_a_click_drills_down(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/themas?van=2023&tot=2023")
    wait_for_app(page, "Dekking per gemeente en thema, 2023")
    matrix = page.locator('[data-testid="stDataFrame"]').first
    matrix.wait_for(timeout=30_000)
    page.wait_for_function(f"() => ({AREAS_PER_MAP_JS})().length === 3", timeout=30_000)
    page.wait_for_function(f"() => ({AREAS_PER_MAP_JS})().every(n => n === 14)", timeout=30_000)
    assert page.evaluate(AREAS_PER_MAP_JS) == [14, 14, 14]

    # Wierden is the 14th row (alphabetical); clicking its name lists all its initiatives.
    matrix.evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(500)
    box = matrix.bounding_box()
    page.mouse.click(box["x"] + 40, box["y"] + ROW_HEIGHT * 14 + ROW_HEIGHT / 2)
    wait_for_app(page, "Wierden · Alle thema's · 2023")
    assert "cel=GM0189.alle" in page.url
