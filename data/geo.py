"""Boundary files: found through a search path, checked, normalised, returned keyed by code.

The app ships its boundaries in ``data/geo/`` (sources, licences and credits in
``data/geo/SOURCES.md``).  A municipality can point ``$CULTUUR_GEO_DIR`` at its own
files, which are then found first.  A user's file may follow RFC 7946 (exterior rings
counter-clockwise) or the older convention of the shipped files (clockwise): rings
are oriented at load, so both draw the same.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely

from data.i18n import DEFAULT_LANGUAGE, translate
from data.reference import GEMEENTEN, KREIS_NAMES

GEO_ENV_VAR = "CULTUUR_GEO_DIR"
TWENTE_FILE = "twente_gemeenten_2015.geojson"
KREISE_FILE = "de_kreise_euregio_vg250.geojson"
PROVINCES_FILE = "nl_provincies_2015.geojson"
SHIPPED_DIR = Path(__file__).resolve().parent / "geo"
# A boundary file of a region is a few hundred kilobytes; refuse what cannot be one.
MAX_FILE_BYTES = 50 * 1024 * 1024
_POLYGONAL = frozenset({"Polygon", "MultiPolygon"})


class BoundaryError(RuntimeError):
    """Boundaries are missing or unusable; ``message(lang)`` says which file and what to do."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message(DEFAULT_LANGUAGE))

    def message(self, lang: str) -> str:
        return translate(f"geo.error.{self.key}", lang, **self.params)


def search_path() -> list[Path]:
    """``$CULTUUR_GEO_DIR`` first (a municipality's own files), then the shipped files."""
    configured = os.environ.get(GEO_ENV_VAR)
    return [Path(configured), SHIPPED_DIR] if configured else [SHIPPED_DIR]


def find_geo_file(name: str) -> Path:
    for directory in search_path():
        candidate = directory / name
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(p) for p in search_path())
    raise BoundaryError("not_found", name=name, looked=looked, env=GEO_ENV_VAR)


def _features(path: Path) -> list[dict[str, Any]]:
    """The features of a GeoJSON FeatureCollection, or a BoundaryError saying what is wrong."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BoundaryError("too_large", path=path, limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    try:
        collection = json.loads(path.read_bytes())
    except (UnicodeDecodeError, ValueError) as error:
        raise BoundaryError("not_json", path=path, detail=str(error)[:200]) from error
    features = collection.get("features") if isinstance(collection, dict) else None
    if not isinstance(features, list) or not features:
        raise BoundaryError("not_feature_collection", path=path)
    for number, feature in enumerate(features, start=1):
        properties = feature.get("properties") if isinstance(feature, dict) else None
        if not isinstance(properties, dict) or not properties.get("code"):
            raise BoundaryError("no_code", path=path, number=number)
    return features


def _read(path: Path) -> gpd.GeoDataFrame:
    features = _features(path)
    try:
        frame = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
    except Exception as error:  # shapely raises several kinds for broken coordinates
        raise BoundaryError("broken_geometry", path=path, detail=str(error)[:200]) from error
    frame["code"] = frame["code"].astype(str)
    return frame


def _checked_geometry(frame: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    """Every area a valid (multi)polygon, exterior rings clockwise as plotly's geo maps draw them.

    Counter-clockwise exteriors (RFC 7946) would otherwise fill the whole world.
    """
    missing = frame.loc[frame.geometry.isna() | frame.geometry.is_empty, "code"].tolist()
    if missing:
        raise BoundaryError("empty_geometry", path=path, codes=", ".join(missing))
    try:
        # "structure" keeps areas as areas; GEOS's default ("linework") fails on some coarse files.
        repaired = shapely.make_valid(frame.geometry.to_numpy(), method="structure", keep_collapsed=False)
    except shapely.errors.GEOSException as error:
        raise BoundaryError("broken_geometry", path=path, detail=str(error)[:200]) from error
    geometry = gpd.GeoSeries(
        [shapely.MultiPolygon(_polygons(g)) if g.geom_type == "GeometryCollection" else g for g in repaired],
        index=frame.index,
        crs=frame.crs,
    )
    not_areas = frame.loc[~geometry.geom_type.isin(_POLYGONAL) | geometry.is_empty, "code"].tolist()
    if not_areas:
        raise BoundaryError("not_polygons", path=path, codes=", ".join(not_areas))
    frame = frame.copy()
    frame["geometry"] = shapely.orient_polygons(geometry.to_numpy(), exterior_cw=True)
    return frame


def _polygons(collection: shapely.Geometry) -> list[shapely.Polygon]:
    """The areas left in what ``make_valid`` returns (it may add stray lines and points)."""
    parts = []
    for part in collection.geoms:
        if part.geom_type == "Polygon":
            parts.append(part)
        elif part.geom_type == "MultiPolygon":
            parts.extend(part.geoms)
    return parts


def _validate(frame: gpd.GeoDataFrame, names: dict[str, str], path: Path, what: str) -> gpd.GeoDataFrame:
    """Only the expected areas, named as the app names them (a user's file may name them otherwise)."""
    expected = set(names)
    missing = expected - set(frame["code"])
    if missing:
        raise BoundaryError(
            f"missing_{what}", path=path, count=len(missing), codes=", ".join(sorted(missing))
        )
    frame = frame[frame["code"].isin(expected)].drop_duplicates("code")
    frame = _checked_geometry(frame, path)
    frame["naam"] = frame["code"].map(names)
    return frame.set_index("code", drop=False).sort_index()


@lru_cache(maxsize=4)
def load_twente_gemeenten(path: Path | None = None) -> gpd.GeoDataFrame:
    """The 14 Twente municipalities (WGS84), indexed by CBS code."""
    path = path or find_geo_file(TWENTE_FILE)
    return _validate(_read(path), {g.code: g.naam for g in GEMEENTEN}, path, "gemeenten")


@lru_cache(maxsize=4)
def load_german_districts(path: Path | None = None) -> gpd.GeoDataFrame:
    """The 9 German EUREGIO districts next to Twente, indexed by their Amtlicher Gemeindeschlüssel."""
    path = path or find_geo_file(KREISE_FILE)
    return _validate(_read(path), KREIS_NAMES, path, "kreise")


@lru_cache(maxsize=1)
def load_provinces(path: Path | None = None) -> gpd.GeoDataFrame:
    """The 12 Dutch provinces, coarse: the backdrop of the overview slide."""
    path = path or find_geo_file(PROVINCES_FILE)
    frame = _checked_geometry(_read(path), path)
    return frame.set_index("code", drop=False).sort_index()


def to_geojson(frame: gpd.GeoDataFrame, properties: tuple[str, ...] = ("code",)) -> dict[str, Any]:
    """GeoJSON with only the properties a figure uses, to keep the payload small."""
    slim = frame[[*properties, "geometry"]].reset_index(drop=True)
    return json.loads(slim.to_json(drop_id=True))


def label_points(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    """A point inside each area (not the centroid, which can fall outside) for its label."""
    points = frame.geometry.representative_point()
    return pd.DataFrame(
        {"code": frame["code"].to_numpy(), "naam": frame["naam"].to_numpy(), "lon": points.x, "lat": points.y}
    ).reset_index(drop=True)
