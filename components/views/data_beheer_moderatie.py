"""Data beheer, tab Voorstellen: the moderation of proposals from the field (issue 17).

A queue of proposals, newest first (the one chosen shown in full: its contact for the
moderator only, its likely duplicates, and for a change the field-by-field diff against
the stored initiative), the four decisions (approve; edit, then approve; return with a
reason; merge into a stored initiative), the log of decisions and the examples.

Everything that decides or stores lives in ``data.cocreation``: an approval *is* an
import into the store of imported data, so it appears in the import log of the other
tab and its undo button takes it back (the proposal is then in the queue again).  Every
write asks for the password again like a commit does (``auth.confirm_action``).
Values from proposals are escaped wherever they reach Markdown; tables and widget
labels show them as plain text.

The editable fields of a proposal are the public form's (``components/widgets/proposal_form.py``),
keyed per proposal and decision, with this page's labels.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime

import duckdb
import pandas as pd
import streamlit as st

from components import auth, cache
from components.cache import forget_store_facts, imported_cursor
from components.widgets import proposal_form
from data import cocreation
from data.cocreation import FieldProblem, Proposal, QueueItem
from data.formatting import escape_markdown
from data.i18n import translate

FLASH_KEY = "moderatie_flash"
PROBLEMS_KEY = "moderatie_problems_"  # + proposal id: the FieldProblems of a refused approval
DECIDED_KEY = "moderatie_show_decided"
PICK_KEY = "moderatie_pick"
BUSY_KEY = "moderatie_busy"  # the proposals store could not be read on this run
QUEUE_KEY = "moderatie_queue"  # the last queue read, with the stamp it was read at
TABS_KEY = "beheer_tabs"  # the tabs of Data beheer

# The label of every field a proposal has, in the order of the form.
FIELD_LABELS: dict[str, str] = {
    "naam": "moderatie.field.naam",
    "organisatie": "moderatie.field.organisatie",
    "thema": "moderatie.field.thema",
    "discipline": "moderatie.field.discipline",
    "gemeenten": "moderatie.field.gemeenten",
    "partners": "moderatie.field.partners",
    "doelgroepen": "moderatie.field.doelgroepen",
    "startjaar": "moderatie.field.startjaar",
    "eindjaar": "moderatie.field.eindjaar",
    "financiering": "moderatie.field.financiering",
    "bereik": "moderatie.field.bereik",
    "bereik_duitsland": "moderatie.field.bereik_duitsland",
    "omschrijving": "moderatie.field.omschrijving",
    "lessen": "moderatie.field.lessen",
    "reden": "moderatie.field.reden",
    "verhaal": "moderatie.field.verhaal",
}
KIND_LABELS = {cocreation.NEW: "moderatie.kind.nieuw", cocreation.CHANGE: "moderatie.kind.wijziging"}
STATUS_LABELS = {
    cocreation.RECEIVED: "moderatie.status.ontvangen",
    cocreation.APPROVED: "moderatie.status.goedgekeurd",
    cocreation.RETURNED: "moderatie.status.teruggestuurd",
}
ACTION_LABELS = {
    "goedgekeurd": "moderatie.log.action.goedgekeurd",
    "bewerkt_goedgekeurd": "moderatie.log.action.bewerkt_goedgekeurd",
    "samengevoegd": "moderatie.log.action.samengevoegd",
    "teruggestuurd": "moderatie.log.action.teruggestuurd",
    "contact_verwijderd": "moderatie.log.action.contact_verwijderd",
}
LANGUAGE_LABELS = {"nl": "moderatie.lang.nl", "en": "moderatie.lang.en", "de": "moderatie.lang.de"}
# What a moderator can do with a proposal waiting for a decision.
ACTIONS = ("approve", "edit", "return", "merge")
ACTION_CHOICES = {
    "approve": "moderatie.action.approve",
    "edit": "moderatie.action.edit",
    "return": "moderatie.action.return",
    "merge": "moderatie.action.merge",
}


def field_label(name: str, lang: str) -> str:
    return translate(FIELD_LABELS[name], lang) if name in FIELD_LABELS else name


# --- The stores ----------------------------------------------------------------------------------


def _proposals() -> duckdb.DuckDBPyConnection:
    """A cursor of its own on the process's one connection to the proposals store."""
    return cache.proposals_connection().cursor()


