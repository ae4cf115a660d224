"""The text catalogues: complete in NL, EN and DE, and exactly the keys the code uses.

Keys reach ``translate`` in three ways, and each is checked:
- as a literal (``translate("themas.intro", lang)``, or a key in a tuple passed on later):
  every string in the code that looks like a key of a known part must be in the catalogue;
- built in an f-string (``translate(f"filter.{name}", lang)``): every such pattern in the
  code must be declared in ``FAMILIES`` below with the values it takes, unless its values
  are a literal tuple in the same loop (``for k in ("id", "when")``), which the scan reads
  by itself; every value must give a key;
- a key no literal and no f-string pattern can produce is unused, and fails.
"""

from __future__ import annotations

import ast
import re
import string
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from data import coverage, explore, filters, reference, story
from data.i18n import ALL_LANGUAGES, CATALOGUES, DEFAULT_LANGUAGE, TEXTS, catalogue_path, translate
from data.importing.sheets import FUNDING_PREFIX
from data.indicators import INDICATORS

ROOT = Path(__file__).resolve().parents[3]
SOURCES = sorted(
    {
        ROOT / "app.py",
        *ROOT.glob("app_pages/**/*.py"),
        *ROOT.glob("components/**/*.py"),
        *ROOT.glob("data/**/*.py"),
    }
)
TRANSLATE_CALLS = {"translate", "t", "_t"}  # data.i18n.translate and the pages' and stories' wrappers
PARTS = {key.split(".")[0] for key in TEXTS}  # the first part of every key: beheer, themas, ...
KEY_LIKE = re.compile(r"[a-z_]+(\.[A-Za-z0-9_+-]+)+")
# Strings that look like keys but name something else.
NOT_KEYS = {"cocreatie.duckdb", "presenteren.modus"}
# f-strings in a translate call or starting like a key that build something else.
NOT_KEY_PATTERNS: set[str] = set()


def _pattern(node: ast.JoinedStr) -> str:
    return "".join(part.value if isinstance(part, ast.Constant) else "{}" for part in node.values)


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


