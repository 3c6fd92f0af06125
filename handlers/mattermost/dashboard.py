"""`/plume tableau` on Mattermost: the lead's view as one direct message, in Markdown, with the weekly charts
attached as PNG files (their figures are in the text too, for clients that do not show images)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.audit import LeadHome, Trend
from handlers.common.dashboard import AGENT_HEADERS, Names, dashboard_sections
from handlers.mattermost import phrases

MAX_MESSAGE = 16_000  # Mattermost's default post limit is 16 383 characters


def escape(text: str) -> str:
    """A review excerpt shown as text: no emphasis, link, mention or table of its own (a placeholder's brackets
    stay: without a parenthesis after them they make no link)."""
    for char in "\\*_`()#|>~@<":
        text = text.replace(char, "\\" + char)
    return text


def _row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def dashboard_message(home: LeadHome, trend: Trend, zone: ZoneInfo, name: Names, *, charts: bool) -> str:
    """The shared sections as Markdown: a heading each, the agents as a table."""
    lines = [phrases.DASHBOARD_TITLE.format(days=home.days)]
    for section in dashboard_sections(home, trend, zone, name, escape, charts=charts):
        lines.append(f"#### {section.title}")
        lines += section.lines
        if section.rows is not None:
            lines += [_row(AGENT_HEADERS), "|---|---:|---:|---:|---:|", *map(_row, section.rows)]
        lines += [f"- **{title}** : {text}" for title, text in section.pairs]
        lines += section.after
    return "\n".join(lines)[:MAX_MESSAGE]
