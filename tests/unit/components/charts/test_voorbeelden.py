"""Inspiring examples (issue 17): their table, the demo's examples, the small map, the slides, and
the deck's text boxes that fit (one line per key number)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from components.charts.grenzeloos import ROLE_GEMEENTEN, ROLE_KREISE, ROLE_PLACES
from components.charts.palette import THEME_COLOURS
from components.charts.presenteren import SlideGeo, load_slide_geo, slide_figure
from components.charts.voorbeelden import EXAMPLE_MAP_META, ROLE_EXAMPLE_LABELS, example_map_figure
from components.export import presenteren as deck
from data import cocreation, demo, store
from data.reference import GEMEENTEN, GERMAN_PLACE_BY_NAME, THEMES
from data.story import DEFAULT_KINDS, EXAMPLE_KIND, KeyNumber, Slide, build_story
from tests.conftest import INSERT_INITIATIVE

# --- The table -------------------------------------------------------------------------------


def test_a_new_store_has_the_examples_table(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "new.duckdb")
    columns = con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'voorbeeld'")
    assert [c for (c,) in columns.fetchall()] == [
        "initiatief_id",
        "verhaal",
        "gemarkeerd_door",
        "gemarkeerd_op",
    ]


def test_a_store_of_schema_4_gains_the_table_and_keeps_its_rows(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v4.duckdb"
    monkeypatch.setattr(store, "MIGRATIONS", store.MIGRATIONS[:4])
    old = store.connect(path)
    old.execute(INSERT_INITIATIVE + "('X','n','','o','grenzeloos','erfgoed','lopend',2023,2024,10,500)")
    old.close()
    monkeypatch.undo()
    con = store.connect(path)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM initiatief").fetchone()[0] == 1
    cocreation.mark_example(con, "X", story="Een verhaal.", moderator="test")
    assert cocreation.examples(con)["verhaal"].tolist() == ["Een verhaal."]


def test_the_stamp_changes_when_an_example_is_marked_edited_or_unmarked(demo_con) -> None:
    first = cocreation.examples_stamp(demo_con)
    chosen = demo_con.execute(
        "SELECT min(id) FROM initiatief WHERE id NOT IN (SELECT initiatief_id FROM voorbeeld)"
    )
    initiative = chosen.fetchone()[0]
    cocreation.mark_example(demo_con, initiative, story="Eerste.", moderator="t")
    second = cocreation.examples_stamp(demo_con)
    cocreation.mark_example(demo_con, initiative, story="Tweede.", moderator="t")
    third = cocreation.examples_stamp(demo_con)
    cocreation.unmark_example(demo_con, initiative)
    assert len({first, second, third}) == 3
    assert cocreation.examples_stamp(demo_con) == first


# --- The demo's examples ---------------------------------------------------------------------


def test_the_demo_marks_a_few_examples_over_the_three_themes_with_fictional_stories(demo_con) -> None:
    frame = cocreation.examples(demo_con)
    assert 4 <= len(frame) <= 6
    assert set(frame["thema"]) == {t.code for t in THEMES}
    with_germans = [p for p in frame["partners"] if (p["land"] == "DE").any()]
    assert len(with_germans) >= 2
    assert all(story.startswith("Fictief demovoorbeeld.") for story in frame["verhaal"])
    assert all(len(story) <= cocreation.FIELD_LIMITS["verhaal"] for story in frame["verhaal"])
    assert all(len(codes) >= 2 for codes in frame["gemeenten"])


def test_the_examples_leave_every_other_demo_figure_as_it_was(monkeypatch) -> None:
    with_examples = demo.generate_demo_data(seed=7)
    monkeypatch.setattr(demo, "demo_examples", lambda tables, rng: with_examples.voorbeeld.iloc[0:0])
    without = demo.generate_demo_data(seed=7)
    for table in demo.DemoData.TABLES:
        if table != "voorbeeld":
            pd.testing.assert_frame_equal(getattr(with_examples, table), getattr(without, table))
    monkeypatch.undo()
    again = demo.generate_demo_data(seed=7)
    pd.testing.assert_frame_equal(with_examples.voorbeeld, again.voorbeeld)


# --- The small map ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def geo() -> SlideGeo:
    found = load_slide_geo()
    if found is None:
        pytest.skip("the shipped boundaries are not found")
    return found


GRONAU = GERMAN_PLACE_BY_NAME["Gronau (Westf.)"]


def partners(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=["naam", "land", "plaats", "kreis_code", "lat", "lon"])


def build(geo: SlideGeo, **overrides) -> object:
    values = {
        "name": "Grensconcerten",
        "theme": "grenzeloos",
        "gemeenten": ["GM0153", "GM0158"],
        "partners": partners(
            ("Theater Enschede", "NL", "Enschede", None, None, None),
            ("Kulturbüro Gronau", "DE", GRONAU.naam, GRONAU.kreis_code, None, None),
        ),
        "twente_geojson": geo.twente_geojson,
        "twente_labels": geo.twente_labels,
        "german_geojson": geo.german_geojson,
        "border": geo.border,
        "lang": "nl",
    }
    return example_map_figure(**{**values, **overrides})


def trace(figure, role: str):
    return next(t for t in figure.data if t.meta == role)


def test_the_examples_municipalities_are_highlighted_in_its_theme_colour(geo) -> None:
    figure = build(geo)
    areas = trace(figure, ROLE_GEMEENTEN)
    shaded = dict(zip(areas.locations, areas.z, strict=True))
    assert len(shaded) == len(GEMEENTEN), "all 14 municipalities are drawn"
    assert {code for code, z in shaded.items() if z == 1} == {"GM0153", "GM0158"}
    assert areas.colorscale[-1][1] == THEME_COLOURS["grenzeloos"]
    assert areas.showscale is False, "no colour bar on a small map"
    assert figure.layout.meta == EXAMPLE_MAP_META
    assert set(trace(figure, ROLE_EXAMPLE_LABELS).text) == {"Enschede", "Haaksbergen"}


def test_german_partners_are_points_with_their_district_and_a_line_from_each_municipality(geo) -> None:
    figure = build(geo)
    places = trace(figure, ROLE_PLACES)
    assert list(places.text) == [GRONAU.naam], "only German partners are points"
    assert (places.lon[0], places.lat[0]) == pytest.approx((GRONAU.lon, GRONAU.lat)), (
        "reference place filled in"
    )
    districts = trace(figure, ROLE_KREISE)
    assert {c for c, z in zip(districts.locations, districts.z, strict=True) if z == 1} == {GRONAU.kreis_code}
    lines = [t for t in figure.data if str(t.meta or "").startswith("grenzeloos-link-")]
    assert len(lines) == 1
    assert sum(v is None for v in lines[0].lon) == 2, "one line from each of the two municipalities"
    assert figure.layout.showlegend is False


def test_the_view_is_twente_alone_without_german_partners_and_grows_with_them(geo) -> None:
    dutch = build(geo, partners=partners(("Theater Enschede", "NL", "Enschede", None, None, None)))
    german = build(geo)
    assert not [t for t in dutch.data if t.meta == ROLE_PLACES]
    dutch_east = dutch.layout.geo.lonaxis.range[1]
    assert german.layout.geo.lonaxis.range[1] >= dutch_east
    assert dutch_east < 7.2, "Twente's eastern edge, with a margin"


def test_names_from_the_data_are_escaped_on_the_map(geo) -> None:
    hostile = "<b>Kultur</b><script>x</script>"
    figure = build(geo, partners=partners((hostile, "DE", GRONAU.naam, GRONAU.kreis_code, None, None)))
    text = str(figure.to_plotly_json())
    assert "<script>" not in text
    assert "&lt;script&gt;" in text


# --- The slides ------------------------------------------------------------------------------


def test_one_slide_per_example_with_its_story_in_the_notes(demo_con) -> None:
    frame = cocreation.examples(demo_con)
    slides = build_story(demo_con, year=2024, kinds=[EXAMPLE_KIND], demo=True)
    assert [s.title for s in slides] == list(frame["naam"])
    for slide, row in zip(slides, frame.itertuples(), strict=True):
        assert slide.kind == EXAMPLE_KIND
        assert slide.subject == row.id
        assert row.verhaal in slide.story
        assert slide.notes().startswith(slide.story), "the story is read out first"
        assert row.verhaal not in " ".join([slide.title, slide.subtitle, *slide.lines])
        assert slide.lines[0].startswith("Waar: ")
        assert slide.numbers[0].label == "Bereik"
        assert slide.has_chart


def test_the_examples_take_their_place_in_the_chosen_order_and_not_the_default(demo_con) -> None:
    default = build_story(demo_con, year=2024, demo=True)
    assert [s.kind for s in default] == list(DEFAULT_KINDS)
    mixed = build_story(demo_con, year=2024, kinds=["kerncijfers", EXAMPLE_KIND, "bronnen"], demo=True)
    kinds = [s.kind for s in mixed]
    assert kinds[0] == "kerncijfers"
    assert kinds[-1] == "bronnen"
    assert kinds[1:-1] == [EXAMPLE_KIND] * len(cocreation.examples(demo_con))


def test_a_store_without_examples_gives_no_example_slides(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "empty.duckdb")
    assert build_story(con, year=2024, kinds=[EXAMPLE_KIND]) == []
    old = duckdb.connect(str(tmp_path / "old.duckdb"))
    old.execute("CREATE TABLE initiatief (id VARCHAR)")
    assert build_story(old, year=2024, kinds=[EXAMPLE_KIND]) == [], "a store from before the table"


def test_an_example_slide_has_a_map_shaped_for_the_right_of_the_slide(demo_con, geo) -> None:
    slide = build_story(demo_con, year=2024, kinds=[EXAMPLE_KIND])[0]
    figure = slide_figure(slide, slide_geo=geo, lang="nl", height=420)
    width, height = deck.chart_size(figure)
    assert height == 420
    assert 1.4 < width / height < 2.2
    assert slide_figure(slide, slide_geo=None, lang="nl") is None


# --- Text that fits its box -------------------------------------------------------------------

needs_font = pytest.mark.skipif(deck.pdf_fonts() is None, reason="no TrueType font (fonts-dejavu-core)")


@needs_font
def test_wrapping_follows_the_fonts_widths() -> None:
    lines = deck.wrap_text("een twee drie vier vijf zes zeven", 1.0, 20)
    assert len(lines) > 1
    assert all(deck.text_width(line, 20) <= 1.0 for line in lines)
    assert " ".join(lines) == "een twee drie vier vijf zes zeven"


@needs_font
def test_every_key_number_of_a_slide_fits_on_one_line_at_one_size() -> None:
    slide = Slide(
        kind="focus",
        title="t",
        subtitle="s",
        numbers=(
            KeyNumber("Basisscholen met cultuureducatie (2024)", "+12,2 procentpunt"),
            KeyNumber("Musea binnen 10 km (2024)", "+2,1"),
            KeyNumber("Bibliotheeklidmaatschap jeugd (2024)", "−7,2 procentpunt"),
            KeyNumber("Initiatieven in 2024", "47"),
        ),
    )
    size = deck.value_points(slide)
    assert deck.MIN_POINTS < size < deck.VALUE_POINTS, "smaller than 30 pt, so it fits"
    for number, (value_box, label_box) in zip(slide.numbers, deck.number_boxes(slide), strict=True):
        assert deck.text_width(number.value, size, bold=True) <= value_box.width * deck.FIT_WIDTH_SHARE
        label_lines = deck.wrap_text(
            number.label, label_box.width * deck.FIT_WIDTH_SHARE, deck.label_points(slide)
        )
        assert len(label_lines) * deck.label_points(slide) / 72 * deck.LINE_PITCH <= label_box.height
    short = Slide(kind="kerncijfers", title="t", subtitle="s", numbers=(KeyNumber("Initiatieven", "157"),))
    assert deck.value_points(short) == deck.VALUE_POINTS, "short numbers keep the full size"


@needs_font
def test_a_long_title_is_set_smaller_rather_than_running_over_the_subtitle() -> None:
    title = "Een heel lang voorbeeld met een naam die over drie regels zou lopen " * 3
    size = deck.fitted_points(title, deck.TITLE_BOX, deck.TITLE_POINTS, bold=True)
    assert size < deck.TITLE_POINTS
    lines = deck.wrap_text(title, deck.TITLE_BOX.width * deck.FIT_WIDTH_SHARE, size, bold=True)
    assert len(lines) * size / 72 * deck.LINE_PITCH <= deck.TITLE_BOX.height
