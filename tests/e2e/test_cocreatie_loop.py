"""In Chromium, the whole co-creation loop of issue 17 on a live server with imported data.

1. A German partner proposes an initiative much like a stored one; a moderator (another
   browser) sees its duplicate flag, edits and approves it; it shows in Initiatieven,
   Thema's and Grenzeloos and its code reads "approved" (in German); the moderator undoes
   the import and it is gone from all three, and the proposal is waiting again.
2. An approved proposal marked as an example shows on Voorbeelden and in the deck (PPTX,
   PDF) with its story, and its proposer's name and e-mail nowhere: not in those, not in
   Initiatieven's page or its exports.
3. Twenty sessions press "send" at the same moment: twenty proposals with twenty codes.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from data import cocreation
from data.demo import DEFAULT_SEED, build_demo_database
from data.i18n import translate
from data.reference import DISCIPLINE_BY_CODE, GEMEENTE_BY_CODE, KREIS_NAMES, THEME_BY_CODE
from data.store import connect
from tests.conftest import OfflinePage, serve_app
from tests.e2e.helpers import (
    build_imported_store,
    choose,
    fill,
    log_in,
    main,
    password_secrets,
    pick,
    wait_for_initiative_count,
)
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

# A stored initiative of the demo tables (and so of the imported store) the German proposal is
# much like: the moderator sees the flag.
STORED_ID = "INI-00436"
GEMEENTE = "GM1774"  # Dinkelland, where both run
GERMAN_PARTNER = "Grenzklang Musikverein Gronau"
EDITED_NAME = "Grenzklang: Café-concerten Dinkelland 2026"
CONTACT_NAME = "Hendrika Geheimhouder-Voss"
CONTACT_EMAIL = "h.geheimhouder@contact-voorbeeld.nl"
STORY = "Twee bibliotheken ruilden hun verhalen: wie in Tubbergen vertelde, luisterde in Nordhorn."
LESSONS = "Begin met één verteller aan elke kant."


OPTIONAL_FIELDS = (
    "startjaar",
    "eindjaar",
    "bereik",
    "omschrijving",
    "lessen",
    "contact_naam",
    "contact_email",
)


def t(key: str, lang: str = "nl", **values: object) -> str:
    return translate(key, lang, **values)


@pytest.fixture(scope="module")
def loop_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app on a store of imported data (import 1: the demo tables), with a password."""
    folder = tmp_path_factory.mktemp("cocreatie_loop")
    db_path = build_demo_database(folder / "demo.duckdb", seed=DEFAULT_SEED)
    source = connect(db_path)
    try:
        build_imported_store(folder / "import.duckdb", source)  # where serve_app points the app
    finally:
        source.close()
    with serve_app(db_path, "--secrets.files", str(password_secrets(folder))) as url:
        yield url, folder


@pytest.fixture
def moderator(browser: object) -> Iterator[OfflinePage]:
    """A second browser context: the moderator's session, apart from the proposer's."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = OfflinePage(context.new_page())
    yield page
    context.close()
    assert page.external_requests == [], f"requests outside localhost: {page.external_requests}"


# --- Steps ----------------------------------------------------------------------------------------


def open_form(page: object, url: str, lang: str) -> None:
    page.goto(f"{url}/initiatief_aanmelden?lang={lang}")
    wait_for_app(page, t("aanmelden.submit", lang))


def fill_proposal(
    page: object, lang: str, values: dict[str, str], *, partner: tuple[str, str] | None = None
) -> None:
    """The form's required fields (and a German partner): ``values`` by field name."""
    label = {name: t(f"aanmelden.field.{name}", lang) for name in values}
    fill(page, label["naam"], values["naam"])
    fill(page, label["organisatie"], values["organisatie"])
    choose(page, t("aanmelden.field.thema", lang), THEME_BY_CODE[values["thema"]].name(lang))
    choose(page, t("aanmelden.field.discipline", lang), DISCIPLINE_BY_CODE[values["discipline"]].name(lang))
    choose(page, t("aanmelden.field.gemeenten", lang), GEMEENTE_BY_CODE[values["gemeenten"]].naam)
    page.keyboard.press("Escape")  # close the multiselect's list
    for name in (
        "startjaar",
        "eindjaar",
        "bereik",
        "omschrijving",
        "lessen",
        "contact_naam",
        "contact_email",
    ):
        if name in values:
            fill(page, label[name], values[name])
    if partner is not None:
        name, place = partner
        fill(page, t("aanmelden.partner.naam", lang, n=1), name)
        choose(page, t("aanmelden.partner.land", lang, n=1), t("aanmelden.country.de", lang))
        fill(page, t("aanmelden.partner.plaats", lang, n=1), place)
        choose(page, t("aanmelden.partner.kreis", lang, n=1), KREIS_NAMES["05554"])


