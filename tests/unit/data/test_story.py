"""The slide story on the small store: titles written from known data, slides skipped without data."""

import duckdb
import pytest

from data.indicators import INDICATOR_BY_CODE
from data.story import DEFAULT_KINDS, build_story, comparison_start, highlighted_initiatives


@pytest.fixture
def con(small_con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    # Enschede equals Twente on the museum distance, so the focus slide has one clear highlight.
    small_con.execute(
        "UPDATE indicator_waarde SET waarde = 7.8 "
        "WHERE gemeente_code = 'GM0153' AND indicator = 'afstand_museum'"
    )
    return small_con


def titles(con: duckdb.DuckDBPyConnection, **kwargs: object) -> dict[str, str]:
    return {s.kind: s.title for s in build_story(con, **kwargs)}


def test_titles_are_written_from_the_data(con):
    found = titles(con, year=2023, focus="GM0153")
    assert list(found) == list(DEFAULT_KINDS)
    assert found["kerncijfers"] == "In 2023 liepen 3 culturele initiatieven in Twente, met 800 deelnemers"
    # Twente has no value for 2022, so the title states the level instead of a change.
    assert found["deelname"] == "Cultuurdeelname in Twente: 78% in 2023"
    assert found["themas"] == "Tijd en ruimte bereikt 2 van de 14 gemeenten, Traditie en innovatie 1"
    assert found["gaten"].startswith("14 gemeenten missen een thema, het vaakst ")
    assert found["grenzeloos"] == "Eén initiatief werkt samen met Duitse partners, in 1 Kreis"
    assert found["focus"] == "Enschede ligt bij cultuurdeelname 2,0 procentpunt boven Twente"
    assert found["initiatieven"] == "3 initiatieven uit 2023 met samen 1.600 deelnemers"
    assert found["bronnen"] == "Bronnen en verantwoording"


def test_a_rise_since_the_first_year_is_the_headline(con):
    con.execute(
        "INSERT INTO indicator_waarde VALUES "
        "('CR12', 2022, 'cultuurdeelname', 'totaal', 70.4, 'test', 'definitief')"
    )
    assert titles(con, year=2023)["deelname"] == "Cultuurdeelname in Twente steeg van 70% naar 78% sinds 2022"
    english = titles(con, year=2023, lang="en")["deelname"]
    assert english == "Cultural participation in Twente rose from 70% to 78% since 2022"


def test_key_numbers_and_notes_carry_the_figures(con):
    slides = {s.kind: s for s in build_story(con, year=2023, focus="GM0153")}
    numbers = {n.label: n.value for n in slides["kerncijfers"].numbers}
    assert numbers == {
        "Initiatieven": "3",
        "Deelnemers": "800",
        "Budget": "€ 29.000",
        "Grensoverschrijdend": "33%",
    }
    deelname = {n.label: n.value for n in slides["deelname"].numbers}
    assert deelname["Hengelo (hoogst)"] == "85,0%"
    assert deelname["Losser (laagst)"] == "70,0%"
    assert "Deelnemers: 800" in slides["kerncijfers"].notes()
    assert slides["deelname"].source.startswith(INDICATOR_BY_CODE["cultuurdeelname"].source)


def test_slides_without_data_are_skipped(con):
    # 2021: no initiative runs and no indicator has a value yet; only the sources remain.
    assert [s.kind for s in build_story(con, year=2021)] == ["bronnen"]
    # An unknown focus municipality drops only its own slide.
    assert "focus" not in titles(con, year=2023, focus="GM9999")


def test_chosen_slides_keep_their_order_and_unknown_names_are_ignored(con):
    kinds = ["initiatieven", "kerncijfers", "geen_dia", "kerncijfers"]
    assert [s.kind for s in build_story(con, year=2023, kinds=kinds)] == ["initiatieven", "kerncijfers"]


def test_demo_data_gets_a_notice_slide(con):
    sources = build_story(con, year=2023, kinds=["bronnen"], demo=True)[0]
    assert sources.title == "Let op: de cijfers in deze presentatie zijn fictieve demodata"
    assert sources.lines[0].startswith("Demodata:")
    german = build_story(con, year=2023, kinds=["bronnen"], lang="de", demo=True)[0]
    assert german.title.startswith("Hinweis:")


def test_highlighted_initiatives_take_the_largest_reach_per_theme(con):
    chosen = highlighted_initiatives(con, 2023)
    assert chosen["naam"].tolist() == ["Maakplaats", "Erfgoedroute", "Grensfestival"]
    assert highlighted_initiatives(con, 2021).empty


def test_comparison_starts_after_a_series_break():
    indicator = INDICATOR_BY_CODE["cultuurdeelname"]  # break in 2021
    assert comparison_start(indicator, [2019, 2020, 2021, 2022, 2024], 2024) == 2021
    assert comparison_start(indicator, [2019, 2020], 2020) == 2019
    assert comparison_start(INDICATOR_BY_CODE["amateurkunst"], [2019, 2022, 2024], 2022) == 2019
