"""Shared page setup: the sidebar, language, the page context and the demo banner.

``app.py`` calls :func:`render_sidebar` on every run; pages call :func:`context` to
read what the user chose, and :func:`t` to translate.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from components import url_state
from components.cache import (
    IMPORTED_DATA_KEY,
    data_version,
    data_years,
    default_year,
    has_imported_data,
    is_demo,
)
from components.charts.svg import NARROW_CLASS, PHONE_WIDTH, WIDE_CLASS
from components.widgets.static_table import TABLE_CLASS
from data.i18n import ALL_LANGUAGES, DEFAULT_LANGUAGE, translate

LANGUAGE_LABELS = {"nl": "NL", "en": "EN", "de": "DE"}


@dataclass(frozen=True)
class PageContext:
    lang: str
    year: int
    demo: bool
    data_version: str


def current_language(languages: tuple[str, ...] = ALL_LANGUAGES) -> str:
    """The chosen language, known before the sidebar is drawn (app.py titles its pages with it)."""
    return url_state.seed("lang", "lang", allowed=languages, default=DEFAULT_LANGUAGE)


def follow_page_control(key: str, shared: str = "jaar") -> None:
    """``on_change`` of a page's own year or language control: the sidebar's moves too, so pages agree."""
    st.session_state[shared] = st.session_state[key]


def t(key: str, **values: object) -> str:
    """Translate ``key`` into the language chosen in the sidebar."""
    return translate(key, st.session_state.get("lang", DEFAULT_LANGUAGE), **values)


def render_sidebar(languages: tuple[str, ...] = ALL_LANGUAGES) -> PageContext:
    """The shared sidebar.  German is offered for German partners; untranslated texts show in English."""
    version = data_version()
    years = data_years(version)
    url_state.seed("lang", "lang", allowed=languages, default=DEFAULT_LANGUAGE)
    url_state.seed("jaar", "jaar", allowed=years, default=lambda: default_year(version))
    with st.sidebar:
        lang = st.radio(
            translate("sidebar.language", st.session_state["lang"]),
            options=list(languages),
            format_func=LANGUAGE_LABELS.__getitem__,
            horizontal=True,
            key="lang",
        )
        year = st.selectbox(
            translate("sidebar.year", lang),
            options=years,
            key="jaar",
            help=translate("sidebar.year_help", lang),
            placeholder=translate("common.placeholder.choose", lang),
        )
        if has_imported_data():
            st.toggle(
                translate("sidebar.imported_data", lang),
                value=True,
                key=IMPORTED_DATA_KEY,
                help=translate("sidebar.imported_data_help", lang),
            )
    url_state.publish(lang=lang, jaar=year)
    return PageContext(lang=lang, year=int(year), demo=is_demo(), data_version=version)


def context() -> PageContext:
    """The choices made in the shared sidebar, for the page that is running."""
    version = data_version()
    return PageContext(
        lang=st.session_state.get("lang", DEFAULT_LANGUAGE),
        year=int(st.session_state.get("jaar") or default_year(version)),
        demo=is_demo(),
        data_version=version,
    )


# Tablets and phones (issue 18): side-by-side panels in a container keyed ``stack_<name>``
# stack once the container is narrower than STACK_BELOW (a tablet in portrait, or in
# landscape with the sidebar open; Streamlit stacks every row of columns itself only
# below 640 px of window).  Chart toolbars (download only) are hidden on narrow
# screens, where they lay over the next column; nothing may push the page sideways.
STACK_BELOW = 800  # a portrait tablet with the sidebar closed is 788 px wide; a 1280 px laptop 820
DEVICE_CSS = f"""
<style>
[class*="st-key-stack_"] {{ container-type: inline-size; }}
@container (max-width: {STACK_BELOW}px) {{
  [class*="st-key-stack_"] [data-testid="stHorizontalBlock"] {{ flex-direction: column; }}
  [class*="st-key-stack_"] [data-testid="stHorizontalBlock"] > [data-testid="stColumn"] {{
    width: 100% !important; flex: 1 1 auto !important; min-width: 100% !important; }}
}}
@media (max-width: 900px) {{ .js-plotly-plot .modebar-container {{ display: none !important; }} }}
/* A server picture drawn for both widths (components/charts/svg.py svg_image): one shows. */
@media (max-width: {PHONE_WIDTH}px) {{ img.{WIDE_CLASS} {{ display: none !important; }} }}
@media (min-width: {PHONE_WIDTH + 1}px) {{ img.{NARROW_CLASS} {{ display: none !important; }} }}
/* Plain tables (components/widgets/static_table.py): lines in the text colour, faint, so
   they follow a light or dark theme; wider than the column, the box scrolls sideways. */
