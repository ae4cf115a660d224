"""Slide figures of the Presenteren page as pure functions: keyword-only inputs, ``go.Figure`` out.

The figures are drawn for a projector: large type, few colours, one message each.
They reuse the app's own map figures (``components/charts/maps.py``,
``components/charts/grenzeloos.py``), so a slide shows exactly what the Kaart and
Grenzeloos pages show.  The same figures go into the PowerPoint and PDF exports
(``components/export/presenteren.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.grenzeloos import crossborder_map_figure
from components.charts.maps import choropleth_figure, map_label_trace, twente_label_positions
from components.charts.palette import GAP_LINE, GRID, INK, SLIDE_FOCUS_COLOUR, THEME_COLOURS, TWENTE_COLOUR
from components.charts.voorbeelden import example_map_figure
from data import crossborder, geo
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, Indicator
from data.reference import THEMES
from data.story import EXAMPLE_KIND, Slide, indicator_name

FONT = "Arial, Liberation Sans, DejaVu Sans, sans-serif"
FOCUS_COLOUR = SLIDE_FOCUS_COLOUR
CHART_HEIGHT = 480
EXAMPLE_MAP_ASPECT = 1.75  # width to height: the map takes the right part of an example's slide


@dataclass(frozen=True)
class SlideGeo:
    """Boundaries and label points the map slides need."""

    twente_geojson: dict[str, Any]
    twente_labels: pd.DataFrame
    german_geojson: dict[str, Any]
    german_labels: pd.DataFrame
    border: list[list[tuple[float, float]]]


def load_slide_geo() -> SlideGeo | None:
    """The boundaries from the geo search path; None when they are not there (maps are left out)."""
    try:
        twente = geo.load_twente_gemeenten()
        german = geo.load_german_districts()
    except geo.BoundaryError:
        return None
    try:
        dutch = geo.load_provinces()
    except (geo.BoundaryError, OSError, ValueError):
        dutch = twente
    return SlideGeo(
        twente_geojson=geo.to_geojson(twente, ("code", "naam")),
        twente_labels=geo.label_points(twente),
        german_geojson=geo.to_geojson(german, ("code", "naam")),
        german_labels=geo.label_points(german),
        border=crossborder.border_lines(dutch, german),
    )


def _style(figure: go.Figure, *, lang: str, height: int, font_size: int = 18) -> go.Figure:
    figure.update_layout(
        height=height,
        font={"family": FONT, "size": font_size, "color": INK},
        paper_bgcolor="white",
        plot_bgcolor="white",
        separators=".," if lang == "en" else ",.",
        margin={"l": 10, "r": 20, "t": 50, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "font": {"size": font_size}},
    )
    figure.update_xaxes(automargin=True)
    figure.update_yaxes(automargin=True)
    return figure


def deelname_figure(
    *,
    frame: pd.DataFrame,
    indicator: Indicator,
    geojson: dict[str, Any],
    labels: pd.DataFrame,
    lang: str,
    height: int,
) -> go.Figure:
    """The headline indicator on the Twente map, filling ``height``, names in large type."""
    figure = choropleth_figure(
        geojson=geojson,
        frame=frame,
        unit=indicator.unit,
        higher_is_better=indicator.higher_is_better,
        lang=lang,
        height=height,
    )
    figure.update_layout(font={"family": FONT, "size": 18, "color": INK})
    figure.update_traces(
        colorbar={"thickness": 22, "tickfont": {"size": 18}}, selector={"type": "choropleth"}
    )
    figure.add_trace(map_label_trace(labels=labels, font_size=17, position=twente_label_positions(labels)))
    return figure


def themas_figure(*, matrix: pd.DataFrame, lang: str, height: int) -> go.Figure:
    """Running initiatives per municipality, stacked by theme, most first."""
    rows = matrix[matrix["gemeente_code"].str.startswith("GM")].sort_values("totaal")
    figure = go.Figure(
        [
            go.Bar(
                y=rows["naam"],
                x=rows[f"aantal_{t.code}"],
                name=t.name(lang),
                orientation="h",
                marker={"color": THEME_COLOURS[t.code]},
                hovertemplate="%{y}: %{x}<extra>" + t.name(lang) + "</extra>",
            )
            for t in THEMES
        ]
    )
    figure.update_layout(
        barmode="stack",
        legend={"traceorder": "normal"},
        xaxis={"title": {"text": translate("presenteren.chart.initiatives", lang)}},
    )
    figure.update_xaxes(gridcolor=GRID)
    return _style(figure, lang=lang, height=height)


def gaten_figure(*, matrix: pd.DataFrame, lang: str, height: int) -> go.Figure:
    """Municipality x theme: the number of initiatives, gaps (zero) outlined in red."""
    rows = matrix[matrix["gemeente_code"].str.startswith("GM")].sort_values("naam", ascending=False)
    themes = [t.name(lang) for t in THEMES]
    counts = rows[[f"aantal_{t.code}" for t in THEMES]].to_numpy()
    figure = go.Figure(
        go.Heatmap(
            z=counts,
            x=themes,
            y=rows["naam"],
            colorscale="Blues",
            zmin=0,
            showscale=False,
            texttemplate="%{z}",
            textfont={"size": 18},
            xgap=3,
            ygap=3,
            hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
        )
    )
    for i, row in enumerate(counts):
        for j, value in enumerate(row):
            if value == 0:
                figure.add_shape(
                    type="rect",
                    x0=j - 0.48,
                    x1=j + 0.48,
                    y0=i - 0.45,
                    y1=i + 0.45,
                    line={"color": GAP_LINE, "width": 4},
                )
    figure.update_layout(xaxis={"side": "top"})
    return _style(figure, lang=lang, height=height, font_size=17)


def focus_figure(*, compare: pd.DataFrame, gemeente: str, lang: str, height: int) -> go.Figure:
    """The focus municipality beside Twente on each percentage indicator."""
    names = [indicator_name(INDICATOR_BY_CODE[c], lang) for c in compare["indicator"]]
    figure = go.Figure(
        [
            go.Bar(
                y=names, x=compare["twente"], name="Twente", orientation="h", marker={"color": TWENTE_COLOUR}
            ),
            go.Bar(
                y=names, x=compare["waarde"], name=gemeente, orientation="h", marker={"color": FOCUS_COLOUR}
            ),
        ]
    )
    figure.update_traces(texttemplate="%{x:.0f}%", textposition="outside", textfont={"size": 16})
    figure.update_layout(
        barmode="group",
        xaxis={"range": [0, 115], "ticksuffix": "%", "gridcolor": GRID},
        yaxis={"autorange": "reversed"},
        legend={"traceorder": "reversed"},
    )
    return _style(figure, lang=lang, height=height)


def grenzeloos_figure(
    *, frames: dict[str, pd.DataFrame], slide_geo: SlideGeo, lang: str, height: int
) -> go.Figure:
    """The Grenzeloos page's cross-border map, filling ``height``."""
    figure = crossborder_map_figure(
        twente_geojson=slide_geo.twente_geojson,
        german_geojson=slide_geo.german_geojson,
        gemeenten=frames["gemeenten"],
        districts=frames["districts"],
        links=frames["links"],
        places=frames["places"],
        origins=slide_geo.twente_labels,
        border=slide_geo.border,
        district_labels=slide_geo.german_labels,
        lang=lang,
        height=height,
    )
    figure.update_layout(font={"family": FONT, "color": INK})
    return figure


