"""Names built around a known first name: « DUPONT Marie », « Marie DUPONT », « Jean-Pierre Le Goff », « Lucas »."""

import re
from itertools import pairwise

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import is_ambiguous_first_name
from bot.privacy.names import NOT_NAMES, grow, is_first_name_word, is_name_word, is_title
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.recognizers.person_evidence import person_evidence
from bot.privacy.recognizers.person_relatives import RELATIVES
from bot.privacy.word_spans import Word, only_spaces_between, words

PATTERNS: list[str] = []
_RELATIVE = re.compile(RELATIVES)
_SAINTS = {"saint", "sainte", "st", "ste", "san", "santa"}


class LexiconPersonRecognizer(PersonRecognizer):
    """A first name next to a capitalised or upper-case word is a full name, in either order; a known first name
    alone is one too, unless it is also a common word or a town (Rose, Pierre, Florence, Nancy…)."""

    PATTERNS = PATTERNS
    SCORE = 0.75
    LOWER_CASE_NAMES = False

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = []
        tokens = words(text)
        covered_until = -1
        for index, word in enumerate(tokens):
            if word.start < covered_until or word.is_lower or not is_first_name_word(word):
                continue
            if index and tokens[index - 1].text.lower().rstrip(".") in _SAINTS:
                continue
            if overlaps_protected(text, word.start, word.end):
                continue
            first = index
            while first > 0 and _surname_before(text, tokens[first - 1], tokens[first]):
                first -= 1
            last = grow(text, tokens, index, index, limit=5)
            if last == index and _surname_after(text, tokens, index):
                last = grow(text, tokens, index + 1, index + 1, limit=4)
            if first == index and last == index:
                if (word.is_upper and not _shouted(text, word)) or (
                    is_ambiguous_first_name(word.text) and not _acts(text, word)
                ):
                    continue  # « Rose » alone is a word, unless the sentence makes her a person: « Rose a appelé »
                results.append(self.result(word.start, word.end, 0.6))
            else:
                results.append(self.result(tokens[first].start, tokens[last].end))
            covered_until = tokens[last].end
        results += self._mixed_case_pairs(text, tokens)
        return results

    def _mixed_case_pairs(self, text: str, tokens: tuple[Word, ...]) -> list[RecognizerResult]:
        """« Virginie BARRE », « BARRE Virginie »: one capitalised and one upper-case word side by side are a name,
        first name known or not (the upper-case word must not be an acronym such as CAF)."""
        found = []
        for left, right in pairwise(tokens):
            if not only_spaces_between(text, left, right) or left.is_upper == right.is_upper:
                continue
            if not (left.is_upper or left.is_capitalised) or not (right.is_upper or right.is_capitalised):
                continue
            if is_name_word(left) and is_name_word(right) and not overlaps_protected(text, left.start, right.end):
                found.append(self.result(left.start, right.end, 0.7))
        return found


def _shouted(text: str, word: Word) -> bool:
    """A word of a line written all in capitals (« MERCI A LA CONSEILLERE SANDRINE »): its case says nothing."""
    start, end = text.rfind("\n", 0, word.start) + 1, text.find("\n", word.end)
    line = text[start : end if end >= 0 else len(text)]
    return not any(char.islower() for char in line)


def _acts(text: str, word: Word) -> bool:
    """An ambiguous first name that speaks, acts or has an age is a person (« », raconte Rose », « Rose a
    appelé »), unless it is a month or a day (« Avril a été difficile »)."""
    return word.text.lower() not in NOT_NAMES and person_evidence(text, word.start, word.end)


def _surname_before(text: str, before: Word, word: Word) -> bool:
    """« DUPONT Marie »; « PARIS Virginie » too: an upper-case word before a first name is its surname, even a town;
    in a text written in capitals, not a title or a relative (« MON FILS KEVIN », « LA CONSEILLERE SANDRINE »)."""
    if word.is_upper and (is_title(before.text) or _RELATIVE.fullmatch(before.text.lower())):
        return False
    return (
        before.is_upper
        and is_name_word(before, strict=is_ambiguous_first_name(word.text))
        and only_spaces_between(text, before, word)
        and not overlaps_protected(text, before.start, before.end)
    )


def _surname_after(text: str, tokens: tuple[Word, ...], index: int) -> bool:
    """A capitalised word right after a known first name is its surname even when it is also a place or a word
    (« Paul Paris », « Louise Marseille »), unless it is a public-service word or the first name is also a word."""
    if index + 1 >= len(tokens) or is_ambiguous_first_name(tokens[index].text):
        return False
    following = tokens[index + 1]
    return (
        following.is_capitalised
        and only_spaces_between(text, tokens[index], following)
        and is_name_word(following, strict=False)
        and not overlaps_protected(text, following.start, following.end)
    )
