"""In Chromium: a German partner proposes an initiative, gets a code and reads its status back;
axe finds no serious or critical violation on the form, with its messages, or on the code."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from data.demo import DEFAULT_SEED, build_demo_database
from data.reference import DISCIPLINE_BY_CODE, GEMEENTE_BY_CODE, THEME_BY_CODE
from tests.conftest import serve_app
from tests.e2e.helpers import choose, fill, main, serious_violations
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def proposal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own, with a proposals store of its own."""
    folder = tmp_path_factory.mktemp("aanmelden")
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    with serve_app(db_path, env={"CULTUUR_COCREATIE_DB": str(folder / "cocreatie.duckdb")}) as url:
        yield url


def test_a_german_proposal_and_its_status(proposal_server: str, offline_page) -> None:
    page = offline_page.page
    page.goto(f"{proposal_server}/initiatief_aanmelden?lang=de")
    wait_for_app(page, "Initiative anmelden")
    page.wait_for_function("() => document.documentElement.lang === 'de'", timeout=10_000)
    page.wait_for_timeout(1_000)
    assert serious_violations(page) == []
    honeypot = page.locator(".st-key-aanmelden_hp")
    page.wait_for_function(
        "() => document.querySelector('.st-key-aanmelden_hp')?.getAttribute('aria-hidden') === 'true'",
        timeout=10_000,
    )
    assert honeypot.evaluate("box => box.inert")  # out of the tab order
    box = honeypot.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0, "the honeypot is off screen"

    fill(page, "Name der Initiative", "Grenzenloses Theater an der Dinkel")
    fill(page, "Organisation (federführend)", "Stadttheater Gronau")
    choose(page, "Thema des Kulturprofils", THEME_BY_CODE["grenzeloos"].name("de"))
    choose(page, "Sparte", DISCIPLINE_BY_CODE["podiumkunsten"].name("de"))
    choose(page, "Gemeinden, in denen die Initiative stattfindet", GEMEENTE_BY_CODE["GM0168"].naam)
    page.keyboard.press("Escape")  # close the multiselect's list
    fill(page, "Startjahr", "2026")
    fill(page, "Endjahr", "2027")
    fill(page, "Partner 1: Name", "Stadttheater Gronau")
    choose(page, "Partner 1: Land", "Deutschland")
    fill(page, "Partner 1: Ort", "Gronau (Westf.)")
    choose(page, "Partner 1: Kreis (nur deutsche Partner)", "Kreis Borken")
    fill(page, "Interreg (€)", "8000")
    fill(page, "Erwartete Reichweite (Teilnehmende und Besuchende)", "900")
    fill(page, "Davon aus Deutschland", "300")
    fill(page, "Kurze Beschreibung", "Vorstellungen auf beiden Seiten der Dinkel.")
    fill(page, "Ihr Name", "Anna Schmidt")
    fill(page, "Ihre E-Mail-Adresse", "anna.schmidt@example")  # no top-level domain: refused

    page.get_by_role("button", name="Vorschlag absenden").click()
    wait_for_app(page, "Ihr Vorschlag ist noch nicht abgeschickt.")
    assert "Geben Sie eine gültige E-Mail-Adresse ein" in main(page).inner_text()
    assert main(page).get_by_label("Name der Initiative", exact=True).input_value() == (
        "Grenzenloses Theater an der Dinkel"
    )
    assert main(page).get_by_label("Partner 1: Land", exact=True).input_value() == "Deutschland"
    kreis = main(page).get_by_label("Partner 1: Kreis (nur deutsche Partner)", exact=True)
    assert kreis.input_value() == "Kreis Borken"  # what was chosen is kept
    assert serious_violations(page) == []

    fill(page, "Ihre E-Mail-Adresse", "anna.schmidt@example.de")
    page.get_by_role("button", name="Vorschlag absenden").click()
    wait_for_app(page, "Ihr Referenzcode")
    code = page.locator('[data-testid="stCode"] code').first.inner_text().strip()
    assert re.fullmatch(r"TW-[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    assert "Grenzenloses Theater an der Dinkel" in main(page).inner_text()
    assert serious_violations(page) == []

    page.get_by_role("tab", name="Status abfragen").click()
    main(page).get_by_label("Referenzcode", exact=True).fill(code.lower())
    page.get_by_role("button", name="Status abfragen").click()
    wait_for_app(page, "Eingegangen")
    text = main(page).inner_text()
    assert "wartet auf eine Entscheidung" in text
    assert "anna.schmidt" not in text
