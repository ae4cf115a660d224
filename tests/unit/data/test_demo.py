"""Demo data: deterministic for a seed, plausible, and labelled as demo in the store."""

import duckdb
import pandas as pd
import pytest

from data.demo import generate_demo_data
from data.indicators import INDICATOR_BY_CODE
from data.reference import COUNTRY_NL, GEMEENTE_CODES, REGION_TWENTE
from data.store import is_demo


def test_same_seed_gives_identical_data():
    first, second = generate_demo_data(seed=7), generate_demo_data(seed=7)
    for table in first.TABLES:
        pd.testing.assert_frame_equal(getattr(first, table), getattr(second, table))


def test_other_seed_gives_other_data():
    first, second = generate_demo_data(seed=7), generate_demo_data(seed=8)
    assert not first.initiatief["budget"].equals(second.initiatief["budget"])


def test_shape_of_the_demo_data(demo_con: duckdb.DuckDBPyConnection):
    assert demo_con.execute("SELECT count(*) FROM initiatief").fetchone()[0] >= 400
    years = demo_con.execute("SELECT DISTINCT jaar FROM indicator_waarde ORDER BY 1").fetchall()
    assert [y[0] for y in years] == list(range(2019, 2025))
    codes = {r[0] for r in demo_con.execute("SELECT DISTINCT gemeente_code FROM indicator_waarde").fetchall()}
    assert codes == {*GEMEENTE_CODES, REGION_TWENTE, COUNTRY_NL}
    per_initiative = demo_con.execute(
        "SELECT count(*) FROM initiatief_gemeente GROUP BY initiatief_id"
    ).fetchall()
    assert {n for (n,) in per_initiative} <= {1, 2, 3, 4, 5}
    assert is_demo(demo_con)


def test_about_a_quarter_is_cross_border(demo_con: duckdb.DuckDBPyConnection):
    share = demo_con.execute(
        "SELECT avg(grensoverschrijdend::INT) FROM (SELECT DISTINCT initiatief_id, grensoverschrijdend "
        "FROM initiatief_jaar)"
    ).fetchone()[0]
    assert 0.18 <= share <= 0.35


def test_values_are_within_plausible_bounds(demo_con: duckdb.DuckDBPyConnection):
    frame = demo_con.execute("SELECT indicator, waarde FROM indicator_waarde WHERE waarde IS NOT NULL").df()
    for code, values in frame.groupby("indicator")["waarde"]:
        if INDICATOR_BY_CODE[code].is_share:
            assert values.between(0, 100).all(), code
        assert (values > 0).all(), code


def test_covid_dip_in_attendance(demo_con: duckdb.DuckDBPyConnection):
    twente = dict(
        demo_con.execute(
            "SELECT jaar, waarde FROM indicator_waarde WHERE gemeente_code = 'CR12' "
            "AND indicator = 'cultuurdeelname' AND groep = 'totaal'"
        ).fetchall()
    )
    assert twente[2020] < twente[2019] - 10
    assert twente[2023] > twente[2021]


def test_funding_adds_up_to_the_budget(demo_con: duckdb.DuckDBPyConnection):
    mismatches = demo_con.execute(
        "SELECT count(*) FROM initiatief i JOIN (SELECT initiatief_id, sum(bedrag) AS s FROM financiering "
        "GROUP BY 1) f ON f.initiatief_id = i.id WHERE abs(f.s - i.budget) > 0.01"
    ).fetchone()[0]
    assert mismatches == 0


def test_scale_multiplies_the_initiatives():
    assert len(generate_demo_data(seed=1, scale=2).initiatief) == 2 * len(
        generate_demo_data(seed=1).initiatief
    )
    with pytest.raises(ValueError, match="scale"):
        generate_demo_data(scale=0)
