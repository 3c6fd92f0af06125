"""Names after a rank, a function or a firm: « l'adjudant Noël », « l'agent Olive », « la SCP Desaché et Gatineau »."""

import re

from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import first_word_at, words

_TITLES = (
    "adjudant|adjudante|agent|agente|brigadier|brigadière|capitaine|lieutenant|lieutenante|commandant|commandante|"
    "colonel|sergent|sergente|major|gendarme|policier|policière|conseiller|conseillère|inspecteur|inspectrice|"
    "directeur|directrice|médecin|docteure|infirmier|infirmière|juge|greffier|greffière|avocat|avocate|huissier|"
    "huissière|notaire|adjoint|adjointe|référent|référente|gestionnaire|instructeur|instructrice|contrôleur|"
    "contrôleuse|assistante?\\s+sociale?|travailleuse?\\s+sociale?|éducateur|éducatrice|facteur|factrice|"
    "cabinet|SCP|SELARL|SELAS|étude"
)
PATTERNS = [
    rf"(?<![\w])(?:{_TITLES})(?:\s+(?-i:[A-Z]{{2,6}}))?\s*,\s*",
    rf"(?<![\w])(?:{_TITLES})(?![\w])\s+",
]
"""Case-insensitive; the name after it must be capitalised or upper case (« l'agent administratif » is no name). The
first: a title in apposition before the name, its body's acronym with it (« Contrôleur SNCF, Diego fait… »); tried
first, as the triggers do not overlap."""


class TitlePersonRecognizer(PersonRecognizer):
    """A capitalised word right after a rank or a function is a name, even one that is also a common word or a
    first name that is also a word (Noël, Olive, Rose): the title says a person follows. The title stays."""

    PATTERNS = PATTERNS
    SCORE = 0.8
    LOWER_CASE_NAMES = False
    FLAGS = re.IGNORECASE | re.MULTILINE

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Only a name that starts with a capital: « l'avocat de la CPAM », « l'agent de M. X » name no one; nor a
        common word that is no first name followed by « de »: it qualifies the title (« Directeur Général de la
        Cnav », « Directrice Régionale de la CPAM »)."""
        return [
            (start, end)
            for start, end in super().spans(text)
            if text[start].isupper() and not _qualifies_title(text, start)
        ]


_COMPLEMENT = re.compile(r"\s+(?:de|du|des|d['’])(?![\w])", re.IGNORECASE)


def _qualifies_title(text: str, start: int) -> bool:
    word = words(text)[first_word_at(text, start)]
    if is_first_name(word.text) or word.text.lower() not in COMMON_WORDS:
        return False
    return _COMPLEMENT.match(text, word.end) is not None
