"""Thema's in headless Chromium: the matrix and the three theme maps (one chart, three geo
subplots) draw offline, one click on a municipality in the matrix lists its initiatives, and
the trend charts are drawn once their expander is opened."""

import pytest

from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

ROW_HEIGHT = 35  # Streamlit's default dataframe row (and header) height in pixels

# Per geo chart on the page: how many distinct areas each of its geo subplots drew.
DRAWN_AREAS_PER_SUBPLOT_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(p => p._fullLayout && p._fullLayout.geo)
  .map(p => p._fullLayout._subplots.geo.map(id => new Set(
    [...p._fullLayout[id]._subplot.framework.node().querySelectorAll('path.choroplethlocation')]
      .filter(e => { const b = e.getBBox(); return b.width > 0 && b.height > 0; })
      .map(e => e.__data__.loc)).size))"""

CHART_COUNT_JS = "() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot').length"


def test_themas_draws_matrix_and_three_maps_and_a_click_drills_down(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/themas?van=2023&tot=2023")
    wait_for_app(page, "Dekking per gemeente en thema, 2023")
    matrix = page.locator('[data-testid="stDataFrame"]').first
    matrix.wait_for(timeout=30_000)
    page.wait_for_function(
        f"() => JSON.stringify(({DRAWN_AREAS_PER_SUBPLOT_JS})()) === '[[14,14,14]]'", timeout=30_000
    )
    assert page.evaluate(DRAWN_AREAS_PER_SUBPLOT_JS) == [[14, 14, 14]], "one chart, three maps of 14"
    names = page.evaluate(
        "() => [...[...document.querySelectorAll('.js-plotly-plot')].find(p => p._fullLayout.geo)"
        ".querySelectorAll('.annotation-text')]"
        ".map(e => [...e.querySelectorAll('tspan.line')].map(l => l.textContent).join(' ') || e.textContent)"
    )
    assert names == ["Tijd en ruimte", "Traditie en innovatie", "Grenzeloos Twente"]
    page.wait_for_function(f"() => ({CHART_COUNT_JS})() === 2", timeout=30_000)  # maps and the score

    # Wierden is the 14th row (alphabetical); clicking its name lists all its initiatives.
    matrix.evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(500)
    box = matrix.bounding_box()
    page.mouse.click(box["x"] + 40, box["y"] + ROW_HEIGHT * 14 + ROW_HEIGHT / 2)
    wait_for_app(page, "Wierden · Alle thema's · 2023")
    assert "cel=GM0189.alle" in page.url

    # The tabs under the maps: each tab's charts are drawn once it is shown, in its place.
    assert page.evaluate(CHART_COUNT_JS) == 2
    page.get_by_role("tab", name="Disciplines en doelgroepen").click()
    page.wait_for_function(f"() => ({CHART_COUNT_JS})() === 3", timeout=30_000)  # maps, sunburst, bars
    page.get_by_role("tab", name="Ontwikkeling per jaar").click()
    wait_for_app(page, "de gekozen jaren zijn grijs")
    page.wait_for_function(f"() => ({CHART_COUNT_JS})() === 3", timeout=30_000)  # maps and two trends
