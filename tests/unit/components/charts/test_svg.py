"""The figures drawn on the server as SVG: the profile's sparklines, comparison and locator map (issue 18)."""

from __future__ import annotations

import base64
import itertools
import math
import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from components.charts.palette import (
    COMPARE_COLOURS,
    FOCUS_COLOUR,
    LOCATOR_BACKGROUND,
    NL_COLOUR,
    TWENTE_COLOUR,
)
from components.charts.svg import (
    CHAR_WIDTH,
    NARROW_CLASS,
    WIDE_CLASS,
    locator_svg,
    nice_ticks,
    series_description,
    svg_image,
    trend_chart_svg,
    trend_sparkline_svg,
)
from data import geo
from data.reference import COUNTRY_NL, GEMEENTE_CODES, REGION_TWENTE

SVG = "{http://www.w3.org/2000/svg}"
NAMES = {"GM0153": "Enschede", REGION_TWENTE: "Twente", COUNTRY_NL: "Nederland"}


def _series(missing: tuple[str, int] | None = None) -> pd.DataFrame:
    rows = [
        (code, year, None if (code, year) == missing else base + year - 2018)
        for code, base in (("GM0153", 80.0), (REGION_TWENTE, 70.0), (COUNTRY_NL, 75.0))
        for year in (2020, 2018, 2019, 2021)  # unsorted on purpose
    ]
    return pd.DataFrame(rows, columns=["gemeente_code", "jaar", "waarde"])


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - the app's own markup, built in this test


def _sparkline(series: pd.DataFrame, **extra: object) -> ET.Element:
    svg = trend_sparkline_svg(
        series=series, names=NAMES, focus="GM0153", unit="%", lang="nl", label="Cultuurdeelname", **extra
    )
    return _parse(svg)


def _paths(root: ET.Element) -> list[ET.Element]:
    return [p for p in root.iter(f"{SVG}path")]


def test_a_line_per_area_with_the_municipality_on_top_in_its_colour():
    root = _sparkline(_series())
    strokes = [p.get("stroke") for p in _paths(root)]
    assert strokes == [TWENTE_COLOUR, NL_COLOUR, FOCUS_COLOUR]  # drawn last, so on top
    dashes = [p.get("stroke-dasharray") for p in _paths(root)]
    assert dashes[0]
    assert dashes[1]
    assert dashes[2] is None
    assert len(list(root.iter(f"{SVG}circle"))) == 12  # every stored value is a point


def test_a_missing_year_is_a_gap_not_a_bridge():
    root = _sparkline(_series(missing=("GM0153", 2019)))
    own = _paths(root)[-1].get("d")
    assert own.count("M") == 2, own  # the pen lifts at 2019 and comes down again at 2020
    assert len(list(root.iter(f"{SVG}circle"))) == 11


def test_the_axes_say_the_lowest_and_highest_value_and_the_first_and_last_year():
    texts = [t.text for t in _sparkline(_series()).iter(f"{SVG}text")]
    assert "70,0%" in texts
    assert "83,0%" in texts
    assert "2018" in texts
    assert "2021" in texts


def test_a_series_break_is_marked_only_within_the_years_shown():
    inside = [
        t.text
        for t in _sparkline(_series(), series_breaks={2020: "nieuwe methode"}, break_label="trendbreuk").iter(
            f"{SVG}text"
        )
    ]
    outside = [
        t.text
        for t in _sparkline(_series(), series_breaks={2030: "later"}, break_label="trendbreuk").iter(
            f"{SVG}text"
        )
    ]
    assert "trendbreuk" in inside
    assert "trendbreuk" not in outside


def test_the_image_carries_its_alt_text_escaped_and_the_svg_unchanged():
    svg = trend_sparkline_svg(
        series=_series(),
        names=NAMES,
        focus="GM0153",
        unit="%",
        lang="nl",
        label='<script>alert("x")</script>',
    )
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    image = svg_image(svg, alt='Naam "met" <b>tekens</b>', max_height=200)
    assert "<b>" not in image
    assert 'alt="Naam &quot;met&quot; &lt;b&gt;tekens&lt;/b&gt;"' in image
    data = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', image).group(1)
    assert base64.b64decode(data).decode("utf-8") == svg


def test_the_values_in_words_follow_the_years():
    words = series_description(
        series=_series(missing=("GM0153", 2019)), name="Enschede", code="GM0153", unit="%", lang="nl"
    )
    assert words == "Enschede: 2018 80,0%, 2020 82,0%, 2021 83,0%."
    assert series_description(series=_series(), name="Losser", code="GM0168", unit="%", lang="nl") == ""


@pytest.mark.parametrize("focus", ["GM0153", "GM1735"])
def test_the_locator_draws_the_14_municipalities_with_one_in_blue(focus: str):
    root = _parse(
        locator_svg(geojson=geo.to_geojson(geo.load_twente_gemeenten()), focus=focus, label="Ligging")
    )
    paths = _paths(root)
    assert len(paths) == len(GEMEENTE_CODES) == 14
    assert [p.get("fill") for p in paths].count(FOCUS_COLOUR) == 1
    assert paths[-1].get("fill") == FOCUS_COLOUR  # drawn last: its outline is not covered
    assert {p.get("fill") for p in paths[:-1]} == {LOCATOR_BACKGROUND}
    _, _, width, height = map(float, root.get("viewBox").split())
    assert 0.6 < height / width < 1.2  # Twente as on the maps, not squashed


