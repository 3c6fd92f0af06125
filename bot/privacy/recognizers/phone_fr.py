"""French phone numbers: 0X XX XX XX XX, +33 / 0033 / +33 (0), with spaces, dots or dashes."""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PHONE_NUMBER"

_SEP = r"[\s.\-]?"
PATTERNS = [
    Pattern(
        "phone_fr",
        rf"(?<![\d+])(?:(?:\+|00)\s?33{_SEP}(?:\(0\){_SEP})?|0)[1-9](?:{_SEP}\d{{2}}){{4}}(?!\d)",
        0.8,
    ),
]

CONTEXT = ["téléphone", "tél", "tel", "portable", "mobile", "joindre", "appeler", "numéro"]


class FrenchPhoneRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT, supported_language="fr")
