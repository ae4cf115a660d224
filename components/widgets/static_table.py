"""Small read-only tables as plain HTML, for what a page shows when it opens.

``st.dataframe`` draws a canvas data grid whose script (about 1.2 MB with its Arrow and
date helpers) the browser loads and runs before the table appears; a table of at most a
few dozen rows needs none of that (issue 18).  ``st.table`` reads every cell and header
as Markdown, so text is escaped here and numbers are written out in the reader's
language; the frame's own values stay as they are (exports and tests read those).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
import streamlit as st

from data.formatting import escape_markdown, format_number


def _is_number_column(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _number_formatter(column: pd.Series, lang: str) -> Callable[[object], str]:
    """Whole numbers without decimals, others with one: '1.234', '54,2'."""
    values = column.dropna()
    places = 0 if values.empty or (values.astype(float) % 1 == 0).all() else 1

    def written(value: object) -> str:
        return "–" if _missing(value) else escape_markdown(format_number(float(value), places, lang))

    return written


def _text(value: object) -> str:
    return "–" if _missing(value) else escape_markdown(value)


def render_static_table(frame: pd.DataFrame, *, lang: str) -> None:
    """``frame`` as a plain table: text escaped, numbers localised and right-aligned."""
    numbers = [c for c in frame.columns if _is_number_column(frame[c])]
    formatters = {c: _number_formatter(frame[c], lang) if c in numbers else _text for c in frame.columns}
    styler = frame.style.format(formatters).format_index(escape_markdown, axis=1)
    # Long text wraps in its cell, so a table fits its column where it can; where it still
    # does not (a phone), page_setup's script lets its scrolling box take keyboard focus.
    wrap = [("white-space", "normal"), ("overflow-wrap", "anywhere")]
    styler = styler.set_properties(**dict(wrap)).set_table_styles([{"selector": "th", "props": wrap}])
    if numbers:
        styler = styler.set_properties(subset=numbers, **{"text-align": "right"})
    st.table(styler, hide_index=True)
