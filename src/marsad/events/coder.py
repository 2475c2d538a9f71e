"""The rule coder: triggers per sentence, roles from Arabic structure, status, date, place.

For each sentence the lexicon finds triggers (longest match wins). Roles come from the
clause around a trigger:

- verbs: the first bare noun phrase after the verb is the subject (VSO, the news norm),
  else the nearest bare one before it (SVO, headlines), else the passive agent
  (على يد، من قبل), else the *salient actor* (the last coded actor of the text: Arabic
  drops pronoun subjects);
- verbal nouns: the iḍāfa genitive right after the noun is the agent ("زيارة الأسد"),
  or the patient when the entry's first marker is ``obj`` ("اغتيال مغنية"); a noun with
  a possessive pronoun ("زيارته") takes the nearest actor before it or the salient one;
- recipients: the markers the entry names (``obj``, إلى، مع، على، ضد، بين، ل ...);
- symmetric entries (meetings, clashes) make every party an actor; ``inv`` entries
  (استقبل) swap host and guest so the visitor is the actor, as PLOVER wants.

Nouns that are the topic of a verbal-cooperation trigger earlier in the sentence
("بحثا ... المصالحة"، "دعا إلى وقف إطلاق النار") are not events of their own.
"""

from __future__ import annotations

import hashlib
import logging
import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from typing import Any

from marsad.arabic import normalize, normalize_with_map, split_sentences
from marsad.events.actors import (
    ACTOR_LABELS,
    PLACE_LABELS,
    UNKNOWN,
    ActorResolver,
    code_in_context,
    context_countries,
    dominant_country,
    group_participants,
    unique_participants,
)
from marsad.events.context import (
    Sentence,
    anchored,
    clause_of,
    event_date,
    event_status,
    keep_triggers,
    only_counts,
    place_of,
    salient_actor,
)
from marsad.events.lexicon import Lexicon, TriggerMatch, load_lexicon
from marsad.events.merge import merge_events
from marsad.events.ontology import load_ontology
from marsad.events.people import PeopleFinder
from marsad.events.roles import (
    BY,
    WORD_RE,
    Group,
    clauses,
    counterpart,
    group_mentions,
    locate,
    partitive,
    passive_roles,
)
from marsad.events.senses import apply_senses, lacks_context
from marsad.models import Article, Event, Participant, TimeExpression

__all__ = ["CODER_VERSION", "Coder"]

log = logging.getLogger(__name__)

CODER_VERSION = "events.rules.v1"
MIN_WORDS = 4  # shorter lines are headings or site chrome
CHROME_RE = re.compile(
    r"^(?:اقرا ايضا|مقالات ذات صله|اترك تعليقا|زر الذهاب|تابعونا|اخبار ذات صله|"
    r"اقرا المزيد|المزيد من|الاكثر قراءه|حقوق النشر|جميع الحقوق)"
)
# share / subscribe buttons are chrome only as short lines: "شارك الآلاف في مظاهرة" is news
CHROME_SHORT_RE = re.compile(r"^(?:شارك|اشترك)")
CHROME_SHORT_WORDS = 6
POSSESSIVE = ("هما", "هم", "ها", "ه")
# material-conflict nouns kept even with no participant: "انفجار في بغداد" is an event
UNATTRIBUTED_OK = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
SUBJECT_WINDOW = 6  # words between a verb and its VSO subject
SALIENT_REACH = 2  # sentences a dropped subject may reach back
# sectors of the state: never the dropped subject of a protest
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


