"""Slide figures as pure functions, and the slide view of the Presenteren page.

The figures are drawn for a projector: large type, few colours, one message each.
They reuse the app's own map figures (``components.maps``, ``components.crossborder_charts``),
so a slide shows exactly what the Kaart and Grenzeloos pages show.  The same figures
go into the PowerPoint and PDF exports (``components.deck_export``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import url_state
from components.crossborder_charts import crossborder_map_figure
from components.maps import MAP_CONFIG, choropleth_figure, map_label_trace, twente_label_positions
from components.page_setup import cursor
from components.palette import GAP_LINE, GRID, INK, SLIDE_FOCUS_COLOUR, THEME_COLOURS, TWENTE_COLOUR
from data import crossborder, geo, queries
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, Indicator
from data.reference import THEMES
from data.story import SLIDE_KINDS, Slide, build_story, indicator_name

FONT = "Arial, Liberation Sans, DejaVu Sans, sans-serif"
FOCUS_COLOUR = SLIDE_FOCUS_COLOUR
CHART_HEIGHT = 480


@dataclass(frozen=True)
class SlideGeo:
    """Boundaries and label points the map slides need."""

    twente_geojson: dict[str, Any]
    twente_labels: pd.DataFrame
    german_geojson: dict[str, Any]
    german_labels: pd.DataFrame
    border: list[list[tuple[float, float]]]


def load_slide_geo() -> SlideGeo | None:
    """The boundaries from the geo search path; None when they are not there (maps are left out)."""
    try:
        twente = geo.load_twente_gemeenten()
        german = geo.load_german_districts()
    except geo.BoundaryError:
        return None
    try:
        dutch = geo.load_provinces()
    except (geo.BoundaryError, OSError, ValueError):
        dutch = twente
    return SlideGeo(
        twente_geojson=geo.to_geojson(twente, ("code", "naam")),
        twente_labels=geo.label_points(twente),
        german_geojson=geo.to_geojson(german, ("code", "naam")),
        german_labels=geo.label_points(german),
        border=crossborder.border_lines(dutch, german),
    )


@st.cache_resource(show_spinner=False)
def cached_slide_geo() -> SlideGeo | None:
    return load_slide_geo()


def _style(figure: go.Figure, *, lang: str, height: int, font_size: int = 18) -> go.Figure:
    figure.update_layout(
        height=height,
        font={"family": FONT, "size": font_size, "color": INK},
        paper_bgcolor="white",
        plot_bgcolor="white",
        separators=".," if lang == "en" else ",.",
        margin={"l": 10, "r": 20, "t": 50, "b": 10},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "font": {"size": font_size}},
    )
    figure.update_xaxes(automargin=True)
    figure.update_yaxes(automargin=True)
    return figure


def deelname_figure(
    *,
    frame: pd.DataFrame,
    indicator: Indicator,
    geojson: dict[str, Any],
    labels: pd.DataFrame,
    lang: str,
    height: int,
) -> go.Figure:
    """The headline indicator on the Twente map, filling ``height``, names in large type."""
    figure = choropleth_figure(
        geojson=geojson,
        frame=frame,
        unit=indicator.unit,
        higher_is_better=indicator.higher_is_better,
        lang=lang,
        height=height,
    )
    figure.update_layout(font={"family": FONT, "size": 18, "color": INK})
    figure.update_traces(
        colorbar={"thickness": 22, "tickfont": {"size": 18}}, selector={"type": "choropleth"}
    )
    figure.add_trace(map_label_trace(labels=labels, font_size=17, position=twente_label_positions(labels)))
    return figure


def themas_figure(*, matrix: pd.DataFrame, lang: str, height: int) -> go.Figure:
    """Running initiatives per municipality, stacked by theme, most first."""
    rows = matrix[matrix["gemeente_code"].str.startswith("GM")].sort_values("totaal")
    figure = go.Figure(
        [
            go.Bar(
                y=rows["naam"],
                x=rows[f"aantal_{t.code}"],
                name=t.name(lang),
                orientation="h",
                marker={"color": THEME_COLOURS[t.code]},
                hovertemplate="%{y}: %{x}<extra>" + t.name(lang) + "</extra>",
            )
            for t in THEMES
        ]
    )
    figure.update_layout(
        barmode="stack",
        legend={"traceorder": "normal"},
        xaxis={"title": {"text": translate("presenteren.chart.initiatives", lang)}},
    )
    figure.update_xaxes(gridcolor=GRID)
    return _style(figure, lang=lang, height=height)


def gaten_figure(*, matrix: pd.DataFrame, lang: str, height: int) -> go.Figure:
    """Municipality x theme: the number of initiatives, gaps (zero) outlined in red."""
    rows = matrix[matrix["gemeente_code"].str.startswith("GM")].sort_values("naam", ascending=False)
    themes = [t.name(lang) for t in THEMES]
    counts = rows[[f"aantal_{t.code}" for t in THEMES]].to_numpy()
    figure = go.Figure(
        go.Heatmap(
            z=counts,
            x=themes,
            y=rows["naam"],
            colorscale="Blues",
            zmin=0,
            showscale=False,
            texttemplate="%{z}",
            textfont={"size": 18},
            xgap=3,
            ygap=3,
            hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
        )
    )
    for i, row in enumerate(counts):
        for j, value in enumerate(row):
            if value == 0:
                figure.add_shape(
                    type="rect",
                    x0=j - 0.48,
                    x1=j + 0.48,
                    y0=i - 0.45,
                    y1=i + 0.45,
                    line={"color": GAP_LINE, "width": 4},
                )
    figure.update_layout(xaxis={"side": "top"})
    return _style(figure, lang=lang, height=height, font_size=17)


def focus_figure(*, compare: pd.DataFrame, gemeente: str, lang: str, height: int) -> go.Figure:
    """The focus municipality beside Twente on each percentage indicator."""
    names = [indicator_name(INDICATOR_BY_CODE[c], lang) for c in compare["indicator"]]
    figure = go.Figure(
        [
            go.Bar(
                y=names, x=compare["twente"], name="Twente", orientation="h", marker={"color": TWENTE_COLOUR}
            ),
            go.Bar(
                y=names, x=compare["waarde"], name=gemeente, orientation="h", marker={"color": FOCUS_COLOUR}
            ),
        ]
    )
    figure.update_traces(texttemplate="%{x:.0f}%", textposition="outside", textfont={"size": 16})
    figure.update_layout(
        barmode="group",
        xaxis={"range": [0, 115], "ticksuffix": "%", "gridcolor": GRID},
        yaxis={"autorange": "reversed"},
        legend={"traceorder": "reversed"},
    )
    return _style(figure, lang=lang, height=height)


def grenzeloos_figure(
    *, frames: dict[str, pd.DataFrame], slide_geo: SlideGeo, lang: str, height: int
) -> go.Figure:
    """The Grenzeloos page's cross-border map, filling ``height``."""
    figure = crossborder_map_figure(
        twente_geojson=slide_geo.twente_geojson,
        german_geojson=slide_geo.german_geojson,
        gemeenten=frames["gemeenten"],
        districts=frames["districts"],
        links=frames["links"],
        places=frames["places"],
        origins=slide_geo.twente_labels,
        border=slide_geo.border,
        district_labels=slide_geo.german_labels,
        lang=lang,
        height=height,
    )
    figure.update_layout(font={"family": FONT, "color": INK})
    return figure


