"""Seeded demo data: fictional figures with the shape of the real thing.

The same code builds the development database and the test fixtures, so what the
tests check is what a developer sees.  Reference facts (codes, names, population,
German places) are real; every indicator value and initiative is invented.

    python -m data.demo --out .data/demo.duckdb --scale 1 --seed 2024
"""

from __future__ import annotations

import argparse
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from data.i18n import translate
from data.indicators import INDICATORS, Indicator
from data.reference import (
    COUNTRY_NL,
    CROSS_BORDER_FUNDING,
    DISCIPLINES,
    GEMEENTEN,
    GERMAN_PLACES,
    REGION_TWENTE,
    TARGET_GROUPS,
    THEMES,
)
from data.store import DEMO_DATASET, connect, get_metadata, is_demo, set_metadata

DEFAULT_SEED = 2024
# Bump when the generator changes, so a stored demo database is rebuilt on next start.
GENERATOR_VERSION = "6"
INDICATOR_YEARS = tuple(range(2019, 2025))
REFERENCE_YEAR = 2024  # statuses are as seen at the end of this year
BASE_INITIATIVES = 480
DEMO_SOURCE = "Demo (fictief)"

# Municipalities that border Germany, where cross-border work is most likely.
BORDER_GEMEENTEN = frozenset({"GM0153", "GM0168", "GM1774", "GM0158", "GM0183", "GM0173", "GM1700"})
ATTENDANCE = frozenset({"cultuurdeelname", "museumbezoek", "podiumkunstbezoek"})
COVID_FACTOR = {2020: 0.62, 2021: 0.74, 2022: 0.95}

# Level in 2019 for (rural, urban) municipalities, and the yearly trend.
LEVELS: dict[str, tuple[float, float, float]] = {
    "cultuurdeelname": (74.0, 86.0, 0.6),
    "museumbezoek": (44.0, 60.0, 0.4),
    "podiumkunstbezoek": (45.0, 58.0, 0.3),
    "amateurkunst": (40.0, 46.0, -0.2),
    "bibliotheeklid": (25.0, 18.0, -0.3),
    "bibliotheeklid_jeugd": (70.0, 52.0, -0.4),
    "scholen_cultuureducatie": (62.0, 85.0, 1.5),
    "cultuuruitgaven": (58.0, 165.0, 2.5),
    "afstand_museum": (7.5, 1.6, -0.05),
    "afstand_bibliotheek": (3.2, 1.1, 0.03),
    "afstand_bioscoop": (12.0, 2.0, -0.1),
    "vrijwilligers_cultuur": (11.0, 6.0, -0.1),
    "afstand_podiumkunsten": (6.5, 1.8, -0.03),
    "musea_binnen_10km": (1.8, 7.5, 0.05),
}
# Indicators added after the demo data first shipped: drawn from a stream of their own,
# so every figure that was there before stays as it was.
LATER_INDICATORS = frozenset({"afstand_podiumkunsten", "musea_binnen_10km"})
NL_OFFSET = {"cultuurdeelname": 1.5, "museumbezoek": 3.0, "podiumkunstbezoek": 2.0}
AGE_OFFSET = {"12-17": 6.0, "18-34": 2.0, "35-64": -1.0, "65+": -6.0}
BIENNIAL = frozenset({"vrijwilligers_cultuur"})


@dataclass
class DemoData:
    indicator_waarde: pd.DataFrame
    initiatief: pd.DataFrame
    initiatief_gemeente: pd.DataFrame
    initiatief_doelgroep: pd.DataFrame
    partner: pd.DataFrame
    initiatief_partner: pd.DataFrame
    financiering: pd.DataFrame
    voorbeeld: pd.DataFrame

    TABLES = (
        "indicator_waarde",
        "initiatief",
        "initiatief_gemeente",
        "initiatief_doelgroep",
        "partner",
        "initiatief_partner",
        "financiering",
        "voorbeeld",
    )


def _urbanity() -> dict[str, float]:
    """0 for the most rural municipality, 1 for the most urban, from population density."""
    density = {g.code: math.log(g.inwoners_2015 / g.oppervlakte_land_ha) for g in GEMEENTEN}
    low, high = min(density.values()), max(density.values())
    return {code: (d - low) / (high - low) for code, d in density.items()}


