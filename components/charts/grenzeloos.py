"""Figures and tables of the Grenzeloos page: pure functions, keyword-only inputs.

The map spans both sides of the border (an SVG geo map, see ``components/charts/maps.py``):
Twente municipalities and German EUREGIO districts shaded on one scale, the border as
a line, and a line from each municipality to each German place it works with.  Each
map trace names its role in ``meta`` (kept by Streamlit, unlike ``uid``) so the
browser test can find its layers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.clickable_svg import (
    MAP_UNITS,
    area_paths,
    item_attributes,
    map_name,
    padded_projection,
    picture_document,
)
from components.charts.maps import (
    COLOURBAR_LENGTH,
    LOCKED_DRAGMODE,
    SEQUENTIAL_SCALE,
    geo_layout,
    geojson_bounds,
    map_label_trace,
    plotly_separators,
)
from components.charts.palette import (
    BORDER_COLOUR,
    CROSS_COLOUR,
    LABEL_COLOUR,
    LEGEND_BACKGROUND,
    LINK_COLOUR,
    OTHER_COLOUR,
    PLACE_COLOUR,
)
from components.charts.svg import bars_svg, colour_legend_svg, scale_colour, stacked_columns_svg, svg_document
from data.crossborder import CrossBorderKpis
from data.formatting import format_euro, format_number
from data.i18n import translate
from data.reference import DISCIPLINE_BY_CODE
from data.safe_files import csv_bytes
from data.years import year_span

GRENS_MAP_HEIGHT = 720
MAX_HOVER_NAMES = 8
# Trace roles (``meta``), used by the browser test to find the map layers.
ROLE_GEMEENTEN = "grenzeloos-gemeenten"
ROLE_KREISE = "grenzeloos-kreise"
ROLE_BORDER = "grenzeloos-grens"
ROLE_LINK_PREFIX = "grenzeloos-link-"
ROLE_PLACES = "grenzeloos-plaatsen"


def link_width(initiatives: int) -> float:
    """Line width in pixels: wider for more joint initiatives, capped so lines stay readable."""
    return min(1.5 + 1.3 * (initiatives - 1), 9.0)


def _count(value: int, lang: str) -> str:
    key = "grenzeloos.n_initiatives_one" if value == 1 else "grenzeloos.n_initiatives"
    return translate(key, lang, n=format_number(value, 0, lang))


def _name_lines(names: Sequence[str], lang: str) -> list[str]:
    """At most MAX_HOVER_NAMES names, then how many more: hundreds of partners would bloat a map."""
    shown = [f"• {n}" for n in list(names)[:MAX_HOVER_NAMES]]
    rest = len(names) - MAX_HOVER_NAMES
    if rest > 0:
        shown.append(translate("grenzeloos.hover.more", lang, n=rest))
    return shown


def _plotly_text(lines: Sequence[str]) -> str:
    """Tip lines as plotly hover text, the first bold.  Names come from partners' files and
    plotly renders a few HTML tags (<a href>, <b>) in hover text, so every line is escaped."""
    first, *rest = lines
    return "<br>".join([f"<b>{escape(str(first))}</b>", *(escape(str(line)) for line in rest)])


def _gemeente_tips(gemeenten: pd.DataFrame, lang: str) -> list[list[str]]:
    return [
        [
            str(r.gemeente),
            _count(r.grensoverschrijdend, lang),
            translate("grenzeloos.hover.share", lang, share=_percent(r.aandeel, lang)),
        ]
        for r in gemeenten.itertuples(index=False)
    ]


def _kreis_tips(districts: pd.DataFrame, lang: str) -> list[list[str]]:
    return [[str(r.kreis), _count(r.initiatieven, lang)] for r in districts.itertuples(index=False)]


def _link_tips(links: pd.DataFrame, lang: str) -> list[list[str]]:
    return [
        [
            f"{r.gemeente} – {r.plaats}",
            str(r.kreis),
            f"{_count(r.initiatieven, lang)}:",
            *_name_lines(r.namen, lang),
        ]
        for r in links.itertuples(index=False)
    ]


def _place_tips(places: pd.DataFrame, lang: str) -> list[list[str]]:
    return [
        [str(r.plaats), str(r.kreis), _count(r.initiatieven, lang), *_name_lines(r.organisaties, lang)]
        for r in places.itertuples(index=False)
    ]


def _area_trace(
    *, geojson: dict[str, Any], codes: pd.Series, names: pd.Series, values: pd.Series, role: str, **style: Any
) -> go.Choropleth:
    return go.Choropleth(
        geojson=geojson,
        featureidkey="properties.code",
        locations=codes,
        z=values,
        text=names,
        meta=role,
        colorscale=SEQUENTIAL_SCALE,
        marker={"line": {"color": "white", "width": 1.2}, "opacity": 0.85},
        name="",
        showlegend=False,
        **style,
    )


def _area_traces(
    *,
    twente_geojson: dict[str, Any],
    german_geojson: dict[str, Any],
    gemeenten: pd.DataFrame,
    districts: pd.DataFrame,
    lang: str,
) -> list[go.Choropleth]:
    top = max(int(gemeenten["grensoverschrijdend"].max()), int(districts["initiatieven"].max()), 1)
    scale = {"zmin": 0, "zmax": top}
    gem_hover = [_plotly_text(lines) for lines in _gemeente_tips(gemeenten, lang)]
    kreis_hover = [_plotly_text(lines) for lines in _kreis_tips(districts, lang)]
    title = translate("grenzeloos.map.colourbar", lang)
    return [
        _area_trace(
            geojson=twente_geojson,
            codes=gemeenten["gemeente_code"],
            names=gem_hover,
            values=gemeenten["grensoverschrijdend"],
            role=ROLE_GEMEENTEN,
            hovertemplate="%{text}<extra></extra>",
            # beside the map, not on it, and never taller than the map (a phone's: COLOURBAR_LENGTH)
            colorbar={
                "title": {"text": title},
                "thickness": 14,
                "len": COLOURBAR_LENGTH,
                "lenmode": "pixels",
            },
            **scale,
        ),
        _area_trace(
            geojson=german_geojson,
            codes=districts["kreis_code"],
            names=kreis_hover,
            values=districts["initiatieven"],
            role=ROLE_KREISE,
            hovertemplate="%{text}<extra></extra>",
            showscale=False,
            **scale,
        ),
    ]


def _percent(value: float | None, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{format_number(value * 100, 0, lang)}%"


def _border_trace(border: Sequence[Sequence[tuple[float, float]]], lang: str) -> go.Scattergeo:
    lons: list[float | None] = []
    lats: list[float | None] = []
    for line in border:
        lons += [x for x, _ in line] + [None]
        lats += [y for _, y in line] + [None]
    return go.Scattergeo(
        lon=lons,
        lat=lats,
        mode="lines",
        line={"color": BORDER_COLOUR, "width": 3.5},
        name=translate("grenzeloos.map.border", lang),
        meta=ROLE_BORDER,
        hoverinfo="skip",
    )


def _segments(starts: list[float], ends: list[float]) -> list[float | None]:
    """Start, end, gap for every line: one trace draws many separate lines."""
    return [value for start, end in zip(starts, ends, strict=True) for value in (start, end, None)]


def _drawable_links(links: pd.DataFrame, origins: pd.DataFrame) -> pd.DataFrame:
    """The links with their municipality's point (``lon_van``, ``lat_van``), those without a place dropped."""
    start = origins.set_index("code")[["lon", "lat"]].rename(columns={"lon": "lon_van", "lat": "lat_van"})
    return links.join(start, on="gemeente_code").dropna(subset=["lon", "lat", "lon_van"])


