"""Charts for the report as inline SVG drawn in Python: monthly bars with a tooltip (<title>) per bar.

No JavaScript and no library: the SVG is in the HTML, so a chart shows offline, in print and in e-mail
previews. Every text that goes into a chart is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

# Colour-blind-safe palette (Okabe–Ito's, with two of Tol's darker colours for its black and yellow), in order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288", "#882255")
AXIS = "#6b7280"


def month_range(months: Sequence[dt.date]) -> list[dt.date]:
    """Every calendar month from the earliest to the latest of ``months`` (the 1st of each), none when empty."""
    if not months:
        return []
    first, last = min(months), max(months)
    out, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        out.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def month_slots(months: Sequence[dt.date], *, gap: int = 12) -> list[dt.date | None]:
    """The chart's x-axis for months that have data: every calendar month from the earliest to the latest, except
    that a stretch of ``gap`` or more months with nothing in it becomes one ``None`` — a break in the axis, shown
    as such — so a lone late comment does not squeeze years of activity into a corner."""
    have = set(months)
    slots: list[dt.date | None] = []
    empty: list[dt.date] = []
    for month in month_range(months):
        if month in have:
            slots.extend([None] if len(empty) >= gap else empty)
            empty = []
            slots.append(month)
        else:
            empty.append(month)
    return slots


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _year_ticks(months: Sequence[dt.date | None]) -> list[tuple[int, str]]:
    """(index, label) under the axis: each January (and the first month, and the first after a break), or every
    month when there are few."""
    if len(months) <= 12:
        return [(i, m.strftime("%Y-%m")) for i, m in enumerate(months) if m is not None]
    return [(i, str(m.year)) for i, m in enumerate(months)
            if m is not None and (m.month == 1 or i == 0 or months[i - 1] is None)]


def monthly_bars(
    months: Sequence[dt.date | None],
    values: Sequence[int],
    *,
    label: str,
    tooltip: Callable[[dt.date, int], str],
    color: str = PALETTE[0],
    height: int = 70,
    width: int = 720,
) -> Markup:
    """One bar per month (``values[i]`` for ``months[i]``; a ``None`` month is a break in the axis, see
    ``month_slots``). ``label`` names the chart for screen readers; ``tooltip`` says what one bar means. Each
    bar's number is written above it when the bars are wide enough, else above each year's busiest month."""
    if len(months) != len(values):
        raise ValueError("the series needs one value per month")
    left, right, top, bottom = 34, 8, 16, 18  # room above the tallest bar for its number
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(values, default=0) or 1
    step = plot_w / max(len(months), 1)
    bar_w = max(step * 0.8, 1.0)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">',
        f"<title>{escape(label)}</title>",
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{AXIS}" '
        'stroke-width="1"/>',
        f'<text class="axis" x="{left - 4}" y="{top + 4}" text-anchor="end">{peak}</text>',
        f'<text class="axis" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    labelled = _labelled(months, values, every=step >= 16)
    for i, (month, value) in enumerate(zip(months, values)):
        x = left + i * step + (step - bar_w) / 2
        if month is None:  # a break: two slanted strokes across the axis
            mid, base = left + (i + 0.5) * step, top + plot_h
            parts.append(f'<path class="break" d="M{_number(mid - 5)} {base + 4} l4 -8 M{_number(mid)} {base + 4} '
                         f'l4 -8" stroke="{AXIS}" stroke-width="1.5" fill="none"/>')
            continue
        bar_h = plot_h * value / peak
        y = top + plot_h - bar_h
        parts.append(
            f'<rect class="bar" x="{_number(x)}" y="{_number(y)}" width="{_number(bar_w)}" '
            f'height="{_number(bar_h)}" fill="{color}" data-month="{month:%Y-%m}" data-value="{value}">'
            f"<title>{escape(tooltip(month, value))}</title></rect>")
        if i in labelled:
            parts.append(f'<text class="value" x="{_number(x + bar_w / 2)}" y="{_number(max(y - 2, 9))}" '
                         f'text-anchor="middle">{value}</text>')
    for i, text in _year_ticks(months):
        x = left + i * step
        parts.append(f'<line x1="{_number(x)}" y1="{top + plot_h}" x2="{_number(x)}" y2="{top + plot_h + 4}" '
                     f'stroke="{AXIS}" stroke-width="1"/>')
        parts.append(f'<text class="axis" x="{_number(x)}" y="{height - 3}">{escape(text)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _labelled(months: Sequence[dt.date | None], values: Sequence[int], *, every: bool) -> set[int]:
    """Which bars get their number written: every non-empty one, or (when bars are narrow) each year's busiest."""
    if every:
        return {i for i, (m, v) in enumerate(zip(months, values)) if m is not None and v}
    best: dict[int, int] = {}
    for i, (month, value) in enumerate(zip(months, values)):
        if month is not None and value and (month.year not in best or value > values[best[month.year]]):
            best[month.year] = i
    return set(best.values())


def share_bar(parts: Sequence[tuple[str, int]], *, label: str, width: int = 320, height: int = 16) -> Markup:
    """A horizontal bar split into labelled shares (e.g. open / closed / no form), each with a tooltip."""
    total = sum(count for _, count in parts) or 1
    out = [f'<svg class="chart share" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">',
           f"<title>{escape(label)}</title>"]
    x = 0.0
    for i, (name, count) in enumerate(parts):
        w = width * count / total
        out.append(f'<rect x="{_number(x)}" y="0" width="{_number(w)}" height="{height}" '
                   f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(name)}: {count}</title></rect>')
        x += w
    out.append("</svg>")
    return Markup("".join(out))
