"""Scoring extraction against gold: token-level precision / recall / F1 of the body.

Pure functions: gold loaders for the layouts we meet (Fundus fixtures, the ScrapingHub
article-extraction benchmark, trafilatura's and goose3's snippet gold, and marsad's own
``tests/fixtures/pages``), a bag-of-tokens scorer as in the ScrapingHub benchmark, and
snippet scoring as in trafilatura's evaluation ("with" snippets must be in the body,
"without" snippets must not).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean
from typing import Any

from marsad.arabic import normalize

__all__ = [
    "Case",
    "Score",
    "load_cases",
    "read_page",
    "score_body",
    "score_snippets",
    "summarize",
    "tokens",
]

_TOKEN_RE = re.compile(r"\w+")
PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz")


def tokens(text: str) -> list[str]:
    """Word tokens in match form (no tashkeel, unified letters, lower case)."""
    return _TOKEN_RE.findall(normalize(text).lower())


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    @classmethod
    def from_counts(cls, tp: float, fp: float, fn: float) -> Score:
        p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(p, r, f, tp, fp, fn)


def score_body(predicted: str, gold: str) -> Score:
    """Bag-of-tokens precision / recall / F1 of a predicted body against the gold body."""
    pred, ref = Counter(tokens(predicted)), Counter(tokens(gold))
    tp = sum((pred & ref).values())
    return Score.from_counts(tp, sum(pred.values()) - tp, sum(ref.values()) - tp)


def _contains(haystack: str, needle: str) -> bool:
    return " ".join(tokens(needle)) in " ".join(tokens(haystack))


def score_snippets(predicted: str, with_: Iterable[str], without: Iterable[str]) -> Score:
    """trafilatura-style: "with" found is a true positive, "without" found a false positive."""
    w, wo = list(with_), list(without)
    tp = sum(_contains(predicted, s) for s in w)
    fp = sum(_contains(predicted, s) for s in wo)
    return Score.from_counts(tp, fp, len(w) - tp)


@dataclass
class Case:
    """One gold page: where it is and what its extraction should be."""

    id: str
    page: Path
    kind: str  # "full" (whole body known) | "snippets" (with / without)
    body: str = ""
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    url: str | None = None
    expected: dict[str, Any] = field(default_factory=dict)  # title, sections, agency, ...
    layout: str = ""

    def score(self, predicted: str) -> Score:
        if self.kind == "full":
            return score_body(predicted, self.body)
        return score_snippets(predicted, self.with_, self.without)


def read_page(path: Path) -> bytes:
    """Page bytes, gunzipped when the file is ``.gz``."""
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.suffix == ".gz" else raw


def _find_page(folder: Path, stem: str) -> Path | None:
    for suffix in PAGE_SUFFIXES:
        p = folder / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def _fundus_body(v1: dict[str, Any]) -> str:
    body = v1.get("body") or {}
    paras: list[str] = list(body.get("summary") or [])
    for sec in body.get("sections") or []:
        paras += list(sec.get("headline") or []) + list(sec.get("paragraphs") or [])
    return "\n\n".join(paras)


def _fundus_meta(folder: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("meta.info", "meta.json"):
        for p in (folder / name, folder.parent / name):
            if p.is_file():
                try:
                    for key, val in json.loads(p.read_text("utf-8")).items():
                        out[Path(key).name] = val
                except (json.JSONDecodeError, AttributeError):
                    continue
    return out


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return None


def _cases_from_json(path: Path, data: Any) -> list[Case]:
    folder = path.parent
    # Fundus: <Publisher>.json + <Publisher>_<date>.html.gz
    if isinstance(data, dict) and "V1" in data:
        pages = sorted(folder.glob(f"{path.stem}_*.html*"))
        if not pages:
            return []
        meta = _fundus_meta(folder).get(pages[0].name, {})
        v1 = data["V1"]
        expected = {"title": v1.get("title"), "published": v1.get("publishing_date")}
        return [Case(f"{folder.name}/{path.stem}", pages[0], "full", body=_fundus_body(v1),
                     url=meta.get("url"), expected=expected, layout="fundus")]
    if isinstance(data, dict) and "expected" in data and "cleaned_text" in data["expected"]:
        page = _find_page(folder, path.stem)  # goose3: prefix of the body
        if page is None:
            return []
        return [Case(path.stem, page, "snippets", with_=[data["expected"]["cleaned_text"]],
                     url=data.get("url"), layout="goose3")]
    if isinstance(data, dict) and data and all(
        isinstance(v, dict) and "articleBody" in v for v in data.values()
    ):  # ScrapingHub benchmark: {id: {articleBody, url}} + html/<id>.html.gz
        out = []
        for key, val in sorted(data.items()):
            page = _find_page(folder / "html", key) or _find_page(folder, key)
            if page is not None:
                out.append(Case(key[:12], page, "full", body=val["articleBody"],
                                url=val.get("url"), layout="scrapinghub"))
        return out
    if isinstance(data, dict) and data and all(
        isinstance(v, dict) and "file" in v and "with" in v for v in data.values()
    ):  # trafilatura evaldata: {url: {file, with, without, ...}}
        out = []
        for url, val in sorted(data.items(), key=lambda kv: kv[1]["file"]):
            page = next((p for p in (folder / val["file"], folder / "eval" / val["file"])
                         if p.is_file()), None)
            if page is not None:
                out.append(Case(val["file"], page, "snippets", with_=list(val["with"]),
                                without=list(val.get("without") or []),
                                url=None if url.startswith(("hard::", "file::")) else url,
                                expected={"title": val.get("title")}, layout="trafilatura"))
        return out
    if isinstance(data, dict) and ("body" in data or "body_start" in data):
        page = _find_page(folder, path.stem)  # marsad fixtures: <name>.html|.txt + <name>.json
        if page is None:
            return []
        kind = "full" if "body" in data else "snippets"
        with_ = [s for s in (data.get("body_start"), data.get("body_end")) if s]
        return [Case(path.stem, page, kind, body=data.get("body", ""),
                     with_=with_ + list(data.get("in_body") or []),
                     without=list(data.get("not_in_body") or []), url=data.get("url"),
                     expected=data, layout="marsad")]
    return []


def load_cases(root: Path) -> list[Case]:
    """Every gold page under ``root``, in a stable order."""
    cases: list[Case] = []
    for path in sorted(root.rglob("*.json")):
        if path.name == "meta.json":
            continue
        data = _load_json(path)
        if data is not None:
            cases.extend(_cases_from_json(path, data))
    return cases


@dataclass(frozen=True, slots=True)
class Summary:
    pages: int
    macro_f1: float
    macro_precision: float
    macro_recall: float
    micro: Score  # pooled over full-body pages
    failures: int


def summarize(scores: list[Score | None], kinds: list[str]) -> Summary:
    """Macro averages over pages (a failed page scores 0) and micro over full-body pages."""
    got = [s or Score(0.0, 0.0, 0.0) for s in scores]
    full = [s for s, k in zip(got, kinds, strict=True) if k == "full"]
    tp = sum(s.tp for s in full)
    fp = sum(s.fp for s in full)
    fn = sum(s.fn for s in full)
    return Summary(
        pages=len(got),
        macro_f1=mean(s.f1 for s in got) if got else 0.0,
        macro_precision=mean(s.precision for s in got) if got else 0.0,
        macro_recall=mean(s.recall for s in got) if got else 0.0,
        micro=Score.from_counts(tp, fp, fn),
        failures=sum(s is None for s in scores),
    )


Extractor = Callable[[bytes, "str | None", str], str]


def marsad_body(raw: bytes, url: str | None, name: str) -> str:
    from marsad.extract import extract

    return extract(raw, url=url, source=name).text


def trafilatura_body(raw: bytes, url: str | None, name: str) -> str:
    """Plain ``trafilatura.extract`` with its defaults, for comparison."""
    import trafilatura

    return trafilatura.extract(raw, url=url) or ""


EXTRACTORS: dict[str, Extractor] = {"marsad": marsad_body, "trafilatura": trafilatura_body}
