"""In Chromium, offline: Gemeenteprofiel without a municipality; its map and its links open profiles."""

import pytest

from tests.e2e.maps_js import FIRST_MAP_AREAS_JS, MAP_LABELS_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e


def open_picker(page: object, live_server: str, lang: str = "nl") -> object:
    page.goto(f"{live_server}/gemeenteprofiel?lang={lang}")
    wait_for_app(page, "Enschede")
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    return page


def test_the_map_draws_all_14_with_their_names_and_a_click_opens_a_profile(live_server: str, offline_page):
    page = open_picker(offline_page.page, live_server)
    assert len(page.evaluate(MAP_LABELS_JS)) == 14
    page.locator('.st-key-profiel_kaart .cdt-item[data-code="GM0153"] path').click()
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0153*", timeout=30_000)
    wait_for_app(page, "Gemeente Enschede")


def test_a_link_in_the_list_opens_the_profile_and_keeps_the_language(live_server: str, offline_page):
    page = open_picker(offline_page.page, live_server, lang="de")
    page.locator('[data-testid="stMain"] a[href*="gemeente=GM0168"]').click()
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0168*", timeout=30_000)
    wait_for_app(page, "Gemeinde Losser")
    assert "lang=de" in page.url
