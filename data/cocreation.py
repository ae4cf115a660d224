"""Co-creation: proposals from the cultural field, their moderation into the agenda, the examples.

**Where things live.** Proposals sit in a DuckDB file of their own (``$CULTUUR_COCREATIE_DB``,
else ``.data/cocreatie.duckdb``), apart from the agenda: a command-line import that holds
the agenda store never blocks or drops a proposal.  The contact details of a proposer are
personal data (AVG) and sit in a table of their own, ``voorstel_contact``, that only the
moderation queue reads; no page, export or slide touches it.  They are deleted
:data:`DEFAULT_RETENTION_MONTHS` months after the decision (``$CULTUUR_CONTACT_BEWAARTERMIJN``
in months overrides it), or at once on request.

**One rule set.** A proposal is checked by turning it into the rows of an initiatives
import and running the importer's own checks on them; an approval *is* an import
(``importer.analyse_tables`` + ``importer.commit``): one transaction, a line in the
import log, and undo like any import.  A proposal whose import is undone is back in the
queue (its status is derived from the import log, so an undo from the command line
counts too).

**Examples** (``voorbeeld`` in the agenda store) are initiatives a moderator marks, with
a short story; the Voorbeelden page and the deck show them.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import re
import secrets
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from data.explore import initiative_detail
from data.i18n import translate
from data.importing.commit import commit as commit_import
from data.importing.issues import ERROR, Issue
from data.importing.plan import Analysis, analyse_tables
from data.importing.sheets import FUNDING_PREFIX, KIND_INITIATIVES, KIND_PARTNERS, RawTable
from data.reference import (
    DISCIPLINE_BY_CODE,
    FUNDING_SOURCES,
    GEMEENTE_BY_CODE,
    KREIS_NAMES,
    TARGET_GROUP_BY_CODE,
    THEME_BY_CODE,
)
from data.store import PROJECT_ROOT

Connection = duckdb.DuckDBPyConnection

DB_ENV_VAR = "CULTUUR_COCREATIE_DB"
RETENTION_ENV_VAR = "CULTUUR_CONTACT_BEWAARTERMIJN"
DEFAULT_RETENTION_MONTHS = 12

RECEIVED = "ontvangen"
APPROVED = "goedgekeurd"
RETURNED = "teruggestuurd"
STATUSES = (RECEIVED, APPROVED, RETURNED)
NEW = "nieuw"
CHANGE = "wijziging"

# Lengths a form field may have; far above any real entry, low enough that a stream of
# proposals cannot fill the disk or the moderators' screen.
FIELD_LIMITS: dict[str, int] = {
    "naam": 150,
    "organisatie": 150,
    "omschrijving": 3000,
    "lessen": 2000,
    "partner_naam": 150,
    "partner_plaats": 80,
    "contact_naam": 120,
    "contact_email": 254,
    "reden": 1000,
    "verhaal": 2000,
}
MAX_PARTNERS = 25
MAX_AMOUNT = 1e9  # euros; more than the region's whole culture budget
MAX_REACH = 10_000_000
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
CODE_LENGTH = 10  # 32**10 ≈ 10**15: not guessable within any rate limit
CODE_PREFIX = "TW"
_EMAIL = re.compile(r"^[^@\s<>()\[\]\\,;:\"]{1,64}@[A-Za-z0-9.-]{1,200}\.[A-Za-z]{2,24}$")
_SAME_NAME = 0.95  # names this alike are a duplicate whoever runs them
_DUPLICATE_NAME = 0.8  # similarity (0-1) of the names above which two initiatives look alike
_DUPLICATE_ORGANISATION = 0.6
_COMPARE_CHARS = 120  # only this much of a name is compared: cheap, and enough to tell


# --- The record a form sends ------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerEntry:
    """A partner as a proposer writes it: a name, a country (NL/DE), a place, a German district."""

    naam: str
    land: str = "NL"
    plaats: str = ""
    kreis: str = ""  # AGS code of the German district; empty for Dutch partners


@dataclass(frozen=True)
class Proposal:
    """What a partner proposes: a new initiative, or a change to ``initiatief_id``."""

    naam: str = ""
    organisatie: str = ""
    thema: str = ""
    discipline: str = ""
    gemeenten: tuple[str, ...] = ()
    partners: tuple[PartnerEntry, ...] = ()
    doelgroepen: tuple[str, ...] = ()
    startjaar: int | None = None
    eindjaar: int | None = None
    financiering: tuple[tuple[str, float], ...] = ()  # (funding source code, euros)
    bereik: int | None = None
    bereik_duitsland: int | None = None
    omschrijving: str = ""
    lessen: str = ""
    initiatief_id: str | None = None

    @property
    def budget(self) -> float:
        return float(sum(amount for _source, amount in self.financiering))

    @property
    def kind(self) -> str:
        return CHANGE if self.initiatief_id else NEW

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, raw: str) -> Proposal:
        values = json.loads(raw)
        values["partners"] = tuple(PartnerEntry(**p) for p in values.get("partners", ()))
        values["financiering"] = tuple((s, float(a)) for s, a in values.get("financiering", ()))
        for name in ("gemeenten", "doelgroepen"):
            values[name] = tuple(values.get(name, ()))
        return cls(**values)


@dataclass(frozen=True)
class Contact:
    """Who sent a proposal, for follow-up only (personal data: see the module docstring)."""

    naam: str
    email: str


@dataclass(frozen=True)
class FieldProblem:
    """A problem with one field of the form, shown beside that field."""

    field: str
    key: str  # translation key
    values: Mapping[str, object] = field(default_factory=dict)
    issue: Issue | None = None  # when the importer's checks found it

    def message(self, lang: str) -> str:
        if self.issue is not None:
            return self.issue.message(lang)
        return translate(self.key, lang, **self.values)


# --- From a proposal to the rows of an import --------------------------------------------------

# The form field that holds each column of the initiatives and partners sheets.
_FIELD_OF_COLUMN = {
    "id": "naam",
    "status": "startjaar",
    "budget": "financiering",
    "gemeenten": "gemeenten",
    "doelgroepen": "doelgroepen",
    "partners": "partners",
}


def _plain(text: str) -> str:
    """Lower case, accents and punctuation gone: how two spellings of a name are compared."""
    folded = unicodedata.normalize("NFKD", text[:_COMPARE_CHARS]).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", folded.lower()).split())


def _stored_partners(con: Connection) -> dict[tuple[str, str], str]:
    rows = con.execute("SELECT id, naam, land FROM partner").fetchall()
    return {(_plain(naam), land): pid for pid, naam, land in rows}


def _status_for(proposal: Proposal, year: int) -> str:
    """A new initiative is planned, or running once its first year has come."""
    if proposal.startjaar is None or proposal.startjaar > year:
        return "gepland"
    return "afgerond" if proposal.eindjaar is not None and proposal.eindjaar < year else "lopend"


def import_tables(
    proposal: Proposal,
    *,
    initiative_id: str,
    source: str,
    stored_partners: Mapping[tuple[str, str], str],
    year: int,
) -> list[RawTable]:
    """The proposal as the two sheets of an initiatives import (partners only where new)."""
    partner_ids: list[str] = []
    new_partners: list[tuple[int, dict[str, Any]]] = []
    for number, partner in enumerate(proposal.partners, start=1):
        known = stored_partners.get((_plain(partner.naam), partner.land))
        if known is None:
            known = f"{initiative_id}-P{number}"
            cells = {"id": known, "naam": partner.naam, "land": partner.land, "plaats": partner.plaats}
            cells["kreis"] = partner.kreis if partner.land == "DE" else ""
            new_partners.append((number, cells))
        partner_ids.append(known)
    cells: dict[str, Any] = {
        "id": initiative_id,
        "naam": proposal.naam,
        "omschrijving": proposal.omschrijving,
        "organisatie": proposal.organisatie,
        "thema": proposal.thema,
        "discipline": proposal.discipline,
        "status": _status_for(proposal, year),
        "startjaar": proposal.startjaar,
        "eindjaar": proposal.eindjaar,
        "budget": proposal.budget,
        "bereik": proposal.bereik,
        "bereik_duitsland": proposal.bereik_duitsland,
        "gemeenten": ", ".join(proposal.gemeenten),
        "doelgroepen": ", ".join(proposal.doelgroepen),
        "partners": ", ".join(partner_ids),
    }
    amounts = dict(proposal.financiering)
    for source_term in FUNDING_SOURCES:
        cells[f"{FUNDING_PREFIX}{source_term.code}"] = amounts.get(source_term.code, 0)
    tables = [
        RawTable(kind=KIND_INITIATIVES, source=source, headers={c: c for c in cells}, rows=[(1, cells)])
    ]
    if new_partners:
        headers = {c: c for c in new_partners[0][1]}
        tables.append(RawTable(kind=KIND_PARTNERS, source=source, headers=headers, rows=new_partners))
    return tables


def _text_problems(proposal: Proposal) -> list[FieldProblem]:
    problems = [
        FieldProblem(name, "cocreatie.error.too_long", {"limit": FIELD_LIMITS[name]})
        for name in ("naam", "organisatie", "omschrijving", "lessen")
        if len(getattr(proposal, name)) > FIELD_LIMITS[name]
    ]
    problems += [
        FieldProblem(name, "cocreatie.error.required")
        for name in ("naam", "organisatie", "thema", "discipline")
        if not str(getattr(proposal, name)).strip()
    ]
    if not proposal.gemeenten:
        problems.append(FieldProblem("gemeenten", "cocreatie.error.required"))
    return problems


def _number_problems(proposal: Proposal) -> list[FieldProblem]:
    problems = []
    if proposal.startjaar is None or proposal.eindjaar is None:
        problems.append(FieldProblem("startjaar", "cocreatie.error.required"))
    if proposal.bereik is None:
        problems.append(FieldProblem("bereik", "cocreatie.error.required"))
    elif not 0 <= proposal.bereik <= MAX_REACH:
        problems.append(FieldProblem("bereik", "cocreatie.error.range", {"low": 0, "high": MAX_REACH}))
    german = proposal.bereik_duitsland
    if german is not None and proposal.bereik is not None and not 0 <= german <= proposal.bereik:
        problems.append(FieldProblem("bereik_duitsland", "cocreatie.error.german_reach"))
    if any(not 0 <= amount <= MAX_AMOUNT for _source, amount in proposal.financiering):
        limits = {"low": 0, "high": int(MAX_AMOUNT)}
        problems.append(FieldProblem("financiering", "cocreatie.error.range", limits))
    return problems


def _partner_problems(partner: PartnerEntry) -> list[FieldProblem]:
    problems = []
    too_long = (
        len(partner.naam) > FIELD_LIMITS["partner_naam"]
        or len(partner.plaats) > FIELD_LIMITS["partner_plaats"]
    )
    if not partner.naam.strip():
        problems.append(FieldProblem("partners", "cocreatie.error.partner_name"))
    elif too_long:
        problems.append(
            FieldProblem("partners", "cocreatie.error.too_long", {"limit": FIELD_LIMITS["partner_naam"]})
        )
    if partner.land not in ("NL", "DE"):
        problems.append(FieldProblem("partners", "cocreatie.error.partner_country"))
    elif partner.land == "DE" and partner.kreis not in KREIS_NAMES:
        problems.append(FieldProblem("partners", "cocreatie.error.partner_kreis", {"partner": partner.naam}))
    return problems


def _own_problems(proposal: Proposal) -> list[FieldProblem]:
    """What the importer cannot know about a form: required texts, lengths, partner entries."""
    problems = _text_problems(proposal) + _number_problems(proposal)
    if len(proposal.partners) > MAX_PARTNERS:
        problems.append(FieldProblem("partners", "cocreatie.error.too_many", {"limit": MAX_PARTNERS}))
    for partner in proposal.partners[:MAX_PARTNERS]:
        problems += _partner_problems(partner)
    return problems


def _field_of(issue: Issue) -> str:
    column = issue.column or ""
    for canonical in (column, column.lower()):
        if canonical.startswith(FUNDING_PREFIX):
            return "financiering"
        if canonical in _FIELD_OF_COLUMN:
            return _FIELD_OF_COLUMN[canonical]
        if canonical in Proposal.__dataclass_fields__:
            return canonical
    return "partners" if issue.source.endswith(KIND_PARTNERS) else "naam"


def check(
    agenda: Connection, proposal: Proposal, *, year: int | None = None
) -> tuple[list[FieldProblem], Analysis | None]:
    """Every problem of ``proposal``, field by field, and the import it would be when there are none.

    The form's own checks come first; only a proposal that passes them is run through
    the importer (which then finds what a spreadsheet row with these values would get).
    """
    problems = _own_problems(proposal)
    if problems:
        return problems, None
    target = proposal.initiatief_id or "V-NIEUW"
    analysis = _analysis(agenda, proposal, initiative_id=target, source="formulier", year=year)
    for issue in analysis.issues:
        if issue.severity == ERROR:
            problems.append(FieldProblem(_field_of(issue), "", issue=issue))
    return problems, (None if problems else analysis)


def _analysis(
    agenda: Connection, proposal: Proposal, *, initiative_id: str, source: str, year: int | None
) -> Analysis:
    tables = import_tables(
        proposal,
        initiative_id=initiative_id,
        source=source,
        stored_partners=_stored_partners(agenda),
        year=year or datetime.now().year,
    )
    digest = hashlib.sha256(proposal.to_json().encode()).hexdigest()
    return analyse_tables(agenda, tables, file_names=[source], checksums=[digest])


def contact_problems(contact: Contact) -> list[FieldProblem]:
    problems = []
    if not contact.naam.strip():
        problems.append(FieldProblem("contact_naam", "cocreatie.error.required"))
    elif len(contact.naam) > FIELD_LIMITS["contact_naam"]:
        problems.append(
            FieldProblem("contact_naam", "cocreatie.error.too_long", {"limit": FIELD_LIMITS["contact_naam"]})
        )
    if len(contact.email) > FIELD_LIMITS["contact_email"] or not _EMAIL.match(contact.email.strip()):
        problems.append(FieldProblem("contact_email", "cocreatie.error.email"))
    return problems


# --- The stored initiative as a proposal (for a change, a diff, a merge) -----------------------


def stored_proposal(agenda: Connection, initiative_id: str) -> Proposal | None:
    """The stored initiative in the shape of a proposal, or None when the id is unknown."""
    detail = initiative_detail(agenda, initiative_id)
    if detail is None:
        return None
    row = detail.row

    def number(value: object) -> int | None:
        return None if value is None or pd.isna(value) else int(value)

    partners = tuple(
        PartnerEntry(naam=p.naam, land=p.land, plaats=p.plaats or "", kreis=p.kreis_code or "")
        for p in detail.partners.itertuples()
    )
    return Proposal(
        naam=str(row["naam"]),
        organisatie=str(row["organisatie"]),
        thema=str(row["thema"]),
        discipline=str(row["discipline"]),
        gemeenten=detail.gemeenten,
        partners=partners,
        doelgroepen=detail.doelgroepen,
        startjaar=number(row["startjaar"]),
        eindjaar=number(row["eindjaar"]),
        financiering=tuple((str(f.bron), float(f.bedrag)) for f in detail.funding.itertuples()),
        bereik=number(row["bereik"]),
        bereik_duitsland=number(row.get("bereik_duitsland")),
        omschrijving=""
        if row.get("omschrijving") is None or pd.isna(row.get("omschrijving"))
        else str(row["omschrijving"]),
        initiatief_id=initiative_id,
    )


def initiative_choices(agenda: Connection) -> pd.DataFrame:
    """The stored initiatives a proposer may propose a change to: id, naam, organisatie, by name."""
    return agenda.execute("SELECT id, naam, organisatie FROM initiatief ORDER BY naam, id").df()


# Fields a diff compares, in the order the form shows them.
DIFF_FIELDS = (
    "naam",
    "organisatie",
    "thema",
    "discipline",
    "gemeenten",
    "partners",
    "doelgroepen",
    "startjaar",
    "eindjaar",
    "financiering",
    "bereik",
    "bereik_duitsland",
    "omschrijving",
)


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


def display_value(proposal: Proposal, name: str, lang: str) -> str:
    """A field as a reader sees it: names, not codes."""
    value = getattr(proposal, name)
    if name == "thema":
        term = THEME_BY_CODE.get(value)
        return term.name(lang) if term else value
    if name == "discipline":
        term = DISCIPLINE_BY_CODE.get(value)
        return term.name(lang) if term else value
    if name == "gemeenten":
        return ", ".join(GEMEENTE_BY_CODE[c].naam if c in GEMEENTE_BY_CODE else c for c in value)
    if name == "doelgroepen":
        return ", ".join(
            TARGET_GROUP_BY_CODE[c].name(lang) if c in TARGET_GROUP_BY_CODE else c for c in value
        )
    if name == "partners":
        return "; ".join(f"{p.naam} ({p.plaats or p.land})" for p in value)
    if name == "financiering":
        names = {t.code: t.name(lang) for t in FUNDING_SOURCES}
        return "; ".join(f"{names.get(s, s)}: € {a:,.0f}".replace(",", ".") for s, a in value if a)
    return "" if value is None else str(value)


def diff(old: Proposal, new: Proposal, lang: str = "nl") -> list[FieldChange]:
    """The fields that differ, as a reader sees them."""
    changes = []
    for name in DIFF_FIELDS:
        before, after = display_value(old, name, lang), display_value(new, name, lang)
        if name in ("gemeenten", "doelgroepen"):
            same = set(getattr(old, name)) == set(getattr(new, name))
        elif name == "financiering":
            same = {s: a for s, a in old.financiering if a} == {s: a for s, a in new.financiering if a}
        else:
            same = before == after
        if not same:
            changes.append(FieldChange(name, before, after))
    return changes


# --- The proposals store ----------------------------------------------------------------------

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS voorstel (
        id INTEGER PRIMARY KEY,
        code VARCHAR NOT NULL UNIQUE,
        soort VARCHAR NOT NULL CHECK (soort IN ('nieuw', 'wijziging')),
        initiatief_id VARCHAR,
        gegevens VARCHAR NOT NULL,
        taal VARCHAR NOT NULL,
        status VARCHAR NOT NULL CHECK (status IN ('ontvangen', 'goedgekeurd', 'teruggestuurd')),
        reden VARCHAR,
        ingediend_op TIMESTAMP NOT NULL,
        besloten_op TIMESTAMP,
        besloten_door VARCHAR,
        import_id INTEGER
    )""",
    # Personal data: apart, read only by the moderation queue, deleted after the retention period.
    """CREATE TABLE IF NOT EXISTS voorstel_contact (
        voorstel_id INTEGER PRIMARY KEY,
        naam VARCHAR NOT NULL,
        email VARCHAR NOT NULL,
        verwijderen_na TIMESTAMP
    )""",
    """CREATE TABLE IF NOT EXISTS besluit (
        voorstel_id INTEGER NOT NULL,
        tijdstip TIMESTAMP NOT NULL,
        wie VARCHAR NOT NULL,
        actie VARCHAR NOT NULL,
        wijzigingen VARCHAR,
        import_id INTEGER
    )""",
)
_WRITE_LOCK = threading.Lock()  # one writer at a time within the server; DuckDB is optimistic
_BUSY_TRIES = 20
_BUSY_WAIT_S = 0.25


