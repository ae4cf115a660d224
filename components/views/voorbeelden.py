"""The Voorbeelden page's UI: inspiring examples as cards, filterable by theme, each with its own link.

A card shows the example's name, its story, its partners (with place, Dutch and German),
its municipalities, a small map of where it works, its reach (and from Germany) and its
years.  ``?voorbeeld=<initiative id>`` opens that example alone.  Every value from the
data is escaped where it is shown (Markdown through ``escape_markdown``, HTML through
``html.escape``); contact data never reaches this page (``data.cocreation.examples``
does not return it).
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import cache, url_state
from components.cache import cached_figures
from components.charts.maps import MAP_CONFIG
from components.charts.palette import INK, THEME_COLOURS
from components.charts.voorbeelden import example_map_figure, german_partners
from data.formatting import escape_markdown, format_number
from data.i18n import DEFAULT_LANGUAGE, translate
from data.reference import THEME_BY_CODE, THEMES
from data.story import example_places
from data.years import year_span

PAGE = "app_pages/voorbeelden.py"
THEMES_KEY = "voorbeelden_themas"
ALL_KEY = "voorbeelden_alle"
CARD_KEY = "voorbeeld_kaart_{}"
PARTNER_COLUMNS = ["naam", "land", "plaats", "kreis_code", "lat", "lon"]


def _theme_name(code: str, lang: str) -> str:
    theme = THEME_BY_CODE.get(code)
    return theme.name(lang) if theme is not None else str(code)


# --- Choosing what to show ------------------------------------------------------------------


def linked_example(frame: pd.DataFrame, lang: str) -> str | None:
    """The example the link opens (``?voorbeeld=``), or None; says so when the link names none we have."""
    chosen = url_state.value("voorbeeld", allowed=tuple(frame["id"]))
    if chosen is None and url_state.read("voorbeeld"):
        st.warning(translate("voorbeelden.not_found", lang))
    return chosen


def _show_all() -> None:
    url_state.publish(voorbeeld=None)


def render_theme_filter(frame: pd.DataFrame, lang: str) -> list[str]:
    """Theme pills (none chosen: all themes); only themes that have examples are offered."""
    present = [t.code for t in THEMES if t.code in set(frame["thema"])]
    chosen = st.pills(
        translate("voorbeelden.theme", lang),
        present,
        selection_mode="multi",
        format_func=lambda code: _theme_name(code, lang),
        key=THEMES_KEY,
        help=translate("voorbeelden.theme_help", lang),
    )
    return [c for c in (chosen or []) if c in present]


def shown_examples(frame: pd.DataFrame, *, linked: str | None, themes: list[str]) -> pd.DataFrame:
    """The linked example alone, else the examples of the chosen themes (all when none is chosen)."""
    if linked is not None:
        return frame[frame["id"] == linked]
    return frame[frame["thema"].isin(themes)] if themes else frame


# --- One card --------------------------------------------------------------------------------


def _partners_key(partners: pd.DataFrame) -> tuple[tuple[object, ...], ...]:
    rows = partners.reindex(columns=PARTNER_COLUMNS)
    return tuple(
        tuple(None if pd.isna(v) else v for v in row) for row in rows.itertuples(index=False, name=None)
    )


@cached_figures
def _example_map(
    name: str,
    theme: str,
    gemeenten: tuple[str, ...],
    partners: tuple[tuple[object, ...], ...],
    lang: str,
) -> go.Figure | None:
    """The card's small map, built once per example and language; None without boundaries."""
    geo = cache.slide_geo()
    if geo is None:
        return None
    return example_map_figure(
        name=name,
        theme=theme,
        gemeenten=gemeenten,
        partners=pd.DataFrame(list(partners), columns=PARTNER_COLUMNS),
        twente_geojson=geo.twente_geojson,
        twente_labels=geo.twente_labels,
        german_geojson=geo.german_geojson,
        border=geo.border,
        lang=lang,
    )


def _partner_line(row: pd.Series, lang: str) -> str:
    return translate(
        "voorbeelden.partner",
        lang,
        naam=escape_markdown(row["naam"]),
        plaats=escape_markdown(row["plaats"]),
        land=translate(f"ini.land.{row['land']}", lang)
        if row["land"] in ("NL", "DE")
        else escape_markdown(row["land"]),
    )


