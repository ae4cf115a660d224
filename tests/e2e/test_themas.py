"""Thema's in headless Chromium: the matrix and the three theme maps (pictures drawn on the
server) show offline, one click on a municipality in the matrix lists its initiatives, and
the charts of each tab under the maps are drawn once the tab is shown."""

import pytest

from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

ROW_HEIGHT = 35  # Streamlit's default dataframe row (and header) height in pixels

# The theme maps as the browser shows them: per picture its caption, alt text and drawn size.
THEME_MAPS_JS = """() => [...document.querySelectorAll('.st-key-themas_maps figure')].map(f => {
  const img = f.querySelector('img'), box = img.getBoundingClientRect();
  return {title: f.querySelector('figcaption').textContent, alt: img.alt,
          drawn: img.complete && img.naturalWidth > 0, width: box.width, top: box.top};
})"""

CHART_COUNT_JS = "() => document.querySelectorAll('[data-testid=\"stPlotlyChart\"] .js-plotly-plot').length"


def test_themas_draws_matrix_and_three_maps_and_a_click_drills_down(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/themas?van=2023&tot=2023")
    wait_for_app(page, "Dekking per gemeente en thema, 2023")
    matrix = page.locator('[data-testid="stDataFrame"]').first
    matrix.wait_for(timeout=30_000)
    page.wait_for_function(f"() => ({THEME_MAPS_JS})().filter(m => m.drawn).length === 3", timeout=30_000)
    maps = page.evaluate(THEME_MAPS_JS)
    assert [m["title"] for m in maps] == ["Tijd en ruimte", "Traditie en innovatie", "Grenzeloos Twente"]
    assert all(m["alt"].startswith(f"Kaart van Twente, {m['title']}: Almelo: ") for m in maps)
    assert len({round(m["top"]) for m in maps}) == 1, "side by side on a laptop"
    assert all(m["width"] > 200 for m in maps)
    assert page.locator(".st-key-themas_dekking_chart img").get_attribute("alt").startswith("Dekkingsscore: ")
    assert page.evaluate(CHART_COUNT_JS) == 0, "no plotly chart in the first view"

    # Wierden is the 14th row (alphabetical); clicking its name lists all its initiatives.
    matrix.evaluate("el => el.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(500)
    box = matrix.bounding_box()
    page.mouse.click(box["x"] + 40, box["y"] + ROW_HEIGHT * 14 + ROW_HEIGHT / 2)
    wait_for_app(page, "Wierden · Alle thema's · 2023")
    assert "cel=GM0189.alle" in page.url

    # The tabs under the maps: each tab's charts are drawn once it is shown, in its place.
    assert page.evaluate(CHART_COUNT_JS) == 0
    page.get_by_role("tab", name="Disciplines en doelgroepen").click()
    page.wait_for_function(f"() => ({CHART_COUNT_JS})() === 2", timeout=30_000)  # sunburst, bars
    page.get_by_role("tab", name="Ontwikkeling per jaar").click()
    wait_for_app(page, "de gekozen jaren zijn grijs")
    page.wait_for_function(f"() => ({CHART_COUNT_JS})() === 2", timeout=30_000)  # the two trends
