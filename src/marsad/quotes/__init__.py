"""Who said what: direct and reported quotes with the speaker linked to the KB.

>>> from marsad.quotes import find_quotes
>>> find_quotes(article)   # article with sentences and (linked) mentions
"""

from marsad.quotes.finder import find_quotes
from marsad.quotes.verbs import SpeechVerb, VerbForm, load_speech_verbs, verb_forms

__all__ = ["SpeechVerb", "VerbForm", "find_quotes", "load_speech_verbs", "verb_forms"]
