"""Hostile data loaded into the store: in Chromium no page requests anything outside the server.

An initiative whose name is a Markdown image, whose description carries HTML and links,
and a partner named like a phishing link: every page shows them as text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from data.demo import DEFAULT_SEED, build_demo_database
from data.importing.commit import commit
from data.importing.plan import analyse
from data.store import connect
from tests.conftest import serve_app

pytestmark = pytest.mark.e2e

IMAGE = "![x](http://evil.example/p.png)"
HTML = '<img src="http://evil.example/i.png"> <script src="http://evil.example/s.js"></script>'
LINK = "[Log hier in](http://evil.example/login)"
PARTNERS = f"id;naam;land;plaats\nP1;{LINK};DE;Gronau (Westf.)\n"
INITIATIVES = (
    "id;naam;omschrijving;organisatie;thema;discipline;status;startjaar;eindjaar;budget;bereik;"
    "gemeenten;doelgroepen;partners\n"
    f"EVIL-1;{IMAGE};{HTML} {LINK};{IMAGE};grenzeloos;erfgoed;lopend;2023;2024;1000;10;Enschede;jeugd;P1\n"
)
PAGES = [
    "initiatieven?initiatief=EVIL-1&van=2023&tot=2024",
    "themas?van=2023&tot=2024&cel=GM0153.grenzeloos",
    "grenzeloos?van=2023&tot=2024",
    "gemeenteprofiel?gemeente=GM0153",
    "verkennen",
    "",
]


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    con = connect(folder / "import.duckdb")  # the import store serve_app points the app at
    files = [("partners.csv", PARTNERS.encode()), ("initiatieven.csv", INITIATIVES.encode())]
    analysis = analyse(con, files)
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    commit(con, analysis, user="test")
    con.close()
    with serve_app(db_path) as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_hostile_names_are_shown_as_text_and_fetch_nothing(hostile_server: str, offline_page, path: str):
    page = offline_page.page
    page.goto(f"{hostile_server}/{path}")
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=30_000)
    page.wait_for_timeout(2_000)  # every chart and image has had its chance to load
    assert page.locator('[data-testid="stException"]').count() == 0
    main = page.locator('[data-testid="stMain"]')
    assert main.locator('img[src*="evil.example"], a[href*="evil.example"], script[src*="evil"]').count() == 0
    if path.startswith("initiatieven"):
        shown = main.inner_text().replace("\u2060", "")  # the word joiner that stops autolinks
        assert IMAGE in shown, "the name is shown as the partner wrote it"
        assert LINK in shown
    # offline_page fails the test on any request that left the server
