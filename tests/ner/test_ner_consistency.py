"""The document consistency pass: a person the CRF found once is found again."""

from __future__ import annotations

from marsad.entities.recognize.consistency import propagate_persons


def test_surname_of_a_full_name_is_tagged_elsewhere() -> None:
    tokens = [
        ["قال", "الروائي", "نجيب", "محفوظ", "إن", "الرواية", "اكتملت"],
        ["وأضاف", "محفوظ", "أن", "النشر", "تأخر"],
        ["وكان", "لمحفوظ", "رأي", "آخر"],
    ]
    tags = [
        ["O", "O", "B-PERS", "I-PERS", "O", "O", "O"],
        ["O", "O", "O", "O", "O"],
        ["O", "O", "O", "O"],
    ]
    out = propagate_persons(tokens, tags)
    assert out[0] == tags[0]
    assert out[1] == ["O", "B-PERS", "O", "O", "O"]
    assert out[2] == ["O", "B-PERS", "O", "O"]  # clitic ل + محفوظ
    assert tags[1] == ["O"] * 5  # the input is not changed


def test_common_words_and_entity_neighbours_are_left_alone() -> None:
    # "علي" is a given name and, in match form, the preposition "على": too frequent
    tokens = [
        ["التقى", "علي", "الشهابي", "الوفد"],
        ["وسلم", "علي", "الجميع"],
        ["وزار", "الشهابي", "بغداد"],
        ["ورحب", "الشهابي", "بالوفد"],
    ]
    tags = [["O", "B-PER", "I-PER", "O"], ["O"] * 3, ["O", "O", "B-LOC"], ["O"] * 3]
    out = propagate_persons(tokens, tags)
    assert out[1] == ["O", "O", "O"]  # "علي" is not the name's last word, and frequent
    assert out[2] == ["O", "O", "B-LOC"]  # next to an entity: left as it is
    assert out[3] == ["O", "B-PER", "O"]


def test_no_person_no_change() -> None:
    tokens = [["زار", "الوفد", "موسكو"]]
    tags = [["O", "O", "B-LOC"]]
    assert propagate_persons(tokens, tags) == tags


def test_word_frequency_buckets() -> None:
    from marsad.entities.recognize.frequency import half_zipf

    assert half_zipf("قال") >= 11  # a verb of saying: one of the commonest words
    assert 0 < half_zipf("بوتين") < half_zipf("الرئيس")
    assert half_zipf("زقزقلوطيس") == 0  # not a word
    assert half_zipf("Google") == half_zipf("google") > 0
