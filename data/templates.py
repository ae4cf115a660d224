"""Templates for the partners' spreadsheets, and the store's data written in the same layout.

The templates carry a sheet explaining every column and a sheet with the allowed
values, so a policy officer needs nothing else.  :func:`export_frames` writes stored
data through the same layout; importing that file again gives identical tables, also
for text that starts like a formula (``data.safe_files`` writes it as a text cell).

    python -m data.templates --out DIR [--db PATH]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import duckdb
import pandas as pd

from data.i18n import translate
from data.importing.sheets import (
    FUNDING_PREFIX,
    KIND_INDICATORS,
    KIND_INITIATIVES,
    KIND_PARTNERS,
    KIND_POPULATION,
    SHEETS,
)
from data.indicators import INDICATORS
from data.reference import (
    AGE_GROUPS,
    COUNTRY_NL,
    DISCIPLINE_BY_CODE,
    DISCIPLINES,
    FUNDING_SOURCES,
    GEMEENTEN,
    GERMAN_PLACES,
    KREIS_NAMES,
    REGION_TWENTE,
    STATUS_BY_CODE,
    STATUSES,
    TARGET_GROUP_BY_CODE,
    TARGET_GROUPS,
    THEME_BY_CODE,
    THEMES,
    gemeente_name,
)
from data.safe_files import XLSX_MIME, csv_bytes, csv_zip_bytes, xlsx_bytes

SHEET_TITLES = {
    KIND_INDICATORS: "Indicatorwaarden",
    KIND_INITIATIVES: "Initiatieven",
    KIND_PARTNERS: "Partners",
    KIND_POPULATION: "Inwoners",
}
TEMPLATE_KINDS = {
    KIND_INDICATORS: (KIND_INDICATORS, KIND_POPULATION),
    KIND_INITIATIVES: (KIND_INITIATIVES, KIND_PARTNERS),
}


def columns(kind: str) -> list[str]:
    return [spec.name for spec in SHEETS[kind]]


def empty_frames(template: str) -> dict[str, pd.DataFrame]:
    """The sheets of a template, with their columns and no rows."""
    return {kind: pd.DataFrame(columns=columns(kind)) for kind in TEMPLATE_KINDS[template]}


# --- Explanation sheets -------------------------------------------------------------------


def _column_help(kind: str, column: str, lang: str) -> str:
    if column.startswith(FUNDING_PREFIX):
        code = column.removeprefix(FUNDING_PREFIX)
        source = next(f for f in FUNDING_SOURCES if f.code == code)
        return translate(f"beheer.col.{kind}.financiering", lang, source=source.name(lang))
    return translate(f"beheer.col.{kind}.{column}", lang)


def explanation_frame(kinds: tuple[str, ...], lang: str = "nl") -> pd.DataFrame:
    """One row per column: sheet, column, required or not, and what to fill in."""
    yes, no = translate("beheer.tpl.yes", lang), translate("beheer.tpl.no", lang)
    rows = [{"sheet": "", "column": "", "required": "", "help": translate("beheer.tpl.general", lang)}]
    for kind in kinds:
        for spec in SHEETS[kind]:
            rows.append(
                {
                    "sheet": SHEET_TITLES[kind],
                    "column": spec.name,
                    "required": yes if spec.required else no,
                    "help": _column_help(kind, spec.name, lang),
                }
            )
    frame = pd.DataFrame(rows)
    frame.columns = [
        translate(f"beheer.tpl.{k}", lang) for k in ("sheet", "column", "required", "explanation")
    ]
    return frame


def allowed_values_frame(lang: str = "nl") -> pd.DataFrame:
    """Every list of allowed values: municipalities with codes, themes, disciplines, ..."""
    rows: list[tuple[str, str, str, str]] = []

    def add(list_key: str, items: list[tuple[str, str, str]]) -> None:
        label = translate(f"beheer.tpl.list.{list_key}", lang)
        rows.extend((label, code, name, extra) for code, name, extra in items)

    add("gemeente", [(g.code, g.naam, "") for g in GEMEENTEN])
    add("gemeente", [(REGION_TWENTE, "Twente", ""), (COUNTRY_NL, "Nederland", "")])
    add("thema", [(t.code, t.nl, t.en) for t in THEMES])
    add("discipline", [(d.code, d.nl, d.en) for d in DISCIPLINES])
    add("doelgroep", [(d.code, d.nl, d.en) for d in TARGET_GROUPS])
    add("status", [(s.code, s.nl, s.en) for s in STATUSES])
    add("indicator", [(i.code, i.name_nl, f"{i.unit}; {', '.join(i.groups)}") for i in INDICATORS])
    add("groep", [(a.code, a.nl, a.en) for a in AGE_GROUPS])
    add("financiering", [(f"{FUNDING_PREFIX}{f.code}", f.nl, f.en) for f in FUNDING_SOURCES])
    add("kreis", [(code, name, "") for code, name in KREIS_NAMES.items()])
    add("plaats", [(p.naam, KREIS_NAMES[p.kreis_code], f"{p.lat}, {p.lon}") for p in GERMAN_PLACES])
    names = [translate(f"beheer.tpl.{k}", lang) for k in ("list", "code", "name", "name_en")]
    return pd.DataFrame(rows, columns=names)


# --- Writing files: all through data.safe_files, which never writes a formula ----------


def to_xlsx(frames: dict[str, pd.DataFrame], lang: str = "nl") -> bytes:
    """A workbook with one sheet per table, plus 'Toelichting' and 'Toegestane waarden'."""
    sheets = {SHEET_TITLES[kind]: frame for kind, frame in frames.items()}
    sheets["Toelichting"] = explanation_frame(tuple(frames), lang)
    sheets["Toegestane waarden"] = allowed_values_frame(lang)
    return xlsx_bytes(sheets)


def to_csv(frame: pd.DataFrame) -> bytes:
    """';'-separated, decimal commas, UTF-8 with BOM: what Dutch Excel opens correctly."""
    return csv_bytes(frame, dutch=True)


def to_csv_zip(frames: dict[str, pd.DataFrame], lang: str = "nl") -> bytes:
    """Several CSV files in one zip, with the explanations as CSV too."""
    files = {f"{kind}.csv": frame for kind, frame in frames.items()}
    files["toelichting.csv"] = explanation_frame(tuple(frames), lang)
    files["toegestane_waarden.csv"] = allowed_values_frame(lang)
    return csv_zip_bytes(files, dutch=True)


# --- Stored data in template layout -------------------------------------------------------


def _joined(con: duckdb.DuckDBPyConnection, table: str, column: str) -> dict[str, list[str]]:
    rows = con.execute(
        f"SELECT initiatief_id, list({column} ORDER BY {column}) FROM {table} GROUP BY initiatief_id"  # noqa: S608
    ).fetchall()
    return {ident: values for ident, values in rows}


def _indicator_export(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute(
        """SELECT gemeente_code, jaar, indicator, groep, waarde, bron, status FROM indicator_waarde
           ORDER BY indicator, groep, jaar, gemeente_code"""
    ).df()
    frame.insert(0, "gemeente", frame.pop("gemeente_code").map(gemeente_name))
    return frame[columns(KIND_INDICATORS)]


def _initiative_export(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute("SELECT * FROM initiatief ORDER BY id").df()
    gemeenten = _joined(con, "initiatief_gemeente", "gemeente_code")
    targets = _joined(con, "initiatief_doelgroep", "doelgroep")
    partners = _joined(con, "initiatief_partner", "partner_id")
    frame["thema"] = frame["thema"].map(lambda c: THEME_BY_CODE[c].nl)
    frame["discipline"] = frame["discipline"].map(lambda c: DISCIPLINE_BY_CODE[c].nl)
    frame["status"] = frame["status"].map(lambda c: STATUS_BY_CODE[c].nl)
    frame["gemeenten"] = frame["id"].map(lambda i: ", ".join(gemeente_name(c) for c in gemeenten.get(i, [])))
    frame["doelgroepen"] = frame["id"].map(
        lambda i: ", ".join(TARGET_GROUP_BY_CODE[c].nl for c in targets.get(i, []))
    )
    frame["partners"] = frame["id"].map(lambda i: ", ".join(partners.get(i, [])))
    funding = con.execute("SELECT initiatief_id, bron, bedrag FROM financiering").df()
    wide = funding.pivot(index="initiatief_id", columns="bron", values="bedrag")
    for source in FUNDING_SOURCES:
        column = f"{FUNDING_PREFIX}{source.code}"
        values = wide[source.code] if source.code in wide.columns else pd.Series(dtype="float64")
        frame[column] = frame["id"].map(values)
    return frame[columns(KIND_INITIATIVES)]


def _partner_export(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute(
        "SELECT id, naam, land, plaats, kreis_code AS kreis, lat, lon FROM partner ORDER BY id"
    ).df()
    return frame[columns(KIND_PARTNERS)]


def _population_export(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    frame = con.execute(
        "SELECT gemeente_code, jaar, inwoners, bron, status FROM inwoners ORDER BY jaar, gemeente_code"
    ).df()
    frame.insert(0, "gemeente", frame.pop("gemeente_code").map(gemeente_name))
    return frame[columns(KIND_POPULATION)]


def export_frames(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """All stored facts in the layout of the templates, per sheet."""
    return {
        KIND_INDICATORS: _indicator_export(con),
        KIND_INITIATIVES: _initiative_export(con),
        KIND_PARTNERS: _partner_export(con),
        KIND_POPULATION: _population_export(con),
    }


def template_files(lang: str = "nl") -> dict[str, tuple[bytes, str]]:
    """The downloadable templates: file name -> (content, MIME type)."""
    indicators = empty_frames(KIND_INDICATORS)
    initiatives = empty_frames(KIND_INITIATIVES)
    return {
        "sjabloon_indicatorwaarden.xlsx": (to_xlsx(indicators, lang), XLSX_MIME),
        "sjabloon_indicatorwaarden.csv": (to_csv(indicators[KIND_INDICATORS]), "text/csv"),
        "sjabloon_initiatieven.xlsx": (to_xlsx(initiatives, lang), XLSX_MIME),
        "sjabloon_initiatieven_csv.zip": (to_csv_zip(initiatives, lang), "application/zip"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Schrijf de importsjablonen (en eventueel de data).")
    parser.add_argument("--out", type=Path, required=True, help="map voor de bestanden")
    parser.add_argument("--db", type=Path, default=None, help="schrijf ook de data van deze database")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, (content, _) in template_files().items():
        (args.out / name).write_bytes(content)
    if args.db:
        con = duckdb.connect(str(args.db), read_only=True)
        try:
            (args.out / "export.xlsx").write_bytes(to_xlsx(export_frames(con)))
        finally:
            con.close()
    print(f"Sjablonen geschreven naar {args.out}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
