"""Verkennen: a choice gives the table of a direct query, and a shared URL restores the page."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from data.reference import GEMEENTE_BY_CODE, STATUSES
from tests.app.test_pages import open_app
from tests.conftest import clickable_pictures, picture_items, read_number, static_tables

pytestmark = pytest.mark.usefixtures("app_env")


def table(app: AppTest) -> pd.DataFrame:
    """The answer's table as the reader sees it, its figures read back as numbers."""
    (shown,) = static_tables(app)
    return shown.assign(**{column: shown[column].map(read_number) for column in shown.columns[1:]})


def choose(app: AppTest, name: str, value: str) -> AppTest:
    return app.selectbox(key=f"ver_{name}").select(value).run()


def test_budget_by_theme_equals_a_direct_query(demo_con: duckdb.DuckDBPyConnection):
    app = open_app("verkennen.py", van="2022", tot="2023")
    choose(app, "maat", "budget")
    choose(app, "agg", "sum")
    choose(app, "rij", "thema")
    assert not app.exception
    expected = demo_con.execute(
        """SELECT t.naam_nl, round(sum(ij.budget_jaar)) FROM initiatief_jaar ij
           JOIN initiatief i ON i.id = ij.initiatief_id JOIN thema t ON t.code = i.thema
           WHERE ij.jaar BETWEEN 2022 AND 2023 GROUP BY t.naam_nl"""
    ).fetchall()
    shown = dict(zip(table(app)["Thema"], table(app)["Budget (€)"], strict=True))
    assert shown.pop("Totaal") == pytest.approx(sum(budget for _, budget in expected), abs=2)
    assert shown == pytest.approx(dict(expected))
    assert app.query_params["maat"] == "budget"
    assert app.query_params["rij"] == "thema"
    # The bars tell the same budgets, theme by theme (drawn on the server: one group).
    bars = picture_items(clickable_pictures(app)["ver_chart"])
    told = {tip[0]: read_number(tip[1]) for _, tip in bars.values()}
    assert told == pytest.approx(dict(expected), abs=1)


def test_a_shared_url_restores_choices_filters_and_table(demo_con: duckdb.DuckDBPyConnection):
    query = {
        "maat": "initiatieven",
        "agg": "count",
        "rij": "gemeente",
        "kolom": "status",
        "grafiek": "heatmap",
        "thema": "grenzeloos",
        "van": "2023",
        "tot": "2024",
    }
    app = open_app("verkennen.py", **query)
    assert not app.exception
    for name in ("maat", "agg", "rij", "kolom", "grafiek"):
        assert app.selectbox(key=f"ver_{name}").value == query[name]
    assert app.multiselect(key="ver_thema").value == ["grenzeloos"]
    rows = demo_con.execute(
        """SELECT ig.gemeente_code, i.status, count(DISTINCT i.id) FROM initiatief i
           JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE i.thema = 'grenzeloos' AND i.eindjaar >= 2023 AND i.startjaar <= 2024
           GROUP BY ALL"""
    ).fetchall()
    shown = table(app).set_index("Gemeente")
    status_names = {s.code: s.nl for s in STATUSES}
    for code, status, count in rows:
        assert shown.loc[GEMEENTE_BY_CODE[code].naam, status_names[status]] == count
    cells = shown.drop(index="Totaal", columns="Totaal")
    assert cells.sum().sum() == sum(r[2] for r in rows)
    # The corner counts each initiative once, though it may sit in several municipalities.
    distinct = demo_con.execute(
        """SELECT count(*) FROM initiatief i WHERE i.thema = 'grenzeloos'
           AND i.eindjaar >= 2023 AND i.startjaar <= 2024"""
    ).fetchone()[0]
    assert shown.loc["Totaal", "Totaal"] == distinct < cells.sum().sum()
    link = parse_qs(urlsplit(app.code[0].value).query)
    assert {k: v[0] for k, v in link.items() if k in query} == query
    assert urlsplit(app.code[0].value).path.endswith("/verkennen")


def test_indicator_offers_only_its_dimensions_and_matches_a_direct_query(demo_con):
    app = open_app("verkennen.py", van="2023", tot="2023")
    choose(app, "maat", "cultuurdeelname")
    assert "thema" not in app.selectbox(key="ver_rij").options
    assert "Totaal (som)" not in app.selectbox(key="ver_agg").options
    choose(app, "rij", "gemeente")
    expected = demo_con.execute(
        """SELECT g.naam, round(avg(waarde), 1)
           FROM indicator_waarde v JOIN gemeente g ON g.code = v.gemeente_code
           WHERE indicator = 'cultuurdeelname' AND jaar = 2023 AND groep = 'totaal' AND waarde IS NOT NULL
           GROUP BY g.naam"""
    ).fetchall()
    shown = dict(zip(table(app)["Gemeente"], table(app)["Cultuurdeelname (%)"], strict=True))
    overall = demo_con.execute(
        """SELECT round(avg(waarde), 1) FROM indicator_waarde v JOIN gemeente g ON g.code = v.gemeente_code
           WHERE indicator = 'cultuurdeelname' AND jaar = 2023 AND groep = 'totaal' AND waarde IS NOT NULL"""
    ).fetchone()[0]
    assert shown.pop("Totaal") == pytest.approx(overall)  # the mean of all values, not of the means
    assert shown == pytest.approx(dict(expected))
    assert "Kaart" in app.selectbox(key="ver_grafiek").options


def test_an_impossible_url_is_turned_into_a_possible_question():
    app = open_app("verkennen.py", maat="museumbezoek", agg="sum", rij="discipline", grafiek="map")
    assert not app.exception
    assert app.selectbox(key="ver_agg").value == "mean"
    assert app.selectbox(key="ver_rij").value == ""
    assert app.query_params["agg"] == "mean"
    assert "discipline" in app.expander[0].children[0].value.lower()  # the page says why


def test_overlapping_groups_are_explained_with_the_total():
    app = open_app("verkennen.py", maat="initiatieven", rij="doelgroep", van="2023", tot="2023")
    captions = " ".join(c.value for c in app.caption)
    assert "meer zijn dan het totaal" in captions
