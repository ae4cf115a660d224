"""Shared fixtures: databases built by the same code that builds the dev database.

``demo_db`` is the seeded demo database (as the app builds it on first start);
``small_db`` is a hand-made store whose answers are known by heart.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from data.cocreation import Contact, PartnerEntry, Proposal
from data.demo import DEFAULT_SEED, build_demo_database
from data.store import DB_ENV_VAR, connect, set_metadata

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _show_errors_in_app_tests() -> None:
    """Users never see a traceback (client.showErrorDetails = "none" in .streamlit/config.toml);
    the app tests do, so a failure says what went wrong."""
    from streamlit import config

    config.set_option("client.showErrorDetails", "full")


_show_errors_in_app_tests()
# Hand-made initiative rows name their columns: the optional ones (bereik_duitsland) stay NULL.
INSERT_INITIATIVE = (
    "INSERT INTO initiatief (id, naam, omschrijving, organisatie, thema, discipline, status, "
    "startjaar, eindjaar, budget, bereik) VALUES "
)


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_database(tmp_path_factory.mktemp("demo") / "demo.duckdb", seed=DEFAULT_SEED)


@pytest.fixture
def demo_con(demo_db_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    # Same configuration as the app's own connection, so both can be open in one process.
    con = connect(demo_db_path)
    yield con
    con.close()


# A small store with known answers: three initiatives, two indicator years.
SMALL_INITIATIVES = [
    # id, naam, omschrijving, organisatie, thema, discipline, status, start, eind, budget, bereik
    ("A", "Erfgoedroute", "", "Stichting A", "tijd_ruimte", "erfgoed", "afgerond", 2022, 2023, 20_000.0, 400),
    ("B", "Grensfestival", "", "Stichting B", "grenzeloos", "festivals", "lopend", 2023, 2023, 9_000.0, 300),
    (
        "C",
        "Maakplaats",
        "",
        "Stichting C",
        "traditie_innovatie",
        "design",
        "lopend",
        2023,
        2025,
        30_000.0,
        900,
    ),
]
SMALL_LINKS = [("A", "GM0153"), ("A", "GM0168"), ("B", "GM0168"), ("C", "GM0164")]
SMALL_PARTNERS = [
    ("P1", "Stichting B", "NL", "Losser", None, None, None),
    ("P2", "Kulturbüro Gronau", "DE", "Gronau (Westf.)", 52.2126, 7.0411, "05554"),
]
SMALL_PARTNER_LINKS = [("B", "P1"), ("B", "P2")]


def _small_indicator_rows() -> list[tuple]:
    rows = []
    values_2023 = {"GM0153": 80.0, "GM0164": 85.0, "GM0168": 70.0, "CR12": 78.0, "NL01": 82.0}
    for code, value in values_2023.items():
        rows.append((code, 2023, "cultuurdeelname", "totaal", value, "test", "definitief"))
        rows.append((code, 2023, "afstand_museum", "totaal", value / 10, "test", "definitief"))
    rows.append(("GM0153", 2022, "cultuurdeelname", "totaal", 75.0, "test", "definitief"))
    return rows


def build_small_database(path: Path) -> Path:
    con = connect(path)
    con.executemany(
        INSERT_INITIATIVE + "(?,?,?,?,?,?,?,?,?,?,?)",
        SMALL_INITIATIVES,
    )
    con.executemany("INSERT INTO initiatief_gemeente VALUES (?,?)", SMALL_LINKS)
    con.executemany("INSERT INTO partner VALUES (?,?,?,?,?,?,?)", SMALL_PARTNERS)
    con.executemany("INSERT INTO initiatief_partner VALUES (?,?)", SMALL_PARTNER_LINKS)
    con.executemany("INSERT INTO indicator_waarde VALUES (?,?,?,?,?,?,?)", _small_indicator_rows())
    set_metadata(con, "dataset", "test")
    set_metadata(con, "data_version", "small-1")
    con.close()
    return path


@pytest.fixture
def small_con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect(str(build_small_database(tmp_path / "small.duckdb")))
    yield con
    con.close()


@pytest.fixture
def app_env(demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app at the session's demo database, at an import store that does not exist,
    and at an empty proposals store of the test's own (never the developer's .data/)."""
    monkeypatch.setenv(DB_ENV_VAR, str(demo_db_path))
    monkeypatch.setenv("CULTUUR_IMPORT_DB", str(demo_db_path.parent / "geen-import.duckdb"))
    monkeypatch.setenv("CULTUUR_COCREATIE_DB", str(tmp_path / "cocreatie.duckdb"))
    return demo_db_path


def frame_records(frame: pd.DataFrame) -> list[dict]:
    return frame.to_dict("records")


def decode_plotly_array(value: object) -> list:
    """Plotly 7 sends numeric arrays as base64 typed arrays ({"dtype", "bdata"}); decode them."""
    import base64

    import numpy as np

    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        return array.tolist()
    return list(value) if value is not None else []


def server_pictures(app: object) -> dict[str, str]:
    """The pictures drawn on the server (``st.html`` SVG images) of an AppTest run: alt -> SVG."""
    import base64
    import html
    import re

    pictures = {}
    for element in app.get("html"):
        for found in re.finditer(
            r'<img(?: class="[^"]*")? src="data:image/svg\+xml;base64,([^"]+)" alt="([^"]*)"',
            element.proto.body,
        ):  # a picture drawn for both widths counts once, as its wide layout
            pictures.setdefault(
                html.unescape(found.group(2)), base64.b64decode(found.group(1)).decode("utf-8")
            )
    return pictures