def _agenda() -> duckdb.DuckDBPyConnection:
    """The store of imported data: where an upload commits, and so where an approval goes."""
    return imported_cursor(create=True)


def _stored_initiatives() -> list[tuple[str, str, str]]:
    """Every initiative in the store of imported data as ``(id, naam, organisatie)``, by name."""
    frame = cocreation.initiative_choices(_agenda())
    return list(frame[["id", "naam", "organisatie"]].itertuples(index=False, name=None))


def load_queue(*, include_decided: bool = False) -> list[QueueItem]:
    """The proposals (waiting ones, or all), newest first; expired contacts are purged on the way.

    Comparing every proposal with every stored initiative takes a while, so the answer is
    kept in the session until ``cocreation.queue_stamp`` says something changed.
    """
    key = f"{QUEUE_KEY}_{'all' if include_decided else 'waiting'}"
    try:
        proposals, agenda = _proposals(), _agenda()
        kept = st.session_state.get(key)
        if kept is not None and kept[0] == cocreation.queue_stamp(proposals, agenda):
            return kept[1]
        items = cocreation.queue(proposals, agenda, include_decided=include_decided)
        # After the queue's own purge of expired contacts, so the next run finds the same stamp.
        st.session_state[key] = (cocreation.queue_stamp(proposals, agenda), items)
    except cocreation.StoreBusyError:  # another program holds the proposals store: say so, keep the rest
        st.session_state[BUSY_KEY] = True
        return []
    return items


def waiting_line(lang: str, items: Sequence[QueueItem]) -> str:
    """How many proposals wait for a decision, for the line above Data beheer's tabs."""
    if st.session_state.get(BUSY_KEY, False):  # the store could not be read: no count to give
        return translate("moderatie.waiting_unknown", lang)
    waiting = sum(1 for item in items if item.status == cocreation.RECEIVED)
    return translate("moderatie.waiting", lang, count=waiting)


def beheer_tabs(lang: str, items: Sequence[QueueItem]) -> Sequence:
    """Data beheer's two tabs, importing and proposals, under the number of proposals waiting.

    The labels never change with the data: tabs whose labels or default change are new
    tabs to the browser, which then drew the old panel beside the new one for a while
    and fell back to the first tab.  With fixed labels the tab in use stays open.
    """
    st.caption(waiting_line(lang, items))
    labels = [translate("moderatie.tab.import", lang), translate("moderatie.tab.queue", lang)]
    return st.tabs(labels, key=TABS_KEY)


# --- The queue --------------------------------------------------------------------------------------


def _when(moment: datetime | pd.Timestamp | None) -> str:
    return "" if moment is None or pd.isna(moment) else pd.Timestamp(moment).strftime("%d-%m-%Y %H:%M")


def _queue_frame(items: Sequence[QueueItem], lang: str, *, with_status: bool) -> pd.DataFrame:
    rows = []
    for item in items:
        row = {
            translate("moderatie.col.received", lang): _when(item.received_on),
            translate("moderatie.col.name", lang): item.proposal.naam,
            translate("moderatie.col.organisation", lang): item.proposal.organisatie,
            translate("moderatie.col.kind", lang): translate(KIND_LABELS[item.proposal.kind], lang),
            translate("moderatie.col.language", lang): _language(item.lang, lang),
            translate("moderatie.col.duplicates", lang): "; ".join(item.duplicates),
        }
        if with_status:
            row[translate("moderatie.col.status", lang)] = translate(STATUS_LABELS[item.status], lang)
        rows.append(row)
    return pd.DataFrame(rows)


