"""Modules that libraries import lazily, imported once and one thread at a time.

plotly's JSON encoder imports ``PIL.Image`` the first time it encodes a figure.  Two
sessions drawing their first chart at the same moment imported it in two threads at
once, and one of them got a half-initialised module ("partially initialized module
'PIL.Image' has no attribute 'Image'") and an error on the page.  Found by
``tests/e2e/test_concurrent_sessions.py`` on a fresh server.
"""

from __future__ import annotations

import importlib
import threading

LAZILY_IMPORTED = ("PIL.Image",)
_LOCK = threading.Lock()


def import_lazy_modules() -> None:
    """Import them under one lock; cheap once done (the modules are then in sys.modules)."""
    with _LOCK:
        for name in LAZILY_IMPORTED:
            importlib.import_module(name)
