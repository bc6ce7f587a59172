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


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _year_ticks(months: Sequence[dt.date]) -> list[tuple[int, str]]:
    """(index, label) under the axis: each January (and the first month), or every month when there are few."""
    if len(months) <= 12:
        return [(i, m.strftime("%Y-%m")) for i, m in enumerate(months)]
    return [(i, str(m.year)) for i, m in enumerate(months) if m.month == 1 or i == 0]


def monthly_bars(
    months: Sequence[dt.date],
    values: Sequence[int],
    *,
    label: str,
    tooltip: Callable[[dt.date, int], str],
    color: str = PALETTE[0],
    height: int = 70,
    width: int = 720,
) -> Markup:
    """One bar per month (``values[i]`` for ``months[i]``). ``label`` names the chart for screen readers;
    ``tooltip`` says what one bar means."""
    if len(months) != len(values):
        raise ValueError("the series needs one value per month")
    left, right, top, bottom = 34, 8, 8, 18
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
        f'<text class="axis" x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
        f'<text class="axis" x="{left - 4}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    for i, (month, value) in enumerate(zip(months, values)):
        bar_h = plot_h * value / peak
        x = left + i * step + (step - bar_w) / 2
        y = top + plot_h - bar_h
        parts.append(
            f'<rect class="bar" x="{_number(x)}" y="{_number(y)}" width="{_number(bar_w)}" '
            f'height="{_number(bar_h)}" fill="{color}" data-month="{month:%Y-%m}" data-value="{value}">'
            f"<title>{escape(tooltip(month, value))}</title></rect>")
    for i, text in _year_ticks(months):
        x = left + i * step
        parts.append(f'<line x1="{_number(x)}" y1="{top + plot_h}" x2="{_number(x)}" y2="{top + plot_h + 4}" '
                     f'stroke="{AXIS}" stroke-width="1"/>')
        parts.append(f'<text class="axis" x="{_number(x)}" y="{height - 3}">{escape(text)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


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
