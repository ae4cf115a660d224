"""The slide story of the Presenteren page: which slides, their titles and key numbers.

Each slide carries one message as its title, written from the data ("Cultuurdeelname
in Twente steeg van 61% naar 85% sinds 2021"), the key numbers behind it (shown large
and read out from the speaker notes), a source line, and the frames a chart needs.
A slide whose data is missing is left out, so a deck never shows an empty chart.
No Streamlit and no plotly here: the page, the slide view and the exports all read
the same :class:`Slide` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from data import cocreation, coverage, crossborder, explore, profile, queries
from data.filters import InitiativeFilter
from data.formatting import format_difference, format_euro, format_number, format_value
from data.i18n import translate
from data.indicators import HEADLINE_INDICATOR, INDICATOR_BY_CODE, INDICATORS, Indicator
from data.reference import GEMEENTE_BY_CODE, GEMEENTEN, THEME_BY_CODE, THEMES
from data.years import year_span

Connection = duckdb.DuckDBPyConnection

# The default deck, in its order.
DEFAULT_KINDS: tuple[str, ...] = (
    "kerncijfers",
    "deelname",
    "themas",
    "gaten",
    "grenzeloos",
    "focus",
    "initiatieven",
    "bronnen",
)
# A slide set: one slide per inspiring example (issue 17), chosen like any slide, not in the default.
EXAMPLE_KIND = "voorbeelden"
# Every kind a deck can be made of (the page's choice and the URL's ``dias``).
SLIDE_KINDS: tuple[str, ...] = (*DEFAULT_KINDS, EXAMPLE_KIND)
# Slides whose message is a chart; the others show their numbers and lines as text.
CHART_KINDS: frozenset[str] = frozenset({"deelname", "themas", "gaten", "grenzeloos", "focus", EXAMPLE_KIND})
MAX_EXAMPLE_SLIDES = 20
MAX_EXAMPLE_PARTNER_LINES = 6
DEFAULT_FOCUS = "GM0153"  # Enschede, the largest municipality
MAX_GAP_LINES = 6
HIGHLIGHT_COUNT = 3


@dataclass(frozen=True)
class KeyNumber:
    label: str
    value: str


@dataclass(frozen=True)
class Slide:
    """One slide: its message (title), context line, key numbers, lines, source and data."""

    kind: str
    title: str
    subtitle: str
    numbers: tuple[KeyNumber, ...] = ()
    lines: tuple[str, ...] = ()
    source: str = ""
    subject: str = ""  # the focus municipality's name on its slide; an example's initiative id
    frames: dict[str, pd.DataFrame] = field(default_factory=dict, compare=False)
    story: str = ""  # an example's story: read out from the speaker notes, not shown on the slide

    @property
    def has_chart(self) -> bool:
        return self.kind in CHART_KINDS

    def notes(self) -> str:
        """Speaker notes: the context line, then every key number and line to read out."""
        parts = [self.story, self.subtitle, *(f"{n.label}: {n.value}" for n in self.numbers), *self.lines]
        if self.source:
            parts.append(self.source)
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class StorySettings:
    year: int
    focus: str
    lang: str
    demo: bool


def _t(key: str, s: StorySettings, **values: object) -> str:
    return translate(key, s.lang, **values)


def indicator_name(indicator: Indicator, lang: str) -> str:
    """The indicator's name in ``lang`` (German readers get the German one)."""
    return indicator.name(lang)


def _year_filter(year: int) -> InitiativeFilter:
    return InitiativeFilter(year_from=year, year_to=year)


def _percent(share: float | None, lang: str) -> str:
    return "–" if share is None else f"{format_number(share * 100, 0, lang)}%"


def _initiatives_source(s: StorySettings) -> str:
    return _t("presenteren.source.initiatives", s)


# --- Twente in numbers --------------------------------------------------------------------


