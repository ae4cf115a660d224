"""Gemeenteprofiel's first visit: every municipality on a clickable map and as a link with its URL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.elements.plotly_chart import PlotlySelectionState, PlotlyState
from streamlit.testing.v1 import AppTest

from components import cache
from components.charts.maps import BASE_MAP_URL
from data.reference import GEMEENTEN
from tests.conftest import decode_plotly_array

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


def geo_maps(app: AppTest) -> list[tuple[dict, dict]]:
    charts = [e.proto for e in app.main.get("plotly_chart")]
    return [
        (json.loads(c.spec), json.loads(c.config)) for c in charts if "geo" in json.loads(c.spec)["layout"]
    ]


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("lang", ["nl", "de"])
def test_without_a_municipality_the_page_lists_all_14_with_their_urls_and_a_map(lang: str):
    app = open_profile(lang=lang)
    links = profile_links(app)
    assert sorted(links) == sorted(
        ("gemeenteprofiel", f"gemeente={g.code}&lang={lang}", g.naam) for g in GEMEENTEN
    )
    (figure, config), *others = geo_maps(app)
    assert not others
    assert config["topojsonURL"] == BASE_MAP_URL, "the base map comes from the app, not a CDN"
    areas = figure["data"][0]
    assert sorted(decode_plotly_array(areas["locations"])) == sorted(g.code for g in GEMEENTEN)
    assert [row[0] for row in areas["customdata"]] == [g.code for g in GEMEENTEN]
    names = figure["data"][1]
    assert names["mode"] == "text"
    assert sorted(names["text"]) == sorted(g.naam for g in GEMEENTEN)
    assert app.selectbox(key="profiel_keuze").value is None, "the chooser is still there"


@pytest.mark.usefixtures("app_env")
def test_clicking_a_municipality_on_the_map_opens_its_profile():
    app = open_profile()
    point = {"customdata": ["GM0153"], "location": "GM0153", "point_index": 3}
    app.session_state["profiel_kaart"] = PlotlyState(
        {"selection": PlotlySelectionState({"points": [point], "point_indices": [3], "box": [], "lasso": []})}
    )
    app.run()
    assert not app.exception, app.exception
    assert app.title[0].value == "Gemeente Enschede"
    assert app.query_params["gemeente"] == "GM0153"


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
    assert geo_maps(app) == []
