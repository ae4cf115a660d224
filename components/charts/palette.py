"""Every colour the app draws with: one place, so a theme has one colour on every page and slide.

Okabe-Ito for the three themes (told apart by colour-blind readers and on a projector);
ColorBrewer for sequential and diverging data; dark inks for text on white.
"""

from __future__ import annotations

# The three themes of the cultuurprofiel (data.reference.THEMES), everywhere.
THEME_COLOURS: dict[str, str] = {
    "tijd_ruimte": "#0072B2",
    "traditie_innovatie": "#E69F00",
    "grenzeloos": "#009E73",
}
# Categories without an order of their own (Verkennen's series): Okabe-Ito in full.
CATEGORY_PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)  # fmt: skip

# Reference lines and the municipality in focus.
TWENTE_COLOUR = "#d95f02"  # ColorBrewer Dark2: distinct from the blues for all colour visions
NL_COLOUR = "#595959"
FOCUS_COLOUR = "#1d5a8c"  # also the app's primary colour (.streamlit/config.toml)
SLIDE_FOCUS_COLOUR = "#0b4f8a"  # a shade darker: projectors wash colours out
COMPARE_COLOURS: tuple[str, ...] = ("#7570b3", "#1b9e77", "#e7298a")

# Gaps in the theme coverage.
GAP_FILL = "#fddbc7"
GAP_TEXT = "#67001f"
GAP_LINE = "#b2182b"
DEKKING_SHADES: dict[int, str] = {0: "#c6dbef", 1: "#c6dbef", 2: "#6baed6", 3: "#08519c"}

# Maps.
MISSING_COLOUR = "#bdbdbd"
LABEL_COLOUR = "#111111"
TRANSPARENT = "rgba(0,0,0,0)"
PICK_COLOUR = "#c6dbef"  # one light blue for all: a map to choose from, not a data map
LOCATOR_BACKGROUND = "#e6e6e6"

# Cross-border map and charts.
LINK_COLOUR = "rgba(204, 76, 2, 0.6)"
BORDER_COLOUR = "#b10026"
PLACE_COLOUR = "#252525"
CROSS_COLOUR = "#cc4c02"
OTHER_COLOUR = "#c6dbef"
LEGEND_BACKGROUND = "rgba(255,255,255,0.85)"

# Text, grids and shading.
INK = "#111111"
SOFT_INK = "#333333"
MUTED_INK = "#666666"
KEY_NUMBER_INK = "#0b3d66"
DEMO_INK = "#7a0000"
GRID = "#d0d0d0"
LIGHT_GRID = "#e5e5e5"
GUIDE_LINE = "#999999"

# The clickable pictures' tips and highlights (components/widgets/clickable_picture.py).
PAPER = "#ffffff"
TIP_SHADOW = "rgba(0, 0, 0, 0.25)"
ROW_HIGHLIGHT = "#eef3f8"
