"""Small read-only tables as plain HTML, for what a page shows when it opens.

``st.dataframe`` draws a canvas data grid and ``st.table`` sends the frame as Arrow and
reads every cell as Markdown: either makes the browser load and run about 1 MB of Arrow
and date helpers before the table appears, and ``st.table`` renders one Markdown element
per cell.  A table of at most a few dozen rows needs none of that (issue 18): it is
written here as one HTML ``<table>``, every value escaped, numbers written out in the
reader's language.  The frame's own values stay as they are (exports read those).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable

import pandas as pd
import streamlit as st

from data.formatting import format_number

TABLE_CLASS = "cdt-table"  # styled by page_setup.DEVICE_CSS


def _is_number_column(column: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _number_formatter(column: pd.Series, lang: str) -> Callable[[object], str]:
    """Whole numbers without decimals, others with one: '1.234', '54,2'."""
    values = column.dropna()
    places = 0 if values.empty or (values.astype(float) % 1 == 0).all() else 1

    def written(value: object) -> str:
        return "–" if _missing(value) else format_number(float(value), places, lang)

    return written


def _text(value: object) -> str:
    return "–" if _missing(value) else str(value)


def static_table_html(frame: pd.DataFrame, *, lang: str, label: str) -> str:
    """``frame`` as one HTML table: text escaped, numbers localised and right-aligned.

    The table sits in a box that scrolls sideways where it is wider than its column (a
    phone); the box is a labelled region that takes keyboard focus, so keyboard users can
    scroll it too (WCAG 2.1.1).
    """
    numbers = {c for c in frame.columns if _is_number_column(frame[c])}
    writers = {c: _number_formatter(frame[c], lang) if c in numbers else _text for c in frame.columns}

    def cell(tag: str, column: object, text: str, extra: str = "") -> str:
        align = ' class="num"' if column in numbers else ""
        return f"<{tag}{extra}{align}>{html.escape(text)}</{tag}>"

    head = "".join(cell("th", c, _text(c), ' scope="col"') for c in frame.columns)
    body = "".join(
        "<tr>"
        + "".join(cell("td", c, writers[c](value)) for c, value in zip(frame.columns, row, strict=True))
        + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return (
        f'<div class="{TABLE_CLASS}" role="region" tabindex="0" aria-label="{html.escape(label)}">'
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def render_static_table(frame: pd.DataFrame, *, lang: str, label: str) -> None:
    """Show ``frame`` as a plain table; ``label`` names it for screen readers."""
    st.html(static_table_html(frame, lang=lang, label=label))
