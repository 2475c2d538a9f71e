"""KB gazetteer: clitic-aware longest match of KB aliases over normalised tokens.

Aliases are matched token by token in match form (:func:`marsad.arabic.normalize`)
with one pyahocorasick automaton. The text's tokens are joined as `` t1 t2 ... tn ``
and every key is an alias framed by spaces, so matches respect token boundaries.
Clitics are handled by adding, for each alias, its proclitic variants to the
automaton ("بموسكو", "والرئيس", "للرئيس" = ل + الرئيس): the exact form always beats
a clitic reading, and a clitic is only stripped from aliases of three letters or more.
Overlapping matches resolve to the longest (then the leftmost, then the exact one).

Labels: PER, ORG, LOC, GPE from the KB type (capitals are GPE), AGENT for office titles
("وزير الخارجية") and agents ("الجيش"). An AGENT match followed by a demonym takes it
in ("الرئيس الروسي", "الجيش التركي"). A plural demonym alone is a GPE mention of its
country ("السوريون", "الإيرانيات", "الأتراك"); a singular one is not (it qualifies a
noun: "الشعب السوري").

Common words are kept out with the KB's frequency decisions
(:mod:`marsad.entities.kb.lexicon`): place names that are mostly common words are not
entries, a person's distinctive short form is ("لافروف", label PER, kind ``short``), and
the KB's whole words are never read as proclitic + alias ("بايدن" is not ب + ايدن).

The automaton is built once per KB (:func:`gazetteer_for`, cached).
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from marsad.arabic import Token, normalize, normalize_with_map, tokenize
from marsad.entities.kb.lexicon import kb_lexical, proclitic_variants
from marsad.models import Mention

__all__ = [
    "Alias",
    "Gazetteer",
    "GazetteerMatch",
    "aliases_from_kb",
    "gazetteer_for",
    "is_plural_demonym",
    "mention_from_tokens",
]

log = logging.getLogger(__name__)

NAME = "ner.gazetteer.v1"

# Lower rank wins when one alias has several readings.
_LABEL_RANK = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3, "AGENT": 4, "MISC": 5, "DEM": 6}


@dataclass(frozen=True, slots=True)
class Alias:
    """One gazetteer entry: an alias in any form, what it names and how."""

    text: str
    label: str  # PER ORG LOC GPE AGENT MISC, or DEM for a demonym
    entity_id: str | None = None
    kind: str = "name"  # name demonym capital acronym variant office agent


@dataclass(frozen=True, slots=True)
class GazetteerMatch:
    start: int  # first token
    end: int  # one past the last token
    label: str
    entity_id: str | None
    kind: str
    clitic: int  # letters of proclitic before the alias on the first token (match form)


# automaton value: (key length, tokens, clitic letters, label, entity id or None, kind)
_Value = tuple[int, int, int, str, str | None, str]


_PLAIN = re.compile(r"[\u0621-\u064a ]+")


def _key_tokens(text: str) -> list[str]:
    norm = normalize(text)
    if _PLAIN.fullmatch(norm):  # most aliases: Arabic letters and spaces only
        return norm.split()
    return [t.norm for t in tokenize(norm)]


def _variants(first: str) -> Iterator[tuple[str, int]]:
    """Proclitic readings of an alias's first token: (surface form, clitic length)."""
    yield first, 0
    for form, _prefix, cut in proclitic_variants(first):
        yield form, cut


def _protected_words() -> set[str]:
    from marsad.entities.recognize.crf_features import load_cues

    cues = load_cues()
    return set(cues.given_names | cues.person_titles | cues.speech_verbs | cues.stop_after)


