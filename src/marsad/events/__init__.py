"""Political events in PLOVER (and CAMEO): ontology, Arabic trigger lexicon, rule coder,
modality, document-level merging and PLOVER / GDELT export."""

from marsad.events.coder import CODER_VERSION, Coder
from marsad.events.export import counted, to_gdelt, to_plover
from marsad.events.lexicon import Lexicon, Trigger, load_lexicon
from marsad.events.merge import merge_events
from marsad.events.ontology import QUAD_TO_UN, UN_TO_QUAD, load_ontology

__all__ = [
    "CODER_VERSION",
    "QUAD_TO_UN",
    "UN_TO_QUAD",
    "Coder",
    "Lexicon",
    "Trigger",
    "counted",
    "load_lexicon",
    "load_ontology",
    "merge_events",
    "to_gdelt",
    "to_plover",
]
