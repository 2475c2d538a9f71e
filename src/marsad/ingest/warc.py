"""WARC files (warcio), CC-NEWS style: every HTML ``response`` record is an item.

A record the crawler marked ``WARC-Truncated`` is reported, not read. A damaged file
(truncated gzip member, bad header) is reported as one error at the point of damage;
the items read before it are kept and the run goes on with the next input.
"""

from __future__ import annotations

from typing import Any

from marsad.ingest.base import ItemError, RawItem, SourceStream, item_key
from marsad.registry import sources

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")


@sources.register("warc.v1")
def read_warc(
    spec: str, *, source: str | None = None, max_bytes: int = 20_000_000, **_: Any
) -> SourceStream:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    position = 0
    try:
        with open(spec, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                position += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                key = item_key(spec, position, url)
                http = record.http_headers
                status = http.get_statuscode() if http else None
                ctype = (http.get_header("Content-Type") or "").lower() if http else ""
                if status and not status.startswith("2"):
                    continue
                if ctype and not ctype.startswith(_HTML_TYPES):
                    continue
                if record.rec_headers.get_header("WARC-Truncated"):
                    reason = record.rec_headers.get_header("WARC-Truncated")
                    yield ItemError(key, spec, f"truncated WARC record ({reason})")
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) > max_bytes:
                    yield ItemError(key, spec, f"record over {max_bytes} bytes")
                    continue
                missing = getattr(record.raw_stream, "limit", 0)
                if missing:  # the file ended inside this record
                    yield ItemError(key, spec, f"truncated WARC record ({missing} bytes "
                                    "missing)")
                    continue
                yield RawItem(
                    key=key, input=spec, data=data, url=url, source=source,
                    published=record.rec_headers.get_header("WARC-Date"),
                    id=record.rec_headers.get_header("WARC-Record-ID"),
                )
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield ItemError(f"{spec}#{position + 1}", spec, f"damaged WARC after record "
                        f"{position}: {type(e).__name__}: {e}")
    except Exception as e:  # zlib.error and friends from a cut-off gzip member
        yield ItemError(f"{spec}#{position + 1}", spec, f"damaged WARC after record "
                        f"{position}: {type(e).__name__}: {e}")
