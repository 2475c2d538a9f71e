"""A small KB for the recognition tests (facts: names, QIDs, ISO codes; written here)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from marsad.entities.kb import Agent, Country, KBEntry, KnowledgeBase, Office, Role
from marsad.entities.recognize.gazetteer import Gazetteer, gazetteer_for


def _country(iso3: str, qid: str, en: str, ar: tuple[str, ...], dem: tuple[str, ...],
             cap_id: str, cap_ar: tuple[str, ...]) -> Country:
    return Country(iso3, qid, en, ar, dem, cap_id, cap_ar)


def make_kb() -> KnowledgeBase:
    countries = [
        _country("SYR", "Q858", "Syria", ("سوريا", "سورية"), ("سوري",), "Q3766", ("دمشق",)),
        _country("RUS", "Q159", "Russia", ("روسيا",), ("روسي",), "Q649", ("موسكو",)),
        _country("TUR", "Q43", "Turkey", ("تركيا",), ("تركي",), "Q3640", ("أنقرة",)),
        _country("FRA", "Q142", "France", ("فرنسا",), ("فرنسي",), "Q90", ("باريس",)),
        _country("IRN", "Q794", "Iran", ("إيران",), ("إيراني",), "Q3616", ("طهران",)),
    ]
    entities = [
        KBEntry("Q44329", "Q44329", "PER", "Bashar al-Assad", ("بشار الأسد",), "SYR",
                short_ar=("الأسد",)),
        KBEntry("Q7747", "Q7747", "PER", "Vladimir Putin", ("فلاديمير بوتين", "بوتين"), "RUS"),
        KBEntry("Q39259", "Q39259", "PER", "Recep Tayyip Erdogan",
                ("رجب طيب أردوغان", "أردوغان"), "TUR"),
        KBEntry("Q3766", "Q3766", "GPE", "Damascus", ("دمشق",), "SYR"),
        KBEntry("Q649", "Q649", "GPE", "Moscow", ("موسكو",), "RUS"),
        KBEntry("Q3640", "Q3640", "GPE", "Ankara", ("أنقرة",), "TUR"),
        KBEntry("Q90", "Q90", "GPE", "Paris", ("باريس",), "FRA"),
        KBEntry("Q3616", "Q3616", "GPE", "Tehran", ("طهران",), "IRN"),
        KBEntry("Q170653", "Q170653", "LOC", "Aleppo", ("حلب",), "SYR", subtype="city"),
        KBEntry("Q1065", "Q1065", "ORG", "United Nations", ("الأمم المتحدة",), None,
                sector="IGO", acronyms=("الأمم",)),
        KBEntry("Q1", "Q1", "ORG", "Kremlin", ("الكرملين",), "RUS", sector="GOV"),
    ]
    offices = [
        Office("head_of_state", "President", ("الرئيس", "رئيس الجمهورية"), "GOV", True),
        Office("foreign_minister", "Foreign minister", ("وزير الخارجية",), "GOV", True),
    ]
    roles = [
        Role("Q44329", "head_of_state", "SYR", "GOV", date(2000, 7, 17), date(2024, 12, 8)),
        Role("Q7747", "head_of_state", "RUS", "GOV", date(2012, 5, 7)),
    ]
    agents = [Agent("الجيش", "MIL", "army"), Agent("مسلحون", "UAF", "gunmen", True)]
    return KnowledgeBase.from_records(
        countries=countries, entities=entities, offices=offices, roles=roles, agents=agents
    )


@pytest.fixture(scope="session")
def small_kb() -> Any:
    return make_kb()


@pytest.fixture(scope="session")
def small_gazetteer(small_kb: Any) -> Gazetteer:
    return gazetteer_for(small_kb, use_cache=False)
