"""What a partner sees in Excel or a CSV is what gets stored: cell formats, years, separators."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from data.importing.plan import analyse
from data.store import connect
from tests.unit.data.importing.test_importer import INDICATOR_HEADER, INITIATIVE_HEADER, csv_bytes, initiative


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def formatted_xlsx(header: list[str], rows: list[list[object]], formats: dict[str, str]) -> bytes:
    """A workbook whose cells in the columns of ``formats`` carry that Excel number format."""
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
        for column, number_format in formats.items():
            sheet.cell(row=sheet.max_row, column=header.index(column) + 1).number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def stored_values(store, content: bytes, name: str = "waarden.xlsx") -> list[float]:
    analysis = analyse(store, [(name, content)])
    assert not analysis.has_errors, [(i.code, i.message()) for i in analysis.issues]
    return analysis.new_frame("indicator_waarde")["waarde"].tolist()


# --- Excel number formats -----------------------------------------------------------------------


@pytest.mark.parametrize("number_format", ["0.0%", "0%", "0.00%", "0.0%;[Red]-0.0%"])
def test_a_percent_cell_is_stored_as_the_percentage_excel_shows(store, number_format):
    """45,3% typed in Excel is the number 0.453 in a percent-formatted cell: the share is 45.3."""
    rows = [["Almelo", 2023, "cultuurdeelname", "totaal", 0.453, "", ""]]
    content = formatted_xlsx(INDICATOR_HEADER, rows, {"waarde": number_format})
    assert stored_values(store, content) == [45.3]


def test_a_percent_sign_written_as_text_in_the_format_is_not_a_percent_format(store):
    """A format like 0.0"%" (or 0.0\\%) shows 45.3 as 45.3%: the value already is the percentage."""
    rows = [
        ["Almelo", 2023, "cultuurdeelname", "totaal", 45.3, "", ""],
        ["Borne", 2023, "cultuurdeelname", "totaal", 50.1, "", ""],
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(INDICATOR_HEADER)
    for row, number_format in zip(rows, ['0.0"%"', "0.0\\%"], strict=True):
        sheet.append(row)
        sheet.cell(row=sheet.max_row, column=5).number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    assert stored_values(store, buffer.getvalue()) == [45.3, 50.1]


def test_percent_cells_are_percentages_in_every_numeric_column(store):
    """Budget, reach and funding columns read the cell format the same way as indicator values."""
    header = INITIATIVE_HEADER
    row = initiative(budget=12500, bereik=1200, financiering_gemeente=0.8, financiering_interreg=0.2)
    row[header.index("partners")] = ""
    content = formatted_xlsx(header, [row], {"financiering_gemeente": "0%", "financiering_interreg": "0%"})
    analysis = analyse(store, [("initiatieven.xlsx", content)])
    funding = analysis.new_frame("financiering").set_index("bron")["bedrag"].to_dict()
    assert funding == {"gemeente": 80.0, "interreg": 20.0}


def test_a_number_stored_as_text_is_read_like_the_text_excel_shows(store):
    rows = [["Almelo", "2023", "cultuurdeelname", "totaal", "45,3", "", ""]]
    content = formatted_xlsx(INDICATOR_HEADER, rows, {"waarde": "@", "jaar": "@"})
    assert stored_values(store, content) == [45.3]


def test_a_date_in_a_number_column_is_an_error_that_says_it_is_a_date(store):
    rows = [["Almelo", 2023, "cultuurdeelname", "totaal", datetime(2023, 5, 1), "", ""]]
    content = formatted_xlsx(INDICATOR_HEADER, rows, {"waarde": "dd-mm-yyyy"})
    analysis = analyse(store, [("waarden.xlsx", content)])
    [issue] = analysis.validation.errors
    assert (issue.row, issue.column) == (2, "waarde")
    assert "datum" in issue.message()
    assert "01-05-2023" in issue.message(), "the date as Excel shows it"


def test_a_sheet_whose_saved_size_is_too_small_is_read_in_full(store):
    """Excel files carry a 'dimension' that some tools write wrong; no row may be lost to it."""
    import zipfile

    rows = [[name, 2023, "cultuurdeelname", "totaal", 70, "", ""] for name in ("Almelo", "Borne", "Losser")]
    content = formatted_xlsx(INDICATOR_HEADER, rows, {})
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="A1:G4"/>', b'<dimension ref="A1:G2"/>')
                assert b'ref="A1:G2"' in data
            target.writestr(item, data)
    assert len(stored_values(store, buffer.getvalue())) == 3


# --- Years and separators ---------------------------------------------------------------------


@pytest.mark.parametrize("written", ["2023.0", "2023,0", "2023.00"])
def test_a_year_written_as_a_decimal_number_is_that_year(store, written):
    """Excel and pandas CSV exports write whole numbers as 2023.0."""
    analysis = analyse(
        store,
        [("w.csv", csv_bytes(INDICATOR_HEADER, [["Almelo", written, "cultuurdeelname", "", "80", "", ""]]))],
    )
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    assert analysis.new_frame("indicator_waarde")["jaar"].tolist() == [2023]


def test_a_year_with_a_real_fraction_is_not_a_year(store):
    rows = [["Almelo", "2023.5", "cultuurdeelname", "", "80", "", ""]]
    analysis = analyse(store, [("w.csv", csv_bytes(INDICATOR_HEADER, rows))])
    [issue] = analysis.validation.errors
    assert issue.code == "not_a_year"
    assert "2023.5" in issue.message()


def test_a_semicolon_file_whose_text_holds_many_commas_is_read_with_semicolons(store):
    source = "GGD Twente, Gezondheidsmonitor 2023, vragen 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 en 11"
    rows = [
        ["Almelo", 2023, "cultuurdeelname", "", "80,5", source, ""],
        ["Borne", 2023, "cultuurdeelname", "", "70,1", source, ""],
    ]
    analysis = analyse(store, [("w.csv", csv_bytes(INDICATOR_HEADER, rows))])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    frame = analysis.new_frame("indicator_waarde")
    assert frame["waarde"].tolist() == [80.5, 70.1]
    assert frame["bron"].tolist() == [source, source]


def test_a_comma_file_is_still_read_with_commas(store):
    content = b'gemeente,jaar,indicator,waarde,bron\r\nEnschede,2023,cultuuruitgaven,"1.234,5","CBS; Iv3"\r\n'
    analysis = analyse(store, [("a.csv", content)])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    assert analysis.new_frame("indicator_waarde")[["waarde", "bron"]].values.tolist() == [
        [1234.5, "CBS; Iv3"]
    ]


def test_a_tab_separated_file_is_read(store):
    content = b"gemeente\tjaar\tindicator\twaarde\r\nBorne\t2023\tcultuurdeelname\t70,5\r\n"
    assert analyse(store, [("a.txt", content)]).new_frame("indicator_waarde")["waarde"].tolist() == [70.5]
