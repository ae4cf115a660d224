"""Voorbeelden: inspiring examples of collaborations that already exist, as cards (issue 17).

A moderator marks them in Data beheer with a short story; the cards are filterable by
theme and ``?voorbeeld=<initiative id>`` opens one alone.
"""

import streamlit as st

from components.views import voorbeelden as voorbeelden_view
from components.widgets.page_setup import context, page_header, t

ctx = context()
page_header(t("page.voorbeelden"), ctx)
st.caption(t("voorbeelden.intro"))
voorbeelden_view.render_examples(ctx.lang)
