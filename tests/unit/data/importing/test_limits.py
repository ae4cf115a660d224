"""One upload cannot stop the server: packed and unpacked sizes, rows, cells and the report are bounded."""

from __future__ import annotations

import io
import time
import tomllib
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from data.importing.commit import ImportRefusedError, commit
from data.importing.issues import Issue
from data.importing.limits import DEFAULT_MAX_MB
from data.importing.parsing import CellValueError, match_gemeente
from data.importing.plan import analyse
from data.importing.report import format_report
from data.store import connect
from tests.unit.data.importing.test_importer import INDICATOR_HEADER, csv_bytes

ROOT = Path(__file__).resolve().parents[4]
MB = 1024 * 1024


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def only_error(analysis) -> Issue:
    errors = analysis.validation.errors
    assert len(errors) == 1, [(e.code, e.message()) for e in errors]
    return errors[0]


def measured(store, name: str, content: bytes):
    """The analysis, its peak Python memory in MB and its time in s."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        analysis = analyse(store, [(name, content)], max_bytes=20 * MB)
        peak = tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()
    return analysis, peak, time.perf_counter() - start


def small_xlsx() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["gemeente", "jaar", "indicator", "waarde"])
    sheet.append(["Almelo", 2023, "cultuurdeelname", 80])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet_xml(content: bytes, write_sheet) -> bytes:
    """``content`` with its first sheet replaced by what ``write_sheet(stream)`` writes."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with target.open(item.filename, "w") as stream:
                    write_sheet(stream)
            else:
                target.writestr(item, source.read(item.filename))
    return buffer.getvalue()


SHEET_START = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>gemeente</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>jaar</t></is></c>'
    b'<c r="C1" t="inlineStr"><is><t>indicator</t></is></c>'
    b'<c r="D1" t="inlineStr"><is><t>waarde</t></is></c></row>'
)
SHEET_END = b"</sheetData></worksheet>"


def one_huge_cell(size: int):
    def write(stream) -> None:
        stream.write(SHEET_START + b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        chunk = b"Enschede " * 100_000
        for _ in range(size // len(chunk)):
            stream.write(chunk)
        stream.write(b"</t></is></c></row>" + SHEET_END)

    return write


# --- Packed and unpacked sizes ----------------------------------------------------------------------


def test_the_streamlit_upload_limit_is_the_importers_limit():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] == DEFAULT_MAX_MB


def test_an_xlsx_that_unpacks_to_a_50_mb_cell_is_refused_before_it_is_read(store):
    content = with_sheet_xml(small_xlsx(), one_huge_cell(50 * MB))
    assert len(content) < 1 * MB, "a small upload"
    analysis, peak, seconds = measured(store, "bom.xlsx", content)
    issue = only_error(analysis)
    assert issue.code == "xlsx_compression_ratio"
    assert "uitgepakt" in issue.message()
    assert peak < 25, f"{peak:.0f} MB of memory for a refused file"
    assert seconds < 5


def test_an_xlsx_whose_unpacked_total_is_too_large_is_refused(store, monkeypatch: pytest.MonkeyPatch):
    from data.importing import limits as import_limits

    monkeypatch.setattr(import_limits, "MAX_UNPACKED_BYTES", 4 * MB)
    content = with_sheet_xml(small_xlsx(), one_huge_cell(5 * MB))
    monkeypatch.setattr(import_limits, "MAX_COMPRESSION_RATIO", 10_000)
    issue = only_error(analyse(store, [("groot.xlsx", content)]))
    assert issue.code == "xlsx_too_large_unpacked"
    assert "4 MB" in issue.message()


def test_a_zip_whose_sizes_lie_is_refused_as_damaged(store):
    """The pre-check trusts the sizes the zip declares; reading never goes past them."""
    import struct

    content = bytearray(with_sheet_xml(small_xlsx(), one_huge_cell(2 * MB)))
    name = b"xl/worksheets/sheet1.xml"
    for signature, at, offset in (
        (b"PK\x03\x04", content.find(name), 22),
        (b"PK\x01\x02", content.rfind(name), 24),
    ):
        struct.pack_into("<I", content, content.rfind(signature, 0, at) + offset, 1000)
    analysis, peak, _ = measured(store, "gelogen.xlsx", bytes(content))
    assert only_error(analysis).code == "xlsx_unreadable"
    assert peak < 25


def test_a_sheet_claiming_16384_columns_is_not_padded_to_them(store):
    rows = b"".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Almelo</t></is></c><c r="B{r}"><v>2023</v></c>'
        f'<c r="C{r}" t="inlineStr"><is><t>cultuurdeelname</t></is></c><c r="D{r}"><v>{r % 90}</v></c>'
        f'<c r="XFD{r}" s="0"/></row>'.encode()
        for r in range(2, 3002)
    )

    def write(stream) -> None:
        stream.write(SHEET_START.replace(b"<sheetData>", b'<dimension ref="A1:XFD3001"/><sheetData>'))
        stream.write(rows + SHEET_END)

    analysis, peak, _ = measured(store, "breed.xlsx", with_sheet_xml(small_xlsx(), write))
    assert analysis.validation.rows_read == 3000
    assert {i.code for i in analysis.validation.errors} == {"duplicate_key", "more_issues"}, "read, every row"
    assert peak < 60, f"{peak:.0f} MB"


