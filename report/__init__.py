"""The offline HTML report: one self-contained file (CSS, JS, charts inline) from the published archive.

``build_report(db, out)`` reads the result sets of ``warehouse.report_data`` (read-only), shapes them for the
template and renders ``templates/report.html.j2`` with Jinja2's autoescape on, so every scraped string (titles,
sentences, comments, names) is escaped; the only unescaped inserts are our own CSS, JS and the SVG that
``charts`` builds from escaped parts. A Content-Security-Policy allows nothing but that CSS and JS (by hash):
the page loads nothing from anywhere, and an injected script or handler would not run even if escaping failed.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import time
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jinja2
from markupsafe import Markup, escape

from warehouse.report_data import ReportLimits, read_report_data
from report import charts, words

TEMPLATE = "report.html.j2"
MAX_COMMENT_CHARS = 1200  # a longer comment is cut (with "…"): the report must stay small enough to e-mail


@dataclass(frozen=True)
class ReportResult:
    """What one report build wrote."""

    path: str
    bytes: int
    seconds: float


def default_report_path(db_path: Path | str) -> Path:
    """Where the nightly run writes the report when not told: beside the published database,
    ``archive.duckdb`` → ``archive-report.html``."""
    path = Path(db_path)
    return path.with_name(f"{path.stem}-report.html")


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def safe_href(url: Any) -> str | None:
    """A link target only for plain http(s) URLs (never ``javascript:`` or ``data:``); None otherwise."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def highlight(sentence: str | None, matched: str | None) -> Markup:
    """The sentence, escaped, with the first occurrence of what the theme rule matched in <mark>."""
    text = sentence or ""
    needle = (matched or "").strip()
    at = text.casefold().find(needle.casefold()) if needle else -1
    if at < 0 or len(text.casefold()) != len(text):  # casefold changed lengths: offsets would not line up
        return escape(text)
    end = at + len(needle)
    return escape(text[:at]) + Markup("<mark>") + escape(text[at:end]) + Markup("</mark>") + escape(text[end:])


def shorten(text: str | None, limit: int = MAX_COMMENT_CHARS) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _environment(language: str = "en") -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader(__package__, "templates"),
        autoescape=True,  # every {{ value }} is escaped unless it is Markup we built
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["shorten"] = shorten
    env.filters["highlight"] = highlight
    say = words.translator(language)
    env.globals["_"] = say
    env.filters["yes_no"] = lambda value: "—" if value is None else say("yes" if value else "no")
    env.filters["join_or_dash"] = lambda values: ", ".join(str(v) for v in values) if values else "—"
    return env


# ---------------------------------------------------------------------------------------------------- shaping

def _themes(data: dict[str, list[dict[str, Any]]]) -> tuple[list[dict[str, Any]], list[dt.date]]:
    rows = data["theme_months"]
    months = charts.month_range([r["month"] for r in rows if r["month"] is not None])
    evidence = defaultdict(list)
    for (theme, _rank, url), sentences in groupby(data["theme_top_posts"],
                                                  key=lambda r: (r["theme"], r["post_rank"], r["post_url"])):
        sentences = list(sentences)
        first = sentences[0]
        evidence[theme].append({
            "title": first["title"], "url": url, "site_name": first["site_name"], "published": first["published"],
            "language": first["language"], "mentions_count": first["mentions_count"],
            "sentences": [highlight(s["sentence"], s["matched_text"]) for s in sentences],
        })
    themes = []
    for theme, theme_rows in groupby(rows, key=lambda r: r["theme"]):
        theme_rows = list(theme_rows)
        themes.append({
            "theme": theme, "label_en": theme_rows[0]["label_en"] or theme, "label_sv": theme_rows[0]["label_sv"],
            "by_month": {r["month"]: r for r in theme_rows if r["month"] is not None},
            "posts": sum(r["posts"] for r in theme_rows), "mentions": sum(r["mentions"] for r in theme_rows),
            "top_posts": evidence.get(theme, []),
        })
    themes.sort(key=lambda t: (-t["mentions"], t["label_en"]))
    for i, theme in enumerate(themes):
        by_month = theme.pop("by_month")
        theme["chart"] = charts.monthly_bars(
            months, [by_month[m]["mentions"] if m in by_month else 0 for m in months],
            label=f"{theme['label_en']}: sentences per month", color=charts.PALETTE[i % len(charts.PALETTE)],
            tooltip=lambda m, v, by_month=by_month: (
                f"{m:%Y-%m}: {v} sentence(s) in {by_month[m]['posts'] if m in by_month else 0} post(s)"),
        ) if months and theme["mentions"] else None
    return themes, months


