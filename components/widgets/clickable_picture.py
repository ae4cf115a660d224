"""A server-drawn picture (``components/charts/clickable_svg.py``) with hover tips and clicks.

The maps and rankings that readers click were plotly charts, so every page with one made
a first visit fetch and run plotly.js; this component's own script is a few lines and
Streamlit's loader for it 15 KB (issue 18, bench/RESULTS.md).  The picture arrives as
markup the server built with every text escaped; the script only shows an area's tip on
hover or keyboard focus and reports a click, Enter or Space on it as a trigger value.
Map names keep their screen size at any width, as plotly's did.
"""

from __future__ import annotations

import hashlib
from string import Template

from streamlit.components.v2 import component

from components.charts.palette import (
    FOCUS_COLOUR,
    GUIDE_LINE,
    INK,
    LEGEND_BACKGROUND,
    MUTED_INK,
    PAPER,
    ROW_HIGHLIGHT,
    TIP_SHADOW,
)

TRIGGER = "gemeente"

_CSS = Template("""
.cdt-picture { position: relative; }
.cdt-picture svg { display: block; width: 100%; height: auto; max-height: var(--cdt-max-height); }
.cdt-picture .cdt-name {
  font-size: calc(var(--cdt-unit, 1) * 12px); stroke-width: calc(var(--cdt-unit, 1) * 3px);
}
.cdt-picture .cdt-name.cdt-place { font-size: calc(var(--cdt-unit, 1) * 10px); }
.cdt-picture .cdt-name.cdt-district { font-size: calc(var(--cdt-unit, 1) * 11px); font-style: italic; }
.cdt-picture .cdt-legend svg { max-width: 320px; margin: 0.25rem auto 0; }
.cdt-picture[data-clickable] .cdt-item { cursor: pointer; }
.cdt-picture .cdt-item:focus { outline: none; }
.cdt-picture .cdt-item:focus-visible { outline: 2px solid $focus; outline-offset: 1px; }
.cdt-picture .cdt-item:hover path, .cdt-picture .cdt-item:focus-visible path {
  stroke: $ink; stroke-width: 2.4;
}
.cdt-picture .cdt-tip {
  position: absolute; z-index: 5; pointer-events: none; display: none;
  max-width: 16rem; padding: 0.3rem 0.5rem; border-radius: 0.25rem;
  background: $paper; color: $ink; border: 1px solid $guide;
  box-shadow: 0 1px 4px $shadow; font-size: 0.85rem; line-height: 1.35;
}
.cdt-picture .cdt-tip div:first-child { font-weight: 600; }
.cdt-ranking { font-size: 0.8rem; color: $ink; }
.cdt-rows { position: relative; }
.cdt-ranking [data-row], .cdt-lines { display: flex; align-items: stretch; height: 1.55rem; }
.cdt-ranking [data-row]:hover, .cdt-ranking [data-row]:focus-visible { background: $highlight; }
.cdt-rname {
  flex: 0 0 var(--cdt-names, 7.5rem); padding-right: 0.45rem;
  text-align: right; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; align-self: center;
}
.cdt-track { position: relative; flex: 1 1 auto; margin-right: var(--cdt-room); }
.cdt-negative .cdt-track { margin-left: var(--cdt-room); }
.cdt-bar { position: absolute; top: 0.2rem; bottom: 0.2rem; background: $focus; z-index: 0; }
.cdt-value {
  position: absolute; top: 50%; transform: translateY(-50%); white-space: nowrap; z-index: 2;
  padding: 0 0.2rem; background: $veil;
}
.cdt-lines { position: absolute; inset: 0; height: auto; pointer-events: none; }
.cdt-ref, .cdt-zero { position: absolute; top: 0; bottom: 0; z-index: 1; }
.cdt-zero { border-left: 1px solid $guide; }
.cdt-keys {
  display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; font-size: 0.75rem;
  margin: 0.35rem 0 0 var(--cdt-names, 7.5rem);
}
.cdt-key > span { display: inline-block; width: 1.4rem; margin-right: 0.3rem; vertical-align: middle; }
.cdt-unit { color: $muted; }
""").substitute(
    focus=FOCUS_COLOUR,
    ink=INK,
    paper=PAPER,
    guide=GUIDE_LINE,
    shadow=TIP_SHADOW,
    highlight=ROW_HIGHLIGHT,
    veil=LEGEND_BACKGROUND,
    muted=MUTED_INK,
)

