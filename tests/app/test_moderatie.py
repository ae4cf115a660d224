"""Data beheer, tab Voorstellen: the moderation of proposals (issue 17, item 2) in the app."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import auth
from components.auth import hash_password
from data import cocreation, store
from data.cocreation import Contact, Proposal
from data.formatting import escape_markdown
from data.i18n import translate
from data.store import IMPORT_DB_ENV_VAR
from tests.app.test_aanmelden import following_errors
from tests.app.test_data_beheer import PASSWORD, ROOT, logged_in, open_beheer, texts
from tests.conftest import JAN, THEATER

T0 = datetime(2026, 3, 1, 10, 0)
BOEKENBUS = replace(
    THEATER, naam="Boekenbus Hof van Twente", organisatie="Bibliotheek Hof van Twente", thema="tijd_ruimte"
)


class Stores:
    """The two stores the moderation writes to, opened by the test beside the app (same process)."""

    def __init__(self, import_path: Path) -> None:
        self.import_path = import_path
        self.proposals = cocreation.connect(cocreation.db_path())
        self.agenda = store.connect(import_path)

    def send(self, proposal: Proposal, *, at: datetime, contact: Contact = JAN, lang: str = "nl") -> str:
        return cocreation.send(self.proposals, proposal, contact, lang=lang, now=at)

    def item(self, code: str, *, include_decided: bool = True) -> cocreation.QueueItem:
        items = cocreation.queue(self.proposals, self.agenda, include_decided=include_decided)
        return next(i for i in items if i.code == code)

    def approve_now(self, code: str) -> str:
        """Approve outside the app (to have a stored initiative); returns its id."""
        cocreation.approve(self.proposals, self.agenda, self.item(code).id, moderator="els", now=T0)
        return self.agenda.execute("SELECT max(id) FROM initiatief").fetchone()[0]

    def initiatives(self) -> list[tuple]:
        return self.agenda.execute("SELECT id, naam, bereik FROM initiatief ORDER BY id").fetchall()


@pytest.fixture
def stores(app_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Stores]:
    monkeypatch.setenv(IMPORT_DB_ENV_VAR, str(tmp_path / "imported.duckdb"))
    opened = Stores(tmp_path / "imported.duckdb")
    yield opened
    opened.proposals.close()
    opened.agenda.close()


def frame_with(app: AppTest, column: str):
    return next(d.value for d in app.dataframe if column in d.value.columns)


def click(app: AppTest, label: str) -> AppTest:
    next(b for b in app.button if b.label == label).click().run()
    assert not app.exception, app.exception
    return app


def waiting(app: AppTest) -> str:
    """The line above Data beheer's tabs that says how many proposals wait."""
    starts = [translate("moderatie.waiting", lang, count="").split(":")[0] for lang in ("nl", "de")]
    starts.append(translate("moderatie.waiting_unknown", "nl"))
    return next(c.value for c in app.caption if c.value.startswith(tuple(starts)))


def queue_names(app: AppTest) -> list[str]:
    return frame_with(app, "Mogelijk dubbel met")["Naam"].tolist()


