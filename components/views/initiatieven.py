"""The Initiatieven page's UI pieces: the count, the list with its chosen row, one initiative in full.

The chosen initiative lives in the URL (``initiatief``), so a shared link opens it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import cache, url_state
from components.widgets import downloads
from data.explore import InitiativeDetail, funding_table, partners_table
from data.filters import InitiativeFilter
from data.formatting import escape_markdown, format_euro, format_number
from data.i18n import translate
from data.reference import (
    DISCIPLINE_BY_CODE,
    GEMEENTE_BY_CODE,
    STATUS_BY_CODE,
    TARGET_GROUP_BY_CODE,
    THEME_BY_CODE,
)
from data.years import year_span

PREFIX = "ini"
# The browser gets at most this many rows: with 100x the data, sending every match on
# every rerun made the page slow.  The downloads always hold every matching row.
MAX_ROWS = 1_000


def render_count(chosen: InitiativeFilter, lang: str, version: str) -> tuple[list[str], pd.DataFrame]:
    """How many initiatives match, of how many; returns their ids and the list as shown."""
    ids, table = cache.initiative_rows(chosen, lang, version)
    st.markdown(
        translate(
            "ini.count",
            lang,
            count=format_number(len(ids), 0, lang),
            total=format_number(cache.initiative_count(version), 0, lang),
        )
    )
    return ids, table


def _selection_default(ids: list[str]) -> dict | None:
    """Mark the initiative the URL names as chosen, so a shared link opens it."""
    wanted = url_state.value("initiatief", allowed=ids)
    if wanted is not None:
        return {"selection": {"rows": [ids.index(wanted)]}}
    return None


def render_list(ids: list[str], table: pd.DataFrame, lang: str) -> str | None:
    """The table (its first MAX_ROWS rows; downloads hold them all) and the row chosen in it."""
    ids = ids[:MAX_ROWS]
    if len(table) > MAX_ROWS:
        st.caption(translate("ini.truncated", lang, shown=format_number(MAX_ROWS, 0, lang)))
    event = st.dataframe(
        table.head(MAX_ROWS),
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        selection_default=_selection_default(ids),
        key="ini_table",
        column_config={
            translate("ini.col.budget", lang): st.column_config.NumberColumn(format="localized"),
            translate("ini.col.bereik", lang): st.column_config.NumberColumn(format="localized"),
        },
    )
    rows = [r for r in event.selection.rows if r < len(ids)]
    selected = ids[rows[0]] if rows else None
    url_state.publish(initiatief=selected)
    return selected


def render_downloads(table: pd.DataFrame, lang: str) -> None:
    st.markdown(f"**{translate('export.title', lang)}**")
    with st.container(horizontal=True):
        downloads.render_table_downloads(table, name="initiatieven", lang=lang, key="ini_download")


def _render_facts(detail: InitiativeDetail, lang: str) -> None:
    row = detail.row
    start, end = int(row["startjaar"]), int(row["eindjaar"])
    st.subheader(escape_markdown(row["naam"]))
    st.markdown(translate("ini.detail.organisation", lang, name=escape_markdown(row["organisatie"])))
    st.caption(
        translate(
            "ini.detail.facts",
            lang,
            theme=THEME_BY_CODE[row["thema"]].name(lang),
            discipline=DISCIPLINE_BY_CODE[row["discipline"]].name(lang),
            years=year_span(start, end),
            status=STATUS_BY_CODE[row["status"]].name(lang),
        )
    )
    if row.get("omschrijving"):
        st.markdown(escape_markdown(row["omschrijving"], multiline=True))
    budget, reach = st.columns(2)
    budget.metric(translate("ini.detail.budget", lang), format_euro(float(row["budget"]), lang))
    per_year = format_number(float(row["bereik"]) / (end - start + 1), 0, lang)
    reach.metric(
        translate("ini.detail.reach", lang),
        format_number(float(row["bereik"]), 0, lang),
        help=translate("ini.detail.reach_help", lang, per_year=per_year),
    )
    german = row.get("bereik_duitsland")
    if german is not None and not pd.isna(german):
        reach.caption(translate("ini.detail.reach_germany", lang, n=format_number(float(german), 0, lang)))
    groups = ", ".join(TARGET_GROUP_BY_CODE[c].name(lang) for c in detail.doelgroepen)
    st.markdown(translate("ini.detail.target_groups", lang, groups=groups))


def render_detail(selected: str | None, lang: str, version: str) -> None:
    """The chosen initiative in full: facts, partners, funding and links to its municipalities."""
    detail = cache.initiative_detail(selected, version) if selected else None
    if detail is None:
        st.caption(translate("ini.select_hint", lang))
        return
    with st.container(border=True):
        _render_facts(detail, lang)
        partners, funding = st.columns(2)
        with partners:
            st.markdown(f"**{translate('ini.detail.partners', lang)}**")
            if detail.partners.empty:
                st.caption(translate("ini.detail.no_partners", lang))
            else:
                st.dataframe(partners_table(detail, lang), hide_index=True)
        with funding:
            st.markdown(f"**{translate('ini.detail.funding', lang)}**")
            if detail.funding.empty:
                st.caption(translate("ini.detail.no_funding", lang))
            else:
                st.dataframe(funding_table(detail, lang), hide_index=True)
        st.markdown(f"**{translate('ini.detail.municipalities', lang)}**")
        links = st.columns(max(len(detail.gemeenten), 1))
        for column, code in zip(links, detail.gemeenten, strict=False):
            with column:
                st.page_link(
                    "app_pages/gemeenteprofiel.py",
                    label=translate("ini.detail.profile", lang, name=GEMEENTE_BY_CODE[code].naam),
                    icon=":material/location_city:",
                    query_params={"gemeente": code},
                )
