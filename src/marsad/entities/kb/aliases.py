"""Alias generation: the match forms under which the KB's names are found in text.

Everything here works in match form (:func:`marsad.arabic.normalize`). Proclitics on
names (بموسكو، للأمم) are the gazetteer's business, not the KB's; the KB adds only the
forms a proclitic split cannot reach: the article on demonyms and agent nouns
(سوري / السوري), and the regular plurals of demonyms (السوريون، السوريين).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from marsad.arabic import normalize

__all__ = ["demonym_forms", "match_form", "with_article"]

_SPACES = re.compile(r"\s+")
# Hyphens and dashes join parts of names ("إسكالديس-إنجورداني"): match them as spaces.
_JOINERS = str.maketrans({"-": " ", "\u2013": " ", "\u2010": " ", "_": " "})


def match_form(text: str) -> str:
    """The normalised, single-spaced form every alias is stored in."""
    return _SPACES.sub(" ", normalize(text).translate(_JOINERS)).strip()


def with_article(norm: str) -> str:
    """``سوري`` → ``السوري``; a multiword term gets the article on its first word only."""
    return norm if norm.startswith("ال") else "ال" + norm


def demonym_forms(demonyms: Iterable[str]) -> Iterator[str]:
    """Every match form of a country's demonyms, with and without the article.

    ``سوري`` gives سوري، سوريه، سوريون، سوريين، سوريات and the ال- forms of each;
    ``ألماني`` gives الماني and الالماني (its ال is not the article).
    Irregular plurals (عرب، أتراك) are listed in the data and pass through.
    """
    seen: set[str] = set()
    for raw in demonyms:
        d = match_form(raw)
        if not d:
            continue
        # single words are listed bare: the ال of "ألماني" is part of the word, so
        # only a multiword demonym listed with its article loses it ("الكوري الجنوبي")
        bare = d[2:] if " " in d and d.startswith("ال") else d
        forms = {bare}
        if " " not in bare:
            if bare.endswith("ي"):
                forms |= {bare + "ه", bare + "ون", bare + "ين", bare + "ات"}
            elif bare.endswith("يه"):
                forms |= {bare[:-1] + "ات"}
        for f in sorted(forms):
            for g in (f, "ال" + f if " " not in f else with_article(f)):
                if g not in seen:
                    seen.add(g)
                    yield g
