"""A map with its attribution and its accessible twin: the same numbers as a table."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import data_access
from components.maps import MAP_CONFIG, choropleth_figure
from data.formatting import format_difference, format_value
from data.i18n import translate
from data.indicators import Indicator


def indicator_table(frame: pd.DataFrame, indicator: Indicator, lang: str) -> pd.DataFrame:
    """The map's numbers as a readable table, formatted for the language."""
    unit = indicator.unit
    return pd.DataFrame(
        {
            translate("col.rank", lang): frame["rang"].astype("Int64"),
            translate("col.gemeente", lang): frame["naam"],
            translate("col.value", lang, unit=unit): [format_value(v, unit, lang) for v in frame["waarde"]],
            translate("col.diff_twente", lang): [
                format_difference(v, unit, lang) for v in frame["verschil_twente"]
            ],
            translate("col.diff_nl", lang): [
                format_difference(v, unit, lang) for v in frame["verschil_nederland"]
            ],
        }
    )


def render_indicator_map(*, frame: pd.DataFrame, indicator: Indicator, lang: str, key: str) -> None:
    problem = data_access.boundary_problem()
    if problem:
        st.error(translate("map.unavailable", lang, reason=problem))
    else:
        figure = choropleth_figure(
            geojson=data_access.twente_geojson(),
            frame=frame,
            unit=indicator.unit,
            higher_is_better=indicator.higher_is_better,
            lang=lang,
            labels=data_access.twente_labels(),
        )
        st.plotly_chart(figure, key=key, config=MAP_CONFIG)
        st.caption(translate("map.attribution", lang))
    with st.expander(translate("table.as_table", lang), expanded=bool(problem)):
        st.dataframe(indicator_table(frame, indicator, lang), hide_index=True)
