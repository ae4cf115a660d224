"""Figures built once per data version and view, then shared by every session.

Building a plotly figure validates every property it is given; on the chart-heavy
pages that was most of a warm rerun, and under load the same figures were rebuilt
for every session.  A figure depends only on its data (keyed by the data version)
and the view's choices, so it is cached on exactly those plain values.

The figures are shared objects: ``st.plotly_chart`` only reads them, and no caller
may change a figure it got from this cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

import streamlit as st

# Per cached builder; a figure is 10 to 250 KB, so at most a few tens of MB in all.
FIGURE_CACHE_ENTRIES = 96

Params = ParamSpec("Params")
Built = TypeVar("Built")


def cached_figures(builder: Callable[Params, Built]) -> Callable[Params, Built]:
    """Cache ``builder``'s figures per process, keyed on its (plain, hashable) arguments."""
    return st.cache_resource(show_spinner=False, max_entries=FIGURE_CACHE_ENTRIES)(builder)