def _link_traces(links: pd.DataFrame, origins: pd.DataFrame, lang: str) -> list[go.Scattergeo]:
    """One line trace per number of joint initiatives (its width), plus hover points midway."""
    frame = _drawable_links(links, origins)
    traces: list[go.Scattergeo] = []
    for count, group in frame.groupby("initiatieven", sort=True):
        # Plain lists, not itertuples: at 100x the demo data there are a hundred groups.
        lons = _segments(group["lon_van"].tolist(), group["lon"].tolist())
        lats = _segments(group["lat_van"].tolist(), group["lat"].tolist())
        traces.append(
            go.Scattergeo(
                lon=lons,
                lat=lats,
                mode="lines",
                line={"color": LINK_COLOUR, "width": link_width(int(count))},
                name=_count(int(count), lang),
                meta=f"{ROLE_LINK_PREFIX}{int(count)}",
                legendgroup="links",
                hoverinfo="skip",
            )
        )
    hover = [_plotly_text(lines) for lines in _link_tips(frame, lang)]
    traces.append(
        go.Scattergeo(
            lon=(frame["lon_van"] + frame["lon"]) / 2,
            lat=(frame["lat_van"] + frame["lat"]) / 2,
            mode="markers",
            marker={"size": 12, "opacity": 0},
            text=hover,
            hovertemplate="%{text}<extra></extra>",
            showlegend=False,
            name="",
        )
    )
    return traces