class Coder:
    """Codes events from an article's sentences, mentions and time expressions."""

    def __init__(self, lexicon: Lexicon | None = None, kb: Any | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.kb = kb
        self.onto = load_ontology()
        self.people = PeopleFinder(kb)
        self._doc_country: str | None = None
        self._people_at: set[int] = set()  # where the unnamed people found start

    # -- entry point --------------------------------------------------------------

    def code(self, article: Article) -> list[Event]:
        """Events of the article, the tellings of one event merged into one."""
        events, dated = self.code_tellings(article)
        return merge_events(events, dated)

    def code_tellings(self, article: Article) -> tuple[list[Event], set[str]]:
        """Events, one per trigger, and the ids whose date came from the text."""
        self._dated: set[str] = set()
        text = article.text
        if not text:
            return [], self._dated
        nt = normalize_with_map(text)
        norm = nt.text
        to_norm = _inverse(nt)
        published = article.published_date
        resolver = ActorResolver(self.kb, published)
        spans = article.sentences or tuple(split_sentences(text))
        sents = [
            Sentence(to_norm(s), to_norm(e), (s, e), i) for i, (s, e) in enumerate(spans)
        ]
        mentions = sorted(
            ((to_norm(m.start), to_norm(m.end), m) for m in article.mentions),
            key=lambda t: (t[0], -t[1]),
        )
        mentions = _drop_nested(mentions)
        m_starts = [s for s, _, _ in mentions]
        timexes = sorted(
            ((to_norm(t.start), to_norm(t.end), t) for t in article.timexes), key=lambda t: t[0]
        )
        salient = salient_actor(mentions, resolver)
        # the country a sector with no country of its own belongs to, failing the sentence
        self._doc_country = dominant_country([m for _, _, m in mentions], resolver)
        self._people_at = set()  # where the unnamed people found in this article start
        events: list[Event] = []
        last_actors: tuple[Participant, ...] = salient
        last_at = -1  # index of the sentence whose event set last_actors
        all_found = self.lexicon.find(norm)
        found_starts = [m.start for m in all_found]
        for sent in sents:
            lo_f = bisect_left(found_starts, sent.start)
            hi_f = bisect_left(found_starts, sent.end)
            found = [m for m in all_found[lo_f:hi_f] if m.cover <= sent.end]
            found = apply_senses(norm, found, sent.start, sent.end)
            if not found:
                continue
            chunk = norm[sent.start : sent.end]
            n_words = len(WORD_RE.findall(chunk))
            head = chunk.strip()
            if n_words < MIN_WORDS or CHROME_RE.match(head) or (
                n_words <= CHROME_SHORT_WORDS and CHROME_SHORT_RE.match(head)
            ):
                continue
            sent.clauses = clauses(norm, sent.start, sent.end)
            lo = bisect_left(m_starts, sent.start)
            hi = bisect_left(m_starts, sent.end)
            sent_mentions = [t for t in mentions[lo:hi] if t[1] <= sent.end]
            # unnamed people ("ثلاثة مدنيين"، "جنديان إسرائيليان") the recogniser left out
            people = self.people.find(norm, sent.start, sent.end,
                                      [(s, e) for s, e, _ in sent_mentions], nt.span, text)
            if people:
                self._people_at.update(m.start for _, _, m in people)
                sent_mentions = sorted(sent_mentions + people, key=lambda t: (t[0], -t[1]))
            sent_timexes = tuple(t for s, e, t in timexes if sent.start <= s < sent.end)
            kept = keep_triggers(norm, sent, found)
            # a dropped subject points back a sentence or two, or to the lead's subject
            recent = last_actors if (last_at < 0 or sent.index - last_at <= SALIENT_REACH) else ()
            for trig in kept:
                ev = self._event(
                    article, norm, nt, sent, trig, found, kept, sent_mentions, sent_timexes,
                    timexes, resolver, recent, published,
                )
                if ev is None:
                    continue
                events.append(ev)
                coded = tuple(p for p in ev.actors if p.code != UNKNOWN)
                if coded:
                    last_actors, last_at, recent = coded, sent.index, coded
        return events, self._dated

    # -- one trigger --------------------------------------------------------------

    def _event(
        self,
        article: Article,
        norm: str,
        nt: Any,
        sent: Sentence,
        tm: TriggerMatch,
        found: Sequence[TriggerMatch],
        kept: Sequence[TriggerMatch],
        sent_mentions: Sequence[tuple[int, int, Any]],
        sent_timexes: tuple[TimeExpression, ...],
        all_timexes: Sequence[tuple[int, int, TimeExpression]],
        resolver: ActorResolver,
        salient: tuple[Participant, ...],
        published: date | None,
    ) -> Event | None:
        trig = tm.trigger
        clause = clause_of(norm, sent, tm)
        in_clause = [t for t in sent_mentions if clause[0] <= t[0] and t[1] <= clause[1]]
        located = locate(norm, in_clause, clause[0], resolver.known)
        # a place the linker coded as an actor counts too ("وتركيا" tagged LOC → TUR)
        actor_like = [n for n in located if n.mention.label in ACTOR_LABELS
                      or (n.mention.label == "LOC" and n.mention.actor_code)]
        groups = group_mentions(norm, actor_like)
        nxt = min((f.start for f in found if f.start > tm.start and f.trigger.kind == "verb"),
                  default=clause[1])
        after = [g for g in groups if g.start >= tm.end and g.start < max(nxt, tm.end)]
        prev_verb = max(
            (f.end for f in found if f.end <= tm.start and f.trigger.kind == "verb"
             and f.start >= clause[0]),
            default=clause[0],
        )
        # SVO subjects sit before the verb but after any earlier verb of the clause,
        # whose object they would otherwise be ("زار الأسد موسكو والتقى ...")
        before = [g for g in groups if g.end <= tm.start]
        before_subj = before
        if trig.kind == "verb" and prev_verb > clause[0]:
            before_subj = []  # a second verb of the clause shares the first one's subject
        # prepositional roles stop at the next trigger: "بحثا المصالحة مع أنقرة" — the
        # مع-phrase belongs to the topic noun, not to the meeting
        nxt_any = min(
            (f.start for f in (found if trig.symmetric else kept) if f.start > tm.start),
            default=clause[1],
        )
        near = [g for g in after if g.start < max(nxt_any, tm.end)]
        rule: str
        subject: Group | None = None
        recipients: list[Group] = []
        patient: Group | None = None
        passive = False
        used: set[int] = set()
        possessive = trig.kind != "verb" and tm.form.endswith(POSSESSIVE) and not any(
            normalize(v) == tm.form for v in trig.lemma.split("/")
        )
        if trig.kind == "verb":
            # "نظيره" (his counterpart) is the object of a verb with no object pronoun
            # ("التقى خلالها نظيره المصري"); with one it is the subject ("استقبله نظيره")
            suffixed = norm[tm.end : tm.end + 1].isalpha()
            subject = next(
                (g for g in after if g.marker is None
                 and (suffixed or not counterpart(norm, g))
                 and _words(norm, tm.end, g.start) <= SUBJECT_WINDOW), None
            )
            rule = "verb-vso"
            # SVO: a bare noun phrase right before the verb is its subject ("الأسد يزور روسيا")
            head = next((g for g in reversed(before_subj) if g.marker is None), None)
            if head is not None and _words(norm, head.end, tm.start) == 0:
                subject, rule = head, "verb-svo"
            if subject is None:
                subject = next((g for g in reversed(before_subj) if g.marker is None), None)
                rule = "verb-svo"
            if trig.passive or (trig.mode == "kill" and (" " in tm.form or tm.cover_end > 0)):
                # "قتل ثلاثة مدنيين"، "لقي جنديان حتفهما": the noun phrase is the victim
                subject, patient, passive = passive_roles(norm, tm, subject, after, clause[1])
                if passive:
                    rule = "verb-passive"
        else:
            genitive = next(
                (g for g in after if g.marker is None and only_counts(norm, tm.cover, g.start)),
                None,
            )
            objective = bool(trig.markers) and trig.markers[0] == "obj"
            if genitive is not None and objective:
                patient = genitive
            elif genitive is not None and trig.agentive and not possessive:
                subject = genitive
            rule = "noun-idafa"
            if subject is None:
                subject = next((g for g in reversed(before) if g.marker is None), None)
                rule = "noun-governor" if not possessive else "noun-possessive"
                if trig.category == "PROTEST" and subject is not None and all(
                    n.mention.label in PLACE_LABELS for n in subject.members
                ):
                    subject = None  # "شهدت بغداد تظاهرات": the city is where, not who
        by_agent = next((g for g in after + before if g.marker == BY), None)
        # the agent phrase beats an actor that merely governs the noun: in "أعلنت الوزارة
        # مقتل طفل برصاص الجيش" the army did it, the ministry only reports it
        if by_agent is not None and (
            subject is None or trig.passive or rule == "noun-governor"
        ):
            # a passive with its agent: "اغتيل المعارض على يد مسلحين"
            if subject is not None and subject is not by_agent and patient is None:
                patient = subject
            subject = by_agent
            rule = rule.split("-")[0] + "-passive-agent"
        if subject is not None:
            used.add(id(subject))
        if patient is not None:
            used.add(id(patient))
            recipients.append(patient)
        markers = trig.markers
        if trig.symmetric and "بين" not in markers:
            markers = (*markers, "بين")  # "اللقاء بين الأسد وبوتين"
        if trig.category == "PROTEST" and "امام" not in markers:
            markers = (*markers, "امام")  # "احتجوا أمام السفارة": the target's door
        for marker in markers:
            if marker == "في":
                continue  # في marks the place, not a recipient
            if recipients and marker == "obj":
                break
            cand = None
            if marker == "obj":
                cand = next((g for g in near if id(g) not in used and (
                    g.marker is None or partitive(norm, g))), None)
            else:
                cand = next((g for g in near if g.marker == marker and id(g) not in used), None)
            if cand is not None:
                recipients.append(cand)
                used.add(id(cand))
                if not trig.symmetric:
                    break
        actors = group_participants(subject, resolver, groups)
        recips = [p for g in recipients for p in group_participants(g, resolver, groups)]
        if passive and not actors:
            # "قتل ثلاثة مدنيين في غارة إسرائيلية": the raid names its side
            actors = self.people.attack_side(norm, clause, found, nt.span, article.text)
        dropped = False
        if not actors and (trig.kind == "verb" or possessive) and not passive:
            # the state does not take to the streets: a protest's dropped subject is not
            # the government or security figure the text is about
            actors = [p for p in salient if trig.category != "PROTEST"
                      or p.code[-3:] not in _STATE_SECTORS]
            dropped = bool(actors)
            rule = rule.split("-")[0] + "-dropped-subject"
        category, mode, cameo = trig.category, trig.mode, trig.cameo
        between = [g for g in recipients if g.marker == "بين"]
        if (
            trig.symmetric
            and trig.kind != "verb"
            and trig.category == "AGREE"
            and between
            and actors
            and subject is not None
            and subject.marker is None
            and not dropped
        ):
            # "موسكو تسعى لتسريع المصالحة بين تركيا وسوريا": the one who brings the
            # parties together mediates (CONSULT/third-party), the parties are recipients
            category, mode, cameo = "CONSULT", "third-party", "045"
            rule = "noun-mediator"
        elif trig.symmetric:
            actors = unique_participants(actors + recips)
            recips = []
        elif trig.inverse:
            actors, recips = recips, actors
        recips = [p for p in recips if p.code not in {a.code for a in actors} or p.code == UNKNOWN]
        if not actors and not recips and trig.kind != "verb" and (
            trig.category not in UNATTRIBUTED_OK
        ):
            return None
        # unnamed victims ("مدنيين") are no political participant: the context must tell
        people_at = self._people_at
        if not any(p.code != UNKNOWN and p.start not in people_at
                   for p in actors + recips) and lacks_context(
            norm, category, sent.start, sent.end
        ):
            return None  # no political participant or context: a crime report (senses.tsv)
        if trig.kind == "verb" and mode == "visit" and not recips:
            return None  # a visit with no destination is "reaching" something else
        # an actor merely standing before a noun ("noun-governor") or a target does not
        # make the noun a new event: "قال الوزير إن الهجوم على ..." refers to one
        # (unnamed people alone, "مقتل مدنيين", do not tie the noun to a report either)
        weak = rule == "noun-governor" or not any(
            p.start not in people_at for p in actors + recips
        )
        # only a time expression of the noun's own clause dates it: "قال اليوم إن
        # الهجمات ..." dates the statement, not the attacks
        clause_timexes = tuple(t for s, _, t in all_timexes if clause[0] <= s < clause[1])
        if weak and trig.kind != "verb" and not anchored(
            norm, clause, tm, located, clause_timexes, sent.start
        ):
            # a bare event noun with nothing concrete around it is a topic, even when an
            # actor stands somewhere before it ("حزب الله يتوقع ... اغتيال قيادي")
            return None
        actors, recips = self._situate(category, mode, actors, recips, in_clause,
                                       sent_mentions, resolver, norm, nt)
        # the material-conflict nouns are the ones kept without participants, so only
        # they need the anaphora test ("الهجوم": an attack told before)
        status = event_status(norm, sent, clause, tm, all_timexes, clause_timexes, published,
                              anaphora=category in UNATTRIBUTED_OK)
        if category == "CONSULT" and mode is None and len(actors) >= 3:
            mode = "multilateral"
        when, gran, explicit = event_date(tm, sent, sent_timexes, all_timexes, published, status)
        # a place after the next trigger belongs to that trigger ("ناقش ... العملية
        # العسكرية في أوكرانيا" is not a meeting in Ukraine)
        own = [n for n in located if n.start < max(nxt_any, tm.cover) or n.end <= tm.start]
        loc_id, loc_text = place_of(norm, own, used, recipients, category, mode)
        confidence = {"verb": 0.8, "noun": 0.7, "phrase": 0.75}[trig.kind]
        if " " in tm.form:
            confidence += 0.1
        if dropped:
            confidence *= 0.8
        if not actors:
            confidence *= 0.6
        cat = self.onto.category(category)
        o_start, o_end = nt.span(tm.start, tm.end)
        event_id = _event_id(article.id, category, o_start)
        if explicit:
            self._dated.add(event_id)
        return Event(
            id=event_id,
            category=category,
            mode=mode,
            cameo=cameo,
            quad=cat.quad,
            actors=tuple(actors),
            recipients=tuple(recips),
            status=status,
            sentence_start=sent.orig[0],
            sentence_end=sent.orig[1],
            trigger_start=o_start,
            trigger_end=o_end,
            trigger=article.text[o_start:o_end],
            rule=f"{CODER_VERSION}:{rule}",
            confidence=round(min(confidence, 1.0), 3),
            date=when,
            date_granularity=gran,  # type: ignore[arg-type]
            location=loc_id,
            location_text=loc_text,
        )

    def _situate(
        self,
        category: str,
        mode: str | None,
        actors: list[Participant],
        recips: list[Participant],
        in_clause: Sequence[tuple[int, int, Any]],
        sent_mentions: Sequence[tuple[int, int, Any]],
        resolver: ActorResolver,
        norm: str,
        nt: Any,
    ) -> tuple[list[Participant], list[Participant]]:
        """Countries for sector-only codes and the protest defaults (``code_in_context``):
        the clause's places, then the sentence's, then the article's main country."""
        to_norm = _inverse(nt)
        countries = context_countries([m for _, _, m in in_clause],
                                      [m for _, _, m in sent_mentions], self._doc_country,
                                      resolver)
        return code_in_context(
            category, mode, actors, recips, countries,
            lambda p: self.people.country_after(norm, to_norm(p.end)),
            lambda p: self.people.is_people(p.text, p.code),
        )


# -- helpers ----------------------------------------------------------------------


def _inverse(nt: Any) -> Any:
    """Original offset -> normalised offset."""
    offsets = getattr(nt, "_offsets", None)
    if offsets is None:
        return lambda i: i
    return lambda i: bisect_left(offsets, i)


def _shift(m: TriggerMatch, by: int) -> TriggerMatch:
    cover = m.cover_end + by if m.cover_end >= 0 else -1
    return TriggerMatch(m.start + by, m.end + by, m.trigger, m.tense, m.prefix, m.form, cover)


def _drop_nested(mentions: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    out: list[tuple[int, int, Any]] = []
    for t in mentions:
        if out and t[0] < out[-1][1]:
            continue  # nested or overlapping: keep the earlier, longer one
        out.append(t)
    return out


def _words(norm: str, a: int, b: int) -> int:
    return len(WORD_RE.findall(norm, a, b)) if b > a else 0


def _event_id(article_id: str, category: str, start: int) -> str:
    return hashlib.sha1(f"{article_id}:{category}:{start}".encode()).hexdigest()[:16]
