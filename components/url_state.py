"""Widget state that lives in the URL, so a copied link opens exactly the same view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st


def seed(
    key: str, *, param: str, allowed: Sequence[Any], default: Any, convert: Callable[[str], Any] = str
) -> None:
    """Give widget ``key`` its value: kept if valid, else from URL ``param``, else ``default``."""
    if key in st.session_state and st.session_state[key] in allowed:
        return
    raw = st.query_params.get(param)
    value = default
    if raw is not None:
        try:
            candidate = convert(raw)
        except ValueError:
            candidate = None
        if candidate in allowed:
            value = candidate
    st.session_state[key] = value


def publish(**params: object) -> None:
    """Write values into the URL; None removes the parameter."""
    for name, value in params.items():
        if value is None:
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)
