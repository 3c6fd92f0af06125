"""French phone numbers: 0X XX XX XX XX, +33 / 0033 / +33 (0), spaces, dots or dashes; and other +CC numbers.

Service numbers (08…) and short hotlines (3949) are public and stay (see allowlist.py), unless the text gives an
08 number as the writer's own (« rappelez-moi au 08… »): the allow-list then leaves it to this recognizer.
"""

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_SEP = r"(?:[ \t]?[./\-][ \t]?|\s)?"
"""Spaces, dots, dashes or slashes between the pairs, spaced or not: « 07/81/55/20/46 », « 06 / 12 / 34 / 56 / 78 »."""
_NOT_AFTER_A_DIGIT = r"(?<![\d+/])(?<!(?<!\d)\d[ \u00a0])"
"""Not inside a longer run of digits or slashes, nor after a lone digit (« suivi 9 0312 7748 61 » is a reference)."""
PATTERNS = [
    Pattern(
        "phone_fr",
        rf"{_NOT_AFTER_A_DIGIT}(?:(?:\+|00)\s?33{_SEP}(?:\(0\){_SEP})?|\(?0\)?)[1-9](?:{_SEP}\d{{2}}){{4}}(?![\d])",
        0.8,
    ),
    Pattern("phone_fr_grouped", rf"{_NOT_AFTER_A_DIGIT}0[1-9](?:\s?\d){{8}}(?!\d)", 0.7),
    Pattern("phone_fr_no_zero", r"(?<![\d+,.])[1-79](?:[\s.\-]\d{2}){4}(?![\d,])", 0.3),
    Pattern(
        "phone_international",
        r"(?<![\d\w/])(?<!\d[ \u00a0])(?:\+|00)(?!33)[1-9]\d{0,2}(?:[\s.\-]?\(?\d{1,4}\)?){3,6}(?!\d)",
        0.6,
    ),
]

CONTEXT = [
    "téléphone",
    "tél",
    "tel",
    "portable",
    "mobile",
    "joindre",
    "appeler",
    "rappeler",
    "numéro",
    "fixe",
    "whatsapp",
]


class FrenchPhoneRecognizer(FrenchPatternRecognizer):
    ENTITY = "PHONE_NUMBER"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = sum(char.isdigit() for char in pattern_text)
        return None if 9 <= digits <= 15 else False
