"""What the checks report on a draft, and what a channel requires of its replies."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings


class Severity(enum.StrEnum):
    HARD = "hard"
    """Blocks approval until the agent edits, regenerates or overrides."""
    SOFT = "soft"
    """Shown, never blocking."""


class Kind(enum.StrEnum):
    PLACEHOLDER = "placeholder"
    PERSONAL_DATA = "personal_data"
    PROMISE = "promise"
    GREETING = "greeting"
    POLITENESS = "politeness"
    SIGNATURE = "signature"
    AI_DISCLOSURE = "ai_disclosure"
    LENGTH = "length"
    LANGUAGE = "language"
    BLAME = "blame"


@dataclass(frozen=True)
class Finding:
    kind: Kind
    severity: Severity
    message: str
    """One short French line for the thread; never carries a value of the vault (placeholders only)."""
    start: int
    end: int
    """The span in the draft; empty (start == end) where something missing was expected."""


@dataclass(frozen=True)
class Requirements:
    """What a channel asks of every reply. Texts are the team's own (set by a team lead), never a citizen's."""

    greeting: bool = True
    politeness: str = ""
    signature: str = ""
    ai_disclosure: str = ""
    public_replies: bool = False
    """Replies are published (Services Publics+): the citizen's personal data must not appear in them."""
    min_words: int = 30
    max_words: int = 300

    @classmethod
    def from_settings(cls, settings: ChannelSettings | None, *, public_replies: bool = False) -> Requirements:
        """A channel's requirements from its stored settings; `public_replies` forces public replies on."""
        if settings is None:
            return cls(public_replies=public_replies)
        disclosure = (settings.ai_disclosure_text.strip() or AI_DISCLOSURE_DEFAULT) if settings.ai_disclosure else ""
        return cls(
            greeting=settings.greeting_required,
            politeness=settings.politeness.strip(),
            signature=settings.signature.strip(),
            ai_disclosure=disclosure,
            public_replies=public_replies or settings.public_replies,
            min_words=settings.min_words if settings.min_words is not None else cls.min_words,
            max_words=settings.max_words if settings.max_words is not None else cls.max_words,
        )


def quoted(text: str) -> str:
    """French quotes with narrow no-break spaces inside."""
    return f"«\u202f{text}\u202f»"
