"""Render deploy/nginx.conf.template into a prefix folder nginx can run from without root.

    python deploy/render_nginx_conf.py --listen 127.0.0.1:8080 --upstream 127.0.0.1:8501 \
        --prefix /srv/cultuur-proxy
    nginx -p /srv/cultuur-proxy -c /srv/cultuur-proxy/nginx.conf -e stderr -g 'daemon off;'

Used by tests/e2e/test_deploy_proxy.py and bench/first_visit_bytes.py with free ports
and a temporary prefix.  Only the standard library, so it runs anywhere the app runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

TEMPLATE = Path(__file__).resolve().with_name("nginx.conf.template")
TEMP_DIRS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def render(*, listen: str, upstream: str) -> str:
    """The config text with ``listen`` (``[address:]port``) and ``upstream`` (``host:port``) filled in."""
    text = TEMPLATE.read_text(encoding="utf-8")
    return text.replace("@LISTEN@", listen).replace("@UPSTREAM@", upstream)


def write_prefix(prefix: Path, *, listen: str, upstream: str) -> Path:
    """Write ``nginx.conf`` and its temp folders into ``prefix``; return the config's path."""
    prefix.mkdir(parents=True, exist_ok=True)
    for name in TEMP_DIRS:
        (prefix / "temp" / name).mkdir(parents=True, exist_ok=True)
    config = prefix / "nginx.conf"
    config.write_text(render(listen=listen, upstream=upstream), encoding="utf-8")
    return config


def nginx_command(nginx: str, prefix: Path, config: Path) -> list[str]:
    """The command that runs nginx in the foreground from ``prefix`` (no root needed)."""
    return [nginx, "-p", str(prefix), "-c", str(config), "-e", "stderr", "-g", "daemon off;"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8080", help="[address:]port nginx listens on")
    parser.add_argument("--upstream", default="127.0.0.1:8501", help="host:port of streamlit run")
    parser.add_argument(
        "--prefix", type=Path, required=True, help="folder for nginx.conf, pid and temp files"
    )
    args = parser.parse_args()
    config = write_prefix(args.prefix, listen=args.listen, upstream=args.upstream)
    print(" ".join(nginx_command("nginx", args.prefix, config)))


if __name__ == "__main__":
    main()
