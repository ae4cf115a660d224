"""A row that does not fit its header, a file without data, and the order of the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from data import templates
from data.importing.commit import ImportRefusedError, commit
from data.importing.plan import analyse
from data.store import connect
from tests.unit.data.importing.test_importer import INITIATIVE_HEADER, PARTNER_HEADER, csv_bytes, initiative


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def errors_of(analysis) -> list[tuple[str, int | None]]:
    return [(i.code, i.row) for i in analysis.validation.errors]


# --- Rows with the wrong number of cells ---------------------------------------------------------


def test_an_unquoted_decimal_comma_in_a_comma_file_is_an_error_on_its_row(store):
    content = (
        b"gemeente,jaar,indicator,waarde\r\n"
        b"Borne,2023,cultuurdeelname,70\r\n"
        b"Almelo,2023,cultuurdeelname,2,4\r\n"
    )
    analysis = analyse(store, [("w.csv", content)])
    assert errors_of(analysis) == [("row_cell_count", 3)]
    message = analysis.validation.errors[0].message()
    assert message.startswith("Deze rij heeft 5 cellen, de kopregel 4"), message
    assert "aanhalingstekens" in message, "says how to write a decimal comma in a comma file"
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)
    assert store.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]


def test_a_row_missing_its_last_cell_is_an_error_not_the_default_status(store):
    content = (
        b"gemeente;jaar;indicator;waarde;status\r\n"
        b"Almelo;2023;cultuurdeelname;80;voorlopig\r\n"
        b"Borne;2023;cultuurdeelname;70\r\n"
    )
    analysis = analyse(store, [("w.csv", content)])
    assert errors_of(analysis) == [("row_cell_count", 3)]
    assert analysis.validation.errors[0].message().startswith("Deze rij heeft 4 cellen")


def test_rows_as_wide_as_their_header_with_empty_cells_are_fine(store):
    content = b"gemeente;jaar;indicator;waarde;;\r\nAlmelo;2023;cultuurdeelname;80;;\r\n"
    analysis = analyse(store, [("w.csv", content)])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]


# --- Files without data ----------------------------------------------------------------------------


def test_a_header_only_file_is_refused_with_a_dutch_message(store):
    analysis = analyse(store, [("leeg.csv", b"gemeente;jaar;indicator;waarde\r\n")])
    assert [i.code for i in analysis.validation.errors] == ["no_data_rows"]
    assert "geen gegevens" in analysis.validation.errors[0].message()
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)
    assert store.execute("SELECT count(*) FROM import_log").fetchall() == [(0,)]


def test_every_empty_template_is_refused_as_an_empty_import(store):
    for name, (content, _) in templates.template_files().items():
        if name.endswith(".zip"):
            continue
        analysis = analyse(store, [(name, content)])
        assert [i.code for i in analysis.validation.errors] == ["no_data_rows"], name


def test_an_empty_sheet_beside_a_filled_one_is_fine(store):
    files = [
        ("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative(partners="")])),
        ("partners.csv", csv_bytes(PARTNER_HEADER, [])),
    ]
    analysis = analyse(store, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]


# --- Causes before their consequences --------------------------------------------------------------


def test_a_rejected_partner_is_reported_before_the_initiative_that_names_it(store):
    files = [
        ("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative()])),
        ("partners.csv", csv_bytes(PARTNER_HEADER, [["DE-1", "Kulturverein Gronau", "Mars", "Gronau", ""]])),
    ]
    issues = analyse(store, files).issues
    assert [(i.source, i.code) for i in issues] == [
        ("partners.csv", "unknown_country"),
        ("initiatieven.csv", "partner_row_failed"),
    ]
    assert "partners.csv" in issues[1].message()
    assert "rij 2" in issues[1].message()


def test_a_partner_row_with_too_many_cells_comes_before_its_consequence(store):
    partners = b"id,naam,land,plaats\r\nDE-1,Kulturverein Gronau, e.V.,DE,Gronau\r\n"
    files = [("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative()])), ("partners.csv", partners)]
    issues = analyse(store, files).issues
    assert [(i.source, i.code) for i in issues] == [
        ("partners.csv", "row_cell_count"),
        ("initiatieven.csv", "partner_row_failed"),
    ]


def test_a_partner_unknown_everywhere_is_still_unknown(store):
    files = [("initiatieven.csv", csv_bytes(INITIATIVE_HEADER, [initiative(partners="XX-9")]))]
    assert [i.code for i in analyse(store, files).validation.errors] == ["unknown_partner"]
