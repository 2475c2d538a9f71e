"""Loading the KB: read and validate the TSV files, build indices, cache the result.

``load_kb()`` reads ``marsad/data/kb`` once per process. The compiled
:class:`KnowledgeBase` is pickled under the cache directory (``$MARSAD_CACHE_DIR``,
else ``$XDG_CACHE_HOME/marsad``, else ``~/.cache/marsad``), keyed by a hash of the data
files' names, sizes and mtimes and the loader version, so later processes unpickle it
instead of parsing (see ``bench/bench_kb.py``).
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import re
import tempfile
import time
from functools import lru_cache
from pathlib import Path

from marsad.entities.kb.knowledge import KnowledgeBase, capital_entry, country_entry
from marsad.entities.kb.lexicon import lexicon_version
from marsad.entities.kb.records import Agent, Country, KBEntry, Office, Role
from marsad.entities.kb.schema import (
    COLUMNS,
    GPE_PLACE_TYPES,
    ORG_TYPES,
    PLACE_TYPES,
    REGIONS,
    REQUIRED,
    SECTORS,
)
from marsad.entities.kb.tsv import ErrorLog, Row, header_of, parse_date, read_tsv
from marsad.entities.kb.validate import check_roles
from marsad.errors import KBError

__all__ = ["DEFAULT_KB_DIR", "cache_dir", "compile_kb", "load_kb"]

log = logging.getLogger(__name__)

DEFAULT_KB_DIR = Path(__file__).resolve().parents[2] / "data" / "kb"
# Bump when the pickled structure changes: old caches are then ignored.
CACHE_FORMAT = 8

_QID_RE = re.compile(r"^Q[1-9]\d*$")
_ID_RE = re.compile(r"^(Q[1-9]\d*|gn:\d+|mrs:[a-z]+:[a-z0-9][a-z0-9._-]*)$")


def cache_dir() -> Path:
    env = os.environ.get("MARSAD_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "marsad" if xdg else Path.home() / ".cache" / "marsad"


def data_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.tsv") if "build" not in p.relative_to(root).parts)


def _fingerprint(root: Path) -> str:
    h = hashlib.sha256(
        f"marsad-kb:{CACHE_FORMAT}:{lexicon_version()}:{root.resolve()}".encode()
    )
    for p in data_files(root):
        st = p.stat()
        h.update(f"{p.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


@lru_cache(maxsize=4)
def load_kb(path: str | Path | None = None, *, use_cache: bool = True) -> KnowledgeBase:
    """The knowledge base in ``path`` (default: the shipped one), cached per process."""
    root = Path(path) if path is not None else DEFAULT_KB_DIR
    if not root.is_dir():
        raise KBError(f"{root}: no such knowledge-base directory")
    if not use_cache:
        return compile_kb(root)
    cache = cache_dir() / f"kb-{_fingerprint(root)}.pickle"
    if cache.is_file():
        # The cache holds ~50,000 small objects: the cyclic GC would walk them again and
        # again while they are created, for nothing (none of them form cycles).
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            with cache.open("rb") as f:
                kb = pickle.load(f)
            if isinstance(kb, KnowledgeBase):
                return kb
        except Exception as e:  # a stale or truncated cache is rebuilt, never fatal
            log.warning("ignoring unreadable KB cache %s: %s", cache, e)
        finally:
            if gc_was_on:
                gc.enable()
    kb = compile_kb(root)
    kb.lexical()  # computed once and cached with the KB (reads the word frequencies)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache.parent, prefix=".kb-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
        _prune(cache.parent, keep=cache)
    except OSError as e:
        log.warning("cannot write KB cache %s: %s", cache, e)
    return kb


def _prune(directory: Path, keep: Path, max_files: int = 4) -> None:
    """Drop all but the newest few KB caches (each data edit makes a new one)."""
    caches = sorted(directory.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in caches[max_files:]:
        if old != keep:
            old.unlink(missing_ok=True)


def compile_kb(root: Path) -> KnowledgeBase:
    """Read, validate and index every file under ``root``; raise KBError on problems.

    Ids must be QIDs where one is known: an entry whose ``qid`` is set has it as ``id``.
    """
    t0 = time.perf_counter()
    errors = ErrorLog()
    reader = _Reader(root, errors)
    countries = reader.countries()
    entities: dict[str, KBEntry] = {}
    where_of: dict[str, str] = {}

    def add(entry: KBEntry, where: str) -> None:
        if entry.id in entities:
            errors.add(where, f"duplicate id {entry.id!r} (first at {where_of[entry.id]})")
            return
        entities[entry.id] = entry
        where_of[entry.id] = where

    for c, where in countries.values():
        add(country_entry(c), where)
    for entry, where in reader.places(countries):
        add(entry, where)
    for entry, where in reader.orgs(countries):
        add(entry, where)
    for entry, where in reader.people(countries):
        add(entry, where)
    for c, _ in countries.values():
        if c.capital_id and c.capital_id not in entities:
            entities[c.capital_id] = capital_entry(c)
    offices = reader.offices(countries)
    roles = reader.roles(countries, offices, entities)
    agents = reader.agents()
    role_errors = check_roles(roles, offices, set(entities))
    for e in role_errors:
        errors.errors.append(e)
    errors.raise_if_any()
    kb = KnowledgeBase(
        entities,
        {iso: c for iso, (c, _) in countries.items()},
        offices,
        [r for _, r in roles],
        agents,
        source=str(root),
    )
    log.info("compiled KB from %s in %.2f s", root, time.perf_counter() - t0)
    return kb


class _Reader:
    """One reader per compile: turns rows into records, logging every problem."""

    def __init__(self, root: Path, errors: ErrorLog) -> None:
        self.root = root
        self.errors = errors
        self.org_aliases_en: dict[str, str] = {}  # English aliases naming orgs in roles

    def _rows(self, kind: str, pattern: str) -> list[Row]:
        rows: list[Row] = []
        for path in sorted(self.root.glob(pattern)):
            label = str(path.relative_to(self.root))
            rows.extend(read_tsv(path, label, COLUMNS[kind], REQUIRED[kind], self.errors))
        return rows

    def _check_id(self, row: Row, eid: str, qid: str) -> None:
        if not _ID_RE.match(eid):
            self.errors.add(row.where, f"malformed id {eid!r} (QID, gn:<n> or mrs:<kind>:<slug>)")
        if qid and not _QID_RE.match(qid):
            self.errors.add(row.where, f"malformed QID {qid!r}")
        if qid and eid != qid:
            self.errors.add(row.where, f"id {eid!r} must be the QID {qid!r}")

    def _country(self, row: Row, countries: dict[str, tuple[Country, str]]) -> str | None:
        iso = row.get("country")
        if iso and iso not in countries:
            self.errors.add(row.where, f"unknown country {iso!r}")
            return None
        return iso or None

    def _sector(self, row: Row, column: str = "sector") -> str:
        sector = row.get(column)
        if sector and sector not in SECTORS:
            self.errors.add(row.where, f"unknown sector {sector!r}")
        return sector

    def countries(self) -> dict[str, tuple[Country, str]]:
        out: dict[str, tuple[Country, str]] = {}
        for row in self._rows("countries", "countries.tsv"):
            iso = row.get("iso3")
            if not re.fullmatch(r"[A-Z]{3}", iso):
                self.errors.add(row.where, f"malformed ISO-3 code {iso!r}")
                continue
            if iso in out:
                self.errors.add(row.where, f"duplicate country {iso!r} (first at {out[iso][1]})")
                continue
            qid = row.get("qid")
            if qid and not _QID_RE.match(qid):
                self.errors.add(row.where, f"malformed QID {qid!r}")
            region = row.get("region")
            if region and region not in REGIONS:
                self.errors.add(row.where, f"unknown region {region!r}")
            capital = row.get("capital_id")
            if capital and not _ID_RE.match(capital):
                self.errors.add(row.where, f"malformed capital id {capital!r}")
            c = Country(
                iso3=iso, qid=qid or None, name_en=row.get("name_en"),
                names_ar=row.variants("names_ar"), demonyms_ar=row.variants("demonyms_ar"),
                capital_id=capital or None, capital_names_ar=row.variants("capital_ar"),
                iso2=row.get("iso2") or None, region=region or None,
                seat_ids=row.variants("seat_ids"), capital_en=row.get("capital_en"),
            )
            out[iso] = (c, row.where)
        if not out:
            self.errors.add("countries.tsv", "no countries (the file is missing or empty)")
        return out

    def places(self, countries: dict[str, tuple[Country, str]]) -> list[tuple[KBEntry, str]]:
        out = []
        for row in self._rows("places", "places*.tsv"):
            eid, qid, ptype = row.get("id"), row.get("qid"), row.get("type")
            self._check_id(row, eid, qid)
            if ptype not in PLACE_TYPES:
                self.errors.add(row.where, f"unknown place type {ptype!r}")
            pop = row.get("population") or "0"
            if not pop.isdigit():
                self.errors.add(row.where, f"population {pop!r} is not a whole number")
                pop = "0"
            out.append((KBEntry(
                id=eid, qid=qid or None, type="GPE" if ptype in GPE_PLACE_TYPES else "LOC",
                name_en=row.get("name_en"), names_ar=row.variants("names_ar"),
                country=self._country(row, countries), subtype=ptype, population=int(pop),
            ), row.where))
        return out

    def orgs(self, countries: dict[str, tuple[Country, str]]) -> list[tuple[KBEntry, str]]:
        out = []
        for row in self._rows("orgs", "orgs*.tsv"):
            eid, qid, otype = row.get("id"), row.get("qid"), row.get("type")
            self._check_id(row, eid, qid)
            if otype not in ORG_TYPES:
                self.errors.add(row.where, f"unknown organisation type {otype!r}")
            for alias in row.variants("aliases_en"):
                self.org_aliases_en.setdefault(alias, eid)
            out.append((KBEntry(
                id=eid, qid=qid or None, type="ORG", name_en=row.get("name_en"),
                names_ar=row.variants("names_ar"), country=self._country(row, countries),
                sector=self._sector(row) or None, subtype=otype,
                acronyms=row.variants("acronyms"), code=row.get("code") or None,
            ), row.where))
        return out

    def _people_files(self, kind: str) -> list[Row]:
        first = COLUMNS[kind][0]
        rows: list[Row] = []
        for path in sorted((self.root / "people").glob("*.tsv")):
            header = header_of(path)
            if not header:
                continue
            label = str(path.relative_to(self.root))
            if header[0] not in ("id", "person_id"):
                if kind == "people":
                    self.errors.add(label, "header must start with 'id' or 'person_id'")
                continue
            if header[0] == first:
                rows.extend(read_tsv(path, label, COLUMNS[kind], REQUIRED[kind], self.errors))
        return rows

    def people(self, countries: dict[str, tuple[Country, str]]) -> list[tuple[KBEntry, str]]:
        out = []
        for row in self._people_files("people"):
            eid, qid = row.get("id"), row.get("qid")
            self._check_id(row, eid, qid)
            gender = row.get("gender")
            if gender not in ("", "m", "f"):
                self.errors.add(row.where, f"gender {gender!r} is not m, f or empty")
            out.append((KBEntry(
                id=eid, qid=qid or (eid if _QID_RE.match(eid) else None), type="PER",
                name_en=row.get("name_en"), names_ar=row.variants("names_ar"),
                country=self._country(row, countries), subtype="person",
                short_ar=row.variants("short_ar"), gender=gender or None,
                sector=self._sector(row) or None,  # actor sector when no role is held
            ), row.where))
        return out

    def offices(self, countries: dict[str, tuple[Country, str]]) -> dict[str, Office]:
        out: dict[str, Office] = {}
        for row in self._rows("offices", "offices.tsv"):
            key = row.get("key")
            if key in out:
                self.errors.add(row.where, f"duplicate office {key!r}")
                continue
            excl = row.get("exclusive")
            if excl not in ("0", "1"):
                self.errors.add(row.where, f"exclusive must be 0 or 1, not {excl!r}")
            out[key] = Office(
                key=key, name_en=row.get("name_en"), titles_ar=row.variants("titles_ar"),
                sector=self._sector(row), exclusive=excl == "1",
                country=self._country(row, countries),
            )
        return out

    def roles(
        self,
        countries: dict[str, tuple[Country, str]],
        offices: dict[str, Office],
        entities: dict[str, KBEntry],
    ) -> list[tuple[str, Role]]:
        out = []
        org_by_name = {k.casefold(): v for k, v in self.org_aliases_en.items()}
        for e in entities.values():
            if e.type == "ORG":
                org_by_name.setdefault(e.name_en.casefold(), e.id)
        for row in self._people_files("roles"):
            try:
                start = parse_date(row.get("start"))
                end = parse_date(row.get("end")) if row.get("end") else None
            except ValueError as e:
                self.errors.add(row.where, str(e))
                continue
            office = offices.get(row.get("office"))
            person = entities.get(row.get("person_id"))
            country = self._country(row, countries)
            if country is None and not row.get("org"):
                country = (office.country if office else None) or (
                    person.country if person else None
                )
            sector = self._sector(row) or (office.sector if office else "")
            # An organisation is named by its id or by its exact English name.
            org = row.get("org")
            if org and org not in entities:
                org = org_by_name.get(org.casefold(), org)
            out.append((row.where, Role(
                person_id=row.get("person_id"), office=row.get("office"), country=country,
                sector=sector, start=start, end=end, org=org or None,
                note=row.get("note"),
            )))
        return out

    def agents(self) -> list[Agent]:
        from marsad.entities.kb.aliases import match_form

        out: list[Agent] = []
        seen: dict[tuple[str, str], str] = {}
        for row in self._rows("agents", "agents.tsv"):
            term = match_form(row.get("term_ar"))
            sector = self._sector(row)
            if (term, sector) in seen:
                self.errors.add(row.where, f"duplicate agent {term!r} {sector} "
                                f"(first at {seen[(term, sector)]})")
                continue
            seen[(term, sector)] = row.where
            plural = row.get("plural")
            if plural not in ("", "0", "1"):
                self.errors.add(row.where, f"plural must be 0 or 1, not {plural!r}")
            out.append(Agent(term, sector, row.get("label_en"), plural == "1"))
        return out
