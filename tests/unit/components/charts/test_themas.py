"""Thema's charts are pure functions: frames in, figures out, also for the gaps real data has."""

import pandas as pd
import plotly.graph_objects as go

from components.charts.palette import GAP_FILL, GAP_LINE
from components.charts.themas import target_group_figure, theme_maps_figure
from data.reference import TARGET_GROUPS, THEMES


def test_target_groups_no_initiative_serves_are_drawn_as_zero_not_a_crash():
    """Real data: one theme reaches one group, the other themes nobody (was a TypeError in pandas 3)."""
    frame = pd.DataFrame({"thema": ["tijd_ruimte"], "doelgroep": ["jeugd"], "aantal": [3]})
    figure = target_group_figure(frame=frame, lang="nl")
    assert [trace.name for trace in figure.data] == [t.nl for t in THEMES]
    by_theme = {trace.name: dict(zip(trace.y, trace.x, strict=True)) for trace in figure.data}
    youth = next(g.nl for g in TARGET_GROUPS if g.code == "jeugd")
    assert by_theme["Tijd en ruimte"][youth] == 3
    assert sum(by_theme["Tijd en ruimte"].values()) == 3
    assert sum(by_theme["Grenzeloos Twente"].values()) == 0
    assert len(by_theme["Grenzeloos Twente"]) == len(TARGET_GROUPS)


# --- The three theme maps as one figure ------------------------------------------------------

# Three areas, written out here: each theme has its own gap (or none), values by hand.
AREAS = {"GM0141": "Almelo", "GM0147": "Borne", "GM0153": "Enschede"}
VALUES = {  # theme -> {area: (value, count)}; a count of 0 is a gap
    "tijd_ruimte": {"GM0141": (4.0, 4), "GM0147": (0.0, 0), "GM0153": (9.0, 9)},
    "traditie_innovatie": {"GM0141": (1.0, 1), "GM0147": (2.0, 2), "GM0153": (3.0, 3)},
    "grenzeloos": {"GM0141": (0.0, 0), "GM0147": (0.0, 0), "GM0153": (5.0, 5)},
}


def square(code: str, west: float) -> dict:
    ring = [[west, 52.0], [west + 0.1, 52.0], [west + 0.1, 52.1], [west, 52.0]]
    return {
        "type": "Feature",
        "properties": {"code": code},
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


GEOJSON = {
    "type": "FeatureCollection",
    "features": [square(code, 6.5 + 0.1 * i) for i, code in enumerate(AREAS)],
}
LABELS = pd.DataFrame(
    {"code": list(AREAS), "naam": list(AREAS.values()), "lon": [6.55, 6.65, 6.75], "lat": [52.05] * 3}
)


def map_frame() -> pd.DataFrame:
    rows = [
        {"gemeente_code": code, "naam": AREAS[code], "thema": theme, "waarde": value, "aantal": count}
        for theme, areas in VALUES.items()
        for code, (value, count) in areas.items()
    ]
    return pd.DataFrame(rows)


def maps(lang: str = "nl") -> go.Figure:
    return theme_maps_figure(
        geojson=GEOJSON, frame=map_frame(), measure="aantal", per_1000=False, lang=lang, labels=LABELS
    )


def test_the_three_themes_are_three_geo_subplots_of_one_figure_in_theme_order():
    figure = maps()
    layout = figure.to_plotly_json()["layout"]
    assert {"geo", "geo2", "geo3"} <= set(layout)
    assert "geo4" not in layout
    domains = [layout[g]["domain"]["x"] for g in ("geo", "geo2", "geo3")]
    assert domains == sorted(domains)
    assert domains[0][1] <= domains[1][0] <= domains[1][1] <= domains[2][0], "side by side, not overlapping"
    titles = [a.text.replace("<br>", " ") for a in figure.layout.annotations]
    assert titles == [f"<b>{t.nl}</b>" for t in THEMES], "each map is named after its theme"
    assert max(len(line) for a in figure.layout.annotations for line in a.text.split("<br>")) <= 16, (
        "long names go over two lines: three titles side by side fit a phone"
    )
    by_subplot = {}
    for trace in figure.data:
        by_subplot.setdefault(trace.geo, []).append(trace)
    assert list(by_subplot) == ["geo", "geo2", "geo3"]


def test_each_map_draws_every_area_once_with_its_own_value_and_the_gaps_apart():
    figure = maps()
    for subplot, theme in zip(("geo", "geo2", "geo3"), VALUES, strict=True):
        areas = [t for t in figure.data if t.geo == subplot and t.type == "choropleth"]
        drawn = [code for t in areas for code in t.locations]
        assert sorted(drawn) == sorted(AREAS), theme
        sent = [f["properties"]["code"] for t in areas for f in t.geojson["features"]]
        assert sorted(sent) == sorted(AREAS), f"{theme}: each boundary goes in once"
        gaps = {code for code, (_v, count) in VALUES[theme].items() if count == 0}
        for trace in areas:
            if trace.coloraxis:  # the values, on the shared colour scale
                assert dict(zip(trace.locations, trace.z, strict=True)) == {
                    code: VALUES[theme][code][0] for code in AREAS if code not in gaps
                }
            else:  # the gaps: red tint and outline, never on the value scale
                assert set(trace.locations) == gaps, theme
                assert trace.colorscale[0][1] == GAP_FILL
                assert trace.marker.line.color == GAP_LINE
                assert not trace.showscale
        labels = [t for t in figure.data if t.geo == subplot and t.type == "scattergeo"]
        named = sorted(name for t in labels for name in t.text)
        assert named == sorted(AREAS[c] for c in gaps), f"{theme}: the gaps are named, only they"


def test_one_colour_scale_and_one_colour_bar_for_all_three_maps():
    figure = maps()
    coloured = [t for t in figure.data if t.type == "choropleth" and t.coloraxis]
    assert len(coloured) == 3
    assert {t.coloraxis for t in coloured} == {"coloraxis"}
    assert figure.layout.coloraxis.cmin == 0
    assert figure.layout.coloraxis.cmax == 9.0, "the highest value of any theme"
    assert figure.layout.coloraxis.colorbar.orientation == "h"


def test_hover_names_the_area_its_value_and_count_or_the_gap():
    figure = maps()
    hover = {
        (t.geo, code): text
        for t in figure.data
        if t.type == "choropleth"
        for code, text in zip(t.locations, t.text, strict=True)
    }
    assert hover[("geo", "GM0153")] == "<b>Enschede</b><br>9<br>9 initiatieven"
    assert hover[("geo", "GM0147")] == "<b>Borne</b><br>geen initiatief in dit thema"
    english = maps("en")
    assert english.layout.annotations[0].text.replace("<br>", " ") == f"<b>{THEMES[0].en}</b>"
    assert english.layout.separators == ".,"


def test_no_initiatives_at_all_still_gives_three_empty_maps():
    empty = map_frame().iloc[0:0]
    figure = theme_maps_figure(
        geojson=GEOJSON, frame=empty, measure="budget", per_1000=True, lang="de", labels=LABELS
    )
    assert list(figure.data) == []
    assert {"geo", "geo2", "geo3"} <= set(figure.to_plotly_json()["layout"])


def test_names_on_the_edge_of_twente_are_written_inwards_not_past_their_map():
    figure = maps()
    sides = {
        name: side
        for t in figure.data
        if t.type == "scattergeo"
        for name, side in zip(t.text, t.textposition, strict=True)
    }
    assert sides == {"Borne": "middle center", "Almelo": "middle right"}, (
        "Almelo lies west, Borne in the middle"
    )
