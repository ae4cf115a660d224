"""The exports: the PowerPoint opens with the slides, titles, pictures and notes; the PDF has a page each."""

import io
from pathlib import Path

import duckdb
import pandas as pd
import plotly.express as px
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from components.charts.maps import choropleth_figure
from components.charts.presenteren import themas_figure
from components.export.png import figure_png
from components.export.presenteren import CHROMIUM, build_deck, render_pngs
from data import geo
from data.coverage import coverage_matrix
from data.filters import InitiativeFilter
from data.reference import GEMEENTE_CODES
from data.story import build_story
from tests.conftest import build_small_database

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="charts are drawn by Debian's Chromium")


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory):
    """Built once for the module: drawing charts starts a browser."""
    con = duckdb.connect(str(build_small_database(tmp_path_factory.mktemp("deck") / "small.duckdb")))
    slides = build_story(con, year=2023, focus="GM0153", demo=True)
    con.close()
    # No boundaries: the two map slides keep their text, the three other charts become pictures.
    # Low resolution keeps the test fast.
    files = build_deck(slides, slide_geo=None, lang="nl", demo=True, scale=0.4)
    return slides, files


def pictures(slide) -> int:
    return sum(1 for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE)


def test_pptx_has_the_slides_titles_and_chart_pictures(deck):
    slides, files = deck
    presentation = Presentation(io.BytesIO(files.pptx))
    assert len(presentation.slides) == len(slides) == 8
    assert [s.shapes.title.text for s in presentation.slides] == [s.title for s in slides]
    with_pictures = [s.kind for s, page in zip(slides, presentation.slides, strict=True) if pictures(page)]
    assert with_pictures == ["themas", "gaten", "focus"]
    assert all(pictures(page) <= 1 for page in presentation.slides)


def test_pptx_has_source_footers_notes_and_the_demo_notice(deck):
    slides, files = deck
    presentation = Presentation(io.BytesIO(files.pptx))
    first = presentation.slides[0]
    texts = [shape.text_frame.text for shape in first.shapes if shape.has_text_frame]
    assert any(t.startswith(slides[0].source) and "Demodata" in t and t.endswith("1/8") for t in texts)
    notes = first.notes_slide.notes_text_frame.text
    assert "Deelnemers: 800" in notes
    assert "Initiatieven: 3" in notes
    assert presentation.slide_width / presentation.slide_height == pytest.approx(16 / 9, rel=0.01)


def test_pdf_has_one_page_per_slide_with_its_text_selectable_and_its_chart(deck):
    slides, files = deck
    reader = PdfReader(io.BytesIO(files.pdf))
    assert len(reader.pages) == len(slides)
    for number, (slide, page) in enumerate(zip(slides, reader.pages, strict=True), start=1):
        text = " ".join(page.extract_text().split())  # wrapped lines joined again
        assert " ".join(slide.title.split()) in text, "the title is text, not pixels"
        assert "Demodata" in text
        assert text.endswith(f"{number}/{len(slides)}")
        assert bool(page.images) == (slide.kind in {"themas", "gaten", "focus"}), slide.kind
    first = " ".join(reader.pages[0].extract_text().split())
    assert all(number.value in first for number in slides[0].numbers), "key numbers as text"
    assert reader.metadata.title == slides[0].title


def test_a_single_chart_becomes_a_png(small_con):
    matrix = coverage_matrix(small_con, InitiativeFilter(year_from=2023, year_to=2023))
    figure = themas_figure(matrix=matrix, lang="nl", height=200)
    image = render_pngs([figure, None], scale=0.5)
    assert image[0].startswith(b"\x89PNG")
    assert image[1] is None


def test_a_map_is_drawn_offline_with_every_municipality_in_its_colour():
    """kaleido's page gets the empty base map inline; fetching it would fail with no network."""
    frame = pd.DataFrame({"gemeente_code": sorted(GEMEENTE_CODES), "naam": sorted(GEMEENTE_CODES)})
    frame["waarde"] = [float(n) for n in range(len(frame))]
    frame["rang"] = frame["waarde"].rank(ascending=False)
    gemeenten = geo.load_twente_gemeenten()
    figure = choropleth_figure(
        geojson=geo.to_geojson(gemeenten), frame=frame, unit="%", higher_is_better=True, lang="nl"
    )
    figure.update_traces(showscale=False)  # only the map's own fills carry the colours
    image = Image.open(io.BytesIO(figure_png(figure, width=600, height=400))).convert("RGB")
    colours = {colour for _, colour in image.getcolors(maxcolors=600 * 400)}
    # Municipality fills (YlGnBu at opacity 0.9 on white): the palest and the darkest end.
    ends = [
        px.colors.unlabel_rgb(c) for c in (px.colors.sequential.YlGnBu[0], px.colors.sequential.YlGnBu[-1])
    ]
    for end in ends:
        faded = tuple(round(0.9 * v + 0.1 * 255) for v in end)
        assert any(sum(abs(a - b) for a, b in zip(colour, faded, strict=True)) <= 12 for colour in colours), (
            end
        )