def _place_trace(places: pd.DataFrame, lang: str) -> go.Scattergeo:
    """Partner places as dots, sized by initiatives, named to their right."""
    hover = [_plotly_text(lines) for lines in _place_tips(places, lang)]
    return go.Scattergeo(
        lon=places["lon"],
        lat=places["lat"],
        mode="markers+text",
        marker={"size": [7 + 2.2 * math.sqrt(n) for n in places["initiatieven"]], "color": PLACE_COLOUR},
        text=[escape(str(p)) for p in places["plaats"]],
        textposition="middle right",
        textfont={"size": 10, "color": PLACE_COLOUR, "shadow": "auto"},
        hovertext=hover,
        hovertemplate="%{hovertext}<extra></extra>",
        name=translate("grenzeloos.map.places", lang),
        meta=ROLE_PLACES,
    )


def crossborder_map_figure(
    *,
    twente_geojson: dict[str, Any],
    german_geojson: dict[str, Any],
    gemeenten: pd.DataFrame,
    districts: pd.DataFrame,
    links: pd.DataFrame,
    places: pd.DataFrame,
    origins: pd.DataFrame,
    border: Sequence[Sequence[tuple[float, float]]],
    district_labels: pd.DataFrame | None,
    lang: str,
    height: int = GRENS_MAP_HEIGHT,
) -> go.Figure:
    """Twente and the EUREGIO districts on one map, with the border and the connections.

    ``gemeenten`` (gemeente_code, gemeente, grensoverschrijdend, aandeel) and
    ``districts`` (kreis_code, kreis, initiatieven) are shaded on one scale;
    ``links`` come from ``data.crossborder.links``, ``places`` from ``place_totals``;
    ``origins`` (code, lon, lat) are the municipalities' label points.
    """
    figure = go.Figure()
    for trace in _area_traces(
        twente_geojson=twente_geojson,
        german_geojson=german_geojson,
        gemeenten=gemeenten,
        districts=districts,
        lang=lang,
    ):
        figure.add_trace(trace)
    figure.add_traces(_link_traces(links, origins, lang))  # at once: add_trace per trace is quadratic
    figure.add_trace(_border_trace(border, lang))  # over the links, so the border stays visible
    if len(places):
        figure.add_trace(_place_trace(places, lang))
    if district_labels is not None:
        crowded = _near_a_place(district_labels, places)
        figure.add_trace(
            map_label_trace(
                labels=district_labels,
                font_size=11,
                italic=True,
                position=["bottom center" if near else "middle center" for near in crowded],
            )
        )
    figure.update_layout(
        geo=geo_layout(bounds=geojson_bounds(twente_geojson, german_geojson)),
        dragmode=LOCKED_DRAGMODE,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=height,
        separators=plotly_separators(lang),
        legend={"x": 0.01, "y": 0.99, "bgcolor": LEGEND_BACKGROUND, "font": {"size": 12}},
    )
    return figure


