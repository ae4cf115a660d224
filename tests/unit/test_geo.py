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
    with pytest.raises(geo.BoundaryError, match="kan niet gelezen worden"):
        geo.load_twente_gemeenten(broken)


def test_geojson_keeps_only_the_properties_asked_for():
    collection = geo.to_geojson(geo.load_twente_gemeenten(), ("code",))
    assert set(collection["features"][0]["properties"]) == {"code"}