def _indicator_value(ind: Indicator, rural_urban: float, year: int, noise: float, offset: float) -> float:
    rural, urban, trend = LEVELS[ind.code]
    level = rural + (urban - rural) * rural_urban + offset + trend * (year - 2019) + noise
    if ind.code in ATTENDANCE:
        level *= COVID_FACTOR.get(year, 1.0)
    level = max(level, 0.1)
    return round(min(level, 100.0) if ind.is_share else level, 1)


def generate_indicator_values(
    rng: np.random.Generator, indicators: tuple[Indicator, ...] = INDICATORS
) -> pd.DataFrame:
    urban = _urbanity()
    weights = {g.code: g.inwoners_2015 for g in GEMEENTEN}
    rows: list[dict[str, object]] = []
    for ind in indicators:
        spread = LEVELS[ind.code][1] * 0.025 + 0.2
        own = {g.code: rng.normal(0, spread * 1.2) for g in GEMEENTEN}
        years = [y for y in INDICATOR_YEARS if ind.code not in BIENNIAL or y % 2 == 1]
        for year in years:
            for group in ind.groups:
                offset = AGE_OFFSET.get(group, 0.0)
                values = {
                    code: _indicator_value(ind, urban[code], year, own[code] + rng.normal(0, spread), offset)
                    for code in urban
                }
                # A few values are missing, as in real monitors (non-response, late delivery).
                for code in list(values):
                    if rng.random() < 0.015:
                        values[code] = float("nan")
                known = {c: v for c, v in values.items() if not math.isnan(v)}
                twente = sum(v * weights[c] for c, v in known.items()) / sum(weights[c] for c in known)
                direction = 1 if ind.higher_is_better else -1
                nl = twente + NL_OFFSET.get(ind.code, 0.0) * direction + rng.normal(0, spread * 0.4)
                values[REGION_TWENTE] = round(twente, 1)
                values[COUNTRY_NL] = round(nl, 1)
                status = "voorlopig" if year == INDICATOR_YEARS[-1] else "definitief"
                for code, value in values.items():
                    rows.append(
                        {
                            "gemeente_code": code,
                            "jaar": year,
                            "indicator": ind.code,
                            "groep": group,
                            "waarde": None if math.isnan(value) else value,
                            "bron": DEMO_SOURCE,
                            "status": status,
                        }
                    )
    frame = pd.DataFrame(rows)
    frame["waarde"] = frame["waarde"].astype("float64")
    return frame


_NAME_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "erfgoed": (
        ("Erfgoedroute", "Verhalen van", "Open Erven", "Twentse Heemkunde"),
        ("het Twentse land", "de Dinkel", "het erve", "de textielstad"),
    ),
    "podiumkunsten": (
        ("Theater op locatie", "Dansvoorstelling", "Zomertoneel", "Podium"),
        ("aan de grens", "in het dorp", "Twente", "op de es"),
    ),
    "muziek": (
        ("Café-concerten", "Harmonie", "Koorfestival", "Muziekroute"),
        ("Oost", "Twente", "zonder grenzen", "in de kerk"),
    ),
    "beeldende_kunst": (
        ("Kunstroute", "Atelierdagen", "Expositie", "Beeldentuin"),
        ("Twente", "langs de Regge", "in de fabriek", "op het land"),
    ),
    "letteren": (
        ("Leesclub", "Voorleesfeest", "Poëzieroute", "Schrijversavonden"),
        ("in de bibliotheek", "voor iedereen", "Twents", "aan de grens"),
    ),
    "film_media": (
        ("Filmhuis", "Documentaire", "Mediawerkplaats", "Zomerfilm"),
        ("op het plein", "Twente", "in de schuur", "jong"),
    ),
    "festivals": (
        ("Festival", "Grensfestival", "Dorpsfeest", "Zomeravond"),
        ("Twente", "aan het water", "op de es", "Euregio"),
    ),
    "cultuureducatie": (
        ("Cultuurmenu", "Kunstklas", "Muziek op school", "Cultuurkids"),
        ("Twente", "in de klas", "voor de basisschool", "na school"),
    ),
    "amateurkunst": (
        ("Amateurtheater", "Koor", "Fanfare", "Schilderclub"),
        ("van het dorp", "Twente", "samen", "plus"),
    ),
    "design": (
        ("Maakplaats", "Designlab", "Textiellab", "Creatieve broedplaats"),
        ("Twente", "in de fabriek", "van morgen", "circulair"),
    ),
}
_THEME_DISCIPLINES: dict[str, tuple[float, ...]] = {
    # weights in the order of DISCIPLINES
    "tijd_ruimte": (5, 1, 1, 2, 1, 1, 1, 1, 1, 1),
    "traditie_innovatie": (1, 2, 2, 1, 1, 1, 1, 2, 2, 3),
    "grenzeloos": (1, 2, 2, 1, 1, 1, 3, 1, 1, 1),
}
_NL_ORG_TYPES = (
    "Bibliotheek",
    "Muziekschool",
    "Stichting Erfgoed",
    "Theater",
    "Kunstcentrum",
    "Historische Vereniging",
    "Poppodium",
    "Cultuurhuis",
)
_DE_ORG_TYPES = (
    "Stadtbibliothek",
    "Musikschule",
    "Kulturverein",
    "Heimatverein",
    "Kunstverein",
    "Theater",
    "Kulturbüro",
)


