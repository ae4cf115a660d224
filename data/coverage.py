"""Theme coverage of the agenda: municipality x theme, the gaps, and the dekking score.

The counting rule lives here, once: an initiative that serves several municipalities
counts once for *each* of them in per-municipality figures (its whole yearly budget
and reach included), and once in Twente totals.  So the Twente row of the matrix is
not the sum of the municipality rows.  Budget and reach for a range of years come
from the view ``initiatief_jaar`` (spread evenly over the years an initiative runs);
the number of initiatives counts every initiative running in at least one of the
selected years.  All aggregation happens in DuckDB with bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from data.filters import InitiativeFilter, matching_ids_sql
from data.i18n import translate
from data.population import Population, population
from data.reference import REGION_TWENTE, THEMES

Connection = duckdb.DuckDBPyConnection

MEASURES: tuple[str, ...] = ("aantal", "budget", "bereik")
THEME_CODES: tuple[str, ...] = tuple(t.code for t in THEMES)
TOTAL_COLUMN = "totaal"
ALL_THEMES = "alle"


def _selected_years_sql(f: InitiativeFilter) -> tuple[str, list[object]]:
    """Per matching initiative: its budget and reach within the selected years.

    An initiative matches the filter when it runs in at least one selected year, so
    every matching initiative has a row here.
    """
    ids_sql, params = matching_ids_sql(f)
    sql = f"""
        SELECT ij.initiatief_id, sum(ij.budget_jaar) AS budget, sum(ij.bereik_jaar) AS bereik
        FROM initiatief_jaar ij
        WHERE ij.initiatief_id IN ({ids_sql})
          AND (CAST(? AS INTEGER) IS NULL OR ij.jaar >= ?)
          AND (CAST(? AS INTEGER) IS NULL OR ij.jaar <= ?)
        GROUP BY ij.initiatief_id
    """  # noqa: S608 - the subquery is built from constants; values are bound
    return sql, [*params, f.year_from, f.year_from, f.year_to, f.year_to]


def population_for(con: Connection, f: InitiativeFilter) -> Population:
    """The inhabitants that "per 1.000" divides by: those of the last selected year, or the nearest."""
    return population(con, f.year_to if f.year_to is not None else f.year_from)


def coverage_long(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """One row per municipality and theme (all 14 x 3, gaps included as zeros).

    Columns: gemeente_code, naam, inwoners, thema, aantal, budget, bereik.  An
    initiative in several municipalities counts fully in each of them; ``inwoners``
    is the population of :func:`population_for`.
    """
    years_sql, params = _selected_years_sql(f)
    inhabitants = population_for(con, f).year
    return con.execute(
        f"""
        WITH sel AS ({years_sql}),
        per AS (
            SELECT ig.gemeente_code, i.thema, count(*) AS aantal,
                   sum(sel.budget) AS budget, sum(sel.bereik) AS bereik
            FROM sel
            JOIN initiatief i ON i.id = sel.initiatief_id
            JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
            GROUP BY ig.gemeente_code, i.thema
        )
        SELECT g.code AS gemeente_code, g.naam, w.inwoners, t.code AS thema,
               coalesce(per.aantal, 0)::BIGINT AS aantal,
               coalesce(per.budget, 0.0) AS budget,
               coalesce(per.bereik, 0.0) AS bereik
        FROM gemeente g CROSS JOIN thema t
        JOIN inwoners w ON w.gemeente_code = g.code AND w.jaar = ?
        LEFT JOIN per ON per.gemeente_code = g.code AND per.thema = t.code
        ORDER BY g.naam, list_position(?, t.code)
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        [*params, inhabitants, list(THEME_CODES)],
    ).df()


