"""Thema's charts are pure functions: frames in, figures out, also for the gaps real data has."""

import pandas as pd

from components.charts.themas import target_group_figure
from data.reference import TARGET_GROUPS, THEMES


def test_target_groups_no_initiative_serves_are_drawn_as_zero_not_a_crash():
    """Real data: one theme reaches one group, the other themes nobody (was a TypeError in pandas 3)."""
    frame = pd.DataFrame({"thema": ["tijd_ruimte"], "doelgroep": ["jeugd"], "aantal": [3]})
    figure = target_group_figure(frame=frame, lang="nl")
    assert [trace.name for trace in figure.data] == [t.nl for t in THEMES]
    by_theme = {trace.name: dict(zip(trace.y, trace.x, strict=True)) for trace in figure.data}
    youth = next(g.nl for g in TARGET_GROUPS if g.code == "jeugd")
    assert by_theme["Tijd en ruimte"][youth] == 3
    assert sum(by_theme["Tijd en ruimte"].values()) == 3
    assert sum(by_theme["Grenzeloos Twente"].values()) == 0
    assert len(by_theme["Grenzeloos Twente"]) == len(TARGET_GROUPS)
