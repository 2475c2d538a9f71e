"""Bad input: each case is a clear error naming the input, or a flagged article; never a crash."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from marsad.errors import EmptyInputError, EncodingError, InputError, InputTooLargeError
from marsad.extract import extract
from marsad.extract.encoding import decode
from marsad.settings import load_settings

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
DUMP = (PAGES / "textdump_jannah_iraq.txt").read_text("utf-8")
TITLE = "مفوضية الانتخابات العراقية تحدد موعد الاقتراع المحلي وسط خلافات بين الكتل"
HTML = (PAGES / "html_jannah_lebanon.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("raw", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"   \n\t\r\n ", EmptyInputError, "empty"),
        ("", EmptyInputError, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, EncodingError, "PNG"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 8, EncodingError, "PDF"),
        (b"PK\x03\x04" + bytes(range(256)) * 8, EncodingError, "ZIP"),
        (bytes(range(256)) * 20, EncodingError, "binary"),
        ("abc\x00\x01\x02" * 200, EncodingError, "binary"),
        (b"<html><head><title></title></head><body><div> </div></body></html>", EmptyInputError,
         "no text"),
        (b"\x1f\x8b\x08\x00broken gzip", EncodingError, "gzip"),
    ],
    ids=["empty", "whitespace", "empty-str", "png", "pdf", "zip", "binary", "nul-str",
         "markup-only", "bad-gzip"],
)
def test_bad_input_is_a_clear_error(raw: bytes | str, error: type[InputError], words: str) -> None:
    with pytest.raises(error) as info:
        extract(raw, source="inputs/page-17.html")
    assert str(info.value).startswith("inputs/page-17.html: ")
    assert words in str(info.value)
    assert info.value.source == "inputs/page-17.html"


def test_50_mb_input_is_refused_by_size() -> None:
    big = b"<p>" + "خبر ".encode() * (50 * 1024 * 1024 // 7)
    assert len(big) > 50_000_000
    with pytest.raises(InputTooLargeError, match=r"huge.html: input is 5\d\.\d MB, over the limit"):
        extract(big, source="huge.html")
    with pytest.raises(InputTooLargeError):
        extract(big.decode("utf-8"), source="huge.html")


def test_size_limit_comes_from_settings() -> None:
    settings = load_settings(environ={"MARSAD_EXTRACT__MAX_BYTES": "1000"})
    with pytest.raises(InputTooLargeError, match=r"0\.0 MB"):
        extract(DUMP.encode("utf-8"), source="x", settings=settings)
    # a gzip bomb is caught after decompression, not only before
    with pytest.raises(InputTooLargeError):
        extract(gzip.compress(DUMP.encode("utf-8")), source="x", settings=settings)


def test_truncated_html_is_flagged_and_read() -> None:
    cut = HTML.index("في ظل انقسام حاد")  # stops inside the first paragraph
    art = extract(HTML[: cut + 40].encode("utf-8"), source="cut.html")
    assert "truncated_html" in art.flags
    assert art.title.startswith("البرلمان اللبناني")
    assert art.text.startswith("أخفق البرلمان اللبناني")
    full = extract(HTML.encode("utf-8"))
    assert "truncated_html" not in full.flags


@pytest.mark.parametrize(
    ("encoding", "guessed"),
    [("utf-8", False), ("utf-8-sig", False), ("utf-16", False), ("utf-16-le", True),
     ("utf-16-be", True), ("cp1256", True), ("iso-8859-6", True)],
)
def test_arabic_encodings(encoding: str, guessed: bool) -> None:
    text = DUMP.replace("–", "-").replace("\u00a0", " ")  # ISO-8859-6 has neither
    art = extract(text.encode(encoding), source=f"page.{encoding}")
    assert art.title == TITLE
    assert art.agency == "وكالات"
    assert ("encoding_guessed" in art.flags) is guessed
    assert art.lang == "ar"


def test_windows_1256_and_iso_8859_6_are_told_apart() -> None:
    text = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة"
    assert decode(text.encode("cp1256")).encoding == "cp1256"
    assert decode(text.encode("iso-8859-6")).encoding == "iso-8859-6"


def test_declared_charset_is_trusted() -> None:
    page = '<html><head><meta charset="windows-1256"></head><body><p>{}</p></body></html>'
    raw = page.format("أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية.")
    got = decode(raw.encode("cp1256"))
    assert got.encoding == "cp1256" and not got.guessed


def test_double_encoded_utf8_is_repaired() -> None:
    mojibake = DUMP.encode("utf-8").decode("latin-1").encode("utf-8")
    art = extract(mojibake, source="mojibake.txt")
    assert art.title == TITLE
    assert "encoding_repaired" in art.flags
    as_str = extract(mojibake.decode("utf-8"), source="mojibake.txt")
    assert as_str.title == TITLE and "encoding_repaired" in as_str.flags


def test_non_arabic_is_processed_and_flagged() -> None:
    page = ("Breaking news\n\nThe foreign minister said on Tuesday that talks would resume "
            "next week in the capital, officials confirmed.\n\nShare\n")
    art = extract(page, source="en.txt")
    assert "non_arabic" in art.flags and art.lang != "ar"
    assert art.text.startswith("The foreign minister") and "Share" not in art.text


def test_text_without_body_is_flagged() -> None:
    art = extract("أخبار\nسياسة\nاقتصاد\nاتصل بنا\n", source="menu.txt")
    assert "no_body" in art.flags and art.text == ""
