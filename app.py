"""Cultuurdashboard Twente: the page registry.

Run with ``streamlit run app.py``.  The first start builds a database with fictional
demo data (see ``data/demo.py``); every page says so while that data is shown.
"""

from __future__ import annotations

import streamlit as st

from components.lazy_imports import import_lazy_modules
from components.widgets.navigation import render_navigation
from components.widgets.page_setup import current_language, render_sidebar
from data.i18n import translate

import_lazy_modules()  # before any chart: concurrent first imports break PIL

st.set_page_config(
    page_title=translate("app.title"),  # before the language is known: Dutch, the source language
    page_icon="🎭",
    layout="wide",
    # Collapsed on phones (Streamlit's "auto": up to 768 px wide), open on tablets and laptops.
    initial_sidebar_state="auto",
)

lang = current_language()


def _page(path: str, key: str, icon: str, *, default: bool = False) -> st.Page:
    return st.Page(
        path,
        title=translate(f"page.{key}", lang),
        icon=icon,
        url_path=key,
        default=default,
    )


sections = {
    translate("nav.section.overview", lang): [
        _page("app_pages/overzicht.py", "overzicht", ":material/dashboard:", default=True),
        _page("app_pages/kaart.py", "kaart", ":material/map:"),
        _page("app_pages/gemeenteprofiel.py", "gemeenteprofiel", ":material/location_city:"),
    ],
    translate("nav.section.analysis", lang): [
        _page("app_pages/themas.py", "themas", ":material/category:"),
        _page("app_pages/grenzeloos.py", "grenzeloos", ":material/diversity_3:"),
    ],
    translate("nav.section.initiatives", lang): [
        _page("app_pages/initiatieven.py", "initiatieven", ":material/list_alt:"),
        _page("app_pages/verkennen.py", "verkennen", ":material/query_stats:"),
    ],
    translate("nav.section.cocreatie", lang): [
        _page("app_pages/initiatief_aanmelden.py", "initiatief_aanmelden", ":material/edit_note:"),
        _page("app_pages/voorbeelden.py", "voorbeelden", ":material/lightbulb:"),
    ],
    translate("nav.section.share", lang): [
        _page("app_pages/presenteren.py", "presenteren", ":material/slideshow:"),
        _page("app_pages/data_beheer.py", "data_beheer", ":material/upload_file:"),
        _page("app_pages/over_de_data.py", "over_de_data", ":material/info:"),
    ],
}
# Streamlit's own sidebar menu nests <div>s in a <ul>, which screen readers and the
# WCAG checks reject; the same pages are listed as plain links instead.
navigation = st.navigation(sections, position="hidden")
render_navigation(sections, lang)
render_sidebar()
navigation.run()