def _link_samples(counts: Sequence[int]) -> list[int]:
    """At most four line widths for the key: the fewest and most joint initiatives, and between."""
    distinct = sorted(set(counts))
    if len(distinct) <= 4:
        return distinct
    return sorted({distinct[round(i * (len(distinct) - 1) / 3)] for i in range(4)})


def _map_key_svg(*, links: pd.DataFrame, places: pd.DataFrame, top: int, lang: str) -> str:
    """The map's key: the colour scale, the border, a partner place and the line widths."""
    scale = colour_legend_svg(
        scale=SEQUENTIAL_SCALE,
        low="0",
        high=format_number(top, 0, lang),
        label=f"{translate('grenzeloos.map.colourbar', lang)}: 0 – {format_number(top, 0, lang)}",
    )
    rows: list[tuple[str, str]] = [
        (
            f'<line x1="0" x2="26" y1="0" y2="0" stroke="{BORDER_COLOUR}" stroke-width="3.5"/>',
            translate("grenzeloos.map.border", lang),
        )
    ]
    if len(places):
        rows.append(
            (
                f'<circle cx="13" cy="0" r="4.5" fill="{PLACE_COLOUR}"/>',
                translate("grenzeloos.map.places", lang),
            )
        )
    for count in _link_samples([int(n) for n in links["initiatieven"]]):
        line = (
            f'<line x1="0" x2="26" y1="0" y2="0" stroke="{LINK_COLOUR}" stroke-width="{link_width(count)}"/>'
        )
        rows.append((line, _count(count, lang)))
    body = [
        f'<g transform="translate(4 {10 + 20 * i})">{mark}'
        f'<text x="34" y="4" font-size="12" fill="{LABEL_COLOUR}">{escape(text)}</text></g>'
        for i, (mark, text) in enumerate(rows)
    ]
    words = "; ".join(text for _, text in rows)
    return scale + svg_document(body, width=300, height=20 * len(rows) + 2, label=words)


