"""Cultuurdashboard Twente: the page registry.

Run with ``streamlit run app.py``.  The first start builds a database with fictional
demo data (see ``data/demo.py``); every page says so while that data is shown.
"""

from __future__ import annotations

import streamlit as st

from components.page_setup import render_sidebar
from data.i18n import translate

st.set_page_config(
    page_title="Cultuurdashboard Twente",
    page_icon="🎭",
    layout="wide",
    initial_sidebar_state="expanded",
)

ctx = render_sidebar()


def _page(path: str, key: str, icon: str, *, default: bool = False) -> st.Page:
    return st.Page(
        path,
        title=translate(f"page.{key}", ctx.lang),
        icon=icon,
        url_path=key,
        default=default,
    )


navigation = st.navigation(
    {
        translate("nav.section.overview", ctx.lang): [
            _page("pages/overzicht.py", "overzicht", ":material/dashboard:", default=True),
            _page("pages/kaart.py", "kaart", ":material/map:"),
            _page("pages/gemeenteprofiel.py", "gemeenteprofiel", ":material/location_city:"),
        ],
        translate("nav.section.analysis", ctx.lang): [
            _page("pages/themas.py", "themas", ":material/category:"),
            _page("pages/grenzeloos.py", "grenzeloos", ":material/diversity_3:"),
        ],
        translate("nav.section.initiatives", ctx.lang): [
            _page("pages/initiatieven.py", "initiatieven", ":material/list_alt:"),
            _page("pages/verkennen.py", "verkennen", ":material/query_stats:"),
        ],
        translate("nav.section.share", ctx.lang): [
            _page("pages/presenteren.py", "presenteren", ":material/slideshow:"),
            _page("pages/data_beheer.py", "data_beheer", ":material/upload_file:"),
            _page("pages/over_de_data.py", "over_de_data", ":material/info:"),
        ],
    }
)
navigation.run()