class Gazetteer:
    """An Aho-Corasick automaton over alias token sequences."""

    def __init__(
        self,
        aliases: Iterable[Alias],
        stoplist: Iterable[str] = (),
        protected: Iterable[str] | None = None,
    ) -> None:
        stop = {normalize(s) for s in stoplist}
        # words never read as clitic + alias ("بشار" is a name, not ب + شار): given
        # names and cue words by default
        keep = set(_protected_words() if protected is None else map(normalize, protected))
        # 1. one reading per alias form: ambiguity (several ids) drops the id; the
        #    label of the most specific type is kept
        base: dict[str, list[Any]] = {}
        self.demonyms: set[str] = set()
        for alias in aliases:
            toks = _key_tokens(alias.text)
            if not toks or (len(toks) == 1 and len(toks[0]) < 2):
                continue
            form = " ".join(toks)
            if form in stop:
                continue
            if alias.label == "DEM" and len(toks) == 1:
                self.demonyms.add(form)
            old = base.get(form)
            if old is None:
                base[form] = [len(toks), alias.label, alias.entity_id, alias.kind, False]
                continue
            if old[2] != alias.entity_id:
                old[4] = True
            if _LABEL_RANK.get(alias.label, 9) < _LABEL_RANK.get(old[1], 9):
                old[1], old[2], old[3] = alias.label, alias.entity_id, alias.kind
        # 2. exact keys first, then clitic readings where no exact key exists
        keys: dict[str, _Value] = {}
        for form, (n, label, eid, kind, amb) in base.items():
            key = " " + form + " "
            keys[key] = (len(key), n, 0, label, None if amb else eid, kind)
        for form, (n, label, eid, kind, amb) in base.items():
            first, _, rest = form.partition(" ")
            for variant, clitic in _variants(first):
                # a whole word, also under a further proclitic: "وبايدن" is و + بايدن
                if variant == first or variant in keep or (
                    clitic >= 2 and variant[1:] in keep
                ):
                    continue
                key = " " + variant + (" " + rest if rest else "") + " "
                if key not in keys:
                    keys[key] = (len(key), n, clitic, label, None if amb else eid, kind)
        self._automaton: Any = ahocorasick.Automaton()
        for key, value in keys.items():
            self._automaton.add_word(key, value)
        if keys:
            self._automaton.make_automaton()
        self.size = len(base)
        log.debug("gazetteer: %d alias forms, %d keys", len(base), len(keys))

    def __len__(self) -> int:
        return self.size

    def match_norms(self, norms: Sequence[str]) -> list[GazetteerMatch]:
        """Longest non-overlapping matches over match-form tokens, agents extended."""
        return self.extend_agents(self.raw_matches(norms), norms)

    def tags(self, norms: Sequence[str]) -> list[str]:
        """BIO tags of the raw matches (``B-PER``, ``I-DEM``...), for CRF features."""
        return self.tags_of(self.raw_matches(norms), len(norms))

    @staticmethod
    def tags_of(matches: Sequence[GazetteerMatch], n: int) -> list[str]:
        tags = ["O"] * n
        for m in matches:
            tags[m.start] = "B-" + m.label
            for i in range(m.start + 1, m.end):
                tags[i] = "I-" + m.label
        return tags

    def raw_matches(self, norms: Sequence[str]) -> list[GazetteerMatch]:
        """Longest non-overlapping matches, demonyms included, no agent extension."""
        if not self.size or not norms:
            return []
        text = " " + " ".join(norms) + " "
        starts: dict[int, int] = {}
        pos = 1
        for k, norm in enumerate(norms):
            starts[pos] = k
            pos += len(norm) + 1
        found: list[GazetteerMatch] = []
        for end_char, (key_len, n, clitic, label, eid, kind) in self._automaton.iter(text):
            # key " a b " ends at end_char; its first token starts after its leading space
            i = starts.get(end_char - key_len + 2)
            if i is not None:
                found.append(GazetteerMatch(i, i + n, label, eid, kind, clitic))
        return _longest(found)

    def extend_agents(
        self, matches: list[GazetteerMatch], norms: Sequence[str]
    ) -> list[GazetteerMatch]:
        """An office or agent followed by a demonym takes it in: "الرئيس" + "الروسي"."""
        out: list[GazetteerMatch] = []
        taken = {i for m in matches for i in range(m.start, m.end)}
        by_start = {m.start: m for m in matches}
        skip: set[int] = set()
        for m in matches:
            if m.start in skip:
                continue
            if m.label == "DEM":
                # a plural demonym alone names the country: "السوريون", "والأتراك"
                if m.entity_id and m.end - m.start == 1 and is_plural_demonym(norms[m.start]):
                    out.append(GazetteerMatch(m.start, m.end, "GPE", m.entity_id, m.kind,
                                              m.clitic))
                continue
            if m.label == "AGENT" and m.end < len(norms):
                nxt = by_start.get(m.end)
                if nxt is not None and nxt.label == "DEM":
                    skip.add(nxt.start)
                    m = GazetteerMatch(m.start, nxt.end, m.label, m.entity_id, m.kind, m.clitic)
                elif m.end not in taken and norms[m.end] in self.demonyms:
                    m = GazetteerMatch(m.start, m.end + 1, m.label, m.entity_id, m.kind,
                                       m.clitic)
            out.append(m)
        return out

    def demonym_tags(self, norms: Sequence[str]) -> list[bool]:
        return [n in self.demonyms for n in norms]

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[Mention]:
        """Mentions in ``text`` (offsets into ``text``; a proclitic is left out)."""
        tokens = tokenize(text) if tokens is None else tokens
        matches = self.match_norms([t.norm for t in tokens])
        return [mention_from_tokens(text, tokens, m, NAME) for m in matches]


def is_plural_demonym(word: str) -> bool:
    """A demonym form (match form) that is a plural: -ون، -ين، -ات or irregular (أتراك،
    روس). Singular forms end in ي or يه ("سوري", "السورية")."""
    return not (word.endswith("ي") or word.endswith("يه"))