.{TABLE_CLASS} {{ overflow-x: auto; max-width: 100%; }}
.{TABLE_CLASS} table {{ border-collapse: collapse; width: 100%; font-size: 0.875rem; }}
.{TABLE_CLASS} th, .{TABLE_CLASS} td {{ padding: 0.25rem 0.5rem; text-align: left; vertical-align: top;
  border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent);
  white-space: normal; overflow-wrap: anywhere; }}
.{TABLE_CLASS} th {{ font-weight: 600; }}
.{TABLE_CLASS} .num {{ text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }}
.{TABLE_CLASS}:focus-visible {{ outline: 2px solid currentColor; outline-offset: 2px; }}
</style>
"""
# A tablet in portrait (820 px) is narrower than this: the sidebar starts closed there.
SIDEBAR_COLLAPSE_BELOW = 1024
# Names on a map may not overlap at any width: the figures place them apart
# (components/charts/maps.py LABEL_SIDES), and on a map drawn too small for all of them
# (a phone, an example's locator map) a name that would cover one drawn before it is left
# out; it stays in the hover and in the table.  Runs after every draw of every geo map.
DECLUTTER_JS = """
(function () {
  if (window.__cdtDeclutter) { return; }
  window.__cdtDeclutter = true;
  function declutter(plot) {
    const placed = [];
    plot.querySelectorAll('g.trace.scattergeo text').forEach(function (text) {
      text.style.display = '';
      if (!text.textContent) { return; }
      const r = text.getBoundingClientRect();
      if (!r.width) { return; }
      const hit = placed.some(function (p) {
        return r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom;
      });
      if (hit) { text.style.display = 'none'; } else { placed.push(r); }
    });
  }
  let queued = false;
  function run() {
    queued = false;
    document.querySelectorAll('.js-plotly-plot').forEach(function (plot) {
      if (!plot._fullLayout || !plot._fullLayout.geo) { return; }
      if (!plot.__cdtDeclutter && plot.on) {  // redrawn at a new width: check again
        plot.__cdtDeclutter = true;
        plot.on('plotly_afterplot', function () { declutter(plot); });
      }
      declutter(plot);
    });
  }
  new MutationObserver(function () {
    if (!queued) { queued = true; requestAnimationFrame(run); }
  }).observe(document.body, {childList: true, subtree: true});
  // Streamlit's "auto" sidebar opens on anything wider than 768 px, so a tablet in portrait
  // (820 px) opened every page behind it.  Below SIDEBAR_COLLAPSE_BELOW px it starts closed,
  // as on a phone; within the app it then stays as the reader leaves it.
  if (innerWidth < SIDEBAR_COLLAPSE_BELOW) {
    const until = Date.now() + 5000;
    (function collapse() {
      const bar = document.querySelector('[data-testid="stSidebar"]');
      const button = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
      if (bar && bar.getBoundingClientRect().right <= 0) { return; }  // already closed
      if (button) { button.click(); return; }
      if (Date.now() < until) { setTimeout(collapse, 50); }
    })();
  }
})();
""".replace("SIDEBAR_COLLAPSE_BELOW", str(SIDEBAR_COLLAPSE_BELOW))


def set_document_language(lang: str) -> None:
    """Tell browsers and screen readers which language the page is in (WCAG 3.1.1).

    The same script element sets up the maps' label check (``DECLUTTER_JS``), so no page
    draws one more element for it.
    """
    if lang in ALL_LANGUAGES:  # a fixed code, never user text
        st.html(
            f"<script>document.documentElement.lang = '{lang}';{DECLUTTER_JS}</script>",
            unsafe_allow_javascript=True,
        )
    st.html(DEVICE_CSS)


def page_header(title: str, ctx: PageContext, *, shows_figures: bool = True) -> None:
    """Title plus, where the page shows figures of the demo store, the demo banner.

    Pages that show no figures (Data beheer works on the imported store; Over de data
    says itself what is demo) pass ``shows_figures=False``.
    """
    set_document_language(ctx.lang)
    st.title(title)
    if ctx.demo and shows_figures:
        st.warning(translate("demo.banner", ctx.lang), icon="ℹ️")
    if not st.get_option("server.enableStaticServing"):
        # The maps' base map is served from static/ (components/charts/maps.py); without it
        # plotly.js would try its CDN and, offline, draw no map at all.
        st.error(translate("common.static_serving_off", ctx.lang))
