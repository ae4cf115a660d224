"""Figures and tables of the Thema's page, as pure functions: keyword-only inputs in.

Each theme keeps one colour on every chart (Okabe-Ito, colour-blind safe).  Gaps
(no initiative at all) are marked with colour *and* words or names, never by colour
alone.  The three themes' maps and the dekking bars are SVG pictures (drawn with
``components/charts/svg.py``), not plotly charts: Thema's first view needs no plotly.js.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from pandas.io.formats.style import Styler

from components.charts.maps import (
    SEQUENTIAL_SCALE,
    geojson_bounds,
    plotly_separators,
    twente_label_positions,
)
from components.charts.palette import DEKKING_SHADES, GAP_FILL, GAP_TEXT, GUIDE_LINE, THEME_COLOURS
from components.charts.svg import bars_svg, choropleth_svg, colour_legend_svg, scale_colour
from data.coverage import THEME_CODES, TOTAL_COLUMN
from data.formatting import format_euro, format_number
from data.i18n import translate
from data.reference import (
    DISCIPLINE_BY_CODE,
    REGION_TWENTE,
    STATUS_BY_CODE,
    TARGET_GROUPS,
    THEME_BY_CODE,
    THEMES,
)
from data.years import year_span

# Names of areas whose label point lies in this share of the width at either side of Twente
# are written inwards (see ``_label_sides``).
EDGE_SHARE = 0.2


def format_measure(value: float | None, *, measure: str, per_1000: bool, lang: str) -> str:
    """A matrix value as readers expect it: '12', '€ 12.300', '3,4'."""
    if value is None or pd.isna(value):
        return "–"
    if measure == "budget":
        return format_euro(value, lang) if not per_1000 else f"€ {format_number(value, 0, lang)}"
    decimals = 1 if per_1000 else 0
    return format_number(value, decimals, lang)


def measure_label(*, measure: str, per_1000: bool, lang: str) -> str:
    """The measure's name, with 'per 1,000 residents' when chosen."""
    label = translate(f"themas.measure.{measure}", lang)
    return translate("themas.per_1000_label", lang, measure=label) if per_1000 else label


# --- The coverage matrix as a table ---------------------------------------------------


def matrix_columns(lang: str) -> dict[str, str]:
    """Data column -> header in ``lang`` for the matrix table."""
    return {
        "naam": translate("col.gemeente", lang),
        **{code: THEME_BY_CODE[code].name(lang) for code in THEME_CODES},
        TOTAL_COLUMN: translate("themas.col.total", lang),
    }


def sort_matrix(matrix: pd.DataFrame, *, by: str) -> pd.DataFrame:
    """The 14 municipality rows sorted (fewest first for a theme or total); Twente stays last."""
    rows = matrix[matrix["gemeente_code"] != REGION_TWENTE]
    twente = matrix[matrix["gemeente_code"] == REGION_TWENTE]
    if by in (*THEME_CODES, TOTAL_COLUMN):
        rows = rows.sort_values([by, "naam"], kind="stable")
    else:
        rows = rows.sort_values("naam", kind="stable")
    return pd.concat([rows, twente], ignore_index=True)


def matrix_table(*, matrix: pd.DataFrame, measure: str, per_1000: bool, lang: str) -> Styler:
    """The matrix as a styled table: gaps read 'geen' on a red tint, Twente last."""
    headers = matrix_columns(lang)
    table = matrix[list(headers)].rename(columns=headers)
    table.iloc[:, 0] = [
        translate("themas.twente_row", lang) if code == REGION_TWENTE else name
        for code, name in zip(matrix["gemeente_code"], matrix["naam"], strict=True)
    ]
    gap_word = translate("themas.gap_word", lang)
    gaps = pd.DataFrame(False, index=table.index, columns=table.columns)
    for code in THEME_CODES:
        gaps[headers[code]] = (matrix[f"aantal_{code}"] == 0).to_numpy()

    def _fmt(value: float) -> str:
        return format_measure(value, measure=measure, per_1000=per_1000, lang=lang)

    styler = table.style.format(_fmt, subset=list(table.columns[1:]))
    for code in THEME_CODES:
        column = headers[code]
        if gaps[column].any():
            styler = styler.format(lambda _v: gap_word, subset=pd.IndexSlice[gaps[column], [column]])
    gap_css = f"background-color: {GAP_FILL}; color: {GAP_TEXT}"
    return styler.apply(lambda _frame: gaps.map(lambda gap: gap_css if gap else ""), axis=None)


