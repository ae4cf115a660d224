"""Presenteren: a deck made from the live data, one slide at a time, and as PowerPoint or PDF.

The slides, their order, the year, the focus municipality, the language, presentation
mode and the slide on screen all live in the URL, so a link opens the same deck.
"""

import streamlit as st

from components import cache, url_state
from components.charts.presenteren import slide_figure
from components.views import presenteren as deck_view
from components.widgets.page_setup import context, page_header, t
from data.story import DEFAULT_KINDS

ctx = context()
page_header(t("page.presenteren"), ctx)

url_state.seed(deck_view.SLIDES_KEY, "dias")  # the chosen slides in order; the standard deck when none
url_state.seed(deck_view.POSITION_KEY, "dia")  # the slide on screen, from 0 (from 1 in the link)
url_state.seed("presenteren_focus", "focus")
url_state.seed("presenteren_modus", "presenteren.modus")
st.session_state["presenteren_jaar"] = ctx.year
st.session_state["presenteren_taal"] = ctx.lang
years = cache.data_years(ctx.data_version)

presenting = st.toggle(t("presenteren.mode"), key="presenteren_modus", help=t("presenteren.mode_help"))
if presenting:
    deck_view.enter_presentation_mode()
else:
    deck_view.keyboard_listener()
    st.caption(t("presenteren.intro"))
    deck_view.render_settings(years, ctx.lang)

kinds = tuple(st.session_state[deck_view.SLIDES_KEY]) or DEFAULT_KINDS
focus = st.session_state["presenteren_focus"]
version = deck_view.deck_version(kinds, ctx.data_version)
story = cache.story(ctx.year, focus, ctx.lang, kinds, ctx.demo, version)
skipped = [k for k in kinds if k not in {s.kind for s in story}]
if skipped and not presenting:
    st.caption(t("presenteren.skipped", slides=", ".join(t(f"presenteren.kind.{k}") for k in skipped)))
if not story:
    st.info(t("presenteren.no_slides"))
    st.stop()

position = deck_view.current_position(len(story))
slide = story[position]
slide_geo = cache.slide_geo()
figure = slide_figure(slide, slide_geo=slide_geo, lang=ctx.lang)
label = t("presenteren.position", n=position + 1, total=len(story))
deck_view.render_slide(slide, figure, position=label, lang=ctx.lang, demo=ctx.demo)
deck_view.render_slide_buttons(position, len(story), ctx.lang)
url_state.publish({"dias": kinds, "focus": focus, "presenteren.modus": presenting, "dia": position})

if not presenting:
    deck_view.render_exports(
        deck_args=(ctx.year, focus, ctx.lang, kinds, ctx.demo, version), slide=slide, figure=figure
    )
