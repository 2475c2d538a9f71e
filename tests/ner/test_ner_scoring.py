"""Strict-span scoring (conlleval semantics) against hand-computed examples."""

from __future__ import annotations

import pytest

from marsad.eval.ner import (
    ANERCORP_MAP,
    chunks,
    join_tokens,
    map_tags,
    mentions_to_tags,
    parse_tag_map,
    read_conll,
    score,
    spans_to_tags,
)


def test_chunks_iob2() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O"]
    assert chunks(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 6, "LOC")]


def test_chunks_iob1_and_lenient_starts() -> None:
    # IOB1: chunks open with I-, B- only separates two adjacent chunks of one type
    assert chunks(["I-ORG", "I-ORG", "B-ORG", "O", "I-PER"]) == [
        (0, 2, "ORG"), (2, 3, "ORG"), (4, 5, "PER"),
    ]
    # a type change inside a run starts a new chunk (conlleval)
    assert chunks(["B-PER", "I-LOC", "I-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]


def test_chunks_iobes() -> None:
    assert chunks(["S-PER", "B-LOC", "E-LOC", "I-LOC"]) == [
        (0, 1, "PER"), (1, 3, "LOC"), (3, 4, "LOC"),
    ]


def test_score_hand_computed() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "I-ORG", "O", "B-MISC"]]
    pred = [["B-PER", "I-PER", "O", "B-GPE"], ["B-ORG", "O", "O", "B-MISC"]]
    s = score(gold, pred, ANERCORP_MAP)
    # PER: 1 tp; LOC (GPE mapped): 1 tp; ORG: wrong boundary = 1 fp + 1 fn; MISC: 1 tp
    assert (s.types["PER"].tp, s.types["LOC"].tp, s.types["MISC"].tp) == (1, 1, 1)
    assert (s.types["ORG"].tp, s.types["ORG"].fp, s.types["ORG"].fn) == (0, 1, 1)
    micro = s.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 1, 1)
    assert micro.precision == pytest.approx(0.75)
    assert micro.recall == pytest.approx(0.75)
    assert micro.f1 == pytest.approx(0.75)
    assert s.types["ORG"].f1 == 0.0


def test_agent_is_ignored_and_type_mismatch_counts_twice() -> None:
    gold = [["O", "B-PERS", "O"]]
    pred = [["B-AGENT", "B-LOC", "O"]]
    s = score(gold, pred, ANERCORP_MAP)
    assert "AGENT" not in s.types
    assert s.types["LOC"].fp == 1 and s.types["PER"].fn == 1
    assert s.micro.f1 == 0.0


def test_peoples_by_nationality_are_no_anercorp_type() -> None:
    # "السوريون" is a NORP mention: ANERcorp tags no such word, so it is neither a hit
    # nor a false positive; a GPE on the same token would be a false LOC
    gold = [["O", "B-LOC", "O"]]
    s = score(gold, [["B-NORP", "B-GPE", "O"]], ANERCORP_MAP)
    assert "NORP" not in s.types and s.micro.fp == 0 and s.micro.f1 == 1.0
    s = score(gold, [["B-GPE", "B-GPE", "O"]], ANERCORP_MAP)
    assert s.types["LOC"].fp == 1


def test_score_rejects_misaligned() -> None:
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


def test_map_and_parse() -> None:
    assert parse_tag_map("PERS=PER, GPE=LOC,AGENT=") == {
        "PERS": "PER", "GPE": "LOC", "AGENT": "O",
    }
    with pytest.raises(ValueError):
        parse_tag_map("PERS")
    assert map_tags(["B-PERS", "I-AGENT", "O"], {"PERS": "PER", "AGENT": "O"}) == [
        "B-PER", "O", "O",
    ]


def test_read_conll_and_projection() -> None:
    lines = ["-DOCSTART- O", "", "زار B-PERS", "بوتين I-PERS", "بموسكو B-LOC", "",
             "قال O", "", ""]
    sents = read_conll(lines)
    assert [s.tokens for s in sents] == [("زار", "بوتين", "بموسكو"), ("قال",)]
    text, offsets = join_tokens(sents[0].tokens)
    assert text == "زار بوتين بموسكو"
    # a mention inside a token (موسكو in بموسكو) tags the whole token
    start = text.index("موسكو")
    tags = mentions_to_tags(offsets, [(start, start + 5, "GPE"), (4, 9, "PER")])
    assert tags == ["O", "B-PER", "B-GPE"]


def test_spans_to_tags_first_wins() -> None:
    assert spans_to_tags([(0, 2, "PER"), (1, 3, "LOC")], 4) == ["B-PER", "I-PER", "O", "O"]