def _partners(rng: np.random.Generator, scale: int) -> pd.DataFrame:
    rows = []
    for g in GEMEENTEN:
        for k, org_type in enumerate(_NL_ORG_TYPES):
            for copy in range(scale):
                suffix = "" if copy == 0 else f" {copy + 1}"
                rows.append(
                    {
                        "id": f"NL-{g.code}-{k}-{copy}",
                        "naam": f"{org_type} {g.naam}{suffix}",
                        "land": "NL",
                        "plaats": g.naam,
                        "lat": None,
                        "lon": None,
                        "kreis_code": None,
                    }
                )
    for p_index, place in enumerate(GERMAN_PLACES):
        for k, org_type in enumerate(_DE_ORG_TYPES):
            for copy in range(scale):
                suffix = "" if copy == 0 else f" {copy + 1}"
                rows.append(
                    {
                        "id": f"DE-{p_index}-{k}-{copy}",
                        "naam": f"{org_type} {place.naam}{suffix}",
                        "land": "DE",
                        "plaats": place.naam,
                        "lat": place.lat,
                        "lon": place.lon,
                        "kreis_code": place.kreis_code,
                    }
                )
    frame = pd.DataFrame(rows)
    frame["lat"] = frame["lat"].astype("float64")
    frame["lon"] = frame["lon"].astype("float64")
    return frame


def _pick_gemeenten(
    rng: np.random.Generator, theme: str, affinity: np.ndarray, theme_index: int
) -> list[str]:
    count = int(rng.choice([1, 2, 3, 4, 5], p=[0.5, 0.2, 0.12, 0.1, 0.08]))
    weights = np.array([g.inwoners_2015**0.5 for g in GEMEENTEN]) * affinity[:, theme_index]
    if theme == "grenzeloos":
        weights *= np.array([3.0 if g.code in BORDER_GEMEENTEN else 1.0 for g in GEMEENTEN])
    chosen = rng.choice(len(GEMEENTEN), size=count, replace=False, p=weights / weights.sum())
    return [GEMEENTEN[i].code for i in sorted(chosen)]


