"""The profile's small multiples: every indicator's trend as a subplot of ONE figure (issue 18)."""

from __future__ import annotations

import math

import pandas as pd

from components.charts.gemeenteprofiel import TrendPanel, indicator_trend_grid
from components.charts.palette import FOCUS_COLOUR
from data.reference import COUNTRY_NL, REGION_TWENTE

NAMES = {"GM0153": "Enschede", "GM0164": "Hengelo", REGION_TWENTE: "Twente", COUNTRY_NL: "Nederland"}
PANELS = [
    TrendPanel("a", "Cultuurdeelname", "%", {2021: "nieuwe methode"}),
    TrendPanel("b", "Afstand tot de dichtstbijzijnde bioscoop", "km", {}),
    TrendPanel("c", "Vrijwilligers", "aantal", {}),
]


def _series() -> pd.DataFrame:
    rows = [
        (
            indicator,
            code,
            year,
            None if (indicator, code, year) == ("b", "GM0153", 2021) else base + year - 2020,
        )
        for indicator, base in (("a", 80.0), ("b", 5.0), ("c", 100.0))
        for code in ("GM0153", "GM0164", REGION_TWENTE, COUNTRY_NL)
        for year in (2022, 2020, 2021)  # unsorted on purpose
        if not (indicator == "c" and code == COUNTRY_NL)  # NL has no value for c
    ]
    return pd.DataFrame(rows, columns=["indicator", "gemeente_code", "jaar", "waarde"])


def _grid(**extra: object):
    return indicator_trend_grid(
        series=_series(), panels=PANELS, names=NAMES, focus="GM0153", lang="nl", **extra
    )


def _panel(figure, index: int) -> list:
    axis = "x" if index == 0 else f"x{index + 1}"
    return [t for t in figure.data if t.xaxis == axis]


def test_one_subplot_per_panel_titled_with_name_and_unit():
    figure = _grid()
    titles = [a.text.replace("<br>", " ") for a in figure.layout.annotations if a.yref == "paper"]
    assert titles == [
        "Cultuurdeelname (%)",
        "Afstand tot de dichtstbijzijnde bioscoop (km)",
        "Vrijwilligers (aantal)",
    ]
    assert all(len(line) <= 24 for a in figure.layout.annotations for line in a.text.split("<br>"))
    assert figure.layout.xaxis3 is not None
    assert figure.layout.yaxis3 is not None


def test_each_subplot_draws_municipality_twente_and_nl_with_sorted_years_and_its_unit():
    figure = _grid()
    first = _panel(figure, 0)
    assert [t.name for t in first] == ["Enschede", "Twente", "Nederland"]
    assert list(first[0].x) == [2020, 2021, 2022]
    assert list(first[0].y) == [80.0, 81.0, 82.0]
    assert first[0].line.width == 3
    assert first[0].line.color == FOCUS_COLOUR
    assert "km" in _panel(figure, 1)[0].hovertemplate
    assert [t.name for t in _panel(figure, 2)] == ["Enschede", "Twente"], "no line without values"


def test_a_missing_year_stays_a_gap():
    (enschede, *_) = _panel(_grid(), 1)
    assert math.isnan(list(enschede.y)[1])
    assert enschede.connectgaps is False


def test_compared_municipalities_are_drawn_and_the_legend_names_each_area_once():
    figure = _grid(compare=["GM0164"])
    assert [t.name for t in _panel(figure, 0)] == ["Enschede", "Hengelo", "Twente", "Nederland"]
    in_legend = [t.name for t in figure.data if t.showlegend]
    assert in_legend == ["Enschede", "Hengelo", "Twente", "Nederland"]
    assert {t.legendgroup for t in figure.data} == {"GM0153", "GM0164", REGION_TWENTE, COUNTRY_NL}


def test_series_break_is_marked_in_its_own_subplot():
    figure = _grid()
    (shape,) = figure.layout.shapes
    assert (shape.xref, shape.yref, shape.x0, shape.line.dash) == ("x", "y domain", 2020.5, "dot")
    (note,) = [a for a in figure.layout.annotations if a.yref != "paper"]
    assert (note.text, note.hovertext, note.xref) == ("trendbreuk", "nieuwe methode", "x")


def test_columns_set_the_grid_and_the_height_grows_with_rows():
    two, one = _grid(columns=2), _grid(columns=1)
    assert two.layout.xaxis2.domain[0] > 0.5 > two.layout.xaxis.domain[1], "side by side"
    assert one.layout.xaxis2.domain == one.layout.xaxis.domain, "stacked"
    assert one.layout.height > two.layout.height


def test_no_panels_gives_an_empty_figure_not_an_error():
    figure = indicator_trend_grid(series=_series(), panels=[], names=NAMES, focus="GM0153", lang="nl")
    assert len(figure.data) == 0