def send(page: object, lang: str) -> str:
    """Press send; the reference code the page then shows."""
    page.get_by_role("button", name=t("aanmelden.submit", lang)).click()
    return sent_code(page, lang)


def sent_code(page: object, lang: str = "nl") -> str:
    wait_for_app(page, t("aanmelden.sent.code_title", lang))
    return page.locator('[data-testid="stCode"] code').first.inner_text().strip()


def look_up(page: object, code: str, lang: str, expected: str) -> None:
    page.get_by_role("tab", name=t("aanmelden.tab.status", lang)).click()
    main(page).get_by_label(t("aanmelden.status.code", lang), exact=True).fill(code)
    page.get_by_role("button", name=t("aanmelden.status.submit", lang)).click()
    wait_for_app(page, expected)


def queue_tab(page: object) -> object:
    return page.get_by_role("tab", name=t("moderatie.tab.queue"), exact=True)


def approved_import(page: object, code: str) -> int:
    """The number of the import an approval became, from the message the moderator reads."""
    message = t("moderatie.approved", code=code, number="NUMMER").split("NUMMER")[0]
    wait_for_app(page, message)
    found = re.search(re.escape(message) + r"(\d+)", main(page).inner_text())
    assert found, "the approval names its import"
    return int(found.group(1))


def undo(page: object, number: int) -> None:
    page.get_by_role("tab", name=t("moderatie.tab.import")).click()
    page.get_by_role("button", name=t("beheer.log.undo", number=number)).click()
    wait_for_app(page, f"Import {number} is ongedaan gemaakt")


def initiatieven_count(page: object, url: str, search: str) -> str:
    """What Initiatieven says after a search: "<n> van <total> initiatieven"."""
    page.goto(f"{url}/initiatieven?zoek={search}")
    return wait_for_initiative_count(page)


def cell_count(page: object, url: str) -> int:
    """How many initiatives Thema's lists in Dinkelland's Grenzeloos cell for 2026 (0 for a gap)."""
    page.goto(f"{url}/themas?van=2026&tot=2026&cel={GEMEENTE}.grenzeloos")
    page.wait_for_function(
        "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
        " return m && /\\d+ initiatieven, samen|nog geen initiatief in het thema/.test(m.innerText); }",
        timeout=60_000,
    )
    found = re.search(r"(\d+) initiatieven, samen", main(page).inner_text())
    return int(found.group(1)) if found else 0


def download(page: object, button: str, timeout: float = 60_000) -> bytes:
    with page.expect_download(timeout=timeout) as info:
        page.get_by_role("button", name=button, exact=True).click()
    return info.value.path().read_bytes()


def partnerships_csv(page: object, url: str) -> str:
    """Grenzeloos's table of partnerships in 2026, as the page downloads it."""
    page.goto(f"{url}/grenzeloos?van=2026&tot=2026")
    wait_for_app(page, t("grenzeloos.table.title"))
    page.get_by_role("tab", name=t("grenzeloos.table.title")).click()
    return download(page, t("grenzeloos.download")).decode("utf-8-sig")


# --- 1. The whole loop ----------------------------------------------------------------------------


