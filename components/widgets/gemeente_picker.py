"""The Gemeenteprofiel before a municipality is chosen: every municipality on a map and in a list.

The map is the same offline plotly ``geo`` map as every other (``components/charts/maps.py``):
SVG from the app's own boundaries, names as SVG text, no tiles.  A click on a
municipality selects it (its CBS code rides along as ``customdata``); every name in the
list is a link with the profile's stable URL, ``/gemeenteprofiel?gemeente=GM0153``.
"""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components import cache
from components.cache import cached_figures
from components.charts.maps import (
    LOCKED_DRAGMODE,
    MAP_CONFIG,
    geo_layout,
    geojson_bounds,
    map_label_trace,
    twente_label_positions,
)
from components.charts.palette import PICK_COLOUR
from components.widgets.map_panel import selected_gemeente
from data.i18n import translate
from data.reference import GEMEENTEN

PROFILE_PAGE = "app_pages/gemeenteprofiel.py"
PICK_MAP_HEIGHT = 520
LIST_COLUMNS = 2


@cached_figures
def picker_map(lang: str) -> go.Figure:
    """The 14 municipalities in one colour, named, each clickable (customdata: its CBS code)."""
    geojson = cache.twente_geojson()
    codes = [g.code for g in GEMEENTEN]
    hover = translate("profile.pick.hover", lang)
    figure = go.Figure(
        go.Choropleth(
            geojson=geojson,
            featureidkey="properties.code",
            locations=codes,
            z=[0] * len(codes),
            customdata=[[code] for code in codes],
            text=[f"<b>{g.naam}</b><br>{hover}" for g in GEMEENTEN],
            hovertemplate="%{text}<extra></extra>",
            colorscale=[[0, PICK_COLOUR], [1, PICK_COLOUR]],
            showscale=False,
            marker={"line": {"color": "white", "width": 1.2}},
            name="",
        )
    )
    labels = cache.twente_labels()
    figure.add_trace(map_label_trace(labels=labels, position=twente_label_positions(labels)))
    figure.update_layout(
        geo=geo_layout(bounds=geojson_bounds(geojson)),
        dragmode=LOCKED_DRAGMODE,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        height=PICK_MAP_HEIGHT,
        showlegend=False,
    )
    return figure


def gemeente_links(lang: str, columns: int = LIST_COLUMNS) -> None:
    """Every municipality as a link to its profile, keeping the language in the URL.

    Alphabetical down each column, as a reader scans a list.
    """
    per_column = -(-len(GEMEENTEN) // columns)
    for slot, start in zip(st.columns(columns), range(0, len(GEMEENTEN), per_column), strict=False):
        with slot:
            for gemeente in GEMEENTEN[start : start + per_column]:
                st.page_link(
                    PROFILE_PAGE,
                    label=gemeente.naam,
                    icon=":material/location_city:",
                    query_params={"gemeente": gemeente.code, "lang": lang},
                )


def render_gemeente_picker(lang: str, *, key: str = "profiel_kaart") -> tuple[str | None, DeltaGenerator]:
    """The map (when boundaries are there) beside the list.

    Returns the code of a municipality clicked on the map (or None), and the container
    below the list, for the page's own chooser.
    """
    st.markdown(translate("profile.pick.intro", lang))
    if cache.boundary_problem():
        st.markdown(f"**{translate('profile.pick.list', lang)}**")
        gemeente_links(lang, columns=3)
        return None, st.container()
    left, right = st.columns([3, 2])
    with left:
        event = st.plotly_chart(
            picker_map(lang),
            key=key,
            config=MAP_CONFIG,
            on_select="rerun",
            selection_mode="points",
            alt=translate("profile.pick.map_alt", lang),
        )
        st.caption(translate("geo.credit", lang))
    with right:
        st.markdown(f"**{translate('profile.pick.list', lang)}**")
        gemeente_links(lang)
        below = st.container()
    return selected_gemeente(event), below