def test_a_value_far_right_of_the_columns_is_refused(store):
    def write(stream) -> None:
        stream.write(SHEET_START + b'<row r="2"><c r="XFD2"><v>1</v></c></row>' + SHEET_END)

    issue = only_error(analyse(store, [("breed.xlsx", with_sheet_xml(small_xlsx(), write))]))
    assert issue.code == "too_many_columns"
    assert "XFD2" in issue.message()


# --- Cells ------------------------------------------------------------------------------------------


def test_an_xlsx_cell_longer_than_excel_allows_is_refused_naming_the_cell(store):
    import random

    text = "".join(
        random.Random(1).choices(  # noqa: S311 - test text, not a secret
            "abcdefghijklmnopqrstuvwxyz ", k=40_000
        )
    ).encode()

    def write(stream) -> None:
        stream.write(
            SHEET_START + b'<row r="2"><c r="C2" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
        )
        stream.write(SHEET_END)

    issue = only_error(analyse(store, [("lang.xlsx", with_sheet_xml(small_xlsx(), write))]))
    assert (issue.code, issue.row, issue.column) == ("cell_too_long", 2, "C")
    assert "rij 2" in issue.message()
    assert "32.767" in issue.message()


@pytest.mark.parametrize("length", [40_000, 200_000])
def test_an_over_long_csv_field_is_a_dutch_message_with_its_row(store, length):
    content = csv_bytes(
        INDICATOR_HEADER,
        [
            ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
            ["Borne", 2023, "cultuurdeelname", "", "70", "x" * length, ""],
        ],
    )
    issue = only_error(analyse(store, [("lang.csv", content)]))
    assert issue.code == "cell_too_long"
    assert issue.row == 3
    assert "rij 3" in issue.message()
    assert "32.767" in issue.message()
    assert "field" not in issue.message()


def test_a_cell_of_excels_maximum_length_is_accepted(store):
    content = csv_bytes(INDICATOR_HEADER, [["Almelo", 2023, "cultuurdeelname", "", "80", "x" * 32_767, ""]])
    analysis = analyse(store, [("vol.csv", content)])
    assert not analysis.has_errors, [i.code for i in analysis.issues]


def test_a_long_value_is_shortened_in_the_report(store):
    content = csv_bytes(INDICATOR_HEADER, [["Enschede" * 4000, 2023, "cultuurdeelname", "", "80", "", ""]])
    issue = only_error(analyse(store, [("w.csv", content)]))
    assert issue.code.startswith("unknown_gemeente")
    assert len(issue.value) <= 200
    assert len(issue.message()) < 400
    assert len(format_report(analyse(store, [("w.csv", content)]))) < 1000


def test_only_short_names_are_matched_fuzzily():
    with pytest.raises(CellValueError) as caught:
        match_gemeente("Enschde")
    assert caught.value.params == {"suggestion": "Enschede"}
    with pytest.raises(CellValueError) as caught:
        match_gemeente("Enschede is de grootste gemeente van Twente en ligt in het oosten")
    assert caught.value.code == "unknown_gemeente_nosuggestion"


