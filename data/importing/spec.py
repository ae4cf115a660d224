"""The fact tables an import writes, each declared once: columns, types, nullability, key, scope.

Everything else about them is derived from here: the validator's frames
(:func:`data.importing.rows.table_frame`), what the preview and the commit compare and
replace (:mod:`data.importing.plan`, :mod:`data.importing.commit`), the undo tables of
the store's migrations (``data.store``), and a test that the store's actual columns
and types are these (``tests/unit/importing/test_spec.py``).

- ``key``: a row of a file replaces the stored row with the same key.
- ``scope``: what one import replaces as a whole: an indicator value or an initiative
  by its key, an initiative's links (municipalities, partners, ...) all together.
- ``keepable`` columns are filled by an optional file column; a file without that
  column leaves the stored value as it is (a new row gets the default).  For funding,
  the sources a file leaves out are carried over the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

VARCHAR, INTEGER, DOUBLE = "VARCHAR", "INTEGER", "DOUBLE"


@dataclass(frozen=True)
class Column:
    name: str
    type: str = VARCHAR
    nullable: bool = False
    keepable: bool = False
    file_column: str = ""  # the file's column, where its name differs from the store's

    @property
    def in_file(self) -> str:
        return self.file_column or self.name


@dataclass(frozen=True)
class FactTable:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    scope: tuple[str, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def keepable(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.keepable)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type_: str = VARCHAR, *, null: bool = False, keep: bool = False, file: str = "") -> Column:
    return Column(name, type_, nullable=null, keepable=keep, file_column=file)


_GEMEENTE = _c("gemeente_code", file="gemeente")
_SOURCE = _c("bron", null=True, keep=True)
_VALUE_STATUS = _c("status", keep=True)  # 'definitief' when a new row's file has no status

# In the order the commit writes them (undo goes the other way).
FACT_TABLES: tuple[FactTable, ...] = (
    FactTable(
        "indicator_waarde",
        (
            _GEMEENTE,
            _c("jaar", INTEGER),
            _c("indicator"),
            _c("groep"),
            _c("waarde", DOUBLE, null=True),
            _SOURCE,
            _VALUE_STATUS,
        ),
        key=("gemeente_code", "jaar", "indicator", "groep"),
        scope=("gemeente_code", "jaar", "indicator", "groep"),
    ),
    FactTable(
        "initiatief",
        (
            _c("id"),
            _c("naam"),
            _c("omschrijving", null=True, keep=True),
            _c("organisatie"),
            _c("thema"),
            _c("discipline"),
            _c("status"),
            _c("startjaar", INTEGER),
            _c("eindjaar", INTEGER),
            _c("budget", DOUBLE),
            _c("bereik", INTEGER),
            _c("bereik_duitsland", INTEGER, null=True, keep=True),
        ),
        key=("id",),
        scope=("id",),
    ),
    FactTable(
        "partner",
        (
            _c("id"),
            _c("naam"),
            _c("land"),
            _c("plaats", keep=True),
            _c("lat", DOUBLE, null=True, keep=True),
            _c("lon", DOUBLE, null=True, keep=True),
            _c("kreis_code", null=True, keep=True, file="kreis"),
        ),
        key=("id",),
        scope=("id",),
    ),
    FactTable(
        "initiatief_gemeente",
        (_c("initiatief_id"), _GEMEENTE),
        key=("initiatief_id", "gemeente_code"),
        scope=("initiatief_id",),
    ),
    FactTable(
        "initiatief_doelgroep",
        (_c("initiatief_id"), _c("doelgroep")),
        key=("initiatief_id", "doelgroep"),
        scope=("initiatief_id",),
    ),
    FactTable(
        "initiatief_partner",
        (_c("initiatief_id"), _c("partner_id")),
        key=("initiatief_id", "partner_id"),
        scope=("initiatief_id",),
    ),
    FactTable(
        "financiering",
        (_c("initiatief_id"), _c("bron"), _c("bedrag", DOUBLE, keep=True)),
        key=("initiatief_id", "bron"),
        scope=("initiatief_id",),
    ),
    FactTable(
        "inwoners",
        (_GEMEENTE, _c("jaar", INTEGER), _c("inwoners", INTEGER), _SOURCE, _VALUE_STATUS),
        key=("gemeente_code", "jaar"),
        scope=("gemeente_code", "jaar"),
    ),
)
TABLES: dict[str, FactTable] = {t.name: t for t in FACT_TABLES}

# Derived views, for the code that needs one aspect of every table.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {t.name: t.column_names for t in FACT_TABLES}
STORE_KEYS: dict[str, tuple[str, ...]] = {t.name: t.key for t in FACT_TABLES}
IMPORT_SCOPES: dict[str, tuple[str, ...]] = {t.name: t.scope for t in FACT_TABLES}
KEEPABLE: dict[str, tuple[str, ...]] = {t.name: t.keepable for t in FACT_TABLES if t.keepable}
# The file column of a store column, where the names differ.
FILE_COLUMN: dict[str, str] = {c.name: c.file_column for t in FACT_TABLES for c in t.columns if c.file_column}
# Child tables whose rows are replaced per initiative, and the file column behind each.
CHILD_COLUMNS = {
    "initiatief_gemeente": "gemeenten",
    "initiatief_doelgroep": "doelgroepen",
    "initiatief_partner": "partners",
}
