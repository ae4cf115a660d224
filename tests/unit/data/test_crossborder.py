"""Cross-border aggregation on a tiny hand-made store whose answers are known by heart.

Five initiatives (2023 unless said otherwise):
- I1 Enschede + Losser, 2022-2023, partners in Gronau (Kreis Borken) and Nordhorn
  (Grafschaft Bentheim); budget 20.000 (10.000 a year), Interreg 8.000.
- I2 Enschede, 2023, a second partner in Gronau; budget 9.000, EUREGIO fund 3.000.
- I3 Hengelo, 2023-2025, Dutch partner only; budget 30.000.
- I4 Losser, 2021, Dutch partner only.
- I5 Almelo, 2024, a partner in Münster stored without coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import duckdb
import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from components.charts.grenzeloos import (
    ROLE_GEMEENTEN,
    ROLE_KREISE,
    ROLE_LINK_PREFIX,
    crossborder_map_figure,
    crossborder_map_svg,
    kpi_values,
    link_width,
    partnership_table,
    table_csv,
)
from data import crossborder as cb
from data.filters import InitiativeFilter
from data.reference import GERMAN_PLACE_BY_NAME, KREIS_NAMES
from data.store import connect
from tests.conftest import INSERT_INITIATIVE

BORKEN, BENTHEIM, MUENSTER = "05554", "03456", "05515"
INITIATIVES = [
    # id, naam, omschrijving, organisatie, thema, discipline, status, start, eind, budget, bereik
    ("I1", "Grensconcert", "", "MS Enschede", "grenzeloos", "muziek", "afgerond", 2022, 2023, 20_000.0, 400),
    (
        "I2",
        "Grensfestival",
        "",
        "Th Enschede",
        "grenzeloos",
        "festivals",
        "afgerond",
        2023,
        2023,
        9_000.0,
        300,
    ),
    (
        "I3",
        "Maakplaats",
        "",
        "CH Hengelo",
        "traditie_innovatie",
        "design",
        "lopend",
        2023,
        2025,
        30_000.0,
        900,
    ),
    ("I4", "Erfgoedroute", "", "EL", "tijd_ruimte", "erfgoed", "afgerond", 2021, 2021, 5_000.0, 100),
    ("I5", "Zomerconcert", "", "MS Almelo", "grenzeloos", "muziek", "lopend", 2024, 2024, 4_000.0, 80),
]
GEMEENTE_LINKS = [
    ("I1", "GM0153"),
    ("I1", "GM0168"),
    ("I2", "GM0153"),
    ("I3", "GM0164"),
    ("I4", "GM0168"),
    ("I5", "GM0141"),
]
PARTNERS = [
    ("NL1", "Muziekschool Enschede", "NL", "Enschede", None, None, None),
    ("NL2", "Cultuurhuis Hengelo", "NL", "Hengelo", None, None, None),
    ("G1", "Kulturbüro Gronau", "DE", "Gronau (Westf.)", 52.2126, 7.0411, BORKEN),
    ("G2", "Theater Gronau", "DE", "Gronau (Westf.)", 52.2126, 7.0411, BORKEN),
    ("N1", "Kulturverein Nordhorn", "DE", "Nordhorn", 52.4319, 7.0677, BENTHEIM),
    ("M1", "Kunstverein Münster", "DE", "Münster", None, None, MUENSTER),
]
PARTNER_LINKS = [
    ("I1", "NL1"),
    ("I1", "G1"),
    ("I1", "N1"),
    ("I2", "G2"),
    ("I3", "NL2"),
    ("I5", "M1"),
]
FUNDING = [
    ("I1", "interreg", 8_000.0),
    ("I1", "gemeente", 12_000.0),
    ("I2", "euregio_kpf", 3_000.0),
    ("I2", "gemeente", 6_000.0),
    ("I3", "gemeente", 30_000.0),
    ("I4", "gemeente", 5_000.0),
    ("I5", "gemeente", 4_000.0),
]
YEAR_2023 = InitiativeFilter(year_from=2023, year_to=2023)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(tmp_path / "crossborder.duckdb")
    connection.executemany(
        INSERT_INITIATIVE + "(?,?,?,?,?,?,?,?,?,?,?)",
        INITIATIVES,
    )
    connection.executemany("INSERT INTO initiatief_gemeente VALUES (?,?)", GEMEENTE_LINKS)
    connection.executemany("INSERT INTO partner VALUES (?,?,?,?,?,?,?)", PARTNERS)
    connection.executemany("INSERT INTO initiatief_partner VALUES (?,?)", PARTNER_LINKS)
    connection.executemany("INSERT INTO financiering VALUES (?,?,?)", FUNDING)
    yield connection
    connection.close()


def test_kpis_for_one_year(con):
    kpis = cb.crossborder_kpis(con, YEAR_2023)
    assert kpis.initiatives == 3  # I1, I2, I3 run in 2023
    assert kpis.cross_border == 2  # I1 and I2 have German partners
    assert kpis.share == pytest.approx(2 / 3)
    assert (kpis.german_partners, kpis.german_places, kpis.german_districts) == (3, 2, 2)
    assert kpis.budget == pytest.approx(10_000 + 9_000)  # half of I1, all of I2
    assert kpis.programme_funding == pytest.approx(4_000 + 3_000)  # half of I1's Interreg, I2's fund
    assert kpis.programme_share == pytest.approx(7_000 / 19_000)
    assert kpis.participants == pytest.approx(200 + 300)


def test_kpis_over_a_range_count_each_initiative_once(con):
    kpis = cb.crossborder_kpis(con, InitiativeFilter(year_from=2021, year_to=2025))
    assert kpis.initiatives == 5
    assert kpis.cross_border == 3
    assert kpis.budget == pytest.approx(20_000 + 9_000 + 4_000)
    assert kpis.programme_funding == pytest.approx(8_000 + 3_000)


def test_participants_from_germany_count_only_where_reported(con):
    """I1 (2022-2023, 400 participants) reports 100 from Germany; I2 reports nothing."""
    con.execute("UPDATE initiatief SET bereik_duitsland = 100 WHERE id = 'I1'")
    kpis = cb.crossborder_kpis(con, YEAR_2023)
    assert kpis.split_reported == 1
    assert kpis.split_participants == pytest.approx(200)  # I1's half in 2023
    assert kpis.participants_germany == pytest.approx(50)
    assert kpis.participants == pytest.approx(200 + 300), "the total still counts both"
    tiles = {label: (value, text) for label, value, text in kpi_values(kpis, "nl")}
    value, text = tiles["Deelnemers uit Duitsland"]
    assert value == "50"
    assert "25% van de 200 deelnemers van de 1 van 2 initiatieven" in text


def test_without_reported_participants_from_germany_there_is_no_tile_and_no_zero(con):
    kpis = cb.crossborder_kpis(con, YEAR_2023)
    assert (kpis.split_reported, kpis.participants_germany) == (0, 0)
    tiles = {label: text for label, _, text in kpi_values(kpis, "nl")}
    assert "Deelnemers uit Duitsland" not in tiles
    assert "splitsen het bereik niet naar land" in tiles["Deelnemers"]


def test_kpis_without_initiatives_have_no_share(con):
    kpis = cb.crossborder_kpis(con, InitiativeFilter(year_from=2030, year_to=2030))
    assert kpis.initiatives == 0
    assert kpis.share is None
    assert kpis.programme_share is None


def test_links_pair_every_municipality_with_every_german_place(con):
    frame = cb.links(con, YEAR_2023).set_index(["gemeente", "plaats"])
    assert sorted(frame.index) == [
        ("Enschede", "Gronau (Westf.)"),
        ("Enschede", "Nordhorn"),
        ("Losser", "Gronau (Westf.)"),
        ("Losser", "Nordhorn"),
    ]
    enschede_gronau = frame.loc[("Enschede", "Gronau (Westf.)")]
    assert enschede_gronau["initiatieven"] == 2
    assert list(enschede_gronau["namen"]) == ["Grensconcert", "Grensfestival"]
    assert list(enschede_gronau["organisaties"]) == ["Kulturbüro Gronau", "Theater Gronau"]
    assert enschede_gronau["budget"] == pytest.approx(19_000)
    assert (enschede_gronau["eerste_jaar"], enschede_gronau["laatste_jaar"]) == (2022, 2023)
    assert enschede_gronau["kreis"] == KREIS_NAMES[BORKEN]
    losser_nordhorn = frame.loc[("Losser", "Nordhorn")]
    assert losser_nordhorn["initiatieven"] == 1
    assert list(losser_nordhorn["organisaties"]) == ["Kulturverein Nordhorn"]
    assert losser_nordhorn["kreis"] == "Landkreis Grafschaft Bentheim"


def test_links_follow_the_municipality_filter(con):
    frame = cb.links(con, InitiativeFilter(year_from=2023, year_to=2023, gemeenten=("GM0168",)))
    assert set(frame["gemeente"]) == {"Losser"}
    assert sorted(frame["plaats"]) == ["Gronau (Westf.)", "Nordhorn"]


def test_links_take_missing_coordinates_from_the_reference_places(con):
    frame = cb.links(con, InitiativeFilter(year_from=2024, year_to=2024))
    assert frame[["gemeente", "plaats", "initiatieven"]].to_records(index=False).tolist() == [
        ("Almelo", "Münster", 1)
    ]
    assert frame.loc[0, "lat"] == GERMAN_PLACE_BY_NAME["Münster"].lat
    assert frame.loc[0, "lon"] == GERMAN_PLACE_BY_NAME["Münster"].lon


def test_district_totals_list_all_nine_districts(con):
    frame = cb.district_totals(con, YEAR_2023).set_index("kreis_code")
    assert set(frame.index) == set(KREIS_NAMES)
    assert frame.loc[BORKEN, "initiatieven"] == 2
    assert frame.loc[BORKEN, "plaatsen"] == 1
    assert frame.loc[BENTHEIM, "initiatieven"] == 1
    assert frame["initiatieven"].sum() == 3
    assert frame.loc[MUENSTER, "initiatieven"] == 0


def test_place_totals(con):
    frame = cb.place_totals(con, YEAR_2023).set_index("plaats")
    assert frame.loc["Gronau (Westf.)", "initiatieven"] == 2
    assert frame.loc["Gronau (Westf.)", "partners"] == 2
    assert frame.loc["Nordhorn", "initiatieven"] == 1


def test_gemeente_totals_share_cross_border(con):
    frame = cb.gemeente_totals(con, YEAR_2023).set_index("gemeente_code")
    assert len(frame) == 14
    assert frame.loc["GM0153", ["initiatieven", "grensoverschrijdend"]].tolist() == [2, 2]
    assert frame.loc["GM0153", "aandeel"] == 1.0
    assert frame.loc["GM0153", "plaatsen"] == ["Gronau (Westf.)", "Nordhorn"]
    assert frame.loc["GM0168", "aandeel"] == 1.0  # I4 does not run in 2023
    assert frame.loc["GM0164", "aandeel"] == 0.0
    assert frame.loc["GM0164", "plaatsen"] == []
    assert math.isnan(frame.loc["GM0141", "aandeel"])  # no initiatives: no share, not zero


def test_gemeente_totals_over_a_range(con):
    frame = cb.gemeente_totals(con, InitiativeFilter(year_from=2021, year_to=2024)).set_index("gemeente")
    assert frame.loc["Losser", ["initiatieven", "grensoverschrijdend"]].tolist() == [2, 1]
    assert frame.loc["Losser", "aandeel"] == 0.5


def test_trend_by_year(con):
    frame = cb.trend_by_year(con, InitiativeFilter())
    assert frame[["jaar", "initiatieven", "grensoverschrijdend"]].to_records(index=False).tolist() == [
        (2021, 1, 0),
        (2022, 1, 1),
        (2023, 3, 2),
        (2024, 2, 1),
        (2025, 1, 0),
    ]
    assert frame.set_index("jaar").loc[2023, "budget"] == pytest.approx(19_000)


def test_by_discipline(con):
    frame = cb.by_discipline(con, YEAR_2023).set_index("discipline")
    assert frame.loc["muziek", ["initiatieven", "grensoverschrijdend"]].tolist() == [1, 1]
    assert frame.loc["festivals", "aandeel"] == 1.0
    assert frame.loc["design", "aandeel"] == 0.0
    assert math.isnan(frame.loc["erfgoed", "aandeel"])


def test_funding_filter_selects_initiatives_with_that_source(con):
    kpis = cb.crossborder_kpis(
        con, InitiativeFilter(year_from=2023, year_to=2023, funding_sources=("interreg",))
    )
    assert (kpis.initiatives, kpis.cross_border, kpis.german_partners) == (1, 1, 2)


def test_border_follows_the_german_edge_next_to_dutch_land():
    dutch = gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs=4326)
    german = gpd.GeoDataFrame(geometry=[box(1.005, -0.5, 2, 0.5), box(1.005, 0.5, 2, 1.5)], crs=4326)
    lines = cb.border_lines(dutch, german)
    points = [p for line in lines for p in line]
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    assert min(xs) == pytest.approx(1.005)
    assert max(xs) < 1.03  # only the western edge, never the far side at x = 2
    assert min(ys) <= 0.0
    assert max(ys) >= 1.0  # the whole shared stretch, across both districts


def _figure(con: duckdb.DuckDBPyConnection, f: InitiativeFilter):
    origins = pd.DataFrame(
        {
            "code": ["GM0153", "GM0168", "GM0164", "GM0141"],
            "naam": ["Enschede", "Losser", "Hengelo", "Almelo"],
            "lon": [6.9, 7.0, 6.8, 6.65],
            "lat": [52.2, 52.27, 52.26, 52.36],
        }
    )
    return crossborder_map_figure(
        twente_geojson={"type": "FeatureCollection", "features": []},
        german_geojson={"type": "FeatureCollection", "features": []},
        gemeenten=cb.gemeente_totals(con, f),
        districts=cb.district_totals(con, f),
        links=cb.links(con, f),
        places=cb.place_totals(con, f),
        origins=origins,
        border=[[(7.0, 52.0), (7.05, 52.5)]],
        district_labels=None,
        lang="nl",
    )


def test_map_draws_every_link_with_width_by_initiatives(con):
    figure = _figure(con, YEAR_2023)
    links = [t for t in figure.data if (t.meta or "").startswith(ROLE_LINK_PREFIX)]
    segments = {t.meta: sum(v is None for v in t.lon) for t in links}
    assert segments == {f"{ROLE_LINK_PREFIX}1": 3, f"{ROLE_LINK_PREFIX}2": 1}  # 4 links in all
    widths = {t.meta: t.line.width for t in links}
    assert widths[f"{ROLE_LINK_PREFIX}2"] > widths[f"{ROLE_LINK_PREFIX}1"]
    hover = " ".join(t for trace in figure.data if trace.text is not None for t in trace.text)
    assert "Enschede – Gronau (Westf.)" in hover
    assert "Grensconcert" in hover
    assert "Grensfestival" in hover


def test_map_shades_both_sides_on_one_scale(con):
    figure = _figure(con, YEAR_2023)
    areas = {t.meta: t for t in figure.data if t.type == "choropleth"}
    assert len(areas[ROLE_GEMEENTEN].locations) == 14
    assert len(areas[ROLE_KREISE].locations) == 9
    assert areas[ROLE_GEMEENTEN].zmax == areas[ROLE_KREISE].zmax == 2


def test_link_width_grows_and_is_capped():
    assert link_width(1) < link_width(2) < link_width(4)
    assert link_width(50) == link_width(100)


def test_partnership_csv_reads_in_dutch_excel(con):
    table = partnership_table(cb.links(con, YEAR_2023), "nl")
    text = table_csv(table, "nl").decode("utf-8-sig")
    header, first = text.splitlines()[:2]
    assert header.split(";")[:3] == ["Gemeente", "Duitse plaats", "Kreis"]
    assert first.startswith("Enschede;Gronau (Westf.);Kreis Borken;Kulturbüro Gronau, Theater Gronau;2;")
    assert first.endswith(";2022–2023;19000,0")
    assert "Deutscher Ort" in table_csv(partnership_table(cb.links(con, YEAR_2023), "de"), "de").decode(
        "utf-8-sig"
    )


def _drawn_map(con: duckdb.DuckDBPyConnection, f: InitiativeFilter) -> tuple[str, str]:
    """The cross-border map as the page draws it, on the shipped boundaries."""
    from data import geo

    twente, german = geo.load_twente_gemeenten(), geo.load_german_districts()
    return crossborder_map_svg(
        twente_geojson=geo.to_geojson(twente),
        german_geojson=geo.to_geojson(german),
        gemeenten=cb.gemeente_totals(con, f),
        districts=cb.district_totals(con, f),
        links=cb.links(con, f),
        places=cb.place_totals(con, f),
        origins=geo.label_points(twente),
        border=[[(7.0, 52.0), (7.05, 52.5)]],
        district_labels=geo.label_points(german),
        lang="nl",
    )


def test_the_drawn_map_has_both_sides_every_link_and_its_tips(con):
    import html
    import re

    picture, key = _drawn_map(con, YEAR_2023)
    groups = re.findall(r'<g class="cdt-item" data-code="([^"]+)" data-tip="([^"]*)"[^>]*>(<\w+)', picture)
    areas = [code for code, _, tag in groups if tag == "<path"]
    assert len([c for c in areas if c.startswith("GM")]) == 14
    assert len([c for c in areas if not c.startswith("GM")]) == 9, "the nine EUREGIO districts"
    links = [html.unescape(tip).split("\n") for _, tip, tag in groups if tag == "<line"]
    assert len(links) == 4
    assert ["Enschede – Gronau (Westf.)"] in [tip[:1] for tip in links]
    assert any("• Grensconcert" in tip for tip in links)
    widths = sorted({float(w) for w in re.findall(r'stroke="rgba[^"]*" stroke-width="([\d.]+)"', picture)})
    assert widths == [link_width(1), link_width(2)], "wider for more joint initiatives"
    assert "<polyline" in picture, "the border"
    assert "Grens Nederland–Duitsland" in key
    assert "2 initiatieven" in key


def test_the_drawn_map_escapes_partner_names(con):
    con.execute("UPDATE partner SET naam = '<img src=x onerror=alert(1)>' WHERE land = 'DE'")
    picture, _ = _drawn_map(con, YEAR_2023)
    assert "<img" not in picture
    assert "&lt;img src=x onerror=alert(1)&gt;" in picture
