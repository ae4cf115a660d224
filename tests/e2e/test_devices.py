"""The devices aldermen carry: every page on a phone, a tablet and a laptop (issue 18 item 6).

Per page and size: the page opens with its content in view (on a phone behind a
collapsed sidebar), nothing scrolls sideways, no names on a map overlap, no colour bar
is taller than its map, no chart toolbar lies over other content, and axe finds no
serious or critical violation.  A screenshot of each goes to the test's tmp folder, and
to ``bench/out/screens/`` when ``CULTUUR_SCREENS`` is set (never committed).

One browser and one server for the lot; each size is one browser context.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from components.charts.svg import NARROW_CLASS, WIDE_CLASS
from tests.conftest import OfflinePage
from tests.e2e.maps_js import MAPS
from tests.e2e.test_browser import PAGES, ready_text, wait_for_app

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SCREENS_ENV = "CULTUUR_SCREENS"
SIZES = {"phone": (390, 844), "tablet": (820, 1180), "laptop": (1280, 800)}
# Where a page first opens on something with a map: Gemeenteprofiel's picker and its profile.
PATHS = {"overzicht": "", "gemeenteprofiel_gekozen": "gemeenteprofiel?gemeente=GM0153"}
DEVICE_PAGES = [*PAGES, "gemeenteprofiel_gekozen"]
# Pages whose maps of Twente alone keep every name at every size: the figures place them
# apart (LABEL_SIDES); elsewhere page_setup's check may leave out a name that would overlap.
ALL_NAMES_SHOWN = {"overzicht", "kaart", "gemeenteprofiel"}

# Every map on the page (plotly or clickable picture, maps_js.MAPS): its names' boxes (as
# drawn), the pairs that intersect, the colour bar's and the drawn areas' heights, and
# whether a plotly toolbar lies outside the chart.
MAPS_JS = (
    "() => {\n"
    + MAPS
    + """  return maps.filter(m => m.node.getBoundingClientRect().width > 0).map(m => {
    const p = m.node;
    const boxes = m.names
      .map(e => ({name: e.textContent, box: e.getBoundingClientRect()}))
      .filter(b => b.name && b.box.width > 0 && b.box.height > 0);
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box, b = boxes[j].box;
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          overlaps.push(boxes[i].name + ' / ' + boxes[j].name);
        }
      }
    }
    const areas = m.areas.map(([, e]) => e.getBoundingClientRect()).filter(r => r.height > 0);
    const top = Math.min(...areas.map(r => r.top)), bottom = Math.max(...areas.map(r => r.bottom));
    const bar = m.plotly ? p.querySelector('g.colorbar') : null;
    const chart = p.getBoundingClientRect();
    const modebar = m.plotly ? p.querySelector('.modebar') : null;
    const mb = modebar ? modebar.getBoundingClientRect() : null;
    const modebarShown = mb && mb.width > 0 && getComputedStyle(modebar).display !== 'none';
    const outside = boxes.filter(b => b.box.left < chart.left - 1 || b.box.right > chart.right + 1)
      .map(b => b.name);
    return {
      names: boxes.length,
      hidden: m.names.filter(e => e.style.display === 'none').map(e => e.textContent),
      overlaps,
      outside: m.plotly ? [] : outside,
      fontSizes: m.plotly ? [] : boxes.map(b => b.box.height),
      mapHeight: areas.length ? bottom - top : 0,
      barHeight: bar ? bar.getBoundingClientRect().height : 0,
      modebarOutside: modebarShown
        ? (mb.left < chart.left - 1 || mb.right > chart.right + 1 || mb.top < chart.top - 1) : false,
    };
  });
}"""
)

# Every map drawn on the server (an SVG picture, components/charts/svg.py): its names, as the
# browser lays the picture out at its drawn width, the pairs that intersect and the names
# that run past the picture's edge; and the picture's box.
PICTURES_JS = """async () => {
  const found = [];
  const shown = '[data-testid="stMain"] img[src^="data:image/svg+xml"]';
  for (const img of document.querySelectorAll(shown)) {
    const box = img.getBoundingClientRect();
    if (!box.width) { continue; }
    const svg = new DOMParser().parseFromString(atob(img.src.split(',')[1]), 'image/svg+xml').documentElement;
    const holder = document.createElement('div');
    holder.style.cssText = 'position:absolute;left:0;top:0;visibility:hidden;width:' + box.width + 'px';
    svg.setAttribute('width', box.width);
    holder.appendChild(document.importNode(svg, true));
    document.body.appendChild(holder);
    const drawn = holder.querySelector('svg').getBoundingClientRect();
    const names = [...holder.querySelectorAll('text')]
      .map(t => ({name: t.textContent, r: t.getBoundingClientRect()}));
    const overlaps = [], outside = [];
    names.forEach((a, i) => {
      if (a.r.left < drawn.left - 0.5 || a.r.right > drawn.right + 0.5) { outside.push(a.name); }
      names.slice(i + 1).forEach(b => {
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) {
          overlaps.push(a.name + ' / ' + b.name);
        }
      });
    });
    holder.remove();
    found.push({alt: img.alt.slice(0, 40), names: names.length, overlaps, outside,
                left: box.left, top: box.top, width: box.width});
  }
  return found;
}"""

# A rectangle of every plotly chart's toolbar that lies over another element of the page.
MODEBAR_OVER_JS = """() => [...document.querySelectorAll('.js-plotly-plot .modebar')]
  .filter(m => m.getBoundingClientRect().width > 0 && getComputedStyle(m).display !== 'none')
  .filter(m => {
    const r = m.getBoundingClientRect();
    const own = m.closest('[data-testid="stElementContainer"]') || m.closest('.js-plotly-plot');
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return [...document.elementsFromPoint(x, y)].some(e =>
      !own.contains(e) && e.closest('[data-testid="stElementContainer"]')
      && !e.closest('[data-testid="stElementContainer"]').contains(own));
  }).length"""

CONTENT_VISIBLE_JS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const h1 = main && main.querySelector('h1');
  if (!h1) { return false; }
  const r = h1.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + 20, 1), innerWidth - 1);
  const hit = document.elementFromPoint(x, r.top + r.height / 2);
  return r.right > 0 && r.left < innerWidth && !!hit && main.contains(hit);
}"""

