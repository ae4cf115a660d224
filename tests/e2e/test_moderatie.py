"""In Chromium: a moderator sees a German proposal with its duplicate flag, edits and approves
it, finds it in Initiatieven, and undoes the approval (issue 17, item 2)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest

from data import cocreation, store
from data.demo import DEFAULT_SEED, build_demo_database
from tests.app.test_moderatie import JAN, THEATER
from tests.conftest import serve_app
from tests.e2e.helpers import log_in, password_secrets, serious_violations, wait_for_initiative_count
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

NEW_NAME = "Grenzeloos Theater Dinkel-Noord"


@pytest.fixture(scope="module")
def moderation_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server with one stored initiative (import 1) and a German proposal much like it waiting."""
    folder = tmp_path_factory.mktemp("moderatie")
    secrets = password_secrets(folder)
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    proposals = cocreation.connect(folder / "cocreatie.duckdb")  # where serve_app points the app
    agenda = store.connect(folder / "import.duckdb")
    first = cocreation.send(proposals, THEATER, JAN, lang="nl", now=datetime(2026, 3, 1))
    (item,) = [i for i in cocreation.queue(proposals, agenda) if i.code == first]
    cocreation.approve(proposals, agenda, item.id, moderator="els")
    german = replace(THEATER, naam="Grenzeloos theater op de Dinkel!", organisatie="St. Dinkeltheater")
    code = cocreation.send(proposals, german, JAN, lang="de", now=datetime(2026, 3, 2))
    proposals.close()
    agenda.close()
    with serve_app(db_path, "--secrets.files", str(secrets)) as url:
        yield url, code


def _selected_tab(page: object) -> str:
    return page.locator('[role="tab"][aria-selected="true"]').inner_text()


def test_moderate_a_proposal_in_the_browser(moderation_server: tuple[str, str], offline_page):
    url, code = moderation_server
    page = offline_page.page
    log_in(page, url)

    wait_for_app(page, "Voorstellen die op een besluit wachten: 1.")
    page.get_by_role("tab", name="Voorstellen", exact=True).click()
    wait_for_app(page, "Wat doet u met dit voorstel?")
    main = page.locator('[data-testid="stMain"]')
    assert "Mogelijk dubbel met: Grenzeloos Theater op de Dinkel" in main.inner_text()
    assert "taal: Duits" in main.inner_text()

    page.get_by_text("Bewerken en goedkeuren").click()
    page.get_by_label("Naam van het initiatief").wait_for(timeout=15_000)
    page.wait_for_timeout(1_000)
    assert serious_violations(page) == [], "axe: the queue and the edit form are accessible"
    page.get_by_label("Naam van het initiatief").fill(NEW_NAME)
    page.get_by_role("button", name="Opslaan en goedkeuren").click()
    wait_for_app(page, f"Voorstel {code} is goedgekeurd en opgeslagen als import 2.")
    wait_for_app(page, "Voorstellen die op een besluit wachten: 0.")
    assert _selected_tab(page) == "Voorstellen", "the moderator stays on the proposals tab"
    assert page.locator('[data-testid="stException"]').count() == 0

    initiative = "V-" + code.removeprefix("TW-")
    public = page.context.new_page()  # another visitor, in a session of their own
    public.goto(f"{url}/initiatieven?zoek=Dinkel-Noord&initiatief={initiative}")
    wait_for_app(public, NEW_NAME)
    assert public.locator('[data-testid="stMain"]').get_by_role("heading", name=NEW_NAME).count() == 1

    page.get_by_role("tab", name="Gegevens importeren").click()
    page.get_by_role("button", name="Laatste import ongedaan maken (nr. 2)").click()
    wait_for_app(page, "Import 2 is ongedaan gemaakt")
    wait_for_app(page, "Voorstellen die op een besluit wachten: 1.")  # the proposal is back in the queue
    assert _selected_tab(page) == "Gegevens importeren", "the moderator stays where the undo was"

    public.goto(f"{url}/initiatieven?zoek=Dinkel-Noord")
    assert wait_for_initiative_count(public).startswith("0 van ")
    assert NEW_NAME not in public.locator('[data-testid="stMain"]').inner_text()
    public.close()
