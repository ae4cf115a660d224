"""Municipality comparisons: ranks, change over time, highlights in plain Dutch.

The Kaart page and the Gemeenteprofiel page both read from here, so a rank or a
difference is computed one way only.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from data.formatting import format_difference
from data.i18n import translate
from data.indicators import INDICATOR_BY_CODE, INDICATORS
from data.population import population
from data.reference import COUNTRY_NL, REGION_TWENTE, TOTAL_GROUP

Connection = duckdb.DuckDBPyConnection


def change_since(
    con: Connection, indicator: str, year_from: int, year_to: int, group: str = TOTAL_GROUP
) -> pd.DataFrame:
    """Per municipality the change between two years (missing when either year is).

    Columns: gemeente_code, naam, van, tot, waarde (= the change), rang (best change first),
    and the same change for Twente and the Netherlands as verschil columns' references.
    """
    higher_is_better = INDICATOR_BY_CODE[indicator].higher_is_better
    order = "DESC" if higher_is_better else "ASC"  # from the catalogue, never user input
    return con.execute(
        f"""
        WITH pair AS (
            SELECT gemeente_code,
                   max(waarde) FILTER (WHERE jaar = $from) AS van,
                   max(waarde) FILTER (WHERE jaar = $to) AS tot
            FROM indicator_waarde
            WHERE indicator = $indicator AND groep = $group AND jaar IN ($from, $to)
            GROUP BY gemeente_code
        ),
        ref AS (
            SELECT max(tot - van) FILTER (WHERE gemeente_code = $twente) AS twente,
                   max(tot - van) FILTER (WHERE gemeente_code = $nl) AS nederland
            FROM pair
        )
        SELECT g.code AS gemeente_code, g.naam, p.van, p.tot, p.tot - p.van AS waarde,
               CASE WHEN p.tot - p.van IS NULL THEN NULL
                    ELSE rank() OVER (PARTITION BY p.tot - p.van IS NULL ORDER BY p.tot - p.van {order})
               END AS rang,
               ref.twente, ref.nederland,
               (p.tot - p.van) - ref.twente AS verschil_twente,
               (p.tot - p.van) - ref.nederland AS verschil_nederland
        FROM gemeente g
        LEFT JOIN pair p ON p.gemeente_code = g.code
        CROSS JOIN ref
        ORDER BY waarde IS NULL, rang, g.naam
        """,  # noqa: S608 - only the sort direction is formatted in, from the catalogue
        {
            "indicator": indicator,
            "group": group,
            "from": year_from,
            "to": year_to,
            "twente": REGION_TWENTE,
            "nl": COUNTRY_NL,
        },
    ).df()


def indicator_trends(con: Connection, gemeente_codes: list[str], group: str = TOTAL_GROUP) -> pd.DataFrame:
    """Every indicator's series for the given municipalities plus Twente and NL.

    Columns: indicator, gemeente_code, jaar, waarde, rang (among the 14, best first).
    """
    return con.execute(
        """
        WITH ranked AS (
            SELECT indicator, gemeente_code, jaar, waarde,
                   CASE WHEN waarde IS NULL OR gemeente_code NOT LIKE 'GM%' THEN NULL
                        ELSE rank() OVER (
                            PARTITION BY indicator, jaar, gemeente_code LIKE 'GM%', waarde IS NULL
                            ORDER BY CASE WHEN i.hoger_is_beter THEN -waarde ELSE waarde END)
                   END AS rang
            FROM indicator_waarde v
            JOIN (SELECT unnest($codes) AS code, unnest($better) AS hoger_is_beter) i ON i.code = v.indicator
            WHERE groep = $group
        )
        SELECT * FROM ranked
        WHERE list_contains($areas, gemeente_code)
        ORDER BY indicator, gemeente_code, jaar
        """,
        {
            "codes": [i.code for i in INDICATORS],
            "better": [i.higher_is_better for i in INDICATORS],
            "group": group,
            "areas": [*gemeente_codes, REGION_TWENTE, COUNTRY_NL],
        },
    ).df()


def latest_summary(trends: pd.DataFrame, gemeente_code: str) -> pd.DataFrame:
    """Per indicator: latest year and value, rank, and change since the first year."""
    own = trends[(trends["gemeente_code"] == gemeente_code) & trends["waarde"].notna()]
    rows = []
    for code, series in own.groupby("indicator", sort=False):
        series = series.sort_values("jaar")
        first, last = series.iloc[0], series.iloc[-1]
        twente = trends[
            (trends["indicator"] == code)
            & (trends["gemeente_code"] == REGION_TWENTE)
            & (trends["jaar"] == last["jaar"])
        ]["waarde"]
        rows.append(
            {
                "indicator": code,
                "jaar": int(last["jaar"]),
                "waarde": float(last["waarde"]),
                "rang": None if pd.isna(last["rang"]) else int(last["rang"]),
                "eerste_jaar": int(first["jaar"]),
                "verandering": float(last["waarde"] - first["waarde"]),
                "twente": float(twente.iloc[0]) if len(twente) else None,
            }
        )
    columns = ["indicator", "jaar", "waarde", "rang", "eerste_jaar", "verandering", "twente"]
    return pd.DataFrame(rows, columns=columns)  # the columns also when nothing is known


def highlights(con: Connection, gemeente_code: str, *, count: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The indicators where the municipality is furthest above and below the Twente average.

    Each indicator's latest year with data; distance is measured in standard deviations
    among the 14 municipalities, so percentages, euros and kilometres compare fairly.
    Returns (above, below), each with indicator, jaar, waarde, twente, verschil, z.
    """
    frame = con.execute(
        """
        WITH latest AS (
            SELECT indicator, max(jaar) AS jaar FROM indicator_waarde
            WHERE groep = $group AND gemeente_code = $code AND waarde IS NOT NULL GROUP BY indicator
        ),
        spread AS (
            SELECT v.indicator, stddev_samp(v.waarde) AS sd FROM indicator_waarde v
            JOIN latest l USING (indicator, jaar)
            WHERE v.groep = $group AND v.gemeente_code LIKE 'GM%' GROUP BY v.indicator
        )
        SELECT l.indicator, l.jaar, own.waarde, tw.waarde AS twente, own.waarde - tw.waarde AS verschil,
               (own.waarde - tw.waarde) / nullif(s.sd, 0) AS z
        FROM latest l
        JOIN indicator_waarde own ON own.indicator = l.indicator AND own.jaar = l.jaar
             AND own.groep = $group AND own.gemeente_code = $code
        JOIN indicator_waarde tw ON tw.indicator = l.indicator AND tw.jaar = l.jaar
             AND tw.groep = $group AND tw.gemeente_code = $twente
        JOIN spread s ON s.indicator = l.indicator
        WHERE tw.waarde IS NOT NULL AND s.sd > 0
        """,
        {"group": TOTAL_GROUP, "code": gemeente_code, "twente": REGION_TWENTE},
    ).df()
    above = frame[frame["z"] > 0].sort_values("z", ascending=False).head(count)
    below = frame[frame["z"] < 0].sort_values("z").head(count)
    return above.reset_index(drop=True), below.reset_index(drop=True)


