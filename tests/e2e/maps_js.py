"""What the browser actually drew on the app's maps, read from the page.

Two kinds of map: plotly ``geo`` maps (a drawn area is a ``path.choroplethlocation`` whose
datum names the area's code, ``loc``; names are the text of its scattergeo traces) and
the server-drawn clickable maps (``components/widgets/clickable_picture.py``: an area is
a ``.cdt-item`` with its ``data-code``, names are ``.cdt-name``, inside the component's
shadow root).  Shared by the browser tests, so each asks the same question of both.
"""

# ``maps``: every map on the page in page order, each as {node, plotly, areas, names}
# (areas: [code, element] pairs; names: text elements), for the functions below.
MAPS = """  const maps = [...document.querySelectorAll('.js-plotly-plot, [data-testid^="stBidiComponent"]')]
    .map(e => {
      if (e.classList.contains('js-plotly-plot')) {
        if (!(e._fullLayout && e._fullLayout.geo)) return null;
        return {node: e, plotly: true,
                areas: [...e.querySelectorAll('path.choroplethlocation')].map(a => [a.__data__.loc, a]),
                names: [...e.querySelectorAll('g.trace.scattergeo text')]};
      }
      const svg = e.shadowRoot && e.shadowRoot.querySelector('.cdt-layouts svg');
      if (!svg) return null;
      return {node: svg, plotly: false,
              areas: [...svg.querySelectorAll('.cdt-item > path')]
                .map(a => [a.parentElement.dataset.code, a]),
              names: [...svg.querySelectorAll('.cdt-name')]};
    })
    .filter(Boolean);
"""

# Per map on the page, in page order: how many distinct areas it drew.
DRAWN_AREAS_JS = (
    "() => {\n"
    + MAPS
    + """  return maps.map(m => new Set(m.areas
    .filter(([, e]) => { const b = e.getBBox(); return b.width > 0 && b.height > 0; })
    .map(([code]) => code)).size);
}"""
)

# Areas drawn on the first map of the page (0 while none is drawn).
FIRST_MAP_AREAS_JS = f"() => ({DRAWN_AREAS_JS})()[0] || 0"

# The names written on the first map.
MAP_LABELS_JS = (
    "() => {\n"
    + MAPS
    + """  return maps.length ? maps[0].names.map(e => e.textContent) : [];
}"""
)
