"""Cached access to ``data.coverage`` for the Thema's page.

The filter is passed as its URL form (a sorted tuple of plain strings), so the cache
is keyed on plain values plus the store's data version.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.page_setup import cursor
from data import coverage, queries
from data.filters import InitiativeFilter, from_query, to_query

FilterKey = tuple[tuple[str, str], ...]


def filter_key(f: InitiativeFilter) -> FilterKey:
    """The filter as a hashable tuple of URL parameters."""
    return tuple(sorted(to_query(f).items()))


def _filter(key: FilterKey) -> InitiativeFilter:
    return from_query(dict(key))


@st.cache_data(show_spinner=False)
def initiative_years(version: str) -> list[int]:
    return queries.initiative_years(cursor())


@st.cache_data(show_spinner=False)
def coverage_matrix(key: FilterKey, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.coverage_matrix(cursor(), _filter(key), measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def theme_map_frame(key: FilterKey, measure: str, per_1000: bool, version: str) -> pd.DataFrame:
    return coverage.theme_map_frame(cursor(), _filter(key), measure, per_1000=per_1000)


@st.cache_data(show_spinner=False)
def dekking_scores(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.dekking_scores(cursor(), _filter(key))


@st.cache_data(show_spinner=False)
def theme_disciplines(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_disciplines(cursor(), _filter(key))


@st.cache_data(show_spinner=False)
def theme_target_groups(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_target_groups(cursor(), _filter(key))


@st.cache_data(show_spinner=False)
def theme_trend(key: FilterKey, version: str) -> pd.DataFrame:
    return coverage.theme_trend(cursor(), _filter(key))


@st.cache_data(show_spinner=False)
def cell_initiatives(
    key: FilterKey, gemeente: str | None, thema: str | None, exclude_gemeente: bool, version: str
) -> pd.DataFrame:
    return coverage.cell_initiatives(
        cursor(), _filter(key), gemeente=gemeente, thema=thema, exclude_gemeente=exclude_gemeente
    )
