"""App-level tests: every registered page runs, and Overzicht shows the right numbers."""

import json
import re
import tomllib
from pathlib import Path

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from components.charts.maps import BASE_MAP_URL
from data.formatting import format_number
from tests.expected import year_totals

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py"))


def open_app(page: str | None = None, **query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(f"app_pages/{page}").run()
    return app


def as_read(markdown: object) -> str:
    """Markdown source as a reader sees it: escapes and the invisible anti-autolink joiner removed."""
    return re.sub(r"\\(.)", r"\1", str(markdown)).replace("\u2060", "")


def all_text(app: AppTest) -> str:
    parts = [e.value for e in app.markdown] + [e.value for e in app.title] + [e.value for e in app.caption]
    parts += [e.body for e in app.warning] + [e.body for e in app.info] + [e.value for e in app.subheader]
    return "\n".join(as_read(p) for p in parts)


# Pages that show no figures of the store they read, so no demo banner either.
NO_FIGURES = {
    "data_beheer.py",
    "over_de_data.py",
    "gemeenteprofiel.py",  # the profile: until one is chosen
    "initiatief_aanmelden.py",
}


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception(page: str):
    app = open_app(page)
    assert not app.exception, app.exception
    assert app.title, "every page has a title"
    banner = any(w.body.startswith("Demodata") for w in app.warning)
    assert banner == (page not in NO_FIGURES), "the demo banner is exactly where demo figures are shown"


@pytest.mark.usefixtures("app_env")
def test_a_chosen_municipality_profile_shows_the_demo_banner():
    app = open_app("gemeenteprofiel.py", gemeente="GM0153")
    assert any(w.body.startswith("Demodata") for w in app.warning)


@pytest.mark.usefixtures("app_env")
def test_overzicht_tiles_match_a_direct_query(demo_con: duckdb.DuckDBPyConnection):
    app = open_app()
    year = app.sidebar.selectbox[0].value
    expected = year_totals(demo_con, year)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Initiatieven"] == format_number(expected.initiatives, 0, "nl")
    assert metrics["Deelnemers bereikt"] == format_number(expected.participants, 0, "nl")
    assert metrics["Grensoverschrijdend"] == f"{format_number(expected.cross_border_share * 100, 0, 'nl')}%"
    assert (
        metrics["Gemeenten bereikt: Grenzeloos Twente"]
        == f"{expected.gemeenten_per_theme['grenzeloos']} / 14"
    )


@pytest.mark.usefixtures("app_env")
def test_changing_the_year_changes_the_tiles(demo_con: duckdb.DuckDBPyConnection):
    app = open_app()
    app.sidebar.selectbox[0].select(2022).run()
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Initiatieven"] == str(year_totals(demo_con, 2022).initiatives)
    assert app.title[0].value == "Cultuur in Twente in 2022"


@pytest.mark.usefixtures("app_env")
def test_english_switch_changes_title_labels_and_banner():
    app = open_app()
    assert app.title[0].value.startswith("Cultuur in Twente")
    app.sidebar.radio[0].set_value("en").run()
    assert app.title[0].value.startswith("Culture in Twente")
    assert "Initiatives" in {m.label for m in app.metric}
    assert "fictional example data" in all_text(app)


@pytest.mark.usefixtures("app_env")
def test_language_and_year_come_from_the_url():
    app = open_app(lang="en", jaar="2021")
    assert app.title[0].value == "Culture in Twente in 2021"


@pytest.mark.usefixtures("app_env")
def test_over_de_data_lists_every_indicator_and_the_sources():
    from data.indicators import INDICATORS

    app = open_app("over_de_data.py")
    catalogue = next(t.value for t in app.dataframe if "Hoger is beter" in t.value.columns)
    assert len(catalogue) == len(INDICATORS)
    origin = next(t.value for t in app.dataframe if "Herkomst van de waarden" in t.value.columns)
    assert len(origin) == len(INDICATORS)
    text = all_text(app)
    assert "CC BY 4.0" in text
    assert "© GeoBasis-DE / BKG 2019 (Daten verändert)" in text
    assert "Welke gegevens zijn demodata?" in text


@pytest.mark.parametrize(
    ("own_file", "message"),
    [
        (None, "Kaartgrenzen niet gevonden"),
        ('{"type": "FeatureCollection", "features": [', "is geen geldige GeoJSON"),
        (
            '{"type": "FeatureCollection", '
            '"features": [{"properties": {"code": "GM0153"}, "geometry": null}]}',
            "mist 13 Twentse gemeenten",
        ),
    ],
)
def test_missing_or_broken_boundaries_show_a_message_and_the_table(
    app_env, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, own_file: str | None, message: str
):
    """Without usable boundaries the map says why (naming the file); the figures stay as a table."""
    from data import geo

    monkeypatch.setenv(geo.GEO_ENV_VAR, str(tmp_path))
    if own_file is None:
        monkeypatch.setattr(geo, "SHIPPED_DIR", tmp_path / "nowhere")
    else:
        (tmp_path / geo.TWENTE_FILE).write_text(own_file, encoding="utf-8")
    geo.load_twente_gemeenten.cache_clear()
    st.cache_data.clear()
    try:
        app = open_app()
        assert not app.exception
        errors = [as_read(e.body) for e in app.error]
        assert any(message in e for e in errors), errors
        if own_file is not None:
            assert any(str(tmp_path / geo.TWENTE_FILE) in e for e in errors)
        assert len(app.dataframe[0].value) == 14  # the numbers are still there as a table
    finally:
        geo.load_twente_gemeenten.cache_clear()
        st.cache_data.clear()


# Pages (and the URL that shows a map on them) with at least one map.
MAP_VIEWS = [
    ("overzicht.py", {}),
    ("kaart.py", {}),
    ("gemeenteprofiel.py", {"gemeente": "GM0153"}),
    ("themas.py", {}),
    ("grenzeloos.py", {}),
    ("verkennen.py", {"maat": "cultuurdeelname", "agg": "mean", "rij": "gemeente", "grafiek": "map"}),
    ("presenteren.py", {"dias": "deelname,grenzeloos"}),
]


# The profile's locator and Thema's maps are pictures drawn on the server
# (components/charts/svg.py); Overzicht's, Kaart's and Grenzeloos's are clickable
# pictures (components/charts/clickable_svg.py): no plotly map, so no base map to fetch.
PICTURE_MAP_PAGES = {"gemeenteprofiel.py", "themas.py", "overzicht.py", "kaart.py", "grenzeloos.py"}
PLOTLY_MAP_VIEWS = [(page, query) for page, query in MAP_VIEWS if page not in PICTURE_MAP_PAGES]


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize(("page", "query"), PLOTLY_MAP_VIEWS, ids=[page for page, _ in PLOTLY_MAP_VIEWS])
def test_every_map_takes_its_base_map_from_the_app_not_a_cdn(page: str, query: dict[str, str]):
    """Without ``topojsonURL`` plotly.js fetches a base map from cdn.plot.ly: no map offline."""
    app = open_app(page, **query)
    assert not app.exception, app.exception
    maps = [e.proto for e in app.get("plotly_chart") if "geo" in json.loads(e.proto.spec)["layout"]]
    assert maps, f"{page} shows a map"
    for chart in maps:
        assert json.loads(chart.config)["topojsonURL"] == BASE_MAP_URL, chart.id


@pytest.mark.usefixtures("app_env")
@pytest.mark.parametrize(("page", "query"), MAP_VIEWS, ids=[page for page, _ in MAP_VIEWS])
def test_every_map_carries_the_boundary_credit(page: str, query: dict[str, str]):
    """CC BY and the BKG's licence ask for the credit wherever their boundaries are drawn."""
    from data.i18n import translate

    app = open_app(page, **query)
    html = [str(e.proto.body) for e in app.get("html")]  # the slides are drawn as HTML
    shown = "\n".join([all_text(app), *html])
    assert translate("geo.credit", "nl") in shown, page


def test_the_served_base_map_is_empty_and_static_serving_is_on():
    """Only our own boundaries are drawn; the base map exists so plotly.js never fetches one."""
    topology = json.loads((ROOT / "static" / "world_110m.json").read_text(encoding="utf-8"))
    assert topology["type"] == "Topology"
    assert {"land", "countries", "coastlines", "ocean"} <= set(topology["objects"])
    assert all(not layer["geometries"] for layer in topology["objects"].values())
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["enableStaticServing"] is True
    assert BASE_MAP_URL == "app/static/", "Streamlit serves static/ at app/static/"


@pytest.mark.usefixtures("app_env")
def test_a_server_without_static_serving_says_why_its_maps_cannot_load():
    """e.g. started with --server.enableStaticServing=false: no base map, so no map at all."""
    before = st.get_option("server.enableStaticServing")
    st.config.set_option("server.enableStaticServing", False)
    try:
        app = open_app("kaart.py")
    finally:
        st.config.set_option("server.enableStaticServing", before)
    assert any("server.enableStaticServing" in e.value for e in app.error)
    assert not open_app("kaart.py").error, "with the app's own settings: no such message"
