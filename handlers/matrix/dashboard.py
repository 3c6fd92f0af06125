"""`!plume tableau` on Matrix: the shared dashboard sections as paragraphs (a bold title each), and the weekly
charts as `m.image` events with their description as body (what clients without images show)."""

from __future__ import annotations

import struct
from typing import Any
from zoneinfo import ZoneInfo

from bot.audit import LeadHome, Trend
from handlers.common.dashboard import AGENT_HEADERS, DASHBOARD_TITLE, Names, Section, dashboard_sections
from handlers.matrix.phrases import french
from handlers.matrix.render import Block, content

DASHBOARD_FAILED = "⚠️ Plume n'a pas pu vous envoyer le tableau de bord. Réessayez dans quelques minutes."


def _plain(text: str) -> str:
    return text  # the HTML builder escapes every block: a name or an excerpt stays text


def _agent_line(cells: tuple[str, ...]) -> str:
    figures = " · ".join(f"{header.lower()} {cell}" for header, cell in zip(AGENT_HEADERS[1:], cells[1:], strict=True))
    return f"- {cells[0]} : {figures}"


def _body(section: Section) -> str:
    lines = [*section.lines, *map(_agent_line, section.rows or ())]
    lines += [f"- {title} : {text}" for title, text in section.pairs]
    return "\n".join([*lines, *section.after])


def dashboard_content(home: LeadHome, trend: Trend, zone: ZoneInfo, name: Names, *, charts: bool) -> dict[str, Any]:
    """The lead's view as one `m.text` message: what waits, what failed, figures, agents, models, trends."""
    blocks = [Block(french(DASHBOARD_TITLE.format(days=home.days)), "strong")]
    for section in dashboard_sections(home, trend, zone, name, _plain, charts=charts):
        blocks += [Block(french(section.title), "strong"), Block(french(_body(section)))]
    return content(blocks)


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height of a PNG, from its header (the IHDR chunk comes first)."""
    width, height = struct.unpack(">II", png[16:24])
    return int(width), int(height)
