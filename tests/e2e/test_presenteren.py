"""Presenteren in Chromium: buttons and arrow keys move through the slides, nothing outside localhost."""

import pytest
from pypdf import PdfReader

from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

TITLE_JS = "() => { const h = document.querySelector('h2.cdt-title'); return h ? h.innerText : null; }"


def wait_for_new_title(page, previous: str | None, number: int) -> str:
    """Wait for another slide title, then for slide ``number`` in the URL.

    The page writes the URL after it has drawn the buttons, so from then on the buttons
    (which the arrow keys press) belong to the new slide.
    """
    page.wait_for_function(
        "prev => { const h = document.querySelector('h2.cdt-title'); return h && h.innerText !== prev; }",
        arg=previous,
        timeout=30_000,
    )
    page.wait_for_function("n => location.search.includes('dia=' + n)", arg=number, timeout=30_000)
    return page.evaluate(TITLE_JS)


def test_buttons_and_arrow_keys_move_through_the_slides(live_server: str, offline_page):
    page = offline_page.page
    page.goto(f"{live_server}/presenteren?modus=1")
    wait_for_app(page)
    first = wait_for_new_title(page, None, 1)
    # Presentation mode: no sidebar, title text large enough to read from the back of the room.
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    size = page.evaluate(
        "() => parseFloat(getComputedStyle(document.querySelector('h2.cdt-title')).fontSize)"
    )
    assert size >= 40

    page.locator(".st-key-presenteren_next button").click()
    second = wait_for_new_title(page, first, 2)

    page.locator(".st-key-presenteren_prev button").click()
    assert wait_for_new_title(page, second, 1) == first

    page.locator("h2.cdt-title").click()  # focus on the slide, not on a control
    page.keyboard.press("ArrowRight")
    assert wait_for_new_title(page, first, 2) == second
    page.keyboard.press("ArrowRight")
    third = wait_for_new_title(page, second, 3)
    assert third not in (first, second)
    page.keyboard.press("ArrowLeft")
    assert wait_for_new_title(page, third, 2) == second


def test_the_pdf_download_holds_the_chosen_slides_as_selectable_text_with_their_map(
    live_server: str, offline_page, tmp_path
):
    page = offline_page.page
    page.goto(f"{live_server}/presenteren?dias=deelname,grenzeloos")
    wait_for_app(page)
    page.wait_for_function(TITLE_JS, timeout=30_000)
    title = page.evaluate(TITLE_JS)
    with page.expect_download(timeout=120_000) as download_info:
        page.get_by_role("button", name="PDF downloaden").click()
    target = tmp_path / "deck.pdf"
    download_info.value.save_as(target)
    reader = PdfReader(target)
    assert len(reader.pages) == 2, "one page per chosen slide"
    first = " ".join(reader.pages[0].extract_text().split())
    assert " ".join(title.split()) in first, "the slide on screen opens the PDF, as text"
    assert "Demodata" in first
    assert all(p.images for p in reader.pages), "both slides carry their map"
