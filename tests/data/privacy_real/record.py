"""One hand-labelled passage of a public French page (see README.md in this folder)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class R:
    """`source`: the page quoted; `pii`: (label, value) of every natural person and identifier, each value written
    as it appears in `text`; `keep`: public-service words that must survive; `inserted`: values added by us where
    a citizen would write them (the rest of the text is the page's)."""

    source: str
    text: str
    pii: list[tuple[str, str]] = field(default_factory=list)
    keep: list[str] = field(default_factory=list)
    inserted: list[str] = field(default_factory=list)
