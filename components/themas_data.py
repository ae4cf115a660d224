"""Cached access to ``data.coverage`` for the Thema's page.

The filter is passed as its URL form (a sorted tuple of plain strings), so the cache
is keyed on plain values plus the store's data version.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.data_access import FilterKey, filter_from_key
from components.page_setup import cursor
from data import coverage


@st.cache_data(show_spinner=False)
def coverage_matrix(key: FilterKey, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.coverage_matrix(cursor(), filter_from_key(key), measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def theme_map_frame(key: FilterKey, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.theme_map_frame(cursor(), filter_from_key(key), measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def dekking_scores(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.dekking_scores(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def theme_disciplines(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_disciplines(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def theme_target_groups(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_target_groups(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def theme_trend(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_trend(cursor(), filter_from_key(key))


@st.cache_data(show_spinner=False)
def cell_initiatives(
    key: FilterKey, gemeente: str | None, thema: str | None, exclude_gemeente: bool, version: str
) -> pd.DataFrame:
    return coverage.cell_initiatives(
        cursor(), filter_from_key(key), gemeente=gemeente, thema=thema, exclude_gemeente=exclude_gemeente
    )


@st.cache_data(show_spinner=False)
def population_used(key: FilterKey, version: str) -> tuple[int, int | None, tuple[str, ...]]:
    """The year whose inhabitants "per 1.000" divides by, the year wanted, and their sources."""
    chosen = filter_from_key(key)
    used = coverage.population_for(cursor(), chosen)
    wanted = chosen.year_to if chosen.year_to is not None else chosen.year_from
    return used.year, wanted, used.sources
