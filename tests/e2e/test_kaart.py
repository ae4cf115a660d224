"""In Chromium: hovering a municipality on the map tells its figure; a click opens its profile."""

import pytest

from tests.e2e.maps_js import FIRST_MAP_AREAS_JS, PIXEL_OF_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e


def open_museum_map(page: object, live_server: str) -> object:
    """Kaart with museum visits, once all 14 municipalities are drawn."""
    page.goto(f"{live_server}/kaart?indicator=museumbezoek")
    wait_for_app(page, "Museumbezoek in")
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    return page


def test_clicking_enschede_on_the_map_opens_its_profile(live_server: str, offline_page):
    page = open_museum_map(offline_page.page, live_server)
    x, y = page.evaluate(PIXEL_OF_JS, [6.89, 52.20])  # a spot inside Enschede
    page.mouse.click(x, y)
    page.wait_for_url("**/gemeenteprofiel?*gemeente=GM0153*", timeout=30_000)
    wait_for_app(page, "Gemeente Enschede")


def test_hovering_enschede_shows_its_name_value_and_rank_even_under_its_label(live_server: str, offline_page):
    page = open_museum_map(offline_page.page, live_server)
    for spot in ([6.89, 52.20], [6.89, 52.22]):  # inside Enschede; the second near its name
        x, y = page.evaluate(PIXEL_OF_JS, spot)
        page.mouse.move(x, y)
        hover = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
        hover.wait_for(timeout=10_000)
        text = hover.text_content()
        assert "Enschede" in text
        assert "van 14" in text, text
        page.mouse.move(5, 5)


def test_a_drag_or_the_wheel_leaves_the_map_where_it_is(live_server: str, offline_page):
    """A slip of the touchpad in front of the room must not push Twente out of view."""
    page = open_museum_map(offline_page.page, live_server)
    x, y = page.evaluate(PIXEL_OF_JS, [6.89, 52.20])
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y + 80, steps=10)
    page.mouse.up()
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(500)
    assert page.evaluate(PIXEL_OF_JS, [6.89, 52.20]) == [x, y]
    assert "/kaart" in page.url, "a drag is not a click"


def test_profile_link_by_name_and_unknown_name(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/gemeenteprofiel?gemeente=hof%20v.%20twente")
    wait_for_app(page, "Gemeente Hof van Twente")
    page.goto(f"{live_server}/gemeenteprofiel?gemeente=Atlantis")
    wait_for_app(page, "'Atlantis' is geen Twentse gemeente")
