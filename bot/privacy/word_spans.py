"""Small text helpers shared by the recognizers: accent folding, word spans, French function words."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module

UPPER = "A-ZÀ-ÖØ-Þ"
LOWER = "a-zß-öø-ÿ"
EXTENDED = "\u0100-\u024f\u1e00-\u1eff\u0300-\u036f\u00ad\u200b-\u200d\u2060"
"""Latin letters of other alphabets, both cases mixed (« Łukasz », « Ștefan », « Nguyễn »), the combining
accents of decomposed text (« He\u0301le\u0300ne », as some systems paste « Hélène »), and the invisible soft
hyphens and zero-width characters a copied web page leaves inside words (« Ma\u00adrie »)."""
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"))
LETTER = f"{UPPER}{LOWER}{EXTENDED}"
_ALPHA = re.compile(rf"[{LETTER}'’\-]+")
"""A word of letters only: hyphens, apostrophes, accents and invisible characters included, no digit."""
# A word: letters, with inner hyphens or apostrophes ("Jean-Pierre", "N'Diaye", "aujourd'hui").
WORD = re.compile(rf"[{LETTER}0-9]+(?:[-'’][{LETTER}0-9]+)*")


def read_words(name: str) -> frozenset[str]:
    """The words of a list of bot/privacy/data/ (`mots_outils` for data/mots_outils.py)."""
    words: str = import_module(f"bot.privacy.data.{name}").WORDS
    return frozenset(words.split())


@dataclass(frozen=True)
class Word:
    """A word of the text, its span, and the shape of its letters (computed once)."""

    text: str
    start: int
    end: int
    is_capitalised: bool = field(init=False)
    is_upper: bool = field(init=False)
    is_lower: bool = field(init=False)
    is_alpha: bool = field(init=False)

    def __post_init__(self) -> None:
        letters = [char for char in self.text if char.isalpha()]
        shape = {
            "is_capitalised": self.text[0].isupper() and any(char.islower() for char in letters),
            "is_upper": len(letters) >= 2 and all(char.isupper() for char in letters),
            "is_lower": self.text[0].islower(),
            "is_alpha": _ALPHA.fullmatch(self.text) is not None,
        }
        for name, value in shape.items():
            object.__setattr__(self, name, value)


_HYPHENS = "\u2010\u2011\u2012\u2013\u2043\ufe63\uff0d"
_APOSTROPHES = "\u02bc\u02bb\u2018\u201b\u2032\u00b4\u0060\uff07"
_IN_WORD_HYPHEN = re.compile(rf"(?<=[{LETTER}])[{_HYPHENS}](?=[{LETTER}])")
_IN_WORD_APOSTROPHE = re.compile(rf"(?<=[{LETTER}])[{_APOSTROPHES}](?=[{LETTER}])")


_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u3000"), " ")


def detection_form(text: str) -> str:
    """`text` with the hyphens and apostrophes of other code points written inside a word (« Rose‐Marie » with
    U+2010, « N‑Diaye », « Dʼ Souza ») made the plain ones every rule reads, and every space a plain space (« Marie
    Dupont » joined by a narrow no-break space); one character for one, so that the
    offsets found in it mask the original text, whose characters are kept as written."""
    return _IN_WORD_APOSTROPHE.sub("'", _IN_WORD_HYPHEN.sub("-", text)).translate(_SPACES)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without accents ("Élodie" -> "elodie"); the length may change, so never use it for offsets."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_INVISIBLE))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")


ELISION = re.compile(rf"(?:qu|jusqu|lorsqu|puisqu|quoiqu|presqu|[cdjlmnst])['’](?=[{UPPER}]|[{EXTENDED}])")
"""A lower-case elided word glued to a capitalised one: « qu'Aurore », « d'Héloïse », « l'Olive »."""


@lru_cache(maxsize=8)
def words(text: str) -> tuple[Word, ...]:
    """The words of `text`, in order (cached: every name recognizer walks the same text). An elided word is split
    from the capitalised word it is glued to, so that « Aurore » in « qu'Aurore » is a word of its own."""
    found = []
    for match in WORD.finditer(text):
        elided = ELISION.match(match.group())
        if elided and elided.end() < len(match.group()) and match.group()[elided.end()].isupper():
            found.append(Word(elided.group(), match.start(), match.start() + elided.end()))
            found.append(Word(match.group()[elided.end() :], match.start() + elided.end(), match.end()))
        else:
            found.append(Word(match.group(), match.start(), match.end()))
    return tuple(found)


@lru_cache(maxsize=8)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(word.start for word in words(text))


def first_word_at(text: str, position: int) -> int:
    """Index in `words(text)` of the first word starting at or after `position`."""
    return bisect_left(_starts(text), position)


def only_spaces_between(text: str, left: Word, right: Word) -> bool:
    """True when only spaces or tabs (no punctuation, no line break) separate two words."""
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 3 and not gap.strip(" \t\u00a0")


FUNCTION_WORDS = read_words("mots_outils")
"""Words that are never a name, whatever their case (greetings and review words included)."""

COMMON_VERBS = read_words("verbes_courants")
"""Words that often follow « mon fils » and are not a name."""

CIVILITIES = frozenset(
    [
        "m",
        "m.",
        "mr",
        "mr.",
        "mme",
        "mme.",
        "mlle",
        "mlle.",
        "mme.",
        "me",
        "maître",
        "maitre",
        "dr",
        "dr.",
        "docteur",
        "pr",
        "professeur",
        "monsieur",
        "madame",
        "mademoiselle",
    ]
)

PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "d’",
        "le",
        "la",
        "les",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "bin",
        "el",
        "al",
        "da",
        "dos",
        "di",
        "ter",
        "ten",
        "mac",
        "mc",
        "ould",
    ]
)
"""Lower-case words that may sit inside a name ("de La Fontaine", "Ben Ali", "van der Berg")."""

NAME_LINKS = frozenset(["épouse", "ep", "ép", "ép.", "née", "nee", "veuve", "vve", "dite", "alias"])
"""Words that join two names of one person ("DUPONT épouse MARTIN")."""
