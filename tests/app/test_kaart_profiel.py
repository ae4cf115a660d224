"""Kaart and Gemeenteprofiel as a user drives them, checked against direct queries."""

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from components import cache
from components.charts.palette import MISSING_COLOUR
from data import geo
from data.formatting import format_difference, format_value
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS
from data.reference import COUNTRY_NL, GEMEENTEN, REGION_TWENTE
from tests.app.test_pages import as_read
from tests.conftest import (
    clickable_pictures,
    picture_items,
    read_number,
    server_pictures,
    static_tables,
)
from tests.expected import (
    area_series,
    change_between,
    furthest_from_twente,
    indicator_values,
    missing_municipalities,
    stored_indicators,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("app_env")


def open_page(page: str, **query: str) -> AppTest:
    """Open a page the way a shared link does: straight to its URL with its parameters."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.switch_page(f"app_pages/{page}").run()
    assert not app.exception, app.exception
    return app


def map_tips(app: AppTest) -> dict[str, list[str]]:
    """Municipality code -> what Kaart's map tells on hover (missing ones left out).

    The ranking tells the same for the same municipalities, and the map colours every
    municipality without a value grey.
    """
    areas = picture_items(clickable_pictures(app)["kaart_map"])
    bars = picture_items(clickable_pictures(app)["kaart_bar"])
    assert len(areas) == 14
    tips = {}
    for code, (fill, tip) in areas.items():
        if tip[1:] == [translate("map.no_data", "nl")]:
            assert fill == MISSING_COLOUR, code
            continue
        assert fill != MISSING_COLOUR, code
        tips[code] = tip
    assert {code: tip for code, (_, tip) in bars.items()} == tips
    return tips


def map_values(app: AppTest) -> dict[str, str]:
    """Municipality code -> the value its tip tells (the line after its name)."""
    return {code: tip[1] for code, tip in map_tips(app).items()}


def shown(values: dict[str, float], unit: str) -> dict[str, str]:
    return {code: format_value(value, unit, "nl") for code, value in values.items()}


def test_choosing_indicator_and_year_changes_the_map(demo_con: duckdb.DuckDBPyConnection):
    app = open_page("kaart.py")
    app.selectbox(key="kaart_indicator").select("afstand_bioscoop").run()
    app.selectbox(key="kaart_jaar").select(2021).run()
    assert not app.exception
    unit = INDICATOR_BY_CODE["afstand_bioscoop"].unit
    assert map_values(app) == shown(indicator_values(demo_con, "afstand_bioscoop", 2021), unit)
    assert app.query_params["indicator"] == "afstand_bioscoop"


def test_age_group_changes_the_map(demo_con: duckdb.DuckDBPyConnection):
    app = open_page("kaart.py", indicator="museumbezoek", jaar="2023")
    app.selectbox(key="kaart_groep").select("65+").run()
    unit = INDICATOR_BY_CODE["museumbezoek"].unit
    assert map_values(app) == shown(indicator_values(demo_con, "museumbezoek", 2023, "65+"), unit)


def changes(app: AppTest) -> dict[str, str]:
    """Municipality code -> the change its tip tells (after its name and 'from → to')."""
    return {code: tip[2] for code, tip in map_tips(app).items()}


def test_change_mode_shows_the_difference_between_two_years(demo_con: duckdb.DuckDBPyConnection):
    app = open_page("kaart.py", indicator="cultuurdeelname", modus="verandering", sinds="2019", jaar="2024")
    expected = change_between(demo_con, "cultuurdeelname", 2019, 2024)
    assert changes(app) == {code: format_difference(v, "%", "nl") for code, v in expected.items()}
    assert any("verandering 2019–2024" in s.value for s in app.subheader)
    assert (app.selectbox(key="kaart_sinds").value, app.selectbox(key="kaart_tot").value) == (2019, 2024)


def test_a_change_chosen_backwards_shows_the_period_forwards(demo_con: duckdb.DuckDBPyConnection):
    app = open_page("kaart.py", indicator="cultuurdeelname", modus="verandering", sinds="2019", jaar="2024")
    app.selectbox(key="kaart_tot").select(2020).run()
    app.selectbox(key="kaart_sinds").select(2023).run()  # a start after the end
    assert (app.selectbox(key="kaart_sinds").value, app.selectbox(key="kaart_tot").value) == (2020, 2023)
    assert any("verandering 2020–2023" in s.value for s in app.subheader)
    expected = change_between(demo_con, "cultuurdeelname", 2020, 2023)
    assert changes(app) == {code: format_difference(v, "%", "nl") for code, v in expected.items()}
    assert (app.query_params["sinds"], app.query_params["jaar"]) == ("2020", "2023")
    assert app.selectbox(key="jaar").value == 2023  # the sidebar follows the end of the period


def test_missing_values_are_grey_not_zero(demo_con: duckdb.DuckDBPyConnection):
    indicator, year = demo_con.execute(
        "SELECT indicator, jaar FROM indicator_waarde WHERE waarde IS NULL AND groep = 'totaal' "
        "AND gemeente_code LIKE 'GM%' ORDER BY indicator, jaar LIMIT 1"
    ).fetchone()
    missing = missing_municipalities(demo_con, indicator, year)
    app = open_page("kaart.py", indicator=indicator, jaar=str(year))
    areas = picture_items(clickable_pictures(app)["kaart_map"])
    grey = sorted(code for code, (fill, tip) in areas.items() if fill == MISSING_COLOUR)
    assert grey == sorted(missing)
    assert all(areas[code][1][1] == "geen gegevens" for code in missing)
    assert set(map_tips(app)) == {g.code for g in GEMEENTEN} - set(missing), "only known values ranked"


def test_kaart_state_comes_from_the_url():
    app = open_page("kaart.py", indicator="vrijwilligers_cultuur", jaar="2021", lang="en")
    assert app.selectbox(key="kaart_indicator").value == "vrijwilligers_cultuur"
    assert app.selectbox(key="kaart_jaar").value == 2021
    assert any("Volunteers in culture in 2021" in s.value for s in app.subheader)


def test_kaart_table_has_the_same_numbers_as_the_map():
    app = open_page("kaart.py", indicator="cultuurdeelname", jaar="2023")
    assert len(app.dataframe) == 0, "the table is built once the reader opens it"
    app.session_state["kaart_table"] = True
    app.run()
    table = app.dataframe[0].value
    assert len(table) == 14
    assert table.iloc[0]["Rang"] == 1
    assert [b.label for b in app.get("download_button")] == ["Download als CSV"]


def words(values: dict[int, float | None], unit: str) -> str:
    return ", ".join(
        f"{year} {format_value(v, unit, 'nl')}" for year, v in sorted(values.items()) if v is not None
    )


@pytest.mark.parametrize("gemeente", GEMEENTEN, ids=lambda g: g.code)
def test_every_municipality_has_a_profile(gemeente, demo_con: duckdb.DuckDBPyConnection):
    app = open_page("gemeenteprofiel.py", gemeente=gemeente.code)
    assert app.title[0].value == f"Gemeente {gemeente.naam}"
    # The locator, the indicators' trends, the comparison and the initiatives by theme are
    # pictures drawn on the server: the page loads no plotly.js at all (issue 18).
    assert not app.get("plotly_chart")
    images = server_pictures(app)
    locator = translate("profile.locator_alt", "nl", naam=gemeente.naam)
    assert images[locator].count("<path") == 14
    stored = [i for i in INDICATORS if i.code in stored_indicators(demo_con, gemeente.code)]
    assert len(stored) >= 12
    for indicator in stored:
        label = translate("profile.sparkline_alt", "nl", indicator=indicator.name("nl"), naam=gemeente.naam)
        (alt,) = [a for a in images if a.startswith(label)]
        own = area_series(demo_con, indicator.code, gemeente.code)
        assert f"{gemeente.naam}: {words(own, indicator.unit)}." in alt, indicator.code
        areas = [
            own,
            area_series(demo_con, indicator.code, REGION_TWENTE),
            area_series(demo_con, indicator.code, COUNTRY_NL),
        ]
        points = sum(1 for values in areas for v in values.values() if v is not None)
        assert images[alt].count("<circle") == points, indicator.code  # every stored value is drawn
    starts = demo_con.execute(
        """SELECT i.startjaar, count(*) FROM initiatief i
           JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE ig.gemeente_code = ? GROUP BY ALL""",
        [gemeente.code],
    ).fetchall()
    (themes,) = [a for a in images if a.startswith(translate("profile.initiatives_by_theme", "nl"))]
    for year, count in starts:
        assert f"{year}: {count} (" in themes, year  # each start year's count, as the store has it
    headline = INDICATOR_BY_CODE[HEADLINE_INDICATOR]
    (comparison,) = [
        a for a in images if a.startswith(comparison_label(headline, [gemeente.naam, "Twente", "Nederland"]))
    ]
    for code in (gemeente.code, REGION_TWENTE, COUNTRY_NL):
        values = area_series(demo_con, headline.code, code)
        assert words(values, headline.unit) in comparison, code
    assert len(images) == len(stored) + 3  # no picture for an indicator without data


def test_the_profile_builds_its_initiative_list_once_opened():
    app = open_page("gemeenteprofiel.py", gemeente="GM0153")
    assert len(app.dataframe) == 0, "no data grid until the reader opens the list"
    app.session_state["profiel_initiatives_open"] = True
    app.run()
    (table,) = app.dataframe
    assert len(table.value) == int(app.expander[-1].label.split()[2])  # "Toon de N initiatieven als lijst"


def test_profile_by_name_in_any_case_and_its_sentences(demo_con: duckdb.DuckDBPyConnection):
    app = open_page("gemeenteprofiel.py", gemeente="losser")
    assert app.title[0].value == "Gemeente Losser"
    assert app.query_params["gemeente"] == "GM0168"
    above, below = furthest_from_twente(demo_con, "GM0168")
    sentences = [line for m in app.markdown for line in m.value.splitlines() if "ligt in Losser" in line]
    assert len(sentences) == len(above) + len(below)
    for indicators, side in ((above, "boven"), (below, "onder")):
        for code in indicators:
            phrase = INDICATOR_BY_CODE[code].phrase("nl")
            mine = [line for line in sentences if phrase[0].upper() + phrase[1:] + " ligt in Losser" in line]
            assert len(mine) == 1, (code, sentences)
            assert f"{side} het Twentse gemiddelde" in mine[0]


def test_unknown_municipality_gets_a_message_and_a_chooser():
    app = open_page("gemeenteprofiel.py", gemeente="Amsterdam")
    assert "'Amsterdam' is geen Twentse gemeente" in app.error[0].value
    chooser = app.selectbox(key="profiel_keuze")
    chooser.select("GM0173").run()
    assert app.title[0].value == "Gemeente Oldenzaal"


def test_compare_state_round_trips_through_the_url():
    app = open_page(
        "gemeenteprofiel.py", gemeente="GM0153", vergelijk="GM0164,GM0141", indicator="museumbezoek"
    )
    assert app.multiselect(key="profiel_vergelijk").value == ["GM0164", "GM0141"]
    assert app.selectbox(key="profiel_indicator").value == "museumbezoek"
    app.multiselect(key="profiel_vergelijk").select("GM0168").run()
    assert app.query_params["vergelijk"] == "GM0164,GM0141,GM0168"


def test_the_comparison_shows_every_chosen_area_and_its_table_the_stored_values(
    demo_con: duckdb.DuckDBPyConnection,
):
    app = open_page(
        "gemeenteprofiel.py", gemeente="GM0153", vergelijk="GM0164,GM0141", indicator="museumbezoek"
    )
    indicator = INDICATOR_BY_CODE["museumbezoek"]
    areas = {"GM0153": "Enschede", "GM0164": "Hengelo", "GM0141": "Almelo", REGION_TWENTE: "Twente"}
    areas[COUNTRY_NL] = "Nederland"
    (alt,) = [
        a for a in server_pictures(app) if a.startswith(comparison_label(indicator, list(areas.values())))
    ]
    picture = server_pictures(app)[alt]
    stored = {code: area_series(demo_con, indicator.code, code) for code in areas}
    for code, name in areas.items():
        assert f"{name}: {words(stored[code], indicator.unit)}." in alt, code
    assert picture.count("<circle") == sum(1 for s in stored.values() for v in s.values() if v is not None)
    assert not static_tables(app)  # the table is built once a reader opens it
    app.session_state["profiel_vergelijking_tabel"] = True  # the reader opens the table
    app.run()
    (table,) = static_tables(app)
    assert list(table.columns) == ["Jaar", *(f"{name} (%)" for name in areas.values())]
    for code, name in areas.items():
        column = dict(zip(table["Jaar"].astype(int), table[f"{name} (%)"], strict=True))
        values = {year: v for year, v in stored[code].items() if v is not None}
        assert {year for year, text in column.items() if text != "–"} == set(values), code
        for year, value in values.items():
            assert read_number(column[year]) == pytest.approx(value, abs=0.05), (code, year)


def comparison_label(indicator: object, names: list[str]) -> str:
    return translate("profile.compare_alt", "nl", indicator=indicator.name("nl"), namen=", ".join(names))


@pytest.fixture
def broken_boundaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A municipality's own boundary folder whose Twente file is not GeoJSON."""
    (tmp_path / "twente_gemeenten_2015.geojson").write_text("dit is geen GeoJSON", encoding="utf-8")
    monkeypatch.setenv(geo.GEO_ENV_VAR, str(tmp_path))
    cache.twente_geojson.clear()
    geo.load_twente_gemeenten.cache_clear()
    yield
    monkeypatch.delenv(geo.GEO_ENV_VAR)
    cache.twente_geojson.clear()
    geo.load_twente_gemeenten.cache_clear()


@pytest.mark.usefixtures("broken_boundaries")
@pytest.mark.parametrize("lang", ["nl", "de"])
def test_a_broken_boundary_file_is_explained_in_the_readers_language(lang: str):
    app = open_page("kaart.py", lang=lang)
    errors = [as_read(e.value) for e in app.error]
    # the fixed words of the message, between the file's path and the parser's detail
    message = translate("geo.error.not_json", lang, path="PATH", detail="DETAIL")
    middle = message.split("PATH")[1].split("DETAIL")[0]
    assert any(middle in e and "twente_gemeenten_2015.geojson" in e for e in errors), errors
    assert app.dataframe, "the numbers are still there, as a table"
