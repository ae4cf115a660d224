"""Tables to take away: CSV that Excel opens right, and XLSX, both safe to open.

- CSV is UTF-8 with a byte-order mark, so Excel shows "Münster" and "café" correctly.
- ``dutch=True`` writes ``;`` between fields and a decimal comma, as Dutch Excel expects.
- Text cells that start with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return)
  would be run as formulas by a spreadsheet (formula injection); they get a leading
  apostrophe so they show as text.  Numbers stay numbers.
"""

from __future__ import annotations

import io

import pandas as pd

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """A text that a spreadsheet would read as a formula, made plain text; anything else as is."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy with every text cell and header neutralised; lists become comma-joined text."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if series.dtype == object or pd.api.types.is_string_dtype(series):
            out[column] = [
                neutralise(", ".join(map(str, v)) if isinstance(v, list | tuple) else v) for v in series
            ]
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


def to_csv_bytes(frame: pd.DataFrame, *, dutch: bool = False) -> bytes:
    """CSV in UTF-8 with BOM; ``dutch`` gives ``;`` separators and decimal commas."""
    text = safe_frame(frame).to_csv(
        index=False,
        sep=";" if dutch else ",",
        decimal="," if dutch else ".",
        lineterminator="\r\n",
    )
    return text.encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, *, sheet_name: str = "Data") -> bytes:
    """An Excel workbook with one sheet; headers bold, columns wide enough to read."""
    buffer = io.BytesIO()
    safe = safe_frame(frame)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe.to_excel(writer, index=False, sheet_name=sheet_name[:31])
        sheet = writer.sheets[sheet_name[:31]]
        for index, column in enumerate(safe.columns, start=1):
            width = max([len(str(column)), *(len(str(v)) for v in safe.iloc[:200, index - 1])])
            sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = min(width + 2, 60)
        sheet.freeze_panes = "A2"
    return buffer.getvalue()
