"""Grenzeloos: cross-border work between Twente and the German EUREGIO districts.

An initiative is cross-border when at least one of its partners is German.  A *link*
joins a Twente municipality of such an initiative to a German place of one of its
partners; every (municipality, place) pair of every cross-border initiative is one
link, so the map shows every connection in the data.

All counting happens in DuckDB.  The initiatives come from the shared filter
(``data.filters``); money and reach are the parts that fall in the selected years
(``initiatief_jaar`` spreads them evenly over an initiative's run), so totals over a
range never count an initiative twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from data.filters import InitiativeFilter, matching_ids_sql
from data.reference import CROSS_BORDER_FUNDING, GEMEENTEN, GERMAN_PLACE_BY_NAME

Connection = duckdb.DuckDBPyConnection
_NO_YEAR_LOW, _NO_YEAR_HIGH = 1900, 2200
# Tolerance (degrees, about 2 km) to bridge the gap between Dutch and German boundary sources.
BORDER_TOLERANCE = 0.02


def _year_bounds(f: InitiativeFilter) -> list[int]:
    low = f.year_from if f.year_from is not None else _NO_YEAR_LOW
    high = f.year_to if f.year_to is not None else _NO_YEAR_HIGH
    return [low, high]


def _base_ctes(f: InitiativeFilter) -> tuple[str, list[object]]:
    """CTEs shared by every question on this page, with their bound parameters.

    ``sel``: the filtered initiatives with budget and reach in the selected years and
    whether they are cross-border.  ``gem``: their Twente municipalities (only the
    chosen ones when the filter names municipalities).  ``de``: their German partners.
    """
    ids_sql, params = matching_ids_sql(f)
    gemeente_clause = ""
    gemeente_params: list[object] = []
    if f.gemeenten:
        gemeente_clause = "AND list_contains(?, ig.gemeente_code)"
        gemeente_params = [list(f.gemeenten)]
    sql = f"""
    sel AS (
        SELECT ij.initiatief_id AS id,
               sum(ij.budget_jaar) AS budget,
               sum(ij.bereik_jaar) AS bereik,
               sum(ij.bereik_duitsland_jaar) AS bereik_de,
               count(*) AS jaren_in_selectie,
               bool_or(ij.grensoverschrijdend) AS grens
        FROM initiatief_jaar ij
        WHERE ij.initiatief_id IN ({ids_sql}) AND ij.jaar BETWEEN ? AND ?
        GROUP BY ij.initiatief_id
    ),
    gem AS (
        SELECT ig.initiatief_id AS id, ig.gemeente_code
        FROM initiatief_gemeente ig
        WHERE ig.initiatief_id IN (SELECT id FROM sel) {gemeente_clause}
    ),
    de AS (
        SELECT ip.initiatief_id AS id, p.id AS partner_id, p.naam AS partner, p.plaats,
               p.lat, p.lon, p.kreis_code
        FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
        WHERE p.land = 'DE' AND ip.initiatief_id IN (SELECT id FROM sel)
    )"""  # noqa: S608 - the subquery is built by data.filters with bound parameters
    return sql, [*params, *_year_bounds(f), *gemeente_params]


@dataclass(frozen=True)
class CrossBorderKpis:
    initiatives: int  # all filtered initiatives running in the selected years
    cross_border: int  # of which with at least one German partner
    share: float | None  # cross_border / initiatives, None when there are none
    german_partners: int
    german_places: int
    german_districts: int
    budget: float  # budget of the cross-border initiatives in the selected years
    programme_funding: float  # part of it from Interreg / EUREGIO small-projects fund
    programme_share: float | None
    participants: float  # reach of the cross-border initiatives in the selected years
    # Of the cross-border initiatives that report participants from Germany: how many,
    # their reach, and the part of it from Germany (the split exists only where reported).
    split_reported: int
    split_participants: float
    participants_germany: float


def crossborder_kpis(con: Connection, f: InitiativeFilter) -> CrossBorderKpis:
    """Headline figures of cross-border work for the filter and its years."""
    ctes, params = _base_ctes(f)
    row = con.execute(
        f"""WITH {ctes},
        fin AS (
            SELECT s.id, sum(fi.bedrag * s.jaren_in_selectie / (i.eindjaar - i.startjaar + 1)) AS bedrag
            FROM sel s
            JOIN initiatief i ON i.id = s.id
            JOIN financiering fi ON fi.initiatief_id = s.id
            WHERE s.grens AND list_contains(?, fi.bron)
            GROUP BY s.id
        )
        SELECT
            (SELECT count(*) FROM sel),
            (SELECT count(*) FROM sel WHERE grens),
            (SELECT count(DISTINCT partner_id) FROM de),
            (SELECT count(DISTINCT plaats) FROM de),
            (SELECT count(DISTINCT kreis_code) FROM de),
            (SELECT coalesce(sum(budget), 0) FROM sel WHERE grens),
            (SELECT coalesce(sum(bedrag), 0) FROM fin),
            (SELECT coalesce(sum(bereik), 0) FROM sel WHERE grens),
            (SELECT count(*) FROM sel WHERE grens AND bereik_de IS NOT NULL),
            (SELECT coalesce(sum(bereik), 0) FROM sel WHERE grens AND bereik_de IS NOT NULL),
            (SELECT coalesce(sum(bereik_de), 0) FROM sel WHERE grens)
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        [*params, sorted(CROSS_BORDER_FUNDING)],
    ).fetchone()
    total, cross, partners, places, districts, budget, funding, reach, reported, split_reach, german = row
    return CrossBorderKpis(
        initiatives=int(total),
        cross_border=int(cross),
        share=float(cross) / total if total else None,
        german_partners=int(partners),
        german_places=int(places),
        german_districts=int(districts),
        budget=float(budget),
        programme_funding=float(funding),
        programme_share=float(funding) / budget if budget else None,
        participants=float(reach),
        split_reported=int(reported),
        split_participants=float(split_reach),
        participants_germany=float(german),
    )


