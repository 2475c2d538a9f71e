"""A tiny, hand-written knowledge base on disk, for loader tests (not the shipped data),
and small readers of the shipped KB tables the data tests share (no marsad import, so
the people-data tests run where the package does not import)."""

from __future__ import annotations

import csv
from pathlib import Path

SHIPPED_KB = Path(__file__).resolve().parents[2] / "src" / "marsad" / "data" / "kb"

COUNTRIES = """\
iso3\tiso2\tqid\tname_en\tnames_ar\tdemonyms_ar\tcapital_id\tcapital_en\tcapital_ar\tseat_ids\t\
region
SYR\tSY\tQ858\tSyria\tسوريا|سورية\tسوري|سورية\tQ3766\tDamascus\tدمشق\t\tMENA
TUR\tTR\tQ43\tTurkey\tتركيا\tتركي|تركية|أتراك\tQ3640\tAnkara\tأنقرة\t\tMENA
RUS\tRU\tQ159\tRussia\tروسيا\tروسي|روسية|روس\tQ649\tMoscow\tموسكو\t\tEUR
"""
PLACES = """id\tqid\tname_en\tnames_ar\ttype\tcountry\tpopulation
Q41183\tQ41183\tAleppo\tحلب\tcity\tSYR\t2000000
gn:170063\t\tAleppo Governorate\tمحافظة حلب\tprovince\tSYR\t
"""
ORGS = """id\tqid\tname_en\tnames_ar\tacronyms\ttype\tcountry\tsector\tcode
Q1065\tQ1065\tUnited Nations\tالأمم المتحدة\t\tigo\t\tIGO\tIGOUNO
mrs:org:tur-mfa\t\tMinistry of Foreign Affairs of Turkey\t\
وزارة الخارجية التركية|الخارجية التركية\t\tministry\tTUR\tGOV\t
mrs:org:rus-presidency\t\tPresidency of Russia\tالكرملين\t\tpresidency\tRUS\tGOV\t
mrs:org:akp\t\tJustice and Development Party\tحزب العدالة والتنمية\t\tparty\tTUR\tPTY\t
"""
OFFICES = """key\tname_en\ttitles_ar\tsector\texclusive\tcountry
head_of_state\thead of state\tالرئيس|رئيس الجمهورية\tGOV\t1\t
foreign_minister\tforeign minister\tوزير الخارجية\tGOV\t1\t
kremlin_spokesperson\tKremlin spokesperson\tالمتحدث باسم الكرملين\tGOV\t1\tRUS
minister\tminister\tوزير\tGOV\t0\t
party_leader\tparty leader\tزعيم الحزب\tPTY\t1\t
"""
AGENTS = """term_ar\tsector\tlabel_en\tplural
جيش\tMIL\tarmy\t0
مسلحون\tUAF\tgunmen\t1
"""
PEOPLE = """id\tqid\tname_en\tnames_ar\tshort_ar\tcountry\tgender
Q44329\tQ44329\tBashar al-Assad\tبشار الأسد\tالأسد\tSYR\tm
mrs:per:ahmed-al-sharaa\t\tAhmed al-Sharaa\tأحمد الشرع\tالشرع\tSYR\tm
Q7747\tQ7747\tVladimir Putin\tفلاديمير بوتين\tبوتين\tRUS\tm
Q39259\tQ39259\tRecep Tayyip Erdoğan\tرجب طيب أردوغان\tأردوغان\tTUR\tm
mrs:per:dmitry-peskov\t\tDmitry Peskov\tدميتري بيسكوف\tبيسكوف\tRUS\tm
"""
ROLES = """person_id\toffice\tcountry\tsector\tstart\tend\torg\tnote
Q44329\thead_of_state\tSYR\t\t2000-07-17\t2024-12-08\t\t
mrs:per:ahmed-al-sharaa\thead_of_state\tSYR\t\t2024-12-08\t\t\tde facto, then president
Q7747\thead_of_state\tRUS\t\t2012-05-07\t\t\t
Q39259\thead_of_state\tTUR\t\t2014-08-28\t\t\t
mrs:per:dmitry-peskov\tkremlin_spokesperson\t\t\t2008-05-01\t\t\t
"""

FILES = {
    "countries.tsv": COUNTRIES,
    "places.tsv": PLACES,
    "orgs.tsv": ORGS,
    "offices.tsv": OFFICES,
    "agents.tsv": AGENTS,
    "people/test.people.tsv": PEOPLE,
    "people/test.roles.tsv": ROLES,
}


def write_kb(root: Path, **overrides: str) -> Path:
    """Write the tiny KB under ``root``; ``overrides`` replace files by name
    (``roles="..."`` for people/test.roles.tsv, ``countries="..."`` ...)."""
    for name, text in FILES.items():
        key = name.split("/")[-1].removesuffix(".tsv").removeprefix("test.")
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(overrides.get(key, text), "utf-8")
    return root


def found(gaz, text: str, label: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """(text, entity id) of the gazetteer's ``label`` matches in ``text``."""
    return [(m.text, m.entity_id) for m in gaz.find(text) if m.label == label]


def read_tsv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of a KB table (comment lines skipped, every row as wide as the header)."""
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for cells in reader:
        assert len(cells) == len(header), f"{path.name}: {cells!r} has {len(cells)} cells"
        rows.append(dict(zip(header, cells, strict=True)))
    return header, rows


def file_ids(name: str) -> list[str]:
    """The entry ids of a shipped KB file, in file order (rows may omit trailing columns)."""
    return [line.split("\t", 1)[0]
            for line in (SHIPPED_KB / name).read_text("utf-8").splitlines()
            if line.startswith(("mrs:", "Q"))]


def repeated_people(path: Path) -> list[str]:
    """English names of the rows of ``path`` naming a person another people file has."""
    names_en: set[str] = set()
    names_ar: set[str] = set()
    for other in path.parent.glob("*.people.tsv"):
        if other != path:
            for r in read_tsv(other)[1]:
                names_en.add(r["name_en"].lower())
                names_ar.update(a for a in r["names_ar"].split("|") if a)
    return [r["name_en"] for r in read_tsv(path)[1]
            if r["name_en"].lower() in names_en or set(r["names_ar"].split("|")) & names_ar]
