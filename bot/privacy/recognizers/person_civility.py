"""Names after a civility: « M. Dupont », « Mme DUPONT épouse MARTIN », « madame le goff » (civility kept)."""

import re

from bot.privacy.recognizers.person_base import PersonRecognizer

PATTERNS = [
    r"(?<![\w])(?:(?i:mr\.?|mme\.?|mlle\.?|melle|ma[iî]tre|docteur|professeur|monsieur|madame|mademoiselle|"
    r"mr\s+et\s+mme|m\.\s+et\s+mme|monsieur\s+et\s+madame)|(?<!\d\s)(?<!\d)m\.|M\.|Me|Dr\.?|Pr\.?|MME|MR|M)"
    r"(?![\w])\s*",
]
"""Full words in any case; the short forms that are also French words (« me », « m. ») only capitalised."""


class CivilityPersonRecognizer(PersonRecognizer):
    """The civility itself stays in the text, so that the draft can still say « Madame [PERSONNE_1] »."""

    PATTERNS = PATTERNS
    SCORE = 0.85
    FLAGS = re.MULTILINE
    STRICT = False
