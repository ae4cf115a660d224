"""The Presenteren deck as files to take home: PowerPoint (python-pptx), PDF, and single charts as PNG.

Charts are drawn by ``components/export/png.py`` (kaleido in Debian's Chromium, offline),
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
from functools import cache
from pathlib import Path

import plotly.graph_objects as go
from fpdf import FPDF
from PIL import Image, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
from pptx.util import Emu, Inches, Pt

from components.charts.palette import DEMO_INK, KEY_NUMBER_INK, SOFT_INK
from components.charts.palette import INK as TEXT_INK
from components.charts.presenteren import SlideGeo, slide_figure
from components.export import png
from components.export.png import CHROMIUM
from data.i18n import translate
from data.story import EXAMPLE_KIND, Slide

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
# A key number over its label: the number on one line, the label on at most two.
VALUE_HEIGHT_IN = 0.55
LABEL_HEIGHT_IN = 0.47
NUMBER_GAP_IN = 0.1
# An example's slide: its lines (where, partners) on the left, its map on the right.
EXAMPLE_LINES_SHARE = 0.42

# Type sizes (points) and how text is fitted into its box, the same in the PowerPoint and
# the PDF.  Text is set in the PDF's TrueType font in both files, so a presentation
# program that has it (LibreOffice has DejaVu and Liberation) wraps it as the PDF does;
# a text that does not fit at its size is set smaller, down to MIN_POINTS, rather than
# running over the next box.  Lines are LINE_PITCH times the size apart in both files.
TITLE_POINTS = 32
SUB_POINTS = 16
VALUE_POINTS = 30
LABEL_POINTS = 13
LINE_POINTS = 20
FOOTER_POINTS = 10
MIN_POINTS = 8
LINE_PITCH = 1.25
LINE_GAP_IN = 0.12  # between two bullet lines
# Widths are measured with the font's metrics; this much room is kept for a presentation
# program that sets the same text a little wider (hinting, kerning).
FIT_WIDTH_SHARE = 0.95


def content_box(slide: Slide) -> Box:
    """Where the chart or the lines go: below the key numbers when there are any."""
    top = NUMBERS_BOX.top + NUMBERS_BOX.height + 0.05 if slide.numbers else NUMBERS_BOX.top
    return Box(MARGIN_IN, top, SLIDE_WIDTH_IN - 2 * MARGIN_IN, CONTENT_BOTTOM - top)


def example_boxes(slide: Slide) -> tuple[Box, Box]:
    """An example's slide: the box of its lines (left) and of its map (right)."""
    box = content_box(slide)
    left = box.width * EXAMPLE_LINES_SHARE
    return (
        Box(box.left, box.top, left - 0.2, box.height),
        Box(box.left + left, box.top, box.width - left, box.height),
    )


def number_boxes(slide: Slide) -> list[tuple[Box, Box]]:
    """Per key number: the box of its value and the box of its label below it."""
    width = NUMBERS_BOX.width / max(len(slide.numbers), 1)
    return [
        (
            Box(NUMBERS_BOX.left + index * width, NUMBERS_BOX.top, width - NUMBER_GAP_IN, VALUE_HEIGHT_IN),
            Box(
                NUMBERS_BOX.left + index * width,
                NUMBERS_BOX.top + VALUE_HEIGHT_IN,
                width - NUMBER_GAP_IN,
                LABEL_HEIGHT_IN,
            ),
        )
        for index in range(len(slide.numbers))
    ]


# --- Fitting text into its box ---------------------------------------------------------------


@cache
def _measure_font(bold: bool) -> ImageFont.FreeTypeFont | None:
    fonts = pdf_fonts()
    if fonts is None:
        return None
    return ImageFont.truetype(str(fonts[1] if bold else fonts[0]), 1000)


def font_family() -> str:
    """The family both files set their text in (the PDF's font), e.g. 'DejaVu Sans'."""
    font = _measure_font(False)
    return font.getname()[0] if font is not None else "Arial"


