"""What a review must be before Plume drafts from it: some words, a bounded length; and a hint of its language."""

from __future__ import annotations

import re
import unicodedata

MAX_REVIEW_CHARS = 12_000

_SLACK_EMOJI = re.compile(r":[a-z0-9_+'-]+:")
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_FRENCH = frozenset(
    [
        "le", "la", "les", "un", "une", "des", "du", "de", "et", "à", "au", "aux", "en", "est", "sont", "pas",
        "ne", "je", "j", "vous", "nous", "il", "elle", "on", "mon", "ma", "mes", "votre", "vos", "que", "qui",
        "pour", "avec", "dans", "sur", "par", "ce", "cette", "ces", "été", "avoir", "fait", "très", "mais", "ou",
        "où", "merci", "bonjour", "depuis", "plus",
    ]
)  # fmt: skip


def has_words(text: str) -> bool:
    """False for empty text, or text made only of emoji (Slack's :codes: or Unicode), symbols and spaces."""
    stripped = _SLACK_EMOJI.sub(" ", text)
    return any(unicodedata.category(char)[0] in "LN" for char in stripped)


def looks_french(text: str) -> bool:
    """A cheap guess: short texts are given the benefit of the doubt; longer ones need French function words."""
    words = [word.lower() for word in _WORD.findall(text)]
    if len(words) < 8:
        return True
    return sum(word in _FRENCH for word in words) / len(words) >= 0.08


def first_part(text: str, limit: int = MAX_REVIEW_CHARS) -> str:
    """The beginning of `text`, at most `limit` characters, cut at a paragraph, line or word boundary."""
    if len(text) <= limit:
        return text
    window = text[:limit]
    for separator in ("\n\n", "\n", " "):
        cut = window.rfind(separator)
        if cut > limit // 2:
            return window[:cut]
    return window
