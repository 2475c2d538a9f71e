"""parse_date_string (page metadata dates), the timex component and the eval command."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli
from marsad.errors import InputError
from marsad.eval.timex import load_cases
from marsad.models import Article
from marsad.pipeline import Pipeline
from marsad.registry import components
from marsad.settings import load_settings
from marsad.timex import parse_date_string
from marsad.timex.component import make_timex_tagger

PLUS3 = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    ("s", "expected"),
    [
        ("الخميس 12 يناير 2023", datetime(2023, 1, 12)),
        ("١٢ كانون الثاني ٢٠٢٣ - 10:45", datetime(2023, 1, 12, 10, 45)),
        ("2023-01-12T10:45:00+03:00", datetime(2023, 1, 12, 10, 45, tzinfo=PLUS3)),
        ("2023-01-12", datetime(2023, 1, 12)),
        ("12/01/2023", datetime(2023, 1, 12)),
        ("11 شوال 1441هـ", datetime(2020, 6, 3)),
        ("الأربعاء 20 جمادى الآخرة 1444 هـ - 11 يناير 2023 م", datetime(2023, 1, 11)),
        ("نشر في: 12 جانفي 2023 على الساعة 10:45 م", datetime(2023, 1, 12, 22, 45)),
        ("12 يناير 2023 | 09:05 +03:00", datetime(2023, 1, 12, 9, 5, tzinfo=PLUS3)),
        ("January 12, 2023 10:45 PM", datetime(2023, 1, 12, 22, 45)),
        ("12 January 2023", datetime(2023, 1, 12)),
        ("12 كانون2 2023", datetime(2023, 1, 12)),
        ("نشر في: 12/01/2023 - 10:45 ص", datetime(2023, 1, 12, 10, 45)),
        ("٢٠٢٣/٠١/١٢", datetime(2023, 1, 12)),
        ("2023/1/12 9:05 PM", datetime(2023, 1, 12, 21, 5)),
        ("12يناير2023", datetime(2023, 1, 12)),
        ("12 - يناير - 2023", datetime(2023, 1, 12)),
    ],
)
def test_parse_date_string(s: str, expected: datetime) -> None:
    assert parse_date_string(s) == expected


@pytest.mark.parametrize("s", ["", "   ", "منذ ساعتين", "أمس", "يناير 2023", "آخر تحديث", "x"])
def test_parse_date_string_without_a_day_is_none(s: str) -> None:
    assert parse_date_string(s) is None


def test_parse_relative_with_anchor() -> None:
    anchor = datetime(2023, 3, 16, 10, 45)
    assert parse_date_string("منذ ساعتين", anchor) == datetime(2023, 3, 16, 8, 45)
    assert parse_date_string("أمس", anchor) == datetime(2023, 3, 15)


def test_component_is_registered() -> None:
    assert components.get("timex.rules.v1") is make_timex_tagger


def test_component_assigns_timexes_against_published() -> None:
    tagger = make_timex_tagger(load_settings())
    assert tagger.requires == ("text",) and tagger.assigns == ("timexes",)
    art = Article(id="a", text="وصل الوفد أمس الأربعاء", published=datetime(2023, 3, 16, 9))
    out = Pipeline([tagger]).pipe([art, art.replace(id="b", published=None)])
    first, second = list(out)
    assert [t.value for t in first.timexes] == ["2023-03-15"]
    assert [t.value for t in second.timexes] == [None]


def test_load_cases_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("text\tanchor\tvalue\tgranularity\tkind\nonly two\tcolumns\n", "utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv"):
        load_cases(bad)
    with pytest.raises(InputError, match=r"missing\.tsv"):
        load_cases(tmp_path / "missing.tsv")


def test_eval_timex_command(tmp_path: Path) -> None:
    cases = tmp_path / "cases.tsv"
    cases.write_text(
        "text\tanchor\tvalue\tgranularity\tkind\n"
        "قال أمس\t2023-03-16\t2023-03-15\tday\trelative\n"
        "في عام 2019\t2023-03-16\t2019\tyear\tabsolute\n"
        "قال الوزير\t2023-03-16\tNONE\t\t\n"
        "قال اليوم\t2023-03-16\t2023-03-01\tday\trelative\n",
        "utf-8",
    )
    result = CliRunner().invoke(
        cli, ["eval", "timex", str(cases), "--no-dateparser", "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{") :])
    assert data["scores"]["marsad"]["correct"] == 3
    assert data["scores"]["marsad"]["total"] == 4


def test_eval_timex_command_bad_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "timex", str(tmp_path / "nope.tsv")])
    assert result.exit_code != 0
    assert "nope.tsv" in result.output
