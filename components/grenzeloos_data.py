"""Cached access to ``data.crossborder`` and the cross-border boundaries for the Grenzeloos page.

The filter travels as its URL form (a tuple of plain strings), so the cache is keyed
on plain values plus the store's data version.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import data_access
from components.crossborder_charts import crossborder_map_figure, discipline_figure, gemeente_share_figure
from components.crossborder_charts import trend_figure as crossborder_trend_figure
from components.data_access import FilterKey, filter_from_key
from components.figure_cache import cached_figures
from components.page_setup import cursor
from data import crossborder, geo
from data.years import shown_year


@st.cache_data(show_spinner=False)
def kpis(key: FilterKey, version: str) -> crossborder.CrossBorderKpis:
    return crossborder.crossborder_kpis(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def links(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.links(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def place_totals(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.place_totals(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def district_totals(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.district_totals(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def gemeente_totals(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.gemeente_totals(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def trend_by_year(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.trend_by_year(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def by_discipline(key: FilterKey, version: str) -> pd.DataFrame:
    return crossborder.by_discipline(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def german_geojson() -> dict[str, Any]:
    """Slim GeoJSON of the 9 EUREGIO districts; raises ``geo.BoundaryError`` if absent."""
    return geo.to_geojson(geo.load_german_districts(), ("code", "naam"))


@st.cache_data(show_spinner=False)
def german_labels() -> pd.DataFrame:
    return geo.label_points(geo.load_german_districts())


@st.cache_data(show_spinner=False)
def border_lines() -> list[list[tuple[float, float]]]:
    """The border along the German districts, from the Dutch provinces when present, else Twente."""
    try:
        dutch = geo.load_provinces()
    except (geo.BoundaryError, OSError, ValueError):
        dutch = geo.load_twente_gemeenten()
    return crossborder.border_lines(dutch, geo.load_german_districts())


def boundary_problem() -> str | None:
    """The Dutch explanation when either side's boundaries cannot be loaded, else None."""
    try:
        german_geojson()
        geo.load_twente_gemeenten()
    except geo.BoundaryError as error:
        return str(error)
    return None


def follow_sidebar_year(prefix: str, year: int, years: list[int]) -> None:
    """When the sidebar's year changes, the page's year range becomes that year.

    The sidebar year applies to every page; the range slider lets a reader widen it
    here.  Called before the filter widgets are drawn, so their state may be set.
    """
    seen_key = f"{prefix}_sidebar_year"
    previous = st.session_state.get(seen_key)
    st.session_state[seen_key] = year
    if previous is not None and previous != year:
        chosen = shown_year(years, year)
        st.session_state.pop(f"{prefix}_years", None)  # the slider restarts from the new range
        st.session_state[f"{prefix}_years_start"] = (chosen, chosen)


# --- Figures, built once per filter, language and data version --------------------------


@cached_figures
def map_figure(key: FilterKey, lang: str, version: str) -> go.Figure:
    """Twente, the German districts, the partner places and the links between them."""
    return crossborder_map_figure(
        twente_geojson=data_access.twente_geojson(),
        german_geojson=german_geojson(),
        gemeenten=gemeente_totals(key, version),
        districts=district_totals(key, version),
        links=links(key, version),
        places=place_totals(key, version),
        origins=data_access.twente_labels(),
        border=border_lines(),
        district_labels=german_labels(),
        lang=lang,
    )


@cached_figures
def share_figure(key: FilterKey, lang: str, version: str) -> go.Figure:
    return gemeente_share_figure(frame=gemeente_totals(key, version), lang=lang)


@cached_figures
def trend_chart(all_years: FilterKey, selected: tuple[int, int], lang: str, version: str) -> go.Figure:
    return crossborder_trend_figure(frame=trend_by_year(all_years, version), lang=lang, selected=selected)


@cached_figures
def discipline_chart(key: FilterKey, lang: str, version: str) -> go.Figure:
    return discipline_figure(frame=by_discipline(key, version), lang=lang)
