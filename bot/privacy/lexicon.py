"""First names (bot/privacy/data/prenoms*.py), folded for lookups, and the ones that are also common words.

prenoms.py, prenoms_courts.py (diminutives) and prenoms_ambigus.py are written by hand and hold the names seen in
France, in any case.
prenoms_monde.py holds about 11 000 first names of the world (derived from gender-guesser's per-country list, minus
the names that are common French words: see scripts/derive_first_names.py); they count only capitalised, since a
rare foreign name written in lower case is more likely a word of another kind (« nino », « hana »)."""

from __future__ import annotations

from functools import cache

from bot.privacy.word_spans import fold, read_words

COMMON_WORDS = read_words("mots_courants")
"""The most frequent French words (wordfreq, see scripts/derive_common_words.py)."""

PUBLIC_FIGURES = read_words("personnalites")
"""National politicians' surnames, cited alone (« Macron veut… »): capitalised, always a person."""


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ambiguous = read_words("prenoms_ambigus")
    exact = read_words("prenoms") | read_words("prenoms_courts") | ambiguous
    return exact, frozenset(fold(name) for name in exact), frozenset(fold(name) for name in ambiguous)


@cache
def _lower_names() -> frozenset[str]:
    return frozenset(name.lower() for name in _lexicon()[0])


@cache
def _world() -> frozenset[str]:
    return frozenset(fold(name) for name in read_words("prenoms_monde"))


def is_first_name(word: str) -> bool:
    """Whether `word` is a known first name; lower-case words must match with their accents ("marié" is not)."""
    exact, folded, _ = _lexicon()
    folded_word = fold(word)
    exact_only = word[:1].islower() and folded_word != word.lower()  # « marié » is not « marie »; « helene » is
    if word.lower() in COMMON_WORDS and folded_word != word.lower() and word.lower() not in _lower_names():
        return False  # « Marié » starting a sentence is the word « marié », not « Marie »; « Clément » is a name
    known = exact if exact_only else folded
    key = word if exact_only else folded_word
    if key in known or (word[:1].isupper() and folded_word in _world()):
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(part in known for part in parts)  # « jacqueline-élisabeth »


def is_french_first_name(word: str) -> bool:
    """A first name of the hand-written lists (names usual in France), not only of the world list; the ones that
    are also words or towns (Nancy, Valence, Florence) are not counted."""
    _, folded, ambiguous = _lexicon()
    return fold(word) in folded and fold(word) not in ambiguous


@cache
def _places() -> frozenset[str]:
    return frozenset(fold(name.replace("_", " ")) for name in read_words("communes"))


def is_place(name: str) -> bool:
    """Whether `name` is a town or village of France (« Samer », « Pont-Croix », « Saint-Germain-en-Laye »;
    derived from GeoNames, see scripts/derive_places.py)."""
    return fold(" ".join(name.split())) in _places()


@cache
def _territories() -> frozenset[str]:
    return frozenset(fold(name.replace("_", " ")) for name in read_words("territoires"))


def is_territory(name: str) -> bool:
    """Whether `name` is a department or a region of France (« Marne », « Maine-et-Loire », « Bretagne »)."""
    return fold(" ".join(name.split())) in _territories()


def is_ambiguous_first_name(word: str) -> bool:
    """First names that are also common words or towns (rose, pierre, claire, france, nancy…); capitalised, the
    ones that are only verbs or adjectives in lower case (« marie », « clément ») are names."""
    folded = fold(word)
    if word[:1].isupper() and folded in _NAMES_WHEN_CAPITALISED:
        return False
    return folded in _lexicon()[2]


_NAMES_WHEN_CAPITALISED = frozenset(
    "marie martin bruno max maxime clement lou nil eden jasmine capucine camelia oceane line prosper".split()  # noqa: SIM905
)