def _language(code: str, lang: str) -> str:
    return translate(LANGUAGE_LABELS[code], lang) if code in LANGUAGE_LABELS else code


def _pick_label(item: QueueItem, lang: str) -> str:
    flag = " ⚠" if item.duplicates else ""
    kind = translate(KIND_LABELS[item.proposal.kind], lang)
    return f"{_when(item.received_on)} · {item.proposal.naam[:80]} ({kind}){flag}"


def _render_contact(item: QueueItem, lang: str, user: str) -> None:
    st.markdown(f"**{escape_markdown(translate('moderatie.contact.title', lang))}**")
    if item.contact is None:
        st.caption(translate("moderatie.contact.gone", lang))
        return
    left, right = st.columns([3, 2])
    left.markdown(
        translate(
            "moderatie.contact.line",
            lang,
            name=escape_markdown(item.contact.naam),
            email=escape_markdown(item.contact.email),
        )
    )
    clicked = right.button(
        translate("moderatie.contact.forget", lang),
        icon=":material/person_remove:",
        key=f"moderatie_forget_{item.id}",
    )
    if auth.confirm_action(clicked, lang, key=f"moderatie_forget_{item.id}", subject=item.code):
        _write(lambda: cocreation.forget_contact(_proposals(), item.id, moderator=user), lang)
        _done(translate("moderatie.contact.forgotten", lang, code=item.code))


def _render_proposal(item: QueueItem, lang: str) -> None:
    """What the proposal says; for a change, only what it changes in the stored initiative."""
    proposal = item.proposal
    if proposal.kind == cocreation.CHANGE:
        st.markdown(f"**{escape_markdown(translate('moderatie.diff.title', lang))}**")
        if item.stored is None:
            st.warning(translate("moderatie.diff.gone", lang, id=escape_markdown(proposal.initiatief_id)))
        else:
            changes = cocreation.diff(item.stored, proposal, lang)
            if not changes:
                st.info(translate("moderatie.diff.none", lang))
            else:
                frame = pd.DataFrame(
                    [(field_label(c.field, lang), c.old, c.new) for c in changes],
                    columns=[
                        translate(k, lang)
                        for k in ("moderatie.diff.field", "moderatie.diff.stored", "moderatie.diff.proposed")
                    ],
                )
                st.dataframe(frame, hide_index=True, width="stretch")
        if proposal.lessen:
            st.markdown(f"**{escape_markdown(field_label('lessen', lang))}**")
            st.markdown(escape_markdown(proposal.lessen, multiline=True))
        return
    rows = [
        (field_label(name, lang), cocreation.display_value(proposal, name, lang))
        for name in (*cocreation.DIFF_FIELDS, "lessen")
    ]
    frame = pd.DataFrame(
        rows, columns=[translate("moderatie.diff.field", lang), translate("moderatie.fields.value", lang)]
    )
    st.dataframe(frame, hide_index=True, width="stretch")


def _render_item(item: QueueItem, lang: str, user: str) -> None:
    proposal = item.proposal
    with st.container(border=True):
        st.markdown(f"#### {escape_markdown(proposal.naam)}")
        st.markdown(
            translate(
                "moderatie.meta",
                lang,
                organisation=escape_markdown(proposal.organisatie),
                kind=translate(KIND_LABELS[proposal.kind], lang),
                received=_when(item.received_on),
                language=_language(item.lang, lang),
                code=item.code,
            )
        )
        if item.duplicates:
            st.warning(
                translate(
                    "moderatie.duplicates", lang, names="; ".join(escape_markdown(n) for n in item.duplicates)
                ),
                icon=":material/content_copy:",
            )
        if item.status != cocreation.RECEIVED:
            status = translate(STATUS_LABELS[item.status], lang)
            st.info(translate("moderatie.decided", lang, status=status), icon=":material/gavel:")
            if item.reason:
                st.markdown(translate("moderatie.reason", lang, reason=escape_markdown(item.reason)))
        _render_contact(item, lang, user)
        _render_proposal(item, lang)
        if item.status == cocreation.RECEIVED:
            _render_actions(item, lang, user)