def _longest(found: list[GazetteerMatch]) -> list[GazetteerMatch]:
    """Greedy: longer spans first, then leftmost, then fewer clitic letters."""
    found.sort(key=lambda m: (-(m.end - m.start), m.start, m.clitic))
    used: set[int] = set()
    chosen: list[GazetteerMatch] = []
    for m in found:
        span = range(m.start, m.end)
        if any(i in used for i in span):
            continue
        used.update(span)
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen


def mention_from_tokens(
    text: str, tokens: Sequence[Token], m: GazetteerMatch, source: str
) -> Mention:
    """A mention over tokens ``m.start .. m.end``; the proclitic on the first token is cut."""
    first = tokens[m.start]
    start = first.start
    if m.clitic:
        if len(first.text) == len(first.norm):
            start += m.clitic
        else:  # tashkeel in the token: map the clitic length through the offsets
            start += normalize_with_map(first.text).to_original(m.clitic)
    end = tokens[m.end - 1].end
    return Mention(start, end, m.label, text[start:end], source, m.entity_id)


def aliases_from_kb(kb: Any) -> Iterator[Alias]:
    """Gazetteer entries of a :class:`marsad.entities.kb.KnowledgeBase`.

    Place names that are mostly common words are left out ("عنك", "الشجرة": see
    :mod:`marsad.entities.kb.lexicon`); a person's short form that is not a common word
    is an entry of its own (kind ``short``): "قال لافروف" names Lavrov.
    """
    lex = kb_lexical(kb)
    for alias, entity_id, kind in kb.aliases():
        entry = kb.entities.get(entity_id)
        if entry is None or (alias, entity_id) in lex.common_aliases:
            continue
        if kind == "demonym":
            yield Alias(alias, "DEM", entry.id, kind)
            continue
        label = "GPE" if kind == "capital" else entry.type
        yield Alias(alias, label, entity_id, kind)
    if lex.alone_short:
        for form, person_id in kb.short_aliases():
            if form in lex.alone_short:
                yield Alias(form, "PER", person_id, "short")
    for office in kb.offices.values():
        for title in office.titles_ar:
            yield Alias(title, "AGENT", None, "office")
    for agent in kb.agents:  # agent nouns are stored bare: جيش matches الجيش too
        term = agent.term_ar
        yield Alias(term, "AGENT", None, "agent")
        if not term.startswith("ال"):
            yield Alias("ال" + term, "AGENT", None, "agent")


_BY_KB: dict[int, tuple[Any, Gazetteer]] = {}
CACHE_FORMAT = 3


def default_stoplist() -> list[str]:
    """Aliases never matched alone (``data/ner/gazetteer_stop.txt``): common words."""
    from importlib import resources

    text = resources.files("marsad.data").joinpath("ner/gazetteer_stop.txt").read_text("utf-8")
    return [s for line in text.splitlines() if (s := line.split("#")[0].strip())]


def gazetteer_for(
    kb: Any, stoplist: Iterable[str] | None = None, *, use_cache: bool = True
) -> Gazetteer:
    """The gazetteer of ``kb``: built once per KB object, and cached on disk.

    The disk cache (next to the KB's, ``$MARSAD_CACHE_DIR``) is keyed by a hash of
    the aliases, so any change to the KB or the cue tables builds a new one.
    """
    hit = _BY_KB.get(id(kb))
    if hit is not None and hit[0] is kb:
        return hit[1]
    aliases = list(aliases_from_kb(kb))
    stop = sorted(default_stoplist() if stoplist is None else stoplist)
    # words never read as proclitic + alias: given names and cue words, and the KB's
    # whole words ("بايدن" is not ب + ايدن)
    keep = sorted(_protected_words() | kb_lexical(kb).whole_words)
    gaz: Gazetteer | None = None
    path = None
    if use_cache:
        key = hashlib.sha256(repr((CACHE_FORMAT, aliases, stop, keep)).encode()).hexdigest()[:20]
        path = _cache_dir() / f"gaz-{key}.pickle"
        gaz = _read_cache(path)
    if gaz is None:
        gaz = Gazetteer(aliases, stop, keep)
        if path is not None:
            _write_cache(path, gaz)
    _BY_KB[id(kb)] = (kb, gaz)
    return gaz


def _cache_dir() -> Path:
    from marsad.entities.kb import cache_dir

    return Path(cache_dir())


def _read_cache(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as f:
            gaz = pickle.load(f)
        return gaz if isinstance(gaz, Gazetteer) else None
    except FileNotFoundError:
        return None
    except Exception as e:  # a stale or broken cache is rebuilt, never fatal
        log.warning("ignoring gazetteer cache %s: %r", path, e)
        return None


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in sorted(path.parent.glob("gaz-*.pickle"), key=lambda p: p.stat().st_mtime,
                          reverse=True)[2:]:
            old.unlink(missing_ok=True)
    except OSError as e:
        log.warning("cannot write gazetteer cache %s: %r", path, e)
