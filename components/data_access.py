"""Cached access to ``data/`` for the pages: the only place Streamlit caches data.

Every function is keyed on plain values plus the store's data version, so an import
invalidates exactly what it changed and nothing else.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components.page_setup import cursor
from data import geo, queries


@st.cache_data(show_spinner=False)
def overview_kpis(year: int, version: str) -> queries.OverviewKpis:
    return queries.overview_kpis(cursor(), year)


@st.cache_data(show_spinner=False)
def indicator_by_gemeente(indicator: str, year: int, group: str, version: str) -> pd.DataFrame:
    return queries.indicator_by_gemeente(cursor(), indicator, year, group)


@st.cache_data(show_spinner=False)
def indicator_years(indicator: str, group: str, version: str) -> list[int]:
    return queries.indicator_years(cursor(), indicator, group)


@st.cache_data(show_spinner=False)
def indicator_availability(version: str) -> pd.DataFrame:
    return queries.indicator_availability(cursor())


@st.cache_data(show_spinner=False)
def twente_geojson() -> dict[str, Any]:
    """Slim GeoJSON of the 14 municipalities; raises ``geo.BoundaryError`` if absent."""
    return geo.to_geojson(geo.load_twente_gemeenten(), ("code", "naam"))


@st.cache_data(show_spinner=False)
def twente_labels() -> pd.DataFrame:
    return geo.label_points(geo.load_twente_gemeenten())


def boundary_problem() -> str | None:
    """The Dutch explanation when boundaries cannot be loaded, else None."""
    try:
        twente_geojson()
    except geo.BoundaryError as error:
        return str(error)
    return None
