"""The Arabic text layer: normalisation with offset maps, clitic-aware tokens, sentences."""

from marsad.arabic.normalize import (
    NormalizedText,
    arabic_ratio,
    clean,
    normalize,
    normalize_digits,
    normalize_with_map,
)
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokenize import PROCLITICS, Token, bare, clitic_splits, tokenize

__all__ = [  # noqa: RUF022 - plain sorted(), as tests/core/test_public_api.py checks
    "NormalizedText",
    "PROCLITICS",
    "Token",
    "arabic_ratio",
    "bare",
    "clean",
    "clitic_splits",
    "normalize",
    "normalize_digits",
    "normalize_with_map",
    "split_sentences",
    "tokenize",
]
