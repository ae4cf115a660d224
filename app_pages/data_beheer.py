"""Data beheer: templates, then upload, check, preview and commit partners' files; undo; proposals.

Only for authorised users (see components/auth.py); the rest of the app stays public.
"""

import streamlit as st

from components import auth
from components.views import data_beheer as view
from components.views import data_beheer_moderatie as moderatie
from components.widgets.page_setup import context, page_header, t

ctx = context()
page_header(t("page.data_beheer"), ctx, shows_figures=False)
st.markdown(t("beheer.intro"))

user = auth.require_user(ctx.lang)
if user is None:
    st.stop()

config = auth.load_config()
proposals = moderatie.load_queue()
import_tab, proposals_tab = moderatie.beheer_tabs(ctx.lang, proposals)
with import_tab:
    view.render_source_status(ctx.lang)
    view.render_templates(ctx.lang, ctx.data_version)
    view.render_cbs_fetch(ctx.lang, user)
    view.render_upload(ctx.lang, user, config.max_upload_bytes)
    view.render_log(ctx.lang, user)
with proposals_tab:
    moderatie.render(ctx.lang, user, proposals)
