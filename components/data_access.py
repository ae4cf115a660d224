"""Cached access to ``data/`` for the pages: the only place Streamlit caches data.

Every function is keyed on plain values plus the store's data version, so an import
invalidates exactly what it changed and nothing else.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components.page_setup import cursor
from data import geo, profile, provenance, queries
from data.filters import InitiativeFilter, from_query, to_query

# A filter as a hashable cache key: its URL parameters, sorted.
FilterKey = tuple[tuple[str, str], ...]


def filter_key(chosen: InitiativeFilter) -> FilterKey:
    """The filter as a hashable cache key; :func:`filter_from_key` turns it back."""
    return tuple(sorted(to_query(chosen).items()))


def filter_from_key(key: FilterKey) -> InitiativeFilter:
    return from_query(dict(key))


@st.cache_data(show_spinner=False)
def initiative_years(version: str) -> list[int]:
    return queries.initiative_years(cursor())


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
def indicator_provenance(version: str) -> pd.DataFrame:
    return provenance.indicator_provenance(cursor())


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


@st.cache_data(show_spinner=False)
def change_since(indicator: str, year_from: int, year_to: int, group: str, version: str) -> pd.DataFrame:
    return profile.change_since(cursor(), indicator, year_from, year_to, group)


@st.cache_data(show_spinner=False)
def indicator_trends(gemeente_codes: tuple[str, ...], version: str) -> pd.DataFrame:
    return profile.indicator_trends(cursor(), list(gemeente_codes))


@st.cache_data(show_spinner=False)
def highlights(gemeente_code: str, version: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    return profile.highlights(cursor(), gemeente_code)


@st.cache_data(show_spinner=False)
def gemeente_key_figures(gemeente_code: str, year: int, version: str) -> dict[str, float]:
    return profile.gemeente_key_figures(cursor(), gemeente_code, year)


@st.cache_data(show_spinner=False)
def gemeente_initiatives(gemeente_code: str, version: str) -> pd.DataFrame:
    return profile.gemeente_initiatives(cursor(), gemeente_code)
