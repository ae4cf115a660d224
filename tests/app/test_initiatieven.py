"""Initiatieven: search and filters give exactly the right rows; a row opens in full."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from data.store import DB_ENV_VAR, connect, set_metadata
from tests.app.test_pages import all_text, open_app
from tests.conftest import build_small_database


@pytest.fixture(scope="module")
def small_app_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small store of conftest, with an accented name to search for."""
    path = build_small_database(tmp_path_factory.mktemp("ini_app") / "small.duckdb")
    con = connect(path)
    con.execute("UPDATE initiatief SET naam = 'Maakplaats Café' WHERE id = 'C'")
    con.execute("INSERT INTO financiering VALUES ('B', 'interreg', 6000), ('B', 'gemeente', 3000)")
    con.execute("UPDATE initiatief SET bereik_duitsland = 120 WHERE id = 'B'")
    set_metadata(con, "data_version", "ini-app-small-1")  # its own cache key
    con.close()
    return path


@pytest.fixture
def small_env(small_app_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DB_ENV_VAR, str(small_app_db))
    return small_app_db


def names(app: AppTest) -> list[str]:
    return app.dataframe[0].value["Naam"].tolist()


def profile_links(app: AppTest) -> list:
    """The links of the detail panel (the sidebar may hold page links of its own)."""
    return [link for link in app.main.get("page_link") if link.proto.query_string.startswith("gemeente=")]


def count_line(app: AppTest) -> str:
    return next(m.value for m in app.markdown if "initiatieven" in m.value)


@pytest.mark.usefixtures("small_env")
def test_without_filters_every_initiative_of_every_year_is_listed():
    app = open_app("initiatieven.py")
    assert not app.exception
    assert names(app) == ["Erfgoedroute", "Grensfestival", "Maakplaats Café"]
    assert count_line(app) == "**3** van 3 initiatieven"


@pytest.mark.usefixtures("small_env")
def test_filter_and_search_combine_to_exactly_the_expected_rows():
    app = open_app("initiatieven.py")
    app.multiselect(key="ini_gemeente").set_value(["GM0168"]).run()
    assert names(app) == ["Erfgoedroute", "Grensfestival"]
    app.text_input(key="ini_zoek").input("GRENS").run()
    assert names(app) == ["Grensfestival"]
    assert count_line(app) == "**1** van 3 initiatieven"
    assert app.query_params["gemeente"] == "GM0168"
    assert app.query_params["zoek"] == "GRENS"


def filter_line(app: AppTest) -> str:
    """The line beside the closed Filters button: what the panel has chosen, in words."""
    return next(c.value for c in app.caption if " · " in c.value or "alle initiatieven" in c.value)


@pytest.mark.usefixtures("small_env")
def test_the_line_beside_the_filters_button_says_what_is_chosen_and_escapes_the_search():
    app = open_app("initiatieven.py")
    assert filter_line(app) == "2022–2025 · alle initiatieven"
    app.multiselect(key="ini_gemeente").set_value(["GM0168"]).run()
    app.text_input(key="ini_zoek").input("*vet* <b>x</b>").run()
    assert not app.exception
    # Shown as typed, never as Markdown or HTML: every markup character is escaped.
    assert filter_line(app) == (r"2022–2025 · Gemeente\: Losser · Zoeken\: “\*vet\* \<b\>x\</b\>”")


@pytest.mark.usefixtures("small_env")
def test_search_without_accents_finds_the_accented_name_and_filters_still_apply():
    app = open_app("initiatieven.py")
    app.text_input(key="ini_zoek").input("cafe").run()
    assert names(app) == ["Maakplaats Café"]
    app.multiselect(key="ini_thema").set_value(["grenzeloos"]).run()
    assert not app.dataframe
    assert "Geen initiatieven gevonden" in app.info[0].body


@pytest.mark.usefixtures("small_env")
def test_selecting_a_row_shows_the_initiative_in_full():
    app = open_app("initiatieven.py")
    app.session_state["ini_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    app.run()
    assert [s.value for s in app.subheader] == ["Grensfestival"]
    partners = app.dataframe[1].value
    assert partners["Plaats"].tolist() == ["Losser", "Gronau (Westf.)"]
    assert partners["Land"].tolist() == ["Nederland", "Duitsland"]
    funding = app.dataframe[2].value
    assert funding["Bron"].tolist() == ["Interreg Deutschland-Nederland", "Gemeente"]
    assert funding["Aandeel"].tolist() == ["67%", "33%"]
    assert "Van wie 120 uit Duitsland." in [c.value for c in app.caption], "reported, so shown"
    links = profile_links(app)
    assert [(link.proto.page, link.proto.query_string) for link in links] == [
        ("gemeenteprofiel", "gemeente=GM0168")
    ]
    assert app.query_params["initiatief"] == "B"


@pytest.mark.usefixtures("small_env")
def test_a_shared_link_opens_the_same_list_and_initiative():
    app = open_app("initiatieven.py", zoek="erfgoed", initiatief="A")
    assert names(app) == ["Erfgoedroute"]
    assert app.text_input(key="ini_zoek").value == "erfgoed"
    assert [s.value for s in app.subheader] == ["Erfgoedroute"]
    assert not [c for c in app.caption if "uit Duitsland" in c.value], "not reported, so not shown"
    assert [link.proto.label for link in profile_links(app)] == ["Profiel van Enschede", "Profiel van Losser"]


@pytest.mark.usefixtures("small_env")
def test_downloads_are_offered():
    app = open_app("initiatieven.py")
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels == ["CSV", "CSV voor Nederlandse Excel (;)", "Excel (xlsx)"]


@pytest.mark.usefixtures("app_env")
def test_demo_list_matches_a_direct_query(demo_con: duckdb.DuckDBPyConnection):
    app = open_app("initiatieven.py", thema="grenzeloos", grens="ja", van="2023", tot="2024")
    expected = demo_con.execute(
        """SELECT i.naam FROM initiatief i
           WHERE i.thema = 'grenzeloos' AND i.eindjaar >= 2023 AND i.startjaar <= 2024
             AND EXISTS (SELECT 1 FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
                         WHERE ip.initiatief_id = i.id AND p.land = 'DE')
           ORDER BY i.naam, i.id"""
    ).fetchall()
    assert names(app) == [r[0] for r in expected]
    total = demo_con.execute("SELECT count(*) FROM initiatief").fetchone()[0]
    assert count_line(app) == f"**{len(expected)}** van {total} initiatieven"
    assert "Demodata" in all_text(app)


def test_a_long_list_shows_its_first_thousand_rows_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from data.demo import build_demo_database

    monkeypatch.setenv(DB_ENV_VAR, str(build_demo_database(tmp_path / "x3.duckdb", seed=5, scale=3)))
    monkeypatch.setenv("CULTUUR_IMPORT_DB", str(tmp_path / "geen-import.duckdb"))
    app = open_app("initiatieven.py")
    assert count_line(app) == "**1.440** van 1.440 initiatieven"  # every match is counted ...
    assert len(app.dataframe[0].value) == 1_000  # ... but the browser gets the first 1,000
    assert any("eerste 1.000 initiatieven" in c.value for c in app.caption)
