"""Grenzeloos in headless Chromium: both sides of the border and every connection render offline."""

from __future__ import annotations

import duckdb
import pytest

from tests.e2e.maps_js import MAP_LABELS_JS

pytestmark = pytest.mark.e2e

# What the browser drew of the cross-border map (a clickable picture, inside its shadow root):
# areas by side, the border's lines, and the links as lines with a size.
RENDERED_JS = """() => {
  const host = document.querySelector('.st-key-grenzeloos_view_map [data-testid^="stBidiComponent"]');
  const svg = host && host.shadowRoot && host.shadowRoot.querySelector('.cdt-layouts svg');
  if (!svg) return null;
  const sized = e => { const b = e.getBBox(); return b.width > 0 || b.height > 0; };
  const areas = [...svg.querySelectorAll('.cdt-item > path')].filter(sized)
    .map(e => e.parentElement.dataset.code);
  return {
    gemeenten: new Set(areas.filter(c => c.startsWith('GM'))).size,
    kreise: new Set(areas.filter(c => !c.startsWith('GM'))).size,
    border: [...svg.querySelectorAll('polyline')].filter(sized).length,
    links: [...svg.querySelectorAll('.cdt-item > line:first-child')].filter(sized).length,
    widths: new Set([...svg.querySelectorAll('.cdt-item > line:first-child')]
      .map(e => e.getAttribute('stroke-width'))).size,
    key: [...host.shadowRoot.querySelectorAll('.cdt-legend text')].map(e => e.textContent),
  };
}"""

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
        f"() => {{ const r = ({RENDERED_JS})(); return r && r.gemeenten === 14 && r.kreise === 9; }}",
        timeout=60_000,
    )
    return page.evaluate(RENDERED_JS)


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
    assert rendered["widths"] > 1, "lines are wider for more joint initiatives"
    expected = demo_con.execute(DIRECT_LINK_COUNT).fetchone()[0]
    assert rendered["links"] == expected, "one line per municipality-place pair in the data"
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
    assert "Grenze Deutschland–Niederlande" in rendered["key"]
    assert "Münster (kreisfreie Stadt)" in map_labels(page)


def test_pointing_at_a_line_tells_its_initiatives(live_server: str, offline_page):
    page = offline_page.page
    page.set_viewport_size({"width": 1400, "height": 2400})  # the whole map in view, no scrolling
    page.goto(f"{live_server}/grenzeloos?van=2021&tot=2026")
    wait_for_map(page)
    line = page.locator(".st-key-grenzeloos_view_map .cdt-item:has(> line)").first
    tip_lines = line.get_attribute("data-tip").split("\n")
    box = page.locator(".st-key-grenzeloos_view_map .cdt-item > line:first-child").first.bounding_box()
    page.mouse.move(5, 5)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=4)
    tip = page.locator(".st-key-grenzeloos_view_map .cdt-tip")
    tip.wait_for(state="visible", timeout=10_000)
    assert " – " in tip.text_content(), "municipality – German place"
    assert any(part.startswith("• ") for part in tip_lines), "and the initiatives' names"
