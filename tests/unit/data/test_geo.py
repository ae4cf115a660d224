"""The boundary loader finds, validates and explains."""

import json
from pathlib import Path

import pytest

from data import geo


def test_loads_the_fourteen_municipalities():
    frame = geo.load_twente_gemeenten()
    assert len(frame) == 14
    assert frame.geometry.is_valid.all()
    assert frame.index[0].startswith("GM")
    assert len(geo.load_german_districts()) == 9


def test_env_var_comes_first_in_the_search_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(geo.GEO_ENV_VAR, str(tmp_path))
    assert geo.search_path()[0] == tmp_path


def test_missing_files_give_a_dutch_explanation(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv(geo.GEO_ENV_VAR, str(tmp_path))
    with pytest.raises(geo.BoundaryError, match=r"niet gevonden.*CULTUUR_GEO_DIR"):
        geo.find_geo_file("bestaat_niet.geojson")


def test_incomplete_file_names_the_missing_municipalities(tmp_path: Path):
    source = json.loads(geo.find_geo_file(geo.TWENTE_FILE).read_text(encoding="utf-8"))
    source["features"] = [f for f in source["features"] if f["properties"]["naam"] != "Losser"]
    broken = tmp_path / geo.TWENTE_FILE
    broken.write_text(json.dumps(source), encoding="utf-8")
    with pytest.raises(geo.BoundaryError, match="mist 1 Twentse gemeenten: GM0168"):
        geo.load_twente_gemeenten(broken)


def test_unreadable_file_is_reported(tmp_path: Path):
    broken = tmp_path / geo.TWENTE_FILE
    broken.write_text("geen geojson", encoding="utf-8")
    with pytest.raises(
        geo.BoundaryError, match=r"grensbestand .*twente_gemeenten_2015.geojson is geen geldige GeoJSON"
    ):
        geo.load_twente_gemeenten(broken)


def test_geojson_keeps_only_the_properties_asked_for():
    collection = geo.to_geojson(geo.load_twente_gemeenten(), ("code",))
    assert set(collection["features"][0]["properties"]) == {"code"}


def _reversed_rings(geometry: dict) -> dict:
    """The same areas with every ring drawn the other way round (RFC 7946 style)."""
    if geometry["type"] == "Polygon":
        return {**geometry, "coordinates": [ring[::-1] for ring in geometry["coordinates"]]}
    return {**geometry, "coordinates": [[ring[::-1] for ring in poly] for poly in geometry["coordinates"]]}


def _exterior_clockwise(collection: dict) -> list[bool]:
    from shapely.geometry import shape

    rings = []
    for feature in collection["features"]:
        geometry = shape(feature["geometry"])
        for polygon in getattr(geometry, "geoms", [geometry]):
            rings.append(not polygon.exterior.is_ccw)
    return rings


def test_shipped_boundaries_are_found_without_any_folder_beside_the_project(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(geo.GEO_ENV_VAR, raising=False)
    assert geo.search_path() == [geo.SHIPPED_DIR]
    assert geo.find_geo_file(geo.TWENTE_FILE).parent == geo.SHIPPED_DIR
    assert set(geo.load_german_districts().index) == {
        "03404",
        "03454",
        "03456",
        "03459",
        "05515",
        "05554",
        "05558",
        "05566",
        "05570",
    }


def test_counter_clockwise_file_draws_the_same_as_the_shipped_one(tmp_path: Path):
    """A user's RFC 7946 file (exteriors counter-clockwise) would otherwise fill the whole world."""
    source = json.loads(geo.find_geo_file(geo.TWENTE_FILE).read_text(encoding="utf-8"))
    for feature in source["features"]:
        feature["geometry"] = _reversed_rings(feature["geometry"])
    assert not any(_exterior_clockwise(source))  # the file really is the other way round
    own = tmp_path / geo.TWENTE_FILE
    own.write_text(json.dumps(source), encoding="utf-8")

    drawn_own = geo.to_geojson(geo.load_twente_gemeenten(own), ("code",))
    drawn_shipped = geo.to_geojson(geo.load_twente_gemeenten(), ("code",))
    assert all(_exterior_clockwise(drawn_own))
    assert all(_exterior_clockwise(drawn_shipped))
    own_areas = {f["properties"]["code"]: f for f in drawn_own["features"]}
    from shapely.geometry import shape

    for feature in drawn_shipped["features"]:
        other = shape(own_areas[feature["properties"]["code"]]["geometry"])
        assert shape(feature["geometry"]).symmetric_difference(other).area < 1e-9


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"type": "FeatureCollection", "features": []}', "geen GeoJSON FeatureCollection"),
        (
            '{"type": "FeatureCollection", '
            '"features": [{"type": "Feature", "properties": {}, "geometry": null}]}',
            "heeft gebied 1 geen eigenschap 'code'",
        ),
        ("[1, 2, 3]", "geen GeoJSON FeatureCollection"),
    ],
)
def test_files_that_are_not_boundaries_name_the_file_and_the_problem(
    tmp_path: Path, content: str, expected: str
):
    broken = tmp_path / geo.TWENTE_FILE
    broken.write_text(content, encoding="utf-8")
    with pytest.raises(geo.BoundaryError) as raised:
        geo.load_twente_gemeenten(broken)
    assert expected in str(raised.value)
    assert str(broken) in str(raised.value)


def test_areas_that_are_lines_or_nonsense_are_refused_by_name(tmp_path: Path):
    source = json.loads(geo.find_geo_file(geo.TWENTE_FILE).read_text(encoding="utf-8"))
    enschede = next(f for f in source["features"] if f["properties"]["code"] == "GM0153")
    enschede["geometry"] = {"type": "LineString", "coordinates": [[6.8, 52.2], [6.9, 52.3]]}
    lines = tmp_path / "lines.geojson"
    lines.write_text(json.dumps(source), encoding="utf-8")
    with pytest.raises(geo.BoundaryError, match=r"geen vlakken.*GM0153"):
        geo.load_twente_gemeenten(lines)

    enschede["geometry"] = {"type": "Polygon", "coordinates": [["zes", "twee"]]}
    nonsense = tmp_path / "nonsense.geojson"
    nonsense.write_text(json.dumps(source), encoding="utf-8")
    with pytest.raises(geo.BoundaryError, match="kapotte geometrie"):
        geo.load_twente_gemeenten(nonsense)


def test_a_self_intersecting_area_is_repaired_not_refused(tmp_path: Path):
    source = json.loads(geo.find_geo_file(geo.TWENTE_FILE).read_text(encoding="utf-8"))
    losser = next(f for f in source["features"] if f["properties"]["code"] == "GM0168")
    losser["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[7.0, 52.2], [7.1, 52.3], [7.1, 52.2], [7.0, 52.3], [7.0, 52.2]]],
    }
    bowtie = tmp_path / "bowtie.geojson"
    bowtie.write_text(json.dumps(source), encoding="utf-8")
    frame = geo.load_twente_gemeenten(bowtie)
    assert frame.geometry.is_valid.all()
    assert frame.loc["GM0168", "geometry"].area > 0


def test_the_coarse_province_file_loads_as_valid_areas():
    """Some of its polygons are invalid; GEOS's default repair raised on them and broke Grenzeloos."""
    provinces = geo.load_provinces()
    assert len(provinces) == 12
    assert provinces.geometry.is_valid.all()
    assert set(provinces.geom_type) <= {"Polygon", "MultiPolygon"}
