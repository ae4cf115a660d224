"""The deck as files to take home: PowerPoint (python-pptx), PDF, and single charts as PNG.

Charts are drawn by ``components.figure_export`` (kaleido in Debian's Chromium, offline),
all of a deck in one browser session.

The PDF is laid out here with fpdf2, like the PowerPoint: title, key numbers, the chart
picture and the footer, one page per slide.  Its text is real text (to select, copy,
search and read aloud), set in a TrueType font of the system (DejaVu or Liberation,
which Chromium brings along).  The PowerPoint is the editable version; the PDF is for
reading and mailing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st
from fpdf import FPDF
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from components import figure_export
from components.figure_export import CHROMIUM
from components.palette import DEMO_INK, KEY_NUMBER_INK, SOFT_INK
from components.palette import INK as TEXT_INK
from components.slides import SlideGeo, cached_slide_geo, cached_story, slide_figure
from data.i18n import translate
from data.story import Slide

SLIDE_WIDTH_IN = 13.333
SLIDE_HEIGHT_IN = 7.5
MARGIN_IN = 0.5
# Charts are laid out at 1260 x 420 px, so 18 px type is about 12 pt on the slide, and
# rendered at 2.5 times that size: sharp on a projector and when zoomed in.
EXPORT_SCALE = 2.5
EXPORT_CHART_HEIGHT = 420
EXPORT_CHART_ASPECT = 3.0
PDF_FONT = "Sans"
# The palette's inks as PowerPoint colours, so the PPTX and the PDF share them.
INK = RGBColor.from_string(TEXT_INK.removeprefix("#"))
BLUE = RGBColor.from_string(KEY_NUMBER_INK.removeprefix("#"))
GREY = RGBColor.from_string(SOFT_INK.removeprefix("#"))
DEMO_RED = RGBColor.from_string(DEMO_INK.removeprefix("#"))
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
# Regular and bold of one family, for the PDF.
FONT_PAIRS = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
)
PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"


@dataclass(frozen=True)
class Box:
    """A rectangle in inches on the 13.333 x 7.5 inch slide."""

    left: float
    top: float
    width: float
    height: float


TITLE_BOX = Box(MARGIN_IN, 0.3, SLIDE_WIDTH_IN - 2 * MARGIN_IN, 1.15)
SUB_BOX = Box(MARGIN_IN, 1.45, SLIDE_WIDTH_IN - 2 * MARGIN_IN, 0.45)
NUMBERS_BOX = Box(MARGIN_IN, 1.95, SLIDE_WIDTH_IN - 2 * MARGIN_IN, 1.0)
FOOTER_BOX = Box(MARGIN_IN, 6.95, SLIDE_WIDTH_IN - 2 * MARGIN_IN, 0.45)
CONTENT_BOTTOM = 6.85


def content_box(slide: Slide) -> Box:
    """Where the chart or the lines go: below the key numbers when there are any."""
    top = NUMBERS_BOX.top + NUMBERS_BOX.height + 0.05 if slide.numbers else NUMBERS_BOX.top
    return Box(MARGIN_IN, top, SLIDE_WIDTH_IN - 2 * MARGIN_IN, CONTENT_BOTTOM - top)


def export_available() -> bool:
    """Charts need Debian's Chromium (kaleido); the PDF needs a TrueType font."""
    return Path(CHROMIUM).exists() and pdf_fonts() is not None


# --- Charts to PNG ---------------------------------------------------------------------------


def chart_size(figure: go.Figure) -> tuple[int, int]:
    """Layout width and height in pixels: the figure's height, the slide's chart area proportions."""
    height = int(figure.layout.height or EXPORT_CHART_HEIGHT)
    return int(height * EXPORT_CHART_ASPECT), height


def render_pngs(figures: Sequence[go.Figure | None], *, scale: float = EXPORT_SCALE) -> list[bytes | None]:
    """PNG bytes per figure (None stays None), in the slide's chart proportions."""
    sizes = [chart_size(f) if f is not None else (0, 0) for f in figures]
    return figure_export.render_pngs(figures, sizes=sizes, scale=scale)


def chart_png(figure: go.Figure, *, scale: float = EXPORT_SCALE) -> bytes:
    """One chart as a PNG, for the download under a slide."""
    image = render_pngs([figure], scale=scale)[0]
    assert image is not None  # noqa: S101 - a figure always renders to bytes
    return image


def deck_figures(slides: Sequence[Slide], *, slide_geo: SlideGeo | None, lang: str) -> list[go.Figure | None]:
    return [slide_figure(s, slide_geo=slide_geo, lang=lang, height=EXPORT_CHART_HEIGHT) for s in slides]


# --- PowerPoint ------------------------------------------------------------------------------


