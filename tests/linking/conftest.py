"""A small, hand-written knowledge base satisfying marsad.entities.link.KBLike.

Facts (QIDs, offices, dates) are real where given; people without a QID we are sure
of get local ids. It lets the linker be tested without the full KB.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest

from marsad.arabic import normalize
from marsad.models import Article, Mention


@dataclass(frozen=True)
class Entry:
    id: str
    type: str
    name_en: str
    names_ar: tuple[str, ...]
    country: str | None = None
    sector: str | None = None
    short_ar: tuple[str, ...] = ()
    code: str | None = None


@dataclass(frozen=True)
class Country:
    iso3: str
    qid: str
    names_ar: tuple[str, ...]
    demonyms_ar: tuple[str, ...]
    capital_id: str

    @property
    def entity_id(self) -> str:
        return self.qid


@dataclass(frozen=True)
class Office:
    key: str
    titles_ar: tuple[str, ...]
    sector: str
    exclusive: bool = True
    country: str | None = None


@dataclass(frozen=True)
class Role:
    person_id: str
    office: str
    country: str | None
    sector: str
    start: date
    end: date | None = None
    org: str | None = None


@dataclass(frozen=True)
class Agent:
    term_ar: str
    sector: str
    label_en: str
    plural: bool = False


def D(s: str) -> date:
    return date.fromisoformat(s)


COUNTRIES = [
    Country("SYR", "Q858", ("سوريا", "سورية"), ("سوري",), "Q3766"),
    Country("RUS", "Q159", ("روسيا",), ("روسي",), "Q649"),
    Country("TUR", "Q43", ("تركيا",), ("تركي",), "Q3640"),
    Country("IRN", "Q794", ("إيران",), ("إيراني",), "Q3616"),
    Country("UKR", "Q212", ("أوكرانيا",), ("أوكراني",), "Q1899"),
    Country("USA", "Q30", ("الولايات المتحدة", "أمريكا"), ("أمريكي", "أميركي"), "Q61"),
    Country("FRA", "Q142", ("فرنسا",), ("فرنسي",), "Q90"),
]
CITIES = [
    ("Q3766", "Damascus", "دمشق", "SYR"),
    ("Q649", "Moscow", "موسكو", "RUS"),
    ("Q3640", "Ankara", "أنقرة", "TUR"),
    ("Q3616", "Tehran", "طهران", "IRN"),
    ("Q1899", "Kyiv", "كييف", "UKR"),
    ("Q61", "Washington, D.C.", "واشنطن", "USA"),
    ("Q90", "Paris", "باريس", "FRA"),
    ("Q41183", "Aleppo", "حلب", "SYR"),
    ("gn:moscow-idaho", "Moscow, Idaho", "موسكو", "USA"),
]
PEOPLE = [
    Entry("Q44329", "PER", "Bashar al-Assad", ("بشار الأسد",), "SYR", short_ar=("الأسد",)),
    Entry("mrs:per:hafez-al-assad", "PER", "Hafez al-Assad", ("حافظ الأسد",), "SYR",
          short_ar=("الأسد",)),
    Entry("mrs:per:ahmed-al-sharaa", "PER", "Ahmed al-Sharaa", ("أحمد الشرع",), "SYR",
          short_ar=("الشرع",)),
    Entry("Q7747", "PER", "Vladimir Putin", ("فلاديمير بوتين", "بوتين"), "RUS"),
    Entry("mrs:per:dmitry-medvedev", "PER", "Dmitry Medvedev", ("دميتري ميدفيديف",), "RUS"),
    Entry("Q39259", "PER", "Recep Tayyip Erdoğan", ("رجب طيب أردوغان", "أردوغان"), "TUR"),
    Entry("mrs:per:abdullah-gul", "PER", "Abdullah Gül", ("عبد الله غول",), "TUR"),
    Entry("mrs:per:dmitry-peskov", "PER", "Dmitry Peskov", ("دميتري بيسكوف",), "RUS"),
    Entry("mrs:per:sergey-lavrov", "PER", "Sergey Lavrov", ("سيرغي لافروف",), "RUS"),
    Entry("mrs:per:mevlut-cavusoglu", "PER", "Mevlüt Çavuşoğlu", ("مولود تشاووش أوغلو",), "TUR"),
    Entry("mrs:per:hakan-fidan", "PER", "Hakan Fidan", ("هاكان فيدان",), "TUR"),
    Entry("Q3052772", "PER", "Emmanuel Macron", ("إيمانويل ماكرون",), "FRA"),
    Entry("Q6279", "PER", "Joe Biden", ("جو بايدن",), "USA"),
    Entry("Q22686", "PER", "Donald Trump", ("دونالد ترامب",), "USA"),
    Entry("mrs:per:ahmad-hassan", "PER", "Ahmad Hassan (no role)", ("أحمد حسان",), "SYR"),
]
ORGS = [
    Entry("mrs:org:kremlin", "ORG", "Kremlin", ("الكرملين",), "RUS", "GOV", code="RUSGOV"),
    Entry("Q1065", "ORG", "United Nations", ("الأمم المتحدة",), None, "IGO", code="IGOUNO"),
    Entry("mrs:org:hezbollah", "ORG", "Hezbollah", ("حزب الله",), "LBN", "UAF"),
    Entry("mrs:per:hassan-nasrallah", "PER", "Hassan Nasrallah", ("حسن نصر الله",), "LBN"),
    Entry("mrs:per:mohammad-raad", "PER", "Mohammad Raad", ("محمد رعد",), "LBN"),
    Entry("mrs:per:antonio-guterres", "PER", "António Guterres", ("أنطونيو غوتيريش",), "PRT"),
]
OFFICES = [
    Office("head_of_state", ("الرئيس", "رئيس الجمهورية", "رئيس الدولة"), "GOV"),
    Office("head_of_government", ("رئيس الوزراء", "رئيس الحكومة"), "GOV"),
    Office("foreign_minister", ("وزير الخارجية",), "GOV"),
    Office("party_leader", ("زعيم", "رئيس حزب"), "PTY"),
    Office("armed_group_leader", ("زعيم", "قائد", "الأمين العام"), "UAF"),
    Office("igo_head", ("الأمين العام",), "IGO"),
    Office("kremlin_spokesperson", ("الناطق باسم الكرملين", "المتحدث باسم الكرملين"), "GOV",
           country="RUS"),
]
ROLES = [
    Role("Q44329", "head_of_state", "SYR", "GOV", D("2000-07-17"), D("2024-12-08")),
    Role("mrs:per:hafez-al-assad", "head_of_state", "SYR", "GOV", D("1971-03-14"),
         D("2000-06-10")),
    Role("mrs:per:ahmed-al-sharaa", "head_of_state", "SYR", "GOV", D("2024-12-08")),
    Role("Q7747", "head_of_state", "RUS", "GOV", D("2000-05-07"), D("2008-05-07")),
    Role("Q7747", "head_of_government", "RUS", "GOV", D("2008-05-08"), D("2012-05-07")),
    Role("Q7747", "head_of_state", "RUS", "GOV", D("2012-05-07")),
    Role("mrs:per:dmitry-medvedev", "head_of_state", "RUS", "GOV", D("2008-05-07"),
         D("2012-05-07")),
    Role("Q39259", "head_of_government", "TUR", "GOV", D("2003-03-14"), D("2014-08-28")),
    Role("Q39259", "head_of_state", "TUR", "GOV", D("2014-08-28")),
    Role("mrs:per:abdullah-gul", "head_of_state", "TUR", "GOV", D("2007-08-28"), D("2014-08-28")),
    Role("mrs:per:dmitry-peskov", "kremlin_spokesperson", "RUS", "GOV", D("2012-05-22")),
    Role("mrs:per:sergey-lavrov", "foreign_minister", "RUS", "GOV", D("2004-03-09")),
    Role("mrs:per:mevlut-cavusoglu", "foreign_minister", "TUR", "GOV", D("2015-11-24"),
         D("2023-06-04")),
    Role("mrs:per:hakan-fidan", "foreign_minister", "TUR", "GOV", D("2023-06-04")),
    Role("Q3052772", "head_of_state", "FRA", "GOV", D("2017-05-14")),
    Role("Q6279", "head_of_state", "USA", "GOV", D("2021-01-20"), D("2025-01-20")),
    Role("Q22686", "head_of_state", "USA", "GOV", D("2017-01-20"), D("2021-01-20")),
    Role("Q22686", "head_of_state", "USA", "GOV", D("2025-01-20")),
    Role("mrs:per:hassan-nasrallah", "armed_group_leader", "LBN", "REB", D("1992-02-16"),
         D("2024-09-27"), org="mrs:org:hezbollah"),
    Role("mrs:per:mohammad-raad", "party_leader", "LBN", "PTY", D("2009-01-01"),
         org="mrs:org:hezbollah"),
    Role("mrs:per:antonio-guterres", "igo_head", None, "IGO", D("2017-01-01"), org="Q1065"),
]
AGENTS = [
    Agent("الجيش", "MIL", "army"),
    Agent("القوات", "MIL", "forces", True),
    Agent("الشرطه", "COP", "police"),
    Agent("مسلحون", "UAF", "gunmen", True),
    Agent("المعارضه", "OPP", "opposition"),
    Agent("متظاهرون", "CVL", "protesters", True),
]


class FakeKB:
    """Implements the KBLike protocol over the tables above."""

    def __init__(self) -> None:
        self.countries = {c.iso3: c for c in COUNTRIES}
        self.offices = {o.key: o for o in OFFICES}
        self.agents = tuple(AGENTS)
        ents: dict[str, Entry] = {}
        for c in COUNTRIES:
            ents[c.qid] = Entry(c.qid, "GPE", c.iso3, c.names_ar, c.iso3)
        for qid, en, ar, iso in CITIES:
            ents[qid] = Entry(qid, "GPE", en, (ar,), iso)
        for e in (*PEOPLE, *ORGS):
            ents[e.id] = e
        self.entities = ents
        self._roles = ROLES
        self._capitals = {c.capital_id: c.iso3 for c in COUNTRIES}

    def aliases(self) -> Iterator[tuple[str, str, str]]:
        for e in self.entities.values():
            kind = "capital" if e.id in self._capitals else "name"
            for n in e.names_ar:
                yield normalize(n), e.id, kind
        for c in COUNTRIES:
            for d in c.demonyms_ar:
                for form in (d, d + "ة", d + "ون", d + "ين"):
                    yield normalize(form), c.qid, "demonym"
                    yield normalize("ال" + form), c.qid, "demonym"

    def country_of_demonym(self, norm: str) -> str | None:
        bare = norm[2:] if norm.startswith("ال") else norm
        for c in COUNTRIES:
            for d in c.demonyms_ar:
                d = normalize(d)
                if bare in (d, d + "ه", d + "ون", d + "ين"):
                    return c.iso3
        return None

    def country_of_capital(self, entity_id: str) -> str | None:
        return self._capitals.get(entity_id)

    def roles_of(self, entity_id: str) -> list[Role]:
        return [r for r in self._roles if r.person_id == entity_id]

    def holder(
        self, office: str, country: str | None, on: date, org: str | None = None
    ) -> Entry | None:
        for r in self._roles:
            if (r.office == office and r.country == country and r.org == org and r.start <= on
                    and (r.end is None or on < r.end)):
                return self.entities[r.person_id]
        return None

    def actor_code(self, entity_id: str, on: date | None = None) -> str | None:
        e = self.entities.get(entity_id)
        if e is None:
            return None
        if e.code:
            return e.code
        if e.type == "PER":
            for r in self.roles_of(entity_id):
                if on and r.start <= on and (r.end is None or on < r.end):
                    # the only organisation role here without a country is at the UN
                    return r.country + r.sector if r.country else "IGOUNO"
            return e.country
        return (e.country or "") + (e.sector or "") or None


@pytest.fixture(scope="session")
def fake_kb() -> FakeKB:
    return FakeKB()


@pytest.fixture
def fresh_kb() -> tuple[FakeKB, type[Entry]]:
    """A private copy of the small KB (tests may add entries) and the entry class."""
    return FakeKB(), Entry


def make_article(text: str, spans: list[tuple[str, str]], published: str | None) -> Article:
    """An article whose mentions are the given (surface, label) pairs, found in order."""
    mentions = []
    pos = 0
    for surface, label in spans:
        start = text.index(surface, pos)
        mentions.append(Mention(start, start + len(surface), label, surface, "test"))
        pos = start + len(surface)
    when = (
        datetime.fromisoformat(published).replace(tzinfo=UTC) if published else None
    )
    return Article(id="t", text=text, published=when, mentions=tuple(mentions))


@pytest.fixture
def article_factory():  # type: ignore[no-untyped-def]
    return make_article