def kerncijfers_slide(con: Connection, s: StorySettings) -> Slide | None:
    kpis = queries.overview_kpis(con, s.year)
    if kpis.initiatives == 0:
        return None
    numbers = [
        KeyNumber(_t("presenteren.num.initiatives", s), format_number(kpis.initiatives, 0, s.lang)),
        KeyNumber(_t("presenteren.num.participants", s), format_number(kpis.participants, 0, s.lang)),
        KeyNumber(_t("presenteren.num.budget", s), format_euro(kpis.budget, s.lang)),
        KeyNumber(_t("presenteren.num.cross_border_share", s), _percent(kpis.cross_border_share, s.lang)),
    ]
    return Slide(
        kind="kerncijfers",
        title=_t(
            "presenteren.title.kerncijfers",
            s,
            year=s.year,
            n=format_number(kpis.initiatives, 0, s.lang),
            participants=format_number(kpis.participants, 0, s.lang),
        ),
        subtitle=_t("presenteren.sub.kerncijfers", s, year=s.year),
        numbers=tuple(numbers),
        source=_initiatives_source(s),
    )


# --- The headline indicator on the map -----------------------------------------------------


def comparison_start(indicator: Indicator, years: Sequence[int], end: int) -> int:
    """The first year to compare with: the first with data, or the latest series break before ``end``.

    Comparing across a break in the series (a new survey method) would tell a false story.
    """
    breaks = [y for y in indicator.break_years if y <= end and y in years]
    candidates = [y for y in years if y <= end]
    return max(breaks) if breaks else min(candidates)


def _twente_value(con: Connection, indicator: str, year: int) -> float | None:
    frame = queries.indicator_by_gemeente(con, indicator, year)
    value = frame["twente"].iloc[0] if len(frame) else None
    return None if value is None or pd.isna(value) else float(value)


def _deelname_title(
    s: StorySettings, indicator: Indicator, frame: pd.DataFrame, start: tuple[int, float | None], end: int
) -> str:
    name = indicator_name(indicator, s.lang)
    now = frame["twente"].iloc[0]
    first_year, before = start
    if pd.isna(now):
        best = frame.dropna(subset=["waarde"]).iloc[0]
        return _t(
            "presenteren.title.deelname_best",
            s,
            indicator=name,
            year=end,
            gemeente=best["naam"],
            value=format_value(best["waarde"], indicator.unit, s.lang, 0),
        )
    value_now = format_value(now, indicator.unit, s.lang, 0)
    if before is None or first_year == end:
        return _t("presenteren.title.deelname_level", s, indicator=name, value=value_now, year=end)
    value_then = format_value(before, indicator.unit, s.lang, 0)
    if value_then == value_now:
        key = "presenteren.title.deelname_same"
    else:
        key = "presenteren.title.deelname_up" if now > before else "presenteren.title.deelname_down"
    return _t(key, s, indicator=name, start=value_then, end=value_now, since=first_year)


def deelname_slide(con: Connection, s: StorySettings) -> Slide | None:
    indicator = INDICATOR_BY_CODE[HEADLINE_INDICATOR]
    years = queries.indicator_years(con, indicator.code)
    earlier = [y for y in years if y <= s.year]
    if not earlier:
        return None
    end = max(earlier)
    frame = queries.indicator_by_gemeente(con, indicator.code, end)
    known = frame.dropna(subset=["waarde"])
    first_year = comparison_start(indicator, years, end)
    before = _twente_value(con, indicator.code, first_year)
    unit = indicator.unit
    numbers = [
        KeyNumber("Twente", format_value(frame["twente"].iloc[0], unit, s.lang)),
        KeyNumber(
            _t("presenteren.num.netherlands", s), format_value(frame["nederland"].iloc[0], unit, s.lang)
        ),
        KeyNumber(
            _t("presenteren.num.highest", s, gemeente=known.iloc[0]["naam"]),
            format_value(known.iloc[0]["waarde"], unit, s.lang),
        ),
        KeyNumber(
            _t("presenteren.num.lowest", s, gemeente=known.iloc[-1]["naam"]),
            format_value(known.iloc[-1]["waarde"], unit, s.lang),
        ),
    ]
    if before is not None and first_year != end:
        numbers.insert(1, KeyNumber(f"Twente {first_year}", format_value(before, unit, s.lang)))
    return Slide(
        kind="deelname",
        title=_deelname_title(s, indicator, frame, (first_year, before), end),
        subtitle=_t("presenteren.sub.deelname", s, indicator=indicator_name(indicator, s.lang), year=end),
        numbers=tuple(numbers),
        source=f"{indicator.source}; {_t('geo.credit', s)}",
        frames={"map": frame},
    )