def generate_initiatives(rng: np.random.Generator, scale: int = 1) -> dict[str, pd.DataFrame]:
    partners = _partners(rng, scale)
    nl_by_place = {
        place: grp["id"].tolist() for place, grp in partners[partners["land"] == "NL"].groupby("plaats")
    }
    de_ids = partners[partners["land"] == "DE"]["id"].to_numpy()
    partner_names = dict(zip(partners["id"], partners["naam"], strict=True))
    # Municipality x theme affinity, with a few near-gaps so the coverage matrix has holes.
    affinity = rng.uniform(0.6, 1.4, size=(len(GEMEENTEN), len(THEMES)))
    for _ in range(5):
        affinity[rng.integers(len(GEMEENTEN)), rng.integers(len(THEMES))] = 0.03

    initiatives, links, groups, partner_links, funding = [], [], [], [], []
    codes_to_name = {g.code: g.naam for g in GEMEENTEN}
    for number in range(BASE_INITIATIVES * scale):
        theme_index = int(rng.choice(len(THEMES), p=[0.37, 0.38, 0.25]))
        theme = THEMES[theme_index].code
        disc_weights = np.array(_THEME_DISCIPLINES[theme], dtype=float)
        discipline = DISCIPLINES[int(rng.choice(len(DISCIPLINES), p=disc_weights / disc_weights.sum()))].code
        gemeenten = _pick_gemeenten(rng, theme, affinity, theme_index)
        start = int(rng.choice([2021, 2022, 2023, 2024, 2025], p=[0.24, 0.24, 0.24, 0.2, 0.08]))
        end = min(start + int(rng.choice([0, 1, 2], p=[0.5, 0.35, 0.15])), 2026)
        status = "afgerond" if end < REFERENCE_YEAR else ("gepland" if start > REFERENCE_YEAR else "lopend")
        budget = float(round(min(max(rng.lognormal(10.1, 0.9), 2_000), 600_000), -2))
        reach = int(budget / rng.uniform(15, 70) + rng.integers(20, 200))
        prefix, place_word = _NAME_PARTS[discipline]
        lead_gemeente = gemeenten[0]
        name = f"{rng.choice(prefix)} {rng.choice(place_word)} {codes_to_name[lead_gemeente]} {start}"
        initiative_id = f"INI-{number + 1:05d}"
        lead = str(rng.choice(nl_by_place[codes_to_name[lead_gemeente]]))
        cross_border = rng.random() < (0.7 if theme == "grenzeloos" else 0.12)
        initiatives.append(
            {
                "id": initiative_id,
                "naam": name,
                "omschrijving": f"Fictief demo-initiatief van {partner_names[lead]} in "
                f"{', '.join(codes_to_name[c] for c in gemeenten)}"
                + (" met Duitse partners." if cross_border else "."),
                "organisatie": partner_names[lead],
                "thema": theme,
                "discipline": discipline,
                "status": status,
                "startjaar": start,
                "eindjaar": end,
                "budget": budget,
                "bereik": reach,
            }
        )
        links += [{"initiatief_id": initiative_id, "gemeente_code": c} for c in gemeenten]
        chosen_groups = rng.choice(len(TARGET_GROUPS), size=int(rng.integers(1, 4)), replace=False)
        groups += [
            {"initiatief_id": initiative_id, "doelgroep": TARGET_GROUPS[i].code}
            for i in sorted(chosen_groups)
        ]
        members = {lead}
        if cross_border:
            members |= set(rng.choice(de_ids, size=int(rng.integers(1, 4)), replace=False).tolist())
        partner_links += [{"initiatief_id": initiative_id, "partner_id": p} for p in sorted(members)]
        funding += _funding_rows(rng, initiative_id, budget, cross_border)
    return {
        "initiatief": pd.DataFrame(initiatives),
        "initiatief_gemeente": pd.DataFrame(links),
        "initiatief_doelgroep": pd.DataFrame(groups),
        "partner": partners,
        "initiatief_partner": pd.DataFrame(partner_links),
        "financiering": pd.DataFrame(funding),
    }


def _funding_rows(
    rng: np.random.Generator, initiative_id: str, budget: float, cross_border: bool
) -> list[dict[str, object]]:
    sources = ["gemeente"]
    others = ["provincie", "regio_twente", "fcp", "fondsen", "eigen"]
    sources += list(rng.choice(others, size=int(rng.integers(0, 3)), replace=False))
    if cross_border and rng.random() < 0.75:
        sources.append(str(rng.choice(sorted(CROSS_BORDER_FUNDING))))
    shares = rng.dirichlet(np.ones(len(sources)))
    amounts = [round(budget * s, -1) for s in shares]
    amounts[-1] = round(budget - sum(amounts[:-1]), 2)  # amounts add up to the budget exactly
    return [
        {"initiatief_id": initiative_id, "bron": s, "bedrag": a}
        for s, a in zip(sources, amounts, strict=True)
    ]


