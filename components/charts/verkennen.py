"""The Verkennen chart as a pure function: the pivot's long answer in, ``go.Figure`` out.

The frame is the labelled answer of ``data.explore.labelled`` (group names in the
dimension columns, codes in ``<dimension>_code``, the number in ``waarde``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.maps import MAP_HEIGHT, choropleth_figure, plotly_separators
from components.charts.palette import CATEGORY_PALETTE, LIGHT_GRID
from data.explore import PivotSpec, decimals, dimension_label, ordered_codes
from data.i18n import translate
from data.reference import GEMEENTEN

CHART_HEIGHT = 480
# Okabe-Ito: distinguishable for colour-blind readers, and on a projector.
PALETTE = CATEGORY_PALETTE


def _base_layout(figure: go.Figure, *, lang: str, value_title: str, x_title: str) -> go.Figure:
    figure.update_layout(
        height=CHART_HEIGHT,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        separators=plotly_separators(lang),
        colorway=PALETTE,
        plot_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "traceorder": "normal"},
        yaxis={"title": {"text": value_title}, "gridcolor": LIGHT_GRID, "rangemode": "tozero"},
        xaxis={"title": {"text": x_title}},
        hoverlabel={"namelength": -1},
    )
    return figure


def _groups(frame: pd.DataFrame, dimension: str) -> list[tuple[str, pd.DataFrame]]:
    """The frame split by ``dimension``, in reading order of its codes."""
    codes = ordered_codes(dimension, frame[f"{dimension}_code"])
    return [
        (str(group[dimension].iloc[0]), group)
        for code in codes
        if not (group := frame[frame[f"{dimension}_code"].isin([code])]).empty
    ]


def _bars(frame: pd.DataFrame, spec: PivotSpec) -> list[go.Bar]:
    first = spec.dimensions[0]
    if len(spec.dimensions) == 1:
        return [
            go.Bar(
                x=frame[first],
                y=frame["waarde"],
                name="",
                hovertemplate=f"%{{x}}: %{{y:,.{decimals(spec)}f}}<extra></extra>",
            )
        ]
    second = spec.dimensions[1]
    order = list(dict.fromkeys(frame[first]))
    traces = []
    for name, group in _groups(frame, second):
        group = group.set_index(first).reindex(order).reset_index()
        traces.append(
            go.Bar(
                x=group[first],
                y=group["waarde"],
                name=str(name),
                hovertemplate=f"{name}<br>%{{x}}: %{{y:,.{decimals(spec)}f}}<extra></extra>",
            )
        )
    return traces


def _lines(frame: pd.DataFrame, spec: PivotSpec) -> list[go.Scatter]:
    other = [d for d in spec.dimensions if d != "jaar"]
    if not other:
        return [go.Scatter(x=frame["jaar"], y=frame["waarde"], mode="lines+markers", name="")]
    traces = []
    for name, group in _groups(frame, other[0]):
        group = group.sort_values("jaar_code")
        traces.append(
            go.Scatter(
                x=group["jaar"],
                y=group["waarde"],
                mode="lines+markers",
                name=str(name),
                hovertemplate=f"{name}<br>%{{x}}: %{{y:,.{decimals(spec)}f}}<extra></extra>",
            )
        )
    return traces


def _heatmap(frame: pd.DataFrame, spec: PivotSpec) -> go.Heatmap:
    first, second = spec.dimensions
    rows = list(dict.fromkeys(frame[first]))
    columns = [name for name, _group in _groups(frame, second)]
    matrix = frame.pivot(index=first, columns=second, values="waarde").reindex(index=rows, columns=columns)
    return go.Heatmap(
        z=matrix.to_numpy(),
        x=[str(c) for c in matrix.columns],
        y=[str(r) for r in matrix.index],
        colorscale="YlGnBu",
        texttemplate=f"%{{z:,.{decimals(spec)}f}}",
        hovertemplate=f"%{{y}}<br>%{{x}}: %{{z:,.{decimals(spec)}f}}<extra></extra>",
        xgap=2,
        ygap=2,
    )


def _map(
    frame: pd.DataFrame,
    *,
    lang: str,
    unit: str,
    higher_is_better: bool,
    geojson: dict[str, Any],
    labels: pd.DataFrame | None,
) -> go.Figure:
    values = dict(zip(frame["gemeente_code"], frame["waarde"], strict=True))
    table = pd.DataFrame(
        {
            "gemeente_code": [g.code for g in GEMEENTEN],
            "naam": [g.naam for g in GEMEENTEN],
            "waarde": [values.get(g.code) for g in GEMEENTEN],
        }
    )
    table["waarde"] = table["waarde"].astype("float64")
    order = table["waarde"].rank(ascending=not higher_is_better, method="min")
    table["rang"] = order
    return choropleth_figure(
        geojson=geojson,
        frame=table,
        unit=unit,
        higher_is_better=higher_is_better,
        lang=lang,
        labels=labels,
        height=MAP_HEIGHT,
    )


def pivot_figure(
    *,
    frame: pd.DataFrame,
    spec: PivotSpec,
    lang: str,
    value_title: str,
    title: str = "",
    unit: str = "",
    higher_is_better: bool = True,
    geojson: dict[str, Any] | None = None,
    labels: pd.DataFrame | None = None,
) -> go.Figure:
    """The chart ``spec.chart`` of the pivot's answer; a map needs ``geojson``.

    ``title`` sits above the chart, so a downloaded PNG still says what it shows.
    """
    x_title = dimension_label(spec.dimensions[0], lang) if spec.dimensions else ""
    if spec.chart == "map" and geojson is not None:
        return _map(
            frame, lang=lang, unit=unit, higher_is_better=higher_is_better, geojson=geojson, labels=labels
        )
    figure = go.Figure()
    if not spec.dimensions:
        figure.add_trace(go.Bar(x=[translate("explore.total", lang)], y=frame["waarde"], name=""))
    elif spec.chart == "line":
        figure.add_traces(_lines(frame, spec))
        x_title = translate("explore.dim.jaar", lang)
    elif spec.chart == "heatmap":
        figure.add_trace(_heatmap(frame, spec))
        x_title = dimension_label(spec.dimensions[1], lang)
    else:
        figure.add_traces(_bars(frame, spec))
        figure.update_layout(barmode="stack" if spec.chart == "stacked" else "group")
    _base_layout(figure, lang=lang, value_title=value_title, x_title=x_title)
    if spec.chart == "heatmap":
        figure.update_yaxes(title={"text": dimension_label(spec.dimensions[0], lang)}, autorange="reversed")
    if title:
        figure.update_layout(title={"text": title, "x": 0, "font": {"size": 16}}, margin={"t": 80})
    if "jaar" in spec.dimensions[:1]:
        figure.update_xaxes(type="category")
    return figure
