"""The README tells the truth: its two commands, its settings and its pages."""

import re
from pathlib import Path

from data.i18n import translate

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE = "\n".join(
    p.read_text(encoding="utf-8") for p in [*ROOT.glob("data/*.py"), *ROOT.glob("components/**/*.py")]
)


def fenced_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```(?:bash)?\n(.*?)```", text, flags=re.S)]


def test_readme_opens_with_the_run_and_the_test_command():
    run, test = fenced_blocks(README)[:2]
    assert run == "pip install -r requirements.txt && streamlit run app.py"
    assert test.endswith("python -m pytest")
    assert "apt-get install -y chromium" in test  # the browser tests need Debian's Chromium


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^python -m pytest\b", ci, flags=re.M)
    assert "requirements-dev.txt" in ci


def test_every_setting_the_readme_names_exists_in_the_code():
    for variable in set(re.findall(r"CULTUUR_[A-Z0-9_]+", README)):
        assert f'"{variable}"' in CODE, variable


def test_every_page_is_named_in_the_readme():
    for page in (ROOT / "app_pages").glob("*.py"):
        assert translate(f"page.{page.stem}", "nl") in README, page.stem


def test_every_script_the_readme_names_exists():
    scripts = set(re.findall(r"\b((?:bench|components|data)/\w+\.py)\b", README))
    assert "bench/protocol_load_test.py" in scripts
    for script in scripts:
        assert (ROOT / script).is_file(), script


def test_every_path_architecture_names_exists():
    """ARCHITECTURE.md stays true: a file or folder it names is really there."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`((?:app_pages|components|data|tests)/[\w/.-]*|app\.py|pyproject\.toml)`", text))
    assert len(named) > 20
    missing = sorted(path for path in named if not (ROOT / path).exists())
    assert missing == []