def crossborder_map_svg(
    *,
    twente_geojson: dict[str, Any],
    german_geojson: dict[str, Any],
    gemeenten: pd.DataFrame,
    districts: pd.DataFrame,
    links: pd.DataFrame,
    places: pd.DataFrame,
    origins: pd.DataFrame,
    border: Sequence[Sequence[tuple[float, float]]],
    district_labels: pd.DataFrame | None,
    lang: str,
) -> tuple[str, str]:
    """The cross-border map drawn on the server (no plotly.js): the picture and its key.

    The same layers and tips as ``crossborder_map_figure``: Twente and the districts on
    one colour scale, the links (pointed at anywhere along the line), the border, the
    partner places by size, and the districts' names in italics.
    """
    projection = padded_projection(twente_geojson, german_geojson)
    label = translate("grenzeloos.map.title", lang)
    if projection is None:
        return picture_document([], width=1, height=1, label=label, selectable=False), ""
    top = max(int(gemeenten["grensoverschrijdend"].max()), int(districts["initiatieven"].max()), 1)

    def fills(codes: pd.Series, values: pd.Series) -> dict[str, str]:
        return {
            str(c): scale_colour(SEQUENTIAL_SCALE, float(v) / top) for c, v in zip(codes, values, strict=True)
        }

    body = area_paths(
        projection=projection,
        geojson=twente_geojson,
        fills=fills(gemeenten["gemeente_code"], gemeenten["grensoverschrijdend"]),
        tips=dict(zip(gemeenten["gemeente_code"], _gemeente_tips(gemeenten, lang), strict=True)),
        selectable=False,
        opacity=0.85,
    )
    body += area_paths(
        projection=projection,
        geojson=german_geojson,
        fills=fills(districts["kreis_code"], districts["initiatieven"]),
        tips=dict(zip(districts["kreis_code"], _kreis_tips(districts, lang), strict=True)),
        selectable=False,
        opacity=0.85,
    )
    joined = _drawable_links(links, origins)
    for row, tip in zip(joined.itertuples(index=False), _link_tips(joined, lang), strict=True):
        (x1, y1), (x2, y2) = projection.xy(row.lon_van, row.lat_van), projection.xy(row.lon, row.lat)
        ends = f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}"'
        body.append(
            f"<g {item_attributes(code=str(row.gemeente_code), tip=tip, selectable=False)}>"
            f'<line {ends} stroke="{LINK_COLOUR}" stroke-width="{link_width(int(row.initiatieven)):.1f}" '
            f'stroke-linecap="round"/><line {ends} stroke="transparent" stroke-width="12"/></g>'
        )
    for line in border:
        points = " ".join("{:.1f},{:.1f}".format(*projection.xy(lon, lat)) for lon, lat in line)
        body.append(
            f'<polyline points="{points}" fill="none" stroke="{BORDER_COLOUR}" stroke-width="3.5" '
            'stroke-linejoin="round" pointer-events="none"/>'
        )
    for row, tip in zip(places.itertuples(index=False), _place_tips(places, lang), strict=True):
        x, y = projection.xy(row.lon, row.lat)
        radius = (7 + 2.2 * math.sqrt(row.initiatieven)) / 2
        body.append(
            f"<g {item_attributes(code=str(row.kreis_code), tip=tip, selectable=False)}>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="{PLACE_COLOUR}"/></g>'
        )
    names = [
        map_name(x=x, y=y, name=str(row.plaats), side="middle right", kind="place")
        for row in places.itertuples(index=False)
        for x, y in [projection.xy(row.lon, row.lat)]
    ]
    if district_labels is not None:
        crowded = _near_a_place(district_labels, places)
        names += [
            map_name(
                x=x,
                y=y,
                name=str(row.naam),
                side="bottom center" if near else "middle center",
                kind="district",
            )
            for row, near in zip(district_labels.itertuples(index=False), crowded, strict=True)
            for x, y in [projection.xy(row.lon, row.lat)]
        ]
    picture = picture_document(
        body + names, width=MAP_UNITS, height=projection.height, label=label, selectable=False
    )
    return picture, _map_key_svg(links=joined, places=places, top=top, lang=lang)


def _near_a_place(labels: pd.DataFrame, places: pd.DataFrame) -> list[bool]:
    """Whether a district's label point would sit on a partner place's dot or name."""
    return [
        bool(((places["lon"] - row.lon).abs().lt(0.15) & (places["lat"] - row.lat).abs().lt(0.05)).any())
        for row in labels.itertuples(index=False)
    ]


def gemeente_share_bars(*, frame: pd.DataFrame, lang: str) -> tuple[str, str]:
    """Share of each municipality's initiatives that are cross-border, highest on top: bars
    (SVG) and the same in words (alt text).  A picture: the table beside it has the numbers."""
    data = frame.dropna(subset=["aandeel"]).sort_values("aandeel", ascending=False, kind="stable")
    texts = [
        f"{_percent(a, lang)} ({g}/{n})"
        for a, g, n in data[["aandeel", "grensoverschrijdend", "initiatieven"]].itertuples(index=False)
    ]
    axis = translate("grenzeloos.chart.share_axis", lang)
    svg = bars_svg(
        names=[str(g) for g in data["gemeente"]],
        values=[float(a) * 100 for a in data["aandeel"]],
        colours=[CROSS_COLOUR] * len(data),
        value_texts=texts,
        maximum=100.0,
        axis_title=axis,
        label=axis,
    )
    words = "; ".join(f"{g}: {t}" for g, t in zip(data["gemeente"], texts, strict=True))
    return svg, f"{axis}: {words}"


