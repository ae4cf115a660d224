"""The slide view of the Presenteren page: the slide, its order, the buttons and the keyboard.

The slides' figures are pure functions in ``components/charts/presenteren.py``.
"""

from __future__ import annotations

import html
from dataclasses import replace

import plotly.graph_objects as go
import streamlit as st

from components import cache
from components.charts.maps import MAP_CONFIG
from components.export.presenteren import PPTX_MIME, chart_png, export_available
from components.widgets.page_setup import follow_page_control
from data import geo
from data.i18n import ALL_LANGUAGES, translate
from data.reference import GEMEENTE_BY_CODE, GEMEENTEN
from data.story import EXAMPLE_KIND, SLIDE_KINDS, Slide

SLIDE_CSS = """
<style>
.cdt-slide { color: #000; background: #fff; }
.cdt-slide h2.cdt-title { font-size: 46px; line-height: 1.15; font-weight: 700; color: #000;
  margin: 0 0 0.3rem 0; padding: 0; }
.cdt-slide .cdt-sub { font-size: 24px; color: #222; margin-bottom: 1rem; }
.cdt-numbers { display: flex; flex-wrap: wrap; gap: 1.2rem 2.5rem; margin: 0.5rem 0 1rem 0; }
.cdt-number .cdt-value { font-size: 64px; font-weight: 800; line-height: 1.05; color: #0b3d66; }
.cdt-number .cdt-label { font-size: 22px; color: #222; }
.cdt-lines { font-size: 28px; line-height: 1.4; color: #000; padding-left: 1.4em; }
.cdt-footer { font-size: 17px; color: #333; border-top: 2px solid #000;
  padding-top: 0.4rem; margin-top: 0.6rem; }
.cdt-demo { font-weight: 700; color: #7a0000; }
</style>
"""

PRESENTING_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
header[data-testid="stHeader"], [data-testid="stToolbar"] { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 1rem 3rem 2rem 3rem !important; }
[data-testid="stMain"] h1 { display: none; }
</style>
"""

# Arrow keys (and a presenter's clicker, which sends PageUp/PageDown) press the slide buttons.
KEYBOARD_JS = """
<script>
(function () {
  if (window.__cdtSlideKeys) { return; }
  window.__cdtSlideKeys = true;
  document.addEventListener('keydown', function (event) {
    const target = event.target || {};
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName || '') || target.isContentEditable) { return; }
    let key = null;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') { key = 'presenteren_next'; }
    if (event.key === 'ArrowLeft' || event.key === 'PageUp') { key = 'presenteren_prev'; }
    if (!key) { return; }
    const button = document.querySelector('.st-key-' + key + ' button');
    if (button && !button.disabled) { event.preventDefault(); button.click(); }
  });
})();
</script>
"""


def slide_header_html(slide: Slide) -> str:
    """Title, context line and key numbers, all escaped (names come from the data)."""
    numbers = "".join(
        f'<div class="cdt-number"><div class="cdt-value">{html.escape(n.value)}</div>'
        f'<div class="cdt-label">{html.escape(n.label)}</div></div>'
        for n in slide.numbers
    )
    parts = [
        f'<div class="cdt-slide"><h2 class="cdt-title">{html.escape(slide.title)}</h2>',
        f'<div class="cdt-sub">{html.escape(slide.subtitle)}</div>',
        f'<div class="cdt-numbers">{numbers}</div>' if numbers else "",
        "</div>",
    ]
    return "".join(parts)


def slide_footer_html(slide: Slide, *, position: str, lang: str, demo: bool) -> str:
    lines = "".join(f"<li>{html.escape(line)}</li>" for line in slide.lines)
    demo_note = (
        f' · <span class="cdt-demo">{html.escape(translate("presenteren.demo_footer", lang))}</span>'
        if demo
        else ""
    )
    listed = f'<ul class="cdt-lines">{lines}</ul>' if lines else ""
    footer = f"{html.escape(slide.source)}{demo_note} · {html.escape(position)}"
    return f'<div class="cdt-slide">{listed}<div class="cdt-footer">{footer}</div></div>'


def _render_example_slide(
    slide: Slide, figure: go.Figure | None, *, position: str, lang: str, demo: bool
) -> None:
    """An example's slide: where and who on the left, its small map on the right (as in the exports)."""
    st.html(SLIDE_CSS + slide_header_html(slide))
    lines, where = st.columns([2, 3], gap="large")
    items = "".join(f"<li>{html.escape(line)}</li>" for line in slide.lines)
    lines.html(f'{SLIDE_CSS}<div class="cdt-slide"><ul class="cdt-lines">{items}</ul></div>')
    with where:
        if figure is not None:
            config = {**MAP_CONFIG, "displayModeBar": False}
            st.plotly_chart(figure, key=f"presenteren_chart_{slide.kind}", config=config, theme=None)
        else:
            st.warning(translate("presenteren.map_missing", lang, reason=geo.BoundaryError.__name__))
    st.html(slide_footer_html(replace(slide, lines=()), position=position, lang=lang, demo=demo))