def test_the_queue_lists_proposals_newest_first_with_duplicates_and_the_diff(stores: Stores):
    stored_id = stores.approve_now(stores.send(THEATER, at=T0))
    change = replace(cocreation.stored_proposal(stores.agenda, stored_id), bereik=1200, eindjaar=2028)
    change_code = stores.send(change, at=T0 + timedelta(days=1), lang="de")
    again = replace(THEATER, naam="Grenzeloos theater op de Dinkel!", organisatie="St. Dinkeltheater")
    again_code = stores.send(again, at=T0 + timedelta(days=2))
    stores.send(BOEKENBUS, at=T0 + timedelta(days=3))

    app = logged_in()
    assert [tab.label for tab in app.tabs] == ["Gegevens importeren", "Voorstellen"]
    assert waiting(app) == "Voorstellen die op een besluit wachten: 3."
    assert queue_names(app) == ["Boekenbus Hof van Twente", "Grenzeloos theater op de Dinkel!", change.naam]
    flags = dict(
        zip(queue_names(app), frame_with(app, "Mogelijk dubbel met")["Mogelijk dubbel met"], strict=True)
    )
    assert flags["Grenzeloos theater op de Dinkel!"] == "Grenzeloos Theater op de Dinkel"
    assert flags["Boekenbus Hof van Twente"] == ""

    app.selectbox(key="moderatie_pick").set_value(stores.item(again_code).id).run()
    assert "**Mogelijk dubbel** met: Grenzeloos Theater op de Dinkel." in texts(app)
    assert "Jan de Vries, jan@example.org" in texts(app), "the moderator sees the contact"

    app.selectbox(key="moderatie_pick").set_value(stores.item(change_code).id).run()
    assert "wijziging" in texts(app)
    assert "taal: Duits" in texts(app)
    diff = frame_with(app, "Nu opgeslagen")
    assert diff.values.tolist() == [
        ["Eindjaar", "2027", "2028"],
        ["Verwacht bereik (deelnemers)", "900", "1200"],
    ]


def test_approve_writes_an_import_that_undo_takes_back(stores: Stores):
    code = stores.send(THEATER, at=T0)
    app = logged_in()
    app.button(key=f"moderatie_approve_{stores.item(code).id}").click().run()
    assert not app.exception, app.exception
    assert f"Voorstel {code} is goedgekeurd en opgeslagen als import 1." in texts(app)
    assert [name for _id, name, _reach in stores.initiatives()] == [THEATER.naam]
    log = stores.agenda.execute("SELECT bestanden, gebruiker FROM import_log").fetchall()
    assert log == [(f"Voorstel {code}", "Els")]
    assert frame_with(app, "Bestand(en)")["Bestand(en)"].tolist() == [f"Voorstel {code}"]
    assert waiting(app) == "Voorstellen die op een besluit wachten: 0."
    decisions = frame_with(app, "Besluit")
    assert decisions["Besluit"].tolist() == ["goedgekeurd"]
    assert decisions["Door"].tolist() == ["Els"]
    assert cocreation.public_status(stores.proposals, code, stores.agenda).status == "goedgekeurd"

    next(b for b in app.button if b.label.startswith("Laatste import ongedaan maken")).click().run()
    assert not app.exception, app.exception
    assert stores.initiatives() == []
    back_in_queue = "Voorstellen die op een besluit wachten: 1."
    assert waiting(app) == back_in_queue, "an undone approval is back in the queue"
    assert cocreation.public_status(stores.proposals, code, stores.agenda).status == "ontvangen"


def test_edit_then_approve_stores_the_edited_record(stores: Stores):
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    app = logged_in()
    app.radio(key=f"moderatie_action_{pid}").set_value("edit").run()
    app.text_input(key=f"moderatie_edit_{pid}_naam").input("Dinkeltheater zonder grens")
    app.number_input(key=f"moderatie_edit_{pid}_bereik").set_value(950)
    click(app, "Opslaan en goedkeuren")
    assert [(name, reach) for _id, name, reach in stores.initiatives()] == [
        ("Dinkeltheater zonder grens", 950)
    ]
    german = stores.agenda.execute("SELECT naam, kreis_code FROM partner WHERE land = 'DE'").fetchall()
    assert german == [("Stadttheater Gronau", "05554")], "the partners come through the form unchanged"
    decisions = frame_with(app, "Besluit")
    assert decisions["Besluit"].tolist() == ["bewerkt en goedgekeurd"]
    assert "Verwacht bereik (deelnemers)" in decisions["Wat veranderde"].iloc[0]


