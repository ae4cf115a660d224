"""Boundary files: found through a search path, validated, returned keyed by code.

The files are never part of the repository (see ``../shared/geo/SOURCES.md``).  The
search path is ``$CULTUUR_GEO_DIR``, then ``data/geo/``, then ``../shared/geo/``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from data.reference import GEMEENTE_CODES, KREIS_NAMES

GEO_ENV_VAR = "CULTUUR_GEO_DIR"
TWENTE_FILE = "twente_gemeenten_2015.geojson"
KREISE_FILE = "de_kreise_euregio.geojson"
SOURCES_FILE = "SOURCES.md"
ATTRIBUTION = "Kaartgrenzen: CBS/Kadaster (CC-BY 4.0), GADM"
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


class BoundaryError(RuntimeError):
    """Boundaries are missing or unusable; the message is Dutch and says what to do."""


def search_path() -> list[Path]:
    paths = []
    configured = os.environ.get(GEO_ENV_VAR)
    if configured:
        paths.append(Path(configured))
    paths += [_PROJECT_ROOT / "data" / "geo", _PROJECT_ROOT.parent / "shared" / "geo"]
    return paths


def find_geo_file(name: str) -> Path:
    for directory in search_path():
        candidate = directory / name
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(p) for p in search_path())
    raise BoundaryError(
        f"Kaartgrenzen niet gevonden: het bestand '{name}' staat niet in {looked}. "
        f"Zet de grensbestanden (GeoJSON) in een van die mappen of wijs de map aan met "
        f"de omgevingsvariabele {GEO_ENV_VAR}."
    )


def _read(path: Path) -> gpd.GeoDataFrame:
    try:
        frame = gpd.read_file(path)
    except Exception as error:  # pyogrio raises several kinds for broken files
        raise BoundaryError(f"Het grensbestand {path} kan niet gelezen worden: {error}") from error
    if "code" not in frame.columns:
        raise BoundaryError(f"Het grensbestand {path} heeft geen kolom 'code'.")
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    return frame


def _validate(frame: gpd.GeoDataFrame, expected: set[str], path: Path, what: str) -> gpd.GeoDataFrame:
    missing = expected - set(frame["code"])
    if missing:
        raise BoundaryError(
            f"Het grensbestand {path} mist {len(missing)} {what}: {', '.join(sorted(missing))}."
        )
    frame = frame[frame["code"].isin(expected)].copy()
    invalid = frame.loc[~frame.geometry.is_valid, "code"].tolist()
    if invalid:
        frame.loc[~frame.geometry.is_valid, "geometry"] = frame.loc[
            ~frame.geometry.is_valid, "geometry"
        ].make_valid()
        still = frame.loc[~frame.geometry.is_valid, "code"].tolist()
        if still:
            raise BoundaryError(f"Ongeldige geometrie in {path} voor: {', '.join(still)}.")
    return frame.set_index("code", drop=False).sort_index()


@lru_cache(maxsize=4)
def load_twente_gemeenten(path: Path | None = None) -> gpd.GeoDataFrame:
    """The 14 Twente municipalities (WGS84), indexed by CBS code."""
    path = path or find_geo_file(TWENTE_FILE)
    return _validate(_read(path), set(GEMEENTE_CODES), path, "Twentse gemeenten")


@lru_cache(maxsize=4)
def load_german_districts(path: Path | None = None) -> gpd.GeoDataFrame:
    """The 9 German EUREGIO districts next to Twente, indexed by their stable code."""
    path = path or find_geo_file(KREISE_FILE)
    return _validate(_read(path), set(KREIS_NAMES), path, "Duitse Kreise")


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


def sources_text() -> str:
    """The boundary sources and licences, as written beside the files."""
    return find_geo_file(SOURCES_FILE).read_text(encoding="utf-8")
