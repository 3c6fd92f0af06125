"""« !plume réglages » in a review room: a team lead reads and changes what the checks ask of the room's replies
and whether its drafts draw on the team's approved replies; stored through the channel settings of every platform.

`!plume réglages` shows them; `!plume réglages publiques oui appel non min 40 max 200 exemples non` changes any of
them (each name followed by its value), then shows them. Anyone else is refused (and the refusal audited by the
core); in a direct room the command says to use it in the room to set.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from bot.channel_settings import MAX_WORDS_BOUND, ChannelSettingsService, word_bound
from bot.checks.findings import Requirements
from bot.domain import ChannelSettings
from bot.ports.chat import Place
from bot.team_leads import Access, AccessRefused
from handlers.common.wording import number
from handlers.matrix import phrases
from handlers.matrix.chat import MatrixChat
from handlers.matrix.phrases import french
from handlers.matrix.render import Block

COMMAND_WORDS = frozenset({"réglages", "reglages", "réglage", "reglage"})
SWITCHES = {"publiques": "public_replies", "appel": "greeting_required", "exemples": "grounding"}
BOUNDS = {"min": "min_words", "max": "max_words"}
_YES, _NO = frozenset({"oui", "o", "on", "vrai"}), frozenset({"non", "n", "off", "faux"})
_DEFAULT = frozenset({"defaut", "par-defaut"})


class Unreadable(ValueError):
    """A change the command cannot read; its message says why, in French."""


def read_changes(words: list[str]) -> dict[str, object]:
    """The settings' fields a lead's words set (« publiques oui min 40 » → public_replies, min_words)."""
    if len(words) % 2:
        raise Unreadable(phrases.SETTINGS_PAIRS.format(word=words[-1]))
    changes: dict[str, object] = {}
    for name, value in zip(words[::2], words[1::2], strict=True):
        key, typed = _plain(name), _plain(value)
        if key in SWITCHES and typed in _YES | _NO:
            changes[SWITCHES[key]] = typed in _YES
        elif key in SWITCHES:
            raise Unreadable(phrases.SETTINGS_YES_NO.format(name=name, value=value))
        elif key in BOUNDS and (typed in _DEFAULT or word_bound(typed) is not None):
            changes[BOUNDS[key]] = None if typed in _DEFAULT else word_bound(typed)
        elif key in BOUNDS:
            raise Unreadable(phrases.SETTINGS_WORDS.format(name=name, limit=number(MAX_WORDS_BOUND), value=value))
        else:
            raise Unreadable(phrases.SETTINGS_UNKNOWN.format(name=name))
    return changes


def summary(settings: ChannelSettings) -> str:
    """The room's current settings, one line each, and how to change them."""
    low = settings.min_words or Requirements.min_words
    high = settings.max_words or Requirements.max_words
    return phrases.SETTINGS_SUMMARY.format(
        public=_yes_no(settings.public_replies),
        greeting=_yes_no(settings.greeting_required),
        low=number(low),
        high=number(high),
        default="" if settings.min_words or settings.max_words else phrases.SETTINGS_DEFAULT_LENGTH,
        grounding=_yes_no(settings.grounding),
    )


def room_settings(
    service: ChannelSettingsService, chat: MatrixChat, place: Place, user_id: str, argument: str, *, direct: bool
) -> None:
    """Answer `!plume réglages …` typed by `user_id` at `place`."""

    def tell(*texts: str) -> None:
        chat.tell(place, user_id, [Block(french(text)) for text in texts])

    if direct:
        tell(phrases.SETTINGS_IN_ROOM)
        return
    try:
        changes = read_changes(argument.split())
    except Unreadable as unreadable:
        tell(str(unreadable), phrases.SETTINGS_HOW)
        return
    try:
        current = service.open_settings(user_id, place.channel_id)
        if not changes:
            tell(summary(current))
            return
        saved = service.save_settings(user_id, replace(current, **changes))  # type: ignore[arg-type]
    except AccessRefused:
        tell(phrases.REFUSED.format(what=phrases.REFUSED_WHAT[Access.SETTINGS]))
        return
    tell(phrases.SETTINGS_SAVED, summary(saved))


def _yes_no(value: bool) -> str:
    return "oui" if value else "non"


def _plain(word: str) -> str:
    """A word as typed, lower case and without accents (« Défaut » and « defaut » are the same)."""
    folded = unicodedata.normalize("NFKD", word.strip().lower())
    return "".join(c for c in folded if not unicodedata.combining(c))
