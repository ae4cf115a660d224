"""The fields of a co-creation proposal as widgets: one form for the public page and the moderators.

``proposal_fields`` draws every editable field of a :class:`data.cocreation.Proposal`
(the initiative, its partners in rows with an "add a partner" button, budget per
source and reach, the description and lessons), each with its problems right under it,
and returns the Proposal the fields hold.  It works inside an ``st.form``.  Every
widget is keyed under a prefix (``key``): the public form and each proposal in the
moderation keep their input apart, across reruns and language switches.

The fields are filled from a Proposal the first time they are drawn (and whenever
Streamlit has dropped them, or after :func:`clear`); :func:`fill` puts another one in
before they are drawn, :func:`read` gives what they hold (in a button's callback too).
The labels of the fields are the caller's (``labels``: field -> text key), so each page
keeps its own words; :func:`problem_summary` lists the problems by those labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st

from data import cocreation
from data.cocreation import FieldProblem, PartnerEntry, Proposal
from data.formatting import escape_markdown
from data.i18n import translate
from data.reference import (
    DISCIPLINE_BY_CODE,
    DISCIPLINES,
    FUNDING_SOURCES,
    GEMEENTE_BY_CODE,
    GEMEENTEN,
    GERMAN_PLACE_BY_NAME,
    KREIS_NAMES,
    KREISE,
    TARGET_GROUP_BY_CODE,
    TARGET_GROUPS,
    THEME_BY_CODE,
    THEMES,
)

START_ROWS = 2  # empty partner rows of a new form
TEXT_FIELDS = ("naam", "organisatie", "omschrijving", "lessen")
CHOICE_FIELDS = ("thema", "discipline", "gemeenten", "doelgroepen")
NUMBER_FIELDS = ("startjaar", "eindjaar", "bereik", "bereik_duitsland")
COUNTRIES = ("NL", "DE")
LIMITS = cocreation.FIELD_LIMITS

Problems = Sequence[FieldProblem]


def field_key(key: str, name: str) -> str:
    """The session-state key of one field (``name`` as in :class:`Proposal`) under ``key``."""
    return f"{key}_{name}"


def funding_key(key: str, code: str) -> str:
    return f"{key}_bedrag_{code}"


def partner_key(key: str, part: str, row: int) -> str:
    return f"{key}_partner_{part}_{row}"


def rows_key(key: str) -> str:
    return f"{key}_partnerrijen"


def _rows(key: str) -> int:
    return int(st.session_state.get(rows_key(key), START_ROWS))


# --- Filling and reading the fields --------------------------------------------------------------


def clear(key: str) -> None:
    """Empty every field under ``key``; the next draw fills them from its ``initial``."""
    state = st.session_state
    names = (*TEXT_FIELDS, *CHOICE_FIELDS, *NUMBER_FIELDS)
    keys = [field_key(key, n) for n in names] + [funding_key(key, s.code) for s in FUNDING_SOURCES]
    keys += [k for k in state if str(k).startswith(f"{key}_partner_")]
    for name in keys:
        state.pop(name, None)
    state[rows_key(key)] = START_ROWS


def fill(key: str, proposal: Proposal) -> None:
    """Put ``proposal`` into the fields under ``key`` (before they are drawn on this run)."""
    clear(key)
    state = st.session_state
    for name in TEXT_FIELDS:
        state[field_key(key, name)] = getattr(proposal, name)[: LIMITS[name]]
    state[field_key(key, "thema")] = proposal.thema if proposal.thema in THEME_BY_CODE else None
    discipline = proposal.discipline if proposal.discipline in DISCIPLINE_BY_CODE else None
    state[field_key(key, "discipline")] = discipline
    state[field_key(key, "gemeenten")] = [c for c in proposal.gemeenten if c in GEMEENTE_BY_CODE]
    state[field_key(key, "doelgroepen")] = [c for c in proposal.doelgroepen if c in TARGET_GROUP_BY_CODE]
    for name in NUMBER_FIELDS:
        state[field_key(key, name)] = getattr(proposal, name)
    for source, amount in proposal.financiering:
        if amount:
            state[funding_key(key, source)] = float(amount)
    partners = proposal.partners[: cocreation.MAX_PARTNERS]
    for row, partner in enumerate(partners):
        state[partner_key(key, "naam", row)] = partner.naam[: LIMITS["partner_naam"]]
        state[partner_key(key, "land", row)] = partner.land if partner.land in COUNTRIES else "NL"
        state[partner_key(key, "plaats", row)] = partner.plaats[: LIMITS["partner_plaats"]]
        state[partner_key(key, "kreis", row)] = partner.kreis if partner.kreis in KREIS_NAMES else None
    state[rows_key(key)] = min(max(len(partners) + 1, START_ROWS), cocreation.MAX_PARTNERS)


def _text(key: str, name: str) -> str:
    return str(st.session_state.get(field_key(key, name)) or "").strip()


def _number(state_key: str) -> int | None:
    value = st.session_state.get(state_key)
    return None if value is None else int(value)


def _partners(key: str) -> tuple[PartnerEntry, ...]:
    state = st.session_state
    partners = []
    for row in range(_rows(key)):
        name = str(state.get(partner_key(key, "naam", row)) or "").strip()
        place = str(state.get(partner_key(key, "plaats", row)) or "").strip()
        if not name and not place:
            continue  # an empty row
        country = state.get(partner_key(key, "land", row)) or "NL"
        kreis = state.get(partner_key(key, "kreis", row)) or ""
        if country == "DE" and not kreis and place in GERMAN_PLACE_BY_NAME:
            kreis = GERMAN_PLACE_BY_NAME[place].kreis_code
        partners.append(
            PartnerEntry(naam=name, land=country, plaats=place, kreis=kreis if country == "DE" else "")
        )
    return tuple(partners)


def read(key: str, *, initiatief_id: str | None = None) -> Proposal:
    """The proposal the fields under ``key`` hold now (empty rows left out, a Kreis from its place)."""
    state = st.session_state
    amounts = []
    for source in FUNDING_SOURCES:
        value = state.get(funding_key(key, source.code))
        if value:
            amounts.append((source.code, float(value)))
    return Proposal(
        naam=_text(key, "naam"),
        organisatie=_text(key, "organisatie"),
        thema=state.get(field_key(key, "thema")) or "",
        discipline=state.get(field_key(key, "discipline")) or "",
        gemeenten=tuple(state.get(field_key(key, "gemeenten")) or ()),
        partners=_partners(key),
        doelgroepen=tuple(state.get(field_key(key, "doelgroepen")) or ()),
        startjaar=_number(field_key(key, "startjaar")),
        eindjaar=_number(field_key(key, "eindjaar")),
        financiering=tuple(amounts),
        bereik=_number(field_key(key, "bereik")),
        bereik_duitsland=_number(field_key(key, "bereik_duitsland")),
        omschrijving=_text(key, "omschrijving"),
        lessen=_text(key, "lessen"),
        initiatief_id=initiatief_id,
    )


# --- Problems --------------------------------------------------------------------------------------


def field_problems(problems: Problems, name: str, lang: str) -> None:
    """The messages about one field, right under it."""
    for problem in problems:
        if problem.field == name:
            st.error(escape_markdown(problem.message(lang)), icon=":material/error:")


def problem_summary(
    problems: Problems, lang: str, *, title: str, labels: Mapping[str, str], icon: str = ":material/error:"
) -> None:
    """``title``, then every problem by the label of its field (a field without a label by its name)."""
    lines = [
        f"- **{escape_markdown(translate(labels[p.field], lang) if p.field in labels else p.field)}**: "
        f"{escape_markdown(p.message(lang))}"
        for p in problems
    ]
    st.error(title + "\n\n" + "\n".join(lines), icon=icon)


# --- Drawing the fields ------------------------------------------------------------------------------


def _text_input(
    key: str, name: str, lang: str, labels: Mapping[str, str], problems: Problems, *, help_key: str = ""
) -> None:
    label = translate(labels[name], lang)
    help_text = translate(help_key, lang) if help_key else None
    if name in ("omschrijving", "lessen"):
        st.text_area(label, key=field_key(key, name), max_chars=LIMITS[name], help=help_text, height=120)
    else:
        st.text_input(label, key=field_key(key, name), max_chars=LIMITS[name], help=help_text)
    field_problems(problems, name, lang)


def _choices(key: str, lang: str, labels: Mapping[str, str], problems: Problems) -> None:
    choose = translate("common.placeholder.choose", lang)
    left, right = st.columns(2)
    for column, name, options in (
        (left, "thema", {t.code: t for t in THEMES}),
        (right, "discipline", {d.code: d for d in DISCIPLINES}),
    ):
        with column:
            st.selectbox(
                translate(labels[name], lang),
                options=list(options),
                format_func=lambda c, terms=options: terms[c].name(lang),
                index=None,
                placeholder=choose,
                key=field_key(key, name),
            )
            field_problems(problems, name, lang)
    st.multiselect(
        translate(labels["gemeenten"], lang),
        options=[g.code for g in GEMEENTEN],
        format_func=lambda c: GEMEENTE_BY_CODE[c].naam,
        placeholder=choose,
        key=field_key(key, "gemeenten"),
    )
    field_problems(problems, "gemeenten", lang)
    st.multiselect(
        translate(labels["doelgroepen"], lang),
        options=[g.code for g in TARGET_GROUPS],
        format_func=lambda c: TARGET_GROUP_BY_CODE[c].name(lang),
        placeholder=choose,
        key=field_key(key, "doelgroepen"),
    )
    field_problems(problems, "doelgroepen", lang)


def _what(key: str, lang: str, labels: Mapping[str, str], problems: Problems) -> None:
    st.subheader(translate("aanmelden.section.what", lang))
    _text_input(key, "naam", lang, labels, problems)
    _text_input(key, "organisatie", lang, labels, problems)
    _choices(key, lang, labels, problems)
    left, right = st.columns(2)
    for column, name in ((left, "startjaar"), (right, "eindjaar")):
        with column:
            st.number_input(
                translate(labels[name], lang), value=None, step=1, format="%d", key=field_key(key, name)
            )
            field_problems(problems, name, lang)


def _add_partner(key: str, then: Callable[[], None] | None) -> None:
    st.session_state[rows_key(key)] = min(_rows(key) + 1, cocreation.MAX_PARTNERS)
    if then is not None:
        then()


def _partner_rows(key: str, lang: str, problems: Problems, on_add: Callable[[], None] | None) -> None:
    st.subheader(translate("aanmelden.section.partners", lang))
    st.caption(translate("aanmelden.partners.help", lang, limit=cocreation.MAX_PARTNERS))
    country_names = {
        "NL": translate("aanmelden.country.nl", lang),
        "DE": translate("aanmelden.country.de", lang),
    }
    for row in range(_rows(key)):
        number = row + 1
        name, country, place, kreis = st.columns([3, 2, 2, 3])
        name.text_input(
            translate("aanmelden.partner.naam", lang, n=number),
            key=partner_key(key, "naam", row),
            max_chars=LIMITS["partner_naam"],
        )
        country.selectbox(
            translate("aanmelden.partner.land", lang, n=number),
            options=list(COUNTRIES),
            format_func=country_names.__getitem__,
            placeholder=translate("common.placeholder.choose", lang),
            key=partner_key(key, "land", row),
        )
        place.text_input(
            translate("aanmelden.partner.plaats", lang, n=number),
            key=partner_key(key, "plaats", row),
            max_chars=LIMITS["partner_plaats"],
        )
        kreis.selectbox(
            translate("aanmelden.partner.kreis", lang, n=number),
            options=[k.code for k in KREISE],
            format_func=KREIS_NAMES.__getitem__,
            index=None,
            placeholder=translate("aanmelden.partner.kreis_placeholder", lang),
            key=partner_key(key, "kreis", row),
        )
    field_problems(problems, "partners", lang)
    if _rows(key) < cocreation.MAX_PARTNERS:
        st.form_submit_button(
            translate("aanmelden.partners.add", lang),
            on_click=_add_partner,
            args=(key, on_add),
            icon=":material/add:",
        )


def _money_and_reach(key: str, lang: str, labels: Mapping[str, str], problems: Problems) -> None:
    st.subheader(translate("aanmelden.section.money", lang))
    st.caption(translate("aanmelden.money.help", lang))
    columns = st.columns(2)
    for index, source in enumerate(FUNDING_SOURCES):
        with columns[index % 2]:
            st.number_input(
                translate("aanmelden.money.amount", lang, source=source.name(lang)),
                min_value=0.0,
                value=None,
                step=500.0,
                format="%.0f",
                key=funding_key(key, source.code),
            )
    field_problems(problems, "financiering", lang)
    left, right = st.columns(2)
    for column, name, help_key in (
        (left, "bereik", "aanmelden.reach.help"),
        (right, "bereik_duitsland", "aanmelden.reach_de.help"),
    ):
        with column:
            st.number_input(
                translate(labels[name], lang),
                min_value=0,
                value=None,
                step=10,
                format="%d",
                help=translate(help_key, lang),
                key=field_key(key, name),
            )
            field_problems(problems, name, lang)


def proposal_fields(
    initial: Proposal,
    lang: str,
    *,
    key: str,
    labels: Mapping[str, str],
    problems: Problems = (),
    on_add_partner: Callable[[], None] | None = None,
) -> Proposal:
    """Every editable field of a proposal, filled from ``initial`` on first draw; returns what they hold.

    ``labels`` maps each field to the text key of its label; ``problems`` are shown each
    under its field; ``on_add_partner`` runs after "add a partner" added a row.  The
    returned proposal keeps ``initial.initiatief_id``.
    """
    if field_key(key, "naam") not in st.session_state:  # first draw, or dropped by Streamlit
        fill(key, initial)
    st.session_state.setdefault(rows_key(key), START_ROWS)
    _what(key, lang, labels, problems)
    _partner_rows(key, lang, problems, on_add_partner)
    _money_and_reach(key, lang, labels, problems)
    st.subheader(translate("aanmelden.section.story", lang))
    _text_input(key, "omschrijving", lang, labels, problems)
    _text_input(key, "lessen", lang, labels, problems, help_key="aanmelden.lessen.help")
    return read(key, initiatief_id=initial.initiatief_id)
