"""Server CPU per run (issue 18 item 4): a warm run or a second session builds nothing again.

Each test empties one cache, puts a counting spy on the pure builder behind it, runs a
page twice (a rerun, then a new session at the same choices) and counts the builds.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from components import cache
from components.views import grenzeloos as grenzeloos_view
from components.views import kaart as kaart_view
from components.views import verkennen as verkennen_view
from components.widgets import map_panel
from data import cocreation, queries
from tests.conftest import clickable_pictures, picture_items, plotly_figures

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("app_env")


def open_page(page: str | None = None, **query: str) -> AppTest:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for name, value in query.items():
        app.query_params[name] = value
    app.run()
    if page:
        app.switch_page(f"app_pages/{page}.py").run()
    assert not app.exception, app.exception
    return app


def spy(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[tuple]:
    """Count the calls of ``module.name`` (its arguments, one tuple per call)."""
    calls: list[tuple] = []
    builder: Callable[..., Any] = getattr(module, name)

    @functools.wraps(builder)
    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append((args, kwargs))
        return builder(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def run_twice_and_again(page: str, **query: str) -> tuple[AppTest, AppTest]:
    """The page, a rerun of it, and the page in a second session."""
    first = open_page(page, **query)
    first.run()
    assert not first.exception, first.exception
    return first, open_page(page, **query)


def test_the_sidebar_reads_its_opening_year_once_per_data_version(monkeypatch: pytest.MonkeyPatch):
    cache.default_year.clear()
    open_page()
    calls = spy(monkeypatch, queries, "indicator_years")
    second = open_page()  # a new session seeds the sidebar year again
    assert calls == [], "the default year comes from the cache, not from a query per session"
    assert second.sidebar.selectbox[0].value == cache.default_year(cache.data_version())


def test_kaart_builds_its_ranking_once_per_view(monkeypatch: pytest.MonkeyPatch):
    kaart_view.ranking_markup.clear()
    calls = spy(monkeypatch, kaart_view, "ranking_html")
    first, second = run_twice_and_again("kaart")
    assert len(calls) == 1, "built on the first run only; the rerun and the second session reuse it"
    for app in (first, second):
        ranking = clickable_pictures(app)["kaart_bar"]
        assert len(picture_items(ranking)) == 14, "every municipality has its bar"
        assert "Twente " in ranking, "with Twente's reference line"
        assert "Nederland " in ranking, "and the Netherlands'"


def test_kaart_builds_its_map_once_per_view(monkeypatch: pytest.MonkeyPatch):
    map_panel.indicator_map_markup.clear()
    calls = spy(monkeypatch, map_panel, "areas_svg")
    first, second = run_twice_and_again("kaart")
    clickable = [kwargs for _, kwargs in calls if kwargs["selectable"]]  # Overzicht's map only shows
    assert len(clickable) == 1
    assert clickable_pictures(first)["kaart_map"] == clickable_pictures(second)["kaart_map"]


def test_verkennen_builds_its_chart_once_per_question(monkeypatch: pytest.MonkeyPatch):
    verkennen_view.answer_figure.clear()
    calls = spy(monkeypatch, verkennen_view, "pivot_figure")
    first, second = run_twice_and_again("verkennen", rij="jaar", grafiek="line")
    assert len(calls) == 1
    assert plotly_figures(first)
    assert plotly_figures(second)


def test_verkennen_builds_its_opening_bars_once_and_without_plotly(monkeypatch: pytest.MonkeyPatch):
    verkennen_view.answer_bars.clear()
    calls = spy(monkeypatch, verkennen_view, "ranking_html")
    first, second = run_twice_and_again("verkennen")
    assert len(calls) == 1
    for app in (first, second):
        assert not app.get("plotly_chart"), "the opening question's bars load no plotly.js"
        assert len(picture_items(clickable_pictures(app)["ver_chart"])) == 14, "a bar per municipality"


def test_grenzeloos_builds_its_map_once_per_filter(monkeypatch: pytest.MonkeyPatch):
    grenzeloos_view.map_markup.clear()
    calls = spy(monkeypatch, grenzeloos_view, "crossborder_map_svg")
    first, second = run_twice_and_again("grenzeloos")
    assert len(calls) == 1
    assert (
        clickable_pictures(first)["grenzeloos_view_map"] == clickable_pictures(second)["grenzeloos_view_map"]
    )


def test_presenteren_builds_its_story_once_per_choice(monkeypatch: pytest.MonkeyPatch):
    cache.story.clear()
    calls = spy(monkeypatch, cache, "build_story")
    run_twice_and_again("presenteren")
    assert len(calls) == 1


def test_a_cached_figure_is_sent_exactly_as_it_was_built(monkeypatch: pytest.MonkeyPatch):
    """The figure cache keeps figures with plain lists (cheap to send on every rerun); what
    reaches the browser is still, value for value, the figure the builder drew."""
    verkennen_view.answer_figure.clear()
    built: list[dict] = []
    builder = verkennen_view.pivot_figure

    def keeping(*args: Any, **kwargs: Any) -> Any:
        figure = builder(*args, **kwargs)
        built.append(json.loads(figure.to_json()))
        return figure

    monkeypatch.setattr(verkennen_view, "pivot_figure", keeping)
    _first, second = run_twice_and_again("verkennen", rij="jaar", grafiek="line")
    assert len(built) == 1
    assert plotly_figures(second) == built


def test_figures_ready_to_send_hold_no_numpy_arrays_and_mean_the_same():
    names = np.array(["Enschede", "Gronau <b>", None], dtype=object)
    figure = go.Figure(go.Bar(x=names, y=np.array([1.5, 2, 3]), customdata=names))
    ready = cache.ready_to_send((figure, {"map": figure}, None))
    assert ready[2] is None
    for sent in (ready[0], ready[1]["map"]):
        assert json.loads(sent.to_json()) == json.loads(figure.to_json())
        trace = sent.data[0].to_plotly_json()
        assert not any(isinstance(value, np.ndarray) for value in trace.values())


def test_voorbeelden_reads_its_examples_once_until_one_is_marked(monkeypatch: pytest.MonkeyPatch):
    cache._examples.clear()
    calls = spy(monkeypatch, cocreation, "examples")
    run_twice_and_again("voorbeelden")
    assert len(calls) == 1, "the rerun and the second session reuse the examples"
    monkeypatch.setattr(cache, "examples_stamp", lambda: "an example was marked just now")
    open_page("voorbeelden")
    assert len(calls) == 2, "a marked, changed or unmarked example shows at once"
