"""Figures the tests expect, computed apart from the code under test.

An app test that took its expected value from the function the page calls could not
fail when that function is wrong.  These read the base tables directly, in SQL and
pandas written for the tests, so the page and the test only agree when both are right.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from data.reference import REGION_TWENTE


@dataclass(frozen=True)
class YearTotals:
    initiatives: int
    participants: float
    cross_border_share: float
    gemeenten_per_theme: dict[str, int]


def year_totals(con: duckdb.DuckDBPyConnection, year: int) -> YearTotals:
    """Initiatives running in ``year``, their reach spread evenly over their years, and more."""
    running = con.execute(
        """SELECT i.id, i.thema, i.bereik * 1.0 / (i.eindjaar - i.startjaar + 1) AS reach,
                  EXISTS (SELECT 1 FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
                          WHERE ip.initiatief_id = i.id AND p.land = 'DE') AS german
           FROM initiatief i WHERE ? BETWEEN i.startjaar AND i.eindjaar""",
        [year],
    ).df()
    places = con.execute(
        """SELECT i.thema, ig.gemeente_code FROM initiatief i
           JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE ? BETWEEN i.startjaar AND i.eindjaar""",
        [year],
    ).df()
    per_theme = places.drop_duplicates().groupby("thema")["gemeente_code"].count().to_dict()
    return YearTotals(
        initiatives=len(running),
        participants=float(running["reach"].sum()),
        cross_border_share=float(running["german"].mean()) if len(running) else 0.0,
        gemeenten_per_theme={str(k): int(v) for k, v in per_theme.items()},
    )


def furthest_from_twente(
    con: duckdb.DuckDBPyConnection, gemeente_code: str, count: int = 3
) -> tuple[list[str], list[str]]:
    """The indicators where a municipality is furthest above and below Twente, in standard deviations.

    Each indicator's latest year with a value for the municipality; the spread is that of
    the 14 municipalities in that year.
    """
    values = con.execute(
        "SELECT gemeente_code, jaar, indicator, waarde FROM indicator_waarde "
        "WHERE groep = 'totaal' AND waarde IS NOT NULL"
    ).df()
    own = values[values["gemeente_code"] == gemeente_code]
    latest = own.groupby("indicator")["jaar"].max()
    scores: dict[str, float] = {}
    for indicator, year in latest.items():
        same = values[(values["indicator"] == indicator) & (values["jaar"] == year)]
        municipalities = same[same["gemeente_code"].str.startswith("GM")]["waarde"]
        twente = same[same["gemeente_code"] == REGION_TWENTE]["waarde"]
        spread = municipalities.std(ddof=1)
        if twente.empty or not spread or pd.isna(spread):
            continue
        mine = float(same[same["gemeente_code"] == gemeente_code]["waarde"].iloc[0])
        scores[indicator] = (mine - float(twente.iloc[0])) / spread
    ranked = sorted(scores, key=scores.get)
    above = [i for i in reversed(ranked) if scores[i] > 0][:count]
    below = [i for i in ranked if scores[i] < 0][:count]
    return above, below


def indicator_values(
    con: duckdb.DuckDBPyConnection, indicator: str, year: int, group: str = "totaal"
) -> dict[str, float]:
    """Municipality code -> the stored value (missing values left out)."""
    rows = con.execute(
        """SELECT gemeente_code, waarde FROM indicator_waarde
           WHERE indicator = ? AND jaar = ? AND groep = ? AND gemeente_code LIKE 'GM%'
             AND waarde IS NOT NULL""",
        [indicator, year, group],
    ).fetchall()
    return dict(rows)


def missing_municipalities(con: duckdb.DuckDBPyConnection, indicator: str, year: int) -> list[str]:
    """The municipalities without a value, in code order (no row, or a row without a value)."""
    known = indicator_values(con, indicator, year)
    codes = [r[0] for r in con.execute("SELECT code FROM gemeente ORDER BY code").fetchall()]
    return [code for code in codes if code not in known]


def change_between(con: duckdb.DuckDBPyConnection, indicator: str, first: int, last: int) -> dict[str, float]:
    """Municipality code -> value in ``last`` minus value in ``first``, where both are known."""
    before, after = indicator_values(con, indicator, first), indicator_values(con, indicator, last)
    return {code: after[code] - before[code] for code in after.keys() & before.keys()}


def area_series(
    con: duckdb.DuckDBPyConnection, indicator: str, area: str, group: str = "totaal"
) -> dict[int, float | None]:
    """Year -> the stored value of one area (a municipality, Twente or NL); None where the row has none."""
    rows = con.execute(
        "SELECT jaar, waarde FROM indicator_waarde WHERE indicator = ? AND gemeente_code = ? AND groep = ?",
        [indicator, area, group],
    ).fetchall()
    return dict(rows)


def stored_indicators(con: duckdb.DuckDBPyConnection, area: str, group: str = "totaal") -> set[str]:
    """The indicators with at least one value for the area."""
    rows = con.execute(
        """SELECT DISTINCT indicator FROM indicator_waarde
           WHERE gemeente_code = ? AND groep = ? AND waarde IS NOT NULL""",
        [area, group],
    ).fetchall()
    return {row[0] for row in rows}
