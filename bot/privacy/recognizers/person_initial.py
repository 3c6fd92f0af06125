"""Surnames after an initial: « R. Lemoine », « C. Lonergan, Gatineau », « J.-C. Ferrand » (the initial stays)."""

import re

from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import FUNCTION_WORDS

PATTERNS = [r"(?<![\w.’'])(?!M\.)[A-Z]\.(?:-?[A-Z]\.)?[ \t\u00a0]*"]
"""One or two capital initials with their dots; « M. » is a civility (person_civility.py)."""


class InitialPersonRecognizer(PersonRecognizer):
    """The capitalised word after an initial is a surname, whatever the gazetteer or the dictionary say
    (« A. Fontaine », « R. Tours »), unless the letter is a grade or a plan's (« plan B. Ensuite »): a lower-case
    word before it, and a common word after it that is no first name."""

    PATTERNS = PATTERNS
    SCORE = 0.75
    LOWER_CASE_NAMES = False
    MAX_WORDS = 3
    FLAGS = re.MULTILINE

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [
            (start, end)
            for start, end in super().spans(text)
            if text[start:end].lower() not in COMMON_WORDS
            or is_first_name(text[start:end])
            or not _letter_of_a_thing(text, _initial_start(text, start))
        ]


_WORD_BEFORE = re.compile(r"(?<![\w'’])([a-zß-öø-ÿ]{2,})[ \t\u00a0]+$")


def _letter_of_a_thing(text: str, initial_start: int) -> bool:
    """A lower-case noun just before the initial: « plan B. », « vitamine C. », not « par R. »."""
    match = _WORD_BEFORE.search(text, max(0, initial_start - 40), initial_start)
    return match is not None and match.group(1) not in FUNCTION_WORDS


_INITIALS = re.compile(r"(?:[A-Z]\.-?){1,2}[ \t\u00a0]*$")


def _initial_start(text: str, name_start: int) -> int:
    match = _INITIALS.search(text, max(0, name_start - 8), name_start)
    return match.start() if match else name_start