SIDEBAR_OPEN_JS = """() => {
  const s = document.querySelector('[data-testid="stSidebar"]');
  if (!s) { return false; }
  const r = s.getBoundingClientRect();
  return r.width > 50 && r.right > 50 && getComputedStyle(s).visibility !== 'hidden';
}"""

# The sidebar has finished sliding in or out (axe, mid-slide, took it for a scrollable region).
SIDEBAR_SETTLED_JS = """() => {
  const s = document.querySelector('[data-testid="stSidebar"]');
  const r = s ? s.getBoundingClientRect() : {left: 0, width: 0};
  const now = r.left + ',' + r.width, same = window.__cdtSidebarBox === now;
  window.__cdtSidebarBox = now;
  return same;
}"""


def page_path(page_name: str) -> str:
    return PATHS.get(page_name, page_name)


def ready(page_name: str) -> str:
    return "Gemeente Enschede" if page_name == "gemeenteprofiel_gekozen" else ready_text(page_name)


@pytest.fixture(scope="module")
def device_pages(browser: object) -> Iterator[dict[str, OfflinePage]]:
    """One browser context per size, reused by every page of this module."""
    contexts = {
        size: browser.new_context(viewport={"width": w, "height": h}, locale="nl-NL")
        for size, (w, h) in SIZES.items()
    }
    pages = {size: OfflinePage(context.new_page()) for size, context in contexts.items()}
    yield pages
    for context in contexts.values():
        context.close()
    for page in pages.values():
        assert page.external_requests == [], f"requests outside localhost: {page.external_requests}"


# Geo maps each page draws when it opens (at least), so a check never runs before they are there.
MAPS_ON_OPEN = {
    "overzicht": 1,
    "kaart": 1,
    "gemeenteprofiel": 1,
    "gemeenteprofiel_gekozen": 0,  # the locator is drawn on the server (components/charts/svg.py)
    "themas": 0,  # the three theme maps are pictures drawn on the server
    "grenzeloos": 1,
    "voorbeelden": 1,
}
MAPS_DRAWN_JS = (
    "n => {\n"
    + MAPS
    + """  const plots = [...document.querySelectorAll('.js-plotly-plot')];
  const shown = maps.filter(m => m.node.getBoundingClientRect().width > 0);
  return plots.every(p => p._fullLayout) && shown.length >= n
    && shown.every(m => m.areas.some(([, e]) => e.getBoundingClientRect().height > 0));
}"""
)


SHOWN_COMPARISON_JS = """() => [...document.querySelectorAll('.st-key-profiel_vergelijking img')]
  .filter(i => i.getBoundingClientRect().width > 0).map(i => i.className)"""


def open_page(page: object, live_server: str, page_name: str) -> None:
    page.goto(f"{live_server}/{page_path(page_name)}")
    wait_for_app(page, ready(page_name))
    page.wait_for_function(MAPS_DRAWN_JS, arg=MAPS_ON_OPEN.get(page_name, 0), timeout=30_000)
    page.wait_for_function(SIDEBAR_SETTLED_JS, polling=300, timeout=10_000)
    page.wait_for_timeout(800)  # charts settle to their column's width


def save_screenshot(page: object, tmp_path: Path, name: str) -> None:
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    if os.environ.get(SCREENS_ENV):
        target = ROOT / "bench" / "out" / "screens"
        target.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("page_name", DEVICE_PAGES)
