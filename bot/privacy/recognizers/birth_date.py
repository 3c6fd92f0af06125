"""Dates of birth: a date right after « né le », « née en », « date de naissance : »… (numeric or written)."""

import re

from presidio_analyzer import Pattern

from bot.privacy.recognizers.base import FrenchPatternRecognizer

_MONTHS = (
    r"janvier|janv\.?|f[ée]vrier|f[ée]vr?\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|ao[ûu]t|septembre|sept?\.?|"
    r"octobre|oct\.?|novembre|nov\.?|d[ée]cembre|d[ée]c\.?"
)
_UNITS = r"un|deux|trois|quatre|cinq|six|sept|huit|neuf"
_DAY_WORDS = (
    rf"premier|dix-sept|dix-huit|dix-neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    rf"(?:vingt|trente)(?:[\s\-]et[\s\-]un|-(?:{_UNITS}))?|{_UNITS}"
)
_NUMBER_WORDS = rf"et|{_DAY_WORDS}|quarante|cinquante|soixante|quatre-vingts?|cents?"
_YEAR_WORDS = rf"(?:mil(?:le)?[\s\-]+neuf[\s\-]+cents?|deux[\s\-]+mille)(?:[\s\-]+(?:{_NUMBER_WORDS})(?![\w]))*"
"""A year written out: « mille neuf cent soixante-huit », « deux mille trois »."""
_WRITTEN = rf"(?:{_DAY_WORDS}|\d{{1,2}}(?:er)?)\s+(?:{_MONTHS})\s+(?:\d{{4}}|{_YEAR_WORDS})"
"""A date with its day or year in words: « premier avril 1959 », « douze février mille neuf cent soixante »."""
_DATE = (
    rf"(?:{_WRITTEN}|\d{{1,2}}(?:er)?[\s./\-]+(?:\d{{1,2}}|{_MONTHS})[\s./\-]+(?:\d{{4}}|\d{{2}})"
    rf"|(?:{_MONTHS})\s+\d{{4}}|(?:19|20)\d{{2}})(?![\w])"
)
_AFTER = (
    r"\b(?:n[ée]e?s?|n[ée]\(e\)|naissance|DDN|DN|n[ée]e?s?\s+(?:[àa]|au|aux|en)\s+[\w\-'’ ()]{2,30}?)"
    r"\s*(?:\(e\))?\s*(?::|,)?\s*(?:le|en|du|au)?\s*"
)

_FULL = (
    rf"(?:\d{{1,2}}(?:er)?[\s./\-]+(?:\d{{1,2}}|{_MONTHS})[\s./\-]+(?:\d{{4}}|\d{{2}})|(?:{_MONTHS})\s+\d{{4}})(?![\w])"
)
"""A date with a day or a month: after a first birth date, a bare year (« en 2010 j'ai déménagé ») is another fact."""
_AND = r"\s*(?:,|et|&)\s*(?:et\s+)?(?:le|en|du)?\s*"
"""Between two birth dates of one phrase: « nés le 03/09/1979 et le 21/12/1981 »."""

PATTERNS = [
    Pattern("birth_date", rf"{_AFTER}(?P<value>{_DATE})", 0.9),
    Pattern("birth_date_second", rf"{_AFTER}{_DATE}{_AND}(?P<value>{_FULL})", 0.9),
    Pattern("birth_date_third", rf"{_AFTER}{_DATE}{_AND}{_FULL}{_AND}(?P<value>{_FULL})", 0.9),
]
"""The words before the date are matched too (faster than a look-behind); only the `value` group is masked. Each
pattern masks one date: the first, the second, the third of a list after one « né(e)s le »."""

CONTEXT = ["né", "née", "naissance", "date de naissance"]


class BirthDateRecognizer(FrenchPatternRecognizer):
    """Other dates (appointments, letters, deadlines) stay: they help the reply and identify no one."""

    ENTITY = "FR_BIRTH_DATE"
    PATTERNS = PATTERNS
    CONTEXT = CONTEXT
    FLAGS = re.MULTILINE | re.IGNORECASE