def highlight_sentence(row: pd.Series, gemeente_naam: str, lang: str = "nl") -> str:
    """'Het aandeel ... ligt in Losser 9,0 procentpunt boven het Twentse gemiddelde (2024).'"""
    indicator = INDICATOR_BY_CODE[row["indicator"]]
    amount = format_difference(abs(float(row["verschil"])), indicator.unit, lang).lstrip("+")
    phrase = indicator.phrase(lang)
    key = "profile.highlight.above" if row["verschil"] > 0 else "profile.highlight.below"
    return translate(
        key,
        lang,
        phrase=phrase[0].upper() + phrase[1:],
        gemeente=gemeente_naam,
        amount=amount,
        year=int(row["jaar"]),
    )


def gemeente_key_figures(con: Connection, gemeente_code: str, year: int) -> dict[str, float]:
    """Inhabitants (latest known), and initiatives, participants, budget and cross-border ones in a year.

    An initiative shared with other municipalities counts in full here (once per municipality).
    """
    row = con.execute(
        """SELECT count(*), coalesce(sum(ij.bereik_jaar), 0), coalesce(sum(ij.budget_jaar), 0),
                  count(*) FILTER (WHERE ij.grensoverschrijdend)
           FROM initiatief_jaar ij
           JOIN initiatief_gemeente ig ON ig.initiatief_id = ij.initiatief_id
           WHERE ig.gemeente_code = ? AND ij.jaar = ?""",
        [gemeente_code, year],
    ).fetchone()
    initiatives, participants, budget, cross_border = row if row else (0, 0.0, 0.0, 0)
    inhabitants = population(con, None)  # the latest year known: the tile says which
    return {
        "inhabitants": int(inhabitants.by_gemeente[gemeente_code]),
        "inhabitants_year": inhabitants.year,
        "initiatives": int(initiatives),
        "participants": float(participants),
        "budget": float(budget),
        "cross_border": int(cross_border),
    }


def gemeente_initiatives(con: Connection, gemeente_code: str) -> pd.DataFrame:
    """All initiatives the municipality takes part in, newest first."""
    return con.execute(
        """SELECT i.id, i.naam, i.thema, i.discipline, i.status, i.startjaar, i.eindjaar, i.budget, i.bereik,
                  EXISTS (SELECT 1 FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
                          WHERE ip.initiatief_id = i.id AND p.land = 'DE') AS grensoverschrijdend
           FROM initiatief i JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE ig.gemeente_code = ?
           ORDER BY i.startjaar DESC, i.naam""",
        [gemeente_code],
    ).df()