def generate_demo_data(seed: int = DEFAULT_SEED, scale: int = 1) -> DemoData:
    """All demo tables for ``seed``; ``scale`` multiplies the number of initiatives."""
    if scale < 1:
        raise ValueError("scale moet minstens 1 zijn")
    rng = np.random.default_rng(seed)
    first = tuple(i for i in INDICATORS if i.code not in LATER_INDICATORS)
    later = tuple(i for i in INDICATORS if i.code in LATER_INDICATORS)
    values = pd.concat(
        [
            generate_indicator_values(rng, first),
            generate_indicator_values(np.random.default_rng([seed, 14]), later),
        ],
        ignore_index=True,
    )
    tables = generate_initiatives(rng, scale)
    tables["initiatief"] = add_german_reach(tables, np.random.default_rng([seed, 3]))
    tables["voorbeeld"] = demo_examples(tables, np.random.default_rng([seed, 17]))
    return DemoData(indicator_waarde=values, **tables)


def add_german_reach(tables: dict[str, pd.DataFrame], rng: np.random.Generator) -> pd.DataFrame:
    """Participants from Germany for most cross-border initiatives (a fifth report none).

    Its own random stream, so every other demo figure stays as it was before this column.
    """
    frame = tables["initiatief"].copy()
    german = tables["partner"].loc[tables["partner"]["land"] == "DE", "id"]
    links = tables["initiatief_partner"]
    cross = set(links.loc[links["partner_id"].isin(german), "initiatief_id"])
    shares = rng.uniform(0.1, 0.5, size=len(frame))
    reported = rng.random(size=len(frame)) >= 0.2
    rows = zip(frame["id"], frame["bereik"], shares, reported, strict=True)
    values = [int(reach * share) if ini in cross and known else None for ini, reach, share, known in rows]
    frame["bereik_duitsland"] = pd.array(values, dtype="Int64")
    return frame


# --- Inspiring examples (issue 17): a few initiatives marked with a fictional story -----------

EXAMPLES_PER_THEME = 2
EXAMPLE_MARKED_BY = "demo"
EXAMPLE_MARKED_ON = pd.Timestamp("2024-11-15 10:00")
_EXAMPLE_WHY = (
    "één vast aanspreekpunt per gemeente, zodat niemand hoeft te zoeken wie wat regelt",
    "kleine activiteiten die elk jaar terugkomen in plaats van één groot evenement",
    "vrijwilligers die het programma zelf maken en de zalen zelf openen",
    "een gedeelde agenda met de scholen, vastgelegd vóór de zomer",
    "een vaste avond per maand, afwisselend bij elk van de partners",
    "een klein budget voor iedere partner, zonder lange aanvraag",
)
_EXAMPLE_BORDER = (
    "Over de grens doen {partners} mee; de avonden zijn tweetalig en het publiek reist mee over de grens.",
    "Met {partners} aan de Duitse kant wisselen de activiteiten elk jaar van land.",
)
_EXAMPLE_HOME = (
    "Alles gebeurt binnen fietsafstand, met de eigen verenigingen als gastheer.",
    "Het werkt dicht bij huis: de partners kennen hun publiek en hun zalen.",
)


def _example_story(rng: np.random.Generator, row: pd.Series, partners: pd.DataFrame, places: str) -> str:
    """A short, clearly fictional story: what makes it work, who it brought together, which border."""
    german = partners[partners["land"] == "DE"]
    who = "de buren aan beide kanten van de grens" if len(german) else "verenigingen, scholen en inwoners"
    parts = [
        f"Fictief demovoorbeeld. {row['organisatie']} bracht in {places} {who} bij elkaar.",
        f"Wat het laat werken: {rng.choice(_EXAMPLE_WHY)}.",
    ]
    if len(german):
        names = " en ".join(german["naam"].head(2))
        parts.append(str(rng.choice(_EXAMPLE_BORDER)).format(partners=names))
    else:
        parts.append(str(rng.choice(_EXAMPLE_HOME)))
    return " ".join(parts)


