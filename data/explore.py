"""Ad-hoc questions about initiatives and indicators: the list, one initiative, and the pivot.

The pivot answers "measure by up to two dimensions, filtered" in DuckDB.  Dimensions,
measures and aggregations are whitelists of SQL snippets keyed by name; user input
(filter values, search text, years) only ever reaches SQL as bound parameters.

How things count (the same as on the other pages):
- An initiative counts in every year it runs; budget and reach are spread evenly over
  those years, so a year filter takes only the share of the chosen years.
- An initiative in several municipalities (target groups, German districts, funding
  sources) counts fully in each of them, so the groups can add up to more than the
  total.  Budget by funding source is the exception: it uses the amount per source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import duckdb
import pandas as pd

from data.filters import InitiativeFilter, matching_ids_sql
from data.formatting import format_euro, format_number
from data.i18n import translate
from data.indicators import INDICATOR_BY_CODE, INDICATORS
from data.reference import (
    AGE_GROUPS,
    DISCIPLINE_BY_CODE,
    DISCIPLINES,
    FUNDING_BY_CODE,
    FUNDING_SOURCES,
    GEMEENTE_BY_CODE,
    GEMEENTEN,
    KREIS_NAMES,
    STATUS_BY_CODE,
    STATUSES,
    TARGET_GROUP_BY_CODE,
    TARGET_GROUPS,
    THEME_BY_CODE,
    THEMES,
    TOTAL_GROUP,
    Term,
)
from data.years import year_span

Connection = duckdb.DuckDBPyConnection

INITIATIVE_MEASURES = ("initiatieven", "budget", "deelnemers")
MEASURES = INITIATIVE_MEASURES + tuple(i.code for i in INDICATORS)
AGGREGATIONS = ("sum", "mean", "median", "count")
DIMENSIONS = (
    "gemeente",
    "thema",
    "discipline",
    "jaar",
    "doelgroep",
    "status",
    "financiering",
    "grens",
    "kreis",
    "leeftijd",
)
CHARTS = ("bar", "stacked", "line", "heatmap", "map")
MAX_DIMENSIONS = 2

_SQL_AGGREGATE = {"sum": "sum", "mean": "avg", "median": "median", "count": "count"}


@dataclass(frozen=True)
class _Dimension:
    """A group key: its SQL expression and the join it needs (constants, never user text)."""

    key: str
    join: str = ""
    single_valued: bool = True  # one value per initiative-year: totals over it add up


_INITIATIVE_DIMENSIONS: dict[str, _Dimension] = {
    "gemeente": _Dimension(
        "d_gemeente.gemeente_code",
        "LEFT JOIN initiatief_gemeente d_gemeente ON d_gemeente.initiatief_id = b.initiatief_id",
        single_valued=False,
    ),
    "thema": _Dimension("i.thema"),
    "discipline": _Dimension("i.discipline"),
    "jaar": _Dimension("b.jaar"),
    "doelgroep": _Dimension(
        "d_doelgroep.doelgroep",
        "LEFT JOIN initiatief_doelgroep d_doelgroep ON d_doelgroep.initiatief_id = b.initiatief_id",
        single_valued=False,
    ),
    "status": _Dimension("i.status"),
    "financiering": _Dimension(
        "d_fin.bron",
        "LEFT JOIN financiering d_fin ON d_fin.initiatief_id = b.initiatief_id",
        single_valued=False,
    ),
    "grens": _Dimension("CASE WHEN b.grensoverschrijdend THEN 'ja' ELSE 'nee' END"),
    "kreis": _Dimension(
        "d_kreis.kreis_code",
        "LEFT JOIN (SELECT DISTINCT ip.initiatief_id, p.kreis_code FROM initiatief_partner ip "
        "JOIN partner p ON p.id = ip.partner_id WHERE p.land = 'DE') d_kreis "
        "ON d_kreis.initiatief_id = b.initiatief_id",
        single_valued=False,
    ),
}
_INDICATOR_DIMENSIONS: dict[str, _Dimension] = {
    "gemeente": _Dimension("v.gemeente_code"),
    "jaar": _Dimension("v.jaar"),
    "leeftijd": _Dimension("v.groep"),
}
_INITIATIVE_VALUE = {
    "initiatieven": "1",
    "budget": "b.budget_jaar",
    "deelnemers": "b.bereik_jaar",
}
# Budget by funding source: the amount of that source, spread over the years like the budget.
_BUDGET_BY_SOURCE = "coalesce(d_fin.bedrag / b.looptijd, b.budget_jaar)"


@dataclass(frozen=True)
class PivotSpec:
    """One question: a measure, how to aggregate it, by which dimensions, drawn how."""

    measure: str = "initiatieven"
    aggregation: str = "count"
    dimensions: tuple[str, ...] = ("gemeente",)
    chart: str = "bar"


def is_indicator(measure: str) -> bool:
    return measure in INDICATOR_BY_CODE


def allowed_aggregations(measure: str) -> tuple[str, ...]:
    """Counting initiatives only counts; a sum of percentages or distances means nothing."""
    if measure == "initiatieven":
        return ("count",)
    if is_indicator(measure):
        return ("mean", "median", "count")
    return AGGREGATIONS


def allowed_dimensions(measure: str) -> tuple[str, ...]:
    """Indicators are measured per municipality, year and age group, not per initiative."""
    table = _INDICATOR_DIMENSIONS if is_indicator(measure) else _INITIATIVE_DIMENSIONS
    return tuple(d for d in DIMENSIONS if d in table)


def allowed_charts(dimensions: tuple[str, ...]) -> tuple[str, ...]:
    """Chart types that can show these dimensions."""
    charts = ["bar"]
    if len(dimensions) == MAX_DIMENSIONS:
        charts += ["stacked", "heatmap"]
    if "jaar" in dimensions:
        charts.append("line")
    if dimensions == ("gemeente",):
        charts.append("map")
    return tuple(c for c in CHARTS if c in charts)


def is_additive(spec: PivotSpec, dimension: str) -> bool:
    """True when the groups of ``dimension`` add up to the ungrouped total of ``spec``.

    Sums of budget and reach add up over years (they are spread over them); counts do
    not, since an initiative that runs three years counts in each of them.
    """
    if is_indicator(spec.measure) or spec.aggregation not in ("sum", "count"):
        return False
    if dimension == "financiering" and spec.measure == "budget" and spec.aggregation == "sum":
        return True
    if dimension == "jaar":
        return spec.aggregation == "sum"
    return _INITIATIVE_DIMENSIONS[dimension].single_valued


def overlapping_dimensions(spec: PivotSpec) -> tuple[str, ...]:
    """Dimensions of ``spec`` whose groups can together hold more than the total (one
    initiative in several groups); the page says so, with the total beside it."""
    if is_indicator(spec.measure) or spec.aggregation not in ("sum", "count"):
        return ()
    return tuple(d for d in spec.dimensions if not is_additive(spec, d))


def problem(spec: PivotSpec) -> str | None:
    """The translation key saying why ``spec`` cannot be answered, or None when it can."""
    if spec.measure not in MEASURES:
        return "explore.why.measure"
    if spec.aggregation not in allowed_aggregations(spec.measure):
        return "explore.why.aggregation_count" if spec.measure == "initiatieven" else "explore.why.sum"
    if len(spec.dimensions) > MAX_DIMENSIONS or len(set(spec.dimensions)) != len(spec.dimensions):
        return "explore.why.dimensions"
    allowed = allowed_dimensions(spec.measure)
    if any(d not in allowed for d in spec.dimensions):
        return "explore.why.indicator_dimension" if is_indicator(spec.measure) else "explore.why.age"
    if spec.chart not in allowed_charts(spec.dimensions):
        return "explore.why.chart"
    return None


def normalise(spec: PivotSpec) -> PivotSpec:
    """The nearest answerable question: drops what does not fit instead of raising."""
    measure = spec.measure if spec.measure in MEASURES else PivotSpec.measure
    aggregations = allowed_aggregations(measure)
    aggregation = spec.aggregation if spec.aggregation in aggregations else aggregations[0]
    allowed = allowed_dimensions(measure)
    dimensions: list[str] = []
    for dimension in spec.dimensions:
        if dimension in allowed and dimension not in dimensions and len(dimensions) < MAX_DIMENSIONS:
            dimensions.append(dimension)
    charts = allowed_charts(tuple(dimensions))
    chart = spec.chart if spec.chart in charts else charts[0]
    return PivotSpec(measure, aggregation, tuple(dimensions), chart)


# URL parameter names; they must not clash with the filter's (van, tot, thema, ...) or the sidebar's.
URL_KEYS = ("maat", "agg", "rij", "kolom", "grafiek")


def spec_to_query(spec: PivotSpec) -> dict[str, str]:
    query = {"maat": spec.measure, "agg": spec.aggregation, "grafiek": spec.chart}
    for name, dimension in zip(("rij", "kolom"), spec.dimensions, strict=False):
        query[name] = dimension
    return query


def spec_from_query(query: Mapping[str, str]) -> PivotSpec:
    """Read a question back from the URL; anything unknown falls back, nothing raises."""
    if not any(query.get(k) for k in URL_KEYS):
        return PivotSpec()
    dimensions = tuple(query[k] for k in ("rij", "kolom") if query.get(k))
    spec = PivotSpec(
        measure=query.get("maat") or PivotSpec.measure,
        aggregation=query.get("agg") or "",
        dimensions=dimensions,
        chart=query.get("grafiek") or "bar",
    )
    return normalise(spec)


# --- The pivot ---------------------------------------------------------------------------


def _ordered(f: InitiativeFilter) -> InitiativeFilter:
    """A year range typed backwards in a URL ("van=2024&tot=2022") means the same range forwards."""
    if f.year_from is not None and f.year_to is not None and f.year_from > f.year_to:
        return f.with_years(f.year_to, f.year_from)
    return f


def _year_clauses(column: str, f: InitiativeFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    if f.year_from is not None:
        clauses.append(f"{column} >= ?")
        params.append(f.year_from)
    if f.year_to is not None:
        clauses.append(f"{column} <= ?")
        params.append(f.year_to)
    return clauses, params


def _initiative_pivot_sql(spec: PivotSpec, f: InitiativeFilter) -> tuple[str, list[object]]:
    dims = [_INITIATIVE_DIMENSIONS[d] for d in spec.dimensions]
    ids_sql, params = matching_ids_sql(f)
    year_clauses, year_params = _year_clauses("ij.jaar", f)
    value = _INITIATIVE_VALUE[spec.measure]
    if spec.measure == "budget" and "financiering" in spec.dimensions:
        value = _BUDGET_BY_SOURCE
    keys = "".join(f", {d.key} AS {name}" for d, name in zip(dims, spec.dimensions, strict=True))
    names = "".join(f"{name}, " for name in spec.dimensions)
    total = "count(*)" if spec.aggregation == "count" else f"{_SQL_AGGREGATE[spec.aggregation]}(value)"
    sql = f"""
        WITH b AS (
            SELECT ij.initiatief_id, ij.jaar, ij.budget_jaar, ij.bereik_jaar, ij.grensoverschrijdend,
                   ini.eindjaar - ini.startjaar + 1 AS looptijd
            FROM initiatief_jaar ij JOIN initiatief ini ON ini.id = ij.initiatief_id
            WHERE ij.initiatief_id IN ({ids_sql}) {"".join(f" AND {c}" for c in year_clauses)}
        ), u AS (
            SELECT b.initiatief_id{keys}, sum({value}) AS value
            FROM b JOIN initiatief i ON i.id = b.initiatief_id {" ".join(d.join for d in dims)}
            GROUP BY ALL
        )
        SELECT {names}{total} AS waarde, count(*) AS aantal FROM u
        {"GROUP BY ALL" if spec.dimensions else ""}
    """  # noqa: S608 - every snippet is a constant from the whitelists above; values are bound
    return sql, params + year_params


def _indicator_pivot_sql(spec: PivotSpec, f: InitiativeFilter) -> tuple[str, list[object]]:
    dims = [_INDICATOR_DIMENSIONS[d] for d in spec.dimensions]
    clauses = ["v.indicator = ?", "v.waarde IS NOT NULL"]
    params: list[object] = [spec.measure]
    year_clauses, year_params = _year_clauses("v.jaar", f)
    clauses += year_clauses
    params += year_params
    if f.gemeenten:
        clauses.append("list_contains(?, v.gemeente_code)")
        params.append(list(f.gemeenten))
    if "leeftijd" not in spec.dimensions:
        clauses.append("v.groep = ?")
        params.append(TOTAL_GROUP)
    keys = "".join(f"{d.key} AS {name}, " for d, name in zip(dims, spec.dimensions, strict=True))
    total = f"{_SQL_AGGREGATE[spec.aggregation]}(v.waarde)"
    sql = f"""
        SELECT {keys}{total} AS waarde, count(*) AS aantal
        FROM indicator_waarde v JOIN gemeente g ON g.code = v.gemeente_code
        WHERE {" AND ".join(clauses)}
        {"GROUP BY ALL" if spec.dimensions else ""}
    """  # noqa: S608 - every snippet is a constant from the whitelists above; values are bound
    return sql, params


def pivot(con: Connection, spec: PivotSpec, f: InitiativeFilter | None = None) -> pd.DataFrame:
    """The answer in long form: one row per group, columns ``*dimensions, waarde, aantal``.

    ``aantal`` is how many initiatives (or indicator values) the group holds.  Raises
    ``ValueError`` for a question :func:`problem` rejects; pages call :func:`normalise` first.
    """
    reason = problem(spec)
    if reason:
        raise ValueError(f"{spec}: {reason}")
    f = _ordered(f or InitiativeFilter())
    builder = _indicator_pivot_sql if is_indicator(spec.measure) else _initiative_pivot_sql
    sql, params = builder(spec, f)
    frame = con.execute(sql, params).df()
    if not spec.dimensions:
        frame["waarde"] = (
            frame["waarde"].fillna(0) if spec.aggregation in ("sum", "count") else frame["waarde"]
        )
        return frame[["waarde", "aantal"]]
    frame = frame[frame["aantal"] > 0]
    return _sorted(frame, spec.dimensions).reset_index(drop=True)


def ignored_filters(measure: str, f: InitiativeFilter) -> tuple[str, ...]:
    """Filter fields set by the user that say nothing about an indicator (theme, status, ...)."""
    if not is_indicator(measure):
        return ()
    checks = {
        "thema": f.themes,
        "discipline": f.disciplines,
        "status": f.statuses,
        "doelgroep": f.target_groups,
        "financiering": f.funding_sources,
        "grens": f.cross_border is not None,
        "zoek": f.search.strip(),
    }
    return tuple(name for name, value in checks.items() if value)


# --- Labels and order -------------------------------------------------------------------

_TERMS: dict[str, tuple[Term, ...]] = {
    "thema": THEMES,
    "discipline": DISCIPLINES,
    "doelgroep": TARGET_GROUPS,
    "status": STATUSES,
    "financiering": FUNDING_SOURCES,
    "leeftijd": AGE_GROUPS,
}
_ORDER: dict[str, list[object]] = {
    "gemeente": [g.code for g in GEMEENTEN],
    "grens": ["ja", "nee"],
    "kreis": list(KREIS_NAMES),
    **{name: [t.code for t in terms] for name, terms in _TERMS.items()},
}


def _sort_key(dimension: str, series: pd.Series) -> pd.Series:
    if dimension == "jaar":
        return series.fillna(10_000)
    order = {code: n for n, code in enumerate(_ORDER[dimension])}
    return series.map(lambda code: order.get(code, len(order)))


def _sorted(frame: pd.DataFrame, dimensions: tuple[str, ...]) -> pd.DataFrame:
    return frame.sort_values(list(dimensions), key=lambda s: _sort_key(str(s.name), s), kind="stable")


def ordered_codes(dimension: str, codes: pd.Series) -> list[object]:
    """The distinct codes of a dimension in reading order (reference order, years ascending)."""
    unique = pd.Series(codes.drop_duplicates().tolist(), name=dimension, dtype=object)
    return unique.iloc[_sort_key(dimension, unique).argsort(kind="stable")].tolist()


def value_label(dimension: str, code: object, lang: str) -> str:
    """How a group is called in the interface: 'Enschede', 'Traditie en innovatie', '2023'."""
    if code is None or (isinstance(code, float) and pd.isna(code)):
        key = "explore.kreis.none" if dimension == "kreis" else "explore.none"
        return translate(key, lang)
    if dimension == "jaar":
        return str(int(code))
    if dimension == "gemeente":
        return GEMEENTE_BY_CODE[str(code)].naam if code in GEMEENTE_BY_CODE else str(code)
    if dimension == "grens":
        return translate(f"explore.grens.{code}", lang)
    if dimension == "kreis":
        return KREIS_NAMES.get(str(code), str(code))
    lookup = {t.code: t for t in _TERMS[dimension]}
    return lookup[str(code)].name(lang) if code in lookup else str(code)


def dimension_label(dimension: str, lang: str) -> str:
    return translate(f"explore.dim.{dimension}", lang)


def measure_label(measure: str, lang: str) -> str:
    if is_indicator(measure):
        indicator = INDICATOR_BY_CODE[measure]
        return f"{indicator.name(lang)} ({indicator.unit})"
    return translate(f"explore.measure.{measure}", lang)


def measure_unit(measure: str) -> str:
    if is_indicator(measure):
        return INDICATOR_BY_CODE[measure].unit
    return "€" if measure == "budget" else ""


def labelled(frame: pd.DataFrame, spec: PivotSpec, lang: str) -> pd.DataFrame:
    """The long answer with group names instead of codes (the codes kept as ``<dim>_code``)."""
    out = frame.copy()
    for dimension in spec.dimensions:
        out[f"{dimension}_code"] = out[dimension]
        out[dimension] = [value_label(dimension, code, lang) for code in out[dimension]]
    return out


def decimals(spec: PivotSpec) -> int:
    """Digits worth showing: whole euros and people, one decimal for an indicator."""
    return 1 if is_indicator(spec.measure) and spec.aggregation != "count" else 0


def margin_specs(spec: PivotSpec) -> list[PivotSpec]:
    """The questions behind a table's totals: ``spec`` with one or both dimensions left out.

    Totals come from DuckDB at that coarser grain, never from adding up the cells: an
    initiative in several groups counts once, and the mean of all values is not the
    mean of the groups' means.
    """
    if not spec.dimensions:
        return []
    each_alone = [(dimension,) for dimension in spec.dimensions] if len(spec.dimensions) > 1 else []
    return [PivotSpec(spec.measure, spec.aggregation, dims, "bar") for dims in [*each_alone, ()]]


def _totals_by(margins: Mapping[tuple[str, ...], pd.DataFrame], dimension: str) -> dict[object, float]:
    frame = margins[(dimension,)]
    return dict(zip(frame[dimension], frame["waarde"], strict=True))


def _grand_total(margins: Mapping[tuple[str, ...], pd.DataFrame]) -> float:
    frame = margins[()]
    return float(frame["waarde"].iloc[0]) if len(frame) else float("nan")


def wide_table(
    frame: pd.DataFrame,
    spec: PivotSpec,
    lang: str,
    margins: Mapping[tuple[str, ...], pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """The pivot table as people read it: first dimension down, second across, rounded.

    With ``margins`` (the answers to :func:`margin_specs`, by their dimensions) it gets
    a total row and, for two dimensions, a total column.
    """
    digits = decimals(spec)
    names = labelled(frame.assign(waarde=frame["waarde"].round(digits)), spec, lang)
    value = measure_label(spec.measure, lang)
    total = translate("explore.total", lang)
    if not spec.dimensions:
        return pd.DataFrame({total: [""], value: names["waarde"].tolist()})
    first = spec.dimensions[0]
    grand = _grand_total(margins) if margins else None
    if len(spec.dimensions) == 1:
        table = pd.DataFrame({dimension_label(first, lang): names[first], value: names["waarde"]})
        if margins:
            table.loc[len(table)] = [total, round(grand, digits)]
        return table
    second = spec.dimensions[1]
    rows = list(dict.fromkeys(names[first]))
    codes = ordered_codes(second, frame[second])
    columns = [value_label(second, code, lang) for code in codes]
    table = names.pivot(index=first, columns=second, values="waarde").reindex(index=rows, columns=columns)
    table.columns.name = None
    if margins:
        by_row = _totals_by(margins, first)
        row_codes = dict(zip(names[first], names[f"{first}_code"], strict=True))
        table[total] = [round(by_row.get(row_codes[row], float("nan")), digits) for row in rows]
        by_column = _totals_by(margins, second)
        table.loc[total] = [
            *(round(by_column.get(code, float("nan")), digits) for code in codes),
            round(grand, digits),
        ]
    return table.rename_axis(dimension_label(first, lang)).reset_index()


# --- The list and one initiative --------------------------------------------------------


def initiative_list(con: Connection, f: InitiativeFilter | None = None) -> pd.DataFrame:
    """Every initiative that matches ``f``, one row each, with its groups as lists of codes."""
    ids_sql, params = matching_ids_sql(_ordered(f or InitiativeFilter()))
    return con.execute(
        f"""
        SELECT i.id, i.naam, i.organisatie, i.omschrijving, i.thema, i.discipline,
               coalesce((SELECT list(x.gemeente_code ORDER BY x.gemeente_code)
                         FROM initiatief_gemeente x WHERE x.initiatief_id = i.id), []) AS gemeenten,
               coalesce((SELECT list(p.naam ORDER BY p.naam) FROM initiatief_partner ip
                         JOIN partner p ON p.id = ip.partner_id
                         WHERE ip.initiatief_id = i.id AND p.land = 'DE'), []) AS duitse_partners,
               i.startjaar, i.eindjaar, i.status, i.budget, i.bereik,
               coalesce((SELECT list(x.doelgroep ORDER BY x.doelgroep)
                         FROM initiatief_doelgroep x WHERE x.initiatief_id = i.id), []) AS doelgroepen,
               coalesce((SELECT list(x.bron ORDER BY x.bron)
                         FROM financiering x WHERE x.initiatief_id = i.id), []) AS financiering
        FROM initiatief i
        WHERE i.id IN ({ids_sql})
        ORDER BY i.naam, i.id
        """,  # noqa: S608 - the filter's SQL is built from constants; values are bound
        params,
    ).df()


def _names(codes: object, lookup: Mapping[str, object], lang: str) -> str:
    names = []
    for code in list(codes) if codes is not None else []:
        item = lookup.get(code)
        if isinstance(item, Term):
            names.append(item.name(lang))
        else:
            names.append(getattr(item, "naam", str(code)))
    return ", ".join(names)


def initiative_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The list as shown and exported: names in the language, lists as text, headers translated."""

    def col(key: str) -> str:
        return translate(f"ini.col.{key}", lang)

    return pd.DataFrame(
        {
            col("naam"): frame["naam"],
            col("organisatie"): frame["organisatie"],
            col("thema"): [THEME_BY_CODE[c].name(lang) for c in frame["thema"]],
            col("discipline"): [DISCIPLINE_BY_CODE[c].name(lang) for c in frame["discipline"]],
            col("gemeenten"): [_names(c, GEMEENTE_BY_CODE, lang) for c in frame["gemeenten"]],
            col("duitse_partners"): [", ".join(p) for p in frame["duitse_partners"]],
            col("jaren"): list(map(year_span, frame["startjaar"], frame["eindjaar"])),
            col("status"): [STATUS_BY_CODE[c].name(lang) for c in frame["status"]],
            col("budget"): frame["budget"],
            col("bereik"): frame["bereik"],
            col("doelgroepen"): [_names(c, TARGET_GROUP_BY_CODE, lang) for c in frame["doelgroepen"]],
            col("financiering"): [_names(c, FUNDING_BY_CODE, lang) for c in frame["financiering"]],
        }
    )


