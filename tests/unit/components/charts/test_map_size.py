"""The performance fixes of issue 9 keep what the charts show (bench/RESULTS.md has the timings).

Map labels are one text trace, trend figures are built in one call, and the
cross-border map caps its partner lists: the figures must still say the same things.
"""

from __future__ import annotations

import pandas as pd

from components.charts.grenzeloos import MAX_HOVER_NAMES, _link_traces, _place_trace
from components.charts.indicators import trend_figure
from components.charts.maps import map_label_trace
from data.reference import COUNTRY_NL, REGION_TWENTE

LABELS = pd.DataFrame({"naam": ["Almelo", "Enschede"], "lon": [6.66, 6.89], "lat": [52.36, 52.22]})


def test_map_labels_are_text_at_their_places_that_never_hover():
    trace = map_label_trace(labels=LABELS, font_size=11)
    assert list(trace.text) == ["Almelo", "Enschede"]
    assert (list(trace.lon), list(trace.lat)) == ([6.66, 6.89], [52.36, 52.22])
    assert trace.mode == "text"
    assert trace.textfont.size == 11
    assert trace.hoverinfo == "skip", "a name must not hide the area's own hover"


def test_map_labels_take_one_position_per_label():
    trace = map_label_trace(labels=LABELS, position=["bottom center", "middle center"], italic=True)
    assert list(trace.textposition) == ["bottom center", "middle center"]
    assert trace.textfont.style == "italic"


def _series() -> pd.DataFrame:
    rows = [
        (code, year, value + year - 2020)
        for code, value in (("GM0153", 80.0), (REGION_TWENTE, 78.0), (COUNTRY_NL, 82.0), ("GM0164", 70.0))
        for year in (2022, 2020, 2021)  # unsorted on purpose
    ]
    return pd.DataFrame(rows, columns=["gemeente_code", "jaar", "waarde"])


def test_trend_figure_draws_focus_compare_twente_and_nl_in_order_with_sorted_years():
    names = {"GM0153": "Enschede", "GM0164": "Hengelo", REGION_TWENTE: "Twente", COUNTRY_NL: "Nederland"}
    figure = trend_figure(
        series=_series(), names=names, focus="GM0153", unit="%", lang="nl", compare=["GM0164"]
    )
    assert [t.name for t in figure.data] == ["Enschede", "Hengelo", "Twente", "Nederland"]
    assert list(figure.data[0].x) == [2020, 2021, 2022]
    assert list(figure.data[0].y) == [80.0, 81.0, 82.0]
    assert figure.data[0].line.width == 3, "the municipality itself stands out"
    assert figure.layout.hovermode == "x unified"


def test_trend_figure_marks_a_series_break_and_skips_missing_series():
    series = _series()[lambda f: f["gemeente_code"] != COUNTRY_NL]
    figure = trend_figure(
        series=series, names={}, focus="GM0153", unit="%", lang="nl", series_breaks={2021: "nieuwe methode"}
    )
    assert len(figure.data) == 2, "no line for the Netherlands when it has no values"
    (shape,) = figure.layout.shapes
    assert (shape.x0, shape.line.dash) == (2020.5, "dot")
    (note,) = figure.layout.annotations
    assert note.text == "trendbreuk"
    assert note.hovertext == "nieuwe methode"


def test_partner_place_hover_lists_at_most_the_cap_and_says_how_many_more():
    organisations = [f"Verein {n:03d}" for n in range(MAX_HOVER_NAMES + 5)]
    places = pd.DataFrame(
        {
            "plaats": ["Gronau"],
            "kreis": ["Kreis Borken"],
            "lat": [52.21],
            "lon": [7.04],
            "initiatieven": [3],
            "organisaties": [organisations],
        }
    )
    (hover,) = _place_trace(places, "nl").hovertext
    assert hover.count("• ") == MAX_HOVER_NAMES
    assert "… en nog 5" in hover
    assert "Verein 000" in hover
    assert f"Verein {MAX_HOVER_NAMES:03d}" not in hover


def test_links_with_the_same_count_share_one_trace_of_separate_lines():
    links = pd.DataFrame(
        {
            "gemeente_code": ["GM0153", "GM0164", "GM0153"],
            "gemeente": ["Enschede", "Hengelo", "Enschede"],
            "plaats": ["Gronau", "Gronau", "Ahaus"],
            "kreis": ["Kreis Borken"] * 3,
            "lon": [7.04, 7.04, 7.01],
            "lat": [52.21, 52.21, 52.08],
            "initiatieven": [2, 2, 5],
            "namen": [["A", "B"], ["C", "D"], ["E"]],
        }
    )
    origins = pd.DataFrame({"code": ["GM0153", "GM0164"], "lon": [6.89, 6.79], "lat": [52.22, 52.26]})
    two, five, hover_points = _link_traces(links, origins, "nl")
    assert list(two.lon) == [6.89, 7.04, None, 6.79, 7.04, None]
    assert list(five.lat) == [52.22, 52.08, None]
    assert two.line.width < five.line.width
    assert len(hover_points.text) == 3
