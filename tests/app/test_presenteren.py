"""Presenteren in AppTest: the slides come from the data, move with the buttons, and follow the URL."""

import duckdb
import pytest

from data.formatting import format_number
from data.i18n import translate
from tests.app.test_pages import open_app
from tests.expected import year_totals


def key_figures_title(con: duckdb.DuckDBPyConnection, year: int, lang: str) -> str:
    """The key-figures slide's title, from totals counted apart from data.story."""
    totals = year_totals(con, year)
    return translate(
        "presenteren.title.kerncijfers",
        lang,
        year=year,
        n=format_number(totals.initiatives, 0, lang),
        participants=format_number(totals.participants, 0, lang),
    )


def position_text(app) -> str:
    return next(e.value for e in app.get("html") if "Dia " in e.value or "Slide " in e.value)


def slide_title(app) -> str:
    """The title of the slide on screen (the first st.html with the slide's h2)."""
    for element in app.get("html"):
        body = element.value
        if 'class="cdt-title"' in body:
            return body.split('class="cdt-title">', 1)[1].split("</h2>", 1)[0]
    raise AssertionError("no slide on screen")


def button(app, key: str):
    return next(b for b in app.button if b.key == key)


@pytest.mark.usefixtures("app_env")
def test_first_slide_and_next_previous_match_the_story(demo_con: duckdb.DuckDBPyConnection):
    app = open_app("presenteren.py")
    assert not app.exception, app.exception
    year = app.sidebar.selectbox[0].value
    first = key_figures_title(demo_con, year, "nl")
    assert slide_title(app) == first
    assert "Dia 1 van 8" in position_text(app)
    assert button(app, "presenteren_prev").disabled
    button(app, "presenteren_next").click().run()
    assert slide_title(app) != first
    assert "Dia 2 van 8" in position_text(app)
    assert app.query_params["dia"] == "2"
    button(app, "presenteren_prev").click().run()
    assert slide_title(app) == first


@pytest.mark.usefixtures("app_env")
def test_slides_order_language_and_focus_come_from_the_url(demo_con: duckdb.DuckDBPyConnection):
    app = open_app(lang="en", jaar="2023")
    app.query_params.update({"dias": "focus,kerncijfers", "focus": "GM0168", "dia": "1"})
    app.switch_page("app_pages/presenteren.py").run()
    assert not app.exception, app.exception
    assert slide_title(app).startswith("Losser is ")
    assert "Twente" in slide_title(app)
    assert button(app, "presenteren_next").disabled is False
    button(app, "presenteren_next").click().run()
    assert slide_title(app) == key_figures_title(demo_con, 2023, "en")
    assert button(app, "presenteren_next").disabled


@pytest.mark.usefixtures("app_env")
def test_the_up_and_down_buttons_reorder_the_deck_and_its_link(demo_con: duckdb.DuckDBPyConnection):
    app = open_app(jaar="2023")
    app.query_params.update({"dias": "kerncijfers,focus,gaten", "dia": "1"})
    app.switch_page("app_pages/presenteren.py").run()
    assert not app.exception, app.exception
    assert button(app, "presenteren_up_kerncijfers").disabled, "the first slide cannot move up"
    assert button(app, "presenteren_down_gaten").disabled, "the last cannot move down"

    button(app, "presenteren_up_focus").click().run()
    assert app.multiselect(key="presenteren_dias").value == ["focus", "kerncijfers", "gaten"]
    assert app.query_params["dias"] == "focus,kerncijfers,gaten", "a shared link keeps the order"
    assert slide_title(app).startswith("Enschede "), "the deck now opens with the moved slide"

    button(app, "presenteren_down_focus").click().run()
    button(app, "presenteren_down_focus").click().run()
    assert app.multiselect(key="presenteren_dias").value == ["kerncijfers", "gaten", "focus"]


@pytest.mark.usefixtures("app_env")
def test_presentation_mode_hides_the_settings_and_keeps_the_demo_notice():
    app = open_app("presenteren.py")
    app.toggle(key="presenteren_modus").set_value(True).run()
    assert not app.exception, app.exception
    assert not app.multiselect, "the slide picker is hidden while presenting"
    assert app.query_params["modus"] == "1"
    assert any("Demodata" in w.body for w in app.warning)
    assert not [b for b in app.get("download_button")], "exports are offered outside presentation mode"
