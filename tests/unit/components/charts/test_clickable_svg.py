"""The clickable map and ranking drawn on the server (issue 18): what a reader sees and can click."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from components.charts.clickable_svg import areas_svg, map_legend_svg, ranking_html, scale_fills, value_shares
from components.charts.maps import hover_lines
from components.charts.palette import MISSING_COLOUR
from components.charts.svg import scale_colour
from data import geo
from data.formatting import format_value
from data.reference import GEMEENTEN

SVG = "{http://www.w3.org/2000/svg}"


def parse(markup: str) -> ET.Element:
    return ET.fromstring(markup)  # noqa: S314 - the app's own markup, built in this test


@pytest.fixture(scope="module")
def twente() -> tuple[dict, pd.DataFrame]:
    gemeenten = geo.load_twente_gemeenten()
    return geo.to_geojson(gemeenten), geo.label_points(gemeenten)


def _frame(values: list[float | None]) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "gemeente_code": [g.code for g in GEMEENTEN],
            "naam": [g.naam for g in GEMEENTEN],
            "waarde": values,
        }
    )
    frame["rang"] = frame["waarde"].rank(ascending=False, method="min")
    return frame.sort_values("waarde", ascending=False, na_position="last").reset_index(drop=True)


def test_shares_follow_plotly_a_midpoint_centres_the_scale_and_missing_stays_missing():
    values = pd.Series([-2.0, 0.0, 6.0, None])
    assert value_shares(values, midpoint=None, reverse=False) == [0.0, 0.25, 1.0, None]
    assert value_shares(values, midpoint=None, reverse=True) == [1.0, 0.75, 0.0, None]
    # Around zero, as plotly's zmid: -6..6, so no change gets the scale's middle colour.
    assert value_shares(values, midpoint=0.0, reverse=False) == pytest.approx([1 / 3, 0.5, 1.0, None])
    assert value_shares(pd.Series([4.0, 4.0]), midpoint=None, reverse=False) == [0.5, 0.5]


def test_every_municipality_is_an_area_with_its_tip_and_missing_ones_are_grey(twente):
    geojson, labels = twente
    values = [float(n) for n in range(13)] + [None]
    frame = _frame(values)
    fills = scale_fills(frame=frame, colour_scale="YlGnBu", higher_is_better=True, midpoint=None)
    tips = dict(zip(frame["gemeente_code"], hover_lines(frame, unit="%", lang="nl"), strict=True))
    svg = parse(
        areas_svg(geojson=geojson, fills=fills, tips=tips, labels=labels, label="Kaart", selectable=True)
    )
    items = {g.get("data-code"): g for g in svg.iter(f"{SVG}g")}
    assert len(items) == 14
    best = frame.iloc[0]
    assert items[best["gemeente_code"]].find(f"{SVG}path").get("fill") == scale_colour("YlGnBu", 1.0)
    assert items[best["gemeente_code"]].get("data-tip").split("\n") == [
        best["naam"],
        "12,0%",
        "rang 1 van 13",
    ]
    missing = frame.iloc[-1]["gemeente_code"]
    assert items[missing].find(f"{SVG}path").get("fill") == MISSING_COLOUR
    assert items[missing].get("data-tip").endswith("geen gegevens")
    # Clickable: each area is a button that the keyboard reaches, named by its tip.
    assert all(g.get("tabindex") == "0" and g.get("role") == "button" for g in items.values())
    assert items[best["gemeente_code"]].get("aria-label").startswith(f"{best['naam']}, 12,0%")
    assert sorted(t.text for t in svg.iter(f"{SVG}text")) == sorted(g.naam for g in GEMEENTEN)


def test_a_map_that_only_shows_is_one_image_and_no_tab_stop(twente):
    geojson, labels = twente
    frame = _frame([1.0] * 14)
    fills = scale_fills(frame=frame, colour_scale="YlGnBu", higher_is_better=True, midpoint=None)
    markup = areas_svg(geojson=geojson, fills=fills, tips={}, labels=labels, label="Kaart", selectable=False)
    svg = parse(markup)
    assert svg.get("role") == "img"
    assert "tabindex" not in markup


def test_texts_from_data_are_escaped(twente):
    geojson, labels = twente
    hostile = '<script>alert("x")</script> & "quotes"'
    labels = labels.assign(naam=hostile)
    frame = _frame([1.0] * 14)
    tips = {code: [hostile, "1"] for code in frame["gemeente_code"]}
    markup = areas_svg(
        geojson=geojson, fills={"GM0153": "#000000"}, tips=tips, labels=labels, label=hostile, selectable=True
    )
    assert "<script>" not in markup
    parse(markup)  # still well-formed
    ranking = ranking_html(
        frame=frame.assign(naam=hostile),
        show=lambda v: hostile,
        tips=[[hostile]] * 14,
        twente=None,
        nederland=None,
        axis_title=hostile,
        lang="nl",
        label=hostile,
        selectable=True,
    )
    assert "<script>" not in ranking


def _ranking(values: list[float | None]) -> ET.Element:
    frame = _frame(values)
    markup = ranking_html(
        frame=frame,
        show=lambda v: format_value(v, "%", "nl"),
        tips=hover_lines(frame, unit="%", lang="nl"),
        twente=5.0,
        nederland=6.5,
        axis_title="%",
        lang="nl",
        label="Rangorde",
        selectable=True,
    )
    return parse(markup)


def _left_and_width(bar: ET.Element) -> tuple[float, float]:
    style = dict(part.split(":") for part in bar.get("style").split(";"))
    return float(style["left"].rstrip("%")), float(style["width"].rstrip("%"))


def test_the_ranking_has_one_bar_per_known_value_best_first_with_twente_and_nl():
    ranking = _ranking([float(n) for n in range(13)] + [None])
    rows = [e for e in ranking.iter("div") if e.get("data-code")]
    assert len(rows) == 13, "no bar for a municipality without a value"
    values = [row.find(".//span[@class='cdt-value cdt-after']").text for row in rows]
    assert values[0] == "12,0%"
    assert values[-1] == "0,0%"
    widths = [_left_and_width(row.find(".//span[@class='cdt-bar']"))[1] for row in rows]
    assert widths == sorted(widths, reverse=True)
    assert widths[0] == pytest.approx(100.0)
    keys = "".join(ranking.find(".//div[@class='cdt-keys']").itertext())
    assert "Twente 5,0%" in keys
    assert "Nederland 6,5%" in keys


def test_a_fall_grows_left_of_the_zero_line():
    ranking = _ranking([4.0, -2.0] + [1.0] * 12)
    rows = {e.get("data-code"): e for e in ranking.iter("div") if e.get("data-code")}
    zero = float(ranking.find(".//span[@class='cdt-zero']").get("style").split(":")[1].rstrip("%"))
    fall = rows[GEMEENTEN[1].code].find(".//span[@class='cdt-bar']")
    left, width = _left_and_width(fall)
    assert left + width == pytest.approx(zero)
    assert "cdt-negative" in ranking.get("class"), "room for the values left of the bars"


def test_the_legend_runs_from_the_lowest_to_the_highest_value_in_the_readers_language():
    frame = _frame([float(n) for n in range(14)])
    legend = map_legend_svg(
        frame=frame,
        unit="%",
        lang="en",
        colour_scale="YlGnBu",
        higher_is_better=True,
        midpoint=None,
        change=False,
    )
    assert "0.0%" in legend
    assert "13.0%" in legend
    assert "Colour scale from 0.0% to 13.0%" in legend
