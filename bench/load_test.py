"""Load test: 10 concurrent browser sessions visit every page and change filters, on localhost.

    python bench/load_test.py [--sessions 10] [--seconds 75] [--think 2]

Starts ``streamlit run`` on 127.0.0.1:8690 with its own copy of the demo database,
measures a single session first (the baseline), then runs ``--sessions`` browser
contexts of one headless Chromium at once for ``--seconds``.  Each step is either a
page change through the sidebar links or a change of the sidebar year, with a pause
to read in between (``--think``; 0 for a stress run); its time runs from the click to
the end of the script run the browser is told of.  Errors are exception
boxes on the page and steps that fail or time out.  Prints p50/p95 and the error count.
Bounded in time and count, and only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from typing import Any
from urllib.parse import parse_qs, urlparse

from google.protobuf.message import DecodeError
from harness import (
    CHROMIUM_ARGS,
    EXCEPTION_SELECTOR,
    PAGES,
    Tally,
    cpu_seconds,
    live_server,
    niced_chromium,
    print_load_verdict,
    rss_mb,
    server_copy,
)
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

DONE = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR)

STEP_TIMEOUT_MS = 30_000
YEARS = (2021, 2022, 2023, 2024)


class RunCounter:
    """Counts the script runs a browser session has seen end, from Streamlit's own messages.

    The page's "running" state can flip and back before React draws it, so the end of a
    run is read from the websocket: each frame is one ForwardMsg.
    """

    def __init__(self) -> None:
        self.finished = 0

    def attach(self, socket: Any) -> None:
        socket.on("framereceived", self._frame)

    def _frame(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        try:
            message = ForwardMsg.FromString(payload)
        except DecodeError:
            return
        if message.WhichOneof("type") == "script_finished" and message.script_finished in DONE:
            self.finished += 1

    async def wait_beyond(self, count: int, timeout_ms: float) -> None:
        deadline = time.monotonic() + timeout_ms / 1000
        while self.finished <= count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no finished run within {timeout_ms / 1000:.0f} s")
            await asyncio.sleep(0.01)


async def _step(page: Any, runs: RunCounter, tally: Tally, kind: str, label: str, action: Any) -> None:
    """Do ``action`` and time it until the script run it caused has finished."""
    before = runs.finished
    start = time.perf_counter()
    try:
        await action()
        await runs.wait_beyond(before, STEP_TIMEOUT_MS)
    except Exception as error:  # a failed or timed-out step is what the test counts
        tally.errors.append(f"{label}: {type(error).__name__}: {str(error).splitlines()[0][:100]}")
        return
    tally.record(kind, label, (time.perf_counter() - start) * 1000)
    if await page.locator(EXCEPTION_SELECTOR).count():
        tally.errors.append(f"{label}: exception shown")


async def _open_page(page: Any, runs: RunCounter, tally: Tally, name: str) -> None:
    link = page.locator(f'[data-testid="stSidebar"] a[href="{PAGES[name]}"]').first
    await _step(page, runs, tally, "page", name, link.click)


def _current_year(page: Any) -> int | None:
    """The sidebar year, from the URL the app keeps in step with it."""
    values = parse_qs(urlparse(page.url).query).get("jaar")
    return int(values[0]) if values else None


async def _change_year(page: Any, runs: RunCounter, tally: Tally, name: str, rng: random.Random) -> None:
    """Pick another year than the one shown: choosing the same one would not rerun the app."""
    year = rng.choice([y for y in YEARS if y != _current_year(page)])

    async def choose() -> None:
        await page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
        await page.get_by_role("option", name=str(year), exact=True).click()

    await _step(page, runs, tally, "filter", f"{name} year {year}", choose)


async def _session(
    browser: Any, url: str, tally: Tally, deadline: float, seed: int, rounds: int, think: float
) -> None:
    """One user: every page in a shuffled order, a year change on each, until the deadline.

    ``think`` seconds (on average, 0.5x to 1.5x) pass between steps, as a reader looks
    at the page; 0 sends the next step the moment the last one has finished.
    """
    rng = random.Random(seed)  # noqa: S311 - a reproducible visiting order, not security
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    page = await context.new_page()
    runs = RunCounter()
    page.on("websocket", runs.attach)
    try:
        await page.goto(url, timeout=60_000)
        await runs.wait_beyond(0, 60_000)
        done = 0
        while time.monotonic() < deadline and done < rounds:
            order = list(PAGES)
            rng.shuffle(order)
            for name in order:
                if time.monotonic() >= deadline:
                    break
                if urlparse(page.url).path.strip("/") != PAGES[name]:  # the current page would not rerun
                    await _open_page(page, runs, tally, name)
                    await asyncio.sleep(think * rng.uniform(0.5, 1.5))
                await _change_year(page, runs, tally, name, rng)
                await asyncio.sleep(think * rng.uniform(0.5, 1.5))
            done += 1
    except Exception as error:  # a session that cannot even start is an error too
        tally.errors.append(f"session {seed}: {type(error).__name__}")
    finally:
        await context.close()


async def run(sessions: int, seconds: float, baseline_rounds: int, think: float) -> dict[str, Any]:
    from playwright.async_api import async_playwright

    with live_server(server_copy(1)) as (url, process):
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=niced_chromium(), args=CHROMIUM_ARGS)
            single = Tally()
            await _session(browser, url, single, time.monotonic() + 600, 0, baseline_rounds, think)
            load = Tally()
            deadline = time.monotonic() + seconds
            started, cpu_start = time.perf_counter(), cpu_seconds(process.pid)
            await asyncio.gather(
                *(_session(browser, url, load, deadline, 1 + n, 1_000, think) for n in range(sessions))
            )
            elapsed = time.perf_counter() - started
            server_cpu = cpu_seconds(process.pid) - cpu_start
            memory = rss_mb(process.pid)
            await browser.close()
    return {"single": single, "load": load, "elapsed": elapsed, "rss_mb": memory, "server_cpu": server_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=75)
    parser.add_argument("--baseline-rounds", type=int, default=2)
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds between a user's steps")
    args = parser.parse_args()
    result = asyncio.run(run(args.sessions, args.seconds, args.baseline_rounds, args.think))
    single, load = result["single"], result["load"]
    print(f"single session        {single.summary()}")
    print(f"{args.sessions:2d} sessions, {result['elapsed']:.0f} s  {load.summary()}  (think {args.think} s)")
    print_load_verdict(
        single,
        load,
        other_errors=[],
        elapsed=result["elapsed"],
        cpu=result["server_cpu"],
        rss=result["rss_mb"],
    )


if __name__ == "__main__":
    main()
