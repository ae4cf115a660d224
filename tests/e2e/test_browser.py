"""Browser tests: the real app in headless Chromium, with no request outside localhost."""

from pathlib import Path

import pytest

from tests.e2e.maps_js import FIRST_MAP_AREAS_JS, MAP_LABELS_JS

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.stem for p in (ROOT / "app_pages").glob("*.py"))


def wait_for_app(page: object, text: str = "Demodata") -> None:
    """Wait until the page has rendered ``text`` (by default the demo banner) in its main area."""
    page.wait_for_function(
        "t => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return m && m.innerText.includes(t); }",
        arg=text,
        timeout=30_000,
    )


# Pages without figures of the store (no demo banner): what shows once they are drawn.
NO_FIGURES_TITLE = {
    "data_beheer": "page.data_beheer",
    "gemeenteprofiel": "page.gemeenteprofiel",
    "initiatief_aanmelden": "page.initiatief_aanmelden",
    "over_de_data": "over.title",
}
BANNER = {"nl": "Demodata", "en": "Demo data"}


def ready_text(page_name: str, lang: str = "nl") -> str:
    """The demo banner where the page shows demo figures, else the page's title."""
    from data.i18n import translate

    key = NO_FIGURES_TITLE.get(page_name)
    return translate(key, lang) if key else BANNER[lang]


@pytest.mark.parametrize("page_name", PAGES)
def test_every_page_loads_without_error(live_server: str, offline_page, page_name: str):
    page = offline_page.page
    path = "" if page_name == "overzicht" else page_name
    page.goto(f"{live_server}/{path}")
    wait_for_app(page, ready_text(page_name))
    assert page.locator('[data-testid="stException"]').count() == 0
    shows_banner = "Demodata" in page.locator('[data-testid="stMain"]').inner_text()
    assert shows_banner == (page_name not in NO_FIGURES_TITLE)
    # Reached through app.py: the shared sidebar with language and year is there.
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stSidebar\"]').innerText.includes('Taal')",
        timeout=15_000,
    )


def test_overzicht_map_renders_the_fourteen_municipalities(live_server: str, offline_page):
    page = offline_page.page
    page.goto(live_server)
    wait_for_app(page)
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    assert page.evaluate(FIRST_MAP_AREAS_JS) == 14
    labels = page.evaluate(MAP_LABELS_JS)
    assert "Enschede" in labels
    assert len(labels) == 14


def test_year_from_the_url_and_language_switch(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/?jaar=2022")
    wait_for_app(page, "Cultuur in Twente in 2022")
    page.get_by_text("EN", exact=True).click()
    page.wait_for_function(
        "() => document.querySelector('h1') && document.querySelector('h1').innerText.startsWith('Culture')",
        timeout=20_000,
    )
    assert "lang=en" in page.url
    assert "jaar=2022" in page.url
