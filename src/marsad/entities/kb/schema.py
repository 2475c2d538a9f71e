"""The KB's vocabularies and file schemas: the whole policy the loader checks against.

Kept as plain tables so that docs/kb.md, the loader and the build scripts agree.
"""

from __future__ import annotations

__all__ = [
    "COLUMNS",
    "ENTITY_TYPES",
    "GPE_PLACE_TYPES",
    "ORG_TYPES",
    "PLACE_TYPES",
    "REGIONS",
    "REQUIRED",
    "SECTORS",
]

# Actor-code sectors (CAMEO / PLOVER style suffixes after the ISO-3 country).
SECTORS: dict[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "SPY": "intelligence",
    "COP": "police and internal security",
    "LEG": "legislature",
    "JUD": "judiciary",
    "PTY": "political party",
    "OPP": "opposition",
    "REB": "rebels",
    "UAF": "unidentified armed force, militia",
    "INS": "insurgents, jihadist groups",
    "IGO": "intergovernmental organisation",
    "NGO": "non-governmental organisation",
    "MED": "media",
    "BUS": "business",
    "REL": "religious",
    "CVL": "civilians",
    "EDU": "education",
    "HLH": "health",
    "LAB": "labour",
    "ELI": "elites",
    "REF": "refugees",
    "CRM": "criminals",
}

ENTITY_TYPES = ("PER", "ORG", "LOC", "GPE")

REGIONS = ("MENA", "EUR", "ASI", "AFR", "AME", "OCE", "ANT")

PLACE_TYPES = (
    "city",
    "capital",
    "province",
    "region",
    "district",
    "island",
    "sea",
    "river",
    "mountain",
    "area",
)
# Places with a government of their own are GPEs; the rest are plain locations.
GPE_PLACE_TYPES = frozenset({"city", "capital", "province", "district"})

ORG_TYPES = (
    "igo",
    "government",
    "presidency",
    "ministry",
    "military",
    "security",
    "intelligence",
    "legislature",
    "court",
    "central_bank",
    "party",
    "armed_group",
    "media",
    "ngo",
    "company",
    "religious",
    "sports",  # clubs, national federations, international sports bodies
    "other",
)

# Columns of each file kind; REQUIRED ones must be present in the header and non-empty.
COLUMNS: dict[str, tuple[str, ...]] = {
    "countries": (
        "iso3", "iso2", "qid", "name_en", "names_ar", "demonyms_ar",
        "capital_id", "capital_en", "capital_ar", "seat_ids", "region",
    ),
    "places": ("id", "qid", "name_en", "names_ar", "type", "country", "population"),
    "orgs": (
        "id", "qid", "name_en", "names_ar", "acronyms", "type", "country", "sector", "code",
        "aliases_en",
    ),
    "offices": ("key", "name_en", "titles_ar", "sector", "exclusive", "country"),
    "agents": ("term_ar", "sector", "label_en", "plural"),
    "people": ("id", "qid", "name_en", "names_ar", "short_ar", "country", "gender", "sector"),
    "roles": ("person_id", "office", "country", "sector", "start", "end", "org", "note"),
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "countries": ("iso3", "name_en", "names_ar"),
    "places": ("id", "name_en", "names_ar", "type"),
    "orgs": ("id", "name_en", "names_ar", "type", "sector"),
    "offices": ("key", "name_en", "titles_ar", "sector", "exclusive"),
    "agents": ("term_ar", "sector", "label_en"),
    "people": ("id", "name_en", "names_ar"),
    "roles": ("person_id", "office", "start"),
}
