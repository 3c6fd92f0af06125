"""E-mail addresses, by pattern alone: Presidio's own recognizer calls tldextract, which may go online."""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "EMAIL_ADDRESS"

PATTERNS = [
    Pattern(
        "email",
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b",
        0.95,
    ),
]

CONTEXT = ["mail", "courriel", "e-mail", "adresse électronique", "écrire"]


class EmailRecognizer(PatternRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entity=ENTITY, patterns=PATTERNS, context=CONTEXT, supported_language="fr")
