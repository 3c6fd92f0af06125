"""Names after a public office and its portfolio: « le ministre du Travail Quiterie Lombardo », « la préfète de la
Haute-Loire Ysé Marchand ». The title recognizer takes a name right after the title; here the office's complement
comes between, and the name is the first capitalised word that the complement cannot hold."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_first_name, is_place, is_territory
from bot.privacy.names import is_name_word
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.word_spans import FUNCTION_WORDS, Word, fold, only_spaces_between, words

_OFFICE = re.compile(
    r"(?<![\w])(?:ministre|secrétaire\s+d['’]état|députée?|sénat(?:eur|rice)|préf[eè]te?|sous-préf[eè]te?|maire|"
    r"présidente?|directeur|directrice|recteur|rectrice|procureure?|porte-parole|haut-commissaire|"
    r"conseill(?:er|ère)\s+(?:départemental|départementale|régional|régionale|municipal|municipale))"
    r"(?:\s+(?:délégué|déléguée|chargé|chargée|général|générale|adjoint|adjointe))?"
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|aux|à\s+la|au)\s*",
    re.IGNORECASE,
)
_STEMS = (
    "ministre", "secrétaire", "député", "sénat", "préf", "maire", "présid", "direct", "recteur", "rectrice",
    "procureur", "porte-parole", "commissaire", "conseill",
)  # fmt: skip
"""A cheap sign of an office in the text, checked before the regex."""
_MAX_COMPLEMENT = 4
_FOLDED_COMMON = frozenset(fold(word) for word in COMMON_WORDS | FUNCTION_WORDS)


class OfficePersonRecognizer(PersonRecognizer):
    """After an office and « de », « du », « des »…: the words of its portfolio or territory (common words, places,
    acronyms, public words, adjectives in lower case) are passed over; a capitalised word none of those, right after
    them on the same line, starts the holder's name (grown by the engine) when it is a first name or another name
    word follows it."""

    SCORE = 0.7

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        lowered = text.lower()
        if not any(stem in lowered for stem in _STEMS):
            return results
        tokens = words(text)
        for match in _OFFICE.finditer(text):
            after = [index for index, word in enumerate(tokens) if word.start >= match.end()]
            if not after:
                continue
            index = after[0]
            for step in range(_MAX_COMPLEMENT + 1):
                position = index + step
                if position >= len(tokens) or (
                    step and not only_spaces_between(text, tokens[position - 1], tokens[position])
                ):
                    break
                word = tokens[position]
                if not _complement(text, word):
                    if step and _holder(text, tokens, position):
                        results.append(self.result(word.start, word.end))
                    break
        return results


def _complement(text: str, word: Word) -> bool:
    """A word of an office's portfolio or territory: « Travail », « Éducation nationale », « Haute-Garonne »."""
    return (
        word.is_lower
        or word.is_upper
        or fold(word.text) in _FOLDED_COMMON
        or is_place(word.text)
        or is_territory(word.text)
        or overlaps_protected(text, word.start, word.end)
    )


def _holder(text: str, tokens: tuple[Word, ...], position: int) -> bool:
    """A known first name, or a capitalised word with another name word after it (« Quiterie Lombardo »); one
    unknown word alone is rather a brand or a network (« directeur des lignes normandes Intercités »)."""
    word = tokens[position]
    if not (word.is_capitalised and is_name_word(word)):
        return False
    if is_first_name(word.text):
        return True
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        following is not None
        and only_spaces_between(text, word, following)
        and is_name_word(following)
        and not overlaps_protected(text, following.start, following.end)
    )