# --- Themes: coverage and gaps -------------------------------------------------------------


def theme_reach(matrix: pd.DataFrame) -> dict[str, int]:
    """Per theme: the number of the 14 municipalities with at least one initiative."""
    rows = matrix[matrix["gemeente_code"].str.startswith("GM")]
    return {t.code: int((rows[f"aantal_{t.code}"] > 0).sum()) for t in THEMES}


def _themas_title(s: StorySettings, reach: dict[str, int]) -> str:
    total = len(GEMEENTEN)
    if all(n == total for n in reach.values()):
        return _t("presenteren.title.themas_all", s, total=total)
    ordered = sorted(THEMES, key=lambda t: (-reach[t.code], t.code))
    best, worst = ordered[0], ordered[-1]
    return _t(
        "presenteren.title.themas",
        s,
        best=best.name(s.lang),
        best_n=reach[best.code],
        worst=worst.name(s.lang),
        worst_n=reach[worst.code],
        total=total,
    )


def themas_slide(con: Connection, s: StorySettings) -> Slide | None:
    matrix = coverage.coverage_matrix(con, _year_filter(s.year), "aantal")
    twente = matrix[~matrix["gemeente_code"].str.startswith("GM")].iloc[0]
    if twente[coverage.TOTAL_COLUMN] == 0:
        return None
    reach = theme_reach(matrix)
    numbers = tuple(
        KeyNumber(
            _t(
                "presenteren.num.theme_reach",
                s,
                theme=t.name(s.lang),
                initiatives=format_number(twente[f"aantal_{t.code}"], 0, s.lang),
            ),
            f"{reach[t.code]} / {len(GEMEENTEN)}",
        )
        for t in THEMES
    )
    return Slide(
        kind="themas",
        title=_themas_title(s, reach),
        subtitle=_t("presenteren.sub.themas", s, year=s.year),
        numbers=numbers,
        source=_initiatives_source(s),
        frames={"matrix": matrix},
    )


def gap_lines(scores: pd.DataFrame, lang: str, limit: int = MAX_GAP_LINES) -> list[str]:
    """'Wierden: Grenzeloos Twente' for each municipality missing a theme, weakest first."""
    gaps = scores[scores["ontbrekend"].map(len) > 0]
    lines = [
        f"{row.naam}: {', '.join(THEME_BY_CODE[c].name(lang) for c in row.ontbrekend)}"
        for row in gaps.itertuples(index=False)
    ]
    if len(lines) > limit:
        rest = len(lines) - limit + 1
        lines = [*lines[: limit - 1], translate("presenteren.gaps.more", lang, n=rest)]
    return lines


def _gaten_title(s: StorySettings, scores: pd.DataFrame) -> str:
    gaps = scores[scores["ontbrekend"].map(len) > 0]
    if gaps.empty:
        return _t("presenteren.title.gaten_none", s)
    if len(gaps) == 1:
        row = gaps.iloc[0]
        themes = ", ".join(THEME_BY_CODE[c].name(s.lang) for c in row["ontbrekend"])
        return _t("presenteren.title.gaten_one", s, gemeente=row["naam"], themes=themes)
    missing = pd.Series([c for codes in gaps["ontbrekend"] for c in codes]).value_counts()
    most = THEME_BY_CODE[str(missing.index[0])].name(s.lang)
    return _t("presenteren.title.gaten_many", s, n=len(gaps), theme=most)


def gaten_slide(con: Connection, s: StorySettings) -> Slide | None:
    chosen = _year_filter(s.year)
    matrix = coverage.coverage_matrix(con, chosen, "aantal")
    if matrix[coverage.TOTAL_COLUMN].sum() == 0:
        return None
    scores = coverage.dekking_scores(con, chosen)
    n_gaps = int((scores["ontbrekend"].map(len) > 0).sum())
    weakest = scores.iloc[0]
    numbers = (
        KeyNumber(_t("presenteren.num.gap_gemeenten", s), f"{n_gaps} / {len(GEMEENTEN)}"),
        KeyNumber(
            _t("presenteren.num.weakest", s, gemeente=weakest["naam"]),
            format_number(weakest["score"], 0, s.lang),
        ),
    )
    return Slide(
        kind="gaten",
        title=_gaten_title(s, scores),
        subtitle=_t("presenteren.sub.gaten", s, year=s.year),
        numbers=numbers,
        lines=tuple(gap_lines(scores, s.lang)),
        source=_initiatives_source(s),
        frames={"matrix": matrix},
    )


