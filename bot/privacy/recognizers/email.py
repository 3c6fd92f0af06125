"""E-mail addresses, by pattern alone: Presidio's own recognizer calls tldextract, which may go online."""

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

PATTERNS = [
    Pattern(
        "email",
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}\b",
        0.95,
    ),
    Pattern(
        "email_obfuscated",
        r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*(?:\s(?i:point|dot)\s[A-Za-z0-9._%+-]+)*\s?"
        r"(?:\(at\)|\[at\]|\(arobase\)|\[arobase\]|\s(?i:arobase|at)\s)\s?"
        r"[A-Za-z0-9-]+(?:\s?(?:\.|\(dot\)|\[dot\]|\(point\)|\s(?i:point|dot)\s)\s?[A-Za-z0-9-]+)+",
        0.9,
    ),
]

CONTEXT = ["mail", "courriel", "e-mail", "adresse électronique", "écrire", "contacter"]


class EmailRecognizer(FrenchPatternRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
