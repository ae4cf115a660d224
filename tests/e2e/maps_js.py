"""What the browser actually drew on the app's SVG geo maps, read from the page.

A drawn area is a ``path.choroplethlocation`` with a size; its datum names the area's
code (``loc``).  Shared by the browser tests, so each asks the same question.
"""

# The page's first geo map as ``plot``: the opening line of the functions below.
FIRST_MAP = """  const plot = [...document.querySelectorAll('.js-plotly-plot')]
    .find(p => p._fullLayout && p._fullLayout.geo);
"""

# Per geo map on the page, in page order: how many distinct areas it drew.
DRAWN_AREAS_JS = """() => [...document.querySelectorAll('.js-plotly-plot')]
  .filter(p => p._fullLayout && p._fullLayout.geo)
  .map(p => new Set([...p.querySelectorAll('path.choroplethlocation')]
    .filter(e => { const b = e.getBBox(); return b.width > 0 && b.height > 0; })
    .map(e => e.__data__.loc)).size)"""

# Areas drawn on the first map of the page (0 while none is drawn).
FIRST_MAP_AREAS_JS = f"() => ({DRAWN_AREAS_JS})()[0] || 0"

# The names written on the first map (SVG text of its text traces).
MAP_LABELS_JS = (
    "() => {\n"
    + FIRST_MAP
    + """  return plot ? [...plot.querySelectorAll('g.trace.scattergeo text')].map(e => e.textContent) : [];
}"""
)

# Viewport pixel of [lon, lat] on the first map, through the map's own projection.
PIXEL_OF_JS = (
    "([lon, lat]) => {\n"
    + FIRST_MAP
    + """  const geo = plot._fullLayout.geo._subplot;
  const [x, y] = geo.projection([lon, lat]);
  const point = new DOMPoint(x, y).matrixTransform(geo.framework.node().getScreenCTM());
  return [point.x, point.y];
}"""
)
