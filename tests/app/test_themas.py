"""Thema's page: the matrix shows what a direct query on the demo store says, and the
drill-down lists exactly the initiatives behind the chosen cell."""

import json
import xml.etree.ElementTree as ET

import duckdb
import pandas as pd
import pytest

from data.reference import GEMEENTEN, THEMES
from tests.app.test_pages import all_text, open_app
from tests.conftest import server_pictures, static_tables

SVG = "{http://www.w3.org/2000/svg}"

pytestmark = pytest.mark.usefixtures("app_env")

THEME_NAMES = {t.code: t.nl for t in THEMES}
TWENTE_ROW = "Twente (elk initiatief één keer)"


def direct_matrix(con: duckdb.DuckDBPyConnection, year: int, value: str, statuses=None) -> dict:
    """{(row name, theme code): value} written straight against the tables, not via data.coverage."""
    status_sql = "AND i.status IN (SELECT unnest(?))" if statuses else ""
    params = [year, *([list(statuses)] if statuses else [])]
    per_gemeente = con.execute(
        f"""SELECT g.naam, i.thema, {value}
            FROM initiatief_jaar ij JOIN initiatief i ON i.id = ij.initiatief_id
            JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
            JOIN gemeente g ON g.code = ig.gemeente_code
            WHERE ij.jaar = ? {status_sql} GROUP BY ALL""",
        params,
    ).fetchall()
    twente = con.execute(
        f"""SELECT '{TWENTE_ROW}', i.thema, {value}
            FROM initiatief_jaar ij JOIN initiatief i ON i.id = ij.initiatief_id
            WHERE ij.jaar = ? {status_sql} GROUP BY ALL""",
        params,
    ).fetchall()
    result = {(g.naam, t.code): 0.0 for g in GEMEENTEN for t in THEMES}
    result |= {(TWENTE_ROW, t.code): 0.0 for t in THEMES}
    result |= {(name, theme): float(v) for name, theme, v in per_gemeente + twente}
    return result


def page_matrix(app) -> dict:
    table = app.dataframe[0].value
    assert len(table) == 15
    return {
        (name, code): float(table.loc[table["Gemeente"] == name, THEME_NAMES[code]].iloc[0])
        for name in table["Gemeente"]
        for code in THEME_NAMES
    }


def initiative_tables(app) -> list[pd.DataFrame]:
    return [d.value for d in app.dataframe if "Initiatief" in d.value.columns]


def test_matrix_matches_a_direct_count(demo_con):
    app = open_app("themas.py", van="2023", tot="2023")
    assert not app.exception, app.exception
    expected = direct_matrix(demo_con, 2023, "count(*)")
    assert page_matrix(app) == expected
    assert app.dataframe[0].value["Gemeente"].iloc[-1] == TWENTE_ROW
    text = all_text(app)
    assert "níet de som" in text, "the page explains the counting rule"
    assert "*themadekking*" in text, "the score's definition is on the page"


def test_status_filter_changes_the_matrix_to_the_direct_query(demo_con):
    app = open_app("themas.py", van="2023", tot="2023")
    before = page_matrix(app)
    app.multiselect(key="themas_status").select("lopend").run()
    assert not app.exception, app.exception
    after = page_matrix(app)
    assert after == direct_matrix(demo_con, 2023, "count(*)", statuses=["lopend"])
    assert after != before
    assert app.query_params["status"] == "lopend"


def test_budget_per_1000_from_the_url(demo_con):
    app = open_app("themas.py", van="2023", tot="2023", maat="budget", per1000="ja")
    assert app.radio(key="themas_maat").value == "budget"
    assert app.toggle(key="themas_per1000").value is True
    budgets = direct_matrix(demo_con, 2023, "sum(ij.budget_jaar)")
    # 2023 has no population of its own: the nearest known year, 1-1-2024 (CBS 85984NED), is used
    population = {g.naam: g.inwoners_2024 for g in GEMEENTEN}
    population[TWENTE_ROW] = sum(population.values())
    shown = page_matrix(app)
    for (name, theme), value in budgets.items():
        assert shown[(name, theme)] == pytest.approx(value / population[name] * 1000), (name, theme)
    captions = " ".join(c.value for c in app.caption)
    assert "Per 1.000 inwoners op 1 januari 2024 (bron: CBS StatLine 85984NED, 1-1-2024)" in captions
    assert "Voor 2023 is geen inwonertal bekend" in captions


def cell_ids(con, year: int, gemeente: str | None, theme: str, *, elsewhere: bool = False) -> list[str]:
    """Names of the initiatives of a theme running in ``year`` that serve (or not) ``gemeente``."""
    serves = (
        "EXISTS (SELECT 1 FROM initiatief_gemeente ig WHERE ig.initiatief_id = i.id AND ig.gemeente_code = ?)"
    )
    condition, params = ("TRUE", [])
    if gemeente:
        condition, params = ((f"NOT {serves}" if elsewhere else serves), [gemeente])
    rows = con.execute(
        f"""SELECT i.naam FROM initiatief i
            WHERE i.thema = ? AND i.startjaar <= ? AND i.eindjaar >= ? AND {condition}""",
        [theme, year, year, *params],
    ).fetchall()
    return sorted(r[0] for r in rows)  # names may repeat: a list, not a set


