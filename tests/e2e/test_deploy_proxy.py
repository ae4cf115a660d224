"""The proxy in deploy/: nginx in front of the app compresses and caches, and the app works through it.

nginx runs from a temporary prefix on a free port with the config rendered from
``deploy/nginx.conf.template`` (no root, no system config), in front of the real
``streamlit run``.  Chromium loads the app through it: Streamlit's JavaScript must come
gzip-encoded with a year of caching, and the app must draw and navigate, which needs the
websocket through the proxy.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from data.demo import DEFAULT_SEED, build_demo_database
from tests.conftest import PROJECT_ROOT, _free_port, serve_app
from tests.e2e.maps_js import FIRST_MAP_AREAS_JS
from tests.e2e.test_browser import wait_for_app

pytestmark = pytest.mark.e2e

NGINX = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")
DEPLOY = PROJECT_ROOT / "deploy"


def _render_module() -> object:
    spec = importlib.util.spec_from_file_location("render_nginx_conf", DEPLOY / "render_nginx_conf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx stopped: {process.stderr.read().decode(errors='replace')}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("nginx did not listen in time")


@pytest.fixture(scope="module")
def proxied_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app behind nginx; yields the proxy's URL."""
    if NGINX is None:
        pytest.skip("nginx is not installed (Debian package `nginx`); the proxy in deploy/ cannot be tested")
    db_path = build_demo_database(tmp_path_factory.mktemp("proxied") / "demo.duckdb", seed=DEFAULT_SEED)
    with serve_app(db_path) as app_url:
        upstream = "127.0.0.1:" + app_url.rsplit(":", 1)[1]
        listen_port = _free_port()
        # Not under pytest's 0700 temp folders: run as root, nginx's workers are "nobody".
        prefix = Path(tempfile.mkdtemp(prefix="cultuur-proxy-"))
        os.chmod(prefix, 0o755)  # noqa: S103 - readable by nginx's workers
        render = _render_module()
        config = render.write_prefix(prefix, listen=f"127.0.0.1:{listen_port}", upstream=upstream)
        process = subprocess.Popen(render.nginx_command(NGINX, prefix, config), stderr=subprocess.PIPE)
        try:
            _wait_for_port(listen_port, process)
            yield f"http://localhost:{listen_port}"
        finally:
            process.terminate()
            process.wait(timeout=10)
            shutil.rmtree(prefix, ignore_errors=True)


def test_the_rendered_config_passes_nginx_own_check(tmp_path: Path):
    if NGINX is None:
        pytest.skip("nginx is not installed (Debian package `nginx`)")
    prefix = Path(tempfile.mkdtemp(prefix="cultuur-proxy-check-"))
    try:
        config = _render_module().write_prefix(prefix, listen="127.0.0.1:1", upstream="127.0.0.1:2")
        check = subprocess.run(
            [NGINX, "-t", "-p", str(prefix), "-c", str(config), "-e", "stderr"], capture_output=True
        )
        assert check.returncode == 0, check.stderr.decode(errors="replace")
    finally:
        shutil.rmtree(prefix, ignore_errors=True)


def test_through_the_proxy_javascript_is_gzipped_and_cached_and_the_app_works(proxied_app: str, offline_page):
    page = offline_page.page
    scripts: list[tuple[str, dict[str, str]]] = []
    page.on(
        "response",
        lambda response: (
            scripts.append((response.url, response.all_headers()))
            if "/static/" in response.url and response.url.split("?")[0].endswith(".js")
            else None
        ),
    )
    page.goto(f"{proxied_app}/kaart")
    wait_for_app(page)  # the script ran and its elements came over the websocket
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() === 14", timeout=30_000)

    # A click in the sidebar is a rerun over the websocket: the other page must draw.
    page.locator('[data-testid="stSidebar"] a[href="grenzeloos"]').first.click()
    page.wait_for_url("**/grenzeloos*", timeout=30_000)
    wait_for_app(page)
    page.wait_for_function(f"() => ({FIRST_MAP_AREAS_JS})() >= 14", timeout=30_000)  # and Kreise
    assert page.locator('[data-testid="stException"]').count() == 0
    # Verkennen's lines still draw with plotly.js, the largest script of all.
    page.goto(f"{proxied_app}/verkennen?rij=jaar&grafiek=line")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)

    assert scripts, "no JavaScript came through the proxy"
    for url, headers in scripts:
        if int(headers.get("content-length", 1_000_000)) >= 1024:  # smaller ones are not worth it
            assert headers.get("content-encoding") == "gzip", f"{url} not compressed: {headers}"
        assert "max-age=31536000" in headers.get("cache-control", ""), (
            f"{url}: {headers.get('cache-control')}"
        )
        assert "immutable" in headers["cache-control"]
    names = [url.rsplit("/", 1)[-1] for url, _ in scripts]
    assert any(name.startswith("BidiComponent.") for name in names), "Kaart's clickable pictures' loader"
    assert any(name.startswith("PlotlyChart.") for name in names), "Verkennen's plotly.js chunk"


def test_the_html_shell_is_not_cached_for_long_and_health_passes_through(proxied_app: str):
    import urllib.request

    request = urllib.request.Request(f"{proxied_app}/", headers={"Accept-Encoding": "gzip"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - localhost
        assert response.status == 200
        assert "31536000" not in (response.headers.get("Cache-Control") or ""), (
            "a new release must reach users"
        )
    with urllib.request.urlopen(f"{proxied_app}/_stcore/health", timeout=10) as response:  # noqa: S310
        assert response.read() == b"ok"
