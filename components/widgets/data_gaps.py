"""What a page says about its figures: where they come from, and what is missing.

An imported store may hold only some kinds of data (a CBS fetch brings distances and
inhabitants, no initiatives).  Each page asks here first and, for what is missing,
says what to import and where, instead of drawing empty or borrowed charts; and every
indicator chart names the source of the figures it shows (CBS, a partner, or demo).
"""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from components import cache
from components.widgets.page_setup import PageContext
from data.formatting import escape_markdown
from data.i18n import translate
from data.indicators import Indicator
from data.provenance import source_label
from data.reference import TOTAL_GROUP

DATA_BEHEER_PAGE = "app_pages/data_beheer.py"


def _link_to_data_beheer(ctx: PageContext) -> None:
    st.page_link(
        DATA_BEHEER_PAGE,
        label=translate("gaps.to_data_beheer", ctx.lang),
        icon=":material/upload_file:",
        query_params={"lang": ctx.lang},
    )


def initiatives_missing(ctx: PageContext) -> bool:
    """True, after saying how to import them, when the store holds no initiatives."""
    if cache.initiative_years(ctx.data_version):
        return False
    st.info(translate("gaps.initiatives", ctx.lang), icon=":material/info:")
    _link_to_data_beheer(ctx)
    return True


def indicator_missing(indicator: Indicator, ctx: PageContext, group: str = TOTAL_GROUP) -> bool:
    """True, after saying where its figures come from, when the indicator has no values at all."""
    if cache.indicator_years(indicator.code, group, ctx.data_version):
        return False
    how = "gaps.indicator.cbs" if indicator.fetched_from_cbs else "gaps.indicator.import"
    st.info(
        translate("gaps.indicator", ctx.lang, indicator=indicator.name(ctx.lang))
        + " "
        + translate(how, ctx.lang),
        icon=":material/info:",
    )
    _link_to_data_beheer(ctx)
    return True


def figure_source(indicator: Indicator, years: Iterable[int], ctx: PageContext) -> str:
    """'Bron: CBS StatLine, tabel 80305NED, opgehaald op 2026-12-01': the sources of the shown years."""
    shown = set(years)
    labels = [
        source_label(source, ctx.lang, with_years=False)
        for source in cache.indicator_sources(ctx.data_version).get(indicator.code, [])
        if shown & set(source["jaren"])
    ]
    sources = "; ".join(escape_markdown(label) for label in dict.fromkeys(labels)) or "–"
    return translate("gaps.source", ctx.lang, sources=sources)
