"""Where indicator values come from: demo, a CBS fetch or a partner, per indicator."""

import duckdb
import pytest

from data import provenance
from data.demo import DEMO_SOURCE
from data.indicators import INDICATORS
from data.reference import THEMES
from data.years import year_ranges


@pytest.mark.parametrize(
    ("bron", "expected"),
    [
        ("CBS StatLine 80305NED (opgehaald 2026-12-01)", ("cbs", "80305NED", "2026-12-01", False, None)),
        ("CBS StatLine, tabel 85984NED", ("cbs", "85984NED", None, False, None)),
        ("cbs statline 45011ned", ("cbs", "45011NED", None, False, None)),
        (
            "CBS Iv3 45046NED, jaarrekening 2023, per inwoner volgens CBS StatLine 03759ned "
            "(opgehaald 2026-12-01)",
            ("cbs", "45046NED", "2026-12-01", True, "03759NED"),
        ),
        (DEMO_SOURCE, ("demo", None, None, False, None)),
        ("Bibliotheek Twente", ("partner", None, None, False, None)),
        ("GGD Twente, gezondheidsmonitor (CBS-methode)", ("partner", None, None, False, None)),
        ("", ("onbekend", None, None, False, None)),
        (None, ("onbekend", None, None, False, None)),
    ],
)
def test_classify_source(bron, expected):
    assert tuple(provenance.classify_source(bron)) == expected


def test_the_sources_the_cbs_fetch_writes_are_recognised():
    from data import cbs
    from data.i18n import translate

    today = "2026-12-01"
    statline = translate("cbs.bron", "nl", table="80305NED", date=today)
    assert tuple(provenance.classify_source(statline))[:3] == ("cbs", "80305NED", today)
    iv3 = translate(
        "cbs.bron.iv3",
        "nl",
        table="45046NED",
        year=2023,
        population_table=cbs.POPULATION_TABLE.id,
        date=today,
    )
    info = provenance.classify_source(iv3)
    assert (info.kind, info.table, info.fetched, info.iv3) == ("cbs", "45046NED", today, True)
    assert info.population_table == cbs.POPULATION_TABLE.id.upper()
    label = provenance.source_label(
        {
            "soort": info.kind,
            "cbs_tabel": info.table,
            "opgehaald": info.fetched,
            "iv3": info.iv3,
            "inwoners_tabel": info.population_table,
            "jaren": [2023],
        },
        "de",
    )
    assert label.startswith("CBS Iv3 (Jahresrechnungen der Gemeinden), Tabelle 45046NED, je Einwohner laut")
    assert label.endswith(f"abgerufen am {today} (2023)")


def test_year_ranges_join_consecutive_years():
    assert year_ranges([2023, 2015, 2016, 2017, 2019, 2024]) == "2015–2017, 2019, 2023–2024"
    assert year_ranges([2020]) == "2020"
    assert year_ranges([]) == ""


def test_every_demo_value_is_marked_as_demo(demo_con: duckdb.DuckDBPyConnection):
    frame = provenance.indicator_provenance(demo_con)
    assert frame["indicator"].tolist() == [i.code for i in INDICATORS]
    assert frame["aanwezig"].all()
    assert frame["demo"].all()


def test_sources_of_a_store_with_several(small_con: duckdb.DuckDBPyConnection):
    small_con.execute(
        "INSERT INTO indicator_waarde VALUES "
        "('GM0141', 2023, 'cultuurdeelname', 'totaal', 70, 'CBS StatLine 80305NED (opgehaald 2026-12-01)', "
        "'definitief'), ('GM0141', 2022, 'cultuurdeelname', 'totaal', NULL, 'leeg', 'definitief'), "
        "('CR12', 2021, 'bibliotheeklid', 'totaal', 30, 'Twente', 'definitief')"
    )
    frame = provenance.indicator_provenance(small_con).set_index("indicator")
    sources = frame.loc["cultuurdeelname", "bronnen"]
    assert [s["soort"] for s in sources] == ["cbs", "partner"], "real sources first, missing values left out"
    assert sources[1]["bron"] == "test"
    assert sources[1]["jaren"] == [2022, 2023]
    assert (
        provenance.source_label(sources[0], "en")
        == "CBS StatLine, table 80305NED, fetched on 2026-12-01 (2023)"
    )
    assert provenance.source_label(sources[1], "nl", with_years=False) == "test"
    assert not frame.loc["bibliotheeklid", "aanwezig"], "a Twente reference row is not a municipal value"
    assert frame.loc["bibliotheeklid", "bronnen"] == []


def test_theme_descriptions_in_every_language():
    for theme in THEMES:
        assert theme.description("nl") == theme.description_nl
        assert theme.description("en") == theme.description_en
        assert theme.description("de") == theme.description_de != ""
