"""The small map of an inspiring example: where it works, as pure functions (keyword-only, ``go.Figure`` out).

It is the Grenzeloos map (``components/charts/grenzeloos.py``) for one initiative: the
example's municipalities in its theme's colour among the 14 of Twente, the German
districts of its partners shaded lightly, its German partners as points with their
place names, a line from each of its municipalities to each partner place, and the
border.  The view is fitted to Twente and those districts only, so the map stays small.
Every name from the data is HTML-escaped (plotly draws hover and label text as HTML).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from components.charts.grenzeloos import ROLE_GEMEENTEN, ROLE_KREISE, crossborder_map_figure
from components.charts.maps import geo_layout, geojson_bounds, map_label_trace, twente_label_positions
from components.charts.palette import LOCATOR_BACKGROUND, OTHER_COLOUR, THEME_COLOURS
from data.i18n import translate
from data.reference import GEMEENTEN, GERMAN_PLACE_BY_NAME, KREIS_NAMES

EXAMPLE_MAP_HEIGHT = 300
# Trace role (``meta``) of the example's own municipalities' names, for the browser test.
ROLE_EXAMPLE_LABELS = "voorbeeld-namen"
EXAMPLE_MAP_META = "voorbeeld-kaart"


def german_partners(partners: pd.DataFrame) -> pd.DataFrame:
    """The German partners with a position: stored, else the reference place's; others left out."""
    german = partners[partners["land"] == "DE"].copy()
    for column in ("lat", "lon"):
        known = {name: getattr(place, column) for name, place in GERMAN_PLACE_BY_NAME.items()}
        german[column] = pd.to_numeric(german[column], errors="coerce").fillna(german["plaats"].map(known))
    return german.dropna(subset=["lat", "lon"])


def _frames(*, name: str, gemeenten: Sequence[str], partners: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The Grenzeloos map's frames for one initiative (its builder escapes every name)."""
    mine = set(gemeenten)
    municipalities = pd.DataFrame(
        {
            "gemeente_code": [g.code for g in GEMEENTEN],
            "gemeente": [g.naam for g in GEMEENTEN],
            "grensoverschrijdend": [int(g.code in mine) for g in GEMEENTEN],
            "aandeel": [None] * len(GEMEENTEN),
        }
    )
    german = german_partners(partners)
    places = (
        german.groupby("plaats", sort=True)
        .agg(
            kreis_code=("kreis_code", "first"),
            lat=("lat", "first"),
            lon=("lon", "first"),
            organisaties=("naam", lambda names: [str(n) for n in names]),
        )
        .reset_index()
    )
    places["kreis"] = [KREIS_NAMES.get(str(code), str(code)) for code in places["kreis_code"]]
    places["initiatieven"] = 1
    places["plaats"] = [str(p) for p in places["plaats"]]
    in_districts = set(places["kreis_code"].astype(str))
    districts = pd.DataFrame(
        {
            "kreis_code": list(KREIS_NAMES),
            "kreis": list(KREIS_NAMES.values()),
            "initiatieven": [int(code in in_districts) for code in KREIS_NAMES],
        }
    )
    names = dict(zip(municipalities["gemeente_code"], municipalities["gemeente"], strict=True))
    links = pd.DataFrame(
        [
            {
                "gemeente_code": code,
                "gemeente": names[code],
                "plaats": place.plaats,
                "kreis": place.kreis,
                "lat": place.lat,
                "lon": place.lon,
                "initiatieven": 1,
                "namen": [name],
            }
            for code in gemeenten
            if code in names
            for place in places.itertuples(index=False)
        ],
        columns=["gemeente_code", "gemeente", "plaats", "kreis", "lat", "lon", "initiatieven", "namen"],
    )
    return {"gemeenten": municipalities, "districts": districts, "places": places, "links": links}


def example_map_figure(
    *,
    name: str,
    theme: str,
    gemeenten: Sequence[str],
    partners: pd.DataFrame,
    twente_geojson: dict[str, Any],
    twente_labels: pd.DataFrame,
    german_geojson: dict[str, Any],
    border: Sequence[Sequence[tuple[float, float]]],
    lang: str,
    height: int = EXAMPLE_MAP_HEIGHT,
    font_size: int = 11,
) -> go.Figure:
    """Where one example works: its municipalities highlighted, its German partners as points.

    ``gemeenten`` are CBS codes; ``partners`` has naam, land, plaats, kreis_code, lat, lon
    (``data.cocreation.examples``).  Dutch partners have no point: their place is a municipality.
    """
    frames = _frames(name=name, gemeenten=gemeenten, partners=partners)
    figure = crossborder_map_figure(
        twente_geojson=twente_geojson,
        german_geojson=german_geojson,
        gemeenten=frames["gemeenten"],
        districts=frames["districts"],
        links=frames["links"],
        places=frames["places"],
        origins=twente_labels,
        border=border,
        district_labels=None,
        lang=lang,
        height=height,
    )
    colour = THEME_COLOURS.get(theme, OTHER_COLOUR)
    works_here = translate("voorbeelden.map.works_here", lang)
    figure.update_traces(
        selector={"meta": ROLE_GEMEENTEN},
        colorscale=[[0, LOCATOR_BACKGROUND], [1, colour]],
        zmin=0,
        zmax=1,
        showscale=False,
        text=[
            f"<b>{g}</b><br>{works_here}" if on else f"{g}"
            for g, on in zip(
                frames["gemeenten"]["gemeente"], frames["gemeenten"]["grensoverschrijdend"], strict=True
            )
        ],
        marker={"opacity": 1},
    )
    figure.update_traces(
        selector={"meta": ROLE_KREISE},
        colorscale=[[0, LOCATOR_BACKGROUND], [1, OTHER_COLOUR]],
        zmin=0,
        zmax=1,
        text=frames["districts"]["kreis"].tolist(),
        marker={"opacity": 1},
    )
    figure.update_traces(
        selector={"type": "scattergeo", "mode": "markers+text"}, textfont={"size": font_size}
    )
    shown = twente_labels[twente_labels["code"].isin(set(gemeenten))]
    if len(shown):
        labels = map_label_trace(labels=shown, font_size=font_size, position=twente_label_positions(shown))
        labels.meta = ROLE_EXAMPLE_LABELS
        figure.add_trace(labels)
    partner_districts = set(frames["places"]["kreis_code"].astype(str))
    districts = {
        "type": "FeatureCollection",
        "features": [
            f for f in german_geojson["features"] if str(f["properties"].get("code")) in partner_districts
        ],
    }
    figure.update_layout(
        geo=geo_layout(bounds=geojson_bounds(twente_geojson, districts), margin=0.04),
        showlegend=False,
        meta=EXAMPLE_MAP_META,
        font={"size": font_size},
    )
    return figure
