"""Rich text blocks, which Slack shows as given (never read as mrkdwn, a link or a mention): the final text to copy,
and the changes between two versions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.ports.chat import Change

Block = dict[str, Any]
PIECE_LIMIT = 3000
_CHANGE_STYLES: dict[str, dict[str, bool]] = {"removed": {"strike": True}, "added": {"bold": True}}


def verbatim_pieces(text: str, limit: int = PIECE_LIMIT) -> list[str]:
    """Pieces of at most `limit` characters that join back to exactly `text`, cut after a line break if one is
    near the end of the window."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", 0, limit) + 1
        cut = cut if cut > limit // 2 else limit
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest] if rest else pieces


def verbatim_blocks(text: str) -> list[Block]:
    """Text exactly as written, to copy: preformatted rich text (`*gras*`, `~barré~`, `> citation` and
    `<!channel>` stay characters)."""
    return [
        {
            "type": "rich_text",
            "elements": [{"type": "rich_text_preformatted", "elements": [{"type": "text", "text": piece}]}],
        }
        for piece in verbatim_pieces(text)
    ]


def change_blocks(changes: Sequence[Change]) -> list[Block]:
    """Changes as rich text: kept words plain, removed ones struck through, added ones in bold."""
    sections: list[list[Block]] = [[]]
    room = PIECE_LIMIT
    for change in changes:
        for piece in verbatim_pieces(change.text):
            if len(piece) > room:
                sections.append([])
                room = PIECE_LIMIT
            element: Block = {"type": "text", "text": piece}
            if change.kind in _CHANGE_STYLES:
                element["style"] = _CHANGE_STYLES[change.kind]
            sections[-1].append(element)
            room -= len(piece)
    return [
        {"type": "rich_text", "elements": [{"type": "rich_text_section", "elements": elements}]}
        for elements in sections
        if elements
    ]
