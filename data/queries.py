"""Read-only questions to the store, answered in DuckDB and returned as DataFrames.

Every function takes an open connection (or cursor) first and plain values after it,
so the UI layer can cache on those values.  User input is always a bound parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from data.indicators import INDICATOR_BY_CODE
from data.reference import COUNTRY_NL, REGION_TWENTE, THEMES, TOTAL_GROUP

Connection = duckdb.DuckDBPyConnection


def initiative_years(con: Connection) -> list[int]:
    """Years in which at least one initiative runs."""
    rows = con.execute("SELECT DISTINCT jaar FROM initiatief_jaar ORDER BY jaar").fetchall()
    return [int(r[0]) for r in rows]


def indicator_years(con: Connection, indicator: str, group: str = TOTAL_GROUP) -> list[int]:
    """Years with at least one municipal value for this indicator and group."""
    rows = con.execute(
        """SELECT DISTINCT jaar FROM indicator_waarde
           WHERE indicator = ? AND groep = ? AND gemeente_code LIKE 'GM%' AND waarde IS NOT NULL
           ORDER BY jaar""",
        [indicator, group],
    ).fetchall()
    return [int(r[0]) for r in rows]


def all_data_years(con: Connection) -> list[int]:
    """Every year that has initiatives or indicator values: the shared year selector."""
    rows = con.execute(
        """SELECT jaar FROM initiatief_jaar UNION SELECT jaar FROM indicator_waarde
           ORDER BY jaar"""
    ).fetchall()
    return [int(r[0]) for r in rows]


@dataclass(frozen=True)
class OverviewKpis:
    year: int
    initiatives: int
    participants: float
    budget: float
    cross_border_share: float | None  # None when no initiative runs in the year
    gemeenten_per_theme: dict[str, int]


def overview_kpis(con: Connection, year: int) -> OverviewKpis:
    """Headline figures for one year; Twente totals count each initiative once."""
    row = con.execute(
        """SELECT count(*), coalesce(sum(bereik_jaar), 0), coalesce(sum(budget_jaar), 0),
                  avg(CASE WHEN grensoverschrijdend THEN 1.0 ELSE 0.0 END)
           FROM initiatief_jaar WHERE jaar = ?""",
        [year],
    ).fetchone()
    count, participants, budget, share = row if row else (0, 0.0, 0.0, None)
    per_theme = dict(
        con.execute(
            """SELECT i.thema, count(DISTINCT ig.gemeente_code)
               FROM initiatief_jaar ij
               JOIN initiatief i ON i.id = ij.initiatief_id
               JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
               WHERE ij.jaar = ? GROUP BY i.thema""",
            [year],
        ).fetchall()
    )
    return OverviewKpis(
        year=year,
        initiatives=int(count),
        participants=float(participants),
        budget=float(budget),
        cross_border_share=None if share is None else float(share),
        gemeenten_per_theme={t.code: int(per_theme.get(t.code, 0)) for t in THEMES},
    )


def indicator_by_gemeente(
    con: Connection, indicator: str, year: int, group: str = TOTAL_GROUP
) -> pd.DataFrame:
    """One row per Twente municipality (missing values stay missing), ranked best first.

    Columns: gemeente_code, naam, waarde, rang, twente, nederland, verschil_twente,
    verschil_nederland, status.
    """
    higher_is_better = INDICATOR_BY_CODE[indicator].higher_is_better
    order = "DESC" if higher_is_better else "ASC"  # from the catalogue, never user input
    return con.execute(
        f"""
        WITH v AS (
            SELECT gemeente_code, waarde, status FROM indicator_waarde
            WHERE indicator = $indicator AND jaar = $year AND groep = $group
        ),
        ref AS (
            SELECT max(waarde) FILTER (WHERE gemeente_code = $twente) AS twente,
                   max(waarde) FILTER (WHERE gemeente_code = $nl) AS nederland
            FROM v
        )
        SELECT g.code AS gemeente_code, g.naam, v.waarde,
               CASE WHEN v.waarde IS NULL THEN NULL
                    ELSE rank() OVER (PARTITION BY v.waarde IS NULL ORDER BY v.waarde {order})
               END AS rang,
               ref.twente, ref.nederland,
               v.waarde - ref.twente AS verschil_twente,
               v.waarde - ref.nederland AS verschil_nederland,
               v.status
        FROM gemeente g
        LEFT JOIN v ON v.gemeente_code = g.code
        CROSS JOIN ref
        ORDER BY v.waarde IS NULL, rang, g.naam
        """,  # noqa: S608 - only the sort direction is formatted in, from the catalogue
        {"indicator": indicator, "year": year, "group": group, "twente": REGION_TWENTE, "nl": COUNTRY_NL},
    ).df()


def indicator_availability(con: Connection) -> pd.DataFrame:
    """Per indicator: first and last year with data and the list of years."""
    return con.execute(
        """SELECT indicator, min(jaar) AS eerste_jaar, max(jaar) AS laatste_jaar,
                  list(DISTINCT jaar ORDER BY jaar) AS jaren
           FROM indicator_waarde WHERE waarde IS NOT NULL
           GROUP BY indicator ORDER BY indicator"""
    ).df()