@pytest.mark.parametrize(
    ("low", "high"), [(29.8, 59.6), (0.012, 0.034), (-3.0, 4.5), (112.0, 112.0), (0.0, 1250.0)]
)
def test_the_axis_names_round_steps_that_cover_every_value(low: float, high: float):
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low
    assert ticks[-1] >= high
    steps = {round(b - a, 9) for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1, ticks  # evenly spaced
    (step,) = steps
    assert round(step / 10 ** math.floor(math.log10(step)), 6) in {1, 2, 2.5, 5}
    assert 2 <= len(ticks) <= 7  # a handful of names, not one per value


def _comparison(series: pd.DataFrame, compare: list[str], names: dict[str, str]) -> ET.Element:
    svg = trend_chart_svg(
        series=series, names=names, focus="GM0153", compare=compare, unit="%", lang="nl", label="Vergelijking"
    )
    return _parse(svg)


def _with_others(*codes: str) -> pd.DataFrame:
    others = pd.DataFrame(
        [
            (code, year, 60.0 + index + year - 2018)
            for index, code in enumerate(codes)
            for year in range(2018, 2022)
        ],
        columns=["gemeente_code", "jaar", "waarde"],
    )
    return pd.concat([_series(), others], ignore_index=True)


def test_the_comparison_draws_the_chosen_others_in_their_colours_under_the_municipality():
    names = {**NAMES, "GM0164": "Hengelo", "GM0141": "Almelo"}
    root = _comparison(_with_others("GM0164", "GM0141"), ["GM0164", "GM0141"], names)
    strokes = [p.get("stroke") for p in _paths(root)]
    assert strokes == [NL_COLOUR, TWENTE_COLOUR, COMPARE_COLOURS[1], COMPARE_COLOURS[0], FOCUS_COLOUR]
    assert len(list(root.iter(f"{SVG}circle"))) == 5 * 4
    texts = [t.text for t in root.iter(f"{SVG}text")]
    legend = [t for t in texts if t in names.values()]
    assert legend == ["Enschede", "Hengelo", "Almelo", "Twente", "Nederland"]  # the legend's order


def test_the_comparison_names_an_axis_step_and_every_year_when_there_is_room():
    texts = [t.text for t in _comparison(_series(), [], NAMES).iter(f"{SVG}text")]
    assert [t for t in texts if t and t.isdigit()] == ["2018", "2019", "2020", "2021"]
    assert {"70%", "75%", "80%", "85%"} <= set(texts)


def test_many_years_are_named_every_few_so_no_two_names_overlap():
    rows = pd.DataFrame(
        [("GM0153", year, float(year % 7)) for year in range(1960, 2025)],
        columns=["gemeente_code", "jaar", "waarde"],
    )
    root = _comparison(rows, [], NAMES)
    named = [t for t in root.iter(f"{SVG}text") if t.text and t.text.isdigit() and len(t.text) == 4]
    xs = sorted(float(t.get("x")) for t in named)
    assert len(named) >= 5
    assert min(b - a for a, b in itertools.pairwise(xs)) > 4 * CHAR_WIDTH  # wider than a year's name


def test_a_long_legend_wraps_and_names_from_data_are_escaped():
    names = {**NAMES, "GM0164": "<b>Hengelo</b> & " + "een heel lange naam " * 3}
    svg = trend_chart_svg(
        series=_with_others("GM0164"),
        names=names,
        focus="GM0153",
        compare=["GM0164"],
        unit="%",
        lang="nl",
        label="Vergelijking",
    )
    assert "<b>" not in svg
    root = _parse(svg)
    legend = [t for t in root.iter(f"{SVG}text") if t.text in names.values()]
    assert len({t.get("y") for t in legend}) >= 2  # the legend took a second row
    width = float(root.get("viewBox").split()[2])
    assert all(float(t.get("x")) + len(t.text) * CHAR_WIDTH <= width for t in legend)  # none runs off


def test_the_comparison_marks_a_series_break_and_draws_no_line_for_an_area_without_values():
    series = _series()[lambda f: f["gemeente_code"] != COUNTRY_NL]
    svg = trend_chart_svg(
        series=series,
        names=NAMES,
        focus="GM0153",
        compare=[],
        unit="%",
        lang="nl",
        label="Vergelijking",
        series_breaks={2020: "nieuwe methode"},
        break_label="trendbreuk",
    )
    root = _parse(svg)
    assert [p.get("stroke") for p in _paths(root)] == [TWENTE_COLOUR, FOCUS_COLOUR]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "trendbreuk" in texts
    assert "Nederland" not in texts  # no legend entry for a line that is not there


def test_a_picture_with_a_phone_layout_sends_both_with_one_alt_text():
    image = svg_image("<svg>wide</svg>", alt="Vergelijking", max_height=300, narrow="<svg>smal</svg>")
    found = re.findall(r'<img class="([^"]+)" src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]*)"', image)
    assert [(css, base64.b64decode(data).decode(), alt) for css, data, alt in found] == [
        (WIDE_CLASS, "<svg>wide</svg>", "Vergelijking"),
        (NARROW_CLASS, "<svg>smal</svg>", "Vergelijking"),
    ]
