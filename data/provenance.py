"""Where the indicator values in a store come from: per indicator, its sources and years.

Every stored value carries its ``bron`` (source): the demo generator writes
``data.demo.DEMO_SOURCE``, a fetch from CBS StatLine writes the table and the date
(``CBS StatLine 80305NED (opgehaald 2026-12-01)``), and a partner's upload writes
whatever the partner filled in.  Over de data shows this per indicator, so a reader
sees which figures are real and where they were found.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import duckdb
import pandas as pd

from data.demo import DEMO_SOURCE
from data.i18n import translate
from data.indicators import INDICATORS
from data.years import year_ranges

Connection = duckdb.DuckDBPyConnection

# Source kinds, in the order Over de data lists them.
DEMO, CBS, PARTNER, UNKNOWN = "demo", "cbs", "partner", "onbekend"
SOURCE_KINDS = (CBS, PARTNER, UNKNOWN, DEMO)

# What ``data.cbs`` writes ("CBS StatLine 80305NED (opgehaald 2026-12-01)", "CBS Iv3 <table>,
# jaarrekening 2023, per inwoner volgens CBS StatLine 85984NED (opgehaald ...)") and what people
# write by hand ("CBS StatLine, tabel 85984NED").
_CBS_SOURCE = re.compile(
    r"^\s*CBS[\s-]*(?P<product>StatLine|Iv3)\W+(?:tabel\s+|table\s+|Tabelle\s+)?(?P<table>[0-9A-Za-z]+)",
    re.IGNORECASE,
)
_PER_INHABITANT = re.compile(r"(?:inwoner|resident|Einwohner)\D*?StatLine\W+(?P<table>[0-9A-Za-z]+)", re.I)
_FETCHED = re.compile(r"(?:opgehaald|retrieved|fetched|abgerufen)\D*(?P<date>\d{4}-\d{2}-\d{2})", re.I)


class SourceInfo(NamedTuple):
    """What a stored ``bron`` says: its kind and, for CBS, the table, the fetch date and more."""

    kind: str  # one of SOURCE_KINDS
    table: str | None = None  # the CBS table
    fetched: str | None = None  # ISO date of the fetch
    iv3: bool = False  # the municipalities' accounts (Iv3) rather than StatLine proper
    population_table: str | None = None  # per inhabitant: the CBS table of the inhabitants


def classify_source(bron: str | None) -> SourceInfo:
    """The kind of a stored ``bron`` (demo, cbs, partner, onbekend) and, for CBS, its details."""
    if bron is None or not str(bron).strip():
        return SourceInfo(UNKNOWN)
    text = str(bron).strip()
    if text == DEMO_SOURCE:
        return SourceInfo(DEMO)
    match = _CBS_SOURCE.match(text)
    if not match:
        return SourceInfo(PARTNER)
    fetched = _FETCHED.search(text)
    per_inhabitant = _PER_INHABITANT.search(text)
    return SourceInfo(
        CBS,
        table=match["table"].upper(),
        fetched=fetched["date"] if fetched else None,
        iv3=match["product"].lower() == "iv3",
        population_table=per_inhabitant["table"].upper() if per_inhabitant else None,
    )


def value_sources(con: Connection) -> pd.DataFrame:
    """One row per indicator and source of its municipal values (missing values not counted).

    Columns: indicator, bron, soort (see ``SOURCE_KINDS``), cbs_tabel, opgehaald, iv3,
    inwoners_tabel (see :class:`SourceInfo`), jaren (sorted list), waarden (number of
    values), gemeenten (number of municipalities).
    """
    frame = con.execute(
        """SELECT indicator, bron, list(DISTINCT jaar ORDER BY jaar) AS jaren,
                  count(*) AS waarden, count(DISTINCT gemeente_code) AS gemeenten
           FROM indicator_waarde
           WHERE waarde IS NOT NULL AND gemeente_code LIKE 'GM%'
           GROUP BY indicator, bron
           ORDER BY indicator, bron NULLS LAST"""
    ).df()
    infos = [classify_source(b if isinstance(b, str) else None) for b in frame["bron"]]
    frame.insert(2, "soort", [i.kind for i in infos])
    frame.insert(3, "cbs_tabel", [i.table for i in infos])
    frame.insert(4, "opgehaald", [i.fetched for i in infos])
    frame.insert(5, "iv3", [i.iv3 for i in infos])
    frame.insert(6, "inwoners_tabel", [i.population_table for i in infos])
    frame["jaren"] = [[int(y) for y in years] for years in frame["jaren"]]
    frame["waarden"] = frame["waarden"].astype(int)
    frame["gemeenten"] = frame["gemeenten"].astype(int)
    return frame


def indicator_provenance(con: Connection) -> pd.DataFrame:
    """One row per indicator of the catalogue (in its order), present in the store or not.

    Columns: indicator, aanwezig (bool), jaren (every year with a value, sorted), demo
    (True when every value is generated demo data), bronnen (list of dicts, one per
    source: bron, soort, cbs_tabel, opgehaald, iv3, inwoners_tabel, jaren, waarden; real sources first,
    most values first).
    """
    sources = value_sources(con)
    rank = {kind: index for index, kind in enumerate(SOURCE_KINDS)}
    rows = []
    for indicator in INDICATORS:
        own = sources[sources["indicator"] == indicator.code]
        listed = sorted(
            (
                {
                    "bron": row.bron if isinstance(row.bron, str) else None,
                    "soort": row.soort,
                    "cbs_tabel": row.cbs_tabel,
                    "opgehaald": row.opgehaald,
                    "iv3": bool(row.iv3),
                    "inwoners_tabel": row.inwoners_tabel,
                    "jaren": list(row.jaren),
                    "waarden": int(row.waarden),
                }
                for row in own.itertuples(index=False)
            ),
            key=lambda source: (rank[source["soort"]], -source["waarden"], source["bron"] or ""),
        )
        years = sorted({year for source in listed for year in source["jaren"]})
        rows.append(
            {
                "indicator": indicator.code,
                "aanwezig": bool(listed),
                "jaren": years,
                "demo": bool(listed) and all(source["soort"] == DEMO for source in listed),
                "bronnen": listed,
            }
        )
    return pd.DataFrame(rows, columns=["indicator", "aanwezig", "jaren", "demo", "bronnen"])


def source_label(source: dict, lang: str, *, with_years: bool = True) -> str:
    """A source of ``indicator_provenance`` in the reader's language, with its years."""
    kind = source["soort"]
    if kind == DEMO:
        label = translate("over.source.demo", lang)
    elif kind == CBS:
        parts = [
            translate(
                "over.source.iv3" if source.get("iv3") else "over.source.cbs", lang, table=source["cbs_tabel"]
            )
        ]
        if source.get("inwoners_tabel"):
            parts.append(translate("over.source.per_inhabitant", lang, table=source["inwoners_tabel"]))
        if source.get("opgehaald"):
            parts.append(translate("over.source.fetched", lang, date=source["opgehaald"]))
        label = ", ".join(parts)
    elif kind == PARTNER:
        label = source["bron"]
    else:
        label = translate("over.source.unknown", lang)
    years = year_ranges(source.get("jaren") or []) if with_years else ""
    return f"{label} ({years})" if years else label
