"""The profile's initiatives-by-theme picture: columns as tall as the counts, the same in words."""

import itertools
import xml.etree.ElementTree as ET

import pandas as pd

from components.charts.gemeenteprofiel import initiatives_theme_svg
from components.charts.palette import THEME_COLOURS

SVG = "{http://www.w3.org/2000/svg}"


def _initiatives() -> pd.DataFrame:
    # 2021: 2 x tijd en ruimte + 1 x grenzeloos; 2022: nothing starts; 2023: 1 x traditie.
    return pd.DataFrame(
        {
            "startjaar": [2021, 2021, 2021, 2023],
            "thema": ["tijd_ruimte", "tijd_ruimte", "grenzeloos", "traditie_innovatie"],
        }
    )


def test_columns_stack_the_themes_as_tall_as_their_counts_and_a_year_without_starts_stays_empty():
    svg, _ = initiatives_theme_svg(initiatives=_initiatives(), lang="nl")
    root = ET.fromstring(svg)  # noqa: S314 - the app's own markup, built in this test
    texts = [t.text for t in root.iter(f"{SVG}text")]
    years = ["2021", "2022", "2023"]
    assert [y for y in texts if y in years] == years, "every year, in order"
    assert {"Tijd en ruimte", "Traditie en innovatie", "Grenzeloos Twente"} <= set(texts), "a legend"
    heights = {}
    for rect in root.iter(f"{SVG}rect"):
        if float(rect.get("height")) > 12:  # not a legend swatch
            heights.setdefault(rect.get("fill"), []).append(float(rect.get("height")))
    codes = ("tijd_ruimte", "grenzeloos", "traditie_innovatie")
    tijd, grens, traditie = (heights[THEME_COLOURS[code]] for code in codes)
    assert len(tijd) == len(grens) == len(traditie) == 1, "2022 draws no column part"
    assert tijd[0] == 2 * grens[0] == 2 * traditie[0], "heights follow the counts"


def test_the_words_give_every_years_total_and_split():
    _, words = initiatives_theme_svg(initiatives=_initiatives(), lang="en")
    assert words.startswith("Number of initiatives per theme and start year. ")
    assert "2021: 3 (Time and space 2, Tradition and innovation 0, Borderless Twente 1)" in words
    assert "2022: 0 (" in words


def test_with_many_start_years_no_two_year_names_overlap():
    years = list(range(2000, 2026))
    svg, words = initiatives_theme_svg(
        initiatives=pd.DataFrame({"startjaar": years, "thema": ["grenzeloos"] * len(years)}), lang="nl"
    )
    root = ET.fromstring(svg)  # noqa: S314 - the app's own markup, built in this test
    shown = [t for t in root.iter(f"{SVG}text") if t.text in {str(y) for y in years}]
    assert 3 <= len(shown) < len(years), "every n-th year named"
    centres = sorted(float(t.get("x")) for t in shown)
    assert min(b - a for a, b in itertools.pairwise(centres)) >= 4 * 7.2, "room for 4 characters"
    assert all(f"{year}: 1 (" in words for year in years), "every year stays in the words"
