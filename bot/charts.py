"""The audit's weekly trends as PNG charts (matplotlib, Agg backend: no screen), and the same figures as text.

matplotlib is imported when the first chart is drawn, never at start: `plume serve` does not pay for it (about
0.3 s and 30 MB) unless a lead opens the App Home or asks for the figures.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.ports.audit import WeekPoint

WIDTH, HEIGHT, DPI = 6.4, 2.8, 100
RECEIVED, APPROVED, LINE = "#9db8d9", "#000091", "#000091"  # the State's blue (DSFR), a lighter one beside it
_drawing = threading.Lock()  # pyplot keeps global state: one chart at a time


@dataclass(frozen=True)
class Chart:
    """One picture: a file name, a title, a text saying what it shows (alt text, and the fallback), its PNG."""

    name: str
    title: str
    alt_text: str
    png: bytes


def week_label(start: datetime, zone: ZoneInfo) -> str:
    return start.astimezone(zone).strftime("%d/%m")


def _hours(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / 3600


def _percent(part: float | None) -> float | None:
    return None if part is None else part * 100


def _text_hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + "\u202fh"


def _text_percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value)}\u202f%"


def describe(weeks: Sequence[WeekPoint], zone: ZoneInfo) -> list[tuple[str, str, str]]:
    """(name, title, text) of each chart: the text lists every week's values, for screen readers and for the
    platforms that cannot show an image."""
    labels = [week_label(point.start, zone) for point in weeks]
    volume = ", ".join(
        f"{day} : {p.received} reçus, {p.approved} approuvés" for day, p in zip(labels, weeks, strict=True)
    )
    median = ", ".join(
        f"{day} : {_text_hours(_hours(p.median_seconds_to_approval))}" for day, p in zip(labels, weeks, strict=True)
    )
    unchanged = ", ".join(
        f"{day} : {_text_percent(_percent(p.unchanged_share))}" for day, p in zip(labels, weeks, strict=True)
    )
    return [
        ("avis-par-semaine", "Avis reçus et approuvés par semaine", f"Semaine du {volume}." if weeks else "—"),
        ("delai-median", "Délai médian avant approbation (heures)", f"Semaine du {median}." if weeks else "—"),
        ("sans-modification", "Part approuvée sans modification (%)", f"Semaine du {unchanged}." if weeks else "—"),
    ]


def render(weeks: Sequence[WeekPoint], zone: ZoneInfo) -> list[Chart]:
    """The three trend charts of `weeks`, as PNG."""
    import matplotlib  # lazy: see the module's docstring

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.ticker import FuncFormatter

    french = FuncFormatter(lambda value, _: f"{value:,.10g}".replace(",", "\u202f").replace(".", ","))

    labels = [week_label(point.start, zone) for point in weeks]
    positions = list(range(len(weeks)))
    texts = describe(weeks, zone)
    charts = []
    with _drawing:
        for (name, title, alt), draw in zip(texts, (_volume, _median, _unchanged), strict=True):
            figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT), dpi=DPI)
            try:
                draw(axes, positions, weeks)
                axes.set_title(title, fontsize=11, loc="left")
                axes.set_xticks(positions, labels, fontsize=8, rotation=45 if len(labels) > 8 else 0)
                axes.tick_params(axis="y", labelsize=8)
                axes.yaxis.set_major_formatter(french)
                axes.spines[["top", "right"]].set_visible(False)
                axes.grid(axis="y", alpha=0.3)
                figure.tight_layout()
                out = io.BytesIO()
                figure.savefig(out, format="png", metadata={"Software": None})
            finally:
                pyplot.close(figure)
            charts.append(Chart(f"plume-{name}.png", title, alt, out.getvalue()))
    return charts


def _volume(axes: Any, positions: list[int], weeks: Sequence[WeekPoint]) -> None:
    width = 0.4
    axes.bar([x - width / 2 for x in positions], [p.received for p in weeks], width, label="reçus", color=RECEIVED)
    axes.bar([x + width / 2 for x in positions], [p.approved for p in weeks], width, label="approuvés", color=APPROVED)
    axes.legend(fontsize=8, frameon=False, ncol=2, loc="lower right", bbox_to_anchor=(1, 1))


def _line(axes: Any, positions: list[int], values: list[float | None]) -> None:
    shown = [(x, value) for x, value in zip(positions, values, strict=True) if value is not None]
    axes.plot([x for x, _ in shown], [value for _, value in shown], marker="o", color=LINE)
    axes.set_ylim(bottom=0)


def _median(axes: Any, positions: list[int], weeks: Sequence[WeekPoint]) -> None:
    _line(axes, positions, [_hours(p.median_seconds_to_approval) for p in weeks])


def _unchanged(axes: Any, positions: list[int], weeks: Sequence[WeekPoint]) -> None:
    _line(axes, positions, [_percent(p.unchanged_share) for p in weeks])
    axes.set_ylim(0, 100)
