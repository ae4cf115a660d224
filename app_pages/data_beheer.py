"""Data beheer: templates, then upload, check, preview and commit partners' files; undo.

Only for authorised users (see components/auth.py); the rest of the app stays public.
"""

import streamlit as st

from components import auth, import_ui
from components.page_setup import context, page_header, t

ctx = context()
page_header(t("page.data_beheer"), ctx, shows_figures=False)
st.markdown(t("beheer.intro"))

user = auth.require_user(ctx.lang)
if user is None:
    st.stop()

config = auth.load_config()
import_ui.render_source_status(ctx.lang)
import_ui.render_templates(ctx.lang, ctx.data_version)
import_ui.render_cbs_fetch(ctx.lang, user)
import_ui.render_upload(ctx.lang, user, config.max_upload_bytes)
import_ui.render_log(ctx.lang, user)
