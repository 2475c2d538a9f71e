"""Arabic word frequencies (the ``wordfreq`` package) as small integers, for NER.

Arabic has no capitals: how common a word is is one of the few signs that it may be
a name ("بوتين" is rarer than "الرئيس"). The CRF uses the frequency bucket of a
word and of its stem (:mod:`.crf_features`); the consistency pass uses it to keep
common words that are also names out (:mod:`.consistency`).

wordfreq's own lookup tokenises and normalises every word (about 50 µs) and keeps
its whole table (620,000 forms, about 90 MB) in memory; here the table is read once,
cut to the forms with a Zipf frequency of at least 2 (about 200,000, 1 per 100 million
words), and looked up as a plain dict. Forms are wordfreq's: written forms with hamzas
("الأسد"), lower-cased Latin. wordfreq's data is CC BY-SA 4.0, like the shipped model.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["MIN_ZIPF", "half_zipf"]

MIN_ZIPF = 2  # rarer forms (and unknown ones) are bucket 0


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    """Form -> twice its Zipf frequency, rounded down (4.5 is 9)."""
    from wordfreq import DATA_PATH, read_cBpack

    # a cBpack is a list of buckets of forms, bucket i at 10^(-i/100): Zipf 9 - i/100
    buckets = read_cBpack(str(DATA_PATH / "large_ar.msgpack.gz"))
    table: dict[str, int] = {}
    for i, forms in enumerate(buckets):
        half = int(2 * (9 - i / 100))
        if half < 2 * MIN_ZIPF:
            break
        for form in forms:
            table[form] = half
    return table


def half_zipf(word: str) -> int:
    """Twice the Zipf frequency of ``word`` (0: rarer than Zipf 2, or unknown)."""
    table = _table()
    got = table.get(word)
    if got is None and word.isascii():
        got = table.get(word.lower())
    return got or 0
