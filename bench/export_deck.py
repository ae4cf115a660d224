"""Benchmark: build the default deck (PowerPoint and PDF) from the demo data and print the time.

Run from the project root: ``python -m bench.export_deck [--db FILE] [--out DIR]``.
The target is under 30 s on the project machine; this is measured, not asserted.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from components.charts.presenteren import load_slide_geo
from components.export.presenteren import build_deck
from data import queries
from data.demo import build_demo_database
from data.reference import TOTAL_GROUP
from data.store import connect, is_demo
from data.story import DEFAULT_FOCUS, build_story

TARGET_SECONDS = 30.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a DuckDB file (default: a fresh demo database)")
    parser.add_argument("--out", type=Path, help="folder to write deck.pptx and deck.pdf into")
    args = parser.parse_args(argv)
    db = args.db or build_demo_database(Path(tempfile.mkdtemp()) / "bench.duckdb")
    con = connect(db)
    year = max(queries.indicator_years(con, "cultuurdeelname", TOTAL_GROUP))
    start = time.perf_counter()
    slides = build_story(con, year=year, focus=DEFAULT_FOCUS, lang="nl", demo=is_demo(con))
    story_done = time.perf_counter()
    deck = build_deck(slides, slide_geo=load_slide_geo(), lang="nl", demo=is_demo(con))
    elapsed = time.perf_counter() - start
    print(f"story: {len(slides)} slides in {story_done - start:.1f} s")
    print(
        f"default deck (PowerPoint + PDF, {len(slides)} slides): {elapsed:.1f} s "
        f"(target < {TARGET_SECONDS:.0f} s)"
    )
    print(f"sizes: pptx {len(deck.pptx) / 1e6:.1f} MB, pdf {len(deck.pdf) / 1e6:.1f} MB")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "deck.pptx").write_bytes(deck.pptx)
        (args.out / "deck.pdf").write_bytes(deck.pdf)
    con.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
