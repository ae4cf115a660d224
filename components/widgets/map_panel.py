"""A map with its attribution and its accessible twin: the same numbers as a table."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import streamlit as st

from components import cache
from components.cache import cached_figures
from components.charts.clickable_svg import areas_svg, map_legend_svg, scale_fills
from components.charts.maps import DIVERGING_SCALE, MAP_HEIGHT, SEQUENTIAL_SCALE, hover_lines
from components.widgets.clickable_picture import clickable_picture
from data.formatting import escape_markdown, format_difference, format_value
from data.i18n import translate
from data.indicators import Indicator


def change_hover_lines(frame: pd.DataFrame, *, unit: str, lang: str) -> list[list[str]]:
    """Hover lines of the change map: name, from → to, the change, and Twente's change."""
    lines = []
    for row in frame.itertuples(index=False):
        if pd.isna(row.waarde):
            lines.append([str(row.naam), translate("map.no_data", lang)])
            continue
        period = f"{format_value(row.van, unit, lang)} → {format_value(row.tot, unit, lang)}"
        change = format_difference(row.waarde, unit, lang)
        twente = format_difference(row.twente, unit, lang)
        lines.append([str(row.naam), period, change, f"Twente: {twente}"])
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
def indicator_map_markup(
    frame: pd.DataFrame,
    unit: str,
    higher_is_better: bool,
    lang: str,
    label: str,
    change: bool,
    clickable: bool,
) -> tuple[str, str]:
    """The map and its colour bar, built once per frame and view."""
    hover = (change_hover_lines if change else hover_lines)(frame, unit=unit, lang=lang)
    scale, midpoint = (DIVERGING_SCALE, 0.0) if change else (SEQUENTIAL_SCALE, None)
    fills = scale_fills(frame=frame, colour_scale=scale, higher_is_better=higher_is_better, midpoint=midpoint)
    picture = areas_svg(
        geojson=cache.twente_geojson(),
        fills=fills,
        tips=dict(zip(frame["gemeente_code"], hover, strict=True)),
        labels=cache.twente_labels(),
        label=label,
        selectable=clickable,
    )
    legend = map_legend_svg(
        frame=frame,
        unit=unit,
        lang=lang,
        colour_scale=scale,
        higher_is_better=higher_is_better,
        midpoint=midpoint,
        change=change,
    )
    return picture, legend


def draw_indicator_map(
    *,
    frame: pd.DataFrame,
    indicator: Indicator,
    lang: str,
    key: str,
    label: str,
    clickable: bool = False,
    change: bool = False,
) -> str | None:
    """The labelled map with its attribution, or the Dutch reason it cannot be drawn.

    ``change`` colours a change (a diverging scale around zero, from → to in the tips).
    With ``clickable`` a click (or Enter) on a municipality returns its code.
    """
    problem = cache.boundary_problem(lang)
    if problem:
        st.error(translate("map.unavailable", lang, reason=escape_markdown(problem)))
        return None
    picture, legend = indicator_map_markup(
        frame, indicator.unit, indicator.higher_is_better, lang, label, change, clickable
    )
    code = clickable_picture(
        markup=picture, legend=legend, key=key, max_height=MAP_HEIGHT, clickable=clickable
    )
    st.caption(translate("geo.credit", lang))
    return code


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


def render_indicator_map(
    *, frame: pd.DataFrame, indicator: Indicator, lang: str, key: str, label: str
) -> None:
    """The map plus the same numbers as a table (open when the map cannot be drawn)."""
    draw_indicator_map(frame=frame, indicator=indicator, lang=lang, key=key, label=label)
    expanded = bool(cache.boundary_problem())
    with table_expander(translate("table.as_table", lang), key=f"{key}_table", expanded=expanded) as open_:
        if open_:
            st.dataframe(indicator_table(frame, indicator, lang), hide_index=True)