def clickable_pictures(app: object) -> dict[str, str]:
    """The clickable pictures of an AppTest run (components/widgets/clickable_picture): key -> markup."""
    import json

    pictures = {}
    for element in app.get("bidi_component"):
        payload = json.loads(element.proto.json)
        pictures[element.proto.id.rsplit("-", 1)[-1]] = payload["markup"]
    return pictures


def picture_items(markup: str) -> dict[str, tuple[str | None, list[str]]]:
    """Per municipality code in a clickable picture: the fill of its area (None for a bar) and its tip."""
    import html
    import re

    items = {}
    item = re.compile(r'data-code="([^"]+)" data-tip="([^"]*)"[^>]*>(<path [^>]*fill="([^"]+)")?')
    for found in item.finditer(markup):
        items[found.group(1)] = (found.group(4), html.unescape(found.group(2)).split("\n"))
    return items


def static_tables(app: object) -> list[pd.DataFrame]:
    """The plain HTML tables of an AppTest run (components/widgets/static_table), as shown text."""
    from html.parser import HTMLParser

    tables: list[list[list[str]]] = []  # per table its rows, the header first
    cell: list[str] | None = None

    class Reader(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list) -> None:
            nonlocal cell
            if tag == "table":
                tables.append([])
            elif tag == "tr":
                tables[-1].append([])
            elif tag in ("th", "td"):
                cell = []

        def handle_data(self, data: str) -> None:
            if cell is not None:
                cell.append(data)

        def handle_endtag(self, tag: str) -> None:
            nonlocal cell
            if tag in ("th", "td") and cell is not None:
                tables[-1][-1].append("".join(cell))
                cell = None

    for element in app.get("html"):
        Reader(convert_charrefs=True).feed(element.proto.body)
    return [pd.DataFrame(rows[1:], columns=rows[0]) for rows in tables]


def read_number(text: str) -> float:
    """A number as a Dutch table writes it ('1.234.567', '54,2', '–') back as a float."""
    return float("nan") if text == "–" else float(text.replace(".", "").replace(",", "."))


def plotly_figures(app: object) -> list[dict]:
    """The figures an AppTest run drew with st.plotly_chart, as plain JSON dicts."""
    import json

    return [json.loads(element.proto.spec) for element in app.get("plotly_chart")]


# --- Browser tests: a live `streamlit run` on a free port, Debian's Chromium --------------

# A proposal and a proposer for the co-creation tests (issue 17): a German partner, two
# municipalities, two funding sources.
THEATER = Proposal(
    naam="Grenzeloos Theater op de Dinkel",
    organisatie="Stichting Dinkeltheater",
    thema="grenzeloos",
    discipline="podiumkunsten",
    gemeenten=("GM0158", "GM0168"),
    partners=(
        PartnerEntry("Stadttheater Gronau", "DE", "Gronau", "05554"),
        PartnerEntry("Muziekschool Losser", "NL", "Losser"),
    ),
    doelgroepen=("jeugd", "algemeen"),
    startjaar=2026,
    eindjaar=2027,
    financiering=(("gemeente", 12_000.0), ("interreg", 8_000.0)),
    bereik=900,
    bereik_duitsland=300,
    omschrijving="Voorstellingen aan beide kanten van de Dinkel.",
    lessen="Begin klein, met één voorstelling per kant.",
)
JAN = Contact("Jan de Vries", "jan@example.org")


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_PREFIXES = (
    "http://localhost",
    "http://127.0.0.1",
    "ws://localhost",
    "ws://127.0.0.1",
    "data:",
    "blob:",
)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve_app(
    db_path: Path, *extra_args: str, project: Path = PROJECT_ROOT, env: dict[str, str] | None = None
) -> Iterator[str]:
    """The app in ``project`` served by the real `streamlit run` on ``db_path``; yields its URL.

    Each server gets its own database file, because DuckDB lets one process at a time
    hold a file open for writing and the app tests in this process hold the shared one.
    """
    import os
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "CULTUUR_GEO_DIR"},
        "CULTUUR_DB": str(db_path),
        "CULTUUR_IMPORT_DB": str(db_path.parent / "import.duckdb"),
        "CULTUUR_COCREATIE_DB": str(db_path.parent / "cocreatie.duckdb"),
        **(env or {}),
    }
    db_path.parent.mkdir(parents=True, exist_ok=True)
    log = (db_path.parent / "streamlit.log").open("w")
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true", *extra_args]
    process = subprocess.Popen(command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://localhost:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("streamlit did not start; see " + log.name)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app on its own copy of the demo database, shared by the browser tests."""
    db_path = build_demo_database(tmp_path_factory.mktemp("server") / "demo.duckdb", seed=DEFAULT_SEED)
    with serve_app(db_path) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium).")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class OfflinePage:
    """A browser page that records every request leaving localhost."""

    def __init__(self, page: object) -> None:
        self.page = page
        self.external_requests: list[str] = []
        page.on("request", self._record)

    def _record(self, request: object) -> None:
        if not request.url.startswith(LOCAL_PREFIXES):
            self.external_requests.append(request.url)


@pytest.fixture
def offline_page(browser: object) -> Iterator[OfflinePage]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = OfflinePage(context.new_page())
    yield page
    context.close()
    assert page.external_requests == [], f"requests outside localhost: {page.external_requests}"
