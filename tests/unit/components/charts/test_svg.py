"""The figures drawn on the server as SVG: the profile's sparklines and locator map (issue 18)."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from components.charts.palette import FOCUS_COLOUR, LOCATOR_BACKGROUND, NL_COLOUR, TWENTE_COLOUR
from components.charts.svg import locator_svg, series_description, svg_image, trend_sparkline_svg
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
