"""The app's CSV and XLSX files in a real spreadsheet engine: LibreOffice Calc runs none of them.

Each file the app writes is opened by Debian's LibreOffice Calc (``soffice --headless
--convert-to csv``, its own throw-away profile) and saved again as the values it shows.
Hostile text must come out as the literal text (``=1+2``, not ``3``; in CSV with the
OWASP quote, ``'=1+2``).  Two controls show the engine does run formulas: a plain CSV
and an openpyxl formula cell with ``=1+2`` both come out as ``3``.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from components.charts.grenzeloos import table_csv
from data import templates
from data.importing.sheets import KIND_INDICATORS, KIND_INITIATIVES, KIND_PARTNERS
from data.safe_files import csv_bytes, xlsx_bytes
from data.store import connect
from tests.hostile_exports import EVALUATED, HOSTILE_TEXTS, WHITESPACE_HOSTILE, build_hostile_store

pytestmark = pytest.mark.e2e

HOSTILE = (*HOSTILE_TEXTS, *WHITESPACE_HOSTILE)
# Calc keeps a carriage return in a cell as its line break, "\n": the same text to a reader.
AS_SHOWN = tuple(text.replace("\r", "\n") for text in HOSTILE)
FRAME = pd.DataFrame(
    {
        "Naam": ["Café Münster", *HOSTILE],
        "Budget": [1234.5, -5.0, 0.0, 7.25, -0.5, 3.0, 2.5, -1.0, 8.0, 9.0],
        "Aantal": [1, -3, 0, 4, 5, -6, 7, 8, 9, 10],
    }
)
# Calc reads the Dutch files in Dutch (decimal comma) and saves every sheet as UTF-8 CSV.
READ_DUTCH_CSV = "Text - txt - csv (StarCalc):59,34,76,1,,1043"
READ_CSV = "Text - txt - csv (StarCalc):44,34,76,1,,1033"
SAVE_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"


def soffice() -> str:
    path = shutil.which("soffice")
    if path is None:
        pytest.fail("This test needs Debian's LibreOffice Calc: apt-get install libreoffice-calc-nogui")
    return path


def convert(files: list[Path], out: Path, profile: Path, infilter: str | None = None) -> None:
    command = [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", SAVE_CSV, "--outdir", str(out), *map(str, files)]
    subprocess.run(command, check=True, capture_output=True, timeout=240)


def shown(out: Path, stem: str, sheet: str | None = None) -> list[list[str]]:
    """The cells as Calc showed them, from the CSV it saved (one file per sheet)."""
    path = out / (f"{stem}-{sheet}.csv" if sheet else f"{stem}.csv")
    if not path.exists():  # a CSV has one sheet, named after the file
        path = next(out.glob(f"{stem}-*.csv"))
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def column(rows: list[list[str]], name: str) -> list[str]:
    index = rows[0].index(name)
    return [row[index] for row in rows[1:]]


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    from data.demo import DEFAULT_SEED, build_demo_database

    folder = tmp_path_factory.mktemp("engine-store")
    demo = connect(build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED, scale=1))
    try:
        con = connect(build_hostile_store(folder / "hostile.duckdb", demo))
    finally:
        demo.close()
    try:
        return templates.export_frames(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, hostile_export: dict[str, pd.DataFrame]) -> Path:
    """Every kind of file the app writes, plus the two controls, opened and saved by Calc."""
    folder = tmp_path_factory.mktemp("engine")
    files, out, profile = folder / "in", folder / "out", folder / "profile"
    files.mkdir()
    written = {
        "writer.xlsx": xlsx_bytes({"Data": FRAME}),
        "export.xlsx": templates.to_xlsx(hostile_export),
        "control.xlsx": _formula_workbook(),
        "writer.csv": csv_bytes(FRAME),
        "grenzeloos-en.csv": table_csv(FRAME, "en"),
        "control.csv": b"Naam\r\n=1+2\r\n",
        "writer-nl.csv": csv_bytes(FRAME, dutch=True),
        "grenzeloos-nl.csv": table_csv(FRAME, "nl"),
        "template-initiatieven.csv": templates.to_csv(hostile_export[KIND_INITIATIVES]),
    }
    with zipfile.ZipFile(io.BytesIO(templates.to_csv_zip(hostile_export))) as archive:
        written["zip-partners.csv"] = archive.read(f"{KIND_PARTNERS}.csv")
        written["zip-indicatoren.csv"] = archive.read(f"{KIND_INDICATORS}.csv")
    for name, content in written.items():
        (files / name).write_bytes(content)
    convert(sorted(files.glob("*.xlsx")), out, profile)
    convert([files / n for n in ("writer.csv", "grenzeloos-en.csv", "control.csv")], out, profile, READ_CSV)
    dutch = [
        p for p in files.glob("*.csv") if p.name.endswith("-nl.csv") or p.name.startswith(("template", "zip"))
    ]
    convert(dutch, out, profile, READ_DUTCH_CSV)
    return out


def _formula_workbook() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["Naam"])
    book.active.append(["=1+2"])  # openpyxl's default: a live formula
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_the_engine_runs_formulas_in_files_not_written_by_the_app(engine: Path):
    assert column(shown(engine, "control"), "Naam") == ["3"]
    assert column(shown(engine, "control", "Sheet"), "Naam") == ["3"]


def test_xlsx_text_cells_show_the_literal_text(engine: Path):
    rows = shown(engine, "writer", "Data")
    assert column(rows, "Naam") == ["Café Münster", *AS_SHOWN]
    assert column(rows, "Aantal")[:3] == ["1", "-3", "0"], "numbers stay numbers"
    assert column(rows, "Budget")[:2] == ["1234.5", "-5"]


@pytest.mark.parametrize("stem", ["writer", "grenzeloos-en", "writer-nl", "grenzeloos-nl"])
def test_csv_cells_show_the_quoted_text_and_are_not_run(engine: Path, stem: str):
    rows = shown(engine, stem)
    names = column(rows, "Naam")
    assert names == ["Café Münster", *("'" + text for text in AS_SHOWN)]
    assert not set(names) & set(EVALUATED.values())
    assert column(rows, "Aantal")[:3] == ["1", "-3", "0"], "numbers stay numbers"


def test_the_data_beheer_export_shows_every_hostile_text_as_written(engine: Path, hostile_export):
    for sheet, kind, name in [
        ("Initiatieven", KIND_INITIATIVES, "naam"),
        ("Initiatieven", KIND_INITIATIVES, "organisatie"),
        ("Partners", KIND_PARTNERS, "naam"),
        ("Indicatorwaarden", KIND_INDICATORS, "bron"),
    ]:
        assert column(shown(engine, "export", sheet), name) == hostile_export[kind][name].tolist(), (
            sheet,
            name,
        )


@pytest.mark.parametrize(
    ("stem", "kind", "name"),
    [
        ("template-initiatieven", KIND_INITIATIVES, "naam"),
        ("zip-partners", KIND_PARTNERS, "naam"),
        ("zip-indicatoren", KIND_INDICATORS, "bron"),
    ],
)
def test_the_csv_templates_with_data_show_the_quoted_text(engine: Path, hostile_export, stem, kind, name):
    expected = ["'" + text for text in hostile_export[kind][name]]
    assert column(shown(engine, stem), name) == expected
