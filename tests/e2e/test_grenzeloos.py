"""Grenzeloos in headless Chromium: both sides of the border and every connection render offline."""

from __future__ import annotations

import duckdb
import pytest

from components.charts.grenzeloos import ROLE_BORDER, ROLE_GEMEENTEN, ROLE_KREISE, ROLE_LINK_PREFIX
from tests.e2e.maps_js import FIRST_MAP, MAP_LABELS_JS

pytestmark = pytest.mark.e2e

# Per map trace (found by its role in `meta`), what the browser actually drew as SVG.
RENDERED_JS = (
    "([gemeenten, kreise, border, linkPrefix]) => {\n"
    + FIRST_MAP
    + """  if (!plot) return null;
  const sized = e => { const b = e.getBBox(); return b.width > 0 || b.height > 0; };
  const out = {gemeenten: 0, kreise: 0, border: 0, linkTraces: 0, linkTracesDrawn: 0, segments: 0};
  for (const group of plot.querySelectorAll('g.trace')) {
    const trace = group.__data__ && group.__data__[0] && group.__data__[0].trace;
    const role = (trace && trace.meta) || '';
    const areas = () => new Set([...group.querySelectorAll('path.choroplethlocation')]
      .filter(sized).map(e => e.__data__.loc)).size;
    const lines = () => [...group.querySelectorAll('path.js-line')].filter(sized).length;
    if (role === gemeenten) out.gemeenten = areas();
    if (role === kreise) out.kreise = areas();
    if (role === border) out.border = lines();
    if (role.startsWith(linkPrefix)) {
      out.linkTraces += 1;
      if (lines() > 0) out.linkTracesDrawn += 1;
      out.segments += Array.from(trace.lon).filter(v => v === null).length;
    }
  }
  return out;
}"""
)
ROLES = [ROLE_GEMEENTEN, ROLE_KREISE, ROLE_BORDER, ROLE_LINK_PREFIX]

# Every (municipality, German place) pair of initiatives running in 2021-2026, written out apart
# from data/crossborder.py.  The server's database is built from the same seed as `demo_con`.
DIRECT_LINK_COUNT = """
SELECT count(*) FROM (
    SELECT DISTINCT ig.gemeente_code, p.plaats
    FROM initiatief i
    JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
    JOIN initiatief_partner ip ON ip.initiatief_id = i.id
    JOIN partner p ON p.id = ip.partner_id
    WHERE p.land = 'DE' AND i.eindjaar >= 2021 AND i.startjaar <= 2026
)
"""


def wait_for_map(page: object) -> dict:
    page.wait_for_function(
        f"() => {{ const r = ({RENDERED_JS})({ROLES!r});"
        " return r && r.gemeenten === 14 && r.kreise === 9; }",
        timeout=60_000,
    )
    return page.evaluate(RENDERED_JS, ROLES)


def map_labels(page: object) -> list[str]:
    return page.evaluate(MAP_LABELS_JS)


def test_map_renders_both_sides_the_border_and_every_connection(
    live_server: str, offline_page, demo_con: duckdb.DuckDBPyConnection
):
    page = offline_page.page
    page.goto(f"{live_server}/grenzeloos?van=2021&tot=2026")
    rendered = wait_for_map(page)
    assert rendered["gemeenten"] == 14, "all Twente municipalities are drawn"
    assert rendered["kreise"] == 9, "all German EUREGIO districts are drawn"
    assert rendered["border"] > 0, "the border line is drawn"
    assert rendered["linkTraces"] > 0
    assert rendered["linkTracesDrawn"] == rendered["linkTraces"], "every line width class is drawn"
    expected = demo_con.execute(DIRECT_LINK_COUNT).fetchone()[0]
    assert rendered["segments"] == expected, "one line per municipality-place pair in the data"
    labels = map_labels(page)
    assert {"Kreis Borken", "Landkreis Grafschaft Bentheim", "Gronau (Westf.)", "Nordhorn"} <= set(labels)


def test_the_page_and_map_read_in_german(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/grenzeloos?lang=de")
    rendered = wait_for_map(page)
    assert (rendered["gemeenten"], rendered["kreise"]) == (14, 9)
    assert page.locator("h1").first.inner_text() == "Grenzenlos"
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Verbindungen über die Grenze" in main
    assert "Demodaten" in main
    legend = page.locator(".js-plotly-plot .legendtext").evaluate_all("els => els.map(e => e.textContent)")
    assert "Grenze Deutschland–Niederlande" in legend
    assert "Münster (kreisfreie Stadt)" in map_labels(page)
