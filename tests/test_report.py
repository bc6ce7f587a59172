"""The HTML report from a small hostile archive (tests/report_support.py): one self-contained file, every scraped
string escaped, and every section showing what the archive holds and what changed between the two runs.

The browser half (render, console, scripts, screenshot) is tests/test_report_browser.py.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html
from markupsafe import escape

from tests.report_support import (HOSTILE_AUTHOR, HOSTILE_TITLE, IMG_PAYLOAD, JAVASCRIPT_URL, OTHER_SITE_NAME,
                                  SCRIPT_PAYLOAD, SVG_PAYLOAD, hostile_archive, runner, two_blog_archive)
from wparchive.cli import app
from report import build_report, default_report_path, highlight, safe_href

MAX_BYTES = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile_archive(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report(archive: Path) -> str:
    out = archive.parent / "report.html"
    result = build_report(archive, out, generated_at=dt.datetime(2024, 10, 2, 6, 0, tzinfo=dt.timezone.utc))
    assert result.bytes == out.stat().st_size < MAX_BYTES
    return out.read_text(encoding="utf-8")


def test_every_scraped_string_is_escaped(report: str) -> None:
    for payload in (SCRIPT_PAYLOAD, IMG_PAYLOAD, SVG_PAYLOAD, HOSTILE_TITLE, HOSTILE_AUTHOR):
        assert payload not in report  # never verbatim…
        assert str(escape(payload)) in report  # …always as text
    doc = lxml_html.fromstring(report)
    assert len(doc.xpath("//script")) == 1  # ours, at the end
    assert not doc.xpath("//img | //iframe | //object | //embed")
    assert not doc.xpath("//@*[starts-with(name(), 'on')]")  # no event handler attribute anywhere
    assert not doc.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]")
    assert JAVASCRIPT_URL not in report  # a commenter's web site is never linked
    # The texts read back as the readers wrote them.
    texts = doc.xpath("//p[@class='text']/text()")
    assert any(SCRIPT_PAYLOAD in t and IMG_PAYLOAD in t for t in texts)


def test_the_file_is_self_contained(report: str) -> None:
    doc = lxml_html.fromstring(report)
    assert doc.xpath("//meta[@charset]/@charset") == ["utf-8"]
    csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp and "unsafe" not in csp
    # Nothing to fetch: no external stylesheet, script, image, font, frame or import.
    assert not doc.xpath("//link[@href] | //script[@src] | //*[@src]")
    assert not re.search(r"@import|url\(\s*['\"]?(https?:|//)", report)
    assert "svg" in report and doc.xpath("//svg[contains(@class, 'chart')]//rect[@class='bar']")
    # The only URLs are links to the archived posts.
    hrefs = doc.xpath("//a/@href")
    assert all(h.startswith("#") or h.startswith("https://blog.example/") for h in hrefs), hrefs
    urls = set(re.findall(r"(?:https?:)?//[^\s\"'<>]+", report))
    assert {u for u in urls if not u.startswith("https://blog.example/")} == set(), urls


def test_swedish_text_survives(report: str) -> None:
    assert "Läsare 10" in report and "Inlägg 1" in report and "bl.a." in report


def test_sections_show_the_archive(report: str) -> None:
    doc = lxml_html.fromstring(report)
    sections = {s.get("id"): s.text_content() for s in doc.xpath("//section")}
    assert set(sections) == {"themes", "activity", "discussions", "forms", "changes", "health"}
    themes = sections["themes"]
    assert "Awards and prizes" in themes and "Vi har fått pris för bästa initiativ." in themes
    assert doc.xpath("//section[@id='themes']//mark")  # the words that matched are marked
    assert doc.xpath("//section[@id='activity']//svg//rect[@class='bar'][@data-value!='0']")
    assert "Bra skrivet! (10)" in sections["discussions"]
    forms = sections["forms"]
    assert "wordpress-core" in forms and "email" in forms
    assert "Posts open for comments (2)" in forms  # posts 1 and 4; post 2 closed in the second run
    health = sections["health"]
    assert "20241002T023000Z-report" in health and "All " in health and "data checks passed" in health


def test_changes_since_the_previous_run(report: str) -> None:
    doc = lxml_html.fromstring(report)
    changes = doc.xpath("//section[@id='changes']")[0]
    summary = [c.text_content().strip() for c in changes.xpath(".//table[1]/tbody/tr[1]/td")]
    assert summary[1] == "20241002T023000Z-report" and summary[2].startswith("20241001T023000Z-report")
    assert summary[3:] == ["1", "1", "1", "1", "1"]  # new, deleted, edited posts; new, removed comments
    text = changes.text_content()
    for heading in ("New posts", "Deleted posts", "Edited posts", "New comments", "Removed comments"):
        assert heading in text
    assert "Energi och solceller" in text  # deleted
    # Edited: post 1, whose text changed, with what changed; not post 2, whose comments were only closed (its
    # modified time moved, its text did not).
    edited = _table_after(changes, "Edited posts")
    assert [r[0] for r in edited] == ["Inlägg 1"], edited
    assert edited[0][-1] == "body +37/−0 chars", edited
    assert "Bra skrivet! (11)" in text  # removed
    form_changes = doc.xpath("//section[@id='forms']//h3[starts-with(., 'Changed')]/following-sibling::table[1]")[0]
    rows = [" | ".join(td.text_content().strip() for td in tr.xpath("td")) for tr in form_changes.xpath(".//tr")]
    assert any("Inlägg 2 | changed | yes → no" in r for r in rows), rows
    assert any("| new |" in r for r in rows) and any("| not seen |" in r for r in rows)


def test_first_run_report_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    db = hostile_archive(tmp_path, runs=1)
    out = tmp_path / "first.html"
    build_report(db, out)
    text = out.read_text(encoding="utf-8")
    assert "first successful crawl" in text and "No comment form changed" in text


def test_highlight_and_links_escape() -> None:
    assert str(highlight("Vi fick <b>pris</b> i år", "pris")) == "Vi fick &lt;b&gt;<mark>pris</mark>&lt;/b&gt; i år"
    assert str(highlight("<i>x</i>", "nothing here")) == "&lt;i&gt;x&lt;/i&gt;"
    assert safe_href("https://blog.example/a") == "https://blog.example/a"
    for bad in (JAVASCRIPT_URL, "data:text/html,x", "//evil.example/", None, "vbscript:x"):
        assert safe_href(bad) is None


def test_cli_report(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "report.html"
    result = runner.invoke(app, ["report", "--db", str(archive), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and "KB" in result.output
    assert default_report_path(archive) == archive.with_name("archive-report.html")
    missing = runner.invoke(app, ["report", "--db", str(tmp_path / "nope.duckdb"), "--out", str(out)])
    assert missing.exit_code == 2 and "no database" in missing.output


def _table_after(section, heading: str) -> list[list[str]]:
    """The body rows (cell texts) of the first table after the <h3> ``heading`` in ``section``."""
    table = section.xpath(f".//h3[normalize-space(.) = '{heading}']/following-sibling::table[1]")[0]
    return [[td.text_content().strip() for td in tr.xpath("td")] for tr in table.xpath("tbody/tr")]


def test_with_two_blogs_every_post_list_names_the_blog(tmp_path: Path) -> None:
    out = tmp_path / "two.html"
    build_report(two_blog_archive(tmp_path), out)
    doc = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    forms = doc.xpath("//section[@id='forms']")[0]
    open_rows = _table_after(forms, "Posts open for comments (4)")
    # "Inlägg 1" is on both blogs: the Site column tells the two rows apart.
    assert sorted((r[0], r[1]) for r in open_rows if r[1] == "Inlägg 1") == [
        ("Exempelbloggen", "Inlägg 1"), (OTHER_SITE_NAME, "Inlägg 1")], open_rows
    discussed = [s.text_content() for s in doc.xpath("//section[@id='discussions']//summary")]
    assert any(OTHER_SITE_NAME in s and "Inlägg 1" in s for s in discussed), discussed
    assert any("Exempelbloggen" in s and "Inlägg 1" in s for s in discussed), discussed