def _fill_coordinates(frame: pd.DataFrame) -> pd.DataFrame:
    """German places without stored coordinates get those of the reference list."""
    for column in ("lat", "lon"):
        known = {name: getattr(place, column) for name, place in GERMAN_PLACE_BY_NAME.items()}
        frame[column] = frame[column].fillna(frame["plaats"].map(known)).astype("float64")
    return frame


def links(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """One row per (Twente municipality, German place) that work together.

    Columns: gemeente_code, gemeente, plaats, kreis_code, kreis, lat, lon (of the
    place), initiatieven (number), namen (initiative names), organisaties (the
    German partner organisations in that place), eerste_jaar, laatste_jaar, budget
    (of those initiatives in the selected years; an initiative with several links
    counts fully in each).  Sorted by municipality, then most initiatives first.
    """
    ctes, params = _base_ctes(f)
    frame = con.execute(
        f"""WITH {ctes},
        pairs AS (
            SELECT g.gemeente_code, d.plaats, d.id,
                   list(DISTINCT d.partner) AS organisaties,
                   any_value(d.kreis_code) AS kreis_code, any_value(d.lat) AS lat, any_value(d.lon) AS lon
            FROM gem g JOIN de d ON d.id = g.id
            GROUP BY g.gemeente_code, d.plaats, d.id
        )
        SELECT p.gemeente_code, gm.naam AS gemeente, p.plaats,
               any_value(p.kreis_code) AS kreis_code, any_value(k.naam) AS kreis,
               any_value(p.lat) AS lat, any_value(p.lon) AS lon,
               count(*) AS initiatieven,
               list(i.naam ORDER BY i.naam) AS namen,
               list_sort(list_distinct(flatten(list(p.organisaties)))) AS organisaties,
               min(i.startjaar) AS eerste_jaar, max(i.eindjaar) AS laatste_jaar,
               sum(s.budget) AS budget
        FROM pairs p
        JOIN sel s ON s.id = p.id
        JOIN initiatief i ON i.id = p.id
        JOIN gemeente gm ON gm.code = p.gemeente_code
        LEFT JOIN kreis k ON k.code = p.kreis_code
        GROUP BY p.gemeente_code, gm.naam, p.plaats
        ORDER BY gm.naam, initiatieven DESC, p.plaats
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        params,
    ).df()
    frame["initiatieven"] = frame["initiatieven"].astype("int64")
    frame["budget"] = frame["budget"].astype("float64")
    return _fill_coordinates(frame)


def place_totals(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Per German partner place: district, position, cross-border initiatives and partners."""
    ctes, params = _base_ctes(f)
    frame = con.execute(
        f"""WITH {ctes}
        SELECT d.plaats, any_value(d.kreis_code) AS kreis_code, any_value(k.naam) AS kreis,
               any_value(d.lat) AS lat, any_value(d.lon) AS lon,
               count(DISTINCT d.id) AS initiatieven,
               count(DISTINCT d.partner_id) AS partners,
               list(DISTINCT d.partner ORDER BY d.partner) AS organisaties
        FROM de d LEFT JOIN kreis k ON k.code = d.kreis_code
        WHERE d.id IN (SELECT id FROM gem)
        GROUP BY d.plaats
        ORDER BY initiatieven DESC, d.plaats
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        params,
    ).df()
    frame["initiatieven"] = frame["initiatieven"].astype("int64")
    return _fill_coordinates(frame)


def district_totals(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Every EUREGIO district with its number of cross-border initiatives (0 if none)."""
    ctes, params = _base_ctes(f)
    frame = con.execute(
        f"""WITH {ctes}
        SELECT k.code AS kreis_code, k.naam AS kreis,
               count(DISTINCT d.id) AS initiatieven,
               count(DISTINCT d.plaats) AS plaatsen
        FROM kreis k
        LEFT JOIN de d ON d.kreis_code = k.code AND d.id IN (SELECT id FROM gem)
        GROUP BY k.code, k.naam
        ORDER BY initiatieven DESC, k.naam
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        params,
    ).df()
    frame["initiatieven"] = frame["initiatieven"].astype("int64")
    return frame


def gemeente_totals(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Per Twente municipality: initiatives, cross-border ones, their share, German places.

    Every municipality appears (or every chosen one), also those without initiatives.
    ``aandeel`` is None where a municipality has no initiatives.
    """
    ctes, params = _base_ctes(f)
    chosen = list(f.gemeenten) or [g.code for g in GEMEENTEN]
    frame = con.execute(
        f"""WITH {ctes}
        SELECT gm.code AS gemeente_code, gm.naam AS gemeente,
               count(DISTINCT g.id) AS initiatieven,
               count(DISTINCT g.id) FILTER (WHERE s.grens) AS grensoverschrijdend,
               coalesce(list(DISTINCT d.plaats ORDER BY d.plaats) FILTER (WHERE d.plaats IS NOT NULL),
                        []::VARCHAR[]) AS plaatsen
        FROM gemeente gm
        LEFT JOIN gem g ON g.gemeente_code = gm.code
        LEFT JOIN sel s ON s.id = g.id
        LEFT JOIN de d ON d.id = g.id
        WHERE list_contains(?, gm.code)
        GROUP BY gm.code, gm.naam
        ORDER BY gm.naam
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        [*params, chosen],
    ).df()
    for column in ("initiatieven", "grensoverschrijdend"):
        frame[column] = frame[column].astype("int64")
    frame["aandeel"] = (frame["grensoverschrijdend"] / frame["initiatieven"]).where(frame["initiatieven"] > 0)
    frame["plaatsen"] = frame["plaatsen"].map(list)
    return frame


def trend_by_year(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Per selected year: initiatives running, how many cross-border, share and budget."""
    ctes, params = _base_ctes(f)
    low, high = _year_bounds(f)
    frame = con.execute(
        f"""WITH {ctes}
        SELECT ij.jaar, count(*) AS initiatieven,
               count(*) FILTER (WHERE ij.grensoverschrijdend) AS grensoverschrijdend,
               coalesce(sum(ij.budget_jaar) FILTER (WHERE ij.grensoverschrijdend), 0) AS budget
        FROM initiatief_jaar ij
        WHERE ij.initiatief_id IN (SELECT id FROM sel) AND ij.jaar BETWEEN ? AND ?
        GROUP BY ij.jaar ORDER BY ij.jaar
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        [*params, low, high],
    ).df()
    for column in ("jaar", "initiatieven", "grensoverschrijdend"):
        frame[column] = frame[column].astype("int64")
    frame["aandeel"] = frame["grensoverschrijdend"] / frame["initiatieven"]
    return frame


def by_discipline(con: Connection, f: InitiativeFilter) -> pd.DataFrame:
    """Per discipline (all of them): initiatives, cross-border ones and their share."""
    ctes, params = _base_ctes(f)
    frame = con.execute(
        f"""WITH {ctes}
        SELECT dc.code AS discipline, count(s.id) AS initiatieven,
               count(s.id) FILTER (WHERE s.grens) AS grensoverschrijdend
        FROM discipline dc
        LEFT JOIN initiatief i ON i.discipline = dc.code
        LEFT JOIN sel s ON s.id = i.id
        GROUP BY dc.code
        ORDER BY grensoverschrijdend DESC, dc.code
        """,  # noqa: S608 - CTEs from _base_ctes, values bound
        params,
    ).df()
    for column in ("initiatieven", "grensoverschrijdend"):
        frame[column] = frame[column].astype("int64")
    frame["aandeel"] = (frame["grensoverschrijdend"] / frame["initiatieven"]).where(frame["initiatieven"] > 0)
    return frame


def _as_lines(geometry: BaseGeometry) -> list[BaseGeometry]:
    merged = shapely.line_merge(geometry) if geometry.geom_type == "MultiLineString" else geometry
    if merged.geom_type in ("LineString", "LinearRing"):
        return [merged]
    return [g for g in getattr(merged, "geoms", []) if g.geom_type in ("LineString", "LinearRing")]


def border_lines(
    dutch: gpd.GeoDataFrame, german: gpd.GeoDataFrame, tolerance: float = BORDER_TOLERANCE
) -> list[list[tuple[float, float]]]:
    """The Dutch-German border as (lon, lat) lines: the German districts' outline along Dutch land.

    The two sides come from different sources (CBS, BKG) whose edges do not meet
    exactly, so the German outline is kept where it lies within ``tolerance`` of the
    Dutch areas.  Each Dutch area is buffered on its own, which also repairs the
    slightly invalid polygons of a coarse province file.
    """
    german_outline = shapely.union_all(german.geometry.to_numpy()).boundary
    dutch_near = shapely.union_all([shapely.buffer(g, tolerance) for g in dutch.geometry.to_numpy()])
    shared = german_outline.intersection(dutch_near)
    lines = [line for line in _as_lines(shared) if line.length >= tolerance]
    return [[(round(x, 5), round(y, 5)) for x, y in line.coords] for line in lines]