def twente_totals(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """One row per theme for Twente as a whole: every initiative counted once.

    Columns: thema, aantal, budget, bereik, inwoners (the population of the 14, as
    :func:`population_for` picks it).
    """
    years_sql, params = _selected_years_sql(f)
    inhabitants = population_for(con, f).twente
    return con.execute(
        f"""
        WITH sel AS ({years_sql}),
        per AS (
            SELECT i.thema, count(*) AS aantal, sum(sel.budget) AS budget, sum(sel.bereik) AS bereik
            FROM sel JOIN initiatief i ON i.id = sel.initiatief_id
            GROUP BY i.thema
        )
        SELECT t.code AS thema,
               coalesce(per.aantal, 0)::BIGINT AS aantal,
               coalesce(per.budget, 0.0) AS budget,
               coalesce(per.bereik, 0.0) AS bereik,
               CAST(? AS BIGINT) AS inwoners
        FROM thema t LEFT JOIN per ON per.thema = t.code
        ORDER BY list_position(?, t.code)
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        [*params, inhabitants, list(THEME_CODES)],
    ).df()


def _check_measure(measure: str) -> None:
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose one of {MEASURES}")


def _apply_measure(values: pd.DataFrame, population: pd.Series, per_1000: bool) -> pd.DataFrame:
    """Values as they are, or per 1,000 residents of the row's area."""
    if not per_1000:
        return values
    return values.div(population, axis=0) * 1000


def coverage_matrix(
    con: Connection, f: InitiativeFilter, measure: str = "aantal", *, per_1000: bool = False
) -> pd.DataFrame:
    """The coverage matrix: 14 municipality rows, then a Twente row.

    Columns: gemeente_code, naam, one column per theme code, ``totaal``, and
    ``aantal_<theme>`` (the number of initiatives behind each cell, for marking
    gaps whatever the measure).  ``per_1000`` divides by the population of :func:`population_for`.  The
    Twente row counts each initiative once, so it is not the sum of the rows above.
    """
    _check_measure(measure)
    long = coverage_long(con, f)
    keys = ["gemeente_code", "naam", "inwoners"]
    wide = long.pivot(index=keys, columns="thema", values=list(dict.fromkeys([measure, "aantal"])))
    wide = wide.sort_index(level="naam", sort_remaining=False)
    twente = twente_totals(con, f).set_index("thema")
    rows = pd.DataFrame(
        {
            "gemeente_code": [*wide.index.get_level_values("gemeente_code"), REGION_TWENTE],
            "naam": [*wide.index.get_level_values("naam"), "Twente"],
        }
    )
    population = pd.Series(
        [*wide.index.get_level_values("inwoners"), int(twente["inwoners"].iloc[0])], dtype="float64"
    )
    raw = pd.DataFrame(
        {code: [*wide[(measure, code)], twente.at[code, measure]] for code in THEME_CODES},
        dtype="float64",
    )
    raw[TOTAL_COLUMN] = raw.sum(axis=1)
    result = pd.concat([rows, _apply_measure(raw, population, per_1000)], axis=1)
    for code in THEME_CODES:
        result[f"aantal_{code}"] = pd.Series([*wide[("aantal", code)], twente.at[code, "aantal"]]).astype(
            "int64"
        )
    return result


def theme_map_frame(
    con: Connection, f: InitiativeFilter, measure: str = "aantal", *, per_1000: bool = False
) -> pd.DataFrame:
    """Long form for the three small-multiple maps: gemeente_code, naam, thema, waarde, aantal."""
    _check_measure(measure)
    long = coverage_long(con, f)
    values = long[[measure]].astype("float64")
    if per_1000:
        values = values.div(long["inwoners"].astype("float64"), axis=0) * 1000
    return pd.DataFrame(
        {
            "gemeente_code": long["gemeente_code"],
            "naam": long["naam"],
            "thema": long["thema"],
            "waarde": values[measure],
            "aantal": long["aantal"],
        }
    )


# --- The dekking score ------------------------------------------------------------------


@dataclass(frozen=True)
class DekkingDefinition:
    """How the dekking score is computed; the page shows :meth:`text` beside it."""

    weight_themes: float = 0.5
    weight_balance: float = 0.5

    def text(self, lang: str) -> str:
        """The definition in words, with the weights filled in from this object."""
        themes = round(self.weight_themes * 100)
        balance = round(self.weight_balance * 100)
        return translate("themas.dekking.definition", lang, themes=themes, balance=balance)


DEKKING = DekkingDefinition()


def dekking_scores(
    con: Connection, f: InitiativeFilter, definition: DekkingDefinition = DEKKING
) -> pd.DataFrame:
    """The dekking score per municipality, weakest first.

    Columns: gemeente_code, naam, themas_gedekt (0-3), themadekking (0-1), balans
    (0-1), score (0-100), ontbrekend (list of theme codes with no initiative).
    """
    years_sql, params = _selected_years_sql(f)
    n_themes = len(THEME_CODES)
    max_deviation = 2 * (1 - 1 / n_themes)
    return con.execute(
        f"""
        WITH sel AS ({years_sql}),
        per AS (
            SELECT ig.gemeente_code, i.thema, count(*) AS aantal, sum(sel.budget) AS budget
            FROM sel
            JOIN initiatief i ON i.id = sel.initiatief_id
            JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
            GROUP BY ig.gemeente_code, i.thema
        ),
        cells AS (
            SELECT g.code AS gemeente_code, g.naam, t.code AS thema,
                   coalesce(per.aantal, 0) AS aantal, coalesce(per.budget, 0.0) AS budget,
                   sum(coalesce(per.budget, 0.0)) OVER (PARTITION BY g.code) AS budget_gemeente
            FROM gemeente g CROSS JOIN thema t
            LEFT JOIN per ON per.gemeente_code = g.code AND per.thema = t.code
        ),
        scored AS (
            SELECT gemeente_code, naam,
                   count(*) FILTER (WHERE aantal > 0) AS themas_gedekt,
                   count(*) FILTER (WHERE aantal > 0) / ? AS themadekking,
                   CASE WHEN max(budget_gemeente) > 0
                        THEN 1 - sum(abs(budget / budget_gemeente - 1 / ?)) / ?
                        ELSE 0.0 END AS balans,
                   list(thema ORDER BY list_position(?, thema)) FILTER (WHERE aantal = 0) AS ontbrekend
            FROM cells GROUP BY gemeente_code, naam
        )
        SELECT gemeente_code, naam, themas_gedekt::INTEGER AS themas_gedekt, themadekking,
               greatest(balans, 0.0) AS balans,
               100 * (? * themadekking + ? * greatest(balans, 0.0)) AS score,
               coalesce(ontbrekend, []) AS ontbrekend
        FROM scored
        ORDER BY score, naam
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        [
            *params,
            float(n_themes),
            float(n_themes),
            max_deviation,
            list(THEME_CODES),
            definition.weight_themes,
            definition.weight_balance,
        ],
    ).df()


# --- Breakdowns and trend ---------------------------------------------------------------


def theme_disciplines(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Twente totals per theme and discipline, each initiative once.

    Columns: thema, discipline, aantal, budget, bereik.
    """
    years_sql, params = _selected_years_sql(f)
    return con.execute(
        f"""
        WITH sel AS ({years_sql})
        SELECT i.thema, i.discipline, count(*)::BIGINT AS aantal,
               sum(sel.budget) AS budget, sum(sel.bereik) AS bereik
        FROM sel JOIN initiatief i ON i.id = sel.initiatief_id
        GROUP BY i.thema, i.discipline
        ORDER BY i.thema, aantal DESC, i.discipline
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        params,
    ).df()


def theme_target_groups(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Initiatives per theme and target group: thema, doelgroep, aantal.

    An initiative with several target groups counts once in each of them.
    """
    years_sql, params = _selected_years_sql(f)
    return con.execute(
        f"""
        WITH sel AS ({years_sql})
        SELECT i.thema, d.doelgroep, count(*)::BIGINT AS aantal
        FROM sel
        JOIN initiatief i ON i.id = sel.initiatief_id
        JOIN initiatief_doelgroep d ON d.initiatief_id = i.id
        GROUP BY i.thema, d.doelgroep
        ORDER BY i.thema, d.doelgroep
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        params,
    ).df()


def theme_trend(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Initiatives and budget per theme per year, over all years (the year filter is ignored).

    Columns: jaar, thema, aantal, budget.  Twente totals: each initiative once a year.
    """
    ids_sql, params = matching_ids_sql(f.with_years(None, None))
    return con.execute(
        f"""
        SELECT ij.jaar, i.thema, count(*)::BIGINT AS aantal, sum(ij.budget_jaar) AS budget
        FROM initiatief_jaar ij JOIN initiatief i ON i.id = ij.initiatief_id
        WHERE ij.initiatief_id IN ({ids_sql})
        GROUP BY ij.jaar, i.thema
        ORDER BY ij.jaar, i.thema
        """,  # noqa: S608 - the subquery is built from constants; values are bound
        params,
    ).df()


# --- Drill-down --------------------------------------------------------------------------


def cell_initiatives(
    con: Connection,
    f: InitiativeFilter,
    *,
    gemeente: str | None,
    thema: str | None,
    exclude_gemeente: bool = False,
) -> pd.DataFrame:
    """The initiatives behind one cell of the matrix, largest budget first.

    ``gemeente`` None (or the Twente code) means all of Twente; ``thema`` None (or
    ``"alle"``) means every theme.  With ``exclude_gemeente`` the list holds the
    initiatives of the theme that do *not* serve ``gemeente``: who does it elsewhere.
    Columns: id, naam, organisatie, gemeenten, startjaar, eindjaar, status,
    budget_periode, budget, bereik_periode, bereik.
    """
    gemeente = None if gemeente in (None, REGION_TWENTE) else gemeente
    thema = None if thema in (None, ALL_THEMES) else thema
    years_sql, params = _selected_years_sql(f)
    return con.execute(
        f"""
        WITH sel AS ({years_sql}),
        serves AS (
            SELECT DISTINCT initiatief_id FROM initiatief_gemeente WHERE gemeente_code = ?
        )
        SELECT i.id, i.naam, i.organisatie,
               coalesce(string_agg(g.naam, ', ' ORDER BY g.naam), '') AS gemeenten,
               i.startjaar, i.eindjaar, i.status,
               sel.budget AS budget_periode, i.budget,
               sel.bereik AS bereik_periode, i.bereik
        FROM sel
        JOIN initiatief i ON i.id = sel.initiatief_id
        LEFT JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
        LEFT JOIN gemeente g ON g.code = ig.gemeente_code
        WHERE (CAST(? AS VARCHAR) IS NULL OR i.thema = ?)
          AND (CAST(? AS VARCHAR) IS NULL
               OR (i.id IN (SELECT initiatief_id FROM serves)) <> ?)
        GROUP BY ALL
        ORDER BY sel.budget DESC, i.naam, i.id
        """,  # noqa: S608 - only the CTE above is formatted in; values are bound
        [*params, gemeente, thema, thema, gemeente, exclude_gemeente],
    ).df()
