"""Load test at the protocol level: 20 headless clients visit every page and change filters.

    python bench/protocol_load_test.py [--clients 20] [--seconds 90] [--think 2]

Each client speaks Streamlit's own websocket protocol, as the browser does, but draws
nothing: it sends a ``BackMsg`` rerun (open a page, or pick another sidebar year) and
reads ``ForwardMsg``s until the run has finished.  So the figures are the server's:
script runs, caches, DuckDB and serialisation, with many sessions at once.  The
browser version (``bench/load_test.py``) measures the same steps through Chromium,
where on two cores the tabs' own drawing swamps the server.

Starts ``streamlit run`` on 127.0.0.1:8690 with its own copy of the demo database,
warms every page once, measures one client alone (the baseline), then ``--clients``
at once for ``--seconds``.  Errors are exceptions shown on a page, runs that do not
finish or finish with an error, and dropped connections.  Prints p50/p95 and the
error count.  Bounded in time, and only ever talks to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import websockets
from harness import (
    PAGE_QUERY,
    PAGES,
    Tally,
    cpu_seconds,
    live_server,
    print_load_verdict,
    rss_mb,
    server_copy,
)
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

STEP_TIMEOUT_S = 60
RAMP_UP_S = 5
YEAR_WIDGET_SUFFIX = "-jaar"  # the sidebar year, keyed "jaar" in components/widgets/page_setup
SUCCESS = (ForwardMsg.FINISHED_SUCCESSFULLY,)


@dataclass
class RunResult:
    """What one script run sent back that the load test cares about."""

    finished: int | None = None
    exceptions: list[str] = field(default_factory=list)
    page_hashes: dict[str, str] = field(default_factory=dict)
    # id, options, and the value the server set (None: it kept the value the client sent)
    year_widget: tuple[str, list[str], str | None] | None = None


class ProtocolClient:
    """One browser session without a browser: a websocket and the widget state it would send."""

    def __init__(self, socket: websockets.ClientConnection) -> None:
        self.socket = socket
        self.page_hashes: dict[str, str] = {}  # URL path -> page script hash, from the app
        self.page_path = ""  # the page open now, by its URL path ("" is Overzicht)
        self.year_widget: tuple[str, list[str], str] | None = None

    async def run(
        self, *, page_name: str = "", page_hash: str = "", year: str | None = None, query: str = ""
    ) -> RunResult:
        """Send one rerun request, as a click would, and read until the run has finished.

        ``query`` is the link's query string (``gemeente=GM0153``), sent with every run of
        the page as the browser sends its URL's.
        """
        message = BackMsg()
        state = message.rerun_script
        state.page_name = page_name
        state.page_script_hash = page_hash
        state.query_string = query
        sent = None
        if self.year_widget:
            sent = year or self.year_widget[2]
            widget = state.widget_states.widgets.add()
            widget.id = self.year_widget[0]
            widget.string_value = sent
        await self.socket.send(message.SerializeToString())
        result = RunResult()
        async with asyncio.timeout(STEP_TIMEOUT_S):
            while result.finished is None:
                _read(ForwardMsg.FromString(await self.socket.recv()), result)
        self.page_hashes.update(result.page_hashes)
        if result.year_widget:  # a browser keeps showing what it sent unless the server sets a value
            widget_id, options, shown = result.year_widget
            self.year_widget = (widget_id, options, shown if shown is not None else sent or "")
        return result


def _read(message: ForwardMsg, result: RunResult) -> None:
    kind = message.WhichOneof("type")
    if kind == "script_finished":
        result.finished = message.script_finished
    elif kind == "navigation":
        pages = message.navigation.app_pages
        result.page_hashes = {page.url_pathname: page.page_script_hash for page in pages}
    elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
        element = message.delta.new_element
        element_type = element.WhichOneof("type")
        if element_type == "exception":
            result.exceptions.append(f"{element.exception.type}: {element.exception.message[:80]}")
        elif element_type == "selectbox" and element.selectbox.id.endswith(YEAR_WIDGET_SUFFIX):
            box = element.selectbox
            # ``raw_value`` is meaningful only with ``set_value``; otherwise it is empty, and
            # sending that back (as this client did) set the sidebar year to "" on every page
            # change, so every step re-seeded the year (a query) where a browser would not.
            result.year_widget = (box.id, list(box.options), box.raw_value if box.set_value else None)


async def _step(client: ProtocolClient, tally: Tally, kind: str, label: str, **request: str) -> None:
    start = time.perf_counter()
    try:
        result = await client.run(**request)
    except (TimeoutError, websockets.ConnectionClosed) as error:
        tally.errors.append(f"{label}: {type(error).__name__}")
        return
    elapsed = (time.perf_counter() - start) * 1000
    tally.record(kind, label, elapsed)
    if result.finished not in SUCCESS:
        tally.errors.append(f"{label}: run ended with status {result.finished}")
    tally.errors.extend(f"{label}: {text}" for text in result.exceptions)


def page_query(path: str) -> str:
    """The query string the page at ``path`` is opened with (Gemeenteprofiel: a real profile)."""
    stem = next((stem for stem, page_path in PAGES.items() if page_path == path), "")
    return urlencode(PAGE_QUERY.get(stem, {}))


async def _visit(client: ProtocolClient, tally: Tally, path: str, rng: random.Random, think: float) -> None:
    """Open the page at ``path`` (unless it is open), read, pick another year, read."""
    name = path or "overzicht"
    query = page_query(path)
    if path != client.page_path:
        client.page_path = path
        await _step(client, tally, "page", name, page_hash=client.page_hashes[path], query=query)
        await asyncio.sleep(think * rng.uniform(0.5, 1.5))
    if client.year_widget:
        _, options, shown = client.year_widget
        year = rng.choice([option for option in options if option != shown])
        await _step(
            client,
            tally,
            "filter",
            f"{name} {year}",
            page_hash=client.page_hashes[path],
            year=year,
            query=query,
        )
        await asyncio.sleep(think * rng.uniform(0.5, 1.5))


async def _warm_every_view(url: str, tally: Tally) -> None:
    """Every page at every sidebar year once, so that both measurements find warm caches.

    Without this, the first visits to each page and year (building its figures) land in
    whichever measurement happens to make them, and the p95 compares cache misses.
    """
    socket_url = url.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(socket_url, subprotocols=["streamlit"], max_size=None) as socket:
        client = ProtocolClient(socket)
        await _step(client, tally, "page", "first visit", page_name="")
        for path, page_hash in client.page_hashes.items():
            for year in client.year_widget[1] if client.year_widget else [None]:
                await _step(
                    client,
                    tally,
                    "filter",
                    f"warm {path} {year}",
                    page_hash=page_hash,
                    year=year,
                    query=page_query(path),
                )


async def user_session(
    url: str, tally: Tally, deadline: float, seed: int, rounds: int, think: float, arrive: float = 0
) -> None:
    """One user: every page in a shuffled order, another year on each, until the deadline.

    The user arrives after ``arrive`` seconds.  ``think`` seconds (on average, 0.5x to
    1.5x) pass between steps, as a reader looks at the page; 0 sends the next step the
    moment the last one has finished.
    """
    await asyncio.sleep(arrive)
    rng = random.Random(seed)  # noqa: S311 - a reproducible visiting order, not security
    socket_url = url.replace("http://", "ws://") + "/_stcore/stream"
    try:
        async with websockets.connect(socket_url, subprotocols=["streamlit"], max_size=None) as socket:
            client = ProtocolClient(socket)
            await _step(client, tally, "page", "first visit", page_name="")
            for _ in range(rounds):
                order = list(PAGES.values())
                rng.shuffle(order)
                for path in order:
                    if time.monotonic() >= deadline:
                        return
                    await _visit(client, tally, path, rng, think)
    except (OSError, websockets.WebSocketException, KeyError) as error:  # a session that cannot start
        tally.errors.append(f"session {seed}: {type(error).__name__}: {error}")


async def run(clients: int, seconds: float, baseline_rounds: int, think: float) -> dict[str, object]:
    with live_server(server_copy(1)) as (url, process):
        warm = Tally()
        await _warm_every_view(url, warm)
        single = Tally()  # one client never waits for another, so it need not read as long
        await user_session(url, single, time.monotonic() + 600, 0, baseline_rounds, think / 4)
        load = Tally()
        deadline = time.monotonic() + seconds
        started, cpu_start = time.perf_counter(), cpu_seconds(process.pid)
        # Users arrive over the first RAMP_UP_S seconds, not all in the same millisecond.
        arrivals = [RAMP_UP_S * n / clients for n in range(clients)]
        await asyncio.gather(
            *(user_session(url, load, deadline, 1 + n, 1_000, think, arrivals[n]) for n in range(clients))
        )
        elapsed = time.perf_counter() - started
        cpu = cpu_seconds(process.pid) - cpu_start
        memory = rss_mb(process.pid)
    return {"warm": warm, "single": single, "load": load, "elapsed": elapsed, "rss_mb": memory, "cpu": cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--baseline-rounds", type=int, default=5)
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds between a user's steps")
    args = parser.parse_args()
    result = asyncio.run(run(args.clients, args.seconds, args.baseline_rounds, args.think))
    warm, single, load = result["warm"], result["single"], result["load"]
    print(f"single client          {single.summary()}  (think {args.think} s)")
    print(f"{args.clients:2d} clients, {result['elapsed']:3.0f} s  {load.summary()}")
    print_load_verdict(
        single,
        load,
        other_errors=warm.errors,
        elapsed=result["elapsed"],
        cpu=result["cpu"],
        rss=result["rss_mb"],
    )


if __name__ == "__main__":
    main()
