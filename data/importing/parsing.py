"""Reading one cell as what its column needs: Dutch numbers, years and dates, names and codes.

Dutch offices write ``1.234,5``, ``€ 2.500``, ``84,5%``, ``31-12-2023``, "Hof v. Twente"
and ``0153``; every parser here raises :class:`CellValueError` with the code of the
message that explains what is wrong.  Names are compared by :func:`data.reference.name_key`;
a municipality is found by the one matcher in :mod:`data.reference`.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from data.importing import limits
from data.indicators import INDICATORS
from data.reference import (
    AGE_GROUPS,
    COUNTRY_NL,
    GEMEENTEN,
    GERMAN_PLACES,
    KREISE,
    NAME_KEY_CACHED_CHARS,
    REGION_TWENTE,
    GermanPlace,
    Term,
    gemeente_from_key,
    name_key,
)

# --- Values -------------------------------------------------------------------------------

YEAR_MIN, YEAR_MAX = 1990, 2050


class CellValueError(ValueError):
    """A cell that cannot be read as the type its column needs; carries the issue code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


_EMPTY_TEXTS = frozenset(("", "-", "–"))


def is_empty(raw: object) -> bool:
    """No value: nothing, NaN, or a blank, '-' or '–' (called for every cell, so text comes first)."""
    if isinstance(raw, str):
        return raw in _EMPTY_TEXTS or raw.strip() in _EMPTY_TEXTS
    if raw is None:
        return True
    return isinstance(raw, float) and math.isnan(raw)


_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?$")
# The usual cell, 80 or 80,5: read at once (one comma is a decimal comma, as below).
_PLAIN_NUMBER = re.compile(r"[+-]?\d{1,15}(?:,\d{1,15})?", re.ASCII)


def _canonical_number_text(text: str) -> str:
    """Dutch and international number notations to '1234.5'."""
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return text.replace(thousands, "").replace(decimal, ".")
    if "," in text:
        # one comma is a decimal comma (84,5); several are thousands separators (1,234,567)
        return text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    if text.count(".") > 1:
        return text.replace(".", "")  # 1.234.567
    if re.fullmatch(r"[+-]?[1-9]\d{0,2}\.\d{3}", text):
        return text.replace(".", "")  # 1.234 is one thousand two hundred and thirty-four
    return text


def _as_shown(moment: date | time | timedelta) -> str:
    if isinstance(moment, datetime):
        return moment.strftime("%d-%m-%Y") if moment.time() == time() else moment.strftime("%d-%m-%Y %H:%M")
    if isinstance(moment, date):
        return moment.strftime("%d-%m-%Y")
    if isinstance(moment, time):
        return moment.strftime("%H:%M")
    return str(moment)


def parse_number(raw: object) -> float:
    """A number from a cell: 1.234,5 / 1234.5 / € 2.500 / 84,5% / an Excel number."""
    if raw.__class__ is int:  # the usual Excel cell, first (a bool is not of class int)
        return float(raw)  # type: ignore[arg-type]
    if isinstance(raw, bool):
        raise CellValueError("not_a_number")
    if isinstance(raw, str) and _PLAIN_NUMBER.fullmatch(raw):
        return float(raw.replace(",", "."))
    if isinstance(raw, date | time | timedelta):
        raise CellValueError("date_not_a_number", shown=_as_shown(raw))  # a cell Excel shows as a date
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise CellValueError("not_a_number")
        return float(raw)
    text = str(raw).strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("%", "")
    text = text.replace("EUR", "").replace("eur", "").replace("−", "-")
    text = _canonical_number_text(text)
    if not _NUMBER.match(text):
        raise CellValueError("not_a_number")
    return float(text)


def parse_integer(raw: object) -> int:
    number = parse_number(raw)
    if number != int(number):
        raise CellValueError("not_an_integer")
    return int(number)


_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")


def parse_year(raw: object) -> int:
    """A year from 2023, '2023', '31-12-2023', '2023-12-31' or an Excel date."""
    if raw.__class__ is int:
        return raw  # type: ignore[return-value]
    if isinstance(raw, str) and len(raw) == 4 and raw.isascii() and raw.isdigit():
        return int(raw)
    if isinstance(raw, datetime | date):
        return raw.year
    text = str(raw).strip()
    for pattern, group in ((_DATE_DMY, 3), (_DATE_ISO, 1)):
        found = pattern.match(text)
        if found:
            day_month = (found.group(1), found.group(2)) if group == 3 else (found.group(3), found.group(2))
            try:
                date(int(found.group(group)), int(day_month[1]), int(day_month[0]))
            except ValueError as error:
                raise CellValueError("not_a_year") from error
            return int(found.group(group))
    try:
        # 2023, 2023.0 and 2023,0 (CSV exports of Excel and pandas) are all the year 2023
        year = parse_integer(raw if not isinstance(raw, str) else text)
    except CellValueError as error:
        raise CellValueError("not_a_year") from error
    return year


