"""How long the importer takes, and how much memory, on the largest allowed file and on hostile ones.

    python bench/validation_bench.py            # every case, a table on stdout
    python bench/validation_bench.py --live     # also: a live server while the worst upload is analysed

Each case runs ``data.analyse`` on one file against an empty import store, in a
fresh Python process of its own (with the check in that process, not in the worker that
the server uses for large files), twice: once timed (with the peak resident memory the
process gained, from /proc VmHWM), once under tracemalloc (the peak of Python's own
allocations).  The files are built here, into bench/out/validation/.  The target (issue
"silent corruption on import"): rejecting the largest allowed file takes under 5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import io
import json
import os
import random
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "validation"
MB = 1024 * 1024
ROWS = 200_000
NAMES = ["Almelo", "Borne", "Enschede", "Hengelo", "Losser", "Oldenzaal", "Hof v. Twente", "Rijssen-Holten"]
INDICATORS = ["cultuurdeelname", "museumbezoek", "amateurkunst", "bibliotheekbezoek"]
HEADER = ["gemeente", "jaar", "indicator", "groep", "waarde", "bron", "status"]


def _row(i: int, *, bad: bool) -> list[object]:
    """Rows with keys that differ (no duplicates) up to 200,000; ``bad`` rows name no municipality."""
    name = "Nergenshuizen" if bad else NAMES[i % len(NAMES)]
    year = 1990 + (i // len(NAMES)) % 61
    indicator = INDICATORS[(i // (len(NAMES) * 61)) % len(INDICATORS)]
    return [
        name,
        year,
        indicator,
        "totaal",
        f"{i % 1000 / 10:.1f}".replace(".", ","),
        "Monitor",
        "definitief",
    ]


INITIATIVE_HEADER = ["id", "naam", "organisatie", "thema", "discipline", "status", "startjaar", "eindjaar"]
INITIATIVE_HEADER += ["budget", "bereik", "gemeenten"]


def _initiative(i: int) -> list[object]:
    """A valid initiative: 200,000 of them (unlike indicator values, whose keys run out at 25,000)."""
    texts = [f"I{i:06d}", f"Project {i}", f"Stichting {i % 500}", "grenzeloos", "festivals", "lopend"]
    return [*texts, 2023, 2024, 12500 + i % 100, 1200, "GM0153"]


def csv_file(rows: int, *, bad: bool, line_end: str = "\r\n") -> bytes:
    lines = [";".join(HEADER)] + [";".join(str(v) for v in _row(i, bad=bad)) for i in range(rows)]
    return (line_end.join(lines) + line_end).encode()


def initiatives_csv(rows: int) -> bytes:
    lines = [";".join(INITIATIVE_HEADER)] + [";".join(str(v) for v in _initiative(i)) for i in range(rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


def openpyxl_file(rows: int, *, bad: bool) -> bytes:
    """As openpyxl (and pandas) write it: inline strings, the largest sheet XML."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Indicatorwaarden")
    sheet.append(HEADER)
    for i in range(rows):
        row = _row(i, bad=bad)
        row[4] = i % 1000 / 10
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    f'relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    f'main" xmlns:r="{REL}"><sheets><sheet name="Indicatorwaarden" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    f'relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _column(index: int) -> str:
    return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[index]


def excel_file(header: list[str], rows: list[list[object]]) -> bytes:
    """As Excel writes it: shared strings (each text once), numbers in <v>."""
    strings: dict[str, int] = {}
    body = []
    for number, row in enumerate([header, *rows], start=1):
        cells = []
        for index, value in enumerate(row):
            ref = f"{_column(index)}{number}"
            if isinstance(value, int | float):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                position = strings.setdefault(str(value), len(strings))
                cells.append(f'<c r="{ref}" t="s"><v>{position}</v></c>')
        body.append(f'<row r="{number}">{"".join(cells)}</row>')
    sheet = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>{"".join(body)}'
    sheet += "</sheetData></worksheet>"
    shared = "".join(f"<si><t>{text}</t></si>" for text in strings)
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}">{shared}</sst>'
    )
    return _package({"xl/worksheets/sheet1.xml": sheet.encode(), "xl/sharedStrings.xml": shared.encode()})


