"""Figures and tables of the Gemeenteprofiel page, as pure functions: keyword-only inputs in."""

from __future__ import annotations

from urllib.parse import urlencode

import pandas as pd

from components.charts.palette import THEME_COLOURS
from components.charts.svg import stacked_columns_svg
from data.formatting import format_number
from data.i18n import translate
from data.reference import STATUS_BY_CODE, THEME_BY_CODE, THEMES
from data.years import year_span


def initiatives_theme_svg(*, initiatives: pd.DataFrame, lang: str) -> tuple[str, str]:
    """Number of initiatives per start year, stacked by theme: the SVG and the same in words.

    A picture drawn on the server, not a plotly chart: nobody zooms it, and the page
    opens one interactive chart the lighter (issue 18).
    """
    counts = initiatives.groupby(["startjaar", "thema"]).size()
    years = list(range(int(initiatives["startjaar"].min()), int(initiatives["startjaar"].max()) + 1))
    stacks = [
        (
            theme.name(lang),
            THEME_COLOURS[theme.code],
            [float(counts.get((year, theme.code), 0)) for year in years],
        )
        for theme in THEMES
    ]
    totals = [int(sum(values[i] for _, _, values in stacks)) for i in range(len(years))]
    title = translate("profile.initiatives_by_theme", lang)
    svg = stacked_columns_svg(
        categories=[str(year) for year in years],
        stacks=stacks,
        total_texts=[format_number(total, 0, lang) for total in totals],
        label=title,
    )
    parts = []
    for index, (year, total) in enumerate(zip(years, totals, strict=True)):
        by_theme = ", ".join(f"{name} {format_number(values[index], 0, lang)}" for name, _, values in stacks)
        parts.append(f"{year}: {format_number(total, 0, lang)} ({by_theme})")
    return svg, f"{title}. " + "; ".join(parts)


def initiatives_table(*, initiatives: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The municipality's initiatives, each with a link to itself in the Initiatieven list."""
    return pd.DataFrame(
        {
            "naam": initiatives["naam"],
            "thema": [THEME_BY_CODE[c].name(lang) for c in initiatives["thema"]],
            "jaren": list(map(year_span, initiatives["startjaar"], initiatives["eindjaar"])),
            "status": [STATUS_BY_CODE[c].name(lang) for c in initiatives["status"]],
            "budget": initiatives["budget"],
            "bereik": initiatives["bereik"],
            "grens": initiatives["grensoverschrijdend"],
            "link": [
                "/initiatieven?" + urlencode({"zoek": naam, "lang": lang}) for naam in initiatives["naam"]
            ],
        }
    )