def text_width(text: str, points: float, *, bold: bool = False) -> float:
    """The width of ``text`` in inches at ``points``, measured with the font's metrics."""
    font = _measure_font(bold)
    ems = font.getlength(text) / 1000 if font is not None else len(text) * 0.6
    return ems * points / 72


def wrap_text(text: str, width: float, points: float, *, bold: bool = False) -> list[str]:
    """``text`` broken into lines of at most ``width`` inches, at spaces (a word too long stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and text_width(candidate, points, bold=bold) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _fits(texts: Sequence[str], box: Box, points: float, *, bold: bool, one_line: bool, gap: float) -> bool:
    width = box.width * FIT_WIDTH_SHARE
    step = points / 72 * LINE_PITCH
    if one_line:
        return all(text_width(t, points, bold=bold) <= width for t in texts) and step <= box.height + 1e-9
    wrapped = [wrap_text(t, width, points, bold=bold) for t in texts]
    if any(text_width(line, points, bold=bold) > width for lines in wrapped for line in lines):
        return False  # a single word wider than the box
    height = sum(len(lines) for lines in wrapped) * step + gap * (len(texts) - 1)
    return height <= box.height + 1e-9


def fitted_points(
    texts: str | Sequence[str],
    box: Box,
    points: int,
    *,
    bold: bool = False,
    one_line: bool = False,
    gap: float = 0.0,
) -> int:
    """The largest size up to ``points`` at which ``texts`` (paragraphs ``gap`` apart) fit ``box``."""
    paragraphs = [texts] if isinstance(texts, str) else list(texts)
    for size in range(points, MIN_POINTS, -1):
        if _fits(paragraphs, box, size, bold=bold, one_line=one_line, gap=gap):
            return size
    return MIN_POINTS


def value_points(slide: Slide) -> int:
    """One size for all key numbers of a slide: the largest at which each fits on one line."""
    boxes = number_boxes(slide)
    sizes = [
        fitted_points(n.value, value_box, VALUE_POINTS, bold=True, one_line=True)
        for n, (value_box, _label) in zip(slide.numbers, boxes, strict=True)
    ]
    return min(sizes, default=VALUE_POINTS)


def label_points(slide: Slide) -> int:
    boxes = number_boxes(slide)
    sizes = [
        fitted_points(n.label, label_box, LABEL_POINTS)
        for n, (_value, label_box) in zip(slide.numbers, boxes, strict=True)
    ]
    return min(sizes, default=LABEL_POINTS)


def bullet_lines(slide: Slide) -> list[str]:
    return [f"• {line}" for line in slide.lines]


def lines_box(slide: Slide) -> Box:
    """Where a slide's lines go: beside the map on an example's slide, else the content box."""
    return example_boxes(slide)[0] if slide.kind == EXAMPLE_KIND else content_box(slide)


def export_available() -> bool:
    """Charts need Debian's Chromium (kaleido); the PDF needs a TrueType font."""
    return Path(CHROMIUM).exists() and pdf_fonts() is not None


# --- Charts to PNG ---------------------------------------------------------------------------


def chart_size(figure: go.Figure) -> tuple[int, int]:
    """Layout width and height in pixels: the figure's own, else its height at the chart area's shape."""
    height = int(figure.layout.height or EXPORT_CHART_HEIGHT)
    return int(figure.layout.width or height * EXPORT_CHART_ASPECT), height


def render_pngs(figures: Sequence[go.Figure | None], *, scale: float = EXPORT_SCALE) -> list[bytes | None]:
    """PNG bytes per figure (None stays None), in the slide's chart proportions."""
    sizes = [chart_size(f) if f is not None else (0, 0) for f in figures]
    return png.render_pngs(figures, sizes=sizes, scale=scale)


def chart_png(figure: go.Figure, *, scale: float = EXPORT_SCALE) -> bytes:
    """One chart as a PNG, for the download under a slide."""
    image = render_pngs([figure], scale=scale)[0]
    assert image is not None  # noqa: S101 - a figure always renders to bytes
    return image