# --- Names --------------------------------------------------------------------------------


_REFERENCE_AREA_KEYS = {
    name_key(name): code
    for code, names in (
        (REGION_TWENTE, ("Twente", "Regio Twente", "COROP Twente", REGION_TWENTE)),
        (COUNTRY_NL, ("Nederland", "Netherlands", "NL", COUNTRY_NL)),
    )
    for name in names
}
_NAME_BY_KEY = {name_key(g.naam): g.naam for g in GEMEENTEN}


def match_gemeente(raw: object, *, reference_areas: bool = True) -> str:
    """The CBS code for a municipality name or code; raises CellValueError with a suggestion.

    The matching itself is :func:`data.reference.gemeente_from_key`, the one the app's
    links use too; this adds Twente and the Netherlands as areas of reference figures,
    and says what is wrong when nothing matches.
    """
    key = name_key(raw)
    short = len(key) <= NAME_KEY_CACHED_CHARS
    code, problem, params = _gemeente_by_key(key) if short else _find_gemeente(key)
    if problem:
        raise CellValueError(problem, **params)
    if code in _REFERENCE_AREAS and not reference_areas:
        raise CellValueError("reference_area_not_allowed")
    return code  # type: ignore[return-value]


_REFERENCE_AREAS = frozenset({REGION_TWENTE, COUNTRY_NL})


@functools.lru_cache(maxsize=4096)
def _gemeente_by_key(key: str) -> tuple[str | None, str, dict[str, str]]:
    return _find_gemeente(key)


def _find_gemeente(key: str) -> tuple[str | None, str, dict[str, str]]:
    """(code, "", {}) or (None, problem code, its parameters)."""
    code = _REFERENCE_AREA_KEYS.get(key)
    if code is not None:
        return code, "", {}
    code, cbs_code = gemeente_from_key(key)
    if code is not None:
        return code, "", {}
    if cbs_code is not None:
        return None, "not_twente_code", {"cbs_code": cbs_code}
    # difflib's cost grows with the length of the text (a 200 MB cell ran out of memory):
    # a name of Twente is short, so only short texts get a "did you mean".
    if len(key) <= limits.MAX_FUZZY_CHARS:
        close = difflib.get_close_matches(key, list(_NAME_BY_KEY), n=1, cutoff=0.6)
        if close:
            return None, "unknown_gemeente", {"suggestion": _NAME_BY_KEY[close[0]]}
    return None, "unknown_gemeente_nosuggestion", {}


def term_lookup(terms: Iterable[Term]) -> dict[str, str]:
    return {name_key(v): t.code for t in terms for v in (t.code, t.nl, t.en, t.de) if v}


def allowed_names(terms: Iterable[Term]) -> str:
    return ", ".join(t.nl for t in terms)


def _place_lookup() -> dict[str, GermanPlace]:
    lookup = {}
    for place in GERMAN_PLACES:
        lookup[name_key(place.naam)] = place
        lookup.setdefault(name_key(re.sub(r"\s*\(.*\)", "", place.naam)), place)
    return lookup


GERMAN_PLACE_LOOKUP = _place_lookup()


def _kreis_lookup() -> dict[str, str]:
    """A district by its AGS (also as Excel's number, without the leading zero), NUTS3 or name.

    The superseded GADM-based keys (``DE-GADM-297``) stay accepted, so older files import.
    """
    lookup = {}
    for kreis in KREISE:
        for alias in (kreis.code, str(int(kreis.code)), kreis.nuts3, kreis.naam, kreis.gadm_code):
            lookup[name_key(alias)] = kreis.code
    return lookup


KREIS_LOOKUP = _kreis_lookup()
COUNTRY_LOOKUP = {
    name_key(v): code
    for code, names in (
        ("NL", ("NL", "N", "Nederland", "Netherlands", "Niederlande", "Holland")),
        ("DE", ("DE", "D", "Duitsland", "Deutschland", "Germany")),
    )
    for v in names
}
INDICATOR_LOOKUP = {name_key(v): i.code for i in INDICATORS for v in (i.code, i.name_nl, i.name_en)}
GROUP_LOOKUP = term_lookup(AGE_GROUPS)
VALUE_STATUS_LOOKUP = {
    name_key(v): code
    for code, names in (
        ("definitief", ("definitief", "d", "def", "final")),
        ("voorlopig", ("voorlopig", "v", "voorl", "provisional")),
    )
    for v in names
}
_LIST_SPLIT = re.compile(r"[,;|\n]")


def split_list(raw: object) -> list[str]:
    return [part.strip() for part in _LIST_SPLIT.split(str(raw)) if part.strip()]
