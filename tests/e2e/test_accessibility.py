"""WCAG checks in Chromium: axe-core on every page, in Dutch and English.

Fails on any violation of impact "serious" or "critical".  axe-core ships inside the
axe-playwright-python package, so nothing is fetched from the internet.
"""

from pathlib import Path

import pytest

from tests.e2e.test_browser import ready_text, wait_for_app

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.stem for p in (ROOT / "app_pages").glob("*.py"))


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("page_name", PAGES)
def test_no_serious_accessibility_violations(live_server: str, offline_page, page_name: str, lang: str):
    from axe_playwright_python.sync_playwright import Axe

    page = offline_page.page
    path = "" if page_name == "overzicht" else page_name
    page.goto(f"{live_server}/{path}?lang={lang}")
    wait_for_app(page, ready_text(page_name, lang))
    page.wait_for_timeout(1_000)  # charts finish drawing
    page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang, timeout=10_000)
    results = Axe().run(page).response
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
