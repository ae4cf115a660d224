"""In Chromium: a German partner proposes an initiative, gets a code and reads its status back;
axe finds no serious or critical violation on the form, with its messages, or on the code."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from data.demo import DEFAULT_SEED, build_demo_database
from data.reference import DISCIPLINE_BY_CODE, GEMEENTE_BY_CODE, THEME_BY_CODE
from tests.conftest import serve_app
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def proposal_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server of its own, with a proposals store of its own."""
    folder = tmp_path_factory.mktemp("aanmelden")
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    with serve_app(db_path, env={"CULTUUR_COCREATIE_DB": str(folder / "cocreatie.duckdb")}) as url:
        yield url


def _serious_violations(page: object) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page).response
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def _main(page: object) -> object:
    return page.locator('[data-testid="stMain"]')


def _fill(page: object, label: str, value: str) -> None:
    field = _main(page).get_by_label(label, exact=True)
    field.fill(value)
    field.press("Tab")


def _choose(page: object, label: str, option: str) -> None:
    """Pick an option in a selectbox or multiselect (Streamlit's combobox)."""
    _main(page).get_by_label(label, exact=True).click()
    page.get_by_role("option", name=option, exact=True).click()


def test_a_german_proposal_and_its_status(proposal_server: str, offline_page) -> None:
    page = offline_page.page
    page.goto(f"{proposal_server}/initiatief_aanmelden?lang=de")
    wait_for_app(page, "Initiative anmelden")
    page.wait_for_function("() => document.documentElement.lang === 'de'", timeout=10_000)
    page.wait_for_timeout(1_000)
    assert _serious_violations(page) == []
    honeypot = page.locator(".st-key-aanmelden_hp")
    page.wait_for_function(
        "() => document.querySelector('.st-key-aanmelden_hp')?.getAttribute('aria-hidden') === 'true'",
        timeout=10_000,
    )
    assert honeypot.evaluate("box => box.inert")  # out of the tab order
    box = honeypot.bounding_box()
    assert box is None or box["x"] + box["width"] <= 0, "the honeypot is off screen"

    _fill(page, "Name der Initiative", "Grenzenloses Theater an der Dinkel")
    _fill(page, "Organisation (federführend)", "Stadttheater Gronau")
    _choose(page, "Thema des Kulturprofils", THEME_BY_CODE["grenzeloos"].name("de"))
    _choose(page, "Sparte", DISCIPLINE_BY_CODE["podiumkunsten"].name("de"))
    _choose(page, "Gemeinden, in denen die Initiative stattfindet", GEMEENTE_BY_CODE["GM0168"].naam)
    page.keyboard.press("Escape")  # close the multiselect's list
    _fill(page, "Startjahr", "2026")
    _fill(page, "Endjahr", "2027")
    _fill(page, "Partner 1: Name", "Stadttheater Gronau")
    _choose(page, "Partner 1: Land", "Deutschland")
    _fill(page, "Partner 1: Ort", "Gronau (Westf.)")
    _choose(page, "Partner 1: Kreis (nur deutsche Partner)", "Kreis Borken")
    _fill(page, "Interreg (€)", "8000")
    _fill(page, "Erwartete Reichweite (Teilnehmende und Besuchende)", "900")
    _fill(page, "Davon aus Deutschland", "300")
    _fill(page, "Kurze Beschreibung", "Vorstellungen auf beiden Seiten der Dinkel.")
    _fill(page, "Ihr Name", "Anna Schmidt")
    _fill(page, "Ihre E-Mail-Adresse", "anna.schmidt@example")  # no top-level domain: refused

    page.get_by_role("button", name="Vorschlag absenden").click()
    wait_for_app(page, "Ihr Vorschlag ist noch nicht abgeschickt.")
    assert "Geben Sie eine gültige E-Mail-Adresse ein" in _main(page).inner_text()
    assert _main(page).get_by_label("Name der Initiative", exact=True).input_value() == (
        "Grenzenloses Theater an der Dinkel"
    )
    assert _main(page).get_by_label("Partner 1: Land", exact=True).input_value() == "Deutschland"
    kreis = _main(page).get_by_label("Partner 1: Kreis (nur deutsche Partner)", exact=True)
    assert kreis.input_value() == "Kreis Borken"  # what was chosen is kept
    assert _serious_violations(page) == []

    _fill(page, "Ihre E-Mail-Adresse", "anna.schmidt@example.de")
    page.get_by_role("button", name="Vorschlag absenden").click()
    wait_for_app(page, "Ihr Referenzcode")
    code = page.locator('[data-testid="stCode"] code').first.inner_text().strip()
    assert re.fullmatch(r"TW-[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    assert "Grenzenloses Theater an der Dinkel" in _main(page).inner_text()
    assert _serious_violations(page) == []

    page.get_by_role("tab", name="Status abfragen").click()
    _main(page).get_by_label("Referenzcode", exact=True).fill(code.lower())
    page.get_by_role("button", name="Status abfragen").click()
    wait_for_app(page, "Eingegangen")
    text = _main(page).inner_text()
    assert "wartet auf eine Entscheidung" in text
    assert "anna.schmidt" not in text