class StoreBusyError(Exception):
    """The store stayed locked by another program; nothing was written (the user may try again)."""


def db_path() -> Path:
    configured = os.environ.get(DB_ENV_VAR)
    return Path(configured) if configured else PROJECT_ROOT / ".data" / "cocreatie.duckdb"


def connect(path: Path | str | None = None) -> Connection:
    """Open the proposals store (created on first use), waiting a while if another program holds it."""
    path = Path(path or db_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(_BUSY_TRIES):
        try:
            con = duckdb.connect(str(path))
            break
        except duckdb.IOException:
            if attempt == _BUSY_TRIES - 1:
                raise StoreBusyError(str(path)) from None
            time.sleep(_BUSY_WAIT_S)
    for statement in _SCHEMA:
        con.execute(statement)
    return con


def _write(con: Connection, work: Callable[[Connection], Any]) -> Any:
    """Run ``work`` in one transaction, serialised within the process and retried on a conflict."""
    with _WRITE_LOCK:
        for attempt in range(_BUSY_TRIES):
            cursor = con.cursor()
            cursor.execute("BEGIN TRANSACTION")
            try:
                result = work(cursor)
                cursor.execute("COMMIT")
                return result
            except duckdb.TransactionException:
                cursor.execute("ROLLBACK")
                if attempt == _BUSY_TRIES - 1:
                    raise StoreBusyError("conflict") from None
                time.sleep(_BUSY_WAIT_S)
            except Exception:
                cursor.execute("ROLLBACK")
                raise
    raise StoreBusyError("conflict")  # pragma: no cover - the loop returns or raises


def new_code() -> str:
    body = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{CODE_PREFIX}-{body[:5]}-{body[5:]}"


def normalise_code(raw: str) -> str | None:
    """A code as typed (any case, spaces, with or without dashes) in its stored form, or None."""
    letters = re.sub(r"[\s-]", "", raw.upper())[: len(CODE_PREFIX) + CODE_LENGTH + 2]
    if letters.startswith(CODE_PREFIX):
        letters = letters[len(CODE_PREFIX) :]
    if len(letters) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in letters):
        return None
    return f"{CODE_PREFIX}-{letters[:5]}-{letters[5:]}"