@dataclass(frozen=True)
class InitiativeDetail:
    """Everything about one initiative, for the detail panel."""

    row: dict[str, object]
    partners: pd.DataFrame  # naam, land, plaats, kreis_code
    funding: pd.DataFrame  # bron, bedrag
    gemeenten: tuple[str, ...]
    doelgroepen: tuple[str, ...]


def initiative_detail(con: Connection, initiative_id: str) -> InitiativeDetail | None:
    """One initiative in full, or None when the id is unknown."""
    frame = con.execute("SELECT * FROM initiatief WHERE id = ?", [initiative_id]).df()
    if frame.empty:
        return None
    partners = con.execute(
        """SELECT p.naam, p.land, p.plaats, p.kreis_code FROM initiatief_partner ip
           JOIN partner p ON p.id = ip.partner_id WHERE ip.initiatief_id = ?
           ORDER BY p.land DESC, p.naam""",
        [initiative_id],
    ).df()
    funding = con.execute(
        "SELECT bron, bedrag FROM financiering WHERE initiatief_id = ? ORDER BY bedrag DESC, bron",
        [initiative_id],
    ).df()
    gemeenten = con.execute(
        "SELECT gemeente_code FROM initiatief_gemeente WHERE initiatief_id = ? ORDER BY gemeente_code",
        [initiative_id],
    ).fetchall()
    groups = con.execute(
        "SELECT doelgroep FROM initiatief_doelgroep WHERE initiatief_id = ? ORDER BY doelgroep",
        [initiative_id],
    ).fetchall()
    return InitiativeDetail(
        row=frame.iloc[0].to_dict(),
        partners=partners,
        funding=funding,
        gemeenten=tuple(r[0] for r in gemeenten),
        doelgroepen=tuple(r[0] for r in groups),
    )


def partners_table(detail: InitiativeDetail, lang: str) -> pd.DataFrame:
    """The initiative's partners as shown: name, place, country and German district."""
    partners = detail.partners
    return pd.DataFrame(
        {
            translate("ini.col.naam", lang): partners["naam"],
            translate("ini.col.plaats", lang): partners["plaats"],
            translate("ini.col.land", lang): [translate(f"ini.land.{c}", lang) for c in partners["land"]],
            translate("ini.col.kreis", lang): [
                KREIS_NAMES.get(c, "") if isinstance(c, str) else "" for c in partners["kreis_code"]
            ],
        }
    )


def funding_table(detail: InitiativeDetail, lang: str) -> pd.DataFrame:
    """The initiative's funding as shown: source, amount and share of the whole."""
    funding = detail.funding
    total = funding["bedrag"].sum()
    return pd.DataFrame(
        {
            translate("ini.col.bron", lang): [FUNDING_BY_CODE[c].name(lang) for c in funding["bron"]],
            translate("ini.col.bedrag", lang): [format_euro(v, lang) for v in funding["bedrag"]],
            translate("ini.col.aandeel", lang): [
                f"{format_number(100 * v / total if total else 0, 0, lang)}%" for v in funding["bedrag"]
            ],
        }
    )