# --- Grenzeloos -----------------------------------------------------------------------------


def grenzeloos_slide(con: Connection, s: StorySettings) -> Slide | None:
    chosen = _year_filter(s.year)
    kpis = crossborder.crossborder_kpis(con, chosen)
    if kpis.cross_border == 0:
        return None
    numbers = (
        KeyNumber(_t("presenteren.num.cross_border", s), format_number(kpis.cross_border, 0, s.lang)),
        KeyNumber(_t("presenteren.num.cross_border_share", s), _percent(kpis.share, s.lang)),
        KeyNumber(_t("presenteren.num.german_partners", s), format_number(kpis.german_partners, 0, s.lang)),
        KeyNumber(_t("presenteren.num.programme_funding", s), format_euro(kpis.programme_funding, s.lang)),
    )
    return Slide(
        kind="grenzeloos",
        title=_t(
            "presenteren.title.grenzeloos_one" if kpis.cross_border == 1 else "presenteren.title.grenzeloos",
            s,
            n=format_number(kpis.cross_border, 0, s.lang),
            places=format_number(kpis.german_places, 0, s.lang),
            districts=format_number(kpis.german_districts, 0, s.lang),
        ),
        subtitle=_t("presenteren.sub.grenzeloos", s, year=s.year),
        numbers=numbers,
        source=f"{_initiatives_source(s)}; {_t('geo.credit', s)}",
        frames={
            "links": crossborder.links(con, chosen),
            "gemeenten": crossborder.gemeente_totals(con, chosen),
            "districts": crossborder.district_totals(con, chosen),
            "places": crossborder.place_totals(con, chosen),
        },
    )


# --- The focus municipality against Twente --------------------------------------------------


def focus_comparison(con: Connection, gemeente_code: str, year: int) -> pd.DataFrame:
    """The focus municipality and Twente on every percentage indicator, latest year up to ``year``.

    Columns: indicator, jaar, waarde, twente, verschil (one row per indicator with both values).
    """
    rows = []
    for indicator in INDICATORS:
        if indicator.unit != "%":
            continue
        years = [y for y in queries.indicator_years(con, indicator.code) if y <= year]
        if not years:
            continue
        frame = queries.indicator_by_gemeente(con, indicator.code, max(years))
        own = frame[frame["gemeente_code"] == gemeente_code]
        if own.empty or pd.isna(own["waarde"].iloc[0]) or pd.isna(own["twente"].iloc[0]):
            continue
        value, twente = float(own["waarde"].iloc[0]), float(own["twente"].iloc[0])
        rows.append({"indicator": indicator.code, "jaar": max(years), "waarde": value, "twente": twente})
    result = pd.DataFrame(rows, columns=["indicator", "jaar", "waarde", "twente"])
    result["verschil"] = result["waarde"] - result["twente"]
    return result


def _difference_number(row: pd.Series, s: StorySettings) -> KeyNumber:
    indicator = INDICATOR_BY_CODE[row["indicator"]]
    label = f"{indicator_name(indicator, s.lang)} ({int(row['jaar'])})"
    return KeyNumber(label, format_difference(float(row["verschil"]), indicator.unit, s.lang))


def _focus_title(s: StorySettings, naam: str, above: pd.DataFrame, below: pd.DataFrame) -> str:
    if above.empty and below.empty:
        return _t("presenteren.title.focus_even", s, gemeente=naam)
    row = above.iloc[0] if not above.empty else below.iloc[0]
    indicator = INDICATOR_BY_CODE[row["indicator"]]
    amount = format_difference(abs(float(row["verschil"])), indicator.unit, s.lang).lstrip("+")
    key = "presenteren.title.focus_above" if not above.empty else "presenteren.title.focus_below"
    return _t(key, s, gemeente=naam, indicator=indicator_name(indicator, s.lang).lower(), amount=amount)