class Scan:
    """String literals, f-string key patterns and the literal loops that fill some of them."""

    def __init__(self, sources: Iterable[Path]) -> None:
        self.literals: dict[str, set[str]] = {}
        self.called: dict[str, set[str]] = {}  # literal first arguments of translate calls
        self.patterns: dict[str, set[str]] = {}  # f-string key patterns -> files
        self.looped: dict[str, set[str]] = {}  # pattern -> values read from a literal loop
        for source in sources:
            self._read(source)

    def _read(self, source: Path) -> None:
        where = str(source.relative_to(ROOT))
        tree = ast.parse(source.read_text(encoding="utf-8"))
        in_call = self._read_calls_and_loops(tree, where)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                self.literals.setdefault(node.value, set()).add(where)
            elif isinstance(node, ast.JoinedStr):
                pattern = _pattern(node)
                if id(node) in in_call or (pattern.split(".")[0] in PARTS and "." in pattern):
                    self.patterns.setdefault(pattern, set()).add(where)

    def _read_calls_and_loops(self, tree: ast.AST, where: str) -> set[int]:
        """The literal keys of translate calls; returns the ids of all their first arguments."""
        in_call: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS and node.args:
                first = node.args[0]
                in_call.add(id(first))
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    self.called.setdefault(first.value, set()).add(where)
            elif isinstance(node, ast.For):
                self._read_loop(node.target, node.iter, node.body)
            elif isinstance(node, (ast.ListComp, ast.GeneratorExp, ast.SetComp)):
                for generator in node.generators:
                    self._read_loop(generator.target, generator.iter, [node.elt])
        return in_call

    def _read_loop(self, target: ast.expr, values: ast.expr, body: list[ast.AST]) -> None:
        """``for k in ("a", "b"): ... f"x.{k}"``: the pattern takes exactly these values."""
        if not (isinstance(target, ast.Name) and isinstance(values, (ast.Tuple, ast.List))):
            return
        constants = [e.value for e in values.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(constants) != len(values.elts):
            return
        for part in body:
            for inner in ast.walk(part):
                if isinstance(inner, ast.JoinedStr):
                    names = [v.value for v in inner.values if isinstance(v, ast.FormattedValue)]
                    if [getattr(n, "id", None) for n in names] == [target.id]:
                        self.looped.setdefault(_pattern(inner), set()).update(constants)


SCAN = Scan(SOURCES)


def _first_arguments(callee: str, *globs: str) -> set[str]:
    """The literal first argument of every call to ``callee`` (an error's or issue's code)."""
    found = set()
    for pattern in globs:
        for source in ROOT.glob(pattern):
            for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and _call_name(node) == callee and node.args:
                    first = node.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        found.add(first.value)
    return found


def _template_columns() -> set[tuple[str, str]]:
    from data.importing.sheets import SHEETS

    return {(kind, spec.name) for kind, specs in SHEETS.items() for spec in specs}


def _vocabularies() -> dict[str, tuple[reference.Term, ...]]:
    return {
        "theme": reference.THEMES,
        "discipline": reference.DISCIPLINES,
        "target_group": reference.TARGET_GROUPS,
        "funding": reference.FUNDING_SOURCES,
        "status": reference.STATUSES,
        "age_group": reference.AGE_GROUPS,
    }


# Every key pattern built in an f-string, with the values its placeholders take (tuples for
# patterns with more than one). A new pattern in the code fails until it is declared here.
FAMILIES: dict[str, Callable[[], Iterable[object]]] = {
    "page.{}": lambda: [p.stem for p in ROOT.glob("app_pages/*.py") if p.stem != "__init__"],
    "term.{}.{}": lambda: [(v, t.code) for v, terms in _vocabularies().items() for t in terms],
    "term.{}.{}.description": lambda: [("theme", t.code) for t in reference.THEMES],
    "indicator.{}.{}": lambda: [
        (i.code, field)
        for i in INDICATORS
        for field in ("name", "definition", "population", "phrase", *(f"break.{y}" for y in i.break_years))
    ],
    "filter.{}": lambda: [*filters.LIST_FIELDS, "grens", "zoek"],
    "filter.grens.{}": lambda: ["alle", "ja", "nee"],
    "{}.help": lambda: ["kpi.initiatives", "kpi.participants", "kpi.budget", "kpi.cross_border"],
    "kaart.mode.{}": lambda: ["waarde", "verandering"],
    "themas.trend.{}": lambda: ["aantal", "budget"],
    "themas.tab.{}": lambda: ["dekking", "breakdown", "trend"],
    "themas.measure.{}": lambda: coverage.MEASURES,
    "presenteren.kind.{}": lambda: story.SLIDE_KINDS,
    "explore.agg.{}": lambda: explore.AGGREGATIONS,
    "explore.chart.{}": lambda: explore.CHARTS,
    "explore.dim.{}": lambda: explore.DIMENSIONS,
    "explore.measure.{}": lambda: explore.INITIATIVE_MEASURES,
    "explore.grens.{}": lambda: ["ja", "nee"],
    "ini.land.{}": lambda: ["NL", "DE"],
    "ini.col.{}": lambda: _first_arguments("col", "data/explore.py"),
    "cbs.error.{}": lambda: _first_arguments("CbsError", "data/cbs.py"),
    "cbs.subject.{}": lambda: ["nabijheid", "inwoners", "iv3"],
    "geo.error.{}": lambda: _first_arguments("BoundaryError", "data/geo.py"),
    "beheer.auth.config.{}": lambda: (
        _first_arguments("ConfigProblem", "components/**/*.py", "data/login.py")
        | _first_arguments("HashFormatError", "data/login.py")
    ),
    "beheer.issue.{}": lambda: _first_arguments("report", "data/**/*.py"),
    "beheer.severity.{}": lambda: ["error", "warning"],
    "beheer.tpl.list.{}": lambda: _first_arguments("add", "data/templates.py", "data/importing/*.py"),
    "beheer.col.{}.{}": lambda: [c for c in _template_columns() if not c[1].startswith(FUNDING_PREFIX)],
    "beheer.col.{}.financiering": lambda: {
        kind for kind, column in _template_columns() if column.startswith(FUNDING_PREFIX)
    },
}


def _expand(pattern: str, value: object) -> str:
    return pattern.format(*(value if isinstance(value, tuple) else (value,)))


def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(".+".join(re.escape(part) for part in pattern.split("{}")))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# --- The files


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_catalogue_parses_as_flat_texts(lang: str):
    parsed = tomllib.loads(catalogue_path(lang).read_text(encoding="utf-8"))
    assert parsed
    assert all(isinstance(text, str) for text in parsed.values())


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_language_has_every_key(lang: str):
    """Completeness is tested, not left to the fallback: no reader meets a Dutch text by mistake."""
    assert sorted(CATALOGUES[DEFAULT_LANGUAGE].keys() - CATALOGUES[lang].keys()) == []
    assert sorted(CATALOGUES[lang].keys() - CATALOGUES[DEFAULT_LANGUAGE].keys()) == []
    assert [key for key, text in CATALOGUES[lang].items() if not text.strip()] == []


def test_placeholders_agree_between_languages():
    differ = [
        (key, lang)
        for key, dutch in CATALOGUES[DEFAULT_LANGUAGE].items()
        for lang in ALL_LANGUAGES
        if _fields(CATALOGUES[lang].get(key, dutch)) != _fields(dutch)
    ]
    assert differ == []


# --- Keys in the code


def test_the_scan_finds_keys_of_every_kind():
    assert {"demo.banner", "overzicht.title", "sidebar.year"} <= SCAN.called.keys()
    assert {"filter.{}", "term.{}.{}", "indicator.{}.{}", "{}.help"} <= SCAN.patterns.keys()
    assert SCAN.looped["beheer.log.col.{}"] >= {"id", "when", "undone"}


def test_every_literal_key_exists():
    missing = {key: sorted(files) for key, files in SCAN.called.items() if key not in TEXTS}
    looks_like_key = {
        value: sorted(files)
        for value, files in SCAN.literals.items()
        if KEY_LIKE.fullmatch(value) and value.split(".")[0] in PARTS and value not in TEXTS
    }
    assert {**missing, **{k: v for k, v in looks_like_key.items() if k not in NOT_KEYS}} == {}


def test_every_key_pattern_is_declared():
    undeclared = {
        pattern: sorted(files)
        for pattern, files in SCAN.patterns.items()
        if pattern not in FAMILIES and pattern not in SCAN.looped and pattern not in NOT_KEY_PATTERNS
    }
    assert undeclared == {}


@pytest.mark.parametrize("pattern", sorted(FAMILIES))
def test_every_value_of_a_family_has_a_key(pattern: str):
    values = list(FAMILIES[pattern]())
    assert values, f"no values found for {pattern!r}"
    assert sorted(_expand(pattern, v) for v in values if _expand(pattern, v) not in TEXTS) == []


def test_every_looped_value_has_a_key():
    missing = [_expand(p, v) for p, values in SCAN.looped.items() if p.split(".")[0] in PARTS for v in values]
    assert [key for key in missing if key not in TEXTS] == []


def test_no_unused_keys():
    patterns = [_regex(p) for p in SCAN.patterns]
    unused = [
        key
        for key in TEXTS
        if key not in SCAN.literals and not any(regex.fullmatch(key) for regex in patterns)
    ]
    assert unused == []


def test_declared_families_are_in_the_code():
    assert sorted(set(FAMILIES) - SCAN.patterns.keys()) == []


# --- The one fallback rule


def test_a_missing_text_falls_back_to_dutch(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(CATALOGUES["nl"], "test.only_dutch", "Jaar {year}")
    assert translate("test.only_dutch", "de", year=2024) == "Jaar 2024"
    assert translate("test.only_dutch", "en", year=2024) == "Jaar 2024"
    assert translate("app.title", "de") == "Kulturdashboard Twente"


def test_an_unknown_language_reads_dutch():
    assert translate("app.title", "fr") == translate("app.title", "nl")


def test_a_key_not_even_in_dutch_is_an_error():
    with pytest.raises(KeyError):
        translate("test.nowhere", "de")


def test_german_readers_get_german_names_and_definitions():
    """Terms and indicators read the catalogue too, with the same rule: German where it exists."""
    heritage = reference.DISCIPLINE_BY_CODE["erfgoed"]
    assert (heritage.name("nl"), heritage.name("en"), heritage.name("de")) == (
        "Erfgoed",
        "Heritage",
        "Kulturerbe",
    )
    participation = INDICATORS[0]
    assert (
        participation.name("de")
        == CATALOGUES["de"]["indicator.cultuurdeelname.name"]
        == "Kulturelle Teilhabe"
    )
    assert participation.definition("de").startswith("Anteil der Einwohner")
    assert story.indicator_name(participation, "de") == "Kulturelle Teilhabe"
    assert set(participation.series_break_notes("de")) == {2021}
    assert participation.series_break_notes("de")[2021] != participation.series_break_notes("nl")[2021]


def test_dynamic_page_keys_exist():
    for page in ROOT.glob("app_pages/*.py"):
        if page.stem != "__init__":
            assert f"page.{page.stem}" in TEXTS
