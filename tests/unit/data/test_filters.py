"""The shared initiative filter: SQL with bound parameters, and a URL round trip."""

import duckdb
import pytest

from data.filters import InitiativeFilter, describe, from_query, matching_ids_sql, to_query


def ids(con: duckdb.DuckDBPyConnection, f: InitiativeFilter) -> list[str]:
    sql, params = matching_ids_sql(f)
    return sorted(r[0] for r in con.execute(sql, params).fetchall())


@pytest.mark.parametrize(
    ("f", "expected"),
    [
        (InitiativeFilter(), ["A", "B", "C"]),
        (InitiativeFilter(year_from=2024, year_to=2024), ["C"]),
        (InitiativeFilter(year_from=2022, year_to=2022), ["A"]),
        (InitiativeFilter(themes=("grenzeloos",)), ["B"]),
        (InitiativeFilter(gemeenten=("GM0168",)), ["A", "B"]),
        (InitiativeFilter(gemeenten=("GM0168",), themes=("tijd_ruimte",)), ["A"]),
        (InitiativeFilter(cross_border=True), ["B"]),
        (InitiativeFilter(cross_border=False), ["A", "C"]),
        (InitiativeFilter(statuses=("lopend",)), ["B", "C"]),
        (InitiativeFilter(search="GRENS"), ["B"]),
        (InitiativeFilter(search="nothing like it"), []),
    ],
)
def test_filter_selects_the_expected_initiatives(small_con, f, expected):
    assert ids(small_con, f) == expected


def test_search_ignores_accents_and_case(small_con):
    small_con.execute("UPDATE initiatief SET naam = 'Café-concert' WHERE id = 'C'")
    assert ids(small_con, InitiativeFilter(search="cafe")) == ["C"]
    assert ids(small_con, InitiativeFilter(search="CAFÉ")) == ["C"]


def test_search_input_is_bound_not_pasted(small_con):
    assert ids(small_con, InitiativeFilter(search="'; DROP TABLE initiatief; --")) == []
    assert small_con.execute("SELECT count(*) FROM initiatief").fetchone()[0] == 3


def test_url_round_trip():
    f = InitiativeFilter(
        year_from=2022,
        year_to=2023,
        themes=("grenzeloos",),
        gemeenten=("GM0153", "GM0168"),
        cross_border=True,
        search="café",
    )
    assert from_query(to_query(f)) == f


def test_unknown_codes_in_the_url_are_dropped():
    f = from_query({"thema": "grenzeloos,onzin", "van": "twintig", "grens": "misschien"})
    assert f == InitiativeFilter(themes=("grenzeloos",))


def test_the_filter_in_words_names_every_choice_in_the_readers_language():
    f = InitiativeFilter(
        year_from=2022,
        year_to=2024,
        statuses=("lopend",),
        gemeenten=("GM0153", "GM0168"),
        cross_border=True,
        search="  café ",
    )
    assert describe(f, "nl") == [
        "2022–2024",
        "Status: Lopend",
        "Gemeente: Enschede, Losser",
        "Alleen met Duitse partner",
        "Zoeken: “café”",
    ]
    assert describe(f, "de")[1:4] == [
        "Status: Laufend",
        "Gemeinde: Enschede, Losser",
        "Nur mit deutschem Partner",
    ]


def test_a_filter_of_years_only_says_all_initiatives():
    assert describe(InitiativeFilter(year_from=2023, year_to=2023), "nl") == ["2023", "alle initiatieven"]
    assert describe(InitiativeFilter(), "en") == ["all initiatives"]
    only_status = InitiativeFilter(statuses=("lopend",))
    assert describe(only_status, "nl") == ["Status: Lopend"], 'no years and one choice: no "all"'