def slide_figure(
    slide: Slide, *, slide_geo: SlideGeo | None, lang: str, height: int = CHART_HEIGHT
) -> go.Figure | None:
    """The chart of a slide, or None for text slides and maps without boundaries."""
    frames = slide.frames
    if slide.kind == "themas":
        return themas_figure(matrix=frames["matrix"], lang=lang, height=height)
    if slide.kind == "gaten":
        return gaten_figure(matrix=frames["matrix"], lang=lang, height=height)
    if slide.kind == "focus":
        return focus_figure(compare=frames["compare"], gemeente=slide.subject, lang=lang, height=height)
    if slide_geo is None:
        return None
    if slide.kind == "deelname":
        return deelname_figure(
            frame=frames["map"],
            indicator=INDICATOR_BY_CODE[HEADLINE_INDICATOR],
            geojson=slide_geo.twente_geojson,
            labels=slide_geo.twente_labels,
            lang=lang,
            height=height,
        )
    if slide.kind == "grenzeloos":
        return grenzeloos_figure(frames=frames, slide_geo=slide_geo, lang=lang, height=height)
    if slide.kind == EXAMPLE_KIND:
        return example_figure(frames=frames, slide_geo=slide_geo, lang=lang, height=height)
    return None


def example_figure(
    *, frames: dict[str, pd.DataFrame], slide_geo: SlideGeo, lang: str, height: int
) -> go.Figure:
    """An example's small map (the Voorbeelden page's), in large type, for the right part of its slide."""
    example = frames["example"].iloc[0]
    figure = example_map_figure(
        name=str(example["naam"]),
        theme=str(example["thema"]),
        gemeenten=frames["gemeenten"]["gemeente_code"].tolist(),
        partners=frames["partners"],
        twente_geojson=slide_geo.twente_geojson,
        twente_labels=slide_geo.twente_labels,
        german_geojson=slide_geo.german_geojson,
        border=slide_geo.border,
        lang=lang,
        height=height,
        font_size=16,
    )
    figure.update_layout(width=int(height * EXAMPLE_MAP_ASPECT), font={"family": FONT, "color": INK})
    return figure
