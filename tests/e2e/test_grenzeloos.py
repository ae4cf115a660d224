"""Grenzeloos in headless Chromium: both sides of the border and every connection render offline."""

from __future__ import annotations

import duckdb
import pytest

from components.crossborder_charts import ROLE_BORDER, ROLE_GEMEENTEN, ROLE_KREISE, ROLE_LINK_PREFIX

pytestmark = pytest.mark.e2e

# Per map trace (found by its role in `meta`), what MapLibre actually drew.
RENDERED_JS = """([gemeenten, kreise, border, linkPrefix]) => {
  const plots = [...document.querySelectorAll('.js-plotly-plot')];
  const plot = plots.find(p => p._fullLayout && p._fullLayout.map);
  if (!plot) return null;
  const map = plot._fullLayout.map._subplot.map;
  const ids = new Set(map.getStyle().layers.map(l => l.id));
  const rendered = id => ids.has(id) ? map.queryRenderedFeatures({layers: [id]}) : [];
  const areas = features => new Set(features.map(f => JSON.stringify(f.properties.ct))).size;
  const out = {gemeenten: 0, kreise: 0, border: 0, linkTraces: 0, linkTracesDrawn: 0, segments: 0};
  for (const trace of plot._fullData) {
    const role = trace.meta || '';
    const layer = `plotly-trace-layer-${trace.uid}`;
    if (role === gemeenten) out.gemeenten = areas(rendered(layer + '-fill'));
    if (role === kreise) out.kreise = areas(rendered(layer + '-fill'));
    if (role === border) out.border = rendered(layer + '-line').length;
    if (role.startsWith(linkPrefix)) {
      out.linkTraces += 1;
      if (rendered(layer + '-line').length > 0) out.linkTracesDrawn += 1;
      out.segments += Array.from(trace.lon).filter(v => v === null).length;
    }
  }
  return out;
}"""
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
    page.wait_for_selector(".js-plotly-plot .maplibregl-canvas", timeout=60_000)
    page.wait_for_function(
        f"() => {{ const r = ({RENDERED_JS})({ROLES!r});"
        " return r && r.gemeenten === 14 && r.kreise === 9; }",
        timeout=60_000,
    )
    return page.evaluate(RENDERED_JS, ROLES)


def map_labels(page: object) -> list[str]:
    return page.locator(".js-plotly-plot .annotation-text").evaluate_all("els => els.map(e => e.textContent)")


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
