"""A map with its attribution and its accessible twin: the same numbers as a table."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import cache
from components.cache import cached_figures
from components.charts.maps import MAP_CONFIG, choropleth_figure
from data.formatting import escape_markdown, format_difference, format_value
from data.i18n import translate
from data.indicators import Indicator


def selected_gemeente(event: object) -> str | None:
    """The municipality code a click on a map or bar chart selected (its customdata)."""
    try:
        points = event.selection.points  # type: ignore[attr-defined]
    except AttributeError:
        return None
    for point in points or []:
        custom = point.get("customdata")
        if isinstance(custom, list | tuple) and custom:
            return str(custom[0])
        if isinstance(custom, str):
            return custom
        if point.get("location"):
            return str(point["location"])
    return None


def change_hover_lines(frame: pd.DataFrame, *, unit: str, lang: str) -> list[str]:
    """Hover text for the change map: from → to, the change, and Twente's change."""
    lines = []
    for row in frame.itertuples(index=False):
        if pd.isna(row.waarde):
            lines.append(f"<b>{row.naam}</b><br>{translate('map.no_data', lang)}")
            continue
        period = f"{format_value(row.van, unit, lang)} → {format_value(row.tot, unit, lang)}"
        change = format_difference(row.waarde, unit, lang)
        twente = format_difference(row.twente, unit, lang)
        lines.append(f"<b>{row.naam}</b><br>{period}<br>{change}<br>Twente: {twente}")
    return lines


def indicator_download_table(
    frame: pd.DataFrame, indicator: Indicator, lang: str, *, change: bool = False
) -> pd.DataFrame:
    """The map's numbers to take away: numbers as numbers (a spreadsheet can compute with them)."""
    unit = indicator.unit
    value_header = translate("kaart.col.change" if change else "col.value", lang, unit=unit)
    return pd.DataFrame(
        {
            translate("col.rank", lang): frame["rang"].astype("Int64"),
            translate("col.code", lang): frame["gemeente_code"],
            translate("col.gemeente", lang): frame["naam"],
            value_header: frame["waarde"].round(2),
            f"{translate('col.diff_twente', lang)} ({unit})": frame["verschil_twente"].round(2),
            f"{translate('col.diff_nl', lang)} ({unit})": frame["verschil_nederland"].round(2),
        }
    )


def indicator_table(
    frame: pd.DataFrame, indicator: Indicator, lang: str, *, change: bool = False
) -> pd.DataFrame:
    """The map's numbers as a readable table, formatted for the language."""
    unit = indicator.unit
    if change:
        value_header = translate("kaart.col.change", lang, unit=unit)
        values = [format_difference(v, unit, lang) for v in frame["waarde"]]
    else:
        value_header = translate("col.value", lang, unit=unit)
        values = [format_value(v, unit, lang) for v in frame["waarde"]]
    return pd.DataFrame(
        {
            translate("col.rank", lang): frame["rang"].astype("Int64"),
            translate("col.gemeente", lang): frame["naam"],
            value_header: values,
            translate("col.diff_twente", lang): [
                format_difference(v, unit, lang) for v in frame["verschil_twente"]
            ],
            translate("col.diff_nl", lang): [
                format_difference(v, unit, lang) for v in frame["verschil_nederland"]
            ],
        }
    )


@cached_figures
def _indicator_map_figure(
    frame: pd.DataFrame, unit: str, higher_is_better: bool, lang: str, **style: object
) -> go.Figure:
    """Keyed on the frame's contents and the style: the same numbers draw the same map."""
    return choropleth_figure(
        geojson=cache.twente_geojson(),
        frame=frame,
        unit=unit,
        higher_is_better=higher_is_better,
        lang=lang,
        labels=cache.twente_labels(),
        **style,
    )


def draw_indicator_map(
    *,
    frame: pd.DataFrame,
    indicator: Indicator,
    lang: str,
    key: str,
    selectable: bool = False,
    **style: object,
) -> object | None:
    """The labelled map with its attribution, or the Dutch reason it cannot be drawn.

    ``style`` goes to :func:`choropleth_figure` (hover_text, colour_scale, midpoint).
    With ``selectable`` a click selects a municipality; the selection event is returned.
    """
    problem = cache.boundary_problem(lang)
    if problem:
        st.error(translate("map.unavailable", lang, reason=escape_markdown(problem)))
        return None
    figure = _indicator_map_figure(frame, indicator.unit, indicator.higher_is_better, lang, **style)
    selection = {"on_select": "rerun", "selection_mode": "points"} if selectable else {}
    event = st.plotly_chart(figure, key=key, config=MAP_CONFIG, **selection)
    st.caption(translate("geo.credit", lang))
    return event


@contextmanager
def table_expander(label: str, *, key: str, expanded: bool = False) -> Iterator[bool]:
    """A chart's table, built only once a reader opens it (yields whether it is open).

    Closed, the browser draws one data grid less when the page first loads, which a
    slow laptop notices; opening it reruns the page (about 50 ms) and shows the table.
    ``expanded`` opens it from the start, e.g. when the map cannot be drawn.
    """
    if key not in st.session_state and expanded:
        st.session_state[key] = True
    box = st.expander(label, key=key, on_change="rerun")
    with box:
        yield bool(box.open)


def render_indicator_map(*, frame: pd.DataFrame, indicator: Indicator, lang: str, key: str) -> None:
    """The map plus the same numbers as a table (open when the map cannot be drawn)."""
    draw_indicator_map(frame=frame, indicator=indicator, lang=lang, key=key)
    expanded = bool(cache.boundary_problem())
    with table_expander(translate("table.as_table", lang), key=f"{key}_table", expanded=expanded) as open_:
        if open_:
            st.dataframe(indicator_table(frame, indicator, lang), hide_index=True)