def demo_examples(tables: dict[str, pd.DataFrame], rng: np.random.Generator) -> pd.DataFrame:
    """Two examples per theme, the cross-border theme's with German partners, each with a story.

    Its own random stream, so every other demo figure stays as it was before examples.
    """
    initiatives = tables["initiatief"]
    partners = tables["partner"].set_index("id")
    links = tables["initiatief_partner"]
    places = tables["initiatief_gemeente"].groupby("initiatief_id")["gemeente_code"].agg(list)
    german_ids = partners.index[partners["land"] == "DE"]
    german = set(links.loc[links["partner_id"].isin(german_ids), "initiatief_id"])
    names = {g.code: g.naam for g in GEMEENTEN}
    rows = []
    for theme in THEMES:
        pool = initiatives[initiatives["thema"] == theme.code]
        pool = pool[pool["id"].map(lambda i: len(places.get(i, [])) >= 2)]
        if theme.code == "grenzeloos":
            pool = pool[pool["id"].isin(german) & pool["bereik_duitsland"].notna()]
        chosen = rng.choice(len(pool), size=min(EXAMPLES_PER_THEME, len(pool)), replace=False)
        for index in sorted(chosen):
            row = pool.iloc[int(index)]
            members = partners.loc[links.loc[links["initiatief_id"] == row["id"], "partner_id"]]
            where = ", ".join(names[c] for c in places[row["id"]])
            rows.append(
                {
                    "initiatief_id": row["id"],
                    "verhaal": _example_story(rng, row, members, where),
                    "gemarkeerd_door": EXAMPLE_MARKED_BY,
                    "gemarkeerd_op": EXAMPLE_MARKED_ON,
                }
            )
    return pd.DataFrame(rows, columns=["initiatief_id", "verhaal", "gemarkeerd_door", "gemarkeerd_op"])


def write_demo_data(con, data: DemoData, *, seed: int, scale: int) -> None:  # noqa: ANN001
    """Replace all stored facts by ``data`` in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table in DemoData.TABLES:
            con.execute(f"DELETE FROM {table}")  # noqa: S608 - constant table names
        for table in DemoData.TABLES:
            frame = getattr(data, table)
            columns = ", ".join(frame.columns)
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM frame")  # noqa: S608
        set_metadata(con, "dataset", DEMO_DATASET)
        set_metadata(con, "demo_seed", str(seed))
        set_metadata(con, "demo_scale", str(scale))
        set_metadata(con, "demo_generator", GENERATOR_VERSION)
        set_metadata(con, "data_version", f"demo-{GENERATOR_VERSION}-{seed}-{scale}")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def build_demo_database(path: Path | str, *, seed: int = DEFAULT_SEED, scale: int = 1) -> Path:
    """Create a fresh database file with demo data, written aside and moved into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    con = connect(partial)
    try:
        write_demo_data(con, generate_demo_data(seed, scale), seed=seed, scale=scale)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(partial, path)
    return path


def _outdated_demo(path: Path) -> tuple[int, int] | None:
    """(seed, scale) of a demo store made by an older generator, else None."""
    con = connect(path)
    try:
        if not is_demo(con) or get_metadata(con, "demo_generator") == GENERATOR_VERSION:
            return None
        seed = get_metadata(con, "demo_seed")
        scale = get_metadata(con, "demo_scale")
        return int(seed or DEFAULT_SEED), int(scale or 1)
    finally:
        con.close()


def ensure_database(path: Path | str, *, seed: int = DEFAULT_SEED) -> Path:
    """Make sure a usable database exists at ``path``.

    Demo data is built the first time, and again when the generator has changed (with
    the seed and scale it was built with, so a 100x benchmark store stays 100x); a
    database holding imported data is never replaced.
    """
    path = Path(path)
    if not path.exists():
        build_demo_database(path, seed=seed)
    elif (outdated := _outdated_demo(path)) is not None:
        old_seed, old_scale = outdated
        build_demo_database(path, seed=old_seed, scale=old_scale)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=translate("demo.cli.description"))
    parser.add_argument("--out", type=Path, required=True, help=translate("demo.cli.help.out"))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--scale", type=int, default=1, help=translate("demo.cli.help.scale"))
    args = parser.parse_args(argv)
    build_demo_database(args.out, seed=args.seed, scale=args.scale)
    print(translate("demo.cli.written", path=args.out, seed=args.seed, scale=args.scale))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
