"""Voorbeelden in AppTest: a card per marked example, the theme filter, one example by link,
hostile stories shown as text, and a clear message while there are no examples."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from data import cocreation
from data.store import DB_ENV_VAR, connect
from tests.app.test_pages import all_text, as_read, open_app

HOSTILE_STORY = (
    "<script>alert('verhaal')</script> <img src=x onerror=alert(1)> **vet** "
    "[Log hier in](http://evil.example) :red[rood] $x^2$"
)
HOSTILE_NAME = "<b>Naam</b> [klik](http://evil.example)"


def card_headers(app) -> list[str]:
    """The header (theme, name, organisation) of each card, as HTML, in page order."""
    return [e.value for e in app.get("html") if 'class="cdt-voorbeeld"' in e.value]


def card_names(app) -> list[str]:
    return [h.split("<h2", 1)[1].split(">", 1)[1].split("</h2>", 1)[0] for h in card_headers(app)]


def maps(app) -> list:
    return app.get("plotly_chart")


@pytest.fixture
def examples(demo_con: duckdb.DuckDBPyConnection):
    return cocreation.examples(demo_con)


@pytest.fixture
def own_store(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo store this test may change, with the app pointed at it."""
    path = tmp_path / "voorbeelden.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv(DB_ENV_VAR, str(path))
    monkeypatch.setenv("CULTUUR_IMPORT_DB", str(tmp_path / "geen-import.duckdb"))
    monkeypatch.setenv("CULTUUR_COCREATIE_DB", str(tmp_path / "cocreatie.duckdb"))
    return path


@pytest.mark.usefixtures("app_env")
def test_every_demo_example_has_a_card_with_its_story_partners_and_map(examples):
    app = open_app("voorbeelden.py")
    assert not app.exception, app.exception
    assert 4 <= len(examples) <= 6
    assert card_names(app) == list(examples["naam"]), "one card per example, in the data's order"
    assert len(maps(app)) == len(examples), "each card has its small map"
    text = all_text(app)
    for row in examples.itertuples():
        assert row.verhaal in text
        assert row.verhaal.startswith("Fictief demovoorbeeld."), "demo stories say they are fictional"
        for partner in row.partners.itertuples():
            assert partner.naam in text
            assert partner.plaats in text
    assert "Duitsland" in text, "partners show their country"
    assert "Nederland" in text
    assert sum("GeoBasis-DE" in c.value for c in app.caption) == len(examples), "a credit under every map"
    metrics = {m.label for m in app.metric}
    assert {"Bereik", "Uit Duitsland", "Looptijd"} <= metrics
    links = [link.proto.query_string for link in app.get("page_link") if link.proto.query_string]
    assert links == [f"voorbeeld={i}" for i in examples["id"]], "each card links to itself"


@pytest.mark.usefixtures("app_env")
def test_the_theme_filter_shows_only_that_themes_examples(examples):
    app = open_app("voorbeelden.py")
    pills = app.pills(key="voorbeelden_themas")
    pills.set_value(["grenzeloos"]).run()
    assert not app.exception, app.exception
    expected = list(examples.loc[examples["thema"] == "grenzeloos", "naam"])
    assert expected
    assert card_names(app) == expected
    assert all("Grenzeloos Twente" in h for h in card_headers(app))
    app.pills(key="voorbeelden_themas").set_value(["grenzeloos", "tijd_ruimte"]).run()
    assert set(card_names(app)) == set(
        examples.loc[examples["thema"].isin(["grenzeloos", "tijd_ruimte"]), "naam"]
    )
    app.pills(key="voorbeelden_themas").set_value([]).run()
    assert len(card_names(app)) == len(examples), "no theme chosen: all examples"


@pytest.mark.usefixtures("app_env")
def test_a_link_opens_that_example_alone_and_show_all_brings_back_the_rest(examples):
    chosen = examples.iloc[-1]
    app = open_app("voorbeelden.py", voorbeeld=str(chosen["id"]))
    assert not app.exception, app.exception
    assert card_names(app) == [chosen["naam"]]
    assert app.query_params["voorbeeld"] == str(chosen["id"]), "the link stays as it was"
    app.button(key="voorbeelden_alle").click().run()
    assert len(card_names(app)) == len(examples)
    assert "voorbeeld" not in app.query_params


