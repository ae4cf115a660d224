"""Initiatieven and Verkennen in headless Chromium, with no request outside localhost."""

from pathlib import Path

import pytest

from data.store import connect
from tests.e2e.maps_js import FIRST_MAP_AREAS_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e


def test_a_shared_link_opens_the_search_and_the_initiative(live_server: str, offline_page, demo_db_path):
    con = connect(demo_db_path)
    initiative_id, name, gemeente = con.execute(
        """SELECT i.id, i.naam, min(ig.gemeente_code) FROM initiatief i
           JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE i.naam LIKE 'Café%' GROUP BY ALL ORDER BY i.naam, i.id LIMIT 1"""
    ).fetchone()
    con.close()
    page = offline_page.page
    page.goto(f"{live_server}/initiatieven?zoek=cafe&initiatief={initiative_id}")
    wait_for_app(page, name)
    main = page.locator('[data-testid="stMain"]')
    assert page.locator('[data-testid="stException"]').count() == 0
    assert " van 480 initiatieven" in main.inner_text()
    assert main.get_by_role("heading", name=name).count() == 1
    link = main.locator(f'a[href*="gemeenteprofiel?gemeente={gemeente}"]')
    link.first.wait_for(state="attached", timeout=15_000)  # the links render after the heading
    assert link.count() == 1


def test_verkennen_map_renders_offline_and_downloads_a_png(live_server: str, offline_page, tmp_path: Path):
    page = offline_page.page
    page.goto(
        f"{live_server}/verkennen?maat=cultuurdeelname&agg=mean&rij=gemeente&grafiek=map&van=2023&tot=2023"
    )
    wait_for_app(page, "Kopieer link")
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    with page.expect_download(timeout=60_000) as download_info:
        page.get_by_role("button", name="Grafiek als PNG").click()
    target = tmp_path / "chart.png"
    download_info.value.save_as(target)
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert target.stat().st_size > 10_000


def test_the_filters_button_opens_the_panel_and_the_line_beside_it_follows(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/initiatieven")
    wait_for_app(page, "480 van 480 initiatieven")
    main = page.locator('[data-testid="stMain"]')
    assert main.get_by_text("2021–2026 · alle initiatieven").count() == 1
    assert page.get_by_label("Discipline", exact=True).count() == 0, "the panel's widgets wait until opened"
    main.get_by_role("button", name="Filters").click()
    field = page.get_by_label("Discipline", exact=True)
    field.click()
    field.fill("Erfgoed")
    page.get_by_role("option", name="Erfgoed", exact=True).click()
    page.keyboard.press("Escape")
    wait_for_app(page, "2021–2026 · Discipline: Erfgoed")
    assert "discipline=erfgoed" in page.url
    assert "480 van 480 initiatieven" not in main.inner_text(), "the list follows the filter"
    assert page.locator('[data-testid="stException"]').count() == 0
