"""The performance fixes of issue 9 keep what the charts show (bench/RESULTS.md has the timings).

Map labels are one text trace and the cross-border map caps its partner lists: the
figures must still say the same things.
"""

from __future__ import annotations

import pandas as pd

from components.charts.grenzeloos import MAX_HOVER_NAMES, _link_traces, _place_trace
from components.charts.maps import map_label_trace

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
