"""Every download button on every page, on a store full of hostile text: no file can run a formula.

AppTest (Streamlit 1.67) gives a download button's proto only: a media URL for data
passed as bytes, a ``deferred_file_id`` for data passed as a callable.  The bytes live in
the run's ``MediaFileManager``, which AppTest makes anew per run and drops afterwards;
a recording subclass keeps what each run added, so the test reads every file.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.state.common import user_key_from_element_id
from streamlit.testing.v1 import AppTest

from data.safe_files import FORMULA_PREFIXES
from data.store import IMPORT_DB_ENV_VAR, connect, set_metadata
from tests.app.test_data_beheer import logged_in
from tests.app.test_pages import PAGES, open_app
from tests.hostile_exports import HOSTILE_TEXTS, WHITESPACE_HOSTILE, build_hostile_store

EXPORTED = (".csv", ".xlsx", ".zip")
NUMBER = re.compile(r"-?\d+([.,]\d+)?")  # a number may start with "-": it is not text


class RecordingMediaFileManager(MediaFileManager):
    """A MediaFileManager that keeps the bytes and callables each download button gave it."""

    latest: ClassVar[RecordingMediaFileManager | None] = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.static: dict[str, tuple[str, bytes]] = {}  # url -> (file name, content)
        self.deferred: dict[str, tuple[str, Callable[[], bytes | str]]] = {}  # file id -> ...
        type(self).latest = self

    def add(self, path_or_data, mimetype, coordinates, file_name=None, is_for_static_download=False):
        url = super().add(path_or_data, mimetype, coordinates, file_name, is_for_static_download)
        if isinstance(path_or_data, bytes):
            self.static[url] = (file_name or url, path_or_data)
        return url

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, *, element_id=""):
        file_id = super().add_deferred(data_callable, mimetype, coordinates, file_name, element_id=element_id)
        self.deferred[file_id] = (file_name or file_id, data_callable)
        return file_id


@pytest.fixture
def hostile_app(app_env: Path, demo_con, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app on an imported store whose names, organisations and sources start like formulas."""
    path = build_hostile_store(tmp_path / "import.duckdb", demo_con)
    con = connect(path)
    # Whitespace before a formula cannot come in through the importer (it trims); put it in directly.
    ids = [r[0] for r in con.execute("SELECT id FROM initiatief ORDER BY id LIMIT 40").fetchall()]
    for index, ident in enumerate(ids):
        text = WHITESPACE_HOSTILE[index % len(WHITESPACE_HOSTILE)]
        con.execute("UPDATE initiatief SET organisatie = ? WHERE id = ?", [text, ident])
    set_metadata(con, "data_version", "hostile-exports-1")
    con.close()
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    monkeypatch.setattr("streamlit.testing.v1.app_test.MediaFileManager", RecordingMediaFileManager)
    return path


def collect_downloads(app: AppTest, files: dict[str, bytes]) -> None:
    """The content of every CSV, XLSX and zip download button of the last run, by file name."""
    assert not app.exception, app.exception
    manager = RecordingMediaFileManager.latest
    assert manager is not None
    for button in app.get("download_button"):
        proto = button.proto
        if proto.deferred_file_id:
            name, make = manager.deferred[proto.deferred_file_id]
            if name.endswith(EXPORTED):  # PPTX, PDF and PNG are drawn on click, and hold no table
                data = make()
                files[name] = data.encode() if isinstance(data, str) else data
        else:
            name, data = manager.static[proto.url]
            files[name] = data


def _lazy_expander_keys(app: AppTest) -> list[str]:
    keys = [user_key_from_element_id(e.proto.id) for e in app.get("expander") if e.proto.id]
    return [k for k in keys if k]


def _tab_containers(app: AppTest) -> list[tuple[str, list[str]]]:
    found = []
    for block in app.get("tab_container"):
        key = user_key_from_element_id(block.proto.tab_container.id or "")
        if key:
            found.append((key, [tab.label for tab in block.children.values()]))
    return found


def walk(app: AppTest) -> dict[str, bytes]:
    """Every download of a page: as opened, with every lazy expander open, and in every tab."""
    files: dict[str, bytes] = {}
    collect_downloads(app, files)
    keys = _lazy_expander_keys(app)
    for key in keys:
        app.session_state[key] = True
    if keys:
        collect_downloads(app.run(), files)
    for key, labels in _tab_containers(app):
        for label in labels:
            app.session_state[key] = label
            collect_downloads(app.run(), files)
    return files


def csv_cells(data: bytes) -> Iterator[str]:
    text = data.decode("utf-8-sig")
    header = text.splitlines()[0]
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield from row


def unsafe_csv_cells(data: bytes) -> list[str]:
    return [c for c in csv_cells(data) if c.startswith(FORMULA_PREFIXES) and not NUMBER.fullmatch(c)]


def xlsx_formulas(data: bytes) -> list[str]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return [
        f"{s.title}!{c.coordinate}"
        for s in book.worksheets
        for row in s.iter_rows()
        for c in row
        if c.data_type == "f"
    ]


def xlsx_texts(data: bytes) -> set[str]:
    book = openpyxl.load_workbook(io.BytesIO(data))
    return {
        c.value for s in book.worksheets for row in s.iter_rows() for c in row if isinstance(c.value, str)
    }


def check_file(name: str, data: bytes) -> list[str]:
    """What in this download a spreadsheet could run: cells and coordinates."""
    if name.endswith(".csv"):
        return unsafe_csv_cells(data)
    if name.endswith(".xlsx"):
        return xlsx_formulas(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [f"{n}: {p}" for n in archive.namelist() for p in check_file(n, archive.read(n))]


def page_downloads(page: str) -> dict[str, bytes]:
    app = logged_in() if page == "data_beheer.py" else open_app(page)
    return walk(app)


@pytest.mark.usefixtures("hostile_app")
def test_no_download_on_any_page_can_run_a_formula():
    files: dict[str, bytes] = {}
    for page in PAGES:
        files |= {f"{page}/{name}": data for name, data in page_downloads(page).items()}
    # The walk reached every table download the app offers (so the check below means something).
    reached = {name.split("/")[0] for name in files}
    assert {"kaart.py", "grenzeloos.py", "initiatieven.py", "verkennen.py", "data_beheer.py"} <= reached, (
        sorted(files)
    )
    assert len(files) >= 13, sorted(files)
    problems = {name: found for name, data in files.items() if (found := check_file(name, data))}
    assert problems == {}

    # Hostile text really is in them: escaped in CSV, as plain text cells in XLSX.
    initiatives_csv = next(d for n, d in files.items() if n.endswith("initiatieven.csv"))
    cells = set(csv_cells(initiatives_csv))
    assert {"'=1+2", "'@SUM(A1)", "'\t=1+2"} <= cells
    assert "=1+2" not in cells
    partners_csv = next(d for n, d in files.items() if n.startswith("grenzeloos.py/"))
    assert any(c.startswith("'=") for c in csv_cells(partners_csv))
    export = next(d for n, d in files.items() if n.endswith("cultuurdashboard_gegevens.xlsx"))
    assert set(HOSTILE_TEXTS) <= xlsx_texts(export), "the reader sees =Cultuur, not '=Cultuur"
