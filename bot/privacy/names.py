"""What a name looks like in a review: the word tests and the span growing shared by the person recognizers."""

from __future__ import annotations

import re

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.word_spans import (
    CIVILITIES,
    FUNCTION_WORDS,
    NAME_LINKS,
    PARTICLES,
    Word,
    first_word_at,
    fold,
    only_spaces_between,
    read_words,
    words,
)

NOT_NAMES = read_words("pas_des_noms")
"""Capitalised words that are not names (months, days, street types, tools…)."""

ACRONYMS = read_words("sigles")
"""Upper-case words that are not surnames."""

_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu)['’]", re.IGNORECASE)


def _bare(word: Word) -> str:
    return word.text.lower().removeprefix("d'").removeprefix("d’")


def is_name_word(word: Word, *, lower_ok: bool = False, strict: bool = True) -> bool:
    """A word that may be part of a name: capitalised or upper case (or any case when `lower_ok`); not strict
    after a civility, where « M. Paris » is a person."""
    lowered = word.text.lower()
    if not word.is_alpha or len(word.text) < 2 or lowered in FUNCTION_WORDS or lowered in CIVILITIES:
        return False
    bare = _ELIDED.sub("", lowered)
    if bare != lowered and (bare in FUNCTION_WORDS or bare in COMMON_WORDS):
        return False  # « C'est », « L'affaire », « D'abord »; not « N'Diaye »
    if (strict and lowered in NOT_NAMES) or lowered in PARTICLES or lowered in NAME_LINKS:
        return False
    if strict and is_title(word.text):  # « Monsieur le Préfet »
        return False
    if word.is_upper:
        return word.text not in ACRONYMS
    return word.is_capitalised or (lower_ok and word.is_lower)


def is_first_name_word(word: Word) -> bool:
    return word.is_alpha and is_first_name(word.text) and _bare(word) not in FUNCTION_WORDS


def grow(text: str, tokens: tuple[Word, ...], first: int, last: int, *, lower_ok: bool = False, limit: int = 5) -> int:
    """Index of the last word of the name that starts with `tokens[first:last + 1]`, taking in the words that
    follow it: names, particles followed by a name ("de La Fontaine"), links ("épouse MARTIN")."""
    end = last
    while end + 1 < len(tokens) and end - first + 1 < limit:
        following = tokens[end + 1]
        if not only_spaces_between(text, tokens[end], following):
            break
        if (
            is_name_word(following, lower_ok=lower_ok)
            and not (following.is_lower and _prose(text, following))
            and not overlaps_protected(text, following.start, following.end)
        ) or _capitals_surname(text, tokens[end], following):
            end += 1
            continue
        skip = end + 1  # particles and links: « van der Berg », « de La Fontaine », « épouse MARTIN »
        while skip < len(tokens) and skip - end <= 2 and tokens[skip].text.lower() in PARTICLES | NAME_LINKS:
            skip += 1
        if (
            skip > end + 1
            and skip < len(tokens)
            and all(only_spaces_between(text, tokens[i], tokens[i + 1]) for i in range(end, skip))
            and (
                is_name_word(tokens[skip], lower_ok=lower_ok)
                # a capitalised particle inside a name announces a surname, title word or not: « Bruno Le Maire »
                or (tokens[end + 1].is_capitalised and is_name_word(tokens[skip], strict=False))
            )
            and not overlaps_protected(text, tokens[skip].start, tokens[skip].end)  # « Directeur de la Cnav »
        ):
            end = skip
            continue
        break
    return end


def _capitals_surname(text: str, previous: Word, word: Word) -> bool:
    """A surname in capitals that is also a short word, right after a first name and ending its clause: « Madame
    Caroline BON, », « Jean SANS »."""
    return (
        word.is_upper
        and len(word.text) >= 3
        and word.text.lower() in FUNCTION_WORDS
        and previous.is_capitalised
        and is_first_name(previous.text)
        and _CLAUSE_END.match(text, word.end) is not None
    )


_CLAUSE_END = re.compile(r"[^\S\n]*(?:[,.;:!?)\n]|$)")


def _prose(text: str, word: Word) -> bool:
    """A lower-case word that carries on the sentence rather than the name: an elided word (« m'a »), or a common
    French word that is no first name with more words after it on its line (« jean-marc aidé à remplir »; a
    signature ends its line: « cordialement juliette roche »), unless a first name follows it (« roche thibault »)."""
    lowered = word.text.lower()
    if _ELIDED.match(lowered):
        return True
    if lowered not in COMMON_WORDS or is_first_name(lowered):
        return False
    following = _NEXT_WORD.match(text, word.end)
    if following is not None and is_first_name(following.group(1)):
        return False  # « de : roche thibault »: a surname before its first name
    return _MORE_WORDS.match(text, word.end) is not None


_MORE_WORDS = re.compile(r"[^\S\n]*[^\W\d_]")
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_][\w'’\-]*)")


def name_after(
    text: str, position: int, *, lower_ok: bool, limit: int = 4, grow_lower: bool = False, strict: bool = True
) -> tuple[int, int] | None:
    """The span of the name that starts with the first word after `position`, if that word can start a name.

    A name starting in lower case only takes in the lower-case words after it when `grow_lower` (after « je
    m'appelle », every word is the name; after « madame », « dupont attend » is not)."""
    tokens = words(text)
    index = first_word_at(text, position)
    if index >= len(tokens):
        return None
    word = tokens[index]
    if text[position : word.start].strip(" \t\u00a0:,"):
        return None
    if word.text.lower() in PARTICLES:  # « Madame DA SILVA », « m. de oliveira », « Madame de La Fontaine »
        return _particle_name(text, tokens, index, lower_ok=lower_ok, grow_lower=grow_lower, limit=limit)
    if not is_name_word(word, lower_ok=lower_ok, strict=strict) or overlaps_protected(text, word.start, word.end):
        return None
    if word.is_lower and _prose(text, word):  # « madame obtient son numéro », « mon mari accompagne »
        return None
    end = grow(text, tokens, index, index, lower_ok=grow_lower and word.is_lower, limit=limit)
    while end + 1 < len(tokens) and end - index + 1 < limit and _first_name_next(text, tokens[end], tokens[end + 1]):
        end += 1
    return word.start, tokens[end].end


def _first_name_next(text: str, word: Word, following: Word) -> bool:
    """« madame dupont marie »: a known first name right after a lower-case name belongs to it."""
    return (
        only_spaces_between(text, word, following)
        and is_first_name_word(following)
        and following.text.lower() not in FUNCTION_WORDS
    )


TITLES = read_words("titres")
"""« Monsieur le Maire », « Madame la Préfète »: a title after a civility is not a name."""


def is_title(word: str) -> bool:
    """A title or a compound that starts with one (« Garde-champêtre », « Commissaire-enquêteur »)."""
    folded = fold(word)
    return folded in TITLES or folded.split("-", 1)[0] in TITLES


def _particle_name(
    text: str, tokens: tuple[Word, ...], index: int, *, lower_ok: bool, grow_lower: bool, limit: int
) -> tuple[int, int] | None:
    """A name that starts with one or two particles, followed by a name that is not a title."""
    name = index
    while name < len(tokens) and name - index < 2 and tokens[name].text.lower() in PARTICLES:
        if name + 1 >= len(tokens) or not only_spaces_between(text, tokens[name], tokens[name + 1]):
            return None
        name += 1
    if name >= len(tokens) or is_title(tokens[name].text):
        return None
    following = tokens[name]
    if not (is_name_word(following, lower_ok=lower_ok) or (following.text[0].isupper() and following.is_alpha)):
        return None
    if following.is_lower and _prose(text, following):  # « Madame le remboursement », not « madame le goff »
        return None
    if following.is_lower and tokens[name - 1].text.lower() in ("du", "des"):
        return None  # « le monsieur du guichet 4 »: « du » before a lower-case word says where, not who
    end = grow(text, tokens, name, name, lower_ok=grow_lower and following.is_lower, limit=limit)
    return tokens[index].start, tokens[end].end