# --- The decisions ----------------------------------------------------------------------------


def _done(message: str, *, agenda_changed: bool = False) -> None:
    st.session_state[FLASH_KEY] = message
    if agenda_changed:
        forget_store_facts()  # every page reads the stores' facts afresh (the data version changed)
    st.rerun()


def _write(work, lang: str):  # noqa: ANN001, ANN202 - a thunk and what it returns
    """Run a write; a busy store says so and stops the run (nothing was written)."""
    try:
        return work()
    except cocreation.StoreBusyError:
        st.error(translate("moderatie.busy", lang), icon=":material/hourglass_top:")
        st.stop()


def _subject(item: QueueItem, *parts: object) -> str:
    """What a click was about: the proposal, and what it would write (a change in between drops it)."""
    text = json.dumps([item.code, *[p.to_json() if isinstance(p, Proposal) else p for p in parts]])
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _approve(
    item: QueueItem, lang: str, user: str, *, edited: Proposal | None, merge_into: str | None
) -> None:
    try:
        number = _write(
            lambda: cocreation.approve(
                _proposals(), _agenda(), item.id, moderator=user, edited=edited, merge_into=merge_into
            ),
            lang,
        )
    except cocreation.ProposalRefusedError as refused:
        st.session_state[PROBLEMS_KEY + str(item.id)] = refused.problems
        st.rerun()
    except Exception as error:  # the import's transaction was rolled back; say so plainly
        st.error(translate("moderatie.failed", lang, error=escape_markdown(error)), icon=":material/error:")
        st.stop()
    finally:
        forget_store_facts()
    st.session_state.pop(PROBLEMS_KEY + str(item.id), None)
    _done(translate("moderatie.approved", lang, code=item.code, number=number), agenda_changed=True)


def _render_refusal(problems: Sequence[FieldProblem], lang: str) -> None:
    if problems:
        title = translate("moderatie.refused", lang)
        proposal_form.problem_summary(
            problems, lang, title=title, labels=FIELD_LABELS, icon=":material/block:"
        )


def _merge_choices(item: QueueItem, stored: Sequence[tuple[str, str, str]]) -> list[str]:
    """Stored initiatives to merge into: the likely duplicates first, then the rest by name."""
    alike = set(item.duplicates)
    first = [pid for pid, naam, _org in stored if naam in alike]
    return first + [pid for pid, _naam, _org in stored if pid not in first]


def _render_actions(item: QueueItem, lang: str, user: str) -> None:
    problems = st.session_state.get(PROBLEMS_KEY + str(item.id), [])
    action = st.radio(
        translate("moderatie.action", lang),
        ACTIONS,
        format_func=lambda a: translate(ACTION_CHOICES[a], lang),
        horizontal=True,
        key=f"moderatie_action_{item.id}",
    )
    _render_refusal(problems, lang)
    if action == "approve":
        clicked = st.button(
            translate("moderatie.approve", lang),
            type="primary",
            icon=":material/check:",
            key=f"moderatie_approve_{item.id}",
        )
        if auth.confirm_action(clicked, lang, key=f"moderatie_approve_{item.id}", subject=_subject(item)):
            _approve(item, lang, user, edited=None, merge_into=None)
    elif action == "return":
        with st.form(f"moderatie_return_form_{item.id}"):
            reason = st.text_area(
                translate("moderatie.return.reason", lang),
                max_chars=cocreation.FIELD_LIMITS["reden"],
                key=f"moderatie_reason_{item.id}",
            )
            clicked = st.form_submit_button(
                translate("moderatie.return.submit", lang), icon=":material/undo:"
            )
        if clicked and not reason.strip():
            st.error(translate("moderatie.return.required", lang))
        elif auth.confirm_action(
            clicked, lang, key=f"moderatie_return_{item.id}", subject=_subject(item, reason.strip())
        ):
            _write(
                lambda: cocreation.return_proposal(_proposals(), item.id, moderator=user, reason=reason), lang
            )
            _done(translate("moderatie.returned", lang, code=item.code))
    else:
        _render_edit(item, lang, user, problems, merge=action == "merge")


