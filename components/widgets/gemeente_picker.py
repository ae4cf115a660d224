"""The Gemeenteprofiel before a municipality is chosen: every municipality on a map and in a list.

The map is a clickable picture drawn on the server like Kaart's
(``components/charts/clickable_svg.py``): the app's own boundaries, no tiles, no
plotly.js.  A click (or Enter) on a municipality opens its profile; every name in the
list is a link with the profile's stable URL, ``/gemeenteprofiel?gemeente=GM0153``.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components import cache
from components.cache import cached_figures
from components.charts.clickable_svg import areas_svg
from components.charts.palette import PICK_COLOUR
from components.widgets.clickable_picture import clickable_picture
from data.i18n import translate
from data.reference import GEMEENTEN

PROFILE_PAGE = "app_pages/gemeenteprofiel.py"
PICK_MAP_HEIGHT = 520
LIST_COLUMNS = 2


@cached_figures
def picker_map(lang: str) -> str:
    """The 14 municipalities in one colour, named, each a button that opens its profile."""
    hover = translate("profile.pick.hover", lang)
    return areas_svg(
        geojson=cache.twente_geojson(),
        fills={g.code: PICK_COLOUR for g in GEMEENTEN},
        tips={g.code: [g.naam, hover] for g in GEMEENTEN},
        labels=cache.twente_labels(),
        label=translate("profile.pick.map_alt", lang),
        selectable=True,
    )


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
        clicked = clickable_picture(
            markup=picker_map(lang), key=key, max_height=PICK_MAP_HEIGHT, clickable=True
        )
        st.caption(translate("geo.credit", lang))
    with right:
        st.markdown(f"**{translate('profile.pick.list', lang)}**")
        gemeente_links(lang)
        below = st.container()
    return clicked, below
