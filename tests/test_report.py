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

from report import charts, words
from tests.report_support import (EDITED_BODY, HOSTILE_AUTHOR, HOSTILE_TITLE, IMG_PAYLOAD, JAVASCRIPT_URL,
                                  OTHER_SITE_NAME, RUN_1, RUN_2, SCRIPT_PAYLOAD, SVG_PAYLOAD, hostile_archive,
                                  load, runner, two_blog_archive)
from wparchive.cli import app
from report import build_report, default_report_path, highlight, post_anchor, safe_href

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
    assert set(sections) == {"posts", "post-pages", "themes", "activity", "discussions", "forms", "media", "changes",
                             "health"}
    themes = sections["themes"]  # the site is Swedish: its themes go by their Swedish labels
    assert "Priser och utmärkelser" in themes and "Vi har fått pris för bästa initiativ." in themes
    assert doc.xpath("//section[@id='themes']//mark")  # the words that matched are marked
    assert doc.xpath("//section[@id='activity']//svg//rect[@class='bar'][@data-value!='0']")
    assert "Bra skrivet! (10)" in sections["discussions"]
    forms = sections["forms"]
    assert "wordpress-core" in forms and "email" in forms
    assert "Inlägg öppna för kommentarer (2)" in forms  # posts 1 and 4; post 2 closed in the second run
    health = sections["health"]
    passed = r"Alla \d+ datakontroller godkändes i den senaste insamlingen \(\d{4}-\d\d-\d\d \d\d:\d\d\)"
    assert re.search(passed, health), health


def test_changes_since_the_previous_run(report: str) -> None:
    doc = lxml_html.fromstring(report)
    changes = doc.xpath("//section[@id='changes']")[0]
    summary = [c.text_content().strip() for c in changes.xpath(".//table[@id='change-summary']/tbody/tr[1]/td")]
    # Crawls by when they ended, in the site's zone (Europe/Stockholm: UTC+2 in October), never by run id.
    assert summary[1] == "2024-10-02 04:35" and summary[2] == "2024-10-01 04:35"
    assert summary[3:] == ["1", "1", "1", "1", "1"]  # new, deleted, edited posts; new, removed comments
    text = changes.text_content()
    for heading in ("Nya inlägg", "Borttagna inlägg", "Redigerade inlägg", "Nya kommentarer", "Borttagna kommentarer"):
        assert heading in text
    assert "Energi och solceller" in text  # deleted
    # Edited: post 1, whose text changed, with what changed; not post 2, whose comments were only closed (its
    # modified time moved, its text did not).
    edited = _table_after(changes, "Redigerade inlägg")
    assert [r[0] for r in edited] == ["Inlägg 1"], edited
    assert edited[0][-1] == "body +37/−0 chars", edited
    assert "Bra skrivet! (11)" in text  # removed
    form_changes = doc.xpath("//table[@id='form-changes']")[0]
    rows = [" | ".join(td.text_content().strip() for td in tr.xpath("td")) for tr in form_changes.xpath(".//tr")]
    assert any("Inlägg 2 | ändrat | ja → nej" in r for r in rows), rows
    assert any("| ny |" in r for r in rows) and any("| inte sett |" in r for r in rows)


def test_first_run_report_says_there_is_nothing_to_compare(tmp_path: Path) -> None:
    db = hostile_archive(tmp_path, runs=1)
    out = tmp_path / "first.html"
    build_report(db, out)
    text = out.read_text(encoding="utf-8")
    assert "första lyckade insamlingen" in text and "Inget kommentarsformulär har ändrats" in text


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
    table = section.xpath(f".//h3[normalize-space(.) = '{heading}']/following-sibling::div[1]/table")[0]
    return [[td.text_content().strip() for td in tr.xpath("td")] for tr in table.xpath("tbody/tr")]


def test_with_two_blogs_every_post_list_names_the_blog(tmp_path: Path) -> None:
    out = tmp_path / "two.html"
    build_report(two_blog_archive(tmp_path), out)
    doc = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    forms = doc.xpath("//section[@id='forms']")[0]
    open_rows = _table_after(forms, "Inlägg öppna för kommentarer (4)")
    # "Inlägg 1" is on both blogs: the Site column tells the two rows apart.
    assert sorted((r[0], r[1]) for r in open_rows if r[1] == "Inlägg 1") == [
        ("Exempelbloggen", "Inlägg 1"), (OTHER_SITE_NAME, "Inlägg 1")], open_rows
    discussed = [s.text_content() for s in doc.xpath("//section[@id='discussions']//summary")]
    assert any(OTHER_SITE_NAME in s and "Inlägg 1" in s for s in discussed), discussed
    assert any("Exempelbloggen" in s and "Inlägg 1" in s for s in discussed), discussed


def test_comments_per_month_is_a_monthly_figure_up_to_the_last_full_month(report: str) -> None:
    doc = lxml_html.fromstring(report)
    activity = doc.xpath("//section[@id='activity']")[0]
    captions = [" ".join(c.text_content().split()) for c in activity.xpath(".//figcaption")]
    # Live comments 10 (June) and 12 (August) over the charted months 2024-02 (the first post) … 2024-08; comment
    # 13 is from October, the month the report was made in (2024-10-02): not over, so not charted.
    assert captions[0].startswith("0,3 kommentarer per månad i genomsnitt: 2 på 7 månader (2024-02 – 2024-08)")
    assert "flest 2024-08 (1)" in captions[0], captions  # a tie goes to the later month
    months = activity.xpath(".//svg//rect[@class='bar']/@data-month")
    assert "2024-10" not in months and max(months) == "2024-08"
    later = " ".join(activity.xpath(".//p[contains(@class, 'later')]")[0].text_content().split())
    assert "2024-10, 1 kommentarer" in later
    # The numbers are written on the chart, not only in tooltips.
    assert [t.text for t in activity.xpath("(.//svg)[1]//text[@class='value']")] == ["1", "1"]


