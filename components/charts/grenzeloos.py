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
    LEGEND_BACKGROUND,
    LINK_COLOUR,
    OTHER_COLOUR,
    PLACE_COLOUR,
)
from components.charts.svg import bars_svg
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


def _link_traces(links: pd.DataFrame, origins: pd.DataFrame, lang: str) -> list[go.Scattergeo]:
    """One line trace per number of joint initiatives (its width), plus hover points midway."""
    start = origins.set_index("code")[["lon", "lat"]].rename(columns={"lon": "lon_van", "lat": "lat_van"})
    frame = links.join(start, on="gemeente_code").dropna(subset=["lon", "lat", "lon_van"])
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


def trend_figure(*, frame: pd.DataFrame, lang: str, selected: tuple[int, int] | None = None) -> go.Figure:
    """Initiatives per year, the cross-border ones stacked under the rest, with their share.

    Years outside ``selected`` (first, last) are drawn paler, so the trend stays
    visible while the page's figures are about the chosen years.
    """
    opacity = [
        1.0 if selected is None or selected[0] <= year <= selected[1] else 0.45 for year in frame["jaar"]
    ]
    figure = go.Figure()
    figure.add_trace(
        go.Bar(
            x=frame["jaar"],
            y=frame["grensoverschrijdend"],
            name=translate("grenzeloos.chart.with_german", lang),
            marker={"color": CROSS_COLOUR, "opacity": opacity},
            text=[_percent(a, lang) for a in frame["aandeel"]],
            textposition="inside",
        )
    )
    figure.add_trace(
        go.Bar(
            x=frame["jaar"],
            y=frame["initiatieven"] - frame["grensoverschrijdend"],
            name=translate("grenzeloos.chart.without_german", lang),
            marker={"color": OTHER_COLOUR, "opacity": opacity},
        )
    )
    figure.update_layout(
        barmode="stack",
        height=340,
        margin={"l": 0, "r": 0, "t": 10, "b": 40},
        xaxis={"type": "category", "title": {"text": translate("grenzeloos.chart.year", lang)}},
        yaxis={"title": {"text": translate("grenzeloos.chart.initiatives", lang)}},
        legend={"orientation": "h", "y": -0.25},
        separators=plotly_separators(lang),
    )
    return figure


def discipline_figure(*, frame: pd.DataFrame, lang: str) -> go.Figure:
    """Cross-border initiatives per discipline, most on top."""
    data = frame.sort_values(["grensoverschrijdend", "discipline"], ascending=[True, False])
    names = [DISCIPLINE_BY_CODE[c].name(lang) for c in data["discipline"]]
    figure = go.Figure(
        go.Bar(
            x=data["grensoverschrijdend"],
            y=names,
            orientation="h",
            marker={"color": CROSS_COLOUR},
            text=[_percent(a, lang) for a in data["aandeel"]],
            hovertemplate="%{y}: %{x} (%{text})<extra></extra>",
            textposition="outside",
            cliponaxis=False,
        )
    )
    figure.update_layout(
        height=340,
        margin={"l": 0, "r": 40, "t": 10, "b": 40},
        xaxis={"title": {"text": translate("grenzeloos.chart.cross_initiatives", lang)}},
        separators=plotly_separators(lang),
    )
    return figure


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
