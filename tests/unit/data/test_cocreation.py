"""Proposals from the field, moderated into the agenda (data.cocreation, issue 17)."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from data import cocreation, store
from data.cocreation import Contact, PartnerEntry, Proposal
from data.importing.commit import commit
from data.importing.plan import analyse_tables
from data.importing.undo import undo_last_import
from tests.conftest import JAN, THEATER

NOW = datetime(2026, 3, 1, 10, 0)


@pytest.fixture
def agenda(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = store.connect(tmp_path / "agenda.duckdb")
    yield con
    con.close()


@pytest.fixture
def proposals(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    con = cocreation.connect(tmp_path / "cocreatie.duckdb")
    yield con
    con.close()


def _fields(problems: list[cocreation.FieldProblem]) -> dict[str, str]:
    return {p.field: p.message("nl") for p in problems}


def test_a_complete_proposal_passes_the_importers_checks(agenda) -> None:
    problems, analysis = cocreation.check(agenda, THEATER, year=NOW.year)
    assert problems == []
    assert analysis is not None
    assert not analysis.has_errors


def test_each_problem_is_named_beside_its_field(agenda) -> None:
    broken = Proposal(
        naam="Zomerfestival",
        organisatie="Stichting Zomer",
        thema="geen_thema",
        discipline="festivals",
        gemeenten=("GM9999",),
        startjaar=2027,
        eindjaar=2025,
        bereik=100,
    )
    problems, analysis = cocreation.check(agenda, broken, year=NOW.year)
    fields = _fields(problems)
    assert analysis is None
    assert set(fields) == {"thema", "gemeenten", "eindjaar"}
    assert "geen_thema" in fields["thema"]
    assert "GM9999" in fields["gemeenten"]
    assert "2025" in fields["eindjaar"]
    assert "2027" in fields["eindjaar"]


def test_the_form_rules_are_the_importers_rules(agenda, tmp_path: Path) -> None:
    """The same bad theme in a spreadsheet row gets the same message as in the form."""
    wrong = Proposal(**{**THEATER.__dict__, "thema": "muziekles"})
    form_messages = {p.message("nl") for p in cocreation.check(agenda, wrong, year=NOW.year)[0]}
    tables = cocreation.import_tables(
        wrong, initiative_id="X1", source="bestand.csv", stored_partners={}, year=NOW.year
    )
    sheet = analyse_tables(agenda, tables, file_names=["bestand.csv"], checksums=["0"])
    file_messages = {i.message("nl") for i in sheet.issues if i.severity == "error"}
    assert form_messages == file_messages
    assert any("muziekles" in m for m in form_messages)


def test_required_fields_lengths_and_contact(agenda) -> None:
    empty = Proposal(naam="x" * (cocreation.FIELD_LIMITS["naam"] + 1))
    fields = _fields(cocreation.check(agenda, empty)[0])
    assert {"naam", "organisatie", "thema", "discipline", "gemeenten", "startjaar", "bereik"} <= set(fields)
    assert str(cocreation.FIELD_LIMITS["naam"]) in fields["naam"]
    assert set(_fields(cocreation.contact_problems(Contact("", "geen-adres")))) == {
        "contact_naam",
        "contact_email",
    }
    assert cocreation.contact_problems(JAN) == []


def test_a_german_partner_needs_its_kreis(agenda) -> None:
    wrong = Proposal(**{**THEATER.__dict__, "partners": (PartnerEntry("Theater Ahaus", "DE", "Ahaus"),)})
    fields = _fields(cocreation.check(agenda, wrong)[0])
    assert "Theater Ahaus" in fields["partners"]


def test_the_code_shows_the_status_and_nothing_else(proposals, agenda) -> None:
    code = cocreation.send(proposals, THEATER, JAN, lang="de", now=NOW)
    assert code.startswith("TW-")
    assert len(code) == 14
    typed = code.lower().replace("-", " ")
    status = cocreation.public_status(proposals, typed, agenda)
    assert status == cocreation.PublicStatus(status="ontvangen", reason=None, received_on=NOW)
    assert cocreation.public_status(proposals, "TW-AAAAA-AAAAA", agenda) is None
    assert cocreation.public_status(proposals, "'; DROP TABLE voorstel; --", agenda) is None


def test_approval_is_an_import_that_undo_takes_back(proposals, agenda) -> None:
    code = cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    import_id = cocreation.approve(proposals, agenda, item.id, moderator="els", now=NOW)

    names = agenda.execute("SELECT naam, bereik FROM initiatief").fetchall()
    assert names == [("Grenzeloos Theater op de Dinkel", 900)]
    german = agenda.execute("SELECT naam, kreis_code FROM partner WHERE land = 'DE'").fetchall()
    assert german == [("Stadttheater Gronau", "05554")]
    log = agenda.execute("SELECT bestanden, gebruiker FROM import_log WHERE id = ?", [import_id]).fetchall()
    assert log == [(f"Voorstel {code}", "els")]
    assert cocreation.public_status(proposals, code, agenda).status == "goedgekeurd"
    assert cocreation.queue(proposals, agenda, now=NOW) == []

    assert undo_last_import(agenda, user="els") == import_id
    assert agenda.execute("SELECT count(*) FROM initiatief").fetchone()[0] == 0
    assert agenda.execute("SELECT count(*) FROM partner").fetchone()[0] == 0
    assert cocreation.public_status(proposals, code, agenda).status == "ontvangen"
    assert [i.code for i in cocreation.queue(proposals, agenda, now=NOW)] == [code]


def test_a_change_shows_a_field_by_field_diff_and_replaces_the_initiative(proposals, agenda) -> None:
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (first,) = cocreation.queue(proposals, agenda, now=NOW)
    cocreation.approve(proposals, agenda, first.id, moderator="els", now=NOW)
    (stored_id,) = agenda.execute("SELECT id FROM initiatief").fetchone()

    stored = cocreation.stored_proposal(agenda, stored_id)
    change = Proposal(**{**stored.__dict__, "bereik": 1200, "eindjaar": 2028})
    cocreation.send(proposals, change, JAN, lang="nl", now=NOW + timedelta(days=1))
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    assert item.stored is not None
    assert [(c.field, c.old, c.new) for c in cocreation.diff(item.stored, item.proposal)] == [
        ("eindjaar", "2027", "2028"),
        ("bereik", "900", "1200"),
    ]
    cocreation.approve(proposals, agenda, item.id, moderator="els", now=NOW)
    assert agenda.execute("SELECT count(*), max(bereik), max(eindjaar) FROM initiatief").fetchone() == (
        1,
        1200,
        2028,
    )
    # the partners are recognised, not added again
    assert agenda.execute("SELECT count(*) FROM partner").fetchone()[0] == 2


def test_likely_duplicates_are_flagged(proposals, agenda) -> None:
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (first,) = cocreation.queue(proposals, agenda, now=NOW)
    cocreation.approve(proposals, agenda, first.id, moderator="els", now=NOW)
    again = Proposal(
        **{**THEATER.__dict__, "naam": "Grenzeloos theater op de Dinkel!", "organisatie": "St. Dinkeltheater"}
    )
    other = Proposal(**{**THEATER.__dict__, "naam": "Boekenbus Hof van Twente", "organisatie": "Bibliotheek"})
    cocreation.send(proposals, again, JAN, lang="nl", now=NOW)
    cocreation.send(proposals, other, JAN, lang="nl", now=NOW)
    flags = {i.proposal.naam: i.duplicates for i in cocreation.queue(proposals, agenda, now=NOW)}
    assert flags["Grenzeloos theater op de Dinkel!"] == ("Grenzeloos Theater op de Dinkel",)
    assert flags["Boekenbus Hof van Twente"] == ()


def test_edit_then_approve_records_who_when_and_what(proposals, agenda) -> None:
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    edited = Proposal(**{**item.proposal.__dict__, "bereik": 950})
    cocreation.approve(proposals, agenda, item.id, moderator="els", edited=edited, now=NOW)
    log = cocreation.decisions(proposals)
    assert list(log["wie"]) == ["els"]
    assert list(log["actie"]) == ["bewerkt_goedgekeurd"]
    assert '"bereik"' in log["wijzigingen"][0]
    assert "950" in log["wijzigingen"][0]
    assert agenda.execute("SELECT bereik FROM initiatief").fetchone() == (950,)


def test_a_proposal_that_fails_the_checks_is_not_approved(proposals, agenda) -> None:
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    wrong = Proposal(**{**item.proposal.__dict__, "gemeenten": ("GM9999",)})
    with pytest.raises(cocreation.ProposalRefusedError) as refused:
        cocreation.approve(proposals, agenda, item.id, moderator="els", edited=wrong, now=NOW)
    assert [p.field for p in refused.value.problems] == ["gemeenten"]
    assert agenda.execute("SELECT count(*) FROM initiatief").fetchone()[0] == 0
    assert len(cocreation.queue(proposals, agenda, now=NOW)) == 1


def test_return_with_a_reason_the_proposer_sees(proposals, agenda) -> None:
    code = cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    with pytest.raises(cocreation.ProposalRefusedError):
        cocreation.return_proposal(proposals, item.id, moderator="els", reason="  ")
    cocreation.return_proposal(proposals, item.id, moderator="els", reason="Graag een begroting per jaar.")
    status = cocreation.public_status(proposals, code, agenda)
    assert (status.status, status.reason) == ("teruggestuurd", "Graag een begroting per jaar.")


def test_contact_details_go_after_the_retention_period_or_on_request(proposals, agenda, monkeypatch) -> None:
    monkeypatch.setenv(cocreation.RETENTION_ENV_VAR, "6")
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    cocreation.send(proposals, THEATER, Contact("Eva", "eva@example.org"), lang="nl", now=NOW)
    first, second = cocreation.queue(proposals, agenda, now=NOW)
    cocreation.return_proposal(proposals, first.id, moderator="els", reason="dubbel", now=NOW)
    # still pending: kept however old
    assert cocreation.purge_contacts(proposals, now=NOW + timedelta(days=170)) == 0
    assert cocreation.purge_contacts(proposals, now=NOW + timedelta(days=190)) == 1
    cocreation.forget_contact(proposals, second.id, moderator="els")
    assert proposals.execute("SELECT count(*) FROM voorstel_contact").fetchone()[0] == 0
    items = cocreation.queue(proposals, agenda, include_decided=True, now=NOW)
    assert [i.contact for i in items] == [None, None]


def test_twenty_proposals_at_the_same_moment_all_arrive(proposals, agenda) -> None:
    barrier = threading.Barrier(20)
    codes: list[str] = []
    errors: list[BaseException] = []

    def one(n: int) -> None:
        try:
            barrier.wait()
            codes.append(
                cocreation.send(
                    proposals, Proposal(**{**THEATER.__dict__, "naam": f"Voorstel {n}"}), JAN, lang="nl"
                )
            )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(codes)) == 20
    stored = proposals.execute("SELECT count(*), count(DISTINCT code) FROM voorstel").fetchone()
    assert stored == (20, 20)


_HOLD_STORE = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_proposal_arrives_while_an_import_holds_the_agenda(tmp_path: Path, proposals) -> None:
    """The proposals store is its own file: a command-line import holding the agenda does not block it."""
    agenda_path = tmp_path / "held-agenda.duckdb"
    store.connect(agenda_path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_STORE, str(agenda_path), "5"], stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout.readline().strip() == b"holding"
        with pytest.raises(duckdb.IOException):
            duckdb.connect(str(agenda_path))
        code = cocreation.send(proposals, THEATER, JAN, lang="nl")
        assert cocreation.public_status(proposals, code).status == "ontvangen"
    finally:
        holder.kill()


def test_a_held_proposals_store_says_busy_instead_of_dropping(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "held-cocreatie.duckdb"
    cocreation.connect(path).close()
    monkeypatch.setattr(cocreation, "_BUSY_TRIES", 2)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_STORE, str(path), "5"], stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline().strip() == b"holding"
        with pytest.raises(cocreation.StoreBusyError):
            cocreation.connect(path)
    finally:
        holder.kill()
        holder.wait()
    con = cocreation.connect(path)
    assert con.execute("SELECT count(*) FROM voorstel").fetchone() == (0,)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sending_is_limited_per_session_and_overall() -> None:
    clock = FakeClock()
    limiter = cocreation.SendLimiter(cocreation.SendRules(per_session=3, overall_per_minute=20), clock=clock)
    assert [limiter.allow("a") for _ in range(3)] == [None, None, None]
    wait = limiter.allow("a")
    assert wait is not None
    assert wait > 500
    # twenty other sessions at once: the overall budget lets 17 more through this minute
    results = [limiter.allow(f"s{n}") for n in range(20)]
    assert results.count(None) == 17
    clock.now += 61
    assert limiter.allow("s19") is None
    clock.now += 600
    assert limiter.allow("a") is None


def test_codes_are_not_guessable_and_typed_forms_are_recognised() -> None:
    codes = {cocreation.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    code = next(iter(codes))
    assert cocreation.normalise_code(f"  {code.lower()} ") == code
    assert cocreation.normalise_code(code.replace("-", "")) == code
    assert cocreation.normalise_code("TW-00000-00000") is None  # 0 is not in the alphabet
    assert cocreation.normalise_code("x" * 10_000) is None


def test_no_other_module_touches_the_contact_table() -> None:
    """Contact details are personal data: only data/cocreation.py may name their table."""
    root = Path(cocreation.__file__).parents[1]
    naming = [
        path.relative_to(root).as_posix()
        for folder in ("app.py", "app_pages", "components", "data")
        for path in ([root / folder] if folder.endswith(".py") else (root / folder).rglob("*.py"))
        if "voorstel_contact" in path.read_text(encoding="utf-8")
    ]
    assert naming == ["data/cocreation.py"]


def test_an_approval_and_an_upload_at_the_same_time_leave_a_consistent_agenda(proposals, agenda) -> None:
    cocreation.send(proposals, THEATER, JAN, lang="nl", now=NOW)
    (item,) = cocreation.queue(proposals, agenda, now=NOW)
    upload = Proposal(**{**THEATER.__dict__, "naam": "Boekenbus Hof van Twente", "partners": ()})
    tables = cocreation.import_tables(
        upload, initiative_id="UPLOAD-1", source="upload.csv", stored_partners={}, year=NOW.year
    )
    analysis = analyse_tables(agenda, tables, file_names=["upload.csv"], checksums=["1" * 64])
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def approve() -> None:
        barrier.wait()
        try:
            outcomes["approve"] = cocreation.approve(
                proposals, agenda.cursor(), item.id, moderator="els", now=NOW
            )
        except Exception as error:
            outcomes["approve"] = error

    def upload_file() -> None:
        barrier.wait()
        try:
            outcomes["upload"] = commit(agenda.cursor(), analysis, user="piet")
        except Exception as error:
            outcomes["upload"] = error

    threads = [threading.Thread(target=approve), threading.Thread(target=upload_file)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == [1, 2], outcomes
    names = {r[0] for r in agenda.execute("SELECT naam FROM initiatief").fetchall()}
    assert names == {"Grenzeloos Theater op de Dinkel", "Boekenbus Hof van Twente"}
    logged = agenda.execute("SELECT bestanden FROM import_log ORDER BY id").fetchall()
    assert sorted(r[0] for r in logged) == sorted([f"Voorstel {item.code}", "upload.csv"])
