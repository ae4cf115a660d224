"""Thema's charts are pure functions: frames in, figures out, also for the gaps real data has."""

import xml.etree.ElementTree as ET

import pandas as pd

from components.charts.maps import SEQUENTIAL_SCALE
from components.charts.palette import DEKKING_SHADES, GAP_FILL, GAP_LINE, MISSING_COLOUR
from components.charts.svg import scale_colour
from components.charts.themas import ThemeMaps, dekking_bars, target_group_figure, theme_maps
from data.reference import TARGET_GROUPS, THEMES

SVG = "{http://www.w3.org/2000/svg}"


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


def test_the_dekking_bars_keep_the_order_shade_by_themes_covered_and_say_it_in_words():
    frame = pd.DataFrame(
        {
            "naam": ["Wierden", "<i>Borne</i>", "Enschede"],
            "score": [44.4, 72.0, 95.0],
            "themas_gedekt": [1, 2, 3],
        }
    )
    svg, words = dekking_bars(frame=frame, lang="nl")
    root = parse(svg)
    bars = root.findall(f"{SVG}rect")
    assert [b.get("fill") for b in bars] == [DEKKING_SHADES[1], DEKKING_SHADES[2], DEKKING_SHADES[3]]
    widths = [float(b.get("width")) for b in bars]
    assert widths == sorted(widths), "longer for a higher score, weakest first"
    assert widths[0] > 0
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts[:6] == ["Wierden", "44", "<i>Borne</i>", "72", "Enschede", "95"], "names read back plain"
    assert "<i>" not in svg
    assert words == (
        "Dekkingsscore: Wierden: 44 (Thema's gedekt 1 / 3); <i>Borne</i>: 72 (Thema's gedekt 2 / 3); "
        "Enschede: 95 (Thema's gedekt 3 / 3)"
    )


# --- The three theme maps, drawn as SVG ------------------------------------------------------

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


def maps(lang: str = "nl", frame: pd.DataFrame | None = None, measure: str = "aantal") -> ThemeMaps:
    return theme_maps(
        geojson=GEOJSON,
        frame=map_frame() if frame is None else frame,
        measure=measure,
        per_1000=False,
        lang=lang,
        labels=LABELS,
    )


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - the app's own markup, built in this test


def areas_of(svg: str) -> list[ET.Element]:
    return parse(svg).findall(f"{SVG}path")


def names_of(svg: str) -> dict[str, str]:
    """The names written on a map, with their text-anchor."""
    return {t.text: t.get("text-anchor") for t in parse(svg).iter(f"{SVG}text")}


def test_the_three_themes_are_three_maps_in_theme_order_each_named_after_its_theme():
    drawn = maps()
    assert [m.theme for m in drawn.maps] == [t.code for t in THEMES]
    assert [m.title for m in drawn.maps] == [t.nl for t in THEMES]
    assert [m.title for m in maps("en").maps] == [t.en for t in THEMES]


def test_each_map_draws_every_area_once_on_one_shared_scale_and_the_gaps_apart():
    drawn = maps()
    highest = max(value for areas in VALUES.values() for value, _count in areas.values())
    for one, theme in zip(drawn.maps, VALUES, strict=True):
        paths = areas_of(one.svg)
        assert len(paths) == len(AREAS), f"{theme}: each area once"
        gaps = {code for code, (_v, count) in VALUES[theme].items() if count == 0}
        fills = [p.get("fill") for p in paths]
        assert fills.count(GAP_FILL) == len(gaps), theme
        assert [p.get("stroke") for p in paths].count(GAP_LINE) == len(gaps), "gaps outlined in red"
        assert all(p.get("stroke") == GAP_LINE for p in paths[len(paths) - len(gaps) :]), (
            "gaps drawn last: their outline is not covered"
        )
        values = sorted(v for code, (v, count) in VALUES[theme].items() if count > 0)
        expected = sorted(scale_colour(SEQUENTIAL_SCALE, v / highest) for v in values)
        assert sorted(f for f in fills if f != GAP_FILL) == expected, f"{theme}: one scale for all maps"
        assert sorted(names_of(one.svg)) == sorted(AREAS[c] for c in gaps), f"{theme}: only gaps named"
    darkest = scale_colour(SEQUENTIAL_SCALE, 1.0)
    assert [f.get("fill") for m in drawn.maps for f in areas_of(m.svg)].count(darkest) == 1, (
        "only the highest value of any theme has the darkest colour"
    )


def test_the_legend_spans_zero_to_the_highest_value_in_the_readers_language():
    drawn = maps(measure="budget", frame=map_frame().assign(waarde=lambda f: f["waarde"] * 1250))
    assert [t.text for t in parse(drawn.legend_svg).iter(f"{SVG}text")] == ["€ 0", "€ 11.250"]
    assert drawn.legend_alt == "Kleurschaal van € 0 (licht) tot € 11.250 (donker)."
    assert maps("en").legend_alt == "Colour scale from 0 (light) to 9 (dark)."


def test_the_alt_text_names_each_area_with_its_value_and_count_or_the_gap():
    first = maps().maps[0]
    assert first.alt.startswith("Kaart van Twente, Tijd en ruimte: ")
    assert "Enschede: 9 (9 initiatieven)" in first.alt
    assert "Borne: geen initiatief in dit thema" in first.alt
    assert "Almelo: 4 (4 initiatieven)" in first.alt
    assert maps("de").maps[2].alt.startswith("Karte von Twente, Grenzenloses Twente: ")


def test_names_from_data_are_escaped_in_the_picture():
    hostile = LABELS.assign(naam=["<b>Almelo</b>", "Borne & co", "Enschede"])
    drawn = theme_maps(
        geojson=GEOJSON, frame=map_frame(), measure="aantal", per_1000=False, lang="nl", labels=hostile
    )
    svg = drawn.maps[2].svg  # grenzeloos: Almelo and Borne are gaps
    assert "<b>" not in svg
    assert sorted(names_of(svg)) == ["<b>Almelo</b>", "Borne & co"], "read back as the plain name"


def test_no_initiatives_at_all_still_gives_three_grey_maps():
    empty = map_frame().iloc[0:0]
    drawn = theme_maps(
        geojson=GEOJSON, frame=empty, measure="budget", per_1000=True, lang="de", labels=LABELS
    )
    assert len(drawn.maps) == 3
    for one in drawn.maps:
        assert {p.get("fill") for p in areas_of(one.svg)} == {MISSING_COLOUR}
        assert names_of(one.svg) == {}


def test_names_on_the_edge_of_twente_are_written_inwards_not_past_their_map():
    anchors = names_of(maps().maps[2].svg)  # grenzeloos: Almelo (west) and Borne are gaps
    assert anchors == {"Borne": "middle", "Almelo": "start"}, "Almelo lies west, Borne in the middle"