def test_a_lone_late_month_does_not_squeeze_the_chart() -> None:
    busy = charts.month_range([dt.date(2018, 1, 1), dt.date(2021, 4, 1)])
    slots = charts.month_slots([*busy, dt.date(2026, 11, 1)])
    assert slots == [*busy, None, dt.date(2026, 11, 1)]  # five empty years are one break
    svg = charts.monthly_bars(slots, [0 if m is None else 3 for m in slots], label="x", tooltip=lambda m, v: "")
    bars = lxml_html.fromstring(str(svg)).xpath("//rect[@class='bar']")
    last_busy = next(b for b in bars if b.get("data-month") == "2021-04")
    assert float(last_busy.get("x")) > 0.9 * 720 * 40 / 42  # 2018–2021 fill the axis but for the break and one bar
    assert "path" in str(svg) and 'class="break"' in str(svg)
    # Short gaps stay on the axis as the empty months they are.
    assert charts.month_slots([dt.date(2020, 1, 1), dt.date(2020, 6, 1)])[1:5] == [
        dt.date(2020, 2, 1), dt.date(2020, 3, 1), dt.date(2020, 4, 1), dt.date(2020, 5, 1)]


def test_the_reader_sees_no_run_ids_or_file_paths_and_one_time_zone(report: str) -> None:
    doc = lxml_html.fromstring(report)
    visible = doc.xpath("//body")[0].text_content()
    for hidden in (RUN_1, RUN_2, "Z-report", ".jsonl", ".csv", "warehouse/", "/runs/", "data/", "UTC"):
        assert hidden not in visible, hidden
    assert "Alla tider anges i tidszonen Europe/Stockholm." in " ".join(visible.split())
    # Comment 13 was written 2024-10-01T20:00+02:00: shown at 20:00 wherever it is listed, never 18:00 (UTC).
    assert "2024-10-01 20:00" in visible and "2024-10-01 18:00" not in visible


def test_every_post_is_listed_and_has_its_page(report: str) -> None:
    doc = lxml_html.fromstring(report)
    rows = doc.xpath("//table[@id='post-list']/tbody/tr")
    titles = [r.xpath("td[2]")[0].text_content() for r in rows]
    assert titles == [HOSTILE_TITLE, "Inlägg 2", "Inlägg 1"]  # the live posts, newest first
    assert all(r.get("data-search") and r.get("data-year") == "2024" for r in rows)
    assert doc.xpath("//div[@class='filters'][@hidden]//input[@type='search']")  # shown by the script
    page = doc.xpath(f"//article[@id='{post_anchor('https://blog.example/2024/02/02/post-1/')}']")[0]
    text = " ".join(page.text_content().split())
    assert EDITED_BODY in text  # its text
    assert "Bra skrivet! (10)" in text  # its thread
    assert "redigerat: body +37/−0 chars" in text  # its history, with what changed
    assert "formuläret sett första gången, öppet: wordpress-core · comment, author, email" in text  # its form
    assert page.xpath(".//a[@href='#posts']")
    # Titles across the report lead to the post's page.
    assert doc.xpath(f"//section[@id='discussions']//a[@href='#{page.get('id')}']")


def test_every_word_of_the_template_has_its_swedish() -> None:
    template = (Path(words.__file__).parent / "templates" / "report.html.j2").read_text(encoding="utf-8")
    used = {m[1] for m in re.findall(r"_\((['\"])(.+?)\1\)", template)}
    assert used and sorted(used - set(words.SWEDISH)) == []


def test_a_report_of_an_english_or_mixed_archive_is_in_english(tmp_path: Path) -> None:
    out = tmp_path / "mixed.html"
    build_report(two_blog_archive(tmp_path, other_language="en"), out)
    doc = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert doc.get("lang") == "en"
    headings = [" ".join(h.text_content().split()) for h in doc.xpath("//h2")]
    assert "All posts 5" in headings and "Most discussed posts" in headings and "Alla inlägg" not in str(headings)


def test_a_reply_chain_thousands_deep_still_makes_a_report(tmp_path: Path) -> None:
    """A hostile site's chain of 4,000 replies, each to the one before (WordPress itself nests at most 10 levels):
    the discussions query kept each comment's whole path of ancestors, memory growing with the square of the depth,
    and ran out of its cap at 3,000 (a black-box tester's server); the report is still made."""
    from tests.test_warehouse_load import comment, form, make_run_dir, post, stats

    depth = 4000
    chain = [comment(100 + n, 1, parent=(99 + n) if n else None, depth=n + 1,
                     published_at=f"2024-09-01T10:{n // 60 % 60:02d}:{n % 60:02d}+02:00") for n in range(depth)]
    run = make_run_dir(tmp_path / "runs", "20241001T023000Z-deep", posts=[post(1)], comments=chain, forms=[form(1)],
                       stats_json=stats())
    db = tmp_path / "archive.duckdb"
    load(run, db)
    out = tmp_path / "deep.html"
    build_report(db, out)
    assert "Läsare 100" in out.read_text(encoding="utf-8")
