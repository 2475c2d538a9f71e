"""Whatever the input, extract returns an Article or raises a MarsadError (never a crash)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.errors import MarsadError
from marsad.extract import extract
from marsad.models import Article

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ةىءأإآ.،:؟!«»()-–\n "
ARABIC = st.text(alphabet=st.sampled_from(list(LETTERS)), max_size=400)
MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<div class='post-cat'>", "</div>", "<h1>",
                                   "</h1>", "<html>", "<body>", "<script>", "<!--", "&amp;",
                                   "<meta charset='windows-1256'>", "اقرأ أيضاً", "مقالات ذات صلة",
                                   "(رويترز)", "أخبارسوريا", "\n"]), max_size=40)


def _check(raw: str | bytes) -> None:
    try:
        art = extract(raw, source="fuzz")
    except MarsadError as e:
        assert str(e).startswith("fuzz: ")
    else:
        assert isinstance(art, Article) and isinstance(art.text, str)
        assert "\n\n\n" not in art.text


@settings(max_examples=60, deadline=None, database=None)
@given(st.binary(max_size=600))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=60, deadline=None, database=None)
@given(ARABIC, MARKUP)
def test_random_pages(text: str, tags: list[str]) -> None:
    page = "".join(t + text[i::7][:40] for i, t in enumerate(tags)) + text
    _check(page)
    _check(page.encode("cp1256", errors="replace"))
