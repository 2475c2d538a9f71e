"""Who said what: direct («...», “...”, "...") and reported (قال إن ...) statements.

Per sentence, each attribution verb (data: ``data/quotes/speech_verbs.tsv``) opens a
search for the start of the content: a complementiser (إن، أن، بأن، أنه...), a colon,
or an opening quotation mark, possibly at the start of the next sentence ("وقال
بيسكوف يوم الأربعاء. “...”"). The speaker is

1. the first mention between the verb and the content (VSO: "قال الرئيس الروسي إن"),
   or the one after عن for reporting verbs ("نقلت وكالة X عن Y قوله إن");
2. else a mention opening the sentence before the verb (SVO: "بوتين قال إن");
3. else the first person mentioned earlier in the sentence ("التقى الأسد ... وقال إن");
4. else the previous quote's speaker (a dropped subject: "وأضاف: ...").

"بحسب X" / "وفقاً لـ X" attribute the rest of the sentence to X. Quotation marks with
no verb take a verb that follows them in the sentence ("«...»، قال بوتين").
The speaker's KB id is the mention's ``entity_id`` (set by ``link.kb.v1``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from marsad.arabic import Token, normalize, normalize_with_map, split_sentences, tokenize

# the tokenizer's own pattern, run with pos/endpos so offsets need no shifting
from marsad.arabic.tokenize import _TOKEN_RE
from marsad.models import Article, Mention, Quote
from marsad.quotes.lexicon import (
    COMPLEMENTISERS,
    CONNECTIVES,
    DIRECT_RE,
    HIS_WORDS,
    MAX_BARE_SUBJECT,
    MAX_GAP,
    MEDIA_HEADS,
    MIN_DIRECT_WORDS,
    MIN_ORPHAN_WORDS,
    NEGATIONS,
    NOT_SOURCE,
    NOT_SUBJECT,
    OPENERS,
    PREPOSITIONS,
    QUOTE_CHAR_RE,
    QUOTE_OPEN,
    REPORTING,
    SOURCE_NOUNS,
    SPEAKER_LABELS,
    SVO_STOPS,
    WORD_RE,
)
from marsad.quotes.verbs import VerbForm, attribution_markers, verb_forms

__all__ = ["find_quotes"]

@dataclass(frozen=True, slots=True)
class _Speaker:
    text: str = ""
    id: str | None = None
    start: int = -1
    end: int = -1

    def __bool__(self) -> bool:
        return bool(self.text)


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """The quotes of an article, in text order."""
    return _Finder(article).run()


_COUNT_RE = re.compile(r"(?:[^\W_]|[\u064b-\u0652\u0640])+")  # tashkeel stays inside


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    return frozenset(verb_forms()) | frozenset(attribution_markers())


def _tokens(text: str, start: int, end: int) -> list[Token]:
    """:func:`marsad.arabic.tokenize` over ``text[start:end]``, offsets into ``text``."""
    return [Token(m.start(), m.end(), m.group(), normalize(m.group()))
            for m in _TOKEN_RE.finditer(text, start, end)]


def _words(text: str) -> int:
    """Number of words (letters or digits) in ``text``."""
    return len(_COUNT_RE.findall(text))


class _Finder:
    def __init__(self, article: Article) -> None:
        self.text = article.text
        self.sentences = list(article.sentences) or split_sentences(article.text)
        self.mentions = sorted(article.mentions, key=lambda m: (m.start, -m.end))
        self.forms = verb_forms()
        self.markers = attribution_markers()
        self.cue_words = _cue_words()
        self.quotes: list[Quote] = []
        self.last = _Speaker()
        self.sentence = 0  # index of the sentence being read
        self.last_sentence = -2  # sentence of the last attributed quote

    # ------------------------------------------------------------------ driver
    def run(self) -> tuple[Quote, ...]:
        cues = self._cue_offsets()
        for si, (s, e) in enumerate(self.sentences):
            self.sentence = si
            # most sentences hold no attribution word and no quotation mark: skip them
            # without tokenising
            k = bisect.bisect_left(cues, s)
            if k == len(cues) or cues[k] >= e:
                continue
            tokens = _tokens(self.text, s, e)
            nxt = self.sentences[si + 1] if si + 1 < len(self.sentences) else None
            before = len(self.quotes)
            self._verbs(tokens, s, e, nxt)
            if len(self.quotes) == before:
                self._markers(tokens, s, e)
            self._direct(tokens, s, e)
        self.quotes.sort(key=lambda q: q.start)
        return tuple(self.quotes)

    def _cue_offsets(self) -> list[int]:
        """Sorted offsets of attribution words, markers and quotation marks."""
        norm = normalize_with_map(self.text)
        cues = self.cue_words
        out = [norm.to_original(w.start()) for w in WORD_RE.finditer(norm.text)
               if w.group() in cues]
        out.extend(m.start() for m in QUOTE_CHAR_RE.finditer(self.text))
        out.sort()
        return out

    def _add(self, start: int, end: int, kind: str, verb: str, speaker: _Speaker) -> None:
        while start < end and self.text[start] in " \t،,:؛":
            start += 1
        while end > start and self.text[end - 1] in " \t.،,؛":
            end -= 1
        if end <= start or any(q.start < end and start < q.end for q in self.quotes):
            return
        self.quotes.append(
            Quote(start, end, self.text[start:end], kind,  # type: ignore[arg-type]
                  verb, speaker.text, speaker.id, speaker.start, speaker.end)
        )
        if speaker.text:
            self.last = speaker
            self.last_sentence = self.sentence

    # ------------------------------------------------------------- speech verbs
    def _verbs(self, tokens: list[Token], s: int, e: int, nxt: tuple[int, int] | None) -> None:
        for i, tok in enumerate(tokens):
            form = self.forms.get(tok.norm)
            if form is None or form.tense == "masdar":
                continue
            if i > 0 and tokens[i - 1].norm in NEGATIONS:
                continue  # "لم يكشف ...": nothing was said
            if i > 0 and tokens[i - 1].norm in PREPOSITIONS:
                continue  # "دون رد": after a preposition the word is a noun
            opener = self._opener(tokens, i + 1)
            if opener is None:
                if nxt is not None and self._next_starts_quote(nxt) and not self._has_verb(
                    tokens, i + 1
                ):
                    speaker = self._speaker(tokens, i, len(tokens), s, form)
                    self._content_in_quote(nxt[0], nxt[1], form.lemma, speaker)
                continue
            j, kind = opener
            speaker = self._speaker(tokens, i, j, s, form)
            lemma = self._lemma_after(tokens, i, j) or form.lemma
            if kind == "quote":
                closer = QUOTE_OPEN.get(tokens[j].text, '"')
                end = self.text.find(closer, tokens[j].end, e + 1)
                if end == -1 or _words(self.text[tokens[j].end : end]) < MIN_DIRECT_WORDS:
                    continue
                self._add(tokens[j].end, end, "direct", lemma, speaker)
            else:
                start = tokens[j].end
                end = self._reported_end(tokens, j, e)
                direct = self._quoted_whole(start, end)
                if direct is not None:
                    self._add(direct[0], direct[1], "direct", lemma, speaker)
                else:
                    self._add(start, end, "reported", lemma, speaker)

    def _opener(self, tokens: list[Token], k: int) -> tuple[int, str] | None:
        skip_to = -1  # end of a quoted name being stepped over
        for j in range(k, min(len(tokens), k + MAX_GAP)):
            t = tokens[j]
            if t.start < skip_to:
                continue
            if t.norm in OPENERS and j > 0 and tokens[j - 1].norm in CONNECTIVES:
                return None  # "إلا أن"، "غير أن"، "بعد أن": a new clause, not content
            if t.norm in OPENERS and (t.norm != "وان" or j == k):
                return j, "comp"  # "وأن" opens content only right after the verb
            if t.text in QUOTE_OPEN:
                close = self.text.find(QUOTE_OPEN[t.text], t.end)
                if close != -1 and _words(self.text[t.end : close]) < MIN_DIRECT_WORDS:
                    skip_to = close + 1  # a quoted name: "قال مصدر لـ"الوطن" إن"
                    continue
                return j, "quote"
            if t.text == ":":
                return j, "colon"
            if j > k and t.norm in self.forms and self.forms[t.norm].tense != "masdar":
                return None  # another verb: this one has no content of its own
        return None

    def _has_verb(self, tokens: list[Token], k: int) -> bool:
        return any(
            t.norm in self.forms and self.forms[t.norm].tense != "masdar" for t in tokens[k:]
        )

    def _lemma_after(self, tokens: list[Token], i: int, j: int) -> str | None:
        """"نقلت ... عن Y قوله": the quoted verb is the verbal noun's."""
        for t in tokens[i + 1 : j]:
            form = self.forms.get(t.norm)
            if form is not None and form.tense == "masdar":
                return form.lemma
        return None

    def _reported_end(self, tokens: list[Token], j: int, e: int) -> int:
        """Content runs to the sentence end, or up to a following attribution marker, or
        up to the comma before another attributed clause ("...، فيما اعتبر بوتين أن",
        "...، مضيفاً أن")."""
        last_comma = -1
        for n in range(j + 1, len(tokens)):
            t = tokens[n]
            if t.norm in (",", "،"):
                last_comma = n
            elif t.norm in self.markers:
                return _trim_end(self.text, tokens[j].end, t.start)
            elif (
                last_comma > j
                and t.norm in self.forms
                and self.forms[t.norm].tense != "masdar"
                and self._opener(tokens, n + 1) is not None
            ):
                return _trim_end(self.text, tokens[j].end, tokens[last_comma].start)
        return e

    def _quoted_whole(self, start: int, end: int) -> tuple[int, int] | None:
        """A reported clause that is one quotation: "أكد أن “...”" is direct."""
        inner = self.text[start:end].strip(" .،,")
        if len(inner) > 2 and inner[0] in QUOTE_OPEN:
            closer = QUOTE_OPEN[inner[0]]
            off = self.text.index(inner[0], start)
            close = self.text.find(closer, off + 1, end + 1)
            if close != -1 and _words(self.text[off + 1 : close]) >= MIN_DIRECT_WORDS:
                return off + 1, close
        return None

    def _next_starts_quote(self, sent: tuple[int, int]) -> bool:
        return self.text[sent[0]] in QUOTE_OPEN

    def _content_in_quote(self, s: int, e: int, verb: str, speaker: _Speaker) -> None:
        closer = QUOTE_OPEN[self.text[s]]
        end = self.text.find(closer, s + 1, e + 1)
        if end != -1 and _words(self.text[s + 1 : end]) >= MIN_DIRECT_WORDS:
            self._add(s + 1, end, "direct", verb, speaker)

    # ----------------------------------------------------------------- speakers
    def _in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def _span_speaker(self, ms: Sequence[Mention]) -> _Speaker:
        """The first mention, extended over adjacent ones ("الناطق ... دميتري بيسكوف")."""
        ms = [m for m in ms if m.label in SPEAKER_LABELS and not self._is_verb(m)]
        if not ms:
            return _Speaker()
        # a person named in the range is the speaker ("قالت رئيسة القطاع المالي إيمي هود"),
        # together with a title right before it ("الناطق باسم الكرملين دميتري بيسكوف")
        k = next((n for n, m in enumerate(ms) if m.label == "PER"), 0)
        while k > 0 and self._adjacent(ms[k - 1], ms[k]):
            k -= 1
        ms = ms[k:]
        cluster = [ms[0]]
        for m in ms[1:]:
            if m.start < cluster[-1].end or self._adjacent_at(cluster[-1].end, m.start):
                cluster.append(m)
            else:
                break
        # the name decides the id: "الرئيس بوتين", whatever the title alone was linked to
        ids = [m.entity_id for m in cluster if m.label == "PER" and m.entity_id]
        ids += [m.entity_id for m in cluster if m.entity_id]
        start, end = cluster[0].start, max(m.end for m in cluster)
        return _Speaker(self.text[start:end], ids[0] if ids else None, start, end)

    def _adjacent(self, a: Mention, b: Mention) -> bool:
        return b.start < a.end or self._adjacent_at(a.end, b.start)

    def _adjacent_at(self, end: int, start: int) -> bool:
        gap = self.text[end:start]
        return len(gap) <= 2 and not gap.strip(" ،,")

    def _addressee(self, m: Mention) -> bool:
        """"قال لوكالة ..."، "صرح للصحفيين": a mention behind ل is spoken to, not speaking."""
        # "لوكالة"، "لـ«الشرق الأوسط»": ل, maybe a tatweel and a quotation mark, then the name
        i = m.start
        while i > 0 and m.start - i < 3 and self.text[i - 1] in "«“\"'ـ":
            i -= 1
        before = self.text[max(0, i - 2) : i]
        norm = normalize(m.text)
        return (
            (len(before) == 2 and before[1] == "ل" and not before[0].isalpha())
            or (len(before) == 1 and before == "ل")
            or norm.startswith("لل")
            or (norm.startswith("ل") and norm[1:].split(" ")[0] in MEDIA_HEADS)
        )

    def _after_preposition(self, m: Mention) -> bool:
        """The word before the mention is a preposition, or carries one ("بالمواطنين")."""
        before = WORD_RE.findall(normalize(self.text[max(0, m.start - 20) : m.start]))
        if not before:
            return False
        word = before[-1]
        return word in PREPOSITIONS or word.startswith(("لل", "بال", "ولل", "وبال"))

    def _quoted(self, m: Mention, s: int) -> bool:
        """Inside an open quotation (an odd number of quote marks since ``s``)."""
        span = self.text[s : m.start]
        return sum(span.count(c) for c in "«“") > sum(span.count(c) for c in "»”") or (
            span.count('"') % 2 == 1
        )

    def _is_verb(self, m: Mention) -> bool:
        """A recogniser's false hit on an attribution word ("قوله" as a place)."""
        words = [t.norm for t in tokenize(m.text) if t.norm[:1].isalnum()]
        return len(words) == 1 and words[0] in self.forms

    def _bare_subject(self, tokens: list[Token], i: int, j: int) -> _Speaker:
        """An explicit subject no recogniser found: "وتقول المصادر، إن"."""
        words = [t for t in tokens[i + 1 : j] if t.norm[:1].isalnum()]
        if (
            not words
            or (len(words) > MAX_BARE_SUBJECT  # a long clause: the object, not the subject
                and words[0].norm not in SOURCE_NOUNS)
            or words[0].norm in NOT_SUBJECT
            or words[0].norm[:1] in "0123456789"
            or words[0].norm.startswith(("بال", "لل", "كال"))  # a prepositional phrase
        ):
            return _Speaker()
        end = words[0]
        for t in words[1:6]:
            if t.norm in NOT_SUBJECT or t.start - end.end > 1 or t.norm.startswith("لل"):
                break
            if any(m.start in (t.start, t.start + 1) and self._addressee(m)
                   for m in self._in(t.start, t.end + 40)):
                break  # "مصادر مطلعة لوكالة ..."
            end = t
        return _Speaker(self.text[words[0].start : end.end], None, words[0].start, end.end)

    def _bare_svo(self, tokens: list[Token], i: int, s: int) -> _Speaker:
        """"لكن البنك المركزي اعتبر أن": a definite noun phrase opening the clause."""
        k = i - 1
        while k >= 0 and i - k <= 3 and tokens[k].norm[:1].isalpha():
            if tokens[k].norm in SVO_STOPS or tokens[k].norm in self.forms:
                break
            k -= 1
        first = k + 1
        after_comp = k >= 0 and tokens[k].norm in COMPLEMENTISERS
        # a definite phrase, or one word right after "أن" ("إلا أن بوجاشيف يقول إن")
        if first >= i or not (
            tokens[first].norm.startswith("ال") or (first == i - 1 and after_comp)
        ):
            return _Speaker()
        # the phrase must open the sentence or follow a conjunction / punctuation
        if k >= 0 and tokens[k].norm not in SVO_STOPS and tokens[k].norm[:1].isalpha():
            return _Speaker()
        if any(t.norm in NOT_SUBJECT for t in tokens[first:i]):
            return _Speaker()
        start, end = tokens[first].start, tokens[i - 1].end
        return _Speaker(self.text[start:end], None, start, end)

    def _speaker(self, tokens: list[Token], i: int, j: int, s: int, form: VerbForm) -> _Speaker:
        verb = tokens[i]
        stop = tokens[j].start if j < len(tokens) else tokens[-1].end
        lo = verb.end
        if form.lemma in REPORTING or verb.norm.lstrip("وف").startswith("نقل"):
            an = next((t for t in tokens[i + 1 : j] if t.norm == "عن"), None)
            if an is not None:
                lo = an.end
        if form.tense == "participle":
            # "وأبدى الأمير سعادته، قائلاً: ...": the subject of the clause before — an
            # actor mention, not a place, nor one inside a quotation or behind a
            # preposition ("لخدمة المواطنين"، "في دبي")
            inside = [m for m in self._in(s, verb.start) if not self._addressee(m)
                      and not self._after_preposition(m) and not self._quoted(m, s)]
            actors = [m for m in inside if m.label in ("PER", "AGENT", "ORG")]
            return self._span_speaker(actors or inside) or self.last
        # "قالت مصادر لوكالة الأنباء الألمانية إن": a mention after ل is the addressee
        inside = [m for m in self._in(lo, stop)
                  if m.label in SPEAKER_LABELS and not self._addressee(m)]
        first_word = next((t for t in tokens[i + 1 : j] if t.start >= lo), None)
        # a place names the speaker only right after the verb ("قالت واشنطن إن"); deeper
        # in the clause it is part of a title ("رئيس بلدية ينبع")
        named = [m for m in inside if m.label not in ("GPE", "NORP")
                 or (first_word is not None and m.start == first_word.start)]
        sp = self._span_speaker(named)
        if sp.text:
            return sp
        sp = self._bare_subject(tokens, i, j)
        if sp.text:
            return sp
        before = self._in(s, verb.start)
        # SVO: "لكن طهران تقول إن", "بوتين قال إن": a mention just before the verb
        if before:
            last = before[-1]
            if _words(self.text[last.end : verb.start]) == 0 and "،" not in self.text[
                last.end : verb.start
            ]:
                return self._span_speaker([last])
        sp = self._bare_svo(tokens, i, s)
        if sp.text:
            return sp
        # SVO: a mention opens the sentence, the verb follows it closely
        if before and _words(self.text[s : before[0].start]) <= 1:
            head = self._span_speaker(before)
            if head.text and _words(self.text[head.end : verb.start]) <= 6:
                return head
        people = [m for m in before if m.label in ("PER", "AGENT") and m.entity_id]
        if people:
            return self._span_speaker(people[:1] + [m for m in people[1:]])
        if self.last.text:
            return self.last
        return _Speaker()

    # ------------------------------------------------------------------ markers
    def _markers(self, tokens: list[Token], s: int, e: int) -> None:
        """"بحسب المصادر، فإن ..." and "...، وفقاً لوكالة سانا"."""
        for i, tok in enumerate(tokens):
            if tok.norm not in self.markers:
                continue
            after = self._in(tok.end, e)
            speaker = self._span_speaker(after[:3])
            if not speaker.text or _words(self.text[tok.end : speaker.start]) > 1:
                speaker = self._source_words(tokens, i + 1)  # "وفقاً لأرقام رسمية"
            if not speaker.text:
                continue
            marker = self.markers[tok.norm][1]
            if _words(self.text[s : tok.start]) >= 3:  # claim before the marker
                self._add(s, tok.start, "reported", marker, speaker)
            else:  # marker first: the claim follows the source
                self._add(speaker.end, e, "reported", marker, speaker)
            return

    def _source_words(self, tokens: list[Token], k: int) -> _Speaker:
        """An unnamed source after a marker, up to punctuation: "لأرقام رسمية" -> أرقام رسمية."""
        words: list[Token] = []
        for t in tokens[k : k + 4]:
            if not t.norm[:1].isalnum() or (words and t.norm in NOT_SUBJECT):
                break
            words.append(t)
        if not words or words[0].norm in NOT_SUBJECT or words[0].norm in NOT_SOURCE:
            return _Speaker()
        form = self.forms.get(words[0].norm)
        if words[0].norm in HIS_WORDS or (form is not None and form.tense == "masdar"):
            return self.last  # "حسب تعبيره"، "بحسب قوله": the previous speaker
        start = words[0].start
        if words[0].norm == "عن":  # "نقلا عن مصادر"
            words = words[1:]
            if not words:
                return _Speaker()
            start = words[0].start
        elif words[0].norm.startswith("ل") and len(words[0].norm) > 3:  # وفقاً لـ
            start += 1
        return _Speaker(self.text[start : words[-1].end], None, start, words[-1].end)

    # ------------------------------------------------------------- direct quotes
    def _direct(self, tokens: list[Token], s: int, e: int) -> None:
        """Quotation marks not yet attributed: look for a verb after them."""
        for m in DIRECT_RE.finditer(self.text, s, e):
            g = next(i for i in range(1, 5) if m.group(i) is not None)
            qs, qe = m.start(g), m.end(g)
            if _words(self.text[qs:qe]) < MIN_DIRECT_WORDS:
                continue
            if any(q.start <= qs < q.end or qs <= q.start < qe for q in self.quotes):
                continue
            after = [k for k, t in enumerate(tokens) if t.start >= m.end()]
            verb_at = next((k for k in after[:4] if tokens[k].norm in self.forms), None)
            if verb_at is not None and self._opener(tokens, verb_at + 1) is not None:
                verb_at = None  # the verb has content of its own: "«...»، معرباً عن أمله في أن"
            if verb_at is not None:
                form = self.forms[tokens[verb_at].norm]
                speaker = self._span_speaker(self._in(tokens[verb_at].end, e))
                self._add(qs, qe, "direct", form.lemma, speaker)
            elif _words(self.text[qs:qe]) >= MIN_ORPHAN_WORDS:
                # a quotation with no verb: a title or name unless it is long; its speaker
                # is the previous one only when that quote was in this or the last sentence
                recent = self.last_sentence >= self.sentence - 1
                self._add(qs, qe, "direct", "", self.last if recent else _Speaker())


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t،,":
        end -= 1
    return end