def _render_edit(
    item: QueueItem, lang: str, user: str, problems: Sequence[FieldProblem], *, merge: bool
) -> None:
    """The proposal as an editable form; approving writes the edited record (into the chosen initiative)."""
    target = None
    if merge:
        stored = _stored_initiatives()
        if not stored:
            st.info(translate("moderatie.merge.none", lang))
            return
        names = {pid: (naam, org) for pid, naam, org in stored}
        alike = set(item.duplicates)

        def label(pid: str) -> str:
            naam, org = names[pid]
            text = f"{naam} ({org}, {pid})"
            return f"{text} · {translate('moderatie.merge.alike', lang)}" if naam in alike else text

        st.caption(translate("moderatie.merge.help", lang))
        target = st.selectbox(
            translate("moderatie.merge.target", lang),
            _merge_choices(item, stored),
            format_func=label,
            key=f"moderatie_merge_target_{item.id}",
        )
    key = f"moderatie_{'merge' if merge else 'edit'}_{item.id}"
    with st.form(f"{key}_form"):
        edited = proposal_form.proposal_fields(
            item.proposal, lang, key=key, labels=FIELD_LABELS, problems=problems
        )
        clicked = st.form_submit_button(
            translate("moderatie.merge.submit" if merge else "moderatie.edit.submit", lang),
            type="primary",
            icon=":material/merge:" if merge else ":material/edit_note:",
        )
    if auth.confirm_action(clicked, lang, key=key, subject=_subject(item, edited, target or "")):
        _approve(item, lang, user, edited=edited, merge_into=target)


# --- The log of decisions ---------------------------------------------------------------------


def _changes_summary(raw: object, lang: str) -> str:
    """What a decision changed, in words: the initiative, its changed fields, the moderator's edits."""
    if raw is None or (isinstance(raw, float) and pd.isna(raw)):
        return ""
    try:
        changes = json.loads(str(raw))
    except ValueError:
        return str(raw)
    if not isinstance(changes, Mapping):
        return str(changes)
    parts = []
    if changes.get("initiatief"):
        parts.append(translate("moderatie.log.initiative", lang, id=changes["initiatief"]))
    written = changes.get("agenda") or []
    if written and all(not c.get("old") for c in written):
        parts.append(translate("moderatie.log.new", lang))  # every field was empty before
    elif written:
        fields = ", ".join(field_label(c.get("field", ""), lang) for c in written)
        parts.append(translate("moderatie.log.changed", lang, fields=fields))
    edits = [field_label(c.get("field", ""), lang) for c in changes.get("bewerkt") or []]
    if edits:
        parts.append(translate("moderatie.log.edited", lang, fields=", ".join(edits)))
    if changes.get("reden"):
        parts.append(translate("moderatie.log.reason", lang, reason=changes["reden"]))
    return "; ".join(parts)


def render_decisions(lang: str) -> None:
    """Who decided what, when, and what it changed; never any contact data."""
    st.subheader(translate("moderatie.log.title", lang))
    log = cocreation.decisions(_proposals())
    if log.empty:
        st.caption(translate("moderatie.log.empty", lang))
        return
    frame = pd.DataFrame(
        {
            translate("moderatie.log.col.when", lang): [_when(w) for w in log["tijdstip"]],
            translate("moderatie.log.col.code", lang): log["code"],
            translate("moderatie.log.col.who", lang): log["wie"],
            translate("moderatie.log.col.action", lang): [
                translate(ACTION_LABELS[a], lang) if a in ACTION_LABELS else a for a in log["actie"]
            ],
            translate("moderatie.log.col.changes", lang): [
                _changes_summary(c, lang) for c in log["wijzigingen"]
            ],
            translate("moderatie.log.col.import", lang): [
                "" if pd.isna(n) else str(int(n)) for n in log["import_id"]
            ],
        }
    )
    st.dataframe(frame, hide_index=True, width="stretch")


