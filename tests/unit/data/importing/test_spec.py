"""The one declaration of the fact tables (data/importing/spec.py) is what the store really has."""

from __future__ import annotations

from pathlib import Path

import pytest

from data.importing.spec import FACT_TABLES, TABLES
from data.store import connect


@pytest.fixture(scope="module")
def columns(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[str, str, bool]]]:
    con = connect(Path(tmp_path_factory.mktemp("spec")) / "spec.duckdb")
    try:
        rows = con.execute(
            "SELECT table_name, column_name, data_type, is_nullable = 'YES' FROM information_schema.columns "
            "ORDER BY table_name, ordinal_position"
        ).fetchall()
    finally:
        con.close()
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for table, column, data_type, nullable in rows:
        found.setdefault(table, []).append((column, data_type, nullable))
    return found


@pytest.mark.parametrize("table", [t.name for t in FACT_TABLES])
def test_the_store_has_the_declared_columns_types_and_nullability(columns, table):
    declared = [(c.name, c.type, c.nullable) for c in TABLES[table].columns]
    assert columns[table] == declared


@pytest.mark.parametrize("table", [t.name for t in FACT_TABLES])
def test_undo_copies_follow_the_spec(columns, table):
    spec = TABLES[table]
    assert [c for c, _, _ in columns[f"import_oud_{table}"]] == ["import_id", *spec.column_names]
    assert [c for c, _, _ in columns[f"import_bereik_{table}"]] == ["import_id", *spec.scope]


@pytest.mark.parametrize("table", [t.name for t in FACT_TABLES])
def test_key_scope_and_kept_columns_are_columns_of_the_table(table):
    spec = TABLES[table]
    names = set(spec.column_names)
    assert set(spec.key) <= names
    assert set(spec.scope) <= set(spec.key)
    assert not set(spec.keepable) & set(spec.key), "a key column is always in the file"


def test_the_primary_keys_are_the_declared_keys(tmp_path: Path):
    con = connect(tmp_path / "keys.duckdb")
    try:
        for spec in FACT_TABLES:
            [(constraint,)] = con.execute(
                "SELECT constraint_column_names FROM duckdb_constraints() "
                "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
                [spec.name],
            ).fetchall()
            assert tuple(constraint) == spec.key, spec.name
    finally:
        con.close()
