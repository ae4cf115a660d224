"""A fresh clone with nothing beside it: the README's first command gives the whole app, maps included.

The project's files are copied to a folder of their own (no ``shared/`` next to it, no
boundary folder configured), and the app is started there as a new user would.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from data.i18n import translate
from tests.conftest import PROJECT_ROOT, serve_app
from tests.e2e.maps_js import DRAWN_AREAS_JS
from tests.e2e.test_browser import wait_for_app
from tests.e2e.test_grenzeloos import wait_for_map

pytestmark = pytest.mark.e2e


def _project_files() -> list[str]:
    """The files a clone has: tracked, plus new ones not ignored (so uncommitted work is tested too)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (PROJECT_ROOT / name).is_file()]


@pytest.fixture(scope="module")
def clone_server(tmp_path_factory: pytest.TempPathFactory):
    clone = tmp_path_factory.mktemp("elsewhere") / "cultuurdashboard"
    for name in _project_files():
        target = clone / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT_ROOT / name, target)
    assert not (clone.parent / "shared").exists()
    assert (clone / "data" / "geo" / "SOURCES.md").is_file()
    # The default store of a new installation, as `streamlit run app.py` creates it.
    with serve_app(clone / ".data" / "cultuurdashboard.duckdb", project=clone) as url:
        yield url


def test_a_clone_with_nothing_beside_it_draws_every_map_with_the_credit(clone_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{clone_server}/kaart")
    wait_for_app(page)
    page.wait_for_function(f"() => ({DRAWN_AREAS_JS})()[0] === 14", timeout=60_000)
    main = page.locator('[data-testid="stMain"]')
    assert translate("geo.credit", "nl") in main.inner_text()
    assert "niet gevonden" not in main.inner_text()

    page.goto(f"{clone_server}/grenzeloos?van=2021&tot=2026")
    rendered = wait_for_map(page)
    assert (rendered["gemeenten"], rendered["kreise"]) == (14, 9)
    assert translate("geo.credit", "nl") in page.locator('[data-testid="stMain"]').inner_text()
