"""A long text in several input boxes, when a platform caps one box (Slack and Mattermost: 3 000 characters), and
back: nothing of an agent's draft is cut when it is edited."""

from __future__ import annotations

from collections.abc import Sequence

SEPARATORS = {"n": "\n", "s": " ", "-": ""}
"""What a cut removed, by code: a line break, a space, or nothing (a hard cut inside a word)."""


def split_into_boxes(text: str, limit: int) -> tuple[list[str], str]:
    """`text` in boxes of at most `limit` characters, cut at a line break or a space when one is in the second half
    of the box, and the codes (`SEPARATORS`) of what each cut removed, to join the boxes back."""
    boxes, cuts, rest = [], "", text
    while len(rest) > limit:
        for code in ("n", "s"):
            cut = rest.rfind(SEPARATORS[code], 0, limit + 1)
            if cut > limit // 2:
                boxes.append(rest[:cut])
                rest, cuts = rest[cut + 1 :], cuts + code
                break
        else:
            boxes.append(rest[:limit])
            rest, cuts = rest[limit:], cuts + "-"
    return [*boxes, rest], cuts


def valid_cuts(cuts: str) -> bool:
    return all(code in SEPARATORS for code in cuts)


def join_boxes(boxes: Sequence[str], cuts: str) -> str:
    """The boxes as one text again, each cut's separator put back (a missing box counts as empty)."""
    text = boxes[0] if boxes else ""
    for index, code in enumerate(cuts, start=1):
        text += SEPARATORS[code] + (boxes[index] if index < len(boxes) else "")
    return text