def test_a_german_proposal_goes_through_moderation_into_every_page_and_back_out(
    loop_server: tuple[str, Path], offline_page, moderator
):
    url, folder = loop_server
    agenda = duckdb.connect(str(folder / "demo.duckdb"), read_only=True)
    stored_name = agenda.execute("SELECT naam FROM initiatief WHERE id = ?", [STORED_ID]).fetchone()[0]
    agenda.close()
    public = offline_page.page
    before_cell = cell_count(public, url)
    assert GERMAN_PARTNER not in partnerships_csv(public, url)

    # The proposer, in German, with a German partner; name and organisation much like a stored one.
    proposer = offline_page.page
    open_form(proposer, url, "de")
    fill_proposal(
        proposer,
        "de",
        {
            "naam": stored_name.replace("2024", "2026"),
            "organisatie": "Stichting Erfgoed Dinkelland",
            "thema": "grenzeloos",
            "discipline": "muziek",
            "gemeenten": GEMEENTE,
            "startjaar": "2026",
            "eindjaar": "2026",
            "bereik": "600",
            "omschrijving": "Konzerte in Cafés auf beiden Seiten der Grenze.",
            "contact_naam": "Greta Kontaktmann",
            "contact_email": "greta.kontakt@example.de",
        },
        partner=(GERMAN_PARTNER, "Gronau (Westf.)"),
    )
    code = send(proposer, "de")
    assert re.fullmatch(r"TW-[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    initiative = "V-" + code.removeprefix("TW-")

    # The moderator: the proposal with its duplicate flag, edited and approved.
    page = moderator.page
    log_in(page, url)
    wait_for_app(page, t("moderatie.waiting", count=1))
    queue_tab(page).click()
    wait_for_app(page, code)
    text = main(page).inner_text()
    flag = re.search(r"Mogelijk dubbel met: (.*)\. Kijk of", text)
    assert flag, "the duplicate flag"
    assert stored_name in flag.group(1).split("; ")
    assert "taal: Duits" in text
    main(page).get_by_text(t("moderatie.action.edit"), exact=True).click()
    name_field = main(page).get_by_label(t("moderatie.field.naam"), exact=True)
    name_field.wait_for(timeout=15_000)
    name_field.fill(EDITED_NAME)
    page.get_by_role("button", name=t("moderatie.edit.submit")).click()
    number = approved_import(page, code)
    assert number == 2, "the approval is the import after the store's own"

    # Everywhere: Initiatieven (its search and the initiative), Thema's, Grenzeloos.
    assert initiatieven_count(public, url, "Grenzklang") == "1 van 481 initiatieven"
    public.goto(f"{url}/initiatieven?zoek=Grenzklang&initiatief={initiative}")
    wait_for_app(public, EDITED_NAME)
    assert main(public).get_by_role("heading", name=EDITED_NAME).count() == 1
    assert cell_count(public, url) == before_cell + 1
    rows = list(csv.DictReader(io.StringIO(partnerships_csv(public, url)), delimiter=";"))
    ours = [r for r in rows if GERMAN_PARTNER in r[t("grenzeloos.col.organisaties")]]
    assert len(ours) == 1, "one link, Dinkelland to Gronau"
    assert ours[0][t("grenzeloos.col.gemeente")] == "Dinkelland"
    assert ours[0][t("grenzeloos.col.plaats")] == "Gronau (Westf.)"
    assert EDITED_NAME in ours[0][t("grenzeloos.col.initiatieven")]

    # The proposer's code says approved, in German.
    open_form(proposer, url, "de")
    look_up(proposer, code, "de", "Angenommen.")

    # Undone: gone from every page, waiting in the queue again, the code says received again.
    undo(page, number)
    wait_for_app(page, t("moderatie.waiting", count=1))
    assert initiatieven_count(public, url, "Grenzklang") == "0 van 480 initiatieven"
    assert cell_count(public, url) == before_cell
    assert GERMAN_PARTNER not in partnerships_csv(public, url)
    open_form(proposer, url, "de")
    look_up(proposer, code, "de", "Eingegangen")


# --- 2. An example, and no contact data anywhere ----------------------------------------------------


def _no_contact(where: str, text: str) -> None:
    for part in (CONTACT_NAME, "Geheimhouder", CONTACT_EMAIL, "contact-voorbeeld"):
        assert part not in text, f"contact data ({part}) in {where}"


def _xlsx_text(content: bytes) -> str:
    book = load_workbook(io.BytesIO(content), read_only=True)
    return " ".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v)