def test_the_edit_form_adds_partner_rows_and_infers_the_kreis(stores: Stores):
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    key = f"moderatie_edit_{pid}"
    app = logged_in()
    app.radio(key=f"moderatie_action_{pid}").set_value("edit").run()
    assert app.text_input(key=f"{key}_partner_naam_1").value == "Muziekschool Losser"
    assert app.selectbox(key=f"{key}_partner_kreis_0").value == "05554"
    assert app.text_input(key=f"{key}_partner_naam_2").value == "", "one empty row after the partners"
    app.text_input(key=f"{key}_naam").input("Dinkeltheater met Bentheim")
    click(app, "Nog een partner")
    assert stores.initiatives() == [], "adding a row approves nothing"
    assert app.text_input(key=f"{key}_naam").value == "Dinkeltheater met Bentheim", "the edit is kept"
    app.text_input(key=f"{key}_partner_naam_3").input("Kulturverein Bad Bentheim")
    app.selectbox(key=f"{key}_partner_land_3").select("DE")
    app.text_input(key=f"{key}_partner_plaats_3").input("Bad Bentheim")
    click(app, "Opslaan en goedkeuren")
    assert [name for _id, name, _reach in stores.initiatives()] == ["Dinkeltheater met Bentheim"]
    german = stores.agenda.execute(
        "SELECT naam, kreis_code FROM partner WHERE land = 'DE' ORDER BY naam"
    ).fetchall()
    assert german == [("Kulturverein Bad Bentheim", "03456"), ("Stadttheater Gronau", "05554")]


def test_a_refused_edit_shows_the_message_beside_the_field(stores: Stores):
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    app = logged_in()
    app.radio(key=f"moderatie_action_{pid}").set_value("edit").run()
    app.number_input(key=f"moderatie_edit_{pid}_bereik_duitsland").set_value(5000)
    click(app, "Opslaan en goedkeuren")
    assert "Het voorstel is niet opgeslagen" in texts(app)
    assert any("niet groter zijn dan het bereik" in e.body for e in app.error)
    (beside,) = following_errors(app, f"moderatie_edit_{pid}_bereik_duitsland")
    assert "niet groter zijn dan het bereik" in beside
    assert app.number_input(key=f"moderatie_edit_{pid}_bereik_duitsland").value == 5000, "the edit is kept"
    assert stores.initiatives() == []


def test_return_records_the_reason_the_proposer_sees(stores: Stores):
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    app = logged_in()
    app.radio(key=f"moderatie_action_{pid}").set_value("return").run()
    click(app, "Terugsturen")
    assert "Vul eerst een reden in" in texts(app)
    assert cocreation.public_status(stores.proposals, code).status == "ontvangen"
    app.text_area(key=f"moderatie_reason_{pid}").input("Graag een begroting per jaar.")
    click(app, "Terugsturen")
    status = cocreation.public_status(stores.proposals, code, stores.agenda)
    assert (status.status, status.reason) == ("teruggestuurd", "Graag een begroting per jaar.")
    assert waiting(app) == "Voorstellen die op een besluit wachten: 0."
    assert "reden: Graag een begroting per jaar." in frame_with(app, "Besluit")["Wat veranderde"].iloc[0]

    app.toggle(key="moderatie_show_decided").set_value(True).run()
    assert frame_with(app, "Mogelijk dubbel met")["Status"].tolist() == ["teruggestuurd"]
    assert "Reden: Graag een begroting per jaar." in texts(app)


def test_merge_replaces_the_chosen_initiative(stores: Stores):
    stored_id = stores.approve_now(stores.send(THEATER, at=T0))
    stores.approve_now(stores.send(BOEKENBUS, at=T0))
    again = replace(
        THEATER, naam="Grenzeloos theater op de Dinkel!", organisatie="St. Dinkeltheater", bereik=1000
    )
    code = stores.send(again, at=T0 + timedelta(days=1))
    pid = stores.item(code).id
    app = logged_in()
    app.selectbox(key="moderatie_pick").set_value(pid).run()
    app.radio(key=f"moderatie_action_{pid}").set_value("merge").run()
    target = app.selectbox(key=f"moderatie_merge_target_{pid}")
    assert target.value == stored_id, "the likely duplicate is offered first"
    click(app, "Samenvoegen en goedkeuren")
    rows = {name: (pid_, reach) for pid_, name, reach in stores.initiatives()}
    assert rows["Grenzeloos theater op de Dinkel!"] == (stored_id, 1000)
    assert THEATER.naam not in rows
    assert len(rows) == 2
    assert frame_with(app, "Besluit")["Besluit"].iloc[0] == "samengevoegd"