def focus_slide(con: Connection, s: StorySettings) -> Slide | None:
    gemeente = GEMEENTE_BY_CODE.get(s.focus)
    if gemeente is None:
        return None
    compare = focus_comparison(con, gemeente.code, s.year)
    if compare.empty:
        return None
    above, below = profile.highlights(con, gemeente.code)
    numbers = [_difference_number(r, s) for _, r in above.head(2).iterrows()]
    numbers += [_difference_number(r, s) for _, r in below.head(1).iterrows()]
    key_figures = profile.gemeente_key_figures(con, gemeente.code, s.year)
    numbers.append(
        KeyNumber(
            _t("presenteren.num.focus_initiatives", s, year=s.year),
            format_number(key_figures["initiatives"], 0, s.lang),
        )
    )
    sources = sorted({INDICATOR_BY_CODE[c].source for c in compare["indicator"]})
    return Slide(
        kind="focus",
        title=_focus_title(s, gemeente.naam, above, below),
        subtitle=_t("presenteren.sub.focus", s, gemeente=gemeente.naam),
        numbers=tuple(numbers),
        source="; ".join(sources),
        subject=gemeente.naam,
        frames={"compare": compare},
    )


# --- Highlighted initiatives ---------------------------------------------------------------


def highlighted_initiatives(con: Connection, year: int, count: int = HIGHLIGHT_COUNT) -> pd.DataFrame:
    """The initiatives with the largest reach running in ``year``: one per theme first, then the rest."""
    frame = explore.initiative_list(con, _year_filter(year))
    if frame.empty:
        return frame
    frame = frame.sort_values(["bereik", "naam"], ascending=[False, True])
    first = frame.drop_duplicates("thema")
    rest = frame.drop(first.index)
    return pd.concat([first, rest]).head(count).sort_values("bereik", ascending=False).reset_index(drop=True)


def _initiative_line(row: pd.Series, lang: str) -> str:
    places = ", ".join(GEMEENTE_BY_CODE[c].naam for c in row["gemeenten"] if c in GEMEENTE_BY_CODE)
    return translate(
        "presenteren.initiative.line",
        lang,
        naam=row["naam"],
        theme=THEME_BY_CODE[row["thema"]].name(lang),
        places=places,
        reach=format_number(row["bereik"], 0, lang),
        budget=format_euro(row["budget"], lang),
    )


def initiatieven_slide(con: Connection, s: StorySettings) -> Slide | None:
    chosen = highlighted_initiatives(con, s.year)
    if chosen.empty:
        return None
    total = float(chosen["bereik"].sum())
    return Slide(
        kind="initiatieven",
        title=_t(
            "presenteren.title.initiatieven",
            s,
            n=len(chosen),
            year=s.year,
            reach=format_number(total, 0, s.lang),
        ),
        subtitle=_t("presenteren.sub.initiatieven", s),
        lines=tuple(_initiative_line(row, s.lang) for _, row in chosen.iterrows()),
        source=_initiatives_source(s),
        frames={"initiatives": chosen},
    )


# --- Sources and the demo notice -----------------------------------------------------------


def bronnen_slide(con: Connection, s: StorySettings) -> Slide:
    """Always present: where the numbers come from, and that demo data is fictional."""
    lines = [f"{indicator_name(i, s.lang)}: {i.source}" for i in INDICATORS if i.code == HEADLINE_INDICATOR]
    lines.append(_t("presenteren.source.indicators", s))
    lines.append(_initiatives_source(s))
    lines.append(_t("geo.credit", s))
    if s.demo:
        lines.insert(0, _t("presenteren.demo_notice", s))
    key = "presenteren.title.bronnen_demo" if s.demo else "presenteren.title.bronnen"
    return Slide(
        kind="bronnen",
        title=_t(key, s),
        subtitle=_t("presenteren.sub.bronnen", s, year=s.year),
        lines=tuple(lines),
    )


# --- Inspiring examples: one slide each -----------------------------------------------------


def _partner_lines(partners: pd.DataFrame, lang: str) -> list[str]:
    """'Kunstverein Vreden (Vreden, Duitsland)' per partner, German ones first, capped."""
    lines = [
        translate(
            "presenteren.example.partner",
            lang,
            naam=row.naam,
            plaats=row.plaats,
            land=translate(f"ini.land.{row.land}", lang),
        )
        for row in partners.itertuples(index=False)
    ]
    if len(lines) > MAX_EXAMPLE_PARTNER_LINES:
        rest = len(lines) - MAX_EXAMPLE_PARTNER_LINES + 1
        lines = [
            *lines[: MAX_EXAMPLE_PARTNER_LINES - 1],
            translate("presenteren.example.partners_more", lang, n=rest),
        ]
    return lines


