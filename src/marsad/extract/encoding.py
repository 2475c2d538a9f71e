"""Bytes to text: BOMs, declared charsets, the Arabic single-byte code pages, and a guess.

Arabic pages come in UTF-8, UTF-16 (Windows "Unicode" saves), windows-1256 and
ISO-8859-6. The order of trust is: a byte-order mark, strict UTF-8, the charset a page
declares, then a choice between the two Arabic code pages by how Arabic the result
reads, then charset-normalizer. Anything that is not UTF-8 or declared is flagged
``encoding_guessed``. Binary data (images, archives, PDFs) is refused with a clear error.
"""

from __future__ import annotations

import codecs
import gzip
import logging
import re
import zlib
from dataclasses import dataclass

from marsad.arabic import arabic_ratio
from marsad.errors import EmptyInputError, EncodingError, InputTooLargeError

__all__ = ["Decoded", "check_size", "decode", "repair_mojibake"]

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Magic numbers of formats that are never a news page.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"RIFF", "RIFF media"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)

_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENC_RE = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# Double-encoded UTF-8 Arabic read as windows-1252/latin-1 ("Ø§Ù„" for "ال").
_MOJIBAKE_RE = re.compile("[ØÙ][\u0080-\u00bf\u0152-\u2122]")

_SINGLE_BYTE_ARABIC = ("cp1256", "iso-8859-6")
_ALIASES = {
    "windows-1256": "cp1256",
    "cp-1256": "cp1256",
    "arabic": "iso-8859-6",
    "iso_8859-6": "iso-8859-6",
    "iso8859-6": "iso-8859-6",
    "asmo-708": "iso-8859-6",
    "ecma-114": "iso-8859-6",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text and how it was obtained."""

    text: str
    encoding: str
    guessed: bool = False
    repaired: bool = False  # double-encoded UTF-8 was undone


def check_size(n: int, max_bytes: int, source: str | None) -> None:
    if max_bytes and n > max_bytes:
        raise InputTooLargeError(
            f"input is {n / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
            "(settings: extract.max_bytes)",
            source,
        )


def _binary_kind(raw: bytes) -> str | None:
    for magic, kind in _BINARY_MAGIC:
        if raw.startswith(magic):
            return kind
    head = raw[:4096]
    if not head:
        return None
    # NUL bytes in alternate positions are UTF-16 without a BOM; elsewhere, binary.
    nul = head.count(0)
    if nul and not _looks_utf16(head):
        return "binary data"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls / len(head) > 0.1 and not _looks_utf16(head):
        return "binary data"
    return None


def _looks_utf16(head: bytes) -> str | None:
    even, odd = head[0::2], head[1::2]
    if len(head) < 4:
        return None
    # Arabic in UTF-16 is 0x06xx; ASCII is 0x00xx: one half of the bytes is 0x00 or 0x06.
    hi_odd = sum(1 for b in odd if b in (0, 6)) / max(len(odd), 1)
    hi_even = sum(1 for b in even if b in (0, 6)) / max(len(even), 1)
    if hi_odd > 0.9 and odd.count(0) > 0:
        return "utf-16-le"
    if hi_even > 0.9 and even.count(0) > 0:
        return "utf-16-be"
    return None


def _declared(raw: bytes) -> str | None:
    head = raw[:4096]
    m = _XML_ENC_RE.search(head) or _CHARSET_RE.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _arabic_single_byte(raw: bytes) -> tuple[str, str] | None:
    """Pick windows-1256 or ISO-8859-6, whichever reads as more Arabic (strict decoding)."""
    best: tuple[float, str, str] | None = None
    for enc in _SINGLE_BYTE_ARABIC:
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        score = arabic_ratio(text)
        if best is None or score > best[0] + 1e-9:
            best = (score, enc, text)
    if best is None or best[0] < 0.5:
        return None
    return best[1], best[2]


# bytes behind latin-1 and windows-1252 readings (browsers pass undefined bytes through)
_CP1252_BYTES = {chr(b): b for b in range(256)} | {
    bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(256)
}


def repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 read as latin-1 / windows-1252 ("Ø§Ù„" -> "ال"); ``None`` if it is not that."""
    if len(_MOJIBAKE_RE.findall(text[:5000])) < 5:
        return None
    try:
        raw = bytes(_CP1252_BYTES[ch] for ch in text)
        fixed = raw.decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return None
    return fixed if arabic_ratio(fixed) > arabic_ratio(text) else None


def _gunzip(raw: bytes, source: str | None, max_bytes: int) -> bytes:
    try:
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(raw, max_bytes + 1 if max_bytes else 0)
    except (zlib.error, gzip.BadGzipFile, EOFError) as e:
        raise EncodingError(f"corrupt gzip data: {e}", source) from e
    check_size(len(out), max_bytes, source)
    return out


def decode(raw: bytes, source: str | None = None, max_bytes: int = 0) -> Decoded:
    """Decode page bytes; raise :class:`EncodingError` for binary or undecodable input."""
    check_size(len(raw), max_bytes, source)
    if raw[:2] == b"\x1f\x8b":  # gzip-compressed page (.html.gz)
        raw = _gunzip(raw, source, max_bytes)
    if not raw.strip():
        raise EmptyInputError("input is empty", source)
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return Decoded(raw[len(bom) :].decode(enc), enc)
            except UnicodeDecodeError as e:
                raise EncodingError(f"invalid {enc} after its byte-order mark: {e}", source) from e
    kind = _binary_kind(raw)
    if kind:
        raise EncodingError(f"{kind}, not a text or HTML page", source)
    utf16 = _looks_utf16(raw[:4096])
    if utf16:
        try:
            return Decoded(raw.decode(utf16), utf16, guessed=True)
        except UnicodeDecodeError:
            pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        fixed = repair_mojibake(text)
        if fixed is not None:
            return Decoded(fixed, "utf-8", repaired=True)
        return Decoded(text, "utf-8")
    declared = _declared(raw)
    if declared and declared != "utf-8":
        try:
            return Decoded(raw.decode(declared), declared)
        except UnicodeDecodeError:
            log.debug("%s: declared charset %s does not decode", source, declared)
    single = _arabic_single_byte(raw)
    if single:
        return Decoded(single[1], single[0], guessed=True)
    from charset_normalizer import from_bytes

    match = from_bytes(raw[:200_000]).best()
    if match is None or match.encoding is None:
        raise EncodingError("cannot tell the text encoding (not UTF-8, UTF-16, "
                            "windows-1256 or ISO-8859-6)", source)
    try:
        return Decoded(raw.decode(match.encoding), match.encoding, guessed=True)
    except (UnicodeDecodeError, LookupError) as e:
        raise EncodingError(f"cannot decode as {match.encoding}: {e}", source) from e
