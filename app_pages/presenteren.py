"""Presenteren: a deck made from the live data, one slide at a time, and as PowerPoint or PDF.

The slides, their order, the year, the focus municipality, the language, presentation
mode and the slide on screen all live in the URL, so a link opens the same deck.
"""

import streamlit as st

from components import slides as deck_view
from components import url_state
from components.deck_export import PPTX_MIME, cached_deck_files, chart_png, export_available
from components.page_setup import context, page_header, t
from data.i18n import ALL_LANGUAGES
from data.reference import GEMEENTE_BY_CODE, GEMEENTEN
from data.story import DEFAULT_FOCUS, SLIDE_KINDS

ctx = context()
page_header(t("page.presenteren"), ctx)


def _follow(key: str, shared: str) -> None:
    """The page's year and language controls move the sidebar's too, so every page agrees."""
    st.session_state[shared] = st.session_state[key]


deck_view.seed_slide_choice()
deck_view.seed_position()
url_state.seed("presenteren_focus", param="focus", allowed=list(GEMEENTE_BY_CODE), default=DEFAULT_FOCUS)
url_state.seed(
    "presenteren_modus", param="modus", allowed=[True, False], default=False, convert=lambda v: v == "1"
)
st.session_state["presenteren_jaar"] = ctx.year
st.session_state["presenteren_taal"] = ctx.lang
years = deck_view.data_years(ctx.data_version)

presenting = st.toggle(t("presenteren.mode"), key="presenteren_modus", help=t("presenteren.mode_help"))
if presenting:
    deck_view.enter_presentation_mode()
else:
    deck_view.keyboard_listener()
    st.caption(t("presenteren.intro"))
    with st.expander(t("presenteren.settings"), expanded=True):
        st.multiselect(
            t("presenteren.slides"),
            list(SLIDE_KINDS),
            key=deck_view.SLIDES_KEY,
            format_func=lambda k: t(f"presenteren.kind.{k}"),
            help=t("presenteren.slides_help"),
            placeholder=t("common.placeholder.choose_many"),
        )
        deck_view.render_slide_order(ctx.lang)
        columns = st.columns(3)
        columns[0].selectbox(
            t("presenteren.year"),
            years,
            key="presenteren_jaar",
            on_change=_follow,
            args=("presenteren_jaar", "jaar"),
            placeholder=t("common.placeholder.choose"),
        )
        columns[1].selectbox(
            t("presenteren.focus"),
            [g.code for g in GEMEENTEN],
            key="presenteren_focus",
            format_func=lambda c: GEMEENTE_BY_CODE[c].naam,
            placeholder=t("common.placeholder.choose"),
        )
        columns[2].segmented_control(
            t("presenteren.language"),
            list(ALL_LANGUAGES),
            key="presenteren_taal",
            format_func=str.upper,
            on_change=_follow,
            args=("presenteren_taal", "lang"),
        )

kinds = tuple(st.session_state[deck_view.SLIDES_KEY]) or SLIDE_KINDS
focus = st.session_state["presenteren_focus"]
story = deck_view.cached_story(ctx.year, focus, ctx.lang, kinds, ctx.demo, ctx.data_version)
skipped = [k for k in kinds if k not in {s.kind for s in story}]
if skipped and not presenting:
    st.caption(t("presenteren.skipped", slides=", ".join(t(f"presenteren.kind.{k}") for k in skipped)))
if not story:
    st.info(t("presenteren.no_slides"))
    st.stop()

position = deck_view.current_position(len(story))
slide = story[position]
slide_geo = deck_view.cached_slide_geo()
figure = deck_view.slide_figure(slide, slide_geo=slide_geo, lang=ctx.lang)
label = t("presenteren.position", n=position + 1, total=len(story))
deck_view.render_slide(slide, figure, position=label, lang=ctx.lang, demo=ctx.demo)
deck_view.render_slide_buttons(position, len(story), ctx.lang)
url_state.publish(dias=",".join(kinds), focus=focus, modus="1" if presenting else None, dia=position + 1)

if not presenting:
    st.subheader(t("presenteren.exports"))
    if not export_available():
        st.warning(t("presenteren.export_unavailable"))
        st.stop()
    st.caption(t("presenteren.export_help"))
    name = f"cultuurdashboard_twente_{ctx.year}_{ctx.lang}"
    deck_args = (ctx.year, focus, ctx.lang, kinds, ctx.demo, ctx.data_version)
    left, middle, right = st.columns(3)
    left.download_button(
        t("presenteren.download_pptx"),
        data=lambda: cached_deck_files(*deck_args).pptx,
        file_name=f"{name}.pptx",
        mime=PPTX_MIME,
        key="presenteren_pptx",
    )
    middle.download_button(
        t("presenteren.download_pdf"),
        data=lambda: cached_deck_files(*deck_args).pdf,
        file_name=f"{name}.pdf",
        mime="application/pdf",
        key="presenteren_pdf",
    )
    if figure is not None:
        right.download_button(
            t("presenteren.download_png"),
            data=lambda: chart_png(figure),
            file_name=f"{name}_{slide.kind}.png",
            mime="image/png",
            key="presenteren_png",
        )
