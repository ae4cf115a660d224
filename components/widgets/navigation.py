"""The sidebar menu: every page grouped by section, as plain accessible links."""

from __future__ import annotations

import streamlit as st

from data.i18n import translate


def render_navigation(sections: dict[str, list[st.Page]], lang: str) -> None:
    with st.sidebar:
        st.markdown(f"### {translate('app.title', lang)}")
        for title, pages in sections.items():
            st.caption(title)
            for page in pages:
                st.page_link(page)
        st.divider()
