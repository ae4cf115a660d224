"""Years as the app shows and picks them: one label for a span, one rule for the year shown.

Every page writes a span of years the same way ('2023', '2022–2024') and, when the
sidebar's year has no data, shows the same fallback year.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def year_span(first: int | None, last: int | None) -> str:
    """'2023' for one year, '2022–2024' for several; '' when no year is given."""
    if first is None and last is None:
        return ""
    if first is None or last is None or first == last:
        return str(first if first is not None else last)
    return f"{first}–{last}"


def year_ranges(years: Iterable[int]) -> str:
    """'2015–2019, 2021, 2023–2024': consecutive years joined into spans."""
    ordered = sorted({int(y) for y in years})
    spans: list[str] = []
    start = previous = None
    for year in [*ordered, None]:
        if start is not None and (year is None or year != previous + 1):
            spans.append(year_span(start, previous))
            start = None
        if year is not None and start is None:
            start = year
        previous = year
    return ", ".join(spans)


def shown_year(available: Sequence[int], chosen: int | None) -> int:
    """The year a page shows for the sidebar's ``chosen`` year.

    ``chosen`` itself when it has data; else the latest year before it (the newest
    figures as of then); else, when every year with data comes later, the first of them.
    """
    if not available:
        raise LookupError("no year with data")
    if chosen is None:
        return max(available)
    if chosen in available:
        return chosen
    earlier = [year for year in available if year < chosen]
    return max(earlier) if earlier else min(available)


def nearest_year(available: Sequence[int], wanted: int | None) -> int:
    """``wanted`` itself when known; else the nearest year, the later on a tie.

    For facts that hold around a date (inhabitants on 1 January), where the nearest
    year is a better stand-in than the last one before.
    """
    if not available:
        raise LookupError("no year known")
    if wanted is None:
        return max(available)
    return min(available, key=lambda year: (abs(year - wanted), -year))


def change_end(available: Sequence[int], year: int) -> int:
    """The last year of a change shown for ``year``: itself, unless no change ends there (the first year)."""
    return year if year != available[0] else available[-1]


def change_start(available: Sequence[int], start: int, end: int) -> int:
    """The first year of a change from ``start`` to ``end``; a span of one year widens to two."""
    if start != end:
        return start
    return available[0] if end != available[0] else available[1]


def change_period(available: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """The period of a change between two chosen years: in order, and never one year alone."""
    start, end = sorted((start, end))
    first, last = sorted((change_start(available, start, end), end))
    return first, last
