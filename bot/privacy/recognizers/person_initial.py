"""Surnames after an initial: « R. Lemoine », « C. Lonergan, Gatineau », « J.-C. Ferrand » (the initial stays)."""

import re

from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer

PATTERNS = [r"(?<![\w.’'])(?!M\.)[A-Z]\.(?:-?[A-Z]\.)?[ \t\u00a0]*"]
"""One or two capital initials with their dots; « M. » is a civility (person_civility.py)."""


class InitialPersonRecognizer(PersonRecognizer):
    """The capitalised word after an initial is a surname, unless it is a common French word that is no first
    name (« plan B. Ensuite »)."""

    PATTERNS = PATTERNS
    SCORE = 0.75
    LOWER_CASE_NAMES = False
    MAX_WORDS = 3
    FLAGS = re.MULTILINE

    def spans(self, text: str) -> list[tuple[int, int]]:
        return [
            (start, end)
            for start, end in super().spans(text)
            if text[start:end].lower() not in COMMON_WORDS or is_first_name(text[start:end])
        ]