# --- Examples -----------------------------------------------------------------------------------


def render_examples(lang: str, user: str) -> None:
    """Mark a stored initiative as an example with a short story, or unmark one."""
    st.subheader(translate("moderatie.examples.title", lang))
    st.caption(translate("moderatie.examples.intro", lang))
    agenda = _agenda()
    stored = _stored_initiatives()
    if not stored:
        st.caption(translate("moderatie.examples.none", lang))
        return
    marked = cocreation.examples(agenda)
    stories = dict(zip(marked["id"], marked["verhaal"], strict=True))
    names = {pid: f"{naam} ({org}, {pid})" for pid, naam, org in stored}
    if stories:
        st.markdown(
            translate(
                "moderatie.examples.marked",
                lang,
                names="; ".join(escape_markdown(names.get(pid, pid)) for pid in stories),
            )
        )
    choice = st.selectbox(
        translate("moderatie.examples.pick", lang),
        list(names),
        format_func=lambda pid: names[pid] + (" ★" if pid in stories else ""),
        key="moderatie_example_pick",
    )
    if choice is None:
        return
    prefill = stories.get(choice) or cocreation.lessons_of(_proposals(), choice)
    with st.form("moderatie_example_form"):
        story = st.text_area(
            translate("moderatie.examples.story", lang),
            prefill,
            max_chars=cocreation.FIELD_LIMITS["verhaal"],
            key=f"moderatie_example_story_{choice}",
        )
        clicked = st.form_submit_button(translate("moderatie.examples.save", lang), icon=":material/star:")
    if clicked and not story.strip():
        st.error(translate("moderatie.return.required", lang))
    elif auth.confirm_action(clicked, lang, key="moderatie_example", subject=f"{choice}:{hash(story)}"):
        cocreation.mark_example(_agenda(), choice, story=story, moderator=user)
        _done(
            translate("moderatie.examples.saved", lang, name=escape_markdown(names[choice])),
            agenda_changed=True,
        )
    if choice in stories:
        unmark = st.button(
            translate("moderatie.examples.unmark", lang),
            icon=":material/star_border:",
            key="moderatie_example_unmark",
        )
        if auth.confirm_action(unmark, lang, key="moderatie_example_unmark", subject=choice):
            cocreation.unmark_example(_agenda(), choice)
            _done(
                translate("moderatie.examples.unmarked", lang, name=escape_markdown(names[choice])),
                agenda_changed=True,
            )


# --- The tab ------------------------------------------------------------------------------------


def render(lang: str, user: str, items: Sequence[QueueItem] | None = None) -> None:
    """The whole tab: the queue and the chosen proposal, the decisions, the examples."""
    st.subheader(translate("moderatie.title", lang))
    st.caption(translate("moderatie.intro", lang))
    flash = st.session_state.pop(FLASH_KEY, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    show_decided = st.toggle(translate("moderatie.show_decided", lang), key=DECIDED_KEY)
    if items is None or show_decided:
        items = load_queue(include_decided=show_decided)
    if st.session_state.pop(BUSY_KEY, False):
        st.warning(translate("moderatie.busy_read", lang), icon=":material/hourglass_top:")
        return
    if not items:
        st.caption(translate("moderatie.empty", lang))
    else:
        st.dataframe(_queue_frame(items, lang, with_status=show_decided), hide_index=True, width="stretch")
        by_id = {item.id: item for item in items}
        chosen = st.selectbox(
            translate("moderatie.pick", lang),
            list(by_id),
            format_func=lambda pid: _pick_label(by_id[pid], lang),
            key=PICK_KEY,
        )
        if chosen is not None:
            _render_item(by_id[chosen], lang, user)
    render_decisions(lang)
    render_examples(lang, user)