def _activity(rows: list[dict[str, Any]], today: dt.date) -> dict[str, Any]:
    """The activity charts up to the last full month (``today``'s month, incomplete, would look like a slump and
    a lone comment in it stretched the axis over empty years), with long empty stretches as breaks in the axis,
    and the per-month figures the captions state."""
    this_month = today.replace(day=1)
    by_month = {r["month"]: r for r in rows if r["month"] < this_month}
    later = [r for r in rows if r["month"] >= this_month]
    slots = charts.month_slots(list(by_month))

    def value(month: dt.date | None, column: str) -> int:
        return by_month[month][column] if month in by_month else 0

    comments_chart = charts.monthly_bars(
        slots, [value(m, "comments_count") for m in slots], height=170, color=charts.PALETTE[0],
        label="Comments per month",
        tooltip=lambda m, v: (f"{m:%Y-%m}: {v} comment(s) by {value(m, 'commenters_count')} commenter(s), "
                              f"{value(m, 'pingbacks_count')} pingback(s)"),
    ) if slots else None
    posts_chart = charts.monthly_bars(
        slots, [value(m, "posts_count") for m in slots], height=90, color=charts.PALETTE[1],
        label="Posts per month", tooltip=lambda m, v: f"{m:%Y-%m}: {v} post(s) published",
    ) if slots else None
    years: dict[int, dict[str, int]] = {}
    for r in rows:
        year = years.setdefault(r["month"].year, {"year": r["month"].year, "posts": 0, "comments": 0,
                                                  "pingbacks": 0})
        year["posts"] += r["posts_count"]
        year["comments"] += r["comments_count"]
        year["pingbacks"] += r["pingbacks_count"]
    return {"comments_chart": comments_chart, "posts_chart": posts_chart, "years": [years[y] for y in sorted(years)],
            "comments": _per_month(by_month, "comments_count"), "posts": _per_month(by_month, "posts_count"),
            "breaks": _breaks(slots), "later": {"month": this_month,
                                                "comments": sum(r["comments_count"] for r in later),
                                                "posts": sum(r["posts_count"] for r in later)}}


def _per_month(by_month: dict[dt.date, dict[str, Any]], column: str) -> dict[str, Any]:
    """A monthly figure: the total over the charted months, the months it spans (empty ones count), the average
    per month, and the busiest month."""
    months = charts.month_range(list(by_month))
    total = sum(r[column] for r in by_month.values())
    busiest = max(by_month.values(), key=lambda r: (r[column], r["month"]), default=None)
    return {"total": total, "months": len(months), "first": months[0] if months else None,
            "last": months[-1] if months else None,
            "average": round(total / len(months), 1) if months else 0,
            "busiest": busiest["month"] if busiest and busiest[column] else None,
            "busiest_count": busiest[column] if busiest else 0}


def _breaks(slots: list[dt.date | None]) -> list[tuple[dt.date, dt.date]]:
    """The empty stretches the axis leaves out, as (first empty month, last empty month)."""
    out = []
    for i, slot in enumerate(slots):
        if slot is None:
            before, after = slots[i - 1], slots[i + 1]
            assert before is not None and after is not None  # a break always lies between two months with data
            empty = charts.month_range([before, after])[1:-1]
            out.append((empty[0], empty[-1]))
    return out


