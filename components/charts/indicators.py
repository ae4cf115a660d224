"""Indicator charts as pure functions: ranked bars, and the line style of each area in a trend."""

from __future__ import annotations

from typing import Any

from components.charts.palette import (
    COMPARE_COLOURS,
    FOCUS_COLOUR,
    NL_COLOUR,
    TWENTE_COLOUR,
)
from data.reference import COUNTRY_NL, REGION_TWENTE


def series_style(code: str, focus: str, compare: list[str]) -> dict[str, Any]:
    """Line style of one area: the municipality bold, Twente dashed, NL dotted, others coloured."""
    if code == focus:
        return {"color": FOCUS_COLOUR, "width": 3, "dash": "solid"}
    if code == REGION_TWENTE:
        return {"color": TWENTE_COLOUR, "width": 2, "dash": "dash"}
    if code == COUNTRY_NL:
        return {"color": NL_COLOUR, "width": 2, "dash": "dot"}
    return {"color": COMPARE_COLOURS[compare.index(code) % len(COMPARE_COLOURS)], "width": 2, "dash": "solid"}
