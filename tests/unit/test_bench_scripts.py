"""The whole-page benchmark's options and table (bench/page_bench.py), and the proxy config it is run behind.

Not timed: the figures themselves are in bench/RESULTS.md.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def _load(path: Path, name: str) -> object:
    sys.path.insert(0, str(path.parent))  # bench scripts import harness from their own folder
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(path.parent))


page_bench = _load(ROOT / "bench" / "page_bench.py", "page_bench")
render_nginx_conf = _load(ROOT / "deploy" / "render_nginx_conf.py", "render_nginx_conf")


def test_every_page_five_runs_on_this_checkout_by_default():
    args = page_bench.parse_args([])
    assert args.pages == list(page_bench.PAGE_TITLES)
    assert len(args.pages) == 10
    assert args.runs == 5
    assert args.project == ROOT
    assert not args.anatomy


def test_pages_runs_and_project_are_taken_from_the_command_line(tmp_path: Path):
    (tmp_path / "app.py").write_text("")
    args = page_bench.parse_args(
        ["--pages", "themas, gemeenteprofiel", "--runs", "3", "--project", str(tmp_path)]
    )
    assert args.pages == ["themas", "gemeenteprofiel"]
    assert args.runs == 3
    assert args.project == tmp_path.resolve()


@pytest.mark.parametrize(
    "argv", [["--pages", "kaart,atlantis"], ["--runs", "0"], ["--project", "/nonexistent/checkout"]]
)
def test_unknown_pages_no_runs_and_a_folder_without_the_app_are_refused(argv: list[str]):
    with pytest.raises(SystemExit):
        page_bench.parse_args(argv)


def test_the_table_gives_each_page_its_time_ratio_to_the_floor_and_in_app_time():
    rows = [
        {"page": "themas", "new_ms": 3600.0, "in_app_ms": 2800.4, "failures": 0},
        {"page": "gemeenteprofiel", "new_ms": float("nan"), "in_app_ms": 4812.0, "failures": 5},
    ]
    lines = page_bench.format_table(rows, 2000.0).splitlines()
    assert lines[0] == "| page | new context ms | ratio to floor | in app ms |"
    assert lines[2] == "| floor (one map) | 2000 | 1.00 | – |"
    assert lines[3] == "| Thema's | 3600 | 1.80 | 2800 |"
    assert lines[4] == "| Gemeenteprofiel | – | – | 4812 (5 timed out) |"


def test_the_profile_is_opened_with_a_municipality():
    from bench.harness import page_url

    assert page_url("http://127.0.0.1:1", "gemeenteprofiel").endswith("/gemeenteprofiel?gemeente=GM0153")


def test_the_proxy_config_names_its_listen_address_and_upstream_and_nothing_is_left_to_fill(tmp_path: Path):
    config = render_nginx_conf.write_prefix(tmp_path, listen="127.0.0.1:18080", upstream="127.0.0.1:18501")
    text = config.read_text()
    assert "@" not in text
    assert "listen 127.0.0.1:18080;" in text
    assert "server 127.0.0.1:18501;" in text
    assert "location /_stcore/stream" in text
    assert "Upgrade $http_upgrade" in text
    for directive in ("gzip on;", "application/javascript", "text/css", "application/json", "image/svg+xml"):
        assert directive in text
    assert all((tmp_path / "temp" / name).is_dir() for name in render_nginx_conf.TEMP_DIRS)
    command = render_nginx_conf.nginx_command("nginx", tmp_path, config)
    assert command[-2:] == ["-g", "daemon off;"], "runs in the foreground, as a test or a service wants"
