"""A/B in one run: map visible in a new browser profile, this checkout against another commit.

    python bench/ab_map_visible.py 985d602            # the MapLibre maps before round 3
    python bench/ab_map_visible.py HEAD~1 --runs 9

Both versions run side by side (``streamlit run`` on two ports, each with its own copy
of the demo database and this checkout's boundaries); visits alternate between them,
in a new browser profile each, so load on the machine hits both alike.  Prints the
median per page and the ratio this/other.  The other commit is checked out with
``git worktree`` into bench/out/ and removed afterwards.
"""

from __future__ import annotations

import argparse
import subprocess
import time
from contextlib import ExitStack
from pathlib import Path

from harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_DRAWN_JS,
    MAP_PAGES,
    OUT,
    PORT,
    ROOT,
    demo_database,
    live_server,
    median,
    page_url,
)


def _visit(browser: object, url: str, page_name: str) -> float:
    """ms from navigation to the first map drawn, in a new browser profile."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    try:
        page = context.new_page()
        start = time.perf_counter()
        page.goto(page_url(url, page_name), wait_until="commit")
        page.wait_for_function(MAP_DRAWN_JS, timeout=60_000, polling=50)
        return (time.perf_counter() - start) * 1000
    finally:
        context.close()


def _database_copy(name: str) -> Path:
    target = OUT / f"ab_{name}.duckdb"
    target.write_bytes(demo_database(1).read_bytes())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", help="the commit to compare with (any git revision)")
    parser.add_argument("--runs", type=int, default=7, help="visits per page and version")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    other_root = OUT / "ab_other"
    checkout = ["git", "worktree", "add", "-f", "--detach", str(other_root), args.other]
    subprocess.run(checkout, cwd=ROOT, check=True)
    times: dict[tuple[str, str], list[float]] = {}
    try:
        with ExitStack() as stack, sync_playwright() as playwright:
            urls = {
                "this": stack.enter_context(live_server(_database_copy("this"), PORT + 1))[0],
                "other": stack.enter_context(live_server(_database_copy("other"), PORT + 2, other_root))[0],
            }
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for run in range(args.runs + 1):  # run 0 warms both servers and is not counted
                order = ("this", "other") if run % 2 else ("other", "this")
                for page_name in MAP_PAGES:
                    for version in order:
                        elapsed = _visit(browser, urls[version], page_name)
                        if run:
                            times.setdefault((version, page_name), []).append(elapsed)
            browser.close()
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(other_root)], cwd=ROOT, check=False)
    print(f"Map visible in a new browser profile: median of {args.runs} alternating visits (ms)")
    print(f"{'page':12} {args.other[:12]:>12} {'this':>8} {'ratio':>6}")
    for page_name in MAP_PAGES:
        other, this = median(times[("other", page_name)]), median(times[("this", page_name)])
        print(f"{page_name:12} {other:12.0f} {this:8.0f} {this / other:6.2f}")


if __name__ == "__main__":
    main()
