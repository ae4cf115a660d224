"""Many sessions at once, over Streamlit's own websocket protocol: every run ends without error.

Uses the load test's client (bench/protocol_load_test.py) for a few seconds, so the tool
the speed figures come from stays in working order. It asserts no timing: speed is
measured by the benchmark scripts, not by tests.
"""

from __future__ import annotations

import asyncio
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

# bench/ is a folder of scripts, not a package: its modules import each other by name.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from harness import PAGES, Tally
from protocol_load_test import user_session

pytestmark = pytest.mark.e2e


async def _all_at_once(url: str, clients: int, seconds: float) -> Tally:
    tally = Tally()
    deadline = time.monotonic() + seconds
    await asyncio.gather(*(user_session(url, tally, deadline, seed, 1, 0.1) for seed in range(clients)))
    return tally


def test_eight_sessions_visit_every_page_and_change_the_year_without_errors(live_server: str):
    # A thread of its own: Playwright's sync API may already run an event loop in this one.
    with ThreadPoolExecutor(max_workers=1) as pool:
        tally = pool.submit(asyncio.run, _all_at_once(live_server, clients=8, seconds=60)).result()
    assert tally.errors == []
    assert len(tally.times["page"]) >= 8 * len(PAGES), "every session opened every page"
    assert len(tally.times["filter"]) >= 8 * len(PAGES), "and chose another year on each"
