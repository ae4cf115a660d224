"""The map's extent: every area in view, whatever the geometry type."""

from __future__ import annotations

import pandas as pd

from components.charts.maps import geo_layout, geojson_bounds, map_label_trace, twente_label_positions

SQUARE = {"type": "Polygon", "coordinates": [[[6.5, 52.1], [6.9, 52.1], [6.9, 52.4], [6.5, 52.1]]]}
ISLANDS = {
    "type": "MultiPolygon",
    "coordinates": [
        [[[7.0, 52.0], [7.2, 52.0], [7.2, 52.2], [7.0, 52.0]]],
        [[[6.0, 52.5], [6.1, 52.5], [6.1, 52.6], [6.0, 52.5]]],
    ],
}


def collection(*geometries: dict) -> dict:
    return {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": g} for g in geometries]}


def test_bounds_cover_polygons_and_every_part_of_multipolygons_across_collections():
    assert geojson_bounds(collection(SQUARE), collection(ISLANDS)) == (6.0, 52.0, 7.2, 52.6)


def test_map_extent_is_the_bounds_with_a_margin_on_every_side():
    geo = geo_layout(bounds=(6.0, 52.0, 7.0, 52.5), margin=0.1)
    assert geo["lonaxis"]["range"] == [5.9, 7.1]
    assert geo["lataxis"]["range"] == [51.95, 52.55]
    assert geo["visible"] is False, "no base map: only our own boundaries are drawn"


def test_without_areas_the_map_fits_its_points_and_lines():
    assert geojson_bounds(collection()) is None
    assert geo_layout(bounds=None)["fitbounds"] == "locations"


def test_losser_is_named_beside_its_point_so_oldenzaal_stays_readable():
    labels = pd.DataFrame(
        {
            "code": ["GM0173", "GM0168"],
            "naam": ["Oldenzaal", "Losser"],
            "lon": [6.917, 6.99],
            "lat": [52.31] * 2,
        }
    )
    trace = map_label_trace(labels=labels, position=twente_label_positions(labels))
    assert list(trace.textposition) == ["bottom center", "middle right"]


def test_close_neighbours_are_named_above_and_below_their_points_so_no_names_collide():
    """Centred, these pairs overlapped on a tablet's column (issue 18): one goes up, one down."""
    codes = {"GM0141": "Almelo", "GM0189": "Wierden", "GM0164": "Hengelo", "GM0153": "Enschede"}
    labels = pd.DataFrame({"code": list(codes), "naam": list(codes.values()), "lon": 6.7, "lat": 52.3})
    assert twente_label_positions(labels) == ["top center", "bottom center", "top center", "middle center"]
