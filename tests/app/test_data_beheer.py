"""Data beheer in the app: login, a bad upload stores nothing, a clean one previews and commits, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components.auth import hash_password
from data.store import IMPORT_DB_ENV_VAR, connect
from tests.app.test_pages import as_read

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "geheim-wachtwoord"  # noqa: S105 - a test password
GOOD = (
    b"gemeente;jaar;indicator;groep;waarde\r\n"
    b"Almelo;2023;cultuurdeelname;totaal;80,5\r\nBorne;2023;cultuurdeelname;;71\r\n"
)
BAD = b"gemeente;jaar;indicator;waarde\r\nEnschde;2023;cultuurdeelname;80\r\nAlmelo;2023;cultuurdeelname;120\r\n"  # noqa: E501


@pytest.fixture
def import_db(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "imported.duckdb"
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(path))
    return path


def open_beheer(secrets: dict | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if secrets:
        app.secrets["data_beheer"] = secrets
    app.run()
    app.switch_page("app_pages/data_beheer.py").run()
    assert not app.exception, app.exception
    return app


def logged_in(secrets: dict | None = None) -> AppTest:
    app = open_beheer(secrets or {"password_hash": hash_password(PASSWORD)})
    app.text_input[0].input(PASSWORD)
    app.text_input[1].input("Els")
    app.button[0].click().run()
    assert not app.exception, app.exception
    return app


def texts(app: AppTest) -> str:
    parts = [e.body for e in (*app.error, *app.warning, *app.info, *app.success)]
    parts += [e.value for e in (*app.markdown, *app.caption, *app.subheader)]
    return "\n".join(as_read(p) for p in parts)


def stored_rows(path: Path) -> int:
    if not path.exists():
        return 0
    con = connect(path)
    try:
        return con.execute("SELECT count(*) FROM indicator_waarde").fetchall()[0][0]
    finally:
        con.close()


def upload(app: AppTest, name: str, content: bytes) -> AppTest:
    app.file_uploader[0].upload(name, content, "text/csv").run()
    assert not app.exception, app.exception
    return app


def test_without_configuration_the_page_says_how_to_enable_it(import_db: Path):
    app = open_beheer()
    assert "secrets.toml" in texts(app)
    assert len(app.file_uploader) == 0


def test_with_oidc_the_page_offers_the_organisation_login_and_nothing_else(import_db: Path):
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "een-lang-geheim-van-32-tekens-xx",
        "client_id": "dashboard",
        "client_secret": "geheim",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
    }
    app.run()
    app.switch_page("app_pages/data_beheer.py").run()
    assert not app.exception, app.exception
    assert [b.label for b in app.button] == ["Inloggen met uw organisatieaccount"]
    assert len(app.file_uploader) == 0
    assert len(app.text_input) == 0, "no password field when the organisation's login is used"


def test_a_wrong_password_shows_nothing(import_db: Path):
    app = open_beheer({"password_hash": hash_password(PASSWORD)})
    app.text_input[0].input("fout")
    app.button[0].click().run()
    assert "Dit wachtwoord klopt niet." in texts(app)
    assert len(app.file_uploader) == 0


def test_an_upload_with_errors_shows_the_report_and_stores_nothing(import_db: Path):
    app = upload(logged_in(), "fout.csv", BAD)
    assert "2 fout(en) gevonden. Er is niets opgeslagen." in texts(app)
    report = app.dataframe[0].value
    assert report["Rij"].tolist() == [2, 3]
    assert report["Gevonden waarde"].tolist() == ["Enschde", "120"]
    assert "Bedoelt u Enschede?" in report["Toelichting"].iloc[0]
    assert not [b for b in app.button if b.label == "Importeren"]
    assert stored_rows(import_db) == 0


def test_a_clean_upload_previews_commits_and_undo_restores(import_db: Path):
    app = upload(logged_in(), "waarden.csv", GOOD)
    assert "Geen fouten gevonden in 2 rijen." in texts(app)
    preview = app.dataframe[0].value.set_index("Tabel")
    assert preview.loc["indicator_waarde", "Nieuw"] == 2
    assert stored_rows(import_db) == 0  # nothing until the user confirms
    next(b for b in app.button if b.label == "Importeren").click().run()
    assert not app.exception, app.exception
    assert "Import 1 is opgeslagen: 2 rijen uit waarden.csv." in texts(app)
    assert "Demodata" not in texts(app), "only imported data is shown: no demo banner"
    app.run()
    assert "Demodata" not in texts(app)
    assert app.sidebar.toggle[0].value is True
    assert stored_rows(import_db) == 2
    log = app.dataframe[-1].value
    assert log["Door"].tolist() == ["Els"]
    assert log["Bestand(en)"].tolist() == ["waarden.csv"]

    app.sidebar.toggle[0].set_value(False).run()
    assert "De app toont nu de demodata." in texts(app), "switching back to the demo data says so"
    app.sidebar.toggle[0].set_value(True).run()

    next(b for b in app.button if b.label.startswith("Laatste import ongedaan maken")).click().run()
    assert not app.exception, app.exception
    assert "Import 1 is ongedaan gemaakt" in texts(app)
    assert stored_rows(import_db) == 0
    app.switch_page("app_pages/overzicht.py").run()
    assert "Demodata" in texts(app), "with nothing imported the app is back on the demo data"


@pytest.fixture
def fake_cbs(monkeypatch: pytest.MonkeyPatch):
    from tests.cbs_fake_server import FakeCbs

    with FakeCbs() as server:
        monkeypatch.setenv("CULTUUR_CBS_URL", server.base_url)
        yield server


def _cbs_button(app: AppTest):
    return next(b for b in app.button if b.label == "Cijfers ophalen bij CBS")


def test_cbs_figures_are_fetched_previewed_imported_and_undone_like_a_file(import_db: Path, fake_cbs):
    app = logged_in()
    _cbs_button(app).click().run()
    assert not app.exception, app.exception
    report = app.code[0].value
    assert "80305NED" in report
    assert "70072NED" in report
    preview = app.dataframe[-1].value.set_index("Tabel")
    assert preview.loc["indicator_waarde", "Nieuw"] > 0
    assert preview.loc["inwoners", "Nieuw"] > 0
    assert stored_rows(import_db) == 0, "fetching stores nothing"

    app.checkbox(key="beheer_accept_cbs").check().run()  # CBS leaves some figures empty: a warning
    app.button(key="beheer_commit_cbs").click().run()
    assert not app.exception, app.exception
    assert stored_rows(import_db) == preview.loc["indicator_waarde", "Nieuw"]
    con = connect(import_db)
    sources = {r[0] for r in con.execute("SELECT DISTINCT bron FROM indicator_waarde").fetchall()}
    con.close()
    assert any(s.startswith("CBS StatLine 80305NED (opgehaald ") for s in sources), sources
    assert "Import 1 is opgeslagen" in texts(app)

    next(b for b in app.button if b.label.startswith("Laatste import ongedaan maken")).click().run()
    assert stored_rows(import_db) == 0


def test_a_cbs_error_halfway_says_so_in_dutch_and_changes_nothing(import_db: Path, fake_cbs):
    import hashlib

    app = logged_in()
    upload(app, "waarden.csv", GOOD)
    next(b for b in app.button if b.label == "Importeren").click().run()
    before = hashlib.sha256(import_db.read_bytes()).hexdigest()
    fake_cbs.fail_after(5, status=500)
    _cbs_button(app).click().run()
    assert not app.exception, app.exception
    errors = " ".join(e.body for e in app.error)
    assert "CBS" in errors, errors
    assert "niets gewijzigd" in errors, errors
    assert not [b for b in app.button if b.key == "beheer_commit_cbs"]
    assert hashlib.sha256(import_db.read_bytes()).hexdigest() == before
    assert stored_rows(import_db) == 2