def _card_header(row: pd.Series, key: str, lang: str) -> str:
    colour = THEME_COLOURS.get(str(row["thema"]), INK)
    theme = html.escape(_theme_name(str(row["thema"]), lang))
    return (
        f"<style>.st-key-{key} {{ border-left: 8px solid {colour} !important; }}</style>"
        f'<div class="cdt-voorbeeld"><p style="margin:0;color:{INK};font-size:0.95rem">'
        f'<span aria-hidden="true" style="display:inline-block;width:0.8em;height:0.8em;border-radius:50%;'
        f'background:{colour};margin-right:0.4em"></span>{theme}</p>'
        f'<h2 style="margin:0.2rem 0 0.4rem;padding:0;font-size:1.5rem">{html.escape(str(row["naam"]))}</h2>'
        f'<p style="margin:0;color:{INK}">{html.escape(str(row["organisatie"]))}</p></div>'
    )


def _map_text(codes: list[str], partners: pd.DataFrame, lang: str) -> str:
    places = example_places(codes)
    german = sorted(set(german_partners(partners)["plaats"]))
    if german:
        return translate("voorbeelden.map.alt", lang, places=places, german=", ".join(german))
    return translate("voorbeelden.map.alt_no_german", lang, places=places)


def render_card(row: pd.Series, *, index: int, lang: str) -> None:
    """One example as a card; its container's key (``voorbeeld_kaart_<n>``) lets a browser test find it."""
    key = CARD_KEY.format(index)
    codes = [str(c) for c in row["gemeenten"]]
    partners: pd.DataFrame = row["partners"]
    with st.container(border=True, key=key):
        st.html(_card_header(row, key, lang))
        story, where = st.columns([3, 2], gap="large")
        with story:
            st.markdown(f"**{translate('voorbeelden.story', lang)}**")
            st.markdown(escape_markdown(row["verhaal"], multiline=True))
            reach, german, years = st.columns(3)
            reach.metric(translate("voorbeelden.reach", lang), format_number(row["bereik"], 0, lang))
            german_reach = row["bereik_duitsland"]
            german.metric(
                translate("voorbeelden.reach_german", lang),
                format_number(german_reach, 0, lang)
                if pd.notna(german_reach)
                else translate("voorbeelden.reach_german_unknown", lang),
            )
            years.metric(
                translate("voorbeelden.years", lang), year_span(int(row["startjaar"]), int(row["eindjaar"]))
            )
            st.markdown(
                f"**{translate('voorbeelden.gemeenten', lang)}**: {escape_markdown(example_places(codes))}"
            )
            st.markdown(f"**{translate('voorbeelden.partners', lang)}**")
            if partners.empty:
                st.markdown(translate("voorbeelden.no_partners", lang))
            else:
                st.markdown("\n".join(f"- {_partner_line(p, lang)}" for _, p in partners.iterrows()))
            # The example's own link (a link to share, not this page's URL): ?voorbeeld=<id>
            link = {"voorbeeld": str(row["id"])} | ({"lang": lang} if lang != DEFAULT_LANGUAGE else {})
            st.page_link(
                PAGE,
                label=translate("voorbeelden.link", lang),
                icon=":material/link:",
                query_params={url_state.PARAMETERS[key].name: text for key, text in link.items()},
            )
        with where:
            st.markdown(f"**{translate('voorbeelden.map.title', lang)}**")
            figure = _example_map(
                str(row["naam"]), str(row["thema"]), tuple(codes), _partners_key(partners), lang
            )
            if figure is None:
                st.caption(translate("voorbeelden.map.missing", lang))
            else:
                config = {**MAP_CONFIG, "displayModeBar": False}
                st.plotly_chart(figure, key=f"{key}_map", config=config, theme=None)
                st.caption(escape_markdown(_map_text(codes, partners, lang)))
                st.caption(translate("geo.credit", lang))


# --- The page --------------------------------------------------------------------------------


def render_examples(lang: str) -> None:
    """The whole page below its header: the empty state, or the filter and the cards."""
    frame = cache.examples()
    if frame.empty:
        st.info(translate("voorbeelden.empty", lang))
        return
    linked = linked_example(frame, lang)
    if linked is not None:
        st.caption(translate("voorbeelden.single", lang))
        st.button(translate("voorbeelden.show_all", lang), key=ALL_KEY, on_click=_show_all)
        themes: list[str] = []
    else:
        themes = render_theme_filter(frame, lang)
    shown = shown_examples(frame, linked=linked, themes=themes)
    if shown.empty:
        st.info(translate("voorbeelden.none_for_theme", lang))
        return
    count = "voorbeelden.count_one" if len(shown) == 1 else "voorbeelden.count"
    st.caption(translate(count, lang, n=len(shown)))
    for index, (_, row) in enumerate(shown.iterrows()):
        render_card(row, index=index, lang=lang)
