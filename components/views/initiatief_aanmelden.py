"""Initiatief aanmelden: the public form that proposes an initiative (or a change), and the status lookup.

The form is one ``st.form``: nothing reruns while the proposer types.  The fields of the
proposal are the shared ones (``components/widgets/proposal_form.py``, keyed under
``aanmelden``); this page adds the choice new/change, the contact and the honeypot.  Its two buttons
(send, add a partner row) run a callback before the rerun, which reads the fields from
``st.session_state``, checks them with :func:`data.cocreation.check` (the importer's own
rules) and :func:`data.cocreation.contact_problems`, and either sends the proposal or
keeps the problems; the rerun then draws each message under its field, a summary at
the top, and every field as the proposer left it.

Abuse: a honeypot field (off screen, hidden from screen readers, never focused) that
only a bot fills, after which nothing is stored; the process's one
:class:`data.cocreation.SendLimiter` (``cache.proposal_limiter``) counts sends and
status lookups per browser session (``auth.client_keys``), and sends per minute for
the whole server.  Every value a user or the data wrote is escaped where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import streamlit as st

from components import cache
from components.auth import client_keys, wait_duration
from components.widgets import proposal_form
from data import cocreation
from data.cocreation import Contact, FieldProblem, Proposal
from data.formatting import escape_markdown, format_euro
from data.i18n import translate

PREFIX = "aanmelden"
KEY_KIND = f"{PREFIX}_soort"
KEY_INITIATIVE = f"{PREFIX}_initiatief"
KEY_PREFILLED = f"{PREFIX}_ingevuld_voor"  # the initiative whose values fill the form now
KEY_PROBLEMS = f"{PREFIX}_problemen"
KEY_OUTCOME = f"{PREFIX}_uitkomst"
KEY_HONEYPOT = f"{PREFIX}_website"
KEY_STATUS_CODE = f"{PREFIX}_status_code"
KEY_STATUS_OUTCOME = f"{PREFIX}_status_uitkomst"
HONEYPOT_BOX = f"{PREFIX}_hp"
FORM = f"{PREFIX}_formulier"
STATUS_FORM = f"{PREFIX}_status_formulier"

NEW, CHANGE = cocreation.NEW, cocreation.CHANGE
CONTACT_FIELDS = ("contact_naam", "contact_email")
LIMITS = cocreation.FIELD_LIMITS

# The label of each field (its widget's, and in the summary at the top).
FIELD_LABELS = {
    "initiatief_id": "aanmelden.field.initiatief",
    "naam": "aanmelden.field.naam",
    "organisatie": "aanmelden.field.organisatie",
    "thema": "aanmelden.field.thema",
    "discipline": "aanmelden.field.discipline",
    "gemeenten": "aanmelden.field.gemeenten",
    "partners": "aanmelden.field.partners",
    "doelgroepen": "aanmelden.field.doelgroepen",
    "startjaar": "aanmelden.field.startjaar",
    "eindjaar": "aanmelden.field.eindjaar",
    "financiering": "aanmelden.field.financiering",
    "bereik": "aanmelden.field.bereik",
    "bereik_duitsland": "aanmelden.field.bereik_duitsland",
    "omschrijving": "aanmelden.field.omschrijving",
    "lessen": "aanmelden.field.lessen",
    "contact_naam": "aanmelden.field.contact_naam",
    "contact_email": "aanmelden.field.contact_email",
}

# Kinds of count in the limiter besides "send" (which has its own, low, per-session limit
# and the limit for the whole server): these get the limiter's larger per-key budget.
CHECK, LOOKUP, ADDRESS = "check", "lookup", "send_address"


def _key(name: str) -> str:
    return f"{PREFIX}_{name}"


@dataclass(frozen=True)
class Outcome:
    """What the last click on "send" came to; drawn on the rerun."""

    kind: str  # "sent", "problems", "limited", "busy", "not_sent"
    code: str = ""
    name: str = ""
    budget: float = 0.0
    wait_s: float = 0.0


# --- Reading and filling the form's fields -----------------------------------------------------


def _text(name: str) -> str:
    return str(st.session_state.get(_key(name)) or "")


def proposal_from_state() -> tuple[Proposal, Contact]:
    """The proposal and contact as the form holds them now."""
    initiative = st.session_state.get(KEY_INITIATIVE) if st.session_state.get(KEY_KIND) == CHANGE else None
    proposal = proposal_form.read(PREFIX, initiatief_id=initiative or None)
    return proposal, Contact(naam=_text("contact_naam").strip(), email=_text("contact_email").strip())


def _clear_fields(*, contact: bool) -> None:
    proposal_form.clear(PREFIX)
    if contact:
        for name in CONTACT_FIELDS:
            st.session_state.pop(_key(name), None)
    st.session_state.pop(KEY_PROBLEMS, None)


# --- The callbacks of the form's buttons -------------------------------------------------------


def _limit(kind: str) -> float | None:
    """Count one attempt of ``kind`` for this session (and, for a send, its address); the wait, if refused."""
    limiter = cache.proposal_limiter()
    keys = client_keys()
    wait = limiter.allow(keys[0], kind=kind)
    if wait is None and kind == "send":
        for other in keys[1:]:  # a whole office sends from one address: a larger budget
            wait = limiter.allow(other, kind=ADDRESS)
            if wait is not None:
                break
    return wait


def _forget_outcome() -> None:
    st.session_state.pop(KEY_OUTCOME, None)


def _on_send(lang: str) -> None:
    state = st.session_state
    state.pop(KEY_PROBLEMS, None)
    if state.get(KEY_HONEYPOT):
        # Only a program fills a field nobody sees: store nothing, count it, say nothing useful.
        _limit(CHECK)
        state[KEY_HONEYPOT] = ""
        state[KEY_OUTCOME] = Outcome("not_sent")
        return
    wait = _limit(CHECK)
    if wait is not None:
        state[KEY_OUTCOME] = Outcome("limited", wait_s=wait)
        return
    proposal, contact = proposal_from_state()
    problems: list[FieldProblem] = []
    if state.get(KEY_KIND) == CHANGE and not proposal.initiatief_id:
        problems.append(FieldProblem("initiatief_id", "cocreatie.error.required"))
    problems += cocreation.check(cache.agenda_cursor(), proposal)[0]
    problems += cocreation.contact_problems(contact)
    if problems:
        state[KEY_PROBLEMS] = problems
        state[KEY_OUTCOME] = Outcome("problems")
        return
    wait = _limit("send")
    if wait is not None:
        state[KEY_OUTCOME] = Outcome("limited", wait_s=wait)
        return
    try:
        code = cocreation.send(cache.proposals_connection().cursor(), proposal, contact, lang=lang)
    except cocreation.StoreBusyError:
        state[KEY_OUTCOME] = Outcome("busy")
        return
    state[KEY_OUTCOME] = Outcome("sent", code=code, name=proposal.naam, budget=proposal.budget)
    _clear_fields(contact=True)
    state.pop(KEY_INITIATIVE, None)
    state.pop(KEY_PREFILLED, None)
    state[KEY_KIND] = NEW


# --- Drawing the form -------------------------------------------------------------------------


def _problems() -> list[FieldProblem]:
    return list(st.session_state.get(KEY_PROBLEMS) or [])


def _field_problems(field_name: str, lang: str) -> None:
    proposal_form.field_problems(_problems(), field_name, lang)


def _summary(lang: str) -> None:
    problems = _problems()
    title = translate("aanmelden.problems.summary", lang, count=len(problems))
    proposal_form.problem_summary(problems, lang, title=title, labels=FIELD_LABELS)


def _render_outcome(outcome: Outcome | None, lang: str) -> None:
    if outcome is None:
        return
    if outcome.kind == "problems" and _problems():
        _summary(lang)
    elif outcome.kind == "limited":
        st.warning(
            translate("aanmelden.limited", lang, duration=wait_duration(outcome.wait_s, lang)),
            icon=":material/timer:",
        )
    elif outcome.kind == "busy":
        st.warning(translate("aanmelden.busy", lang), icon=":material/hourglass_top:")
    elif outcome.kind == "not_sent":
        st.warning(translate("aanmelden.not_sent", lang), icon=":material/block:")


def _render_sent(outcome: Outcome, lang: str) -> None:
    """The reference code, large and copyable, and what to do with it."""
    st.success(
        translate("aanmelden.sent", lang, name=escape_markdown(outcome.name)), icon=":material/check_circle:"
    )
    st.subheader(translate("aanmelden.sent.code_title", lang))
    st.code(outcome.code, language=None)
    st.markdown(translate("aanmelden.sent.keep", lang))
    st.caption(translate("aanmelden.sent.budget", lang, budget=format_euro(outcome.budget, lang)))
    st.button(translate("aanmelden.sent.again", lang), on_click=_forget_outcome, key=f"{PREFIX}_opnieuw")


def _render_choice(lang: str) -> None:
    """New initiative or a change to a stored one; a chosen one fills the form."""
    st.radio(
        translate("aanmelden.kind", lang),
        options=[NEW, CHANGE],
        format_func=lambda k: translate("aanmelden.kind.new" if k == NEW else "aanmelden.kind.change", lang),
        horizontal=True,
        key=KEY_KIND,
    )
    if st.session_state.get(KEY_KIND) != CHANGE:
        if st.session_state.get(KEY_PREFILLED):  # back to a new one: not a copy of the old
            _clear_fields(contact=False)
            st.session_state.pop(KEY_PREFILLED, None)
        return
    stored = cache.agenda_initiatives()
    if stored.empty:
        st.info(translate("aanmelden.change.none", lang))
        return
    labels = {
        row.id: translate("aanmelden.change.option", lang, naam=row.naam, organisatie=row.organisatie)
        for row in stored.itertuples()
    }
    if st.session_state.get(KEY_INITIATIVE) not in labels:
        st.session_state.pop(KEY_INITIATIVE, None)
    chosen = st.selectbox(
        translate("aanmelden.change.pick", lang),
        options=list(labels),
        format_func=labels.__getitem__,
        index=None,
        placeholder=translate("aanmelden.change.placeholder", lang),
        key=KEY_INITIATIVE,
    )
    _field_problems("initiatief_id", lang)
    if chosen and chosen != st.session_state.get(KEY_PREFILLED):
        current = cocreation.stored_proposal(cache.agenda_cursor(), chosen)
        if current is not None:
            proposal_form.fill(PREFIX, current)
            st.session_state[KEY_PREFILLED] = chosen
    if chosen:
        st.caption(translate("aanmelden.change.hint", lang))


def _render_contact(lang: str) -> None:
    st.subheader(translate("aanmelden.section.contact", lang))
    st.caption(translate("aanmelden.contact.help", lang))
    left, right = st.columns(2)
    with left:
        st.text_input(
            translate(FIELD_LABELS["contact_naam"], lang),
            key=_key("contact_naam"),
            max_chars=LIMITS["contact_naam"],
            autocomplete="name",
        )
        _field_problems("contact_naam", lang)
    with right:
        st.text_input(
            translate(FIELD_LABELS["contact_email"], lang),
            key=_key("contact_email"),
            max_chars=LIMITS["contact_email"],
            autocomplete="email",
        )
        _field_problems("contact_email", lang)
    with st.expander(translate("aanmelden.privacy.title", lang), icon=":material/shield_person:"):
        st.markdown(translate("aanmelden.privacy.body", lang, months=cocreation.retention_months()))


# The honeypot: moved off screen, hidden from screen readers and out of the tab order
# (aria-hidden and inert on its box: the input's own tabindex is reset on every render); a
# person never sees it, a program that fills every field does.  The box is found by the
# class Streamlit gives a keyed container (st-key-<key>).
_HONEYPOT_CSS = (
    f"<style>.st-key-{HONEYPOT_BOX}{{position:absolute !important;left:-10000px !important;"
    "top:auto !important;width:1px !important;height:1px !important;overflow:hidden !important;}</style>"
)
_HONEYPOT_JS = (
    "<script>(function mark(tries) {"
    f"const box = document.querySelector('.st-key-{HONEYPOT_BOX}');"
    "if (!box) { if (tries < 100) setTimeout(() => mark(tries + 1), 100); return; }"
    "box.setAttribute('aria-hidden', 'true');"
    "box.inert = true;"
    "})(0);</script>"
)


def _render_honeypot(lang: str) -> None:
    st.html(_HONEYPOT_CSS)
    with st.container(key=HONEYPOT_BOX):
        st.text_input(translate("aanmelden.honeypot", lang), key=KEY_HONEYPOT, autocomplete="off")
    st.html(_HONEYPOT_JS, unsafe_allow_javascript=True)


def render_proposal_form(lang: str) -> None:
    """The form; after a send, the reference code instead."""
    st.session_state.setdefault(KEY_KIND, NEW)
    outcome: Outcome | None = st.session_state.get(KEY_OUTCOME)
    if outcome is not None and outcome.kind == "sent":
        _render_sent(outcome, lang)
        return
    st.markdown(translate("aanmelden.intro", lang))
    _render_outcome(outcome, lang)
    _render_choice(lang)
    with st.form(FORM, enter_to_submit=False):
        proposal_form.proposal_fields(
            Proposal(),
            lang,
            key=PREFIX,
            labels=FIELD_LABELS,
            problems=_problems(),
            on_add_partner=_forget_outcome,
        )
        _render_contact(lang)
        _render_honeypot(lang)
        st.form_submit_button(
            translate("aanmelden.submit", lang),
            type="primary",
            on_click=_on_send,
            args=(lang,),
            icon=":material/send:",
        )


# --- Status lookup ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusOutcome:
    kind: str  # "found", "unknown", "limited", "busy"
    status: cocreation.PublicStatus | None = None
    wait_s: float = 0.0


def _on_lookup() -> None:
    state = st.session_state
    wait = _limit(LOOKUP)
    if wait is not None:
        state[KEY_STATUS_OUTCOME] = StatusOutcome("limited", wait_s=wait)
        return
    try:
        found = cocreation.public_status(
            cache.proposals_connection().cursor(),
            str(state.get(KEY_STATUS_CODE) or ""),
            cache.agenda_cursor(),
        )
    except cocreation.StoreBusyError:
        state[KEY_STATUS_OUTCOME] = StatusOutcome("busy")
        return
    state[KEY_STATUS_OUTCOME] = StatusOutcome("found", found) if found else StatusOutcome("unknown")


def _day(moment: datetime, lang: str) -> str:
    if lang == "en":
        return moment.strftime("%Y-%m-%d")
    separator = "." if lang == "de" else "-"
    return separator.join(str(part) for part in (moment.day, moment.month, moment.year))


def render_status_lookup(lang: str) -> None:
    """A code in, its status out (received, approved, returned with the reason), nothing else."""
    st.markdown(translate("aanmelden.status.intro", lang))
    with st.form(STATUS_FORM, enter_to_submit=True):
        st.text_input(
            translate("aanmelden.status.code", lang),
            key=KEY_STATUS_CODE,
            max_chars=40,
            placeholder="TW-XXXXX-XXXXX",
            autocomplete="off",
        )
        st.form_submit_button(translate("aanmelden.status.submit", lang), on_click=_on_lookup)
    outcome: StatusOutcome | None = st.session_state.get(KEY_STATUS_OUTCOME)
    if outcome is None:
        return
    if outcome.kind == "limited":
        st.warning(
            translate("aanmelden.status.limited", lang, duration=wait_duration(outcome.wait_s, lang)),
            icon=":material/timer:",
        )
    elif outcome.kind == "busy":
        st.warning(translate("aanmelden.status.busy", lang), icon=":material/hourglass_top:")
    elif outcome.kind == "unknown" or outcome.status is None:
        st.info(translate("aanmelden.status.unknown", lang))
    else:
        found = outcome.status
        day = _day(found.received_on, lang)
        if found.status == cocreation.APPROVED:
            st.success(translate("aanmelden.status.approved", lang, day=day), icon=":material/check_circle:")
        elif found.status == cocreation.RETURNED:
            reason = escape_markdown(found.reason or "", multiline=True)
            st.warning(
                translate("aanmelden.status.returned", lang, day=day, reason=reason), icon=":material/undo:"
            )
        else:
            st.info(translate("aanmelden.status.received", lang, day=day), icon=":material/inbox:")


def render(lang: str) -> None:
    """The page body: two tabs, propose and look up a status."""
    propose, status = st.tabs(
        [translate("aanmelden.tab.propose", lang), translate("aanmelden.tab.status", lang)]
    )
    with propose:
        render_proposal_form(lang)
    with status:
        render_status_lookup(lang)
