"""Cached access for Initiatieven and Verkennen, and the download buttons they share.

Caches are keyed on plain values (the frozen filter and pivot dataclasses) plus the
store's data version, like ``components.data_access``.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.figure_export import figure_png, renderer_available
from components.page_setup import cursor
from data import explore, queries
from data.filters import InitiativeFilter
from data.i18n import translate
from data.safe_files import CSV_MIME, XLSX_MIME, csv_bytes, xlsx_bytes


@st.cache_data(show_spinner=False)
def initiative_list(f: InitiativeFilter, version: str) -> pd.DataFrame:
    return explore.initiative_list(cursor(), f)


@st.cache_resource(show_spinner=False, max_entries=16)
def initiative_rows(f: InitiativeFilter, lang: str, version: str) -> tuple[list[str], pd.DataFrame]:
    """The matching ids and the list as shown (``explore.initiative_table``), per filter and language.

    Cached as plain text: the raw list's columns of arrays take seconds to copy out of
    the cache at 100x the demo data, and naming every row again costs as much per rerun.
    Shared, not copied (``cache_resource``): even as text, unpickling 48,000 rows on
    every rerun doubled the page's time at 100x.  Callers only read it.
    """
    frame = explore.initiative_list(cursor(), f)
    return frame["id"].tolist(), explore.initiative_table(frame, lang)


@st.cache_data(show_spinner=False)
def initiative_count(version: str) -> int:
    return len(explore.initiative_list(cursor()))


@st.cache_data(show_spinner=False)
def initiative_detail(initiative_id: str, version: str) -> explore.InitiativeDetail | None:
    return explore.initiative_detail(cursor(), initiative_id)


@st.cache_data(show_spinner=False)
def pivot(spec: explore.PivotSpec, f: InitiativeFilter, version: str) -> pd.DataFrame:
    return explore.pivot(cursor(), spec, f)


@st.cache_data(show_spinner=False)
def data_years(version: str) -> list[int]:
    """Years with initiatives or indicator values: the range Verkennen can filter on."""
    return queries.all_data_years(cursor())


def render_table_downloads(table: pd.DataFrame, *, name: str, lang: str, key: str) -> None:
    """CSV (comma), CSV for Dutch Excel (semicolon) and XLSX of ``table``, none able to run a formula.

    Call it inside ``st.container(horizontal=True)`` to put the buttons side by side.
    """
    buttons: tuple[tuple[str, Callable[[], bytes], str, str], ...] = (
        ("export.csv", lambda: csv_bytes(table), f"{name}.csv", CSV_MIME),
        ("export.csv_nl", lambda: csv_bytes(table, dutch=True), f"{name}-nl.csv", CSV_MIME),
        ("export.xlsx", lambda: xlsx_bytes({name: table}), f"{name}.xlsx", XLSX_MIME),
    )
    for label, data, file_name, mime in buttons:
        st.download_button(
            translate(label, lang),
            data=data,
            file_name=file_name,
            mime=mime,
            key=f"{key}_{file_name}",
            on_click="ignore",
            icon=":material/download:",
            help=translate("export.help", lang),
        )


def render_png_download(figure: go.Figure, *, name: str, lang: str, key: str) -> None:
    """The chart as PNG, drawn only when the button is clicked (it takes a second or two)."""
    if not renderer_available():
        st.caption(translate("explore.png_unavailable", lang))
        return
    st.download_button(
        translate("export.png", lang),
        data=lambda: figure_png(figure),
        file_name=f"{name}.png",
        mime="image/png",
        key=key,
        on_click="ignore",
        icon=":material/image:",
    )
