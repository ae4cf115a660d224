"""Voorbeelden in headless Chromium, offline: every card and its small map draw, a link opens one
example, the theme filter works, no contact data shows, and the examples go into the deck."""

from __future__ import annotations

import io
import re

import duckdb
import pytest
from pptx import Presentation
from pypdf import PdfReader

from components.charts.palette import THEME_COLOURS
from data import cocreation
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}")

# Per card (container key voorbeeld_kaart_<n>), in page order: its name, and what its map drew:
# the distinct areas, and those filled in a given colour (the example's municipalities).
CARDS_JS = """(colour) => [...document.querySelectorAll('.stVerticalBlock[class*="st-key-voorbeeld_kaart_"]')]
  .map(card => {
  const plot = [...card.querySelectorAll('.js-plotly-plot')].find(p => p._fullLayout && p._fullLayout.geo);
  const sized = e => { const b = e.getBBox(); return b.width > 0 && b.height > 0; };
  const areas = plot ? [...plot.querySelectorAll('path.choroplethlocation')].filter(sized) : [];
  const fill = e => getComputedStyle(e).fill.replace(/\\s/g, '');
  return {
    name: (card.querySelector('h2') || {}).textContent || '',
    areas: new Set(areas.map(e => e.__data__.loc)).size,
    coloured: new Set(areas.filter(e => fill(e) === colour).map(e => e.__data__.loc)).size,
    places: plot ? plot.querySelectorAll('g.trace.scattergeo text').length : 0,
  };
})"""


def rgb(hex_colour: str) -> str:
    value = hex_colour.lstrip("#")
    return "rgb({},{},{})".format(*(int(value[i : i + 2], 16) for i in (0, 2, 4)))


@pytest.fixture
def examples(demo_con: duckdb.DuckDBPyConnection):
    """The server's store is built from the same seed: the same examples."""
    return cocreation.examples(demo_con)


def cards(page, colour: str = "") -> list[dict]:
    return page.evaluate(CARDS_JS, colour)


def wait_for_cards(page, count: int) -> None:
    page.wait_for_function(
        f"() => {{ const c = ({CARDS_JS})('');"
        f" return c.length === {count} && c.every(x => x.areas >= 14); }}",
        timeout=60_000,
    )


def test_every_card_and_its_map_draw_with_the_examples_municipalities_coloured(
    live_server, offline_page, examples
):
    page = offline_page.page
    page.goto(f"{live_server}/voorbeelden")
    wait_for_app(page)
    wait_for_cards(page, len(examples))
    assert [c["name"] for c in cards(page)] == list(examples["naam"])
    for theme, colour in THEME_COLOURS.items():
        drawn = cards(page, rgb(colour))
        for card, row in zip(drawn, examples.itertuples(), strict=True):
            if row.thema == theme:
                assert card["coloured"] == len(row.gemeenten), f"{row.naam}: its municipalities in its colour"
    main = page.locator('[data-testid="stMain"]').inner_text()
    for row in examples.itertuples():
        assert row.verhaal in main
    assert main.count("GeoBasis-DE") == len(examples), "the boundary credit under every map"
    assert not EMAIL.search(main), "no contact data on the page"


def test_a_link_opens_one_example_and_the_theme_filter_narrows_the_rest(live_server, offline_page, examples):
    page = offline_page.page
    chosen = examples.iloc[2]
    page.goto(f"{live_server}/voorbeelden?voorbeeld={chosen['id']}")
    wait_for_app(page)
    wait_for_cards(page, 1)
    assert cards(page)[0]["name"] == chosen["naam"]
    page.get_by_role("button", name="Alle voorbeelden tonen").click()
    wait_for_cards(page, len(examples))
    assert "voorbeeld=" not in page.url

    page.get_by_role("button", name="Grenzeloos Twente", exact=True).click()
    expected = list(examples.loc[examples["thema"] == "grenzeloos", "naam"])
    wait_for_cards(page, len(expected))
    assert [c["name"] for c in cards(page)] == expected
    assert all(c["places"] > 0 for c in cards(page)), "the cross-border examples show their German places"

    first = page.get_by_role("link", name="Link naar dit voorbeeld").first
    first.click()
    wait_for_cards(page, 1)
    first_id = examples.loc[examples["naam"] == expected[0], "id"].iloc[0]
    assert f"voorbeeld={first_id}" in page.url


def test_the_single_example_view_has_no_serious_accessibility_violations(live_server, offline_page, examples):
    from axe_playwright_python.sync_playwright import Axe

    page = offline_page.page
    page.goto(f"{live_server}/voorbeelden?voorbeeld={examples.iloc[0]['id']}&lang=de")
    wait_for_app(page, "Beispiele")
    wait_for_cards(page, 1)
    results = Axe().run(page).response
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_the_examples_are_in_the_deck_with_their_stories_and_no_contact_data(
    live_server, offline_page, examples
):
    page = offline_page.page
    page.goto(f"{live_server}/presenteren?dias=voorbeelden&jaar=2024")
    wait_for_app(page)
    page.wait_for_function(
        "t => { const h = document.querySelector('h2.cdt-title'); return h && h.textContent === t; }",
        arg=str(examples.iloc[0]["naam"]),
        timeout=60_000,
    )
    page.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot')].some(p => p._fullLayout && p._fullLayout.geo"
        " && p.querySelectorAll('path.choroplethlocation').length >= 14)",
        timeout=60_000,
    )
    files = {}
    for label in ("PowerPoint", "PDF"):
        with page.expect_download(timeout=180_000) as download:
            page.get_by_role("button", name=f"{label} downloaden").click()
        files[label] = download.value.path().read_bytes()
    deck = Presentation(io.BytesIO(files["PowerPoint"]))
    assert len(deck.slides) == len(examples)
    for slide, row in zip(deck.slides, examples.itertuples(), strict=True):
        assert slide.shapes.title.text == row.naam
        assert row.verhaal in slide.notes_slide.notes_text_frame.text
    pdf = PdfReader(io.BytesIO(files["PDF"]))
    assert len(pdf.pages) == len(examples)
    text = " ".join(p.extract_text() for p in pdf.pages)
    notes = " ".join(
        str(a.get_object().get("/Contents", "")) for p in pdf.pages for a in (p.get("/Annots") or [])
    )
    assert all(row.verhaal in notes for row in examples.itertuples()), "the PDF carries the story as a note"
    everything = text + notes + " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides)
    assert not EMAIL.search(everything), "no contact data in the deck"
