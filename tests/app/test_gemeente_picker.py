"""Gemeenteprofiel's first visit: every municipality on a clickable map and as a link with its URL."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import cache
from components.charts.palette import PICK_COLOUR
from data.reference import GEMEENTEN
from tests.conftest import clickable_pictures, picture_items

ROOT = Path(__file__).resolve().parents[2]


def open_profile(**query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.switch_page("app_pages/gemeenteprofiel.py").run()
    assert not app.exception, app.exception
    return app


def profile_links(app: AppTest) -> list[tuple[str, str, str]]:
    """(page, query string, label) of every link in the page's main area that names a municipality."""
    links = [e.proto for e in app.main.get("page_link")]
    return [(link.page, link.query_string, link.label) for link in links if "gemeente=" in link.query_string]


def picker_map(app: AppTest) -> str | None:
    """The picker's map as the page sends it (a clickable picture), or None."""
    return clickable_pictures(app).get("profiel_kaart")


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("lang", ["nl", "de"])
def test_without_a_municipality_the_page_lists_all_14_with_their_urls_and_a_map(lang: str):
    app = open_profile(lang=lang)
    links = profile_links(app)
    assert sorted(links) == sorted(
        ("gemeenteprofiel", f"gemeente={g.code}&lang={lang}", g.naam) for g in GEMEENTEN
    )
    markup = picker_map(app)
    assert not app.main.get("plotly_chart"), "no plotly.js for the picker"
    areas = picture_items(markup)
    assert sorted(areas) == sorted(g.code for g in GEMEENTEN)
    assert {fill for fill, _ in areas.values()} == {PICK_COLOUR}, "a map to choose from, not a data map"
    assert markup.count('role="button"') == 14, "each municipality is a button the keyboard reaches"
    names = re.findall(r'<text class="cdt-name"[^>]*>([^<]+)</text>', markup)
    assert sorted(names) == sorted(g.naam for g in GEMEENTEN)
    assert app.selectbox(key="profiel_keuze").value is None, "the chooser is still there"


@pytest.mark.usefixtures("app_env")
def test_the_chooser_still_opens_a_profile():
    app = open_profile()
    app.selectbox(key="profiel_keuze").select("GM0173").run()
    assert app.title[0].value == "Gemeente Oldenzaal"


@pytest.mark.usefixtures("app_env")
def test_without_boundaries_the_list_is_there_and_no_map(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(cache, "boundary_problem", lambda: "Kaartgrenzen niet gevonden")
    app = open_profile()
    assert len(profile_links(app)) == 14
    assert picker_map(app) is None
