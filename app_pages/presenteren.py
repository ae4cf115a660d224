"""Placeholder until its issue lands; says in one line what is coming."""

import streamlit as st

from components.page_setup import context, page_header, t

ctx = context()
page_header(t("page.presenteren"), ctx)
st.info(t("coming.soon", what=t("coming.presenteren")))
