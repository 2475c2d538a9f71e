"""``marsad analyze``: inputs (files, directories, URLs, stdin, JSONL), formats, errors."""

from __future__ import annotations

import gzip
import http.server
import json
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from marsad.cli.main import cli

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
DUMP = PAGES / "textdump_jannah_iraq.txt"
HTML = PAGES / "html_jannah_lebanon.html"
DUMP_TITLE = "مفوضية الانتخابات العراقية تحدد موعد الاقتراع المحلي وسط خلافات بين الكتل"
HTML_TITLE = "البرلمان اللبناني يفشل للمرة الثانية عشرة في انتخاب رئيس للجمهورية"


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, ["analyze", "--components", "none", *args], input=stdin)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_single_file_prints_json() -> None:
    result = run(str(DUMP))
    assert result.exit_code == 0, result.output
    art = json.loads(result.stdout)
    assert art["input"] == str(DUMP)
    assert art["title"] == DUMP_TITLE
    assert art["sections"] == ["أخبار", "العراق", "سياسة"]
    assert art["agency"] == "وكالات" and art["text"].startswith("أعلنت المفوضية")


def test_many_inputs_print_jsonl_in_order() -> None:
    result = run(str(HTML), str(DUMP))
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert [r["input"] for r in rows] == [str(HTML), str(DUMP)]
    assert [r["title"] for r in rows] == [HTML_TITLE, DUMP_TITLE]


def test_directory_is_read_sorted(tmp_path: Path) -> None:
    shutil.copy(DUMP, tmp_path / "b.txt")
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML.read_bytes()))
    (tmp_path / "notes.json").write_text("{}")  # not a page: skipped
    result = run(str(tmp_path))
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert [Path(r["input"]).name for r in rows] == ["a.html.gz", "b.txt"]
    assert rows[0]["title"] == HTML_TITLE


def test_jsonl_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    lines = [
        {"id": "doc-1", "text": DUMP.read_text("utf-8"), "published": "2023-05-14"},
        {"id": "doc-2", "html": HTML.read_text("utf-8"), "url": "https://example.org/a"},
        {"id": "doc-3", "text": "نص قصير جدا", "title": "عنوان معطى"},
    ]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    result = run("--input-format", "jsonl", str(src))
    assert result.exit_code == 0, result.output
    rows = jsonl(result.stdout)
    assert [r["input"] for r in rows] == ["doc-1", "doc-2", "doc-3"]
    assert rows[0]["published"].startswith("2023-05-14")
    assert rows[1]["url"] == "https://example.org/a" and rows[1]["source"]
    assert rows[2]["title"] == "عنوان معطى" and "short_body" in rows[2]["flags"]


def test_stdin() -> None:
    result = run("-", stdin=DUMP.read_bytes())
    assert result.exit_code == 0, result.output
    art = json.loads(result.stdout)
    assert art["input"] == "<stdin>" and art["title"] == DUMP_TITLE


def test_url_and_published_options() -> None:
    result = run(str(DUMP), "--url", "https://news.example/iraq/1", "--published",
                 "الأحد 14 مايو 2023")
    assert result.exit_code == 0, result.output
    art = json.loads(result.stdout)
    assert art["url"] == "https://news.example/iraq/1" and art["source"] == "news.example"


def test_errors_are_per_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = run(str(empty), str(DUMP), str(tmp_path / "missing.txt"), str(binary))
    assert result.exit_code == 1
    rows = jsonl(result.stdout)
    assert [r["input"] for r in rows] == [str(DUMP)]
    err = result.stderr
    assert f"{empty}: input is empty" in err
    assert "missing.txt: no such file" in err
    assert f"{binary}: PNG image" in err
    assert "Traceback" not in result.output


def test_unknown_component_warns_and_runs() -> None:
    result = CliRunner().invoke(cli, ["analyze", "--components",
                                      "sentences.rules.v1,no.such.v9", str(DUMP)])
    assert "no.such.v9" in result.stderr and "not registered" in result.stderr
    art = json.loads(result.stdout)
    assert art["title"] == DUMP_TITLE
    assert art["sentences"]  # the registered component ran


def test_pretty_view() -> None:
    result = run(str(DUMP), "-f", "pretty")
    assert result.exit_code == 0, result.output
    assert "sections" in result.stdout and "أخبار / العراق / سياسة" in result.stdout
    assert "وكالات" in result.stdout


def test_export_format_missing_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "marsad.events.export", None)
    result = run(str(DUMP), "-f", "plover")
    assert result.exit_code != 0
    assert "--format plover needs marsad.events.export" in result.output


def test_options_for_single_input_only() -> None:
    result = run(str(DUMP), str(HTML), "--url", "https://x.example")
    assert result.exit_code == 2 and "single input" in result.output


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    shutil.copy(HTML, tmp_path / "page.html")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*a, directory=str(tmp_path), **k)

        def log_message(self, *a) -> None:  # type: ignore[no-untyped-def]
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_input(server: str) -> None:
    result = run(f"{server}/page.html", f"{server}/missing.html")
    assert result.exit_code == 1
    rows = jsonl(result.stdout)
    assert len(rows) == 1 and rows[0]["title"] == HTML_TITLE
    assert rows[0]["url"] == f"{server}/page.html"
    assert "missing.html" in result.stderr and "404" in result.stderr


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.html"
    with huge.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    result = run(str(huge), str(DUMP))
    assert result.exit_code == 1
    assert f"{huge}: file is 52.4 MB, over the limit" in result.stderr
    assert [r["input"] for r in jsonl(result.stdout)] == [str(DUMP)]