# --- Rows and issues ----------------------------------------------------------------------------------


def test_rows_are_counted_whatever_their_line_ends(store):
    line = b"Almelo;2023;cultuurdeelname;80\r"
    content = b"gemeente;jaar;indicator;waarde\r" + line * 250_000
    analysis, _, seconds = measured(store, "cr.csv", content)
    issue = only_error(analysis)
    assert issue.code == "file_too_many_rows"
    assert "200.000" in issue.message()
    assert seconds < 10


def test_the_report_stops_after_a_thousand_problems_and_counts_the_rest(store):
    rows = [["Nergenshuizen", 2023, "cultuurdeelname", "", "80", "", ""]] * 5_000
    analysis = analyse(store, [("w.csv", csv_bytes(INDICATOR_HEADER, rows))])
    issues = analysis.issues
    assert len(issues) == 1_001
    assert issues[-1].code == "more_issues"
    assert "4.000" in issues[-1].message()
    assert analysis.has_errors
    assert "4.000" in format_report(analysis)


def test_errors_after_the_bound_still_refuse_the_import(store):
    rows = [["Almelo", 2023, "cultuurdeelname", "", "", "", ""]] * 1_000  # empty values: warnings
    rows += [["Nergenshuizen", 2023, "cultuurdeelname", "", "80", "", ""]]
    analysis = analyse(store, [("w.csv", csv_bytes(INDICATOR_HEADER, rows))])
    assert analysis.has_errors
    assert analysis.issues[-1].code == "more_issues"
    assert analysis.issues[-1].is_error, "the problems not shown include an error"
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)


# --- Large uploads are checked in a process of their own -----------------------------------------


def test_a_large_upload_is_checked_in_a_worker_with_the_same_report(store, monkeypatch: pytest.MonkeyPatch):
    from data.importing import worker as import_worker

    rows = [
        ["Almelo", 2023, "cultuurdeelname", "", "80", "", ""],
        ["Nergens", 2023, "cultuurdeelname", "", "1", "", ""],
    ]
    files = [("w.csv", csv_bytes(INDICATOR_HEADER, rows))]
    here = analyse(store, files)
    ran: list[bytes] = []
    real = import_worker._run_worker
    monkeypatch.setattr(import_worker, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(import_worker, "_run_worker", lambda task: ran.append(task) or real(task))
    there = analyse(store, files)
    assert ran, "the worker process ran"
    assert [(i.code, i.row, i.message()) for i in there.issues] == [
        (i.code, i.row, i.message()) for i in here.issues
    ]
    assert there.new_frame("indicator_waarde").to_dict("records") == here.new_frame(
        "indicator_waarde"
    ).to_dict("records")


def test_the_worker_keeps_the_bounds_of_the_server(store, monkeypatch: pytest.MonkeyPatch):
    from data.importing import limits as import_limits
    from data.importing import worker as import_worker

    monkeypatch.setattr(import_worker, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(import_limits, "MAX_ROWS", 3)
    rows = [["Almelo", 2000 + n, "cultuurdeelname", "", "80", "", ""] for n in range(30)]
    issue = only_error(analyse(store, [("w.csv", csv_bytes(INDICATOR_HEADER, rows))]))
    assert issue.code == "file_too_many_rows"


def test_a_check_that_runs_away_is_stopped_and_refused(store, monkeypatch: pytest.MonkeyPatch):
    from data.importing import worker as import_worker

    monkeypatch.setattr(import_worker, "WORKER_FROM_BYTES", 0)
    monkeypatch.setattr(import_worker, "TIMEOUT_S", 0.01)
    analysis = analyse(
        store,
        [("w.csv", csv_bytes(INDICATOR_HEADER, [["Almelo", 2023, "cultuurdeelname", "", "80", "", ""]]))],
    )
    issue = only_error(analysis)
    assert issue.code == "check_failed"
    assert "niets opgeslagen" in issue.message()
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)