def test_a_marked_example_shows_on_voorbeelden_and_in_the_deck_without_contact_data(
    loop_server: tuple[str, Path], offline_page, moderator
):
    url, _folder = loop_server
    proposer = offline_page.page
    name = "Verhalenbank over de grens Tubbergen"
    open_form(proposer, url, "nl")
    fill_proposal(
        proposer,
        "nl",
        {
            "naam": name,
            "organisatie": "Bibliotheek Tubbergen",
            "thema": "tijd_ruimte",
            "discipline": "letteren",
            "gemeenten": "GM0183",
            "startjaar": "2025",
            "eindjaar": "2026",
            "bereik": "350",
            "lessen": LESSONS,
            "contact_naam": CONTACT_NAME,
            "contact_email": CONTACT_EMAIL,
        },
    )
    code = send(proposer, "nl")
    initiative = "V-" + code.removeprefix("TW-")

    page = moderator.page
    log_in(page, url)
    queue_tab(page).click()
    wait_for_app(page, t("moderatie.action"))
    pick(page, t("moderatie.pick"), re.compile(re.escape(name)))
    wait_for_app(page, code)
    assert CONTACT_NAME in main(page).inner_text(), "the moderator sees whom to ask"
    page.get_by_role("button", name=t("moderatie.approve")).click()
    approved_import(page, code)

    # Marked as an example with a story, in the moderator's screen.
    picker = main(page).get_by_label(t("moderatie.examples.pick"), exact=True)
    picker.click()
    picker.press_sequentially("Verhalenbank")
    page.get_by_role(
        "option", name=re.compile(re.escape(f"{name} (Bibliotheek Tubbergen, {initiative})"))
    ).click()
    # The story field of the chosen initiative, prefilled with its lessons (until then the
    # field on the page is the one of the initiative chosen before).
    story = main(page).get_by_label(t("moderatie.examples.story"), exact=True)
    page.wait_for_function(
        "([label, text]) => [...document.querySelectorAll('[data-testid=\"stMain\"] textarea')]"
        ".some(a => a.getAttribute('aria-label') === label && a.value === text)",
        arg=[t("moderatie.examples.story"), LESSONS],
        timeout=30_000,
    )
    story.fill(STORY)
    page.get_by_role("button", name=t("moderatie.examples.save")).click()
    wait_for_app(page, "is opgeslagen als voorbeeld")

    # Voorbeelden: the example's own card, with its story.
    public = moderator.page.context.new_page()
    public.goto(f"{url}/voorbeelden?voorbeeld={initiative}")
    wait_for_app(public, STORY)
    main(public).get_by_role("heading", name=name).first.wait_for(timeout=15_000)
    _no_contact("Voorbeelden", public.content())

    # The deck's examples slides, on the page and in its files (speaker notes too).
    public.goto(f"{url}/presenteren?dias=voorbeelden&jaar=2024")
    public.wait_for_function(
        "t => { const h = document.querySelector('h2.cdt-title'); return h && h.textContent === t; }",
        arg=name,
        timeout=60_000,
    )
    _no_contact("Presenteren", public.content())
    deck = Presentation(io.BytesIO(download(public, t("presenteren.download_pptx"), timeout=180_000)))
    slides = [s for s in deck.slides if s.shapes.title is not None and s.shapes.title.text == name]
    assert len(slides) == 1
    assert STORY in slides[0].notes_slide.notes_text_frame.text
    deck_text = " ".join(
        shape.text_frame.text for s in deck.slides for shape in s.shapes if shape.has_text_frame
    ) + " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    _no_contact("the PPTX", deck_text)
    pdf = PdfReader(io.BytesIO(download(public, t("presenteren.download_pdf"), timeout=180_000)))
    pdf_text = " ".join(p.extract_text() for p in pdf.pages)
    notes = " ".join(
        str(a.get_object().get("/Contents", "")) for p in pdf.pages for a in (p.get("/Annots") or [])
    )
    assert name in pdf_text
    assert STORY in notes, "the PDF carries the story as a note"
    _no_contact("the PDF", pdf_text + notes + str(pdf.metadata))

    # Initiatieven: the page and its three exports.
    public.goto(f"{url}/initiatieven?zoek=Verhalenbank&initiatief={initiative}")
    assert re.fullmatch(r"1 van [\d.]+ initiatieven", wait_for_initiative_count(public))
    main(public).get_by_role("heading", name=name).wait_for(timeout=15_000)
    _no_contact("Initiatieven", public.content())
    for label in ("export.csv", "export.csv_nl", "export.xlsx"):
        content = download(public, t(label))
        text = _xlsx_text(content) if label == "export.xlsx" else content.decode("utf-8-sig")
        assert name in text, label
        _no_contact(f"Initiatieven's {label}", text)
    public.close()


