"""Bad files end with a clear message and never write; a killed import leaves the store as it was."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas.testing as pdt
import pytest
from openpyxl import Workbook

from data import templates
from data.importing.commit import ImportRefusedError, commit
from data.importing.issues import Issue
from data.importing.limits import MAX_MB_ENV_VAR, max_upload_bytes
from data.importing.plan import analyse
from data.importing.undo import fact_tables
from data.store import connect, read_metadata

ROOT = Path(__file__).resolve().parents[4]
GOOD_CSV = b"gemeente;jaar;indicator;waarde\r\nAlmelo;2023;cultuurdeelname;80,5\r\n"


@pytest.fixture
def store(tmp_path: Path):
    con = connect(tmp_path / "import.duckdb")
    yield con
    con.close()


def workbook_bytes(build) -> bytes:
    book = Workbook()
    build(book.active)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def file_error(store, name: str, content: bytes, **kwargs) -> Issue:
    analysis = analyse(store, [(name, content)], **kwargs)
    assert analysis.has_errors
    assert store.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]
    errors = analysis.validation.errors
    assert len(errors) == 1, [e.code for e in errors]
    return errors[0]


def test_empty_file(store):
    assert file_error(store, "leeg.csv", b"").code == "file_empty"
    assert file_error(store, "spaties.csv", b"  \r\n ").code == "file_empty"


def test_binary_file_renamed_to_csv(store):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    issue = file_error(store, "foto.csv", png)
    assert issue.code == "file_binary"
    assert "geen tekstbestand" in issue.message()


def test_excel_file_renamed_to_csv_is_still_read(store):
    content = workbook_bytes(
        lambda s: [
            s.append(r)
            for r in (["gemeente", "jaar", "indicator", "waarde"], ["Borne", 2023, "cultuurdeelname", 70])
        ]
    )
    analysis = analyse(store, [("export.csv", content)])
    assert not analysis.has_errors
    assert len(analysis.new_frame("indicator_waarde")) == 1


def test_old_xls_format(store):
    assert (
        file_error(store, "oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600).code
        == "xls_old_format"
    )


def test_wrong_sheet(store):
    content = workbook_bytes(lambda s: [s.append(r) for r in (["Naam", "Telefoon"], ["Jan", "053-1234567"])])
    issue = file_error(store, "adressen.xlsx", content)
    assert issue.code == "no_known_sheet"
    assert "Sheet" in issue.message()


def test_csv_without_known_columns(store):
    assert file_error(store, "x.csv", b"a;b;c\r\n1;2;3\r\n").code == "no_header"


def test_truncated_xlsx(store):
    content = templates.to_xlsx(templates.export_frames(store) | {}, "nl")
    issue = file_error(store, "kapot.xlsx", content[: len(content) // 2])
    assert issue.code == "xlsx_unreadable"
    assert "beschadigd" in issue.message()


def test_formulas_without_saved_values(store):
    def build(sheet):
        sheet.append(["gemeente", "jaar", "indicator", "waarde"])
        sheet.append(["Almelo", 2023, "cultuurdeelname", "=40*2"])

    issue = file_error(store, "formules.xlsx", workbook_bytes(build))
    assert issue.code == "xlsx_formulas"
    assert "Sheet!D2" in issue.message()


def test_a_million_rows_is_refused_quickly(store):
    content = b"gemeente;jaar;indicator;waarde\n" + b"Almelo;2023;cultuurdeelname;80\n" * 1_000_000
    issue = file_error(store, "groot.csv", content, max_bytes=len(content) + 1)
    assert issue.code == "file_too_many_rows"
    assert "200.000" in issue.message()


def test_upload_over_the_size_limit(store):
    issue = file_error(store, "waarden.csv", GOOD_CSV, max_bytes=10)
    assert issue.code == "file_too_large"


def test_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch):
    assert max_upload_bytes() == 20 * 1024 * 1024
    monkeypatch.setenv(MAX_MB_ENV_VAR, "2")
    assert max_upload_bytes() == 2 * 1024 * 1024


def test_undecodable_bytes(store):
    assert file_error(store, "raar.csv", b"gemeente;jaar\r\n\x81\x8d\x8f;\x90\r\n").code == "file_encoding"


def test_one_bad_file_among_good_ones_stores_nothing(store):
    analysis = analyse(store, [("goed.csv", GOOD_CSV), ("leeg.csv", b"")])
    assert analysis.has_errors
    with pytest.raises(ImportRefusedError):
        commit(store, analysis)
    assert store.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]


# --- Command line -------------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "data.importing.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_dry_run_reports_and_stores_nothing(tmp_path: Path):
    source = tmp_path / "waarden.csv"
    source.write_bytes(GOOD_CSV)
    db = tmp_path / "cli.duckdb"
    result = run_cli(str(source), "--dry-run", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 rijen gelezen: 0 fouten" in result.stdout
    con = connect(db)
    assert con.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]
    con.close()


def test_cli_errors_give_a_nonzero_exit_and_the_report(tmp_path: Path):
    source = tmp_path / "fout.csv"
    source.write_bytes(b"gemeente;jaar;indicator;waarde\r\nEnschde;2023;cultuurdeelname;80\r\n")
    result = run_cli(str(source), "--db", str(tmp_path / "cli.duckdb"))
    assert result.returncode == 1
    assert (
        "FOUT: fout.csv, rij 2, kolom 'gemeente': Onbekende gemeente 'Enschde'. Bedoelt u Enschede?"
        in result.stdout
    )


def test_cli_imports_and_undoes(tmp_path: Path):
    source = tmp_path / "waarden.csv"
    source.write_bytes(GOOD_CSV)
    db = tmp_path / "cli.duckdb"
    assert run_cli(str(source), "--db", str(db), "--user", "tester").returncode == 0
    con = connect(db)
    assert con.execute("SELECT gebruiker, rijen FROM import_log").fetchall() == [("tester", 1)]
    con.close()
    assert run_cli("--undo", "--db", str(db)).returncode == 0
    con = connect(db)
    assert con.execute("SELECT count(*) FROM indicator_waarde").fetchall() == [(0,)]
    con.close()


# --- Killed halfway ------------------------------------------------------------------------------

KILLED_IMPORT = """
import sys, time
from data.importing import commit as committing
from data.importing.commit import commit
from data.importing.plan import analyse
from data.store import connect

