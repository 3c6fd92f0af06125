"""French typography for what Plume says (never for a review's or a model's text): a narrow no-break space before
; : ! ? and inside « », so that no line starts with a lone colon or guillemet."""

from __future__ import annotations

import re
from collections.abc import MutableMapping

NARROW_SPACE = "\u202f"
_BEFORE = re.compile(r"[ \u00a0]+([;:!?»])")
_AFTER = re.compile(r"«[ \u00a0]+")


def typeset(text: str) -> str:
    """« Ceci : cela ! » with narrow no-break spaces; `https://`, `12:30` and `:emoji:` stay as they are."""
    return _AFTER.sub("«" + NARROW_SPACE, _BEFORE.sub(NARROW_SPACE + r"\1", text))


def typeset_constants(namespace: MutableMapping[str, object]) -> None:
    """Typeset every upper-case text constant of a phrases module, and the texts of its upper-case dicts."""
    for name, value in list(namespace.items()):
        if not name.isupper():
            continue
        if isinstance(value, str):
            namespace[name] = typeset(value)
        elif isinstance(value, dict):
            namespace[name] = {key: typeset(text) if isinstance(text, str) else text for key, text in value.items()}