def test_forget_contact_removes_the_contact(stores: Stores):
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    app = logged_in()
    assert "Jan de Vries" in texts(app)
    app.button(key=f"moderatie_forget_{pid}").click().run()
    assert not app.exception, app.exception
    assert stores.item(code).contact is None
    assert "De contactgegevens zijn verwijderd." in texts(app)
    assert "Jan de Vries" not in texts(app)
    assert "jan@example.org" not in texts(app)
    assert "contactgegevens verwijderd" in frame_with(app, "Besluit")["Besluit"].tolist()
    assert all("jan@example.org" not in str(d.value.to_dict()) for d in app.dataframe)


def test_the_queue_is_not_shown_when_logged_out(stores: Stores):
    stores.send(THEATER, at=T0)
    app = open_beheer({"password_hash": hash_password(PASSWORD)})
    assert len(app.tabs) == 0
    assert "Jan de Vries" not in texts(app)
    assert THEATER.naam not in texts(app)
    assert not [d for d in app.dataframe]
    app.text_input[0].input("fout")
    app.button[0].click().run()
    assert THEATER.naam not in texts(app)


def test_a_hostile_proposal_name_is_shown_escaped(stores: Stores):
    hostile = "**Vet** <img src=x onerror=alert(1)> [klik](https://evil.example) _x_"
    stores.send(
        replace(THEATER, naam=hostile, organisatie="<b>Org</b> *ster*"),
        at=T0,
        contact=Contact("`Jan`", "a@b.nl"),
    )
    app = logged_in()
    heading = next(m.value for m in app.markdown if m.value.startswith("#### "))
    assert heading == f"#### {escape_markdown(hostile)}"
    raw = [m.value for m in app.markdown if "Vet" in m.value or "Org" in m.value or "Jan" in m.value]
    assert raw
    for value in raw:
        assert "**Vet**" not in value
        assert "](https" not in value
        assert "<img" not in value.replace("\\<", "")
    assert hostile in texts(app), "shown as written"
    assert queue_names(app) == [hostile]


def test_mark_an_approved_initiative_as_an_example(stores: Stores):
    stored_id = stores.approve_now(stores.send(THEATER, at=T0))
    app = logged_in()
    story = app.text_area(key=f"moderatie_example_story_{stored_id}")
    assert story.value == THEATER.lessen, "the story starts from what the proposer said others can learn"
    story.input("Twee theaters, één rivier: samen spelen over de grens.")
    click(app, "Opslaan als voorbeeld")
    examples = cocreation.examples(stores.agenda)
    assert examples["verhaal"].tolist() == ["Twee theaters, één rivier: samen spelen over de grens."]
    click(app, "Geen voorbeeld meer")
    assert cocreation.examples(stores.agenda).empty


def test_a_held_proposals_store_is_reported_not_dropped(stores: Stores, monkeypatch: pytest.MonkeyPatch):
    code = stores.send(THEATER, at=T0)
    app = logged_in()

    def busy(*_args, **_kwargs):
        raise cocreation.StoreBusyError("held")

    monkeypatch.setattr(cocreation, "return_proposal", busy)
    pid = stores.item(code).id
    app.radio(key=f"moderatie_action_{pid}").set_value("return").run()
    app.text_area(key=f"moderatie_reason_{pid}").input("dubbel")
    click(app, "Terugsturen")
    assert "Er is niets opgeslagen; probeer het over een minuut opnieuw." in texts(app)
    assert cocreation.public_status(stores.proposals, code).status == "ontvangen"