def _text_box(
    shapes: object, box: Box, text: str, *, size: int, bold: bool = False, colour: RGBColor = INK
) -> object:
    shape = shapes.add_textbox(Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height))
    frame = shape.text_frame
    frame.word_wrap = True
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.color.rgb = colour
    return shape


def _title(pptx_slide: object, slide: Slide) -> None:
    title = pptx_slide.shapes.title
    title.left, title.top = Inches(TITLE_BOX.left), Inches(TITLE_BOX.top)
    title.width, title.height = Inches(TITLE_BOX.width), Inches(TITLE_BOX.height)
    frame = title.text_frame
    frame.word_wrap = True
    frame.text = slide.title
    paragraph = frame.paragraphs[0]
    paragraph.alignment = 1  # left
    for run in paragraph.runs:
        run.font.size = Pt(32)
        run.font.bold = True
        run.font.color.rgb = INK


def _numbers(pptx_slide: object, slide: Slide) -> None:
    count = len(slide.numbers)
    width = NUMBERS_BOX.width / max(count, 1)
    for index, number in enumerate(slide.numbers):
        left = NUMBERS_BOX.left + index * width
        _text_box(
            pptx_slide.shapes,
            Box(left, NUMBERS_BOX.top, width - 0.1, 0.6),
            number.value,
            size=30,
            bold=True,
            colour=BLUE,
        )
        _text_box(
            pptx_slide.shapes,
            Box(left, NUMBERS_BOX.top + 0.58, width - 0.1, 0.4),
            number.label,
            size=13,
            colour=GREY,
        )


def _picture(pptx_slide: object, image: bytes, box: Box) -> None:
    """The chart, as large as fits in ``box`` with its proportions kept, centred."""
    with Image.open(io.BytesIO(image)) as picture:
        ratio = picture.width / picture.height
    width, height = box.width, box.width / ratio
    if height > box.height:
        width, height = box.height * ratio, box.height
    left = box.left + (box.width - width) / 2
    pptx_slide.shapes.add_picture(
        io.BytesIO(image), Inches(left), Inches(box.top), Inches(width), Inches(height)
    )


def _lines(pptx_slide: object, lines: Sequence[str], box: Box) -> None:
    shape = pptx_slide.shapes.add_textbox(
        Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height)
    )
    frame = shape.text_frame
    frame.word_wrap = True
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = f"• {line}"
        paragraph.space_after = Pt(10)
        for run in paragraph.runs:
            run.font.size = Pt(20)
            run.font.color.rgb = INK


def footer_text(slide: Slide, *, number: int, total: int, lang: str, demo: bool) -> str:
    parts = [slide.source] if slide.source else []
    if demo:
        parts.append(translate("presenteren.demo_footer", lang))
    parts.append(f"{number}/{total}")
    return " · ".join(parts)