def example_places(codes: Sequence[str]) -> str:
    """The example's municipalities by name, in the order stored."""
    return ", ".join(GEMEENTE_BY_CODE[c].naam for c in codes if c in GEMEENTE_BY_CODE)


def example_slide(row: pd.Series, s: StorySettings) -> Slide:
    """One inspiring example: name, where, partners, key numbers, the small map; the story in the notes."""
    partners: pd.DataFrame = row["partners"]
    codes = [str(c) for c in row["gemeenten"]]
    theme = THEME_BY_CODE[row["thema"]].name(s.lang) if row["thema"] in THEME_BY_CODE else row["thema"]
    german = int((partners["land"] == "DE").sum())
    numbers = [KeyNumber(_t("presenteren.num.example_reach", s), format_number(row["bereik"], 0, s.lang))]
    if pd.notna(row["bereik_duitsland"]):
        numbers.append(
            KeyNumber(
                _t("presenteren.num.example_german_reach", s),
                format_number(row["bereik_duitsland"], 0, s.lang),
            )
        )
    numbers.append(
        KeyNumber(
            _t("presenteren.num.example_partners", s, german=german), format_number(len(partners), 0, s.lang)
        )
    )
    numbers.append(
        KeyNumber(
            _t("presenteren.num.example_years", s), year_span(int(row["startjaar"]), int(row["eindjaar"]))
        )
    )
    lines = [
        _t("presenteren.example.where", s, places=example_places(codes)),
        *_partner_lines(partners, s.lang),
    ]
    example = pd.DataFrame([{"id": row["id"], "naam": row["naam"], "thema": row["thema"]}])
    return Slide(
        kind=EXAMPLE_KIND,
        title=str(row["naam"]),
        subtitle=_t("presenteren.sub.voorbeeld", s, organisatie=row["organisatie"], theme=theme),
        numbers=tuple(numbers),
        lines=tuple(lines),
        source=f"{_initiatives_source(s)}; {_t('geo.credit', s)}",
        subject=str(row["id"]),
        frames={
            "example": example,
            "gemeenten": pd.DataFrame({"gemeente_code": codes}),
            "partners": partners,
        },
        story=_t("presenteren.example.story", s, story=row["verhaal"]),
    )


def example_slides(con: Connection, s: StorySettings) -> list[Slide]:
    """One slide per marked example (none when there are none, or the store predates examples)."""
    try:
        frame = cocreation.examples(con)
    except duckdb.CatalogException:  # a store opened read-only before migration 5
        return []
    return [example_slide(row, s) for _, row in frame.head(MAX_EXAMPLE_SLIDES).iterrows()]


BUILDERS: dict[str, Callable[[Connection, StorySettings], Slide | list[Slide] | None]] = {
    "kerncijfers": kerncijfers_slide,
    "deelname": deelname_slide,
    "themas": themas_slide,
    "gaten": gaten_slide,
    "grenzeloos": grenzeloos_slide,
    "focus": focus_slide,
    "initiatieven": initiatieven_slide,
    "bronnen": bronnen_slide,
    EXAMPLE_KIND: example_slides,
}


def build_story(
    con: Connection,
    *,
    year: int,
    focus: str = DEFAULT_FOCUS,
    lang: str = "nl",
    kinds: Sequence[str] = DEFAULT_KINDS,
    demo: bool = False,
) -> list[Slide]:
    """The slides of ``kinds`` in that order; unknown kinds and slides without data are left out.

    A slide set (the examples) gives one slide per item, in its place in the order.
    """
    settings = StorySettings(year=year, focus=focus, lang=lang, demo=demo)
    slides: list[Slide] = []
    for kind in dict.fromkeys(kinds):
        builder = BUILDERS.get(kind)
        made = builder(con, settings) if builder else None
        if isinstance(made, list):
            slides.extend(made)
        elif made is not None:
            slides.append(made)
    return slides