def deck_version(kinds: tuple[str, ...], version: str) -> str:
    """The deck's cache key: the data version, and the examples' state when the deck shows them.

    Marking an example in Data beheer is no import, so it leaves the data version as it was.
    """
    return f"{version}+{cache.examples_stamp()}" if EXAMPLE_KIND in kinds else version


def render_slide(slide: Slide, figure: go.Figure | None, *, position: str, lang: str, demo: bool) -> None:
    """One slide, full width, in large high-contrast type."""
    if slide.kind == EXAMPLE_KIND:
        _render_example_slide(slide, figure, position=position, lang=lang, demo=demo)
        return
    st.html(SLIDE_CSS + slide_header_html(slide))
    if figure is not None:
        config = {**MAP_CONFIG, "displayModeBar": False}
        st.plotly_chart(figure, key=f"presenteren_chart_{slide.kind}", config=config, theme=None)
    elif slide.has_chart:
        reason = geo.BoundaryError.__name__
        st.warning(translate("presenteren.map_missing", lang, reason=reason))
    st.html(slide_footer_html(slide, position=position, lang=lang, demo=demo))


def enter_presentation_mode() -> None:
    """Hide the sidebar and page chrome, and let the arrow keys move through the slides."""
    st.html(PRESENTING_CSS)
    keyboard_listener()


def keyboard_listener() -> None:
    st.html(KEYBOARD_JS, unsafe_allow_javascript=True)


# --- Cached data and the page's state --------------------------------------------------------

SLIDES_KEY = "presenteren_dias"
POSITION_KEY = "presenteren_dia"
PREV_KEY = "presenteren_prev"
NEXT_KEY = "presenteren_next"


def _shift_slide(index: int, step: int) -> None:
    """Swap the chosen slide at ``index`` with its neighbour ``step`` places away."""
    kinds = list(st.session_state[SLIDES_KEY])
    other = index + step
    if 0 <= index < len(kinds) and 0 <= other < len(kinds):
        kinds[index], kinds[other] = kinds[other], kinds[index]
        st.session_state[SLIDES_KEY] = kinds


def render_slide_order(lang: str) -> None:
    """The chosen slides in deck order, each with buttons to move it up or down (keyboard too)."""
    kinds = list(st.session_state.get(SLIDES_KEY) or [])
    if len(kinds) < 2:  # one slide has no order to change
        return
    st.markdown(f"**{translate('presenteren.order', lang)}**")
    for index, kind in enumerate(kinds):
        name = translate(f"presenteren.kind.{kind}", lang)
        label, up, down = st.columns([6, 1, 1], vertical_alignment="center")
        label.markdown(f"{index + 1}. {name}")
        up.button(
            translate("presenteren.move_up", lang),
            key=f"presenteren_up_{kind}",
            on_click=_shift_slide,
            args=(index, -1),
            disabled=index == 0,
            help=translate("presenteren.move_up_help", lang, slide=name),
            width="stretch",
        )
        down.button(
            translate("presenteren.move_down", lang),
            key=f"presenteren_down_{kind}",
            on_click=_shift_slide,
            args=(index, 1),
            disabled=index == len(kinds) - 1,
            help=translate("presenteren.move_down_help", lang, slide=name),
            width="stretch",
        )


