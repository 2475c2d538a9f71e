"""Entity linking and within-article coreference (the ``link.kb.v1`` component).

>>> from marsad.entities.link import Linker
>>> linked = Linker(kb).link(article)   # mentions with entity_id + actor_code, entities
"""

from marsad.entities.link.indexes import Indexes, PhraseIndex, build_indexes
from marsad.entities.link.linker import Linker, Resolution
from marsad.entities.link.protocol import KBLike, office_of, roles_at

__all__ = [
    "Indexes",
    "KBLike",
    "Linker",
    "PhraseIndex",
    "Resolution",
    "build_indexes",
    "office_of",
    "roles_at",
]