# The component's script: trusted code of ours, never data.  It is called again with new
# ``data`` on every run, so it builds its elements once and keeps one set of listeners.
_JS = """
export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let root = parentElement.querySelector(".cdt-picture");
  if (!root) {
    root = document.createElement("div");
    root.className = "cdt-picture";
    root.innerHTML = '<div class="cdt-layouts"></div><div class="cdt-legend"></div>'
      + '<div class="cdt-tip" role="tooltip"></div>';
    parentElement.appendChild(root);
    const tip = root.querySelector(".cdt-tip");
    const item = (event) => event.target.closest && event.target.closest(".cdt-item");
    const show = (element, x, y) => {
      tip.replaceChildren(...element.dataset.tip.split("\\n").map((line) => {
        const row = document.createElement("div");
        row.textContent = line;
        return row;
      }));
      tip.style.display = "block";
      const box = root.getBoundingClientRect();
      const left = Math.min(Math.max(x - box.left + 14, 0), Math.max(box.width - tip.offsetWidth, 0));
      const below = y - box.top + 14;
      const top = below + tip.offsetHeight > box.height ? y - box.top - tip.offsetHeight - 10 : below;
      tip.style.left = left + "px";
      tip.style.top = Math.max(top, 0) + "px";
    };
    const hide = () => { tip.style.display = "none"; };
    const pick = (element) => {
      if (root.dataset.clickable !== undefined && root.report) root.report(element.dataset.code);
    };
    // A pointer over an item shows its tip; so does a tap, which moves no pointer (a tablet).
    const point = (event) => {
      const element = item(event);
      if (element) show(element, event.clientX, event.clientY); else hide();
    };
    root.addEventListener("pointermove", point);
    root.addEventListener("pointerdown", point);
    root.addEventListener("pointerleave", hide);
    root.addEventListener("focusin", (event) => {
      const element = item(event);
      if (!element) return;
      const box = element.getBoundingClientRect();
      show(element, box.left + box.width / 2, box.top + box.height / 2);
    });
    root.addEventListener("focusout", hide);
    root.addEventListener("click", (event) => { const element = item(event); if (element) pick(element); });
    // Map names keep their screen size at any width, as plotly's did (clickable_svg.NAME_SIZE).
    const scaleNames = () => root.querySelectorAll(".cdt-layouts svg").forEach((svg) => {
      const box = svg.viewBox.baseVal;
      const drawn = svg.getBoundingClientRect();
      if (!box || !box.width || !drawn.width) return;
      const scale = Math.min(drawn.width / box.width, drawn.height / box.height);
      svg.style.setProperty("--cdt-unit", (1 / scale).toFixed(4));
      // A name that would run into one written before it is left out (the tip still has it):
      // on a phone the cross-border map has more names than room.
      const kept = [];
      for (const name of svg.querySelectorAll(".cdt-name")) {
        name.style.display = "";
        const r = name.getBoundingClientRect();
        if (kept.some((k) => r.left < k.right && k.left < r.right && r.top < k.bottom && k.top < r.bottom)) {
          name.style.display = "none";
        } else {
          kept.push(r);
        }
      }
    });
    root.scaleNames = scaleNames;
    new ResizeObserver(scaleNames).observe(root);
    root.addEventListener("keydown", (event) => {
      const element = item(event);
      if (element && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); pick(element); }
    });
  }
  root.report = (code) => setTriggerValue("%(trigger)s", code);
  root.style.setProperty("--cdt-max-height", data.max_height + "px");
  if (data.clickable) root.dataset.clickable = ""; else delete root.dataset.clickable;
  if (root.dataset.digest !== data.digest) {
    root.querySelector(".cdt-layouts").innerHTML = data.markup;
    root.querySelector(".cdt-legend").innerHTML = data.legend || "";
    root.querySelector(".cdt-tip").style.display = "none";
    root.dataset.digest = data.digest;
    root.scaleNames();
  }
}
""".replace("%(trigger)s", TRIGGER)

_PICTURE = component("cultuurdashboard.clickable_picture", css=_CSS, js=_JS)


def clickable_picture(
    *, markup: str, key: str, max_height: int, clickable: bool, legend: str = ""
) -> str | None:
    """Shows the picture; returns the code of the municipality clicked in this run, if any.

    ``markup`` and ``legend`` are built on the server with every text escaped
    (``clickable_svg``): the component puts them into the page as they are.
    """
    digest = hashlib.blake2b(f"{markup}\x00{legend}".encode(), digest_size=12).hexdigest()
    payload = {
        "markup": markup,
        "legend": legend,
        "max_height": max_height,
        "clickable": clickable,
        "digest": digest,
    }
    result = _PICTURE(data=payload, key=key, **{f"on_{TRIGGER}_change": _ignore})
    code = getattr(result, TRIGGER, None)
    return str(code) if clickable and code else None


def _ignore() -> None:
    """A trigger needs a callback to be reported; the caller acts on the returned code."""