def test_clicking_a_cell_lists_exactly_its_initiatives(demo_con):
    app = open_app("themas.py", van="2023", tot="2023")
    names = list(app.dataframe[0].value["Gemeente"])
    app.session_state["themas_matrix"] = {
        "selection": {"cells": [(names.index("Enschede"), "Grenzeloos Twente")]}
    }
    app.run()
    assert not app.exception, app.exception
    assert app.selectbox(key="themas_cel_gemeente").value == "GM0153"
    assert app.selectbox(key="themas_cel_thema").value == "grenzeloos"
    listed = initiative_tables(app)[0]
    expected = cell_ids(demo_con, 2023, "GM0153", "grenzeloos")
    assert sorted(listed["Initiatief"]) == expected
    assert len(listed) == page_matrix(app)[("Enschede", "grenzeloos")]
    assert app.query_params["cel"] == "GM0153.grenzeloos"


def test_a_gap_says_so_and_lists_who_does_the_theme_elsewhere(demo_con):
    app = open_app("themas.py", van="2023", tot="2023")
    matrix = page_matrix(app)
    gaps = [(name, code) for (name, code), v in matrix.items() if v == 0 and name != TWENTE_ROW]
    assert gaps, "the demo data has gaps in 2023"
    name, theme = gaps[0]
    code = next(g.code for g in GEMEENTEN if g.naam == name)
    app.selectbox(key="themas_cel_gemeente").select(code).run()
    app.selectbox(key="themas_cel_thema").select(theme).run()
    assert any(f"{name} heeft in 2023 nog geen initiatief" in w.body for w in app.warning)
    listed = initiative_tables(app)[0]
    assert sorted(listed["Initiatief"]) == cell_ids(demo_con, 2023, code, theme, elsewhere=True)
    assert sorted(listed["Initiatief"]) == cell_ids(demo_con, 2023, None, theme)


def test_the_url_restores_the_drilldown_and_english_works(demo_con):
    app = open_app("themas.py", van="2023", tot="2023", cel="CR12.tijd_ruimte")
    assert not app.exception, app.exception
    assert app.selectbox(key="themas_cel_gemeente").value == "CR12"
    expected = cell_ids(demo_con, 2023, None, "tijd_ruimte")
    assert sorted(initiative_tables(app)[0]["Initiatief"]) == expected
    app.sidebar.radio[0].set_value("en").run()
    assert not app.exception, app.exception
    assert "Time and space" in app.dataframe[0].value.columns
    listed = next(d.value for d in app.dataframe if "Initiative" in d.value.columns)
    assert sorted(listed["Initiative"]) == expected


def charts(app) -> dict[str, dict]:
    """The page's plotly charts by key, as the figure JSON sent to the browser."""
    return {c.proto.id.rsplit("-", 1)[-1]: json.loads(c.proto.spec) for c in app.get("plotly_chart")}


def test_the_three_theme_maps_are_pictures_showing_the_direct_count(demo_con):
    app = open_app("themas.py", van="2023", tot="2023")
    assert not app.exception, app.exception
    assert not [k for k, spec in charts(app).items() if "geo" in spec["layout"]], "no plotly map left"
    pictures = server_pictures(app)
    expected = direct_matrix(demo_con, 2023, "count(*)")
    names = {g.naam for g in GEMEENTEN}
    for theme in THEMES:
        alt, svg = next(
            (a, s) for a, s in pictures.items() if a.startswith(f"Kaart van Twente, {theme.nl}: ")
        )
        said = dict(part.split(": ", 1) for part in alt.split(": ", 1)[1].split("; "))
        assert set(said) == names, f"{theme.code}: all 14 in the alt text"
        direct = {name: v for (name, code), v in expected.items() if code == theme.code and name in names}
        for name, value in direct.items():
            count = int(value)
            word = f"{count} ({count} initiatieven)" if count else "geen initiatief in dit thema"
            assert said[name] == word, (theme.code, name)
        root = ET.fromstring(svg)  # noqa: S314 - the app's own markup
        assert len(root.findall(f"{SVG}path")) == 14
        written = sorted(t.text for t in root.iter(f"{SVG}text"))
        assert written == sorted(name for name, v in direct.items() if v == 0), f"{theme.code}: gaps named"
    highest = int(max(v for (n, _t), v in expected.items() if n in names))
    assert pictures[f"Kleurschaal van 0 (licht) tot {highest} (donker)."], "one scale, 0 to the highest"
    assert "Kaartgrenzen: CBS/Kadaster (CC BY 4.0)" in all_text(app), "the boundary credit stays"


def show_tab(app, label: str):
    """Click one of the tabs under the maps: only the shown tab's content is built."""
    app.session_state["themas_tab"] = label
    return app.run()


def test_the_tabs_under_the_maps_build_only_the_shown_tab():
    app = open_app("themas.py", van="2023", tot="2023")
    assert not app.exception, app.exception
    assert charts(app) == {}, "first view: no plotly chart (maps and score are pictures)"
    score_words = next(alt for alt in server_pictures(app) if alt.startswith("Dekkingsscore: "))
    assert sorted(
        part.split(": ")[0] for part in score_words.removeprefix("Dekkingsscore: ").split("; ")
    ) == (sorted(g.naam for g in GEMEENTEN)), "the score's bars name all 14"
    assert "*themadekking*" in all_text(app)
    (score_table,) = static_tables(app)
    assert sorted(score_table["Gemeente"]) == sorted(g.naam for g in GEMEENTEN), "a plain table, all 14"
    assert set(score_table["Thema's gedekt"]) <= {f"{n} / 3" for n in range(4)}
    show_tab(app, "Disciplines en doelgroepen")
    assert not app.exception, app.exception
    assert set(charts(app)) == {"themas_sunburst", "themas_doelgroepen"}
    assert "*themadekking*" not in all_text(app), "the score's tab is no longer built"
    show_tab(app, "Ontwikkeling per jaar")
    assert not app.exception, app.exception
    assert set(charts(app)) == {"themas_trend_aantal", "themas_trend_budget"}
    assert "de gekozen jaren zijn grijs" in all_text(app)
