"""The one writer of every CSV and XLSX file the app hands out: none of them can run a formula.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a tab or carriage return before one) as a formula: an initiative named
``=HYPERLINK("http://evil.example","klik")`` would become a live link in the reader's
Excel (CSV/formula injection, OWASP).  So every download goes through this module:

- **XLSX**: such text is written as a *text cell* (``t="inlineStr"``, with Excel's
  quote-prefix style), never as a formula.  The reader sees ``=Cultuur``, not
  ``'=Cultuur``, and the importer reads back exactly the text that was written, so the
  Data beheer export imports again unchanged.  Numbers stay numbers, negative ones too.
- **CSV** has no cell types, so text that starts like a formula gets the single quote
  OWASP advises (``'=Cultuur``).  :func:`csv_unescape` takes it off again; the importer
  must apply it to CSV cells for a CSV export to round-trip (see its docstring).
  Numbers are written as numbers, never quoted or prefixed: ``-3`` stays a number.

Files are UTF-8 with a byte-order mark, so Excel shows "Münster" correctly; ``dutch=True``
gives ``;`` between fields and decimal commas, as Dutch Excel expects.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"

# Text a CSV cell must escape: a formula start, possibly behind quotes already there.
# Escaping "'=x" too (to "''=x") keeps csv_unescape the exact inverse of csv_escape.
_NEEDS_ESCAPE = re.compile(r"'*[=+\-@\t\r]")
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")
# Control characters XML (so XLSX) cannot hold; openpyxl refuses a cell with one.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_ILLEGAL = re.compile(r"[\[\]:*?/\\]")
MAX_COLUMN_WIDTH = 60


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_PREFIXES)


def csv_escape(text: str) -> str:
    """The OWASP prefix for text that starts like a formula; other text as is."""
    return CSV_ESCAPE + text if _NEEDS_ESCAPE.match(text) else text


def csv_unescape(text: str) -> str:
    """The text :func:`csv_escape` was given: one leading quote off, only before a formula start.

    "'s-Hertogenbosch" and "'t Hof" keep their apostrophe; "'=Cultuur" becomes "=Cultuur".
    """
    return text[1:] if _ESCAPED.match(text) else text


# --- Cells -------------------------------------------------------------------------------


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float | np.floating) and math.isnan(value)


def _plain(value: object) -> object:
    """A cell value as Python knows it: numpy scalars unboxed, lists joined, missing as None."""
    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(str(v) for v in value)
    if _missing(value):
        return None
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _number_text(value: float, decimal: str) -> str:
    """1234.5 -> '1234.5', 20000.0 -> '20000.0': the shortest text that reads back as the same number."""
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return np.format_float_positional(value, trim="0").replace(".", decimal)


def _csv_cell(value: object, decimal: str) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value, decimal)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return csv_escape(str(value))


def _records(frame: pd.DataFrame) -> Iterable[tuple[Any, ...]]:
    return frame.itertuples(index=False, name=None)


# --- CSV -----------------------------------------------------------------------------------


def csv_bytes(frame: pd.DataFrame, *, dutch: bool = False) -> bytes:
    """``frame`` as CSV in UTF-8 with BOM, headers included; ``dutch``: ``;`` and decimal commas."""
    decimal = "," if dutch else "."
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if dutch else ",", lineterminator="\r\n")
    writer.writerow([_csv_cell(c, decimal) for c in frame.columns])
    writer.writerows([_csv_cell(v, decimal) for v in record] for record in _records(frame))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_zip_bytes(frames: Mapping[str, pd.DataFrame], *, dutch: bool = True) -> bytes:
    """Several CSV files (name -> table) in one zip, each written by :func:`csv_bytes`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, frame in frames.items():
            archive.writestr(name, csv_bytes(frame, dutch=dutch))
    return buffer.getvalue()


# --- XLSX ----------------------------------------------------------------------------------


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: at most 31 characters, none of ``[]:*?/\\``."""
    return _SHEET_NAME_ILLEGAL.sub("_", str(name))[:31] or "Data"


def _set_cell(cell: Any, value: object) -> None:
    """Numbers as numbers; text always as text, even when it starts with ``=`` (``value`` is plain)."""
    if value is None:
        return
    if isinstance(value, bool | int | float | dt.date | dt.datetime) and not (
        isinstance(value, float) and math.isinf(value)
    ):
        cell.value = value
        return
    text = _XML_ILLEGAL.sub("", str(value))
    cell.value = text
    # openpyxl makes any text that starts with "=" a formula; this one is text.  The
    # quote prefix keeps Excel from making it one when the reader edits the cell.
    cell.data_type = "s"
    if starts_like_formula(text):
        cell.quotePrefix = True


def _write_sheet(book: Any, title: str, frame: pd.DataFrame) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title)
    bold = Font(bold=True)
    widths = [len(str(c)) for c in frame.columns]
    for col, name in enumerate(frame.columns, start=1):
        cell = sheet.cell(row=1, column=col)
        _set_cell(cell, _plain(name))
        cell.font = bold
    for row, record in enumerate(_records(frame), start=2):
        for col, raw in enumerate(record, start=1):
            value = _plain(raw)
            _set_cell(sheet.cell(row=row, column=col), value)
            if value is not None and row <= 201:  # widths from the first 200 rows suffice
                widths[col - 1] = max(widths[col - 1], len(str(value)))
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = min(max(width + 2, 10), MAX_COLUMN_WIDTH)
    sheet.freeze_panes = "A2"


def xlsx_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """A workbook with one sheet per table (title -> table): bold headers, readable widths."""
    from openpyxl import Workbook  # imported here: only XLSX downloads need it

    book = Workbook()
    book.remove(book.active)
    for title, frame in sheets.items():
        _write_sheet(book, sheet_title(title), frame)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