def trend_svg(*, frame: pd.DataFrame, lang: str, selected: tuple[int, int] | None = None) -> tuple[str, str]:
    """Initiatives per year, the cross-border ones under the rest: the picture and the same in words.

    Each column's share of cross-border initiatives stands above it; years outside
    ``selected`` are paler.
    """
    years = [int(y) for y in frame["jaar"]]
    cross = [float(v) for v in frame["grensoverschrijdend"]]
    totals = [float(v) for v in frame["initiatieven"]]
    shares = [_percent(a, lang) for a in frame["aandeel"]]
    with_german = translate("grenzeloos.chart.with_german", lang)
    svg = stacked_columns_svg(
        categories=[str(y) for y in years],
        stacks=[
            (with_german, CROSS_COLOUR, cross),
            (
                translate("grenzeloos.chart.without_german", lang),
                OTHER_COLOUR,
                [t - c for t, c in zip(totals, cross, strict=True)],
            ),
        ],
        total_texts=shares,
        label=translate("grenzeloos.trend.title", lang),
        faded=frozenset(i for i, y in enumerate(years) if selected and not selected[0] <= y <= selected[1]),
    )
    words = "; ".join(
        f"{y}: {format_number(c, 0, lang)} / {format_number(t, 0, lang)} ({share})"
        for y, c, t, share in zip(years, cross, totals, shares, strict=True)
    )
    return svg, f"{translate('grenzeloos.trend.title', lang)} ({with_german}): {words}"


def discipline_svg(*, frame: pd.DataFrame, lang: str) -> tuple[str, str]:
    """Cross-border initiatives per discipline, most on top: the picture and the same in words."""
    data = frame.sort_values(["grensoverschrijdend", "discipline"], ascending=[False, True])
    names = [DISCIPLINE_BY_CODE[c].name(lang) for c in data["discipline"]]
    texts = [
        f"{format_number(n, 0, lang)} ({_percent(a, lang)})"
        for n, a in zip(data["grensoverschrijdend"], data["aandeel"], strict=True)
    ]
    axis = translate("grenzeloos.chart.cross_initiatives", lang)
    svg = bars_svg(
        names=names,
        values=[float(n) for n in data["grensoverschrijdend"]],
        colours=[CROSS_COLOUR] * len(data),
        value_texts=texts,
        maximum=float(max(data["grensoverschrijdend"].max(), 1)) if len(data) else 1.0,
        axis_title=axis,
        label=axis,
    )
    words = "; ".join(f"{name}: {text}" for name, text in zip(names, texts, strict=True))
    return svg, f"{translate('grenzeloos.discipline.title', lang)}: {words}"


# --- Tables ------------------------------------------------------------------------------


def _years(first: int, last: int) -> str:
    return year_span(first, last)


def partnership_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The links as a table a reader can take away; numbers stay numbers."""
    return pd.DataFrame(
        {
            translate("grenzeloos.col.gemeente", lang): frame["gemeente"],
            translate("grenzeloos.col.plaats", lang): frame["plaats"],
            translate("grenzeloos.col.kreis", lang): frame["kreis"],
            translate("grenzeloos.col.organisaties", lang): [", ".join(o) for o in frame["organisaties"]],
            translate("grenzeloos.col.aantal", lang): frame["initiatieven"].astype("int64"),
            translate("grenzeloos.col.initiatieven", lang): [", ".join(n) for n in frame["namen"]],
            translate("grenzeloos.col.jaren", lang): [
                _years(int(a), int(b))
                for a, b in zip(frame["eerste_jaar"], frame["laatste_jaar"], strict=True)
            ],
            translate("grenzeloos.col.budget", lang): frame["budget"].round(2),
        }
    )


def gemeente_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Per municipality: initiatives, cross-border ones, their share and the German places."""
    return pd.DataFrame(
        {
            translate("grenzeloos.col.gemeente", lang): frame["gemeente"],
            translate("grenzeloos.col.alle", lang): frame["initiatieven"].astype("int64"),
            translate("grenzeloos.col.grens", lang): frame["grensoverschrijdend"].astype("int64"),
            translate("grenzeloos.col.aandeel", lang): (frame["aandeel"] * 100).round(1),
            translate("grenzeloos.col.plaatsen", lang): [", ".join(p) for p in frame["plaatsen"]],
        }
    )