def test_a_stale_login_asks_the_password_again_and_keeps_the_edit(
    stores: Stores, monkeypatch: pytest.MonkeyPatch
):
    clock = [1_000_000.0]
    monkeypatch.setattr(auth, "now", lambda: clock[0])
    code = stores.send(THEATER, at=T0)
    pid = stores.item(code).id
    app = logged_in()
    app.radio(key=f"moderatie_action_{pid}").set_value("edit").run()
    app.number_input(key=f"moderatie_edit_{pid}_bereik").set_value(975)
    clock[0] += 11 * 60
    click(app, "Opslaan en goedkeuren")
    assert stores.initiatives() == [], "nothing is stored on a stale login"
    assert "langer dan 10 minuten geleden gecontroleerd" in texts(app)
    app.text_input(key=f"beheer_reauth_password_moderatie_edit_{pid}").input(PASSWORD)
    click(app, "Bevestigen")
    assert [reach for _id, _name, reach in stores.initiatives()] == [975]


def test_the_moderation_speaks_german_too(stores: Stores):
    stored_id = stores.approve_now(stores.send(THEATER, at=T0))
    change = replace(cocreation.stored_proposal(stores.agenda, stored_id), bereik=1200)
    stores.send(change, at=T0 + timedelta(days=1), lang="de")
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.secrets["data_beheer"] = {"password_hash": hash_password(PASSWORD)}
    app.query_params["lang"] = "de"
    app.run()
    app.switch_page("app_pages/data_beheer.py").run()
    app.text_input[0].input(PASSWORD)
    app.button[0].click().run()
    assert not app.exception, app.exception
    assert waiting(app) == "Vorschläge, die auf eine Entscheidung warten: 1."
    assert frame_with(app, "Jetzt gespeichert").values.tolist() == [
        ["Erwartete Reichweite (Teilnehmende)", "900", "1200"]
    ]
    assert "Sprache: Deutsch" in texts(app)


def test_a_refused_approval_names_each_field(stores: Stores):
    code = stores.send(replace(THEATER, gemeenten=("GM9999",), thema="muziekles"), at=T0)
    app = logged_in()
    app.button(key=f"moderatie_approve_{stores.item(code).id}").click().run()
    assert not app.exception, app.exception
    refusal = next(e.body for e in app.error if "niet opgeslagen" in e.body)
    assert "**Gemeenten**" in refusal
    assert "GM9999" in refusal
    assert "**Thema**" in refusal
    assert "muziekles" in refusal
    assert stores.initiatives() == []
    assert waiting(app) == "Voorstellen die op een besluit wachten: 1."


def test_a_failed_approval_says_so_and_keeps_the_proposal(stores: Stores, monkeypatch: pytest.MonkeyPatch):
    code = stores.send(THEATER, at=T0)
    app = logged_in()

    def conflict(*_args, **_kwargs):
        raise RuntimeError("Transaction conflict")

    monkeypatch.setattr(cocreation, "approve", conflict)
    app.button(key=f"moderatie_approve_{stores.item(code).id}").click().run()
    assert "Goedkeuren is mislukt; er is niets opgeslagen" in texts(app)
    assert cocreation.public_status(stores.proposals, code).status == "ontvangen"


def test_a_held_proposals_store_leaves_the_import_usable(stores: Stores, monkeypatch: pytest.MonkeyPatch):
    stores.send(THEATER, at=T0)

    def held(*_args, **_kwargs):
        raise cocreation.StoreBusyError("held")

    monkeypatch.setattr(cocreation, "queue", held)
    app = logged_in()
    assert "kunnen niet worden getoond. Er gaat niets verloren" in texts(app)
    assert len(app.file_uploader) == 1, "importing goes on"
    assert waiting(app) == "Hoeveel voorstellen er wachten, is op dit moment niet te lezen."