def test_page_fits_the_device(live_server: str, device_pages, tmp_path: Path, page_name: str, size: str):
    from axe_playwright_python.sync_playwright import Axe

    page = device_pages[size].page
    open_page(page, live_server, page_name)
    save_screenshot(page, tmp_path, f"{page_name}-{size}")
    assert page.locator('[data-testid="stException"]').count() == 0
    if size in ("phone", "tablet"):
        assert not page.evaluate(SIDEBAR_OPEN_JS), f"on a {size} the sidebar starts collapsed"
    if page_name == "gemeenteprofiel_gekozen":  # its locator map is a picture, not a plotly map
        box = page.locator(".st-key-profiel_locator img").bounding_box()
        assert box is not None, "the profile shows where the municipality lies"
        assert box["width"] > 80
        shown = page.evaluate(SHOWN_COMPARISON_JS)
        assert shown == [NARROW_CLASS if size == "phone" else WIDE_CLASS], (
            "one comparison, laid out for the size"
        )
    assert page.evaluate(CONTENT_VISIBLE_JS), "the page's title is in view, not behind the sidebar"

    scroll = page.evaluate("() => [document.scrollingElement.scrollWidth, innerWidth]")
    assert scroll[0] <= scroll[1], f"scrolls sideways: {scroll[0]} px content in {scroll[1]} px"

    maps = page.evaluate(MAPS_JS)
    for number, drawn in enumerate(maps):
        assert drawn["overlaps"] == [], f"map {number}: names overlap: {drawn['overlaps']}"
        if page_name in ALL_NAMES_SHOWN:
            assert drawn["hidden"] == [], f"map {number}: names left out: {drawn['hidden']}"
        if drawn["barHeight"] and drawn["mapHeight"]:
            assert drawn["barHeight"] <= drawn["mapHeight"] + 1, f"map {number}: colour bar taller: {drawn}"
        assert not drawn["modebarOutside"], f"map {number}: toolbar outside its chart"
        assert drawn["outside"] == [], f"map {number}: names cut off at its edge: {drawn['outside']}"
        # Names keep a readable size at every width (clickable_svg.NAME_SIZE), as plotly's do.
        assert all(height >= 11 for height in drawn["fontSizes"]), f"map {number}: names too small"
    assert page.evaluate(MODEBAR_OVER_JS) == 0, "a chart toolbar lies over other content"
    pictures = page.evaluate(PICTURES_JS)
    for picture in pictures:
        assert picture["overlaps"] == [], f"{picture['alt']}: names overlap: {picture['overlaps']}"
        assert picture["outside"] == [], f"{picture['alt']}: names cut off: {picture['outside']}"
    if page_name == "themas":
        maps = [p for p in pictures if p["alt"].startswith("Kaart van Twente")]
        assert len(maps) == 3, "the three theme maps"
        main_width = page.evaluate(
            "() => document.querySelector('[data-testid=\"stMainBlockContainer\"]').clientWidth"
        )
        if size == "phone":
            assert len({round(m["top"]) for m in maps}) == 3, "on a phone the maps stand below each other"
            assert all(m["width"] >= 0.8 * main_width for m in maps), "each the page's width"
        else:
            assert len({round(m["top"]) for m in maps}) == 1, "side by side"

    results = Axe().run(page).response
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_kaart_on_a_tablet_puts_the_ranking_below_a_full_width_map(live_server: str, device_pages):
    page = device_pages["tablet"].page
    open_page(page, live_server, "kaart")
    boxes = page.evaluate(
        """() => ['kaart_map', 'kaart_bar'].map(k => {
             const r = document.querySelector('.st-key-' + k).getBoundingClientRect();
             return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width};
           }).concat([document.querySelector('[data-testid="stMainBlockContainer"]')
             .getBoundingClientRect().width])"""
    )
    map_box, bar_box, main_width = boxes
    assert bar_box["top"] >= map_box["bottom"] - 1, "the ranking sits below the map"
    assert map_box["width"] >= 0.85 * main_width, "the map takes the page's width"


def test_presentation_fills_a_tablet_in_landscape(live_server: str, browser: object):
    context = browser.new_context(viewport={"width": 1180, "height": 820}, locale="nl-NL")
    try:
        page = OfflinePage(context.new_page())
        page.page.goto(f"{live_server}/presenteren?modus=1&dias=deelname,grenzeloos")
        wait_for_app(page.page)
        page.page.wait_for_function(
            "() => document.querySelector('.js-plotly-plot')?._fullLayout", timeout=30_000
        )
        page.page.wait_for_timeout(800)
        widths = page.page.evaluate(
            """() => [document.querySelector('.js-plotly-plot').getBoundingClientRect().width,
                      document.querySelector('h2.cdt-title').getBoundingClientRect().width, innerWidth,
                      document.scrollingElement.scrollWidth]"""
        )
        chart, title, inner, scroll = widths
        assert chart >= 0.85 * inner, f"the slide's chart is {chart} px of {inner}"
        assert title >= 0.85 * inner
        assert scroll <= inner
        assert page.external_requests == []
    finally:
        context.close()
