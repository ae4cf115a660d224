"""In Chromium: hovering a municipality on the map tells its figure; a click opens its profile."""

import pytest

from tests.e2e.maps_js import FIRST_MAP_AREAS_JS
from tests.e2e.test_browser import wait_for_app

# Enschede's area on Kaart's map and its bar in the ranking (clickable pictures).
ENSCHEDE_AREA = '.st-key-kaart_map .cdt-item[data-code="GM0153"] path'
ENSCHEDE_BAR = '.st-key-kaart_bar .cdt-item[data-code="GM0153"]'
TIP = ".st-key-kaart_map .cdt-tip"
MAP_SVG = ".st-key-kaart_map .cdt-layouts svg"

pytestmark = pytest.mark.e2e


def open_museum_map(page: object, live_server: str) -> object:
    """Kaart with museum visits, once all 14 municipalities are drawn."""
    page.goto(f"{live_server}/kaart?indicator=museumbezoek")
    wait_for_app(page, "Museumbezoek in")
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    return page


def test_clicking_enschede_on_the_map_opens_its_profile(live_server: str, offline_page):
    page = open_museum_map(offline_page.page, live_server)
    page.locator(ENSCHEDE_AREA).click()
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0153*", timeout=30_000)
    wait_for_app(page, "Gemeente Enschede")


def test_clicking_enschede_in_the_ranking_opens_its_profile(live_server: str, offline_page):
    page = open_museum_map(offline_page.page, live_server)
    page.locator(ENSCHEDE_BAR).click()
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0153*", timeout=30_000)
    wait_for_app(page, "Gemeente Enschede")


def test_the_keyboard_reaches_a_municipality_and_enter_opens_it(live_server: str, offline_page):
    """No mouse needed: Tab reaches each area, focus shows its tip, Enter opens the profile."""
    page = open_museum_map(offline_page.page, live_server)
    page.locator(ENSCHEDE_AREA).locator("..").focus()
    tip = page.locator(TIP)
    tip.wait_for(state="visible", timeout=10_000)
    assert tip.text_content().startswith("Enschede")
    page.keyboard.press("Enter")
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0153*", timeout=30_000)


def test_hovering_enschede_shows_its_name_value_and_rank_even_under_its_label(live_server: str, offline_page):
    page = open_museum_map(offline_page.page, live_server)
    area = page.locator(ENSCHEDE_AREA)
    label = page.locator('.st-key-kaart_map .cdt-name:text-is("Enschede")')
    for target in (area, label):  # inside Enschede, and on its name (which lets the pointer through)
        box = target.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        tip = page.locator(TIP)
        tip.wait_for(state="visible", timeout=10_000)
        text = tip.text_content()
        assert text.startswith("Enschede"), text
        assert "van 14" in text, text
        page.mouse.move(5, 5)
        tip.wait_for(state="hidden", timeout=10_000)


def test_a_drag_or_the_wheel_leaves_the_map_where_it_is(live_server: str, offline_page):
    """A slip of the touchpad in front of the room must not push Twente out of view."""
    page = open_museum_map(offline_page.page, live_server)

    def within_map() -> list[float]:
        """Enschede's box relative to the map's: unchanged unless the map panned or zoomed."""
        area, whole = page.locator(ENSCHEDE_AREA).bounding_box(), page.locator(MAP_SVG).bounding_box()
        return [round(area[k] - whole[k], 1) for k in ("x", "y")] + [round(area["width"], 1)]

    before = within_map()
    box = page.locator(ENSCHEDE_AREA).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y + 80, steps=10)
    page.mouse.up()
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(500)
    assert within_map() == before
    assert "/kaart" in page.url, "a drag is not a click"


def test_profile_link_by_name_and_unknown_name(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/gemeenteprofiel?gemeente=hof%20v.%20twente")
    wait_for_app(page, "Gemeente Hof van Twente")
    page.goto(f"{live_server}/gemeenteprofiel?gemeente=Atlantis")
    wait_for_app(page, "'Atlantis' is geen Twentse gemeente")
