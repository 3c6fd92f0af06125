"""Pseudonyms of forums and social networks: « @Jordan76 », « posté par maximeR », « sophie_75 »."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import LETTER

_HANDLE = re.compile(r"(?<![\w.@])@(?!(?:all|here|channel|everyone|room)\b)[A-Za-z][\w.\-]{0,30}[A-Za-z0-9_]")
"""A mention: « @Jordan76 », « @marie.l »; not the @ of an email address, glued to the word before it, nor a chat's
broadcast keyword (« @all », « @here », « @channel », « @room »), which names no one."""
_NAME_AND_TAG = re.compile(rf"(?<![\w@])([{LETTER}]{{3,}})[_.\-]?(\d{{1,4}}|[A-Z]{{1,2}})(?![\w@])(?!\.\w)")
"""A first name with digits or capitals glued to it: « maximeR », « Sophie75 », « karim_93 »."""
_UNDERSCORED = re.compile(r"(?<![\w@./])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@])(?!\.\w)")
"""A word joined by underscores, not a file name nor an address: a user name (« titi_du_92 »)."""


class HandlePersonRecognizer(PersonRecognizer):
    """A mention or a word joined by underscores is a person's pseudonym, whatever it says; a word made of a known
    first name and a tag too (a brand or a code starts with no first name: « Paris2024 », « CERFA12 »)."""

    SCORE = 0.8

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = [
            self.result(*match.span()) for pattern in (_HANDLE, _UNDERSCORED) for match in pattern.finditer(text)
        ]
        for match in _NAME_AND_TAG.finditer(text):
            name = match.group(1)
            if (
                name[1:].islower()
                and is_first_name(name.capitalize())
                and not overlaps_protected(text, match.start(), match.end())
            ):
                results.append(self.result(*match.span()))
        return results
