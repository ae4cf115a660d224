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
    """A theme has one colour on every page and slide: only components/charts/palette.py names one."""
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
    from components.charts import gemeenteprofiel, palette, presenteren, themas

    assert gemeenteprofiel.THEME_COLOURS is palette.THEME_COLOURS
    assert themas.THEME_COLOURS is palette.THEME_COLOURS
    assert presenteren.THEME_COLOURS is palette.THEME_COLOURS


def test_only_url_state_touches_the_url():
    """One module reads and writes st.query_params, so every parameter is declared in one place."""
    touching = sorted(
        str(path.relative_to(ROOT))
        for folder in ("components", "app_pages")
        for path in (ROOT / folder).rglob("*.py")
        if "query_params" in path.read_text(encoding="utf-8").replace("query_params={", "")
    )
    assert touching == ["components/url_state.py"]


def test_only_the_cache_module_caches():
    """Every st.cache_data and st.cache_resource is in components/cache.py, keyed one way."""
    offenders = sorted(
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("components", "app_pages", "data")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "components" / "cache.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if "cache_data" in line or "cache_resource" in line or "st.cache" in line
    )
    offenders += ["app.py"] * ("st.cache" in (ROOT / "app.py").read_text(encoding="utf-8"))
    assert offenders == []


def test_charts_and_exports_never_import_streamlit():
    """Figure builders and file makers are pure: unit tests call them without a Streamlit run."""
    for folder in ("charts", "export"):
        for path in (ROOT / "components" / folder).rglob("*.py"):
            assert "streamlit" not in imported_modules(path), path


def test_components_are_split_by_kind_and_named_after_their_page():
    """A change to one page is found at a glance: its view (and page charts) carry the page's name."""
    components = ROOT / "components"
    top_level = {path.name for path in components.glob("*.py")}
    assert top_level == {"__init__.py", "auth.py", "cache.py", "lazy_imports.py", "url_state.py"}
    kinds = {path.name for path in components.iterdir() if path.is_dir() and path.name != "__pycache__"}
    assert kinds == {"charts", "export", "views", "widgets"}
    pages = {path.stem for path in (ROOT / "app_pages").glob("*.py")}

    def unnamed(folder: str, shared: set[str]) -> list[str]:
        """Modules named neither ``<page>`` nor ``<page>_<part>`` (a tab or part of that page)."""
        stems = {path.stem for path in (components / folder).glob("*.py")} - shared - {"__init__"}
        return sorted(s for s in stems if not any(s == p or s.startswith(f"{p}_") for p in pages))

    assert unnamed("views", set()) == []
    shared_charts = {"clickable_svg", "indicators", "maps", "palette", "svg"}  # shared by pages
    assert unnamed("charts", shared_charts) == []
