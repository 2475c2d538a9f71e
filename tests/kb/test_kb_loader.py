"""The loader: a small valid KB loads; each kind of bad data is rejected with file:line."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest
from kb_fixtures import AGENTS, COUNTRIES, ORGS, PEOPLE, ROLES, write_kb

from marsad.entities.kb import KnowledgeBase, Role, compile_kb, load_kb
from marsad.entities.kb.loader import _fingerprint
from marsad.errors import KBError


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return compile_kb(write_kb(tmp_path))


def test_small_kb_loads(kb: KnowledgeBase) -> None:
    assert set(kb.countries) == {"SYR", "TUR", "RUS"}
    assert kb.entities["Q858"].type == "GPE"
    assert kb.entities["Q41183"].type == "GPE"  # a city
    assert kb.entities["Q3640"].name_en == "Ankara"  # capital made from countries.tsv
    assert kb.stats()["people"] == 5


def test_holder_follows_dates(kb: KnowledgeBase) -> None:
    assert kb.holder("head_of_state", "SYR", date(2023, 3, 16)).id == "Q44329"
    assert kb.holder("head_of_state", "SYR", date(2024, 12, 7)).id == "Q44329"
    # the end date is exclusive: the successor holds the office from that day
    assert kb.holder("head_of_state", "SYR", date(2024, 12, 8)).id == "mrs:per:ahmed-al-sharaa"
    assert kb.holder("head_of_state", "SYR", date(1999, 1, 1)) is None
    assert kb.holder("head_of_state", "IRN", date(2020, 1, 1)) is None


def test_office_country_is_inherited(kb: KnowledgeBase) -> None:
    (role,) = kb.roles_of("mrs:per:dmitry-peskov")
    assert role.country == "RUS"
    assert kb.holder("kremlin_spokesperson", "RUS", date(2020, 1, 1)).name_en == "Dmitry Peskov"


def test_actor_codes(kb: KnowledgeBase) -> None:
    assert kb.actor_code("Q44329", date(2023, 3, 16)) == "SYRGOV"
    assert kb.actor_code("Q44329", date(2025, 3, 1)) == "SYR"  # no office that day
    assert kb.actor_code("Q159") == "RUS"
    assert kb.actor_code("Q3640") == "TURGOV"  # Ankara for the Turkish government
    assert kb.actor_code("Q41183") == "SYR"  # Aleppo is only a place
    assert kb.actor_code("Q1065") == "IGOUNO"
    assert kb.actor_code("mrs:org:tur-mfa") == "TURGOV"
    assert kb.actor_code("nope") is None


def test_state_role_codes_before_party_role(tmp_path: Path) -> None:
    roles = ROLES + "Q39259\tparty_leader\tTUR\t\t2017-05-21\t\tmrs:org:akp\t\n"
    kb = compile_kb(write_kb(tmp_path, roles=roles))
    assert kb.role_on("Q39259", date(2023, 3, 16)).office == "head_of_state"
    assert kb.actor_code("Q39259", date(2023, 3, 16)) == "TURGOV"
    assert kb.holder("party_leader", "TUR", date(2023, 3, 16), org="mrs:org:akp").id == "Q39259"
    assert kb.holder("party_leader", None, date(2023, 3, 16), org="mrs:org:akp").id == "Q39259"
    assert kb.holder("party_leader", None, date(2016, 1, 1), org="mrs:org:akp") is None


def test_role_phrases(kb: KnowledgeBase) -> None:
    ((office, iso),) = kb.role_phrase("الرئيس السوري")
    assert (office.key, iso) == ("head_of_state", "SYR")
    assert kb.holder_of_phrase("الرئيسُ السوريُّ", date(2023, 3, 16)).id == "Q44329"
    assert kb.holder_of_phrase("الرئيس السوري", date(2025, 2, 1)).id == "mrs:per:ahmed-al-sharaa"
    assert kb.holder_of_phrase("رئيس الجمهورية في تركيا", date(2020, 1, 1)).id == "Q39259"
    assert kb.holder_of_phrase("المتحدث باسم الكرملين", date(2020, 1, 1)).id == (
        "mrs:per:dmitry-peskov"
    )
    assert kb.holder_of_phrase("والرئيس السوري", date(2023, 3, 16)).id == "Q44329"
    assert kb.holder_of_phrase("الرئيس الروسي فلاديمير بوتين", date(2023, 3, 16)).id == "Q7747"
    ((office, iso),) = kb.role_phrase("وزير خارجية روسيا")  # construct state + name
    assert (office.key, iso) == ("foreign_minister", "RUS")
    assert kb.role_phrase("وزير خارجية") == []
    assert kb.role_phrase("الرئيس الفلاني") == []


def test_lookup_strips_clitics_only_when_needed(kb: KnowledgeBase) -> None:
    (hit,) = kb.lookup("بموسكو")
    assert (hit.entry.id, hit.prefix, hit.kind) == ("Q649", "ب", "capital")
    assert kb.lookup("والكرملين")[0].entry.id == "mrs:org:rus-presidency"
    assert kb.lookup("بشار الأسد")[0].entry.id == "Q44329"
    short = kb.lookup("الأسد")
    assert [(h.entry.id, h.kind) for h in short] == [("Q44329", "short")]
    assert kb.lookup("الأسد", short=False) == []
    assert kb.lookup("") == []


def test_demonyms_and_capitals(kb: KnowledgeBase) -> None:
    for form in ("سوري", "السوري", "السورية", "السوريون", "السوريين", "والسوريين"):
        assert kb.country_of_demonym(form) == "SYR", form
    assert kb.country_of_demonym("الأتراك") == "TUR"
    assert kb.country_of_demonym("الروس") == "RUS"
    assert kb.country_of_demonym("الفرنسي") is None
    assert kb.country_of_capital("Q3640") == "TUR"
    assert kb.country_of_capital("Q41183") is None


def test_capital_phrases(kb: KnowledgeBase) -> None:
    assert kb.capital_phrase("العاصمة الروسية").id == "Q649"
    assert kb.capital_phrase("إلى العاصمة الروسية") is None  # a phrase, not a sentence
    assert kb.capital_phrase("وللعاصمة التركية").id == "Q3640"
    assert kb.capital_phrase("عاصمة سوريا").id == "Q3766"
    assert kb.capital_phrase("العاصمة") is None


def test_aliases_have_kinds(kb: KnowledgeBase) -> None:
    aliases = set(kb.aliases())
    assert ("موسكو", "Q649", "capital") in aliases
    assert ("السوريون", "Q858", "demonym") in aliases
    assert ("الخارجيه التركيه", "mrs:org:tur-mfa", "variant") in aliases
    assert all(a == a.strip() and "  " not in a for a, _, _ in aliases)
    assert ("الاسد", "Q44329") in set(kb.short_aliases())


def test_agents(kb: KnowledgeBase) -> None:
    assert kb.agent("الجيش").sector == "MIL"
    assert kb.agent("جيش").sector == "MIL"
    assert kb.agent("مسلحون").plural


# -- rejections ---------------------------------------------------------------------


def _error(tmp_path: Path, **overrides: str) -> str:
    with pytest.raises(KBError) as info:
        compile_kb(write_kb(tmp_path, **overrides))
    return str(info.value)


def test_rejects_duplicate_ids(tmp_path: Path) -> None:
    people = PEOPLE + "Q44329\t\tSomeone else\tشخص آخر\t\tSYR\tm\n"
    msg = _error(tmp_path, people=people)
    assert "people/test.people.tsv:7: duplicate id 'Q44329'" in msg
    assert "first at people/test.people.tsv:2" in msg


def test_rejects_id_clash_across_files(tmp_path: Path) -> None:
    orgs = ORGS + "Q858\tQ858\tClash\tتصادم\t\tother\t\tNGO\t\n"
    assert "orgs.tsv:6: duplicate id 'Q858' (first at countries.tsv:2)" in _error(
        tmp_path, orgs=orgs
    )


def test_rejects_unknown_country(tmp_path: Path) -> None:
    people = PEOPLE + "mrs:per:x\t\tX\tإكس\t\tXYZ\tm\n"
    assert "people/test.people.tsv:7: unknown country 'XYZ'" in _error(tmp_path, people=people)


def test_rejects_malformed_dates(tmp_path: Path) -> None:
    for bad in ("2024", "2024-12", "08/12/2024", "2024-13-01"):
        roles = ROLES + f"Q7747\thead_of_government\tRUS\t\t{bad}\t\t\t\n"
        assert "people/test.roles.tsv:7: malformed date" in _error(tmp_path, roles=roles), bad


def test_rejects_end_before_start(tmp_path: Path) -> None:
    roles = ROLES + "Q7747\tminister\tRUS\t\t2010-01-01\t2009-01-01\t\t\n"
    msg = _error(tmp_path, roles=roles)
    assert "people/test.roles.tsv:7: end 2009-01-01 is not after start 2010-01-01" in msg


def test_rejects_overlapping_exclusive_roles(tmp_path: Path) -> None:
    roles = ROLES + "Q7747\thead_of_state\tSYR\t\t2020-01-01\t2021-01-01\t\t\n"
    msg = _error(tmp_path, roles=roles)
    assert "people/test.roles.tsv:7: Q7747 holds exclusive office 'head_of_state' (SYR)" in msg
    assert "while Q44329 holds it" in msg


def test_overlap_allowed_for_other_country_and_non_exclusive(tmp_path: Path) -> None:
    roles = ROLES + (
        "Q7747\tminister\tRUS\t\t2012-01-01\t\t\t\n"
        "mrs:per:dmitry-peskov\tminister\tRUS\t\t2013-01-01\t\t\t\n"
    )
    kb = compile_kb(write_kb(tmp_path, roles=roles))
    assert len(kb.holders("minister", "RUS")) == 2


def test_rejects_unknown_person_office_org_sector(tmp_path: Path) -> None:
    roles = ROLES + (
        "mrs:per:nobody\thead_of_state\tTUR\t\t2001-01-01\t2002-01-01\t\t\n"
        "Q7747\tpope\tRUS\t\t2001-01-01\t\t\t\n"
        "Q7747\tminister\tRUS\t\t2001-01-01\t\tNo Such Org\t\n"
        "Q7747\tminister\tRUS\tXXX\t2001-01-01\t\t\t\n"
    )
    msg = _error(tmp_path, roles=roles)
    assert "test.roles.tsv:7: unknown person id 'mrs:per:nobody'" in msg
    assert "test.roles.tsv:8: unknown office 'pope'" in msg
    assert "test.roles.tsv:9: unknown organisation id 'No Such Org'" in msg
    assert "test.roles.tsv:10: unknown sector 'XXX'" in msg


def test_org_named_by_english_name(tmp_path: Path) -> None:
    roles = ROLES + "Q7747\tminister\t\tIGO\t2001-01-01\t\tunited nations\t\n"
    kb = compile_kb(write_kb(tmp_path, roles=roles))
    assert any(r.org == "Q1065" for r in kb.roles_of("Q7747"))


def test_rejects_bad_headers_and_cells(tmp_path: Path) -> None:
    agents = AGENTS.replace("plural", "plurals")
    assert "agents.tsv:1: unknown columns ['plurals']" in _error(tmp_path, agents=agents)
    countries = COUNTRIES.replace("iso3\t", "code\t", 1)
    msg = _error(tmp_path, countries=countries)
    assert "missing required columns ['iso3']" in msg


def test_rejects_malformed_ids(tmp_path: Path) -> None:
    people = PEOPLE + "Bashar\t\tB\tب ب\t\tSYR\tm\nmrs:per:y\tX12\tY\tي\t\tSYR\tm\n"
    msg = _error(tmp_path, people=people)
    assert "test.people.tsv:7: malformed id 'Bashar'" in msg
    assert "test.people.tsv:8: malformed QID 'X12'" in msg


def test_from_records_checks_roles(kb: KnowledgeBase) -> None:
    countries = list(kb.countries.values())
    people = [e for e in kb.entities.values() if e.type == "PER"]
    roles = [r for p in people for r in kb.roles_of(p.id)]
    small = KnowledgeBase.from_records(
        countries=countries, people=people, offices=kb.offices.values(), roles=roles
    )
    assert small.holder("head_of_state", "TUR", date(2020, 1, 1)).id == "Q39259"
    assert small.country_of_capital("Q649") == "RUS"
    bad = [*roles, Role("Q7747", "head_of_state", "SYR", "GOV", date(2010, 1, 1))]
    with pytest.raises(KBError, match="holds exclusive office"):
        KnowledgeBase.from_records(
            countries=countries, entities=people, offices=kb.offices.values(), roles=bad
        )


def test_cache_round_trip_and_invalidation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_kb(tmp_path / "kb")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "cache"))
    load_kb.cache_clear()
    first = load_kb(root)
    (cached,) = (tmp_path / "cache").glob("kb-*.pickle")
    assert cached.name == f"kb-{_fingerprint(root)}.pickle"
    restored = pickle.loads(cached.read_bytes())
    assert restored.holder("head_of_state", "SYR", date(2023, 1, 1)).id == "Q44329"
    assert restored.stats() == first.stats()
    # editing a data file changes the fingerprint: a new cache is compiled
    roles = root / "people" / "test.roles.tsv"
    roles.write_text(ROLES + "Q7747\tminister\tRUS\t\t2001-01-01\t\t\t\n", "utf-8")
    load_kb.cache_clear()
    assert load_kb(root).stats()["roles"] == first.stats()["roles"] + 1
    assert len(list((tmp_path / "cache").glob("kb-*.pickle"))) == 2
    load_kb.cache_clear()


def test_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_kb(tmp_path / "kb")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / f"kb-{_fingerprint(root)}.pickle").write_bytes(b"not a pickle")
    load_kb.cache_clear()
    assert load_kb(root).stats()["countries"] == 3
    load_kb.cache_clear()