def current_position(count: int) -> int:
    """The slide on screen (0-based), kept within the deck when slides are removed."""
    position = min(max(int(st.session_state.get(POSITION_KEY, 0)), 0), max(count - 1, 0))
    st.session_state[POSITION_KEY] = position
    return position


def _move(step: int, count: int) -> None:
    st.session_state[POSITION_KEY] = min(max(st.session_state.get(POSITION_KEY, 0) + step, 0), count - 1)


def render_slide_buttons(position: int, count: int, lang: str) -> None:
    """Previous and next, with the position between them; the arrow keys press these."""
    left, middle, right = st.columns([1, 2, 1])
    with left:
        st.button(
            translate("presenteren.previous", lang),
            key=PREV_KEY,
            on_click=_move,
            args=(-1, count),
            disabled=position == 0,
            width="stretch",
        )
    with middle:
        st.html(
            '<p style="text-align:center;font-size:22px;margin:0.3rem 0">'
            f"{html.escape(translate('presenteren.position', lang, n=position + 1, total=count))}</p>"
        )
    with right:
        st.button(
            translate("presenteren.next", lang),
            key=NEXT_KEY,
            on_click=_move,
            args=(1, count),
            disabled=position >= count - 1,
            width="stretch",
        )


def render_settings(years: list[int], lang: str) -> None:
    """Which slides in which order, the year, the focus municipality and the language.

    The year and language move the sidebar's too (``follow_page_control``), so every page agrees.
    """
    with st.expander(translate("presenteren.settings", lang), expanded=True):
        st.multiselect(
            translate("presenteren.slides", lang),
            list(SLIDE_KINDS),
            key=SLIDES_KEY,
            format_func=lambda k: translate(f"presenteren.kind.{k}", lang),
            help=translate("presenteren.slides_help", lang),
            placeholder=translate("common.placeholder.choose_many", lang),
        )
        render_slide_order(lang)
        columns = st.columns(3)
        columns[0].selectbox(
            translate("presenteren.year", lang),
            years,
            key="presenteren_jaar",
            on_change=follow_page_control,
            args=("presenteren_jaar", "jaar"),
            placeholder=translate("common.placeholder.choose", lang),
        )
        columns[1].selectbox(
            translate("presenteren.focus", lang),
            [g.code for g in GEMEENTEN],
            key="presenteren_focus",
            format_func=lambda c: GEMEENTE_BY_CODE[c].naam,
            placeholder=translate("common.placeholder.choose", lang),
        )
        columns[2].segmented_control(
            translate("presenteren.language", lang),
            list(ALL_LANGUAGES),
            key="presenteren_taal",
            format_func=str.upper,
            on_change=follow_page_control,
            args=("presenteren_taal", "lang"),
        )


def render_exports(
    *, deck_args: tuple[int, str, str, tuple[str, ...], bool, str], slide: Slide, figure: go.Figure | None
) -> None:
    """The deck as PowerPoint and PDF, and the slide on screen as PNG (built only when clicked)."""
    year, _focus, lang = deck_args[:3]
    st.subheader(translate("presenteren.exports", lang))
    if not export_available():
        st.warning(translate("presenteren.export_unavailable", lang))
        return
    st.caption(translate("presenteren.export_help", lang))
    name = f"cultuurdashboard_twente_{year}_{lang}"
    left, middle, right = st.columns(3)
    left.download_button(
        translate("presenteren.download_pptx", lang),
        data=lambda: cache.deck_files(*deck_args).pptx,
        file_name=f"{name}.pptx",
        mime=PPTX_MIME,
        key="presenteren_pptx",
    )
    middle.download_button(
        translate("presenteren.download_pdf", lang),
        data=lambda: cache.deck_files(*deck_args).pdf,
        file_name=f"{name}.pdf",
        mime="application/pdf",
        key="presenteren_pdf",
    )
    if figure is not None:
        right.download_button(
            translate("presenteren.download_png", lang),
            data=lambda: chart_png(figure),
            file_name=f"{name}_{slide.kind}.png",
            mime="image/png",
            key="presenteren_png",
        )
