"""The deck opens in a real presentation program as it looks in the app (issue 17).

LibreOffice Impress (Debian: ``libreoffice-impress-nogui``) converts the PowerPoint to a
PDF, headless; that PDF must have the app's own PDF's pages, each with the same words,
in the deck's own font, every key number on one line, and no text over other text.
Text positions come from pypdf (``visitor_text``), text widths from the font's metrics.
Converted: the default deck and the examples slide set, in Dutch and in German (the
longest texts).  No contact data in either file.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from components.charts.presenteren import load_slide_geo
from components.export.presenteren import CHROMIUM, build_deck, font_family, text_width
from data import cocreation
from data.store import connect
from data.story import DEFAULT_KINDS, EXAMPLE_KIND, build_story

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="charts are drawn by Debian's Chromium"),
]

SOFFICE = shutil.which("soffice")
IMPRESS_PACKAGE = "libreoffice-impress-nogui"  # Debian; brings soffice
# Ascent and descent of DejaVu Sans and Liberation Sans, in em (the font's own metrics).
ASCENT, DESCENT = 0.93, 0.24
OVERLAP_TOLERANCE_PT = 0.75
# How far a text may sit from where the app's PDF puts it (points; the two set a line's baseline
# a little differently within its line height).
PLACE_TOLERANCE_PT = 6.0
CONTACT = ("jan@example.org", "Jan de Vries")


def _soffice() -> str:
    if SOFFICE is None:
        if os.environ.get("CI"):
            pytest.fail(
                f"CI needs LibreOffice Impress: apt-get install -y --no-install-recommends {IMPRESS_PACKAGE}"
            )
        pytest.skip("LibreOffice Impress (soffice) is not installed")
    return SOFFICE


def impress_pdf(pptx: bytes, folder: Path) -> bytes:
    """The PowerPoint as LibreOffice Impress prints it to PDF (headless, a profile of its own)."""
    source = folder / "deck.pptx"
    source.write_bytes(pptx)
    profile = (folder / "profile").as_uri()
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), str(source)],
        check=False, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    result = folder / "deck.pdf"
    if not result.exists():  # soffice without Impress (e.g. only Calc) converts nothing
        pytest.fail(f"LibreOffice converted nothing (is {IMPRESS_PACKAGE} installed?): {done.stderr[-500:]}")
    return result.read_bytes()


@dataclass(frozen=True)
class Piece:
    """A run of text on a PDF page: where it starts, its baseline, size and font."""

    text: str
    x: float
    y: float
    size: float
    font: str

    @property
    def bold(self) -> bool:
        return "bold" in self.font.lower()

    @property
    def right(self) -> float:
        return self.x + text_width(self.text, self.size, bold=self.bold) * 72

    def box(self) -> tuple[float, float, float, float]:
        return self.x, self.y - DESCENT * self.size, self.right, self.y + ASCENT * self.size


def pieces(pdf: bytes) -> list[list[Piece]]:
    """Per page, every run of text with its position (points, from the bottom left)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[Piece] = []

        def visit(text, cm, tm, font, size, found=found):
            if not text.strip():
                return
            scale = (tm[0] * cm[0]) or 1.0
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append(Piece(text.strip("\n"), x, y, size * abs(scale), name.split("+")[-1]))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def lines_of(page: list[Piece]) -> list[str]:
    """The page's text lines: pieces on one baseline, left to right."""
    rows: dict[float, list[Piece]] = {}
    for piece in page:
        key = next((y for y in rows if abs(y - piece.y) < 1.0), piece.y)
        rows.setdefault(key, []).append(piece)
    lines = []
    for _, row in sorted(rows.items(), reverse=True):
        text, end = "", None
        for piece in sorted(row, key=lambda p: p.x):
            touching = end is not None and piece.x - end < 0.2 * piece.size  # one word split in two runs
            text += piece.text if touching or end is None else f" {piece.text}"
            end = piece.right
        lines.append(text)
    return lines


def words(page: list[Piece]) -> Counter[str]:
    return Counter(" ".join(lines_of(page)).split())


def overlaps(page: list[Piece]) -> list[tuple[str, str]]:
    """Pairs of text runs whose boxes overlap by more than the tolerance both ways."""
    found = []
    for i, a in enumerate(page):
        ax0, ay0, ax1, ay1 = a.box()
        for b in page[i + 1 :]:
            bx0, by0, bx1, by1 = b.box()
            wide = min(ax1, bx1) - max(ax0, bx0)
            high = min(ay1, by1) - max(ay0, by0)
            if wide > OVERLAP_TOLERANCE_PT and high > OVERLAP_TOLERANCE_PT:
                found.append((a.text, b.text))
    return found