@pytest.mark.usefixtures("app_env")
def test_a_link_to_an_unknown_example_says_so_and_shows_all(examples):
    app = open_app("voorbeelden.py", voorbeeld="INI-99999")
    assert not app.exception, app.exception
    assert any("bestaat niet" in w.body for w in app.warning)
    assert len(card_names(app)) == len(examples)


@pytest.mark.usefixtures("app_env")
def test_the_page_speaks_german_and_english():
    for lang, title, story in (("de", "Beispiele", "Die Geschichte"), ("en", "Examples", "The story")):
        app = open_app("voorbeelden.py", lang=lang)
        assert not app.exception, app.exception
        assert app.title[0].value == title
        assert story in all_text(app)


def test_a_hostile_story_and_name_are_shown_as_text(own_store: Path):
    con = connect(own_store)
    initiative = con.execute("SELECT min(initiatief_id) FROM voorbeeld").fetchone()[0]
    con.execute("UPDATE initiatief SET naam = ? WHERE id = ?", [HOSTILE_NAME, initiative])
    cocreation.mark_example(con, initiative, story=HOSTILE_STORY, moderator="test")
    con.close()
    app = open_app("voorbeelden.py", voorbeeld=initiative)
    assert not app.exception, app.exception
    headers = card_headers(app)
    assert len(headers) == 1
    assert "&lt;b&gt;Naam&lt;/b&gt;" in headers[0]
    assert "<b>Naam" not in headers[0]
    story = next(m.value for m in app.markdown if "alert" in m.value)
    assert "<script>" not in story
    assert "](http://evil.example" not in story
    assert "**vet**" not in story
    assert as_read(story) == " ".join(HOSTILE_STORY.split()), "the reader sees the story exactly as written"
    for element in app.markdown:
        assert "](http://evil.example" not in element.value


def test_without_examples_the_page_says_how_they_come(own_store: Path):
    con = connect(own_store)
    con.execute("DELETE FROM voorbeeld")
    con.close()
    app = open_app("voorbeelden.py")
    assert not app.exception, app.exception
    assert any("nog geen voorbeelden" in i.body for i in app.info)
    assert not card_headers(app)
    assert not maps(app)


# --- The examples slide set in Presenteren ---------------------------------------------------


def slide_title(app) -> str:
    for element in app.get("html"):
        if 'class="cdt-title"' in element.value:
            return element.value.split('class="cdt-title">', 1)[1].split("</h2>", 1)[0]
    raise AssertionError("no slide on screen")


@pytest.mark.usefixtures("app_env")
def test_the_examples_are_a_slide_set_to_choose_in_presenteren(examples):
    app = open_app("presenteren.py")
    picker = app.multiselect(key="presenteren_dias")
    assert "Inspirerende voorbeelden (één per dia)" in picker.options
    assert "voorbeelden" not in picker.value, "not in the default deck"

    app = open_app(jaar="2024")
    app.query_params.update({"dias": "kerncijfers,voorbeelden", "dia": "2"})
    app.switch_page("app_pages/presenteren.py").run()
    assert not app.exception, app.exception
    names = sorted(examples["naam"], key=str)
    assert slide_title(app) == names[0], "the second slide is the first example"
    assert any(f"Dia 2 van {1 + len(examples)}" in h.value for h in app.get("html")), "one slide per example"
    assert app.get("plotly_chart"), "the example's map is on its slide"
    shown = " ".join(h.value for h in app.get("html"))
    assert examples.iloc[0]["verhaal"] not in shown, "the story is for the speaker notes"
    first = examples.loc[examples["naam"] == names[0]].iloc[0]
    for partner in first["partners"].itertuples():
        assert partner.naam in shown, "the partners are on the slide"