def initiatives_table(*, frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The drill-down list with readable headers and years as '2022–2024'."""
    years = [year_span(start, end) for start, end in zip(frame["startjaar"], frame["eindjaar"], strict=True)]
    return pd.DataFrame(
        {
            translate("themas.col.naam", lang): frame["naam"],
            translate("themas.col.organisatie", lang): frame["organisatie"],
            translate("themas.col.gemeenten", lang): frame["gemeenten"],
            translate("themas.col.jaren", lang): years,
            translate("themas.col.status", lang): [STATUS_BY_CODE[s].name(lang) for s in frame["status"]],
            translate("themas.col.budget_periode", lang): frame["budget_periode"].round(0),
            translate("themas.col.budget", lang): frame["budget"],
            translate("themas.col.bereik_periode", lang): frame["bereik_periode"].round(0),
            translate("themas.col.bereik", lang): frame["bereik"],
        }
    )


def dekking_table(*, frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The dekking scores with the missing themes spelled out."""
    return pd.DataFrame(
        {
            translate("col.gemeente", lang): frame["naam"],
            translate("themas.col.score", lang): frame["score"].round(0).astype("int64"),
            translate("themas.col.themes_covered", lang): [
                f"{n} / {len(THEMES)}" for n in frame["themas_gedekt"]
            ],
            translate("themas.col.balance", lang): (frame["balans"] * 100).round(0).astype("int64"),
            translate("themas.col.missing", lang): [
                ", ".join(THEME_BY_CODE[c].name(lang) for c in codes) or "–" for codes in frame["ontbrekend"]
            ],
        }
    )


# --- Maps ----------------------------------------------------------------------------------


def _area_lines(frame: pd.DataFrame, *, measure: str, per_1000: bool, lang: str) -> list[str]:
    """'Enschede: 9 (9 initiatieven)' or 'Borne: geen initiatief in dit thema', per area."""
    lines = []
    for row in frame.itertuples(index=False):
        if row.aantal == 0:
            lines.append(f"{row.naam}: {translate('themas.map.gap', lang)}")
            continue
        value = format_measure(row.waarde, measure=measure, per_1000=per_1000, lang=lang)
        count = translate("themas.map.count", lang, count=int(row.aantal))
        lines.append(f"{row.naam}: {value} ({count})")
    return lines


def _label_sides(labels: pd.DataFrame, bounds: tuple[float, float, float, float] | None) -> list[str]:
    """The shared label sides, but names of the westmost and eastmost areas written inwards.

    A centred name on the edge of Twente (Rijssen-Holten, Losser) would run past its
    map's edge and be cut off.
    """
    sides = twente_label_positions(labels)
    if bounds is None:
        return sides
    west, _south, east, _north = bounds
    edge = (east - west) * EDGE_SHARE
    for index, lon in enumerate(labels["lon"]):
        if lon < west + edge:
            sides[index] = "middle right"
        elif lon > east - edge:
            sides[index] = "middle left"
    return sides


@dataclass(frozen=True)
class ThemeMap:
    """One theme's map: its title, the picture (SVG) and the same in words (the alt text)."""

    theme: str
    title: str
    svg: str
    alt: str


@dataclass(frozen=True)
class ThemeMaps:
    """The three themes' maps and the colour scale they share."""

    maps: tuple[ThemeMap, ...]
    legend_svg: str
    legend_alt: str


def theme_maps(
    *,
    geojson: dict[str, Any],
    frame: pd.DataFrame,
    measure: str,
    per_1000: bool,
    lang: str,
    labels: pd.DataFrame | None = None,
) -> ThemeMaps:
    """The three themes' choropleths as SVG pictures on one colour scale, with its legend.

    ``frame`` has thema, gemeente_code, naam, waarde and aantal (every theme's rows).
    Pictures, not a plotly chart: three geo subplots were the heaviest draw of the page,
    and three fixed-width maps side by side were 120 px each on a phone; pictures draw
    at once and wrap below each other on a narrow screen (issue 18).  All maps share one
    scale (so equal colours mean equal values) from 0 to the highest value of any theme.
    Gaps (no initiative in the theme) get a red tint, a red outline and their name from
    ``labels`` (code, naam, lon, lat).  Each area's value is in the alt text.
    """
    zmax = float(frame["waarde"].max() or 0.0) if not frame.empty else 0.0
    bounds = geojson_bounds(geojson)
    no_labels = pd.DataFrame({"code": [], "naam": [], "lon": [], "lat": []})
    built = []
    for code in THEME_CODES:
        title = THEME_BY_CODE[code].name(lang)
        part = frame[frame["thema"] == code]
        gaps = set(part.loc[part["aantal"] == 0, "gemeente_code"])
        fills = {
            area: scale_colour(SEQUENTIAL_SCALE, value / zmax if zmax else 0.0)
            for area, value in zip(part["gemeente_code"], part["waarde"], strict=True)
            if area not in gaps
        }
        named = no_labels if labels is None else labels[labels["code"].isin(gaps)]
        alt = (
            translate("themas.map.alt", lang, theme=title)
            + " "
            + "; ".join(_area_lines(part, measure=measure, per_1000=per_1000, lang=lang))
        )
        svg = choropleth_svg(
            geojson=geojson,
            fills=fills,
            gaps=gaps,
            labels=named,
            sides=_label_sides(named, bounds),
            label=title,
        )
        built.append(ThemeMap(theme=code, title=title, svg=svg, alt=alt))
    low = format_measure(0.0, measure=measure, per_1000=per_1000, lang=lang)
    high = format_measure(zmax, measure=measure, per_1000=per_1000, lang=lang)
    legend_alt = translate("themas.map.legend", lang, low=low, high=high)
    legend = colour_legend_svg(scale=SEQUENTIAL_SCALE, low=low, high=high, label=legend_alt)
    return ThemeMaps(maps=tuple(built), legend_svg=legend, legend_alt=legend_alt)


# --- Breakdowns and trend ----------------------------------------------------------------


def discipline_sunburst(*, frame: pd.DataFrame, measure: str, lang: str) -> go.Figure:
    """Theme -> discipline, sized by the chosen measure (Twente: each initiative once)."""
    ids, parents, names, values, colours = [], [], [], [], []
    for code in THEME_CODES:
        part = frame[frame["thema"] == code]
        total = float(part[measure].sum())
        if total <= 0:
            continue
        ids.append(code)
        parents.append("")
        names.append(THEME_BY_CODE[code].name(lang))
        values.append(total)
        colours.append(THEME_COLOURS[code])
        for row in part.itertuples(index=False):
            ids.append(f"{code}/{row.discipline}")
            parents.append(code)
            names.append(DISCIPLINE_BY_CODE[row.discipline].name(lang))
            values.append(float(getattr(row, measure)))
            colours.append(THEME_COLOURS[code])
    figure = go.Figure(
        go.Sunburst(
            ids=ids,
            labels=names,
            parents=parents,
            values=values,
            branchvalues="total",
            marker={"colors": colours, "line": {"color": "white", "width": 1}},
            insidetextorientation="radial",
            hovertemplate="<b>%{label}</b><br>%{value:,.0f}<br>%{percentParent:.0%}<extra></extra>",
        )
    )
    figure.update_layout(
        margin={"l": 0, "r": 0, "t": 10, "b": 0}, height=420, separators=plotly_separators(lang)
    )
    return figure


def target_group_figure(*, frame: pd.DataFrame, lang: str) -> go.Figure:
    """Initiatives per target group, one bar per theme."""
    figure = go.Figure()
    order = [g.code for g in TARGET_GROUPS]
    names = {g.code: g.name(lang) for g in TARGET_GROUPS}
    for code in THEME_CODES:
        # Only the counts are filled: a target group no initiative of the theme serves counts 0.
        counts = frame[frame["thema"] == code].set_index("doelgroep")["aantal"].reindex(order, fill_value=0)
        figure.add_trace(
            go.Bar(
                y=[names[g] for g in order],
                x=counts,
                name=THEME_BY_CODE[code].name(lang),
                orientation="h",
                marker={"color": THEME_COLOURS[code]},
                hovertemplate="%{y}: %{x}<extra>" + THEME_BY_CODE[code].name(lang) + "</extra>",
            )
        )
    figure.update_layout(
        barmode="group",
        height=420,
        margin={"l": 0, "r": 10, "t": 50, "b": 0},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        xaxis={"title": {"text": translate("themas.axis.initiatives", lang)}},
        yaxis={"autorange": "reversed"},
        separators=plotly_separators(lang),
    )
    return figure


def trend_figure(
    *, frame: pd.DataFrame, value: str, lang: str, year_from: int | None, year_to: int | None
) -> go.Figure:
    """One line per theme over the years; the selected years are shaded."""
    figure = go.Figure()
    for code in THEME_CODES:
        part = frame[frame["thema"] == code].sort_values("jaar")
        figure.add_trace(
            go.Scatter(
                x=part["jaar"],
                y=part[value],
                name=THEME_BY_CODE[code].name(lang),
                mode="lines+markers",
                line={"color": THEME_COLOURS[code], "width": 3},
            )
        )
    if year_from is not None and year_to is not None:
        figure.add_vrect(
            x0=year_from - 0.4, x1=year_to + 0.4, fillcolor=GUIDE_LINE, opacity=0.15, line_width=0
        )
    axis_title = translate("themas.axis.initiatives" if value == "aantal" else "themas.axis.budget", lang)
    figure.update_layout(
        height=340,
        margin={"l": 0, "r": 10, "t": 50, "b": 0},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        xaxis={"dtick": 1, "title": {"text": translate("themas.axis.year", lang)}},
        yaxis={"title": {"text": axis_title}, "rangemode": "tozero"},
        separators=plotly_separators(lang),
        hovermode="x unified",
    )
    return figure


def dekking_bars(*, frame: pd.DataFrame, lang: str) -> tuple[str, str]:
    """The dekking score per municipality as bars (SVG) and in words (alt text).

    Darker when more themes are covered, in the frame's order (weakest first).  A
    picture, not a plotly chart: the table beside it has every number, and without a
    plotly chart in its first view Thema's need not load plotly.js at all.
    """
    covered = translate("themas.col.themes_covered", lang)
    scores = [format_number(v, 0, lang) for v in frame["score"]]
    svg = bars_svg(
        names=[str(n) for n in frame["naam"]],
        values=[float(v) for v in frame["score"]],
        colours=[DEKKING_SHADES[int(n)] for n in frame["themas_gedekt"]],
        value_texts=scores,
        maximum=100.0,
        axis_title=translate("themas.col.score", lang),
        label=translate("themas.col.score", lang),
    )
    words = "; ".join(
        f"{name}: {score} ({covered} {int(n)} / {len(THEMES)})"
        for name, score, n in zip(frame["naam"], scores, frame["themas_gedekt"], strict=True)
    )
    return svg, f"{translate('themas.col.score', lang)}: {words}"
