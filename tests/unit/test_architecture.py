"""The layering rules of the house, checked on the source itself."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_data_never_imports_streamlit_or_ui():
    for path in (ROOT / "data").rglob("*.py"):
        assert not imported_modules(path) & {"streamlit", "components", "plotly"}, path


def test_pages_never_write_sql():
    for path in (ROOT / "app_pages").glob("*.py"):
        text = path.read_text(encoding="utf-8").upper()
        assert "SELECT " not in text, path
        assert ".EXECUTE(" not in text, path


def test_every_page_is_registered_in_app_py():
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    for page in (ROOT / "app_pages").glob("*.py"):
        assert f'"app_pages/{page.name}"' in app, page.name


def test_every_colour_is_defined_in_the_palette_module():
    """A theme has one colour on every page and slide: no module but components/palette.py names one."""
    import re

    colour = re.compile(r"[\"']#[0-9a-fA-F]{3,8}[\"']|rgba?\(")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("components", "app_pages", "data")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if colour.search(line)
    ]
    assert offenders == []


def test_the_profile_the_themes_page_and_the_slides_give_a_theme_the_same_colour():
    from components import palette, profile_view, slides, theme_charts

    assert profile_view.THEME_COLOURS is palette.THEME_COLOURS
    assert theme_charts.THEME_COLOURS is palette.THEME_COLOURS
    assert slides.THEME_COLOURS is palette.THEME_COLOURS


def test_only_url_state_touches_the_url():
    """One module reads and writes st.query_params, so every parameter is declared in one place."""
    touching = sorted(
        str(path.relative_to(ROOT))
        for folder in ("components", "app_pages")
        for path in (ROOT / folder).rglob("*.py")
        if "query_params" in path.read_text(encoding="utf-8").replace("query_params={", "")
    )
    assert touching == ["components/url_state.py"]