def slide_figure(
    slide: Slide, *, slide_geo: SlideGeo | None, lang: str, height: int = CHART_HEIGHT
) -> go.Figure | None:
    """The chart of a slide, or None for text slides and maps without boundaries."""
    frames = slide.frames
    if slide.kind == "themas":
        return themas_figure(matrix=frames["matrix"], lang=lang, height=height)
    if slide.kind == "gaten":
        return gaten_figure(matrix=frames["matrix"], lang=lang, height=height)
    if slide.kind == "focus":
        return focus_figure(compare=frames["compare"], gemeente=slide.subject, lang=lang, height=height)
    if slide_geo is None:
        return None
    if slide.kind == "deelname":
        return deelname_figure(
            frame=frames["map"],
            indicator=INDICATOR_BY_CODE[HEADLINE_INDICATOR],
            geojson=slide_geo.twente_geojson,
            labels=slide_geo.twente_labels,
            lang=lang,
            height=height,
        )
    if slide.kind == "grenzeloos":
        return grenzeloos_figure(frames=frames, slide_geo=slide_geo, lang=lang, height=height)
    return None


# --- The slide view -------------------------------------------------------------------------

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


def render_slide(slide: Slide, figure: go.Figure | None, *, position: str, lang: str, demo: bool) -> None:
    """One slide, full width, in large high-contrast type."""
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


@st.cache_data(show_spinner=False)
def data_years(version: str) -> list[int]:
    return queries.all_data_years(cursor())


@st.cache_data(show_spinner=False, max_entries=16)
def cached_story(
    year: int, focus: str, lang: str, kinds: tuple[str, ...], demo: bool, version: str
) -> list[Slide]:
    return build_story(cursor(), year=year, focus=focus, lang=lang, kinds=kinds, demo=demo)


def seed_slide_choice() -> None:
    """The chosen slides and their order: kept, else from the URL (``dias=a,b``), else all."""
    current = st.session_state.get(SLIDES_KEY)
    if isinstance(current, list) and current and all(k in SLIDE_KINDS for k in current):
        return
    raw = url_state.read("dias", "")
    chosen = [k for k in dict.fromkeys(raw.split(",")) if k in SLIDE_KINDS]
    st.session_state[SLIDES_KEY] = chosen or list(SLIDE_KINDS)


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


def seed_position() -> None:
    if POSITION_KEY in st.session_state:
        return
    raw = url_state.read("dia", "1")
    # isdigit() also accepts "²", which int() refuses; a slide number has at most a few digits
    is_number = raw.isascii() and raw.isdigit() and len(raw) <= 4
    st.session_state[POSITION_KEY] = max(int(raw) - 1, 0) if is_number else 0


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
