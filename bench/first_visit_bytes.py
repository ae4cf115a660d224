"""Bytes over the network for a first and a returning visit, with and without the proxy in deploy/.

    python bench/first_visit_bytes.py [--project PATH] [--pages overzicht,kaart,gemeenteprofiel]

Starts the app of ``--project`` (``streamlit run``, demo store) and nginx with the config
of ``deploy/`` in front of it, both on free ports on 127.0.0.1, and opens each page in
Debian's headless Chromium twice per way in: in a new context (first visit: empty HTTP
cache) and once more in that context (returning visit).  Counts what came over the wire:
HTTP response headers and bodies as transferred (compressed where they were), per
Chromium's own ``request.sizes()``, and the websocket's frames (Streamlit's messages,
which nginx passes through as they are).  Needs ``nginx`` (Debian package ``nginx``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import CHROMIUM, CHROMIUM_ARGS, live_server, page_url
from page_bench import DONE_JS, INSTRUMENT_JS, PAGE_TITLES, VIEWPORT, demo_store, free_port

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
sys.path.insert(0, str(DEPLOY))
from render_nginx_conf import nginx_command, write_prefix  # noqa: E402 - deploy/ is not a package


def _start_nginx(upstream: str) -> tuple[str, subprocess.Popen, Path]:
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
    if nginx is None:
        sys.exit("nginx is not installed (apt-get install nginx)")
    port = free_port()
    prefix = Path(tempfile.mkdtemp(prefix="cultuur-proxy-bench-"))
    os.chmod(prefix, 0o755)  # noqa: S103 - nginx's workers run as "nobody" when started as root
    config = write_prefix(prefix, listen=f"127.0.0.1:{port}", upstream=upstream)
    process = subprocess.Popen(nginx_command(nginx, prefix, config))
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return f"http://127.0.0.1:{port}", process, prefix
        time.sleep(0.1)
    process.kill()
    sys.exit("nginx did not start")


def _visit(context: Any, url: str) -> dict[str, int]:
    """Bytes received while ``url`` opens in a new tab of ``context`` until it is fully drawn."""
    page = context.new_page()
    totals = {"http": 0, "ws": 0, "requests": 0}
    finished: list[Any] = []
    page.on("requestfinished", lambda request: finished.append(request))

    def on_socket(socket: Any) -> None:
        socket.on("framereceived", lambda payload: totals.__setitem__("ws", totals["ws"] + len(payload)))

    page.on("websocket", on_socket)
    page.goto(url, wait_until="commit")
    page.wait_for_function(DONE_JS, arg=0, timeout=120_000, polling=50)
    page.wait_for_timeout(500)  # late requests (fonts, the base map)
    for request in finished:
        sizes = request.sizes()
        totals["http"] += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        totals["requests"] += 1
    page.close()
    return totals


def measure(base: str, pages: list[str]) -> dict[str, dict[str, dict[str, int]]]:
    from playwright.sync_api import sync_playwright

    result: dict[str, dict[str, dict[str, int]]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name in pages:
            context = browser.new_context(viewport=VIEWPORT, locale="nl-NL")
            context.add_init_script(INSTRUMENT_JS)
            first = _visit(context, page_url(base, name))
            again = _visit(context, page_url(base, name))
            context.close()
            result[name] = {"first": first, "again": again}
        browser.close()
    return result


def format_table(direct: dict[str, Any], proxied: dict[str, Any]) -> str:
    lines = [
        "| page | first visit, direct KB | first visit, proxy KB | ratio | returning, direct KB "
        "| returning, proxy KB | websocket KB (both) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in direct:
        d, p = direct[name], proxied[name]
        lines.append(
            f"| {PAGE_TITLES[name]} | {d['first']['http'] / 1024:.0f} | {p['first']['http'] / 1024:.0f} "
            f"| {p['first']['http'] / d['first']['http']:.2f} | {d['again']['http'] / 1024:.0f} "
            f"| {p['again']['http'] / 1024:.0f} | {d['first']['ws'] / 1024:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--pages", default="overzicht,kaart,gemeenteprofiel")
    args = parser.parse_args()
    pages = [name for name in args.pages.split(",") if name]
    with live_server(demo_store(args.project.resolve(), "bytes"), free_port(), args.project.resolve()) as (
        url,
        _,
    ):
        proxy_url, nginx, prefix = _start_nginx(url.removeprefix("http://"))
        try:
            direct = measure(url, pages)
            proxied = measure(proxy_url, pages)
        finally:
            nginx.terminate()
            nginx.wait(timeout=10)
            shutil.rmtree(prefix, ignore_errors=True)
    print("Bytes received (HTTP headers and bodies as transferred; websocket frames)")
    print(format_table(direct, proxied))


if __name__ == "__main__":
    main()
