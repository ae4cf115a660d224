"""In Chromium: log in to Data beheer, a bad file is refused with row and column, a good one
is imported and shown on the other pages, and undo brings the demo data back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from data.demo import DEFAULT_SEED, build_demo_database
from tests.conftest import serve_app
from tests.e2e.helpers import log_in, password_secrets
from tests.e2e.maps_js import FIRST_MAP_AREAS_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

BAD = "gemeente;jaar;indicator;waarde\r\nEnschde;2023;cultuurdeelname;80\r\n"
GOOD = "gemeente;jaar;indicator;groep;waarde\r\nAlmelo;2023;cultuurdeelname;totaal;80,5\r\n"


@pytest.fixture(scope="module")
def beheer_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own: a password in its secrets file, and an import store to write to."""
    folder = tmp_path_factory.mktemp("beheer")
    secrets = password_secrets(folder)
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    with serve_app(db_path, "--secrets.files", str(secrets)) as url:
        yield url


def _upload(page: object, name: str, content: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))


def test_import_and_undo_in_the_browser(beheer_server: str, offline_page, tmp_path: Path):
    page = offline_page.page
    log_in(page, beheer_server)
    _upload(page, "fout.csv", BAD, tmp_path)
    wait_for_app(page, "Er is niets opgeslagen.")
    assert "1 fout(en) gevonden" in page.locator('[data-testid="stMain"]').inner_text()
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)  # the report: row, column, advice
    assert page.get_by_role("button", name="Importeren").count() == 0

    log_in(page, beheer_server)  # a new session: nothing of the refused file is left
    _upload(page, "goed.csv", GOOD, tmp_path)
    wait_for_app(page, "Geen fouten gevonden in 1 rijen.")
    page.get_by_role("button", name="Importeren").click()
    wait_for_app(page, "Import 1 is opgeslagen")

    page.locator('[data-testid="stSidebar"] a[href="kaart"]').first.click()
    wait_for_app(page, "Cultuurdeelname in 2023")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Demodata" not in main, "the imported data has no demo banner"
    assert page.locator('[data-testid="stSidebar"]').get_by_text("Geïmporteerde gegevens tonen").count() == 1

    page.locator('[data-testid="stSidebar"] a[href="data_beheer"]').first.click()
    page.get_by_role("button", name="Laatste import ongedaan maken (nr. 1)").click()
    wait_for_app(page, "Import 1 is ongedaan gemaakt")
    wait_for_app(page, "de app toont de demodata")


@pytest.fixture(scope="module")
def cbs_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app with its CBS address pointed at the tests' local fake of CBS StatLine."""
    from tests.cbs_fake_server import FakeCbs

    folder = tmp_path_factory.mktemp("cbs")
    secrets = password_secrets(folder)
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    with (
        FakeCbs() as fake,
        serve_app(db_path, "--secrets.files", str(secrets), env={"CULTUUR_CBS_URL": fake.base_url}) as url,
    ):
        yield url, folder / "import.duckdb"


def test_cbs_figures_one_click_away_in_the_browser(cbs_server: tuple[str, Path], offline_page):
    """Fetch from (the tests' local) CBS, preview, import: the map then shows the CBS figures."""
    url, _ = cbs_server
    page = offline_page.page
    log_in(page, url)
    page.get_by_role("button", name="Cijfers ophalen bij CBS").click()
    wait_for_app(page, "Opgehaald bij CBS op")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "80305NED" in main
    assert "70072NED" in main
    page.get_by_text("Ik heb de waarschuwingen bekeken", exact=False).click()
    page.get_by_role("button", name="Importeren").click()
    wait_for_app(page, "Import 1 is opgeslagen")

    page.locator('[data-testid="stSidebar"] a[href="kaart"]').first.click()
    wait_for_app(page, "Bron van deze cijfers: CBS")  # the map says where its figures come from
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)
    assert "Demodata" not in page.locator('[data-testid="stMain"]').inner_text()
