"""Build the people tables of the KB from the succession lists in scripts/people_src_*.py.

Each source module holds ``TABLE``, a text of office successions written by hand::

    @ SYR head_of_state GOV                 # chain: country office sector [org=...] [note=...]
    2000-06-10 | Abdul Halim Khaddam | عبد الحليم خدام | خدام | acting
    2000-07-17 | Bashar al-Assad | بشار الأسد, بشار حافظ الأسد | الأسد | Q44329
    2024-12-08 | Ahmed al-Sharaa | أحمد الشرع, أبو محمد الجولاني | الشرع | # de facto

A line is ``start | name_en [| names_ar [| short_ar [| extras]]]``. Each holder ends when
the next line of the chain starts, so successions cannot overlap; ``start | -`` ends the
chain (office vacant or abolished); ``start | name | ... | end=YYYY-MM-DD`` gives an explicit
end. A partial date (``2004`` or ``2004-03``) is stored as the first day with note "approx".
``org=`` takes an organisation id of the KB's orgs files (``mrs:org:hezbollah``, ``Q1065``);
a plain name there marks an organisation the KB lacks: its roles are left out and the name is
listed in people/orgs_wanted.txt. Extras are space separated: a QID, ``f`` (female),
``acting``, ``c=ISO3`` (nationality when the chain is an IGO), ``end=DATE``, ``id=slug``, and
``# free note`` at the end.
A person is defined at their first line; later lines may give only the English name.

Run ``python scripts/people_build.py`` to rewrite src/marsad/data/kb/people/*.tsv.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from people_labels import LABELS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "marsad" / "data" / "kb" / "people"
REGIONS = ("levant", "gulf", "north_africa", "iran_turkey", "powers", "others")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
# Offices that the KB also knows under a country-specific key: a role is written under both.
ALSO: dict[tuple[str, str], str] = {
    ("USA", "foreign_minister"): "secretary_of_state",
    ("USA", "foreign_ministry_spokesperson"): "state_department_spokesperson",
}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass
class Person:
    id: str
    qid: str
    name_en: str
    names_ar: list[str]
    short_ar: list[str]
    country: str
    gender: str
    region: str


@dataclass
class Role:
    person_id: str
    office: str
    country: str
    sector: str
    start: str
    end: str
    notes: list[str] = field(default_factory=list)
    org: str = ""


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def parse_date(text: str, where: str) -> tuple[str, bool]:
    m = DATE_RE.match(text.strip())
    if not m:
        raise ValueError(f"{where}: bad date {text!r}")
    year, month, day = m.group(1), m.group(2) or "01", m.group(3) or "01"
    iso = f"{year}-{month}-{day}"
    date.fromisoformat(iso)
    return iso, m.group(3) is None


ORG_ID = re.compile(r"^(?:Q[1-9][0-9]*|mrs:org:[a-z0-9-]+)$")


# Egyptian and Sudanese spelling writes a foreign hard g with ج where the rest of the Arab
# press writes غ (غانتس / جانتس, شويغو / شويجو). For names transcribed from other languages
# the ج form is added as a variant; Arabic, Persian and Urdu names keep غ (غسان, غلام).
NATIVE_GHAYN = frozenset({
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
    "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM", "ESH", "IRN", "AFG", "PAK",
    "TCD",
})


def with_jim_variants(names: list[str], country: str) -> list[str]:
    if country in NATIVE_GHAYN:
        return names
    extra = [n.replace("غ", "ج") for n in names if "غ" in n]
    return names + [n for n in extra if n not in names]


class Builder:
    def __init__(self) -> None:
        self.unresolved: set[str] = set()
        self.people: dict[str, Person] = {}
        self.by_name: dict[str, str] = {}
        self.roles: dict[str, list[Role]] = {r: [] for r in REGIONS}

    def person(self, fields: list[str], extras: dict[str, str], chain_country: str,
               region: str, where: str) -> str:
        name_en = fields[1]
        key = extras.get("id") or name_en
        names_ar = [n.strip() for n in fields[2].split(",") if n.strip()] if len(fields) > 2 else []
        short_ar = [n.strip() for n in fields[3].split(",") if n.strip()] if len(fields) > 3 else []
        if key in self.by_name:
            p = self.people[self.by_name[key]]
            if not p.names_ar and names_ar:  # defined here, named earlier in another table
                p.gender = extras.get("g", p.gender)
                p.country = extras.get("c", p.country)
            p.names_ar += [n for n in names_ar if n not in p.names_ar]
            p.short_ar += [n for n in short_ar if n not in p.short_ar]
            if extras.get("qid") and p.qid != extras["qid"]:
                raise ValueError(f"{where}: the QID of {name_en} must be on its first line")
            return p.id
        qid = extras.get("qid", "")
        pid = qid or "mrs:per:" + slug(extras.get("id") or name_en)
        if pid in self.people:
            raise ValueError(f"{where}: id {pid} already used by {self.people[pid].name_en}")
        label = LABELS.get(name_en, name_en)
        self.people[pid] = Person(pid, qid, label, names_ar, short_ar,
                                  extras.get("c", chain_country), extras.get("g", "m"), region)
        self.by_name[key] = pid
        return pid

    def org_id(self, value: str, country: str) -> str:
        """The org id of a chain header; a plain name is an organisation the KB lacks."""
        if not value or ORG_ID.match(value):
            return value
        self.unresolved.add(f"{value}\t{country}")
        return ""

    def load(self, region: str, table: str) -> None:
        header: dict[str, str] = {}
        open_roles: list[Role] = []

        def close(at: str) -> None:
            for r in open_roles:
                if not r.end:
                    r.end = at
            open_roles.clear()

        for lineno, raw in enumerate(table.splitlines(), 1):
            where = f"{region}:{lineno}"
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                open_roles.clear()
                parts = line[1:].split("#")[0].split()
                country = "" if parts[0] == "-" else parts[0]
                header = {"country": country, "office": parts[1], "sector": parts[2]}
                for opt in parts[3:]:
                    k, _, v = opt.partition("=")
                    header[k] = v.replace("_", " ")
                continue
            fields = [f.strip() for f in line.split("|")]
            start, approx = parse_date(fields[0], where)
            if fields[1].split("#")[0].strip() == "-":
                close(start)
                continue
            extras: dict[str, str] = {}
            notes: list[str] = []
            if approx:
                notes.append("approx")
            if len(fields) > 4:
                text, _, free = fields[4].partition("#")
                for tok in text.split():
                    if QID_RE.match(tok):
                        extras["qid"] = tok
                    elif tok == "f":
                        extras["g"] = "f"
                    elif tok in ("acting", "interim", "approx", "de-facto", "disputed"):
                        notes.append(tok.replace("-", " "))
                    elif "=" in tok:
                        k, _, v = tok.partition("=")
                        extras[k] = v
                    else:
                        raise ValueError(f"{where}: unknown extra {tok!r}")
                if free.strip():
                    notes.append(free.strip())
            if "note" in header:
                notes.insert(0, header["note"])
            pid = self.person(fields, extras, header["country"], region, where)
            close(start)
            end = ""
            if "end" in extras:
                end, end_approx = parse_date(extras["end"], where)
                if end_approx and "approx" not in notes:
                    notes.append("approx end")
            org = self.org_id(header.get("org", ""), header["country"])
            if header.get("org") and not org:
                continue  # the KB does not know the organisation yet: see orgs_wanted.txt
            role = Role(pid, header["office"], header["country"], header["sector"], start, end,
                        notes, org)
            self.roles[region].append(role)
            also = ALSO.get((header["country"], header["office"]))
            if also:
                twin = Role(pid, also, role.country, role.sector, start, end, notes, role.org)
                self.roles[region].append(twin)
                if not end:
                    open_roles.append(twin)
            if not end:
                open_roles.append(role)

    def write(self, out: Path = OUT) -> None:
        nameless = [p.name_en for p in self.people.values() if not p.names_ar]
        if nameless:
            raise ValueError(f"people without an Arabic name: {', '.join(nameless)}")
        out.mkdir(parents=True, exist_ok=True)
        for region in REGIONS:
            people = [p for p in self.people.values() if p.region == region]
            with open(out / f"{region}.people.tsv", "w", encoding="utf-8") as f:
                f.write("id\tqid\tname_en\tnames_ar\tshort_ar\tcountry\tgender\n")
                for p in sorted(people, key=lambda p: (p.country, p.name_en)):
                    names = with_jim_variants(p.names_ar, p.country)
                    short = with_jim_variants(p.short_ar, p.country)
                    f.write("\t".join([p.id, p.qid, p.name_en, "|".join(names),
                                       "|".join(short), p.country, p.gender]) + "\n")
            with open(out / f"{region}.roles.tsv", "w", encoding="utf-8") as f:
                f.write("person_id\toffice\tcountry\tsector\tstart\tend\torg\tnote\n")
                for r in self.roles[region]:
                    f.write("\t".join([r.person_id, r.office, r.country, r.sector, r.start,
                                       r.end, r.org, "; ".join(r.notes)]) + "\n")


def build() -> Builder:
    """Read every people_src_<region>.py table into a Builder."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    builder = Builder()
    for region in REGIONS:
        try:
            module = importlib.import_module(f"people_src_{region}")
        except ModuleNotFoundError:
            continue
        builder.load(region, module.TABLE)
    return builder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output directory")
    args = parser.parse_args()
    builder = build()
    builder.write(args.out)
    out: Path = args.out
    n_roles = sum(len(v) for v in builder.roles.values())
    wanted = out / "orgs_wanted.txt"
    if builder.unresolved:
        print("organisations not in the KB (their roles are left out):",
              ", ".join(sorted(builder.unresolved)))
        wanted.write_text(
            "# Organisations the people tables name but the KB's orgs files lack (name, country).\n"
            "# Roles in them are left out of people/*.roles.tsv until they exist.\n"
            + "\n".join(sorted(builder.unresolved)) + "\n", "utf-8")
    elif wanted.exists():
        wanted.unlink()
    print(f"{len(builder.people)} people, {n_roles} roles -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
