"""Downloads open right in Excel and cannot run formulas."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data.export import FORMULA_PREFIXES, neutralise, safe_frame, to_csv_bytes, to_xlsx_bytes

FRAME = pd.DataFrame(
    {
        "Naam": ["Café Münster", '=HYPERLINK("http://evil","klik")', "+31 6 1234", "-2+3", "@SUM(A1)"],
        "Budget (€)": [1234.5, 20000.0, -5.0, 0.0, 7.25],
        "Gemeenten": [["Enschede", "Losser"], [], ["Almelo"], [], ["Borne"]],
    }
)


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_prefixes_are_neutralised(prefix):
    assert neutralise(f"{prefix}1+1") == f"'{prefix}1+1"


def test_ordinary_text_and_numbers_stay_as_they_are():
    assert neutralise("Grensfestival") == "Grensfestival"
    assert neutralise("a=b") == "a=b"
    assert neutralise(-5.0) == -5.0
    assert neutralise(None) is None


@given(st.text())
def test_no_neutralised_text_starts_like_a_formula(text):
    assert not str(neutralise(text)).startswith(FORMULA_PREFIXES)


def test_safe_frame_neutralises_cells_and_headers_and_joins_lists():
    frame = pd.DataFrame({"=kop": ["=1", "ok"], "lijst": [["a", "b"], []]})
    safe = safe_frame(frame)
    assert list(safe.columns) == ["'=kop", "lijst"]
    assert safe["'=kop"].tolist() == ["'=1", "ok"]
    assert safe["lijst"].tolist() == ["a, b", ""]
    assert frame.iloc[0, 0] == "=1"  # the original is left alone


def test_csv_has_a_bom_and_reads_back_with_neutralised_cells():
    data = to_csv_bytes(FRAME)
    assert data.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert back["Naam"].tolist()[0] == "Café Münster"
    assert all(not name.startswith(FORMULA_PREFIXES) for name in back["Naam"])
    assert back["Naam"].tolist()[1] == '\'=HYPERLINK("http://evil","klik")'
    assert back["Budget (€)"].tolist() == [1234.5, 20000.0, -5.0, 0.0, 7.25]
    assert back["Gemeenten"].tolist()[0] == "Enschede, Losser"


def test_dutch_csv_uses_semicolons_and_decimal_commas():
    text = to_csv_bytes(FRAME, dutch=True).decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "Naam;Budget (€);Gemeenten"
    assert lines[1] == "Café Münster;1234,5;Enschede, Losser"
    back = pd.read_csv(io.StringIO(text), sep=";", decimal=",")
    assert back["Budget (€)"].tolist() == [1234.5, 20000.0, -5.0, 0.0, 7.25]


def test_xlsx_holds_text_not_formulas_and_numbers_as_numbers():
    workbook = openpyxl.load_workbook(io.BytesIO(to_xlsx_bytes(FRAME, sheet_name="initiatieven")))
    sheet = workbook["initiatieven"]
    assert [c.value for c in sheet[1]] == ["Naam", "Budget (€)", "Gemeenten"]
    names = [sheet.cell(row=r, column=1) for r in range(2, 7)]
    assert names[0].value == "Café Münster"
    assert all(cell.data_type == "s" for cell in names)  # no cell is a formula
    assert names[1].value.startswith("'=")
    assert sheet.cell(row=2, column=2).value == 1234.5
    assert sheet.cell(row=4, column=2).value == -5