@pytest.fixture(scope="module", params=["nl", "de"])
def decks(request: pytest.FixtureRequest, demo_db_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """The default deck and the examples, built as the page builds them, and Impress's PDF of it."""
    lang = request.param
    con = connect(demo_db_path)
    try:
        slides = build_story(
            con, year=2024, focus="GM0153", lang=lang, kinds=(*DEFAULT_KINDS, EXAMPLE_KIND), demo=True
        )
        assert len(cocreation.examples(con)) >= 4
    finally:
        con.close()
    deck = build_deck(slides, slide_geo=load_slide_geo(), lang=lang, demo=True, scale=0.6)
    folder = tmp_path_factory.mktemp(f"impress-{lang}")
    return slides, deck, impress_pdf(deck.pptx, folder)


def test_impress_shows_every_slide_with_the_apps_texts(decks) -> None:
    slides, deck, impress = decks
    ours, theirs = pieces(deck.pdf), pieces(impress)
    assert len(theirs) == len(ours) == len(slides)
    assert sum(s.kind == EXAMPLE_KIND for s in slides) >= 4
    for number, (own, converted) in enumerate(zip(ours, theirs, strict=True), start=1):
        assert words(converted) == words(own), f"slide {number}: the texts differ"


def test_impress_puts_every_text_where_the_apps_pdf_has_it(decks) -> None:
    slides, deck, impress = decks
    for number, (own, converted) in enumerate(zip(pieces(deck.pdf), pieces(impress), strict=True), start=1):
        by_text: dict[str, list[Piece]] = {}
        for piece in own:
            by_text.setdefault(piece.text.strip(), []).append(piece)
        for piece in converted:
            twins = by_text.get(piece.text.strip())
            if not twins:  # split into other runs (e.g. a minus sign); the words are checked above
                continue
            off = min(max(abs(piece.x - t.x), abs(piece.y - t.y)) for t in twins)
            assert off <= PLACE_TOLERANCE_PT, (
                f"slide {number} ({slides[number - 1].kind}): {piece.text!r} moved"
            )


def test_impress_sets_the_decks_font(decks) -> None:
    _slides, _deck, impress = decks
    family = font_family().replace(" ", "")
    fonts = {p.font for page in pieces(impress) for p in page}
    assert fonts
    assert all(f.startswith(family) for f in fonts), fonts


def test_no_text_runs_over_other_text_in_impress(decks) -> None:
    slides, deck, impress = decks
    for name, pdf in (("Impress", impress), ("app", deck.pdf)):
        for number, page in enumerate(pieces(pdf), start=1):
            assert overlaps(page) == [], f"{name}, slide {number} ({slides[number - 1].kind}): text over text"


def test_every_key_number_stays_on_one_line_in_impress(decks) -> None:
    slides, _deck, impress = decks
    for slide, page in zip(slides, pieces(impress), strict=True):
        lines = lines_of(page)
        for number in slide.numbers:
            assert any(number.value in line for line in lines), f"{slide.kind}: {number.value!r} wraps"


def test_every_text_stays_on_its_slide(decks) -> None:
    _slides, _deck, impress = decks
    box = PdfReader(io.BytesIO(impress)).pages[0].mediabox
    width, height = box.width, box.height
    for page in pieces(impress):
        for piece in page:
            x0, y0, x1, y1 = piece.box()
            assert min(x0, y0) >= 0, piece.text
            assert x1 <= float(width) + 1, piece.text
            assert y1 <= float(height) + 1, piece.text


def test_every_pptx_text_box_is_fixed_and_set_in_the_decks_font(decks) -> None:
    _slides, deck, _impress = decks
    for slide in Presentation(io.BytesIO(deck.pptx)).slides:
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text:
                continue
            body = shape.text_frame._txBody.bodyPr
            assert body.find("{*}spAutoFit") is None
            assert body.find("{*}normAutofit") is None
            for paragraph in shape.text_frame.paragraphs:
                assert {run.font.name for run in paragraph.runs} <= {font_family()}


def test_examples_slides_carry_the_story_in_the_notes_and_no_contact_data(decks) -> None:
    slides, deck, impress = decks
    presentation = Presentation(io.BytesIO(deck.pptx))
    for slide, page in zip(slides, presentation.slides, strict=True):
        if slide.kind == EXAMPLE_KIND:
            notes = page.notes_slide.notes_text_frame.text
            assert slide.story
            assert slide.story in notes
            shown = " ".join(s.text_frame.text for s in page.shapes if s.has_text_frame)
            assert slide.story not in shown, "the story is for the speaker, not on the slide"
    everything = [deck.pptx, deck.pdf, impress]
    texts = " ".join(p.text for file in everything[1:] for page in pieces(file) for p in page)
    for contact in CONTACT:
        assert contact not in texts
        assert all(contact.encode() not in data for data in everything)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", texts), "no e-mail address in any slide"
