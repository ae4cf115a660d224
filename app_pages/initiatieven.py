"""Initiatieven: every initiative of the agenda, searchable, filterable, one in full, downloadable."""

import pandas as pd
import streamlit as st

from components import data_access, data_gaps, url_state
from components import initiatieven_data as data
from components.filters import render_initiative_filters
from components.page_setup import context, page_header, t
from data.explore import InitiativeDetail
from data.formatting import escape_markdown, format_euro, format_number
from data.reference import (
    DISCIPLINE_BY_CODE,
    FUNDING_BY_CODE,
    GEMEENTE_BY_CODE,
    KREIS_NAMES,
    STATUS_BY_CODE,
    TARGET_GROUP_BY_CODE,
    THEME_BY_CODE,
)
from data.years import year_span

SELECTED_KEY = "initiatief"  # URL parameter naming the initiative shown in full

ctx = context()
page_header(t("page.initiatieven"), ctx)
st.caption(t("ini.intro"))
if data_gaps.initiatives_missing(ctx):
    st.stop()

# The browser gets at most this many rows: with 100x the data, sending every match on
# every rerun made the page slow.  The downloads always hold every matching row.
MAX_ROWS = 1_000
years = data_access.initiative_years(ctx.data_version)
chosen = render_initiative_filters(
    prefix="ini",
    lang=ctx.lang,
    years=years,
    default_year=ctx.year,
    default_range=(years[0], years[-1]),
)
ids, table = data.initiative_rows(chosen, ctx.lang, ctx.data_version)
st.markdown(
    t(
        "ini.count",
        count=format_number(len(ids), 0, ctx.lang),
        total=format_number(data.initiative_count(ctx.data_version), 0, ctx.lang),
    )
)


def _selection_default(ids: list[str]) -> dict | None:
    """Mark the initiative the URL names as chosen, so a shared link opens it."""
    wanted = url_state.read(SELECTED_KEY)
    if wanted in ids:
        return {"selection": {"rows": [ids.index(wanted)]}}
    return None


def _selected_id(ids: list[str]) -> str | None:
    """The table (its first MAX_ROWS rows; downloads hold them all) and the row chosen in it."""
    ids = ids[:MAX_ROWS]
    if len(table) > MAX_ROWS:
        st.caption(t("ini.truncated", shown=format_number(MAX_ROWS, 0, ctx.lang)))
    event = st.dataframe(
        table.head(MAX_ROWS),
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        selection_default=_selection_default(ids),
        key="ini_table",
        column_config={
            t("ini.col.budget"): st.column_config.NumberColumn(format="localized"),
            t("ini.col.bereik"): st.column_config.NumberColumn(format="localized"),
        },
    )
    rows = [r for r in event.selection.rows if r < len(ids)]
    selected = ids[rows[0]] if rows else None
    if selected:
        url_state.publish(**{SELECTED_KEY: selected})
    else:
        url_state.publish(**{SELECTED_KEY: None})
    return selected


def _partners_table(detail: InitiativeDetail) -> pd.DataFrame:
    partners = detail.partners
    return pd.DataFrame(
        {
            t("ini.col.naam"): partners["naam"],
            t("ini.col.plaats"): partners["plaats"],
            t("ini.col.land"): [t(f"ini.land.{c}") for c in partners["land"]],
            t("ini.col.kreis"): [
                KREIS_NAMES.get(c, "") if isinstance(c, str) else "" for c in partners["kreis_code"]
            ],
        }
    )


def _funding_table(detail: InitiativeDetail) -> pd.DataFrame:
    funding = detail.funding
    total = funding["bedrag"].sum()
    return pd.DataFrame(
        {
            t("ini.col.bron"): [FUNDING_BY_CODE[c].name(ctx.lang) for c in funding["bron"]],
            t("ini.col.bedrag"): [format_euro(v, ctx.lang) for v in funding["bedrag"]],
            t("ini.col.aandeel"): [
                f"{format_number(100 * v / total if total else 0, 0, ctx.lang)}%" for v in funding["bedrag"]
            ],
        }
    )


def _render_facts(detail: InitiativeDetail) -> None:
    row = detail.row
    start, end = int(row["startjaar"]), int(row["eindjaar"])
    st.subheader(escape_markdown(row["naam"]))
    st.markdown(t("ini.detail.organisation", name=escape_markdown(row["organisatie"])))
    st.caption(
        t(
            "ini.detail.facts",
            theme=THEME_BY_CODE[row["thema"]].name(ctx.lang),
            discipline=DISCIPLINE_BY_CODE[row["discipline"]].name(ctx.lang),
            years=year_span(start, end),
            status=STATUS_BY_CODE[row["status"]].name(ctx.lang),
        )
    )
    if row.get("omschrijving"):
        st.markdown(escape_markdown(row["omschrijving"], multiline=True))
    budget, reach = st.columns(2)
    budget.metric(t("ini.detail.budget"), format_euro(float(row["budget"]), ctx.lang))
    per_year = format_number(float(row["bereik"]) / (end - start + 1), 0, ctx.lang)
    reach.metric(
        t("ini.detail.reach"),
        format_number(float(row["bereik"]), 0, ctx.lang),
        help=t("ini.detail.reach_help", per_year=per_year),
    )
    german = row.get("bereik_duitsland")
    if german is not None and not pd.isna(german):
        reach.caption(t("ini.detail.reach_germany", n=format_number(float(german), 0, ctx.lang)))
    groups = ", ".join(TARGET_GROUP_BY_CODE[c].name(ctx.lang) for c in detail.doelgroepen)
    st.markdown(t("ini.detail.target_groups", groups=groups))


def _render_detail(detail: InitiativeDetail) -> None:
    with st.container(border=True):
        _render_facts(detail)
        partners, funding = st.columns(2)
        with partners:
            st.markdown(f"**{t('ini.detail.partners')}**")
            if detail.partners.empty:
                st.caption(t("ini.detail.no_partners"))
            else:
                st.dataframe(_partners_table(detail), hide_index=True)
        with funding:
            st.markdown(f"**{t('ini.detail.funding')}**")
            if detail.funding.empty:
                st.caption(t("ini.detail.no_funding"))
            else:
                st.dataframe(_funding_table(detail), hide_index=True)
        st.markdown(f"**{t('ini.detail.municipalities')}**")
        links = st.columns(max(len(detail.gemeenten), 1))
        for column, code in zip(links, detail.gemeenten, strict=False):
            with column:
                st.page_link(
                    "app_pages/gemeenteprofiel.py",
                    label=t("ini.detail.profile", name=GEMEENTE_BY_CODE[code].naam),
                    icon=":material/location_city:",
                    query_params={"gemeente": code},
                )


if not ids:
    st.info(t("ini.none"))
else:
    selected = _selected_id(ids)
    st.markdown(f"**{t('export.title')}**")
    with st.container(horizontal=True):
        data.render_table_downloads(table, name="initiatieven", lang=ctx.lang, key="ini_download")
    detail = data.initiative_detail(selected, ctx.data_version) if selected else None
    if detail is None:
        st.caption(t("ini.select_hint"))
    else:
        _render_detail(detail)
