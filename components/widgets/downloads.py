"""Download buttons: a table as CSV and XLSX, a chart as PNG (Initiatieven, Verkennen, Kaart)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.export.png import figure_png, renderer_available
from data.i18n import translate
from data.safe_files import CSV_MIME, XLSX_MIME, csv_bytes, xlsx_bytes


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


def render_png_download(
    figure: go.Figure | Callable[[], go.Figure], *, name: str, lang: str, key: str
) -> None:
    """The chart as PNG, drawn only when the button is clicked (it takes a second or two).

    ``figure`` may be a function that builds it: a chart drawn on the server as HTML has
    no plotly figure until a reader asks for its PNG.
    """
    if not renderer_available():
        st.caption(translate("explore.png_unavailable", lang))
        return
    st.download_button(
        translate("export.png", lang),
        data=lambda: figure_png(figure() if callable(figure) else figure),
        file_name=f"{name}.png",
        mime="image/png",
        key=key,
        on_click="ignore",
        icon=":material/image:",
    )
