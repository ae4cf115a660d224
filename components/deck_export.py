"""The deck as files to take home: PowerPoint (python-pptx), PDF, and single charts as PNG.

Charts are drawn by ``components.figure_export`` (kaleido in Debian's Chromium, offline),
all of a deck in one browser session.

The PDF is made with Pillow from slide images drawn here: the same title, key numbers,
chart picture and footer as the PowerPoint, one page per slide.  Pillow is already
installed (Streamlit needs it), works offline and the same in CI, and needs no second
renderer; Chromium's print-to-PDF would give selectable text but needs a second browser
round trip per deck and HTML layout that must match the PowerPoint.  The PowerPoint is
the editable version; the PDF is for reading and mailing.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from components import figure_export
from components.figure_export import CHROMIUM
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
PDF_WIDTH_PX = 1920
INK = RGBColor(0x11, 0x11, 0x11)
BLUE = RGBColor(0x0B, 0x3D, 0x66)
GREY = RGBColor(0x33, 0x33, 0x33)
DEMO_RED = RGBColor(0x7A, 0x00, 0x00)
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
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
    return Path(CHROMIUM).exists()


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


def _font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu or Liberation Sans when installed, else Pillow's own scalable font."""
    names = (
        ("DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf")
        if bold
        else ("DejaVuSans.ttf", "LiberationSans-Regular.ttf")
    )
    for folder in FONT_DIRS:
        for name in names:
            if (folder / name).exists():
                return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.ImageFont, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=font) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


class _Page:
    """A slide drawn on a white image; positions in the slide's inches."""

    def __init__(self, width_px: int) -> None:
        self.ppi = width_px / SLIDE_WIDTH_IN
        self.image = Image.new("RGB", (width_px, round(SLIDE_HEIGHT_IN * self.ppi)), "white")
        self.draw = ImageDraw.Draw(self.image)

    def px(self, inches: float) -> int:
        return round(inches * self.ppi)

    def text(self, box: Box, text: str, *, points: int, bold: bool = False, fill: str = "#111111") -> float:
        """Wrapped text from the top of ``box``; returns where it ended, in inches."""
        font = _font(max(6, round(points / 72 * self.ppi)), bold=bold)
        y = self.px(box.top)
        step = round(points / 72 * self.ppi * 1.25)
        for line in _wrap(self.draw, text, font, self.px(box.width)):
            if y + step > self.px(box.top + box.height) + step // 2:
                break
            self.draw.text((self.px(box.left), y), line, font=font, fill=fill)
            y += step
        return y / self.ppi

    def picture(self, image: bytes, box: Box) -> None:
        with Image.open(io.BytesIO(image)) as chart:
            chart = chart.convert("RGB")
            chart.thumbnail((self.px(box.width), self.px(box.height)), Image.Resampling.LANCZOS)
            left = self.px(box.left) + (self.px(box.width) - chart.width) // 2
            self.image.paste(chart, (left, self.px(box.top)))


def _pdf_numbers(page: _Page, slide: Slide) -> None:
    width = NUMBERS_BOX.width / max(len(slide.numbers), 1)
    for index, number in enumerate(slide.numbers):
        left = NUMBERS_BOX.left + index * width
        page.text(
            Box(left, NUMBERS_BOX.top, width - 0.1, 0.6), number.value, points=30, bold=True, fill="#0b3d66"
        )
        page.text(Box(left, NUMBERS_BOX.top + 0.6, width - 0.1, 0.4), number.label, points=13, fill="#333333")


def slide_image(slide: Slide, image: bytes | None, *, footer: str, width_px: int, demo: bool) -> Image.Image:
    """One slide as a picture, laid out like the PowerPoint slide."""
    page = _Page(width_px)
    page.text(TITLE_BOX, slide.title, points=32, bold=True)
    page.text(SUB_BOX, slide.subtitle, points=16, fill="#333333")
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
    page.text(FOOTER_BOX, footer, points=10, fill="#7a0000" if demo else "#333333")
    return page.image


def deck_pdf(
    slides: Sequence[Slide],
    images: Sequence[bytes | None],
    *,
    lang: str,
    demo: bool,
    width_px: int = PDF_WIDTH_PX,
) -> bytes:
    """One PDF page per slide, drawn with Pillow (see the module docstring for why)."""
    pages = [
        slide_image(
            slide,
            image,
            footer=footer_text(slide, number=n, total=len(slides), lang=lang, demo=demo),
            width_px=width_px,
            demo=demo,
        )
        for n, (slide, image) in enumerate(zip(slides, images, strict=True), start=1)
    ]
    buffer = io.BytesIO()
    resolution = width_px / SLIDE_WIDTH_IN
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=resolution)
    return buffer.getvalue()


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
    pdf_width_px: int = PDF_WIDTH_PX,
) -> Deck:
    """PowerPoint and PDF of the same slides, the charts rendered once for both."""
    images = render_pngs(deck_figures(slides, slide_geo=slide_geo, lang=lang), scale=scale)
    return Deck(
        pptx=deck_pptx(slides, images, lang=lang, demo=demo),
        pdf=deck_pdf(slides, images, lang=lang, demo=demo, width_px=pdf_width_px),
    )


@st.cache_data(show_spinner=False, max_entries=4)
def cached_deck_files(
    year: int, focus: str, lang: str, kinds: tuple[str, ...], demo: bool, version: str
) -> Deck:
    """The deck for the page's download buttons: made once per choice, for both buttons."""
    slides = cached_story(year, focus, lang, kinds, demo, version)
    return build_deck(slides, slide_geo=cached_slide_geo(), lang=lang, demo=demo)
