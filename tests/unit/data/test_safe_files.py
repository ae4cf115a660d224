"""The one writer of CSV and XLSX: hostile text never becomes a formula, numbers stay numbers,
and the Data beheer export imports again into identical tables."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pandas.testing as pdt
import pytest
from hypothesis import given
from hypothesis import strategies as st

from data import templates
from data.importing.commit import commit
from data.importing.files import read_file
from data.importing.plan import analyse
from data.importing.undo import fact_tables
from data.safe_files import (
    FORMULA_PREFIXES,
    csv_bytes,
    csv_escape,
    csv_unescape,
    csv_zip_bytes,
    sheet_title,
    xlsx_bytes,
)
from data.store import connect
from tests.hostile_exports import HOSTILE_TEXTS, WHITESPACE_HOSTILE, build_hostile_store

HOSTILE = (*HOSTILE_TEXTS, *WHITESPACE_HOSTILE)
FRAME = pd.DataFrame(
    {
        "Naam": ["Café Münster", *HOSTILE],
        "Budget (€)": [1234.5, 20000.0, -5.0, 0.0, 7.25, -0.5, 1e-7, 3.0, None, 2.5],
        "Aantal": [1, -3, 0, 4, 5, -6, 7, 8, 9, 10],
        "Gemeenten": [["Enschede", "Losser"], [], ["=Almelo"], [], ["Borne"], [], [], [], [], []],
    }
)
NUMBER = re.compile(r"-?\d+([.,]\d+)?")


def read_csv_rows(data: bytes, delimiter: str) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


# --- CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_escape_gives_hostile_text_the_owasp_quote(text: str):
    assert csv_escape(text) == "'" + text
    assert csv_unescape(csv_escape(text)) == text


@pytest.mark.parametrize("text", ["Grensfestival", "a=b", "'s-Hertogenbosch", "'t Wooldhuis", "", "3 - 2"])
def test_ordinary_text_is_left_alone_both_ways(text: str):
    assert csv_escape(text) == text
    assert csv_unescape(text) == text


def test_a_quote_already_before_a_formula_is_kept_too():
    assert csv_escape("'=1+2") == "''=1+2"
    assert csv_unescape("''=1+2") == "'=1+2"


@given(st.text())
def test_escaped_text_never_starts_like_a_formula_and_unescapes_exactly(text: str):
    escaped = csv_escape(text)
    assert not escaped.startswith(FORMULA_PREFIXES)
    assert csv_unescape(escaped) == text


@pytest.mark.parametrize(("dutch", "delimiter"), [(False, ","), (True, ";")])
def test_csv_cells_are_escaped_and_numbers_stay_numbers(dutch: bool, delimiter: str):
    rows = read_csv_rows(csv_bytes(FRAME, dutch=dutch), delimiter)
    assert rows[0] == ["Naam", "Budget (€)", "Aantal", "Gemeenten"]
    names = [r[0] for r in rows[1:]]
    assert names == ["Café Münster", *("'" + t for t in HOSTILE)]
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_PREFIXES) or NUMBER.fullmatch(cell), cell
    decimal = "," if dutch else "."
    budgets = [r[1] for r in rows[1:]]
    assert budgets[:4] == [f"1234{decimal}5", f"20000{decimal}0", f"-5{decimal}0", f"0{decimal}0"]
    assert budgets[6] == f"0{decimal}0000001", "no exponent, which Dutch Excel would misread"
    assert budgets[8] == "", "missing stays empty"
    assert [r[2] for r in rows[1:3]] == ["1", "-3"], "a negative number is written as a number"
    assert rows[1][3] == "Enschede, Losser"
    assert rows[3][3] == "'=Almelo", "a list that starts like a formula is escaped as a whole"


def test_csv_reads_back_as_the_same_numbers_and_text_after_unescaping():
    back = pd.read_csv(io.BytesIO(csv_bytes(FRAME, dutch=True)), sep=";", decimal=",", encoding="utf-8-sig")
    assert back["Aantal"].tolist() == FRAME["Aantal"].tolist()
    pdt.assert_series_equal(back["Budget (€)"], FRAME["Budget (€)"].astype(float))
    assert [csv_unescape(n) for n in back["Naam"].fillna("")] == ["Café Münster", *HOSTILE]


def test_headers_are_escaped_too():
    rows = read_csv_rows(csv_bytes(pd.DataFrame({"=kop": [1], "-": [2]})), ",")
    assert rows[0] == ["'=kop", "'-"]


def test_a_csv_zip_holds_escaped_files():
    archive = zipfile.ZipFile(io.BytesIO(csv_zip_bytes({"a.csv": FRAME, "b.csv": FRAME.head(2)})))
    assert archive.namelist() == ["a.csv", "b.csv"]
    rows = read_csv_rows(archive.read("a.csv"), ";")
    assert rows[2][0] == "'=1+2"


# --- XLSX --------------------------------------------------------------------------------------


def sheet_of(content: bytes, **kwargs: object) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(io.BytesIO(content), **kwargs).worksheets[0]


def test_xlsx_writes_hostile_text_as_text_cells_with_the_text_unchanged():
    sheet = sheet_of(xlsx_bytes({"initiatieven": FRAME}))
    names = [sheet.cell(row=r, column=1) for r in range(2, 2 + len(FRAME))]
    assert [c.value for c in names] == ["Café Münster", *HOSTILE], "no quote before the text"
    assert all(c.data_type == "s" for c in names), "text cells, no formulas"
    assert all(c.quotePrefix for c in names[1:]), "Excel keeps them text when edited"
    assert sheet.cell(row=4, column=4).value == "=Almelo"


def test_xlsx_keeps_numbers_numbers_negative_ones_too():
    sheet = sheet_of(xlsx_bytes({"x": FRAME}))
    budgets = [sheet.cell(row=r, column=2) for r in range(2, 2 + len(FRAME))]
    assert [c.value for c in budgets[:4]] == [1234.5, 20000, -5, 0]
    assert all(c.data_type == "n" for c in budgets if c.value is not None)
    assert budgets[8].value is None
    counts = [sheet.cell(row=r, column=3) for r in range(2, 2 + len(FRAME))]
    assert counts[1].value == -3
    assert counts[1].data_type == "n"


def test_no_xlsx_cell_is_a_formula_in_the_file_itself():
    content = xlsx_bytes({"x": FRAME})
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    assert "<f " not in xml
    values = list(sheet_of(content, read_only=True, data_only=True).iter_rows(values_only=True))
    assert [row[0] for row in values[1:]] == ["Café Münster", *HOSTILE], "the saved value is the text"


def test_xlsx_has_bold_headers_frozen_and_readable_widths():
    sheet = sheet_of(xlsx_bytes({"x": FRAME}))
    assert sheet.cell(row=1, column=1).font.bold
    assert sheet.freeze_panes == "A2"
    assert 10 <= sheet.column_dimensions["A"].width <= 60


def test_sheet_titles_are_names_excel_accepts():
    assert sheet_title("a/b:c" + "x" * 40) == ("a_b_c" + "x" * 40)[:31]
    assert openpyxl.load_workbook(io.BytesIO(xlsx_bytes({"[=x]?": FRAME}))).sheetnames == ["_=x__"]


def test_the_importer_reads_hostile_text_cells_back_as_the_same_text():
    partners = pd.DataFrame({"id": ["P1", "P2"], "naam": ["=1+2", '=HYPERLINK("http://evil.example","x")']})
    (table,) = read_file("x.xlsx", xlsx_bytes({"Partners": partners}))
    assert [cells["naam"] for _, cells in table.rows] == partners["naam"].tolist()


# --- Templates and the Data beheer export --------------------------------------------------------


def test_templates_write_no_formulas_anywhere():
    for name, (content, _) in templates.template_files().items():
        if name.endswith(".xlsx"):
            for sheet in openpyxl.load_workbook(io.BytesIO(content)).worksheets:
                assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row), name


@pytest.fixture
def hostile_store(demo_con, tmp_path: Path):
    con = connect(build_hostile_store(tmp_path / "hostile.duckdb", demo_con))
    yield con
    con.close()


@pytest.fixture
def fresh_store(tmp_path: Path):
    con = connect(tmp_path / "again.duckdb")
    yield con
    con.close()


def test_the_data_beheer_export_of_hostile_text_has_no_formula(hostile_store):
    content = templates.to_xlsx(templates.export_frames(hostile_store))
    book = openpyxl.load_workbook(io.BytesIO(content))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert {c.value for c in cells if isinstance(c.value, str)} >= set(HOSTILE_TEXTS)


def test_the_data_beheer_export_round_trips_with_hostile_text(hostile_store, fresh_store):
    """The issue's promise: export, import again, identical tables (before: refused as formulas)."""
    content = templates.to_xlsx(templates.export_frames(hostile_store))
    analysis = analyse(fresh_store, [("cultuurdashboard_gegevens.xlsx", content)])
    assert not analysis.has_errors, [i.message() for i in analysis.validation.errors[:5]]
    commit(fresh_store, analysis)
    expected, actual = fact_tables(hostile_store), fact_tables(fresh_store)
    assert set(HOSTILE_TEXTS) <= set(expected["initiatief"]["naam"])
    for table, frame in expected.items():
        pdt.assert_frame_equal(frame, actual[table], obj=table)


def test_the_csv_templates_round_trip_with_hostile_text(hostile_store, fresh_store):
    frames = templates.export_frames(hostile_store)
    files = [(f"{kind}.csv", templates.to_csv(frame)) for kind, frame in frames.items()]
    analysis = analyse(fresh_store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.validation.errors[:5]]
    commit(fresh_store, analysis)
    expected, actual = fact_tables(hostile_store), fact_tables(fresh_store)
    for table, frame in expected.items():
        pdt.assert_frame_equal(frame, actual[table], obj=table)
