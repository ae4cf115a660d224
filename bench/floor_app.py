"""The floor for bench/page_bench.py: a bare Streamlit page with one plotly map of Twente.

What any Streamlit page with one map pays: Streamlit's own start, plotly.js and one
``go.Choropleth`` of the 14 municipalities from the shipped boundaries, drawn the way
the app draws its maps (an SVG ``geo`` subplot in Mercator fitted to the areas, no base
map, ``topojsonURL`` pointing at the empty base map served from ``static/``).  Nothing
of the app itself is imported, so the floor stays the same whatever the app does.

``bench/page_bench.py`` copies this file as ``app.py`` into a folder of its own with
the project's ``static/`` and a ``.streamlit/config.toml`` like the app's, and starts it
with ``bench/harness.live_server``, which names the boundary folder in ``CULTUUR_GEO_DIR``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

GEO_FILE = "twente_gemeenten_2015.geojson"


def _geojson() -> dict:
    folder = os.environ.get("CULTUUR_GEO_DIR") or str(Path(__file__).resolve().parent.parent / "data" / "geo")
    return json.loads((Path(folder) / GEO_FILE).read_text(encoding="utf-8"))


@st.cache_resource
def floor_figure() -> go.Figure:
    geojson = _geojson()
    features = geojson["features"]
    codes = [f["properties"]["code"] for f in features]
    points = [
        point
        for feature in features
        for polygon in (
            [feature["geometry"]["coordinates"]]
            if feature["geometry"]["type"] == "Polygon"
            else feature["geometry"]["coordinates"]
        )
        for ring in polygon
        for point in ring
    ]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    figure = go.Figure(
        go.Choropleth(
            geojson=geojson,
            featureidkey="properties.code",
            locations=codes,
            z=list(range(len(codes))),
            text=[f["properties"]["naam"] for f in features],
            hovertemplate="%{text}: %{z}<extra></extra>",
            colorscale="YlGnBu",
            marker={"line": {"color": "white", "width": 1}},
        )
    )
    figure.update_layout(
        geo={
            "visible": False,
            "projection": {"type": "mercator"},
            "lonaxis": {"range": [west, east]},
            "lataxis": {"range": [south, north]},
            "center": {"lon": (west + east) / 2, "lat": (south + north) / 2},
        },
        dragmode="orbit",
        height=540,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
    )
    return figure


st.set_page_config(page_title="Floor", layout="wide")
st.title("Twente")
st.plotly_chart(
    floor_figure(), config={"displaylogo": False, "scrollZoom": False, "topojsonURL": "app/static/"}
)
