"""What several browser tests do: fill Streamlit's form widgets by their visible label, log in
to Data beheer, ask axe for serious violations, and build a store of imported data."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from components.auth import hash_password
from tests.e2e.test_browser import wait_for_app

PASSWORD = "geheim-wachtwoord"  # noqa: S105 - a test password


def main(page: object) -> object:
    """The page's main area (not the sidebar)."""
    return page.locator('[data-testid="stMain"]')


def wait_for_initiative_count(page: object) -> str:
    """Wait until Initiatieven says how many initiatives it lists ("<n> van <total> initiatieven")
    and return that line; the page's intro says "initiatieven" long before the list is drawn."""
    page.wait_for_function(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return m && /\\d+ van [\\d.]+ initiatieven/.test(m.innerText); }",
        timeout=30_000,
    )
    return re.search(r"\d+ van [\d.]+ initiatieven", main(page).inner_text()).group(0)


def fill(page: object, label: str, value: str) -> None:
    """Type into the text or number field with this label, then leave it (Tab)."""
    field = main(page).get_by_label(label, exact=True)
    field.fill(value)
    field.press("Tab")


def choose(page: object, label: str, option: str) -> None:
    """Pick an option in a selectbox or multiselect (Streamlit's combobox), typed to filter the
    list: a long list draws only the options in view."""
    field = main(page).get_by_label(label, exact=True)
    field.click()
    field.fill(option)
    page.get_by_role("option", name=option, exact=True).click()


def pick(page: object, label: str, option: re.Pattern[str], attempts: int = 3) -> None:
    """Open the selectbox with this label and click the option whose name matches ``option``.

    A click that lands while the page is still settling (a tab just opened) can leave the
    list closed; then it is opened again, at most ``attempts`` times.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    field = main(page).get_by_label(label, exact=True)
    choice = page.get_by_role("option", name=option)
    for attempt in range(attempts):
        field.click()
        try:
            choice.first.wait_for(timeout=10_000)
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
            page.keyboard.press("Escape")
            continue
        choice.first.click()
        return


def serious_violations(page: object) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page).response
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def password_secrets(folder: Path) -> Path:
    """A secrets file with the Data beheer password (pass it as ``--secrets.files``)."""
    secrets = folder / "secrets.toml"
    secrets.write_text(f'[data_beheer]\npassword_hash = "{hash_password(PASSWORD)}"\n')
    return secrets


def log_in(page: object, url: str) -> None:
    page.goto(f"{url}/data_beheer")
    wait_for_app(page, "Wachtwoord")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    wait_for_app(page, "CSV- of Excelbestand(en)")


def build_imported_store(path: Path, source: duckdb.DuckDBPyConnection) -> Path:
    """A store of imported data (import 1) holding ``source``'s tables, written to the import
    template and imported as a partner would; unlike the demo store it takes commits."""
    from data import templates
    from data.importing.commit import commit
    from data.importing.plan import analyse
    from data.store import connect

    content = templates.to_xlsx(templates.export_frames(source))
    con = connect(path)
    try:
        analysis = analyse(con, [("partnerdata.xlsx", content)])
        assert not analysis.has_errors, [i.message() for i in analysis.validation.errors[:5]]
        commit(con, analysis, user="test")
    finally:
        con.close()
    return path