def send(
    con: Connection, proposal: Proposal, contact: Contact, *, lang: str, now: datetime | None = None
) -> str:
    """Store a checked proposal and its contact apart; returns the proposer's reference code."""
    now = now or datetime.now()
    code = new_code()

    def work(cursor: Connection) -> str:
        (next_id,) = cursor.execute("SELECT coalesce(max(id), 0) + 1 FROM voorstel").fetchone()
        cursor.execute(
            """INSERT INTO voorstel (id, code, soort, initiatief_id, gegevens, taal, status, ingediend_op)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [next_id, code, proposal.kind, proposal.initiatief_id, proposal.to_json(), lang, RECEIVED, now],
        )
        cursor.execute(
            "INSERT INTO voorstel_contact (voorstel_id, naam, email) VALUES (?, ?, ?)",
            [next_id, contact.naam.strip(), contact.email.strip()],
        )
        return code

    return _write(con, work)


@dataclass(frozen=True)
class PublicStatus:
    """All a reference code reveals: the status, the reason when returned, the day it came in."""

    status: str
    reason: str | None
    received_on: datetime


def _undone_imports(agenda: Connection | None) -> set[int]:
    if agenda is None:
        return set()
    return {
        r[0] for r in agenda.execute("SELECT id FROM import_log WHERE ongedaan_op IS NOT NULL").fetchall()
    }


def _effective_status(status: str, import_id: int | None, undone: set[int]) -> str:
    return RECEIVED if status == APPROVED and import_id in undone else status


def public_status(con: Connection, raw_code: str, agenda: Connection | None = None) -> PublicStatus | None:
    code = normalise_code(raw_code)
    if code is None:
        return None
    row = con.execute(
        "SELECT status, reden, ingediend_op, import_id FROM voorstel WHERE code = ?", [code]
    ).fetchone()
    if row is None:
        return None
    status, reason, received, import_id = row
    status = _effective_status(status, import_id, _undone_imports(agenda))
    return PublicStatus(status=status, reason=reason if status == RETURNED else None, received_on=received)


@dataclass(frozen=True)
class QueueItem:
    """A proposal as a moderator sees it."""

    id: int
    code: str
    proposal: Proposal
    lang: str
    status: str
    received_on: datetime
    contact: Contact | None  # None once deleted
    stored: Proposal | None  # the initiative a change is about, as stored now
    duplicates: tuple[str, ...]  # names of stored initiatives or proposals that look alike
    reason: str | None = None


def _similar(a: str, b: str, *, at_least: float) -> bool:
    """Whether two names are at least this similar (0-1); cheap upper bounds rule most pairs out."""
    a, b = _plain(a), _plain(b)
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() >= at_least
        and matcher.quick_ratio() >= at_least
        and matcher.ratio() >= at_least
    )


def _looks_alike(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if _similar(a[0], b[0], at_least=_SAME_NAME):
        return True
    return _similar(a[0], b[0], at_least=_DUPLICATE_NAME) and _similar(
        a[1], b[1], at_least=_DUPLICATE_ORGANISATION
    )


def likely_duplicates(
    proposal: Proposal, stored: Iterable[tuple[str, str, str]], others: Iterable[tuple[str, str]]
) -> tuple[str, ...]:
    """Stored initiatives ``(id, naam, organisatie)`` and other proposals ``(naam, organisatie)`` alike."""
    mine = (proposal.naam, proposal.organisatie)
    found = [
        naam for pid, naam, org in stored if pid != proposal.initiatief_id and _looks_alike(mine, (naam, org))
    ]
    found += [naam for naam, org in others if _looks_alike(mine, (naam, org))]
    return tuple(dict.fromkeys(found))


def queue(
    con: Connection, agenda: Connection, *, include_decided: bool = False, now: datetime | None = None
) -> list[QueueItem]:
    """Proposals waiting for a decision, newest first (with ``include_decided``, all of them)."""
    purge_contacts(con, now=now)
    undone = _undone_imports(agenda)
    rows = con.execute(
        """SELECT v.id, v.code, v.gegevens, v.taal, v.status, v.ingediend_op, v.import_id, v.reden,
                  c.naam, c.email
           FROM voorstel v LEFT JOIN voorstel_contact c ON c.voorstel_id = v.id
           ORDER BY v.ingediend_op DESC, v.id DESC"""
    ).fetchall()
    stored = agenda.execute("SELECT id, naam, organisatie FROM initiatief").fetchall()
    items = []
    proposals = [(row, Proposal.from_json(row[2])) for row in rows]
    for row, proposal in proposals:
        pid, code, _raw, lang, status, received, import_id, reason, contact_name, email = row
        status = _effective_status(status, import_id, undone)
        if status != RECEIVED and not include_decided:
            continue
        others = [(p.naam, p.organisatie) for r, p in proposals if r[0] != pid and r[4] == RECEIVED]
        items.append(
            QueueItem(
                id=pid,
                code=code,
                proposal=proposal,
                lang=lang,
                status=status,
                received_on=received,
                contact=Contact(contact_name, email) if contact_name is not None else None,
                stored=stored_proposal(agenda, proposal.initiatief_id) if proposal.initiatief_id else None,
                duplicates=likely_duplicates(proposal, stored, others),
                reason=reason,
            )
        )
    return items


class ProposalRefusedError(Exception):
    """An approval that cannot be written; ``problems`` says why, field by field."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = list(problems)


def retention_months() -> int:
    """The months contact details are kept after the decision: the setting, else the default."""
    raw = os.environ.get(RETENTION_ENV_VAR, "")
    return int(raw) if raw.isdigit() and 0 <= int(raw) <= 120 else DEFAULT_RETENTION_MONTHS


def _delete_after(decided: datetime) -> datetime:
    return decided + timedelta(days=round(retention_months() * 365.25 / 12))


def _record(
    cursor: Connection,
    proposal_id: int,
    *,
    who: str,
    action: str,
    now: datetime,
    changes: object = None,
    import_id: int | None = None,
) -> None:
    cursor.execute(
        "INSERT INTO besluit VALUES (?, ?, ?, ?, ?, ?)",
        [
            proposal_id,
            now,
            who,
            action,
            None if changes is None else json.dumps(changes, ensure_ascii=False),
            import_id,
        ],
    )


def _load(con: Connection, proposal_id: int) -> tuple[str, Proposal]:
    row = con.execute("SELECT code, gegevens FROM voorstel WHERE id = ?", [proposal_id]).fetchone()
    if row is None:
        raise KeyError(proposal_id)
    return row[0], Proposal.from_json(row[1])


def approve(
    con: Connection,
    agenda: Connection,
    proposal_id: int,
    *,
    moderator: str,
    edited: Proposal | None = None,
    merge_into: str | None = None,
    now: datetime | None = None,
) -> int:
    """Write the proposal (as edited) into the agenda as one import; returns the import's number.

    ``merge_into`` names a stored initiative the proposal is folded into (a duplicate):
    the edited record then replaces that initiative.  Raises
    :class:`ProposalRefusedError` when the record fails the importer's checks.
    """
    now = now or datetime.now()
    code, sent = _load(con, proposal_id)
    record = edited or sent
    target = merge_into or record.initiatief_id or f"V-{code.removeprefix(CODE_PREFIX + '-')}"
    record = replace(record, initiatief_id=record.initiatief_id or (merge_into or None))
    problems = _own_problems(record)
    if problems:
        raise ProposalRefusedError(problems)
    analysis = _analysis(agenda, record, initiative_id=target, source=f"Voorstel {code}", year=now.year)
    errors = [FieldProblem(_field_of(i), "", issue=i) for i in analysis.issues if i.severity == ERROR]
    if errors:
        raise ProposalRefusedError(errors)
    before = stored_proposal(agenda, target)
    import_id = commit_import(agenda, analysis, user=moderator)
    changes = [asdict(c) for c in diff(before or Proposal(), record)]
    edits = [asdict(c) for c in diff(sent, record)] if edited is not None else []
    action = "samengevoegd" if merge_into else ("bewerkt_goedgekeurd" if edits else "goedgekeurd")

    def work(cursor: Connection) -> None:
        cursor.execute(
            """UPDATE voorstel SET status = ?, reden = NULL, besloten_op = ?, besloten_door = ?,
                      import_id = ?, initiatief_id = coalesce(initiatief_id, ?) WHERE id = ?""",
            [APPROVED, now, moderator, import_id, target, proposal_id],
        )
        cursor.execute(
            "UPDATE voorstel_contact SET verwijderen_na = ? WHERE voorstel_id = ?",
            [_delete_after(now), proposal_id],
        )
        _record(
            cursor,
            proposal_id,
            who=moderator,
            action=action,
            now=now,
            changes={"agenda": changes, "bewerkt": edits, "initiatief": target},
            import_id=import_id,
        )

    _write(con, work)
    return import_id


def return_proposal(
    con: Connection, proposal_id: int, *, moderator: str, reason: str, now: datetime | None = None
) -> None:
    """Send a proposal back with a reason the proposer sees with the code."""
    now = now or datetime.now()
    reason = reason.strip()[: FIELD_LIMITS["reden"]]
    if not reason:
        raise ProposalRefusedError([FieldProblem("reden", "cocreatie.error.required")])

    def work(cursor: Connection) -> None:
        cursor.execute(
            "UPDATE voorstel SET status = ?, reden = ?, besloten_op = ?, besloten_door = ? WHERE id = ?",
            [RETURNED, reason, now, moderator, proposal_id],
        )
        cursor.execute(
            "UPDATE voorstel_contact SET verwijderen_na = ? WHERE voorstel_id = ?",
            [_delete_after(now), proposal_id],
        )
        _record(
            cursor, proposal_id, who=moderator, action="teruggestuurd", now=now, changes={"reden": reason}
        )

    _write(con, work)


def forget_contact(con: Connection, proposal_id: int, *, moderator: str, now: datetime | None = None) -> None:
    """Delete a proposer's contact details at once (a request under the AVG)."""
    now = now or datetime.now()

    def work(cursor: Connection) -> None:
        cursor.execute("DELETE FROM voorstel_contact WHERE voorstel_id = ?", [proposal_id])
        _record(cursor, proposal_id, who=moderator, action="contact_verwijderd", now=now)

    _write(con, work)


def purge_contacts(con: Connection, *, now: datetime | None = None) -> int:
    """Delete the contact details whose retention period has passed; returns how many."""
    now = now or datetime.now()

    def work(cursor: Connection) -> int:
        (count,) = cursor.execute(
            "SELECT count(*) FROM voorstel_contact WHERE verwijderen_na IS NOT NULL AND verwijderen_na <= ?",
            [now],
        ).fetchone()
        if count:
            cursor.execute(
                "DELETE FROM voorstel_contact WHERE verwijderen_na IS NOT NULL AND verwijderen_na <= ?", [now]
            )
        return int(count)

    return _write(con, work)


def decisions(con: Connection) -> pd.DataFrame:
    """Every decision (who, when, what, what changed), newest first; no contact data."""
    return con.execute(
        """SELECT b.tijdstip, v.code, b.wie, b.actie, b.wijzigingen, b.import_id
           FROM besluit b JOIN voorstel v ON v.id = b.voorstel_id ORDER BY b.tijdstip DESC"""
    ).df()


def lessons_of(con: Connection, initiative_id: str) -> str:
    """What the approved proposal said others can learn: the start of an example's story."""
    rows = con.execute(
        "SELECT gegevens FROM voorstel WHERE initiatief_id = ? AND status = ? ORDER BY besloten_op DESC",
        [initiative_id, APPROVED],
    ).fetchall()
    return Proposal.from_json(rows[0][0]).lessen if rows else ""


def queue_stamp(con: Connection, agenda: Connection) -> tuple[object, ...]:
    """Changes whenever :func:`queue` could answer differently: a proposal, a decision or a
    deleted contact in ``con``, an import or an undo in ``agenda`` (whoever made it).

    :func:`queue` compares every proposal with every stored initiative; a moderation screen
    keeps its answer while this stays the same (and for a day at most: the purge).
    """
    proposals = con.execute(
        """SELECT (SELECT count(*) FROM voorstel), (SELECT max(id) FROM voorstel),
                  (SELECT count(*) FROM besluit), (SELECT max(tijdstip) FROM besluit),
                  (SELECT count(*) FROM voorstel_contact)"""
    ).fetchone()
    imports = agenda.execute(
        """SELECT count(*), max(id), count(ongedaan_op), max(ongedaan_op),
                  (SELECT max(waarde) FROM metadata WHERE sleutel = 'data_version')
           FROM import_log"""
    ).fetchone()
    return (*proposals, *imports, datetime.now().date())


# --- Rate limits -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SendRules:
    per_session: int = 3  # proposals per session within ``session_window_s``
    session_window_s: float = 600.0
    overall_per_minute: int = 40  # all sessions together; twenty at once must all arrive
    lookups_per_session: int = 30  # status lookups per session within the window


class SendLimiter:
    """Sliding windows per session and overall; thread-safe, one per server process."""

    def __init__(self, rules: SendRules | None = None, *, clock: Callable[[], float] = time.time) -> None:
        self.rules = rules or SendRules()
        self._clock = clock
        self._lock = threading.Lock()
        self._by_key: dict[str, deque[float]] = {}
        self._overall: deque[float] = deque()

    def _trim(self, times: deque[float], window: float, now: float) -> None:
        while times and times[0] <= now - window:
            times.popleft()

    def allow(self, session: str, *, kind: str = "send") -> float | None:
        """Count one attempt and return None, or refuse it and return the seconds to wait."""
        with self._lock:
            now = self._clock()
            key = f"{kind}:{session}"
            mine = self._by_key.setdefault(key, deque())
            window = self.rules.session_window_s
            self._trim(mine, window, now)
            limit = self.rules.per_session if kind == "send" else self.rules.lookups_per_session
            if len(mine) >= limit:
                return max(mine[0] + window - now, 1.0)
            if kind == "send":
                self._trim(self._overall, 60.0, now)
                if len(self._overall) >= self.rules.overall_per_minute:
                    return max(self._overall[0] + 60.0 - now, 1.0)
                self._overall.append(now)
            mine.append(now)
            if len(self._by_key) > 10_000:  # forget idle sessions so the table stays small
                for stale in [k for k, v in self._by_key.items() if not v or v[-1] <= now - window]:
                    del self._by_key[stale]
            return None


# --- Examples ----------------------------------------------------------------------------------


def mark_example(
    agenda: Connection, initiative_id: str, *, story: str, moderator: str, now: datetime | None = None
) -> None:
    story = story.strip()
    if not story:
        raise ProposalRefusedError([FieldProblem("verhaal", "cocreatie.error.required")])
    if len(story) > FIELD_LIMITS["verhaal"]:
        raise ProposalRefusedError(
            [FieldProblem("verhaal", "cocreatie.error.too_long", {"limit": FIELD_LIMITS["verhaal"]})]
        )
    if agenda.execute("SELECT count(*) FROM initiatief WHERE id = ?", [initiative_id]).fetchone()[0] == 0:
        raise KeyError(initiative_id)
    agenda.execute(
        """INSERT INTO voorbeeld (initiatief_id, verhaal, gemarkeerd_door, gemarkeerd_op) VALUES (?, ?, ?, ?)
           ON CONFLICT (initiatief_id) DO UPDATE SET verhaal = excluded.verhaal,
               gemarkeerd_door = excluded.gemarkeerd_door, gemarkeerd_op = excluded.gemarkeerd_op""",
        [initiative_id, story, moderator, now or datetime.now()],
    )


def unmark_example(agenda: Connection, initiative_id: str) -> None:
    agenda.execute("DELETE FROM voorbeeld WHERE initiatief_id = ?", [initiative_id])


def examples(agenda: Connection, *, theme: str | None = None) -> pd.DataFrame:
    """The marked examples whose initiative is in the agenda, with what a card shows (no contact data)."""
    frame = agenda.execute(
        """SELECT i.id, i.naam, i.organisatie, i.thema, i.discipline, i.startjaar, i.eindjaar, i.bereik,
                  i.bereik_duitsland, v.verhaal,
                  list(DISTINCT ig.gemeente_code ORDER BY ig.gemeente_code)
                      FILTER (WHERE ig.gemeente_code IS NOT NULL) AS gemeenten
           FROM voorbeeld v JOIN initiatief i ON i.id = v.initiatief_id
           LEFT JOIN initiatief_gemeente ig ON ig.initiatief_id = i.id
           WHERE ? IS NULL OR i.thema = ?
           GROUP BY ALL ORDER BY i.naam, i.id""",
        [theme, theme],
    ).df()
    partners = agenda.execute(
        """SELECT ip.initiatief_id, p.naam, p.land, p.plaats, p.kreis_code, p.lat, p.lon
           FROM initiatief_partner ip JOIN partner p ON p.id = ip.partner_id
           WHERE ip.initiatief_id IN (SELECT initiatief_id FROM voorbeeld)
           ORDER BY p.land DESC, p.naam"""
    ).df()
    by_initiative = {
        key: group.drop(columns="initiatief_id") for key, group in partners.groupby("initiatief_id")
    }
    empty = partners.drop(columns="initiatief_id").iloc[0:0]
    frame["partners"] = [by_initiative.get(i, empty) for i in frame["id"]]
    return frame


def examples_stamp(agenda: Connection) -> str:
    """Changes whenever an example is marked, changed or unmarked: part of the deck's cache key.

    Marking an example does not change the store's data version (it is no import).
    """
    try:
        row = agenda.execute(
            "SELECT count(*), max(gemarkeerd_op), sum(hash(initiatief_id || verhaal)) FROM voorbeeld"
        ).fetchone()
    except duckdb.CatalogException:  # a store opened read-only before migration 5
        return "geen"
    return "-".join(str(v) for v in row)