def table_csv(table: pd.DataFrame, lang: str) -> bytes:
    """CSV as Excel expects it in the reader's language: ``;`` and decimal comma except in English.

    Written by ``data.safe_files``: an organisation named ``=HYPERLINK(...)`` stays text.
    """
    return csv_bytes(table, dutch=lang != "en")


def kpi_values(kpis: CrossBorderKpis, lang: str) -> list[tuple[str, str, str]]:
    """(label, value, explanation) for each KPI tile, formatted for the language."""
    share = _percent(kpis.share, lang)
    programme = _percent(kpis.programme_share, lang)
    return [
        (
            translate("grenzeloos.kpi.cross", lang),
            format_number(kpis.cross_border, 0, lang),
            translate("grenzeloos.kpi.cross.help", lang, total=format_number(kpis.initiatives, 0, lang)),
        ),
        (translate("grenzeloos.kpi.share", lang), share, translate("grenzeloos.kpi.share.help", lang)),
        (
            translate("grenzeloos.kpi.partners", lang),
            format_number(kpis.german_partners, 0, lang),
            translate(
                "grenzeloos.kpi.partners.help",
                lang,
                places=format_number(kpis.german_places, 0, lang),
                districts=format_number(kpis.german_districts, 0, lang),
            ),
        ),
        (
            translate("grenzeloos.kpi.places", lang),
            format_number(kpis.german_places, 0, lang),
            translate("grenzeloos.kpi.places.help", lang),
        ),
        (
            translate("grenzeloos.kpi.budget", lang),
            format_euro(kpis.budget, lang),
            translate("grenzeloos.kpi.budget.help", lang),
        ),
        (
            translate("grenzeloos.kpi.programme", lang),
            format_euro(kpis.programme_funding, lang),
            translate("grenzeloos.kpi.programme.help", lang, share=programme),
        ),
        (
            translate("grenzeloos.kpi.participants", lang),
            format_number(kpis.participants, 0, lang),
            translate(
                "grenzeloos.kpi.participants.help_split"
                if kpis.split_reported
                else "grenzeloos.kpi.participants.help",
                lang,
            ),
        ),
        *_germany_tile(kpis, lang),
    ]


def _germany_tile(kpis: CrossBorderKpis, lang: str) -> list[tuple[str, str, str]]:
    """Participants from Germany, only when some initiatives report them (never a guessed 0)."""
    if not kpis.split_reported:
        return []
    share = kpis.participants_germany / kpis.split_participants if kpis.split_participants else None
    help_text = translate(
        "grenzeloos.kpi.germany.help",
        lang,
        share=_percent(share, lang),
        reach=format_number(kpis.split_participants, 0, lang),
        reported=format_number(kpis.split_reported, 0, lang),
        cross=format_number(kpis.cross_border, 0, lang),
    )
    return [
        (
            translate("grenzeloos.kpi.germany", lang),
            format_number(kpis.participants_germany, 0, lang),
            help_text,
        )
    ]


def district_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The German side of the map as a table: every district with its initiatives and places."""
    return pd.DataFrame(
        {
            translate("grenzeloos.col.kreis", lang): frame["kreis"],
            translate("grenzeloos.col.kreis_initiatieven", lang): frame["initiatieven"].astype("int64"),
            translate("grenzeloos.col.kreis_plaatsen", lang): frame["plaatsen"].astype("int64"),
        }
    )
