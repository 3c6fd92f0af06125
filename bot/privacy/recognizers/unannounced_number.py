"""Fail-closed identifiers: long digit runs and letter-digit codes that no word announces.

A citizen copies a reference without saying what it is (« mon numero etranger c 9760412853 », « ma réf :
QKZ7TL »). Whatever it is, a long run of digits that is no date, year, amount, time, postcode or service number is
somebody's identifier, and so is an upper-case code that mixes letters and digits. Public numbers (amounts, 08 and
3xxx services, offices' phones, cerfa) are protected by the allow-list, which drops these loose detections.
"""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_SEPARATOR = r"[ \u00a0\u202f./\-]"
_RUN = rf"(?<![\w.,/\-])(?<!\d{_SEPARATOR})\d(?:{_SEPARATOR}?\d){{6,}}(?![\w/\-])(?![.,]\d)"
"""Seven digits or more, single separators allowed between them: validated below (unbroken: 7 digits; grouped:
9, and not grouped by thousands, so that « 1 250 000 » is not taken, being a count or an amount)."""
_CODE = r"(?<![\w\-/.@])(?=[A-Z0-9]{5,14}(?![\w\-/@]))(?=[A-Z]*\d)(?=\d*[A-Z]\d*[A-Z])[A-Z0-9]{5,14}"
"""Five to fourteen upper-case letters and digits, two letters and a digit at least: validated below."""

_GLUED_CODE = (
    r"(?<![\w\-/.@])(?=[A-Za-z0-9]*[\-/])(?=(?:[A-Za-z\-/]*\d){5})"
    r"(?=(?:[A-Za-z0-9]+[\-/])*[A-Za-z]{2,}(?:[\-/]|(?![\w\-/@])))"
    r"[A-Za-z0-9]+(?:[\-/][A-Za-z0-9]+)+(?![\w@]|[\-/]\w)"
)
"""Groups of letters and digits glued by dashes or slashes, one group of two letters or more and five digits in all:
a file's reference whatever announces it (« 56-APA-0042718 », « FAC-2016-07-00381 », « 94/NAT/2001/04417 »); a
legal article has a one-letter group (« L. 262-1 »), « COVID-19 » too few digits."""

PATTERNS = [
    Pattern("unannounced_digit_run", _RUN, 0.6),
    Pattern("unannounced_code", _CODE, 0.6),
    Pattern("unannounced_glued_code", _GLUED_CODE, 0.6),
]

_GLUED = re.compile(r"[A-Za-z]{2}[\-/]|[\-/][A-Za-z]{2}")
_UNBROKEN_DIGITS = 7
_GROUPED_DIGITS = 9
_DAY_MONTH = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])([/.\-])(?:0?[1-9]|1[0-2])\1"
_DATE = re.compile(
    rf"{_DAY_MONTH}(?:\d{{4}}|\d{{2}})(?!\d)|(?<!\d)\d{{1,2}}[ \u00a0](?:0?[1-9]|1[0-2])[ \u00a0](?:19|20)\d{{2}}(?!\d)"
)
"""A real day and month: « 07/81/55/20/46 » is a phone with slashes, not the 7th of a 81st month."""
_THOUSANDS = re.compile(r"\d{1,3}([ \u00a0\u202f.])\d{3}(?:\1\d{3})*")
"""« 1.250.000.000 habitants »: a count grouped by thousands (an amount with its € is protected anyway)."""
_PAIRS_WITHOUT_ZERO = re.compile(r"[1-9](?:[ .\-]\d{2}){4}")
"""« 6 12 34 56 78 »: a phone without its zero when a word says so (the phone recognizer's), a count otherwise."""
_YEARS = re.compile(r"(?:(?:19|20)\d{2}(?:[ /\-]|$))+")
_POSTCODES = re.compile(r"(?:\d{5}(?:[ \u00a0]|$))+")
_PREFIX_CODE = re.compile(r"(?P<letters>[A-Z]+)(?P<digits>\d+)|\d+[A-Z]+")
_POSTAL_BOXES = frozenset({"CS", "BP", "TSA", "CEDEX"})
"""« CS 40041 », « BP 1234 », « TSA 30014 »: the postal box of an office, public."""
_PREFIXED_ID_DIGITS = 5
"""« DOS4471208 » is a reference; « COVID19 », « RN165 », « A380 » are not."""


class UnannouncedNumberRecognizer(FrenchPatternRecognizer):
    """Long digit runs and mixed codes, with or without a word before them."""

    ENTITY = "FR_REFERENCE"
    PATTERNS = PATTERNS

    def validate_result(self, pattern_text: str) -> bool | None:
        if _GLUED.search(pattern_text):
            return None  # the glued-code pattern's shape is its whole evidence
        if not re.search(r"[A-Z]", pattern_text):
            return None if _digit_run_is_identifier(pattern_text) else False
        return None if _code_is_identifier(pattern_text) else False


def _digit_run_is_identifier(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    needed = _UNBROKEN_DIGITS if digits == text else _GROUPED_DIGITS
    if len(digits) < needed or _DATE.search(text):
        return False
    return not any(shape.fullmatch(text) for shape in (_THOUSANDS, _PAIRS_WITHOUT_ZERO, _YEARS, _POSTCODES))


def _code_is_identifier(text: str) -> bool:
    prefixed = _PREFIX_CODE.fullmatch(text)
    if prefixed is None:
        return True  # letters and digits interleaved: « QKZ7TL », « AB123CD »
    letters = prefixed.group("letters")
    if letters is None:
        return False  # « 2CV », « 10EME »
    return letters not in _POSTAL_BOXES and len(prefixed.group("digits")) >= _PREFIXED_ID_DIGITS