applied = []
original = committing._apply_table

def slow_apply(con, import_id, spec, new, scope):
    original(con, import_id, spec, new, scope)
    applied.append(spec.name)
    if len(applied) == 3:
        print("HALFWAY", flush=True)
        time.sleep(120)

committing._apply_table = slow_apply
con = connect(sys.argv[1])
files = [(name, open(name, "rb").read()) for name in sys.argv[2:]]
analysis = analyse(con, files)
assert not analysis.has_errors
commit(con, analysis)
"""


def test_a_killed_import_leaves_the_store_as_before(demo_con, tmp_path: Path):
    db = tmp_path / "killed.duckdb"
    first = tmp_path / "eerst.csv"
    first.write_bytes(GOOD_CSV)
    con = connect(db)
    commit(con, analyse(con, [("eerst.csv", first.read_bytes())]))
    before = fact_tables(con)
    con.close()
    export = tmp_path / "export.xlsx"
    export.write_bytes(templates.to_xlsx(templates.export_frames(demo_con)))
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_IMPORT, str(db), str(export)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "HALFWAY"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    con = connect(db)
    try:
        after = fact_tables(con)
        for table, frame in before.items():
            pdt.assert_frame_equal(frame, after[table], obj=table)
        assert con.execute("SELECT count(*) FROM import_log").fetchall() == [(1,)]
        assert read_metadata(con, "data_version").startswith("import-1-")
    finally:
        con.close()
