"""Names after a civility: « M. Dupont », « Mme DUPONT épouse MARTIN », « madame le goff » (civility kept)."""

import re

from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer


def misspellings(word: str) -> set[str]:
    """The ways a hurried writer misspells `word` by one letter: one left out, two swapped, one doubled."""
    found = {word[:i] + word[i + 1 :] for i in range(len(word))}
    found |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    found |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    return found - {word}


MISSPELT_CIVILITIES = sorted(
    (misspellings("monsieur") | misspellings("madame") | misspellings("mademoiselle") | {"mesieur", "messieur"})
    - COMMON_WORDS,
    key=len,
    reverse=True,
)
"""« mesieur françois g. », « monsieu dupont », « madamme martin »: civilities misspelt, in lower case too."""

PATTERNS = [
    rf"(?<![\w])(?i:{'|'.join(MISSPELT_CIVILITIES)})(?![\w])\s*",
    r"(?<![\w])(?:(?i:mr\.?|mme\.?|mlle\.?|melle|docteur|professeur|monsieur|madame|mademoiselle|"
    r"mr\s+et\s+mme|m\.\s+et\s+mme|monsieur\s+et\s+madame)|(?<!\d\s)(?<!\d)m\.|M\.|Me|Ma[iî]tre|MA[IÎ]TRE|Dr\.?|Pr\.?|MME|MR|M)"
    r"(?![\w])\s*",
]
"""Full words in any case; the short forms that are also French words (« me », « m. ») and « Maître » (« maître
nageuse ») only capitalised."""


class CivilityPersonRecognizer(PersonRecognizer):
    """The civility itself stays in the text, so that the draft can still say « Madame [PERSONNE_1] »."""

    PATTERNS = PATTERNS
    SCORE = 0.85
    FLAGS = re.MULTILINE
    STRICT = False

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Not after the initial of a name: in « Jean-Pierre M., retraité », « M. » is no « Monsieur »."""
        return [(start, end) for start, end in super().spans(text) if not _initial_before(text, start)]


_NAME_AND_INITIAL = re.compile(r"([^\W\d_][\w'’\-]*)[^\S\n]+[A-Z]\.[^\S\n]*[,;]?[^\S\n]*$")


def _initial_before(text: str, start: int) -> bool:
    match = _NAME_AND_INITIAL.search(text, max(0, start - 40), start)
    return match is not None and match.group(1)[0].isupper() and is_first_name(match.group(1))
