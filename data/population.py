"""Inhabitants per municipality and year: the denominator of every "per 1.000 inwoners".

The store's ``inwoners`` table starts with the reference years (2015 from the CBS key
figures of the boundary files, 2024 from CBS StatLine 85984NED) and grows with the
CBS fetch.  A figure for a year uses the population of that year where it is known,
else of the nearest known year (the later one on a tie), and says which it used.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from data.reference import GEMEENTE_CODES
from data.years import nearest_year

Connection = duckdb.DuckDBPyConnection


@dataclass(frozen=True)
class Population:
    """The inhabitants of the 14 municipalities in ``year``, and where they come from."""

    year: int
    by_gemeente: pd.Series  # inwoners, indexed by CBS code
    sources: tuple[str, ...]

    @property
    def twente(self) -> int:
        return int(self.by_gemeente.sum())


def complete_years(con: Connection) -> list[int]:
    """Years for which all 14 municipalities have a population."""
    rows = con.execute(
        "SELECT jaar FROM inwoners WHERE gemeente_code IN (SELECT unnest(?)) "
        "GROUP BY jaar HAVING count(DISTINCT gemeente_code) = ? ORDER BY jaar",
        [list(GEMEENTE_CODES), len(GEMEENTE_CODES)],
    ).fetchall()
    return [int(r[0]) for r in rows]


def population(con: Connection, wanted: int | None) -> Population:
    """The population to divide by for figures about ``wanted`` (None: the latest known)."""
    year = nearest_year(complete_years(con), wanted)
    frame = con.execute(
        "SELECT gemeente_code, inwoners, bron FROM inwoners WHERE jaar = ? ORDER BY gemeente_code", [year]
    ).df()
    frame = frame[frame["gemeente_code"].isin(GEMEENTE_CODES)]
    sources = tuple(sorted({s for s in frame["bron"] if isinstance(s, str) and s}))
    return Population(
        year=year, by_gemeente=frame.set_index("gemeente_code")["inwoners"].astype("int64"), sources=sources
    )
