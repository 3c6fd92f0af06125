"""What a version of a draft changed from the previous one, word by word, for « Voir les changements »."""

from __future__ import annotations

import difflib
import re

from bot.ports.chat import Change

_WORDS = re.compile(r"\s+|[^\s]+")


def text_changes(before: str, after: str) -> tuple[Change, ...]:
    """`after` compared with `before`: kept, removed and added runs of words (spaces kept), in reading order."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            changes.append(Change("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            changes.append(Change("removed", "".join(old[i1:i2])))
        if j2 > j1:
            changes.append(Change("added", "".join(new[j1:j2])))
    return tuple(changes)