# --- 3. Twenty at the same moment -----------------------------------------------------------------

SENDERS = 20


@pytest.mark.timeout(600)  # twenty sessions on two cores: four minutes
def test_twenty_proposals_sent_at_the_same_moment_all_arrive(browser: object, tmp_path: Path):
    db_path = build_demo_database(tmp_path / "demo.duckdb", seed=DEFAULT_SEED)
    contexts = [browser.new_context(viewport={"width": 1200, "height": 900}) for _ in range(SENDERS)]
    pages = [OfflinePage(c.new_page()) for c in contexts]
    try:
        with serve_app(db_path) as url:
            for sender in pages:
                sender.page.goto(f"{url}/initiatief_aanmelden")
            for sender in pages:
                sender.page.get_by_role("button", name=t("aanmelden.submit")).wait_for(timeout=120_000)
            for number, sender in enumerate(pages):
                fill_proposal(
                    sender.page,
                    "nl",
                    {
                        "naam": f"Gelijktijdig voorstel {number}",
                        "organisatie": f"Stichting {number}",
                        "thema": "grenzeloos",
                        "discipline": "muziek",
                        "gemeenten": "GM0153",
                        "startjaar": "2026",
                        "eindjaar": "2026",
                        "bereik": "100",
                        "contact_naam": f"Afzender {number}",
                        "contact_email": f"afzender{number}@example.org",
                    },
                )
            # One moment for all: each page clicks its own button at the same wall-clock time.
            moment = (time.time() + 2.0) * 1000
            for sender in pages:
                button = sender.page.get_by_role("button", name=t("aanmelden.submit")).element_handle()
                button.evaluate("(b, at) => setTimeout(() => b.click(), at - Date.now())", moment)
            codes = [sent_code(sender.page) for sender in pages]
    finally:
        for context in contexts:
            context.close()
    assert all(sender.external_requests == [] for sender in pages)
    assert len(set(codes)) == SENDERS, codes
    proposals = cocreation.connect(tmp_path / "cocreatie.duckdb")
    try:
        stored = proposals.execute("SELECT code, gegevens FROM voorstel").fetchall()
        contacts = proposals.execute("SELECT count(*) FROM voorstel_contact").fetchone()[0]
    finally:
        proposals.close()
    assert sorted(c for c, _ in stored) == sorted(codes), "every code stored, each once"
    names = {cocreation.Proposal.from_json(raw).naam for _, raw in stored}
    assert names == {f"Gelijktijdig voorstel {n}" for n in range(SENDERS)}
    assert contacts == SENDERS
