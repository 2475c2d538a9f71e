"""The knowledge base: countries, places, organisations, people with dated roles,
offices and agents, loaded from TSV data (``marsad/data/kb``) and cached.

>>> from marsad.entities.kb import load_kb
>>> kb = load_kb()
>>> kb.country_of_demonym("السوريون")
'SYR'
"""

from marsad.entities.kb.knowledge import KnowledgeBase, LookupHit
from marsad.entities.kb.loader import DEFAULT_KB_DIR, cache_dir, compile_kb, load_kb
from marsad.entities.kb.records import Agent, Country, KBEntry, Office, Role

__all__ = [
    "DEFAULT_KB_DIR",
    "Agent",
    "Country",
    "KBEntry",
    "KnowledgeBase",
    "LookupHit",
    "Office",
    "Role",
    "cache_dir",
    "compile_kb",
    "load_kb",
]
