"""The dashboard in a real headless browser: Debian's chromium driven by Playwright.

Screenshots go to test-artifacts/ for a person to look at. Skipped cleanly where
chromium or Playwright is missing; never downloads a browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: object, live_url: str) -> Iterator[object]:
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="ar"
    )
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert not errors, f"browser errors: {errors}"


def shot(page: object, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_overview_draws_the_quad_chart(page: object, live_url: str) -> None:
    page.goto(live_url + "/")  # type: ignore[attr-defined]
    page.wait_for_selector("#quad-chart[data-drawn='1'] .main-svg")  # type: ignore[attr-defined]
    assert page.evaluate("document.documentElement.dir") == "rtl"  # type: ignore[attr-defined]
    shot(page, "overview")


def test_search_then_article_with_entities_and_event_card(page: object, live_url: str) -> None:
    page.goto(live_url + "/search")  # type: ignore[attr-defined]
    page.fill(".searchbox input[name=q]", "بالأسد")  # type: ignore[attr-defined]
    page.click(".searchbox button")  # type: ignore[attr-defined]
    page.wait_for_selector(".hit mark")  # type: ignore[attr-defined]
    shot(page, "search")
    page.click(".hit a.title")  # type: ignore[attr-defined]
    page.wait_for_selector(".article .m-PER")  # type: ignore[attr-defined]
    assert page.inner_text(".event-card .cat") .startswith("تشاور")  # type: ignore[attr-defined]
    shot(page, "article")
    page.click(".article a.m-PER")  # type: ignore[attr-defined]
    page.wait_for_selector("#actor-chart[data-drawn='1'] .main-svg")  # type: ignore[attr-defined]
    assert "بشار الأسد" in page.inner_text("h1")  # type: ignore[attr-defined]
    shot(page, "actor")


def test_dyad_chart_and_click_through(page: object, live_url: str) -> None:
    page.goto(live_url + "/dyad/TUR/SYR")  # type: ignore[attr-defined]
    page.wait_for_selector("#dyad-chart[data-drawn='1'] .main-svg")  # type: ignore[attr-defined]
    shot(page, "dyad")
    assert page.locator("table.events tbody tr").count() == 1  # type: ignore[attr-defined]


def test_event_table_filter_and_csv_download(page: object, live_url: str) -> None:
    page.goto(live_url + "/events")  # type: ignore[attr-defined]
    assert page.locator("table.events tbody tr").count() == 2  # type: ignore[attr-defined]
    page.select_option("select[name=category]", "ASSAULT")  # type: ignore[attr-defined]
    page.click("form.filters button")  # type: ignore[attr-defined]
    page.wait_for_url("**/events?*category=ASSAULT*")  # type: ignore[attr-defined]
    assert page.locator("table.events tbody tr").count() == 1  # type: ignore[attr-defined]
    shot(page, "events")
    with page.expect_download() as info:  # type: ignore[attr-defined]
        page.click("#csv-download")  # type: ignore[attr-defined]
    content = Path(info.value.path()).read_text("utf-8")
    assert "ASSAULT" in content and "CONSULT" not in content


def test_xss_article_runs_no_script(page: object, live_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.goto(live_url + "/articles/art-xss")  # type: ignore[attr-defined]
    assert "<script>" in page.inner_text(".article .body")  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]
    assert dialogs == []
