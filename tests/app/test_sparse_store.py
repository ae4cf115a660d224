"""Every page on an imported store that holds only some kinds of data (e.g. a CBS fetch alone).

Nothing is filled in with demo figures: no demo banner, and each page says what is missing
and how to import it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from data.importing.commit import commit
from data.importing.plan import analyse
from data.store import IMPORT_DB_ENV_VAR, connect
from tests.app.test_pages import PAGES, all_text, as_read, open_app

CBS_ROWS = [
    ("GM0153", 2022, "afstand_bibliotheek", 1.1),
    ("GM0153", 2023, "afstand_bibliotheek", 1.0),
    ("GM0168", 2023, "afstand_bibliotheek", 2.4),
    ("GM0153", 2023, "afstand_museum", 1.6),
]


def _indicators_only_store(path: Path) -> Path:
    """An import store with a few CBS distances and nothing else, imported the ordinary way."""
    lines = ["gemeente;jaar;indicator;waarde;bron;status"]
    lines += [
        f"{g};{y};{i};{str(v).replace('.', ',')};CBS StatLine 80305NED (opgehaald 2026-12-01);definitief"
        for g, y, i, v in CBS_ROWS
    ]
    con = connect(path)
    analysis = analyse(con, [("cbs.csv", ("\n".join(lines) + "\n").encode())])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    commit(con, analysis, user="test")
    con.close()
    return path


@pytest.fixture
def sparse_store(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = _indicators_only_store(tmp_path / "import.duckdb")
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    return path


@pytest.mark.usefixtures("sparse_store")
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_store_with_only_some_cbs_figures(page: str):
    app = open_app(page)
    assert not app.exception, app.exception
    assert "Demodata" not in all_text(app), "no demo figures are shown, so no demo banner"


INITIATIVE_PAGES = ["themas.py", "grenzeloos.py", "initiatieven.py"]


@pytest.mark.usefixtures("sparse_store")
@pytest.mark.parametrize("page", INITIATIVE_PAGES)
def test_initiative_pages_say_how_to_import_initiatives_instead_of_showing_demo_ones(page: str):
    app = open_app(page)
    notes = [i.body for i in app.info]
    assert any("nog geen initiatieven" in n and "sjabloon 'Initiatieven'" in n for n in notes), notes
    assert not app.get("plotly_chart"), "no chart is drawn from data that is not there"


@pytest.mark.usefixtures("sparse_store")
def test_overzicht_says_the_headline_indicator_is_missing_and_where_it_comes_from():
    app = open_app("overzicht.py")
    notes = " ".join(i.body for i in app.info)
    assert "Voor Cultuurdeelname zijn nog geen cijfers opgeslagen" in notes
    assert "sjabloon 'Indicatorwaarden'" in notes  # a survey figure: CBS does not publish it
    assert not app.metric, "no initiative tiles with zeros when there are no initiatives"


@pytest.mark.usefixtures("sparse_store")
def test_kaart_opens_on_an_indicator_the_store_has_and_names_its_cbs_source():
    app = open_app("kaart.py")
    assert app.selectbox[0].value == "afstand_museum"  # of the two it has, the first in the catalogue
    assert not app.info or "nog geen cijfers" not in " ".join(i.body for i in app.info)
    app.selectbox[0].select("museumbezoek").run()
    notes = " ".join(i.body for i in app.info)
    assert "Voor Museumbezoek zijn nog geen cijfers opgeslagen" in notes
    app.selectbox[0].select("afstand_bioscoop").run()
    notes = " ".join(i.body for i in app.info)
    assert "haal ze op in Data beheer" in notes  # CBS publishes cinema distances


@pytest.mark.usefixtures("sparse_store")
def test_a_profile_shows_only_the_indicators_it_has_each_with_its_source():
    app = open_app("gemeenteprofiel.py", gemeente="GM0153")
    assert not app.exception, app.exception
    captions = [c.value for c in app.caption]
    sources = [c for c in captions if c.startswith("Bron van deze cijfers:")]
    assert (
        sources == ["Bron van deze cijfers: CBS StatLine, tabel 80305NED, opgehaald op 2026\\-12\\-01."] * 2
    )
    assert "Voor Cultuurdeelname zijn nog geen cijfers opgeslagen." in captions
    assert not [w for w in app.warning if w.body.startswith("Demodata")]


def test_a_partners_source_text_is_shown_as_written_never_as_markdown(
    app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    hostile = "![x](http://evil.example/p.png) [Log hier in](http://evil.example)"
    con = connect(tmp_path / "import.duckdb")
    content = f"gemeente;jaar;indicator;waarde;bron\nEnschede;2023;afstand_museum;1,5;{hostile}\n"
    commit(con, analyse(con, [("x.csv", content.encode())]), user="test")
    con.close()
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(tmp_path / "import.duckdb"))
    app = open_app("kaart.py")
    [source] = [c.value for c in app.caption if c.value.startswith("Bron van deze cijfers:")]
    assert "](" not in source.replace("\\]\\(", "")
    assert "\\!\\[x\\]\\(http\\:\u2060//evil\\.example/p\\.png\\)" in source  # escaped, not linked
    assert hostile in as_read(source)  # and read as the partner wrote it


INITIATIVES_HEADER = (
    "id;naam;organisatie;thema;discipline;status;startjaar;eindjaar;budget;bereik;gemeenten;doelgroepen"
)
FEW_INITIATIVES = [
    "A;Erfgoed op de fiets;Stichting A;tijd_ruimte;erfgoed;lopend;2023;2024;10000;300;Enschede;jeugd",
    "B;Nieuwe makers;Stichting B;traditie_innovatie;design;lopend;2023;2023;5000;120;Losser;",
]


@pytest.fixture
def few_initiatives(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two imported initiatives: one theme without any, one without target groups."""
    path = tmp_path / "import.duckdb"
    con = connect(path)
    content = "\n".join([INITIATIVES_HEADER, *FEW_INITIATIVES]) + "\n"
    analysis = analyse(con, [("initiatieven.csv", content.encode())])
    assert not analysis.has_errors, [i.message() for i in analysis.issues]
    commit(con, analysis, user="test")
    con.close()
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    return path


@pytest.mark.usefixtures("few_initiatives")
@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_a_few_real_initiatives_with_gaps(page: str):
    """Real data is sparse: a theme with no initiatives, an initiative with no target group."""
    app = open_app(page, van="2023", tot="2024")
    assert not app.exception, app.exception
    assert "Demodata" not in all_text(app)


@pytest.mark.usefixtures("few_initiatives")
def test_a_profile_on_a_store_without_indicators_shows_its_initiatives():
    app = open_app("gemeenteprofiel.py", gemeente="GM0153")
    assert not app.exception, app.exception
    assert "Voor Cultuurdeelname zijn nog geen cijfers opgeslagen." in [c.value for c in app.caption]
