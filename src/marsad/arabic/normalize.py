"""Arabic normalisation: pure, table-driven functions compiled at import.

Matching runs on a normalised view of the text; :class:`NormalizedText` keeps an
offset map so every match points back into the original. The tables below are the
whole policy (design notes §3):

- drop tashkeel (U+064B–U+0652, U+0670) and tatweel (U+0640);
- unify alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه, Persian ک ی → ك ي;
- Arabic-Indic and Persian digits → ASCII;
- unify quotes and Arabic punctuation (، ؛ ؟ → , ; ?).

:func:`normalize` is the *match* form (with ى → ي and ة → ه); :func:`clean` is the
*display* form (diacritics, tatweel and digits only), safe to show a user.
"""

from __future__ import annotations

import re
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from threading import Lock

__all__ = [
    "ARABIC_LETTER_RE",
    "NormalizedText",
    "arabic_ratio",
    "clean",
    "normalize",
    "normalize_digits",
    "normalize_with_map",
]

# Characters removed outright.
DELETE = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"  # tashkeel, dagger alef
    "\u0640"  # tatweel
    "\u200c\u200d\u200e\u200f\u061c"  # zero-width joiners and direction marks
)

DIGITS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian / Urdu
}

# One character in, one character out: offsets are unchanged by these.
SUBSTITUTE_DISPLAY = {
    **DIGITS,
    "\u066b": ".",  # Arabic decimal separator
    "\u066c": ",",  # Arabic thousands separator
}

SUBSTITUTE_MATCH = {
    **SUBSTITUTE_DISPLAY,
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "ې": "ي",
    "ۀ": "ه",
    "ؤ": "و",  # hamza seats vary across outlets: ؤ / ئ fold onto their carrier
    "ئ": "ي",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "‹": '"',
    "›": '"',
    "‘": "'",
    "’": "'",
    "،": ",",
    "؛": ";",
    "؟": "?",
    "٪": "%",
    "\u00a0": " ",
}

_DISPLAY_TABLE = str.maketrans({**SUBSTITUTE_DISPLAY, **dict.fromkeys(DELETE)})
_MATCH_TABLE = str.maketrans({**SUBSTITUTE_MATCH, **dict.fromkeys(DELETE)})
_DIGIT_TABLE = str.maketrans(DIGITS)
_DELETE_RE = re.compile(f"[{DELETE}]")

ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LETTER_RE = re.compile(r"[^\W\d_]")


def normalize(text: str) -> str:
    """The match form of ``text`` (lengths may shrink: tashkeel is removed)."""
    return text.translate(_MATCH_TABLE)


def clean(text: str) -> str:
    """The display form: no tashkeel or tatweel, ASCII digits; letters untouched."""
    return text.translate(_DISPLAY_TABLE)


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII; nothing else changes."""
    return text.translate(_DIGIT_TABLE)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of ``original`` with a map back to original offsets."""

    original: str
    text: str
    _offsets: array | None  # normalised index -> original index; None: identity

    def to_original(self, i: int) -> int:
        """Original offset of normalised offset ``i`` (``len(text)`` maps to the end)."""
        if self._offsets is None:
            return i
        if i >= len(self._offsets):
            return len(self.original)
        return self._offsets[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if self._offsets is None:
            return start, end
        if end <= start:
            s = self.to_original(start)
            return s, s
        return self.to_original(start), self.to_original(end - 1) + 1


# Article-sized texts are cached: timex, linker, events and quotes each normalise the
# same article text, and a translate with a dict table costs about 70 ns a character.
# Short texts (mentions) would only push articles out; huge ones would pin memory.
_CACHE_CHARS = range(200, 50_000)
_RECENT: OrderedDict[str, NormalizedText] = OrderedDict()
_RECENT_MAX = 64  # a pipeline batch in flight (components run batch by batch)
_RECENT_LOCK = Lock()


def normalize_with_map(text: str) -> NormalizedText:
    """Normalise ``text`` keeping an offset map (identity when nothing is deleted).

    The result is shared between callers for article-sized texts (the last few are
    cached): treat it as read-only.
    """
    if len(text) not in _CACHE_CHARS:
        return _normalize_with_map(text)
    with _RECENT_LOCK:
        found = _RECENT.get(text)
        if found is not None:
            _RECENT.move_to_end(text)
            return found
    found = _normalize_with_map(text)
    with _RECENT_LOCK:
        _RECENT[text] = found
        if len(_RECENT) > _RECENT_MAX:
            _RECENT.popitem(last=False)
    return found


def cached_match_form(text: str) -> str | None:
    """The match form of ``text`` if :func:`normalize_with_map` made it recently, else None
    (the tokenizer takes it instead of translating the text again)."""
    if len(text) not in _CACHE_CHARS:
        return None
    with _RECENT_LOCK:
        found = _RECENT.get(text)
    return found.text if found is not None else None


def _normalize_with_map(text: str) -> NormalizedText:
    norm = text.translate(_MATCH_TABLE)
    if len(norm) == len(text):
        return NormalizedText(text, norm, None)
    offsets = array("i")
    pos = 0
    for m in _DELETE_RE.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    return NormalizedText(text, norm, offsets)


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic (0.0 when there are no letters)."""
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return 0.0
    return len(ARABIC_LETTER_RE.findall(text)) / letters