def deck_figures(slides: Sequence[Slide], *, slide_geo: SlideGeo | None, lang: str) -> list[go.Figure | None]:
    return [slide_figure(s, slide_geo=slide_geo, lang=lang, height=EXPORT_CHART_HEIGHT) for s in slides]


# --- PowerPoint ------------------------------------------------------------------------------


def _frame_like_the_pdf(frame: object, *, wrap: bool) -> None:
    """No inner margins, no growing or shrinking, text from the top: the box is where the PDF puts it."""
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.word_wrap = wrap


def _style_paragraph(paragraph: object, *, size: int, bold: bool, colour: RGBColor) -> None:
    paragraph.line_spacing = Pt(size * LINE_PITCH)
    for run in paragraph.runs:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = font_family()
        run.font.color.rgb = colour


def _text_box(
    shapes: object,
    box: Box,
    text: str,
    *,
    size: int,
    bold: bool = False,
    colour: RGBColor = INK,
    wrap: bool = True,
) -> object:
    shape = shapes.add_textbox(Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height))
    frame = shape.text_frame
    _frame_like_the_pdf(frame, wrap=wrap)
    frame.text = text
    for paragraph in frame.paragraphs:
        _style_paragraph(paragraph, size=size, bold=bold, colour=colour)
    return shape


def _title(pptx_slide: object, slide: Slide) -> None:
    title = pptx_slide.shapes.title
    title.left, title.top = Inches(TITLE_BOX.left), Inches(TITLE_BOX.top)
    title.width, title.height = Inches(TITLE_BOX.width), Inches(TITLE_BOX.height)
    frame = title.text_frame
    _frame_like_the_pdf(frame, wrap=True)
    frame.text = slide.title
    paragraph = frame.paragraphs[0]
    paragraph.alignment = 1  # left
    size = fitted_points(slide.title, TITLE_BOX, TITLE_POINTS, bold=True)
    _style_paragraph(paragraph, size=size, bold=True, colour=INK)


def _numbers(pptx_slide: object, slide: Slide) -> None:
    values, labels = value_points(slide), label_points(slide)
    for number, (value_box, label_box) in zip(slide.numbers, number_boxes(slide), strict=True):
        _text_box(pptx_slide.shapes, value_box, number.value, size=values, bold=True, colour=BLUE, wrap=False)
        _text_box(pptx_slide.shapes, label_box, number.label, size=labels, colour=GREY)


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
    _frame_like_the_pdf(frame, wrap=True)
    bullets = [f"• {line}" for line in lines]
    size = fitted_points(bullets, box, LINE_POINTS, gap=LINE_GAP_IN)
    for index, line in enumerate(bullets):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line
        paragraph.space_after = Pt(LINE_GAP_IN * 72)
        _style_paragraph(paragraph, size=size, bold=False, colour=INK)


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
        _text_box(
            page.shapes,
            SUB_BOX,
            slide.subtitle,
            size=fitted_points(slide.subtitle, SUB_BOX, SUB_POINTS),
            colour=GREY,
        )
        if slide.numbers:
            _numbers(page, slide)
        box = content_box(slide)
        if slide.kind == EXAMPLE_KIND:
            text_box, map_box = example_boxes(slide)
            _lines(page, slide.lines, text_box)
            if image is not None:
                _picture(page, image, map_box)
        elif image is not None:
            _picture(page, image, box)
        elif slide.lines:
            _lines(page, slide.lines, box)
        footer = footer_text(slide, number=number, total=len(slides), lang=lang, demo=demo)
        size = fitted_points(footer, FOOTER_BOX, FOOTER_POINTS)
        _text_box(page.shapes, FOOTER_BOX, footer, size=size, colour=DEMO_RED if demo else GREY)
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
        self.pdf.c_margin = 0  # text starts at its box edge, as in the PowerPoint (no inner margin)
        self.pdf.add_font(PDF_FONT, "", str(fonts[0]))
        self.pdf.add_font(PDF_FONT, "B", str(fonts[1]))
        self.pdf.set_lang(lang)
        self.pdf.set_title(title)
        self.pdf.set_creator(translate("app.title", lang))

    def text(
        self, box: Box, text: str, *, points: int, bold: bool = False, fill: str = TEXT_INK, wrap: bool = True
    ) -> float:
        """Text wrapped (as the PowerPoint wraps it) from the top of ``box``; returns where it ended.

        The caller chose ``points`` so that the text fits (:func:`fitted_points`).
        """
        self.pdf.set_font(PDF_FONT, "B" if bold else "", points)
        self.pdf.set_text_color(fill)
        step = points / 72 * LINE_PITCH
        lines = wrap_text(text, box.width, points, bold=bold) if wrap else [text]
        y = box.top
        for line in lines:
            self.pdf.set_xy(box.left, y)
            self.pdf.cell(box.width, step, line)
            y += step
        return y

    def note(self, text: str) -> None:
        """The speaker notes as a PDF note (a reader opens it from the icon in the top right corner)."""
        self.pdf.text_annotation(x=SLIDE_WIDTH_IN - 0.4, y=0.1, text=text, w=0.25, h=0.25, name="Note")

    def picture(self, image: bytes, box: Box) -> None:
        """The chart, as large as fits in ``box``, centred across it and at its top."""
        with Image.open(io.BytesIO(image)) as chart:
            ratio = chart.width / chart.height
        width = min(box.width, box.height * ratio)
        left = box.left + (box.width - width) / 2
        self.pdf.image(io.BytesIO(image), x=left, y=box.top, w=width, h=width / ratio)