def _discussions(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    posts = []
    ranked = [r for r in rows if r["post_rank"] is not None]  # the rest are comments of post pages only
    for (_rank, url), comments in groupby(ranked, key=lambda r: (r["post_rank"], r["post_url"])):
        comments = list(comments)
        first = comments[0]
        posts.append({"title": first["title"], "url": url, "site_name": first["site_name"],
                      "published": first["post_published"], "comments_count": first["comments_count"],
                      "comments": comments})
    return posts


def _forms(data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    overview = data["form_overview"]
    states: dict[str, int] = defaultdict(int)
    for row in overview:
        states[row["state"]] += row["posts_count"]
    state_parts = [(name, states[name]) for name in ("open", "closed", "no form") if states.get(name)]
    open_forms = data["open_forms"]
    return {
        "overview": overview,
        "states": state_parts,
        "chart": charts.share_bar(state_parts, label="Latest comment form of each live post: "
                                  + ", ".join(f"{n} {c}" for n, c in state_parts)) if state_parts else None,
        "required": [r for r in data["form_requirements"] if r["facet"] == "required_field"],
        "providers": [r for r in data["form_requirements"] if r["facet"] == "login_provider"],
        "open_forms": open_forms,
        "open_forms_count": open_forms[0]["open_forms_count"] if open_forms else 0,
        "changes": data["form_changes"],
        "changes_count": data["form_changes"][0]["changes_count"] if data["form_changes"] else 0,
    }


def _grouped(rows: list[dict[str, Any]], key: str) -> dict[Any, list[dict[str, Any]]]:
    """The rows by their value of ``key``, each group in the rows' order."""
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    return dict(groups)


def _changes(data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {"sites": data["changes"], "posts": _grouped(data["post_changes"], "change"),
            "comments": _grouped(data["comment_changes"], "change")}


def post_anchor(post_url: str) -> str:
    """The id of a post's page in the report: stable for the post (its URL's hash), never the URL itself."""
    return "post-" + hashlib.sha256(post_url.encode("utf-8")).hexdigest()[:12]


def _posts(data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The list of all (listed) posts, and a page for each of the newest: text, thread, form, history."""
    threads = _grouped(data["discussions"], "post_url")
    history = _grouped(data["post_history"], "post_url")
    rows = data["posts"]
    for row in rows:
        row["anchor"] = post_anchor(row["post_url"])
        row["search"] = " ".join(str(v) for v in (row["title"], row["author"], row["site_name"],
                                                   *(row["categories"] or []), *(row["tags"] or [])) if v).lower()
        if row["has_page"]:
            row["comments"] = threads.get(row["post_url"], [])
            row["history"] = history.get(row["post_url"], [])
    return {"rows": rows, "total": rows[0]["posts_count"] if rows else 0,
            "pages": sum(1 for r in rows if r["has_page"]),
            "years": sorted({r["published"][:4] for r in rows if r["published"]}, reverse=True),
            "sites": sorted({r["site_name"] for r in rows})}


def _media(data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """The media audit: images needing attention, per author (whose rows sum to the section's totals), and what
    the latest crawl saw added or removed."""
    authors = data["media_authors"]
    totals = {f"{name}_count": sum(r[f"{name}_count"] for r in authors)
              for name in ("images", "without_alt", "broken", "not_fetched")}
    return {"problems": data["media"], "authors": authors, "changes": data["media_changes"], **totals}


def report_context(data: dict[str, list[dict[str, Any]]], generated_at: dt.datetime) -> dict[str, Any]:
    """What the template shows, from the result sets of ``read_report_data``."""
    themes, theme_months = _themes(data)
    zone = data["zone"][0]["timezone"]
    local_now = generated_at.astimezone(ZoneInfo(zone))
    return {
        "generated": f"{local_now:%Y-%m-%d %H:%M}",
        "zone": zone,
        "language": data["zone"][0]["language"],
        "sites": data["sites"],
        "multi_site": len(data["sites"]) > 1,
        "themes": themes,
        "theme_months": theme_months,
        "activity": _activity(data["activity_months"], local_now.date()),
        "discussions": _discussions(data["discussions"]),
        "posts": _posts(data),
        "anchors": {r["post_url"]: post_anchor(r["post_url"]) for r in data["posts"] if r["has_page"]},
        "forms": _forms(data),
        "changes": _changes(data),
        "runs": data["runs"],
        "drops": data["drops"],
        "quarantine": data["quarantine"],
        "checks": data["checks"],
        "agreement": data["agreement"],
        "media": _media(data),
        "failing_checks": [c for c in data["checks"] if c["failing_rows"]],
    }


def render_report(data: dict[str, list[dict[str, Any]]], generated_at: dt.datetime) -> str:
    """The report's HTML: the template with the context, our CSS and JS inline and allowed by hash in the CSP."""
    css, js = _asset("report.css"), _asset("report.js")
    csp = (f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
           "base-uri 'none'; form-action 'none'")
    context = report_context(data, generated_at)
    template = _environment(context["language"]).get_template(TEMPLATE)
    return template.render(**context, css=Markup(css), js=Markup(js), csp=csp)


def build_report(db_path: Path | str, out_path: Path | str, *, generated_at: dt.datetime | None = None,
                 limits: ReportLimits = ReportLimits()) -> ReportResult:
    """Write the report of the archive at ``db_path`` (opened read-only) to ``out_path``, atomically."""
    started = time.perf_counter()
    out = Path(out_path)
    html = render_report(read_report_data(db_path, limits), generated_at or dt.datetime.now(dt.timezone.utc))
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.writing-{os.getpid()}")
    try:
        temporary.write_text(html, encoding="utf-8")
        os.replace(temporary, out)
    finally:
        temporary.unlink(missing_ok=True)
    return ReportResult(str(out), out.stat().st_size, round(time.perf_counter() - started, 3))