def deck_pptx(slides: Sequence[Slide], images: Sequence[bytes | None], *, lang: str, demo: bool) -> bytes:
    """A 16:9 PowerPoint: real title text, key numbers, the chart picture, source footer, notes."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(Inches(SLIDE_WIDTH_IN)), Emu(Inches(SLIDE_HEIGHT_IN))
    layout = deck.slide_layouts[5]  # "Title Only": the title is a real title placeholder
    for number, (slide, image) in enumerate(zip(slides, images, strict=True), start=1):
        page = deck.slides.add_slide(layout)
        _title(page, slide)
        _text_box(page.shapes, SUB_BOX, slide.subtitle, size=16, colour=GREY)
        if slide.numbers:
            _numbers(page, slide)
        box = content_box(slide)
        if image is not None:
            _picture(page, image, box)
        elif slide.lines:
            _lines(page, slide.lines, box)
        footer = footer_text(slide, number=number, total=len(slides), lang=lang, demo=demo)
        _text_box(page.shapes, FOOTER_BOX, footer, size=10, colour=DEMO_RED if demo else GREY)
        page.notes_slide.notes_text_frame.text = f"{slide.title}\n{slide.notes()}"
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


# --- PDF -------------------------------------------------------------------------------------


def pdf_fonts() -> tuple[Path, Path] | None:
    """A regular and a bold TrueType sans (DejaVu or Liberation; Chromium brings one)."""
    for folder in FONT_DIRS:
        for regular, bold in FONT_PAIRS:
            if (folder / regular).exists() and (folder / bold).exists():
                return folder / regular, folder / bold
    return None


class _PdfSlides:
    """Slides as PDF pages with real, selectable text; positions in the slide's inches."""

    def __init__(self, *, lang: str, title: str) -> None:
        fonts = pdf_fonts()
        if fonts is None:
            raise RuntimeError("no TrueType font for the PDF (install fonts-dejavu-core)")
        self.pdf = FPDF(orientation="landscape", unit="in", format=(SLIDE_HEIGHT_IN, SLIDE_WIDTH_IN))
        self.pdf.set_auto_page_break(auto=False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.add_font(PDF_FONT, "", str(fonts[0]))
        self.pdf.add_font(PDF_FONT, "B", str(fonts[1]))
        self.pdf.set_lang(lang)
        self.pdf.set_title(title)
        self.pdf.set_creator("Cultuurdashboard Twente")

    def text(self, box: Box, text: str, *, points: int, bold: bool = False, fill: str = TEXT_INK) -> float:
        """Wrapped text from the top of ``box``, cut at its bottom; returns where it ended."""
        self.pdf.set_font(PDF_FONT, "B" if bold else "", points)
        self.pdf.set_text_color(fill)
        step = points / 72 * 1.25
        lines = self.pdf.multi_cell(box.width, step, text, dry_run=True, output="LINES")
        fitting = max(1, int((box.height + step / 2) // step))
        y = box.top
        for line in lines[:fitting]:
            self.pdf.set_xy(box.left, y)
            self.pdf.cell(box.width, step, line)
            y += step
        return y

    def picture(self, image: bytes, box: Box) -> None:
        """The chart, as large as fits in ``box``, centred across it and at its top."""
        with Image.open(io.BytesIO(image)) as chart:
            ratio = chart.width / chart.height
        width = min(box.width, box.height * ratio)
        left = box.left + (box.width - width) / 2
        self.pdf.image(io.BytesIO(image), x=left, y=box.top, w=width, h=width / ratio)


def _pdf_numbers(page: _PdfSlides, slide: Slide) -> None:
    width = NUMBERS_BOX.width / max(len(slide.numbers), 1)
    for index, number in enumerate(slide.numbers):
        left = NUMBERS_BOX.left + index * width
        page.text(
            Box(left, NUMBERS_BOX.top, width - 0.1, 0.6),
            number.value,
            points=30,
            bold=True,
            fill=KEY_NUMBER_INK,
        )
        page.text(Box(left, NUMBERS_BOX.top + 0.6, width - 0.1, 0.4), number.label, points=13, fill=SOFT_INK)


def _pdf_slide(page: _PdfSlides, slide: Slide, image: bytes | None, *, footer: str, demo: bool) -> None:
    """One page, laid out like the PowerPoint slide."""
    page.pdf.add_page()
    page.text(TITLE_BOX, slide.title, points=32, bold=True)
    page.text(SUB_BOX, slide.subtitle, points=16, fill=SOFT_INK)
    if slide.numbers:
        _pdf_numbers(page, slide)
    box = content_box(slide)
    if image is not None:
        page.picture(image, box)
    else:
        top = box.top
        for line in slide.lines:
            top = (
                page.text(Box(box.left, top, box.width, CONTENT_BOTTOM - top), f"• {line}", points=20) + 0.12
            )
    page.text(FOOTER_BOX, footer, points=10, fill=DEMO_INK if demo else SOFT_INK)


def deck_pdf(slides: Sequence[Slide], images: Sequence[bytes | None], *, lang: str, demo: bool) -> bytes:
    """One PDF page per slide: text as text (to select, copy and read aloud), charts as pictures."""
    page = _PdfSlides(lang=lang, title=slides[0].title if slides else "Cultuurdashboard Twente")
    for number, (slide, image) in enumerate(zip(slides, images, strict=True), start=1):
        footer = footer_text(slide, number=number, total=len(slides), lang=lang, demo=demo)
        _pdf_slide(page, slide, image, footer=footer, demo=demo)
    return bytes(page.pdf.output())


# --- The whole deck --------------------------------------------------------------------------


@dataclass(frozen=True)
class Deck:
    pptx: bytes
    pdf: bytes


def build_deck(
    slides: Sequence[Slide],
    *,
    slide_geo: SlideGeo | None,
    lang: str,
    demo: bool,
    scale: float = EXPORT_SCALE,
) -> Deck:
    """PowerPoint and PDF of the same slides, the charts rendered once for both."""
    images = render_pngs(deck_figures(slides, slide_geo=slide_geo, lang=lang), scale=scale)
    return Deck(
        pptx=deck_pptx(slides, images, lang=lang, demo=demo),
        pdf=deck_pdf(slides, images, lang=lang, demo=demo),
    )


@st.cache_data(show_spinner=False, max_entries=4)
def cached_deck_files(
    year: int, focus: str, lang: str, kinds: tuple[str, ...], demo: bool, version: str
) -> Deck:
    """The deck for the page's download buttons: made once per choice, for both buttons."""
    slides = cached_story(year, focus, lang, kinds, demo, version)
    return build_deck(slides, slide_geo=cached_slide_geo(), lang=lang, demo=demo)