def _package(parts: dict[str, bytes], writers: dict[str, Callable] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        for name, data in parts.items():
            archive.writestr(name, data)
        for name, write in (writers or {}).items():
            with archive.open(name, "w") as stream:
                write(stream)
    return buffer.getvalue()


SHEET_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData><row r="1">'
    + "".join(f'<c r="{_column(i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER))
    + "</row>"
).encode()
SHEET_TAIL = b"</sheetData></worksheet>"
EMPTY_STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="0"></sst>'.encode()


def bomb_file(cell_bytes: int) -> bytes:
    """One inline cell of ``cell_bytes`` repetitive text: it packs about 1,000 times."""

    def write(stream: IO[bytes]) -> None:
        stream.write(SHEET_HEAD + b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        chunk = b"Enschede " * 100_000
        for _ in range(cell_bytes // len(chunk)):
            stream.write(chunk)
        stream.write(b"</t></is></c></row>" + SHEET_TAIL)

    return _package({"xl/sharedStrings.xml": EMPTY_STRINGS}, {"xl/worksheets/sheet1.xml": write})


def huge_cell_xlsx(cell_bytes: int) -> bytes:
    """One cell of random text that hardly packs: passes every size check, then the cell limit."""
    text = base64.b64encode(random.Random(7).randbytes(cell_bytes * 3 // 4))  # noqa: S311 - filler
    sheet = (
        SHEET_HEAD
        + b'<row r="2"><c r="B2" t="inlineStr"><is><t>'
        + text
        + b"</t></is></c></row>"
        + SHEET_TAIL
    )
    return _package({"xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": EMPTY_STRINGS})


def huge_cell_csv(cell_bytes: int) -> bytes:
    return (
        ";".join(HEADER) + "\r\nAlmelo;2023;cultuurdeelname;totaal;80;" + "x" * cell_bytes + ";\r\n"
    ).encode()


def cr_csv(size: int) -> bytes:
    """As many rows as fit in ``size`` bytes, ended by a bare carriage return (old Mac, some exports)."""
    line = b"Almelo;2023;cultuurdeelname;totaal;80,5;Monitor;definitief\r"
    return b";".join(h.encode() for h in HEADER) + b"\r" + line * (size // len(line) - 1)


def wide_rows_xlsx(rows: int) -> bytes:
    """A sheet that claims 16,384 columns (A1:XFD…) and styles a cell in the last one of every row."""

    def write(stream: IO[bytes]) -> None:
        stream.write(
            SHEET_HEAD.replace(b"<sheetData>", f'<dimension ref="A1:XFD{rows + 1}"/><sheetData>'.encode())
        )
        for r in range(2, rows + 2):
            name = NAMES[r % len(NAMES)]
            stream.write(
                f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{name}</t></is></c>'
                f'<c r="B{r}"><v>{1990 + r % 61}</v></c>'
                f'<c r="C{r}" t="inlineStr"><is><t>cultuurdeelname</t></is></c>'
                f'<c r="E{r}"><v>{r % 90}</v></c>'
                f'<c r="XFD{r}" s="0"/></row>'.encode()
            )
        stream.write(SHEET_TAIL)

    return _package({"xl/sharedStrings.xml": EMPTY_STRINGS}, {"xl/worksheets/sheet1.xml": write})


CASES: list[tuple[str, str, Callable[[], bytes]]] = [
    ("csv 10 rows (for scale)", "tiny.csv", lambda: csv_file(10, bad=False)),
    ("csv 200,000 initiatives, valid", "valid.csv", lambda: initiatives_csv(ROWS)),
    ("csv 200,000 indicator rows, every row an error", "bad.csv", lambda: csv_file(ROWS, bad=True)),
    (
        "xlsx 200,000 initiatives as Excel writes it, valid",
        "valid_excel.xlsx",
        lambda: excel_file(INITIATIVE_HEADER, [_initiative(i) for i in range(ROWS)]),
    ),
    (
        "xlsx 200,000 indicator rows as Excel writes it, every row an error",
        "bad_excel.xlsx",
        lambda: excel_file(HEADER, [_row(i, bad=True) for i in range(ROWS)]),
    ),
    (
        "xlsx 200,000 indicator rows as openpyxl writes it, every row an error",
        "bad_openpyxl.xlsx",
        lambda: openpyxl_file(ROWS, bad=True),
    ),
    ("csv 20 MB, \\r line ends (355,000 rows)", "cr.csv", lambda: cr_csv(20 * MB - 1)),
    ("xlsx bomb: one 50 MB cell", "bomb50.xlsx", lambda: bomb_file(50 * MB)),
    ("xlsx bomb: 200 MB unpacked", "bomb200.xlsx", lambda: bomb_file(200 * MB)),
    ("xlsx: one 15 MB cell of random text", "cell.xlsx", lambda: huge_cell_xlsx(15 * MB)),
    ("csv: one 19 MB field", "cell.csv", lambda: huge_cell_csv(19 * MB)),
    ("xlsx: 200,000 rows claiming 16,384 columns", "wide.xlsx", lambda: wide_rows_xlsx(ROWS)),
]

CHILD = """
import json, sys, time, tempfile, os
sys.path.insert(0, {root!r})
from data.importing import worker as import_worker
from data.importing.plan import analyse
from data.store import connect

import_worker.WORKER_FROM_BYTES = 1 << 62  # measure the check itself, here (the live run shows the worker)

def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

path, traced = sys.argv[1], sys.argv[2] == "1"
content = open(path, "rb").read()
con = connect(os.path.join(tempfile.mkdtemp(), "bench.duckdb"))
warm = b"gemeente;jaar;indicator;waarde\\r\\nAlmelo;2023;cultuurdeelname;80\\r\\n"
analyse(con, [("warm.csv", warm)])
before = hwm()
if traced:
    import tracemalloc
    tracemalloc.start()
start, cpu_start = time.perf_counter(), time.process_time()
analysis = analyse(con, [(os.path.basename(path), content)], max_bytes=20 * 1024 * 1024)
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if traced else None
codes = sorted({{i.code for i in analysis.validation.errors}})
print(json.dumps({{"seconds": seconds, "cpu": cpu, "rss_gain": hwm() - before, "traced": peak,
                  "rows": analysis.validation.rows_read, "errors": codes[:3],
                  "issues": len(analysis.validation.issues)}}))
"""


def run_case(path: Path, *, traced: bool) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path), "1" if traced else "0"],
        capture_output=True,
        text=True,
        timeout=900,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def build(name: str, make: Callable[[], bytes]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    if not path.exists():
        path.write_bytes(make())
    return path


def unpacked_mb(path: Path) -> str:
    if path.suffix != ".xlsx":
        return "–"
    with zipfile.ZipFile(path) as archive:
        return f"{sum(i.file_size for i in archive.infolist()) / MB:.0f}"


def table() -> list[dict]:
    print("| case | file MB | unpacked MB | outcome | time s | CPU s | RSS gain MB | Python peak MB |")
    print("|---|---|---|---|---|---|---|---|")
    rows = []
    for label, name, make in CASES:
        path = build(name, make)
        timed, traced = run_case(path, traced=False), run_case(path, traced=True)
        outcome = ", ".join(timed["errors"]) or f"accepted, {timed['rows']:,} rows"
        rows.append({"case": label, **timed, "traced": traced["traced"]})
        print(
            f"| {label} | {path.stat().st_size / MB:.2f} | {unpacked_mb(path)} | {outcome} "
            f"| {timed['seconds']:.1f} | {timed['cpu']:.1f} | {timed['rss_gain']:.0f} "
            f"| {traced['traced']:.0f} |",
            flush=True,
        )
    return rows


# --- A live server while the worst upload is analysed ------------------------------------------

LIVE_PORT = 8697
PASSWORD = "bench-wachtwoord"  # noqa: S105 - a throwaway password of the bench's own server


def _start_server(folder: Path) -> tuple[str, subprocess.Popen]:
    """``streamlit run app.py`` on 127.0.0.1 with its own demo store, import store and password."""
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from harness import server_copy, wait_healthy

    from components.auth import hash_password

    secrets = folder / "secrets.toml"
    secrets.write_text(f'[data_beheer]\npassword_hash = "{hash_password(PASSWORD)}"\n')
    db_path = server_copy(1)
    env = {
        **os.environ,
        "CULTUUR_DB": str(db_path),
        "CULTUUR_IMPORT_DB": str(folder / f"import-{time.time_ns()}.duckdb"),
    }
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(LIVE_PORT)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true", "--secrets.files", str(secrets)]
    log = (folder / "streamlit.log").open("w")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{LIVE_PORT}"
    try:
        wait_healthy(url, process)
    except RuntimeError:
        process.kill()
        raise RuntimeError(f"streamlit did not start; see {log.name}") from None
    return url, process


class OtherSession(threading.Thread):
    """Another user, switching the year on Overzicht over and over; each step timed in ms."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.times: list[tuple[float, float]] = []  # (when it ended, ms)
        self.stop = threading.Event()
        self.ready = threading.Event()

    def run(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        import websockets
        from protocol_load_test import ProtocolClient

        socket_url = self.url.replace("http://", "ws://") + "/_stcore/stream"
        async with websockets.connect(socket_url, subprotocols=["streamlit"], max_size=None) as socket:
            client = ProtocolClient(socket)
            await client.run(page_name="")
            page = client.page_hashes[""]
            years = client.year_widget[1][-2:] if client.year_widget else [None]
            for year in years * 2:  # warm both years
                await client.run(page_hash=page, year=year)
            self.ready.set()
            step = 0
            while not self.stop.is_set():
                start = time.perf_counter()
                await client.run(page_hash=page, year=years[step % len(years)])
                self.times.append((time.monotonic(), (time.perf_counter() - start) * 1000))
                step += 1
                await asyncio.sleep(0.2)


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _children_rss_mb(pid: int) -> float:
    """The resident memory of a process's children (the import worker), from /proc."""
    children = [
        c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()
    ]
    total = 0.0
    for child in children:
        try:
            total += _rss_mb(int(child))
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else float("nan")


def live(path: Path, done_text: str) -> dict:
    """Upload ``path`` in Chromium while another session works; the server's RSS and that session's times."""
    from playwright.sync_api import sync_playwright

    folder = OUT / "live"
    folder.mkdir(parents=True, exist_ok=True)
    url, process = _start_server(folder)
    try:
        other = OtherSession(url)
        other.start()
        other.ready.wait(120)
        time.sleep(5)
        baseline = [ms for _, ms in other.times]
        rss_before = _rss_mb(process.pid)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(f"{url}/data_beheer")
            page.get_by_label("Wachtwoord").fill(PASSWORD)
            page.get_by_role("button", name="Inloggen").click()
            page.wait_for_selector('[data-testid="stFileUploader"] input[type="file"]', state="attached")
            peak, worker_peak, total_peak, started = rss_before, 0.0, rss_before, time.monotonic()
            page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(path))
            waiting = page.get_by_text(done_text).first
            while time.monotonic() - started < 300:
                server, worker = _rss_mb(process.pid), _children_rss_mb(process.pid)
                peak, worker_peak, total_peak = (
                    max(peak, server),
                    max(worker_peak, worker),
                    max(total_peak, server + worker),
                )
                if waiting.is_visible():
                    break
                time.sleep(0.1)
            ended = time.monotonic()
            browser.close()
        during = [ms for at, ms in other.times if started <= at <= ended]
        other.stop.set()
        return {
            "file": path.name,
            "seconds": ended - started,
            "rss_before": rss_before,
            "rss_peak": peak,
            "worker_peak": worker_peak,
            "total_peak": total_peak,
            "other_baseline_ms": _median(baseline),
            "other_during_ms": _median(during),
            "other_during_max_ms": max(during, default=float("nan")),
            "other_steps": len(during),
        }
    finally:
        process.terminate()
        process.wait(timeout=30)


LIVE_CASES = [
    ("tiny.csv", "Geen fouten gevonden"),  # what an upload costs the others at all
    ("valid_excel.xlsx", "Geen fouten gevonden"),
    ("valid.csv", "Geen fouten gevonden"),
    ("bad_openpyxl.xlsx", "fout(en) gevonden"),
    ("bomb200.xlsx", "fout(en) gevonden"),
]


def live_table(names: list[str] | None = None) -> None:
    print(
        "\n| upload (live server) | time to the report s | server RSS before MB | peak MB "
        "| worker peak MB | both at once MB "
        "| other session median ms, before | during | slowest during ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, done_text in LIVE_CASES:
        if names and name not in names:
            continue
        path = build(name, dict((n, m) for _, n, m in CASES)[name])
        row = live(path, done_text)
        print(
            f"| {name} | {row['seconds']:.1f} | {row['rss_before']:.0f} | {row['rss_peak']:.0f} "
            f"| {row['worker_peak']:.0f} | {row['total_peak']:.0f} "
            f"| {row['other_baseline_ms']:.0f} | {row['other_during_ms']:.0f} "
            f"| {row['other_during_max_ms']:.0f} ({row['other_steps']} steps) |",
            flush=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument("--live", action="store_true", help="also upload the worst files to a live server")
    parser.add_argument("--live-only", action="store_true", help="only the live server measurement")
    parser.add_argument("--case", action="append", default=None, help="live: only these files (repeatable)")
    args = parser.parse_args()
    if not args.live_only:
        rows = table()
        if args.json:
            args.json.write_text(json.dumps(rows, indent=2))
        rejected = [r for r in rows if r["errors"]]
        worst = max(rejected, key=lambda r: r["seconds"])
        print(f"\nslowest rejection: {worst['case']}, {worst['seconds']:.1f} s (target < 5 s)")
    if args.live or args.live_only:
        live_table(args.case)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