def _pdf_numbers(page: _PdfSlides, slide: Slide) -> None:
    values, labels = value_points(slide), label_points(slide)
    for number, (value_box, label_box) in zip(slide.numbers, number_boxes(slide), strict=True):
        page.text(value_box, number.value, points=values, bold=True, fill=KEY_NUMBER_INK, wrap=False)
        page.text(label_box, number.label, points=labels, fill=SOFT_INK)


def _pdf_lines(page: _PdfSlides, lines: Sequence[str], box: Box) -> None:
    bullets = [f"• {line}" for line in lines]
    size = fitted_points(bullets, box, LINE_POINTS, gap=LINE_GAP_IN)
    top = box.top
    for line in bullets:
        top = (
            page.text(Box(box.left, top, box.width, box.top + box.height - top), line, points=size)
            + LINE_GAP_IN
        )


def _pdf_slide(page: _PdfSlides, slide: Slide, image: bytes | None, *, footer: str, demo: bool) -> None:
    """One page, laid out like the PowerPoint slide."""
    page.pdf.add_page()
    page.text(
        TITLE_BOX,
        slide.title,
        points=fitted_points(slide.title, TITLE_BOX, TITLE_POINTS, bold=True),
        bold=True,
    )
    page.text(
        SUB_BOX, slide.subtitle, points=fitted_points(slide.subtitle, SUB_BOX, SUB_POINTS), fill=SOFT_INK
    )
    if slide.numbers:
        _pdf_numbers(page, slide)
    box = content_box(slide)
    if slide.kind == EXAMPLE_KIND:
        text_box, map_box = example_boxes(slide)
        _pdf_lines(page, slide.lines, text_box)
        if image is not None:
            page.picture(image, map_box)
        if slide.story:
            page.note(slide.notes())
    elif image is not None:
        page.picture(image, box)
    else:
        _pdf_lines(page, slide.lines, box)
    size = fitted_points(footer, FOOTER_BOX, FOOTER_POINTS)
    page.text(FOOTER_BOX, footer, points=size, fill=DEMO_INK if demo else SOFT_INK)


def deck_pdf(slides: Sequence[Slide], images: Sequence[bytes | None], *, lang: str, demo: bool) -> bytes:
    """One PDF page per slide: text as text (to select, copy and read aloud), charts as pictures."""
    page = _PdfSlides(lang=lang, title=slides[0].title if slides else translate("app.title", lang))
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
