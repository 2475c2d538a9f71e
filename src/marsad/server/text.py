"""Article text prepared for display: paragraphs cut into plain and mention segments.

Nothing here builds HTML: templates receive segments and escape every piece of text,
so an article containing ``<script>`` shows as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.models import Mention

__all__ = ["Segment", "highlight_snippet", "mention_segments"]

# the search snippet marks matches with these; they never occur in news text
MARK = ("\x02", "\x03")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    mention: Mention | None = None


def mention_segments(text: str, mentions: Sequence[Mention]) -> list[list[Segment]]:
    """Paragraphs (split at blank lines) as lists of segments; overlapping mentions:
    the earlier, then longer one wins."""
    chosen: list[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start >= last_end and 0 <= m.start < m.end <= len(text):
            chosen.append(m)
            last_end = m.end
    paragraphs: list[list[Segment]] = []
    current: list[Segment] = []
    pos = 0

    def emit_plain(chunk: str) -> None:
        nonlocal current
        parts = chunk.split("\n\n")
        for i, part in enumerate(parts):
            if i > 0:
                if current:
                    paragraphs.append(current)
                current = []
            if part.strip("\n"):
                current.append(Segment(part.strip("\n") if not current else part))

    for m in chosen:
        emit_plain(text[pos : m.start])
        current.append(Segment(text[m.start : m.end], m))
        pos = m.end
    emit_plain(text[pos:])
    if current:
        paragraphs.append(current)
    return paragraphs


def highlight_snippet(snippet: str) -> list[tuple[str, bool]]:
    """``[(text, is_match), ...]`` from a snippet marked with :data:`MARK`."""
    out: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(MARK[0])
        if start < 0:
            out.append((rest, False))
            break
        end = rest.find(MARK[1], start)
        if end < 0:
            out.append((rest.replace(MARK[0], ""), False))
            break
        if start:
            out.append((rest[:start], False))
        out.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return out
