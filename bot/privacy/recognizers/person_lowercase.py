"""Names written in lower case: « je m'appelle dupont marie », « je suis nath lefort », « marie dupont a appelé »."""

import re

from presidio_analyzer import RecognizerResult

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_ambiguous_first_name, is_first_name
from bot.privacy.names import ACRONYMS, grow, is_name_word
from bot.privacy.recognizers.person_base import PersonRecognizer
from bot.privacy.recognizers.person_civility import MISSPELT_CIVILITIES
from bot.privacy.recognizers.person_evidence import AGE, acts_after
from bot.privacy.word_spans import COMMON_VERBS, FUNCTION_WORDS, PARTICLES, Word, only_spaces_between, words

PATTERNS = [
    r"(?<![\w])(?:je\s+m['’]\s?appelle|je\s+me\s+nomme|mon\s+nom\s+(?:est|c['’]est)|moi\s+c['’]est|"
    r"de\s+la\s+part\s+de|je\s+soussign[ée]e?|nous\s+soussign[ée]s|signataire)\s*:?\s*",
]
_INTRODUCTIONS = ("je suis", "c'est", "ici", "moi", "suis", "appelle", "nomme", "soussigné", "soussignée", "soussigne")
_JE_SUIS = re.compile(
    r"(?<![\w])(?:je\s+suis|c['’]est)\s+((?:[a-zß-öø-ÿ'’\-]+\s+){1,2}[a-zß-öø-ÿ'’\-]+|[a-zß-öø-ÿ'’\-]+\s+[a-zß-öø-ÿ'’\-]+)(?=\s*(?:[.,;!\n]|$))"
)
_ELIDED = re.compile(r"(?:[cdjlmnst]|qu)['’]")
_NOT_A_NAME_ENDING = ("ée", "ées", "és", "ment", "ante", "ants", "euse", "eux", "ive", "ifs", "ait", "ent", "ais")


class LowercasePersonRecognizer(PersonRecognizer):
    """After « je m'appelle » any words are a name; « je suis » + two words ending the sentence too, unless they
    look like an adjective or a participle; elsewhere a lower-case known first name takes the word next to it."""

    PATTERNS = PATTERNS
    SCORE = 0.8
    GROW_LOWER = True
    MAX_WORDS = 3

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        results: list[RecognizerResult] = [self.result(*span) for span in self.spans(text)]
        for match in _JE_SUIS.finditer(text):
            found = match.group(1).split()
            if not any(
                w in FUNCTION_WORDS
                or w in COMMON_VERBS
                or w.endswith(_NOT_A_NAME_ENDING)
                or (w in COMMON_WORDS and not is_first_name(w))  # « c'est zéro euro, »
                for w in found
            ):
                results.append(self.result(match.start(1), match.end(1), 0.65))
        tokens = words(text)
        for index, word in enumerate(tokens):
            if not word.is_lower or word.text in FUNCTION_WORDS or not _lower_first_name(text, tokens, index):
                continue
            if overlaps_protected(text, word.start, word.end):
                continue
            mark = _SURNAME_MARK.match(text, word.end)
            if mark and not is_ambiguous_first_name(word.text) and mark.group(1) not in ACRONYMS:
                results.append(self.result(word.start, mark.end(), 0.75))  # « nadia b. », « ariel COHEN »
                continue
            introduced = _introduced(text, word.start)
            if is_ambiguous_first_name(word.text) and not (introduced or _surname_like(tokens, index + 1)):
                continue  # « rose » alone is a word; « l'agent victoire berthelot » is a name
            first = _surname_first(text, tokens, index)
            last = grow(text, tokens, index, index, lower_ok=True, limit=3)
            if last > index or first < index:
                results.append(self.result(tokens[first].start, tokens[last].end, 0.7))
            elif introduced or _person_context(text, tokens, index):
                results.append(self.result(word.start, word.end, 0.7))
        return results


def _lower_first_name(text: str, tokens: tuple[Word, ...], index: int) -> bool:
    """A first name in lower case: one of the French lists, or of the world list when it is introduced, itself or
    with the surname before it (« moi, peltier lucy »), and no common word (« nino », « hana » alone are not)."""
    word = tokens[index]
    if is_first_name(word.text):
        return True
    if word.text in COMMON_WORDS or not is_first_name(word.text.capitalize()):
        return False
    return (
        _SURNAME_MARK.match(text, word.end) is not None
        or _introduced(text, word.start)
        or _FOR_A_PERSON.search(text[max(0, word.start - 16) : word.start]) is not None
        or (index > 0 and _surname_like(tokens, index - 1) and _introduced(text, tokens[index - 1].start))
    )


_SURNAME_MARK = re.compile(r"[^\S\n]+([a-zA-Z]\.|[A-Z][A-Z'’\-]{1,}(?![\w'’]))")
"""What says a lower-case first name is followed by its surname: an initial with its dot (« nadia b. »), a word
in capitals (« ariel COHEN »)."""


def _surname_like(tokens: tuple[Word, ...], index: int) -> bool:
    """A lower-case word that can only be a name: no common French word, function word or usual verb."""
    if not 0 <= index < len(tokens):
        return False
    word = tokens[index]
    return (
        word.is_lower
        and word.is_alpha
        and len(word.text) >= 3
        and not _ELIDED.match(word.text)
        and word.text not in COMMON_WORDS
        and word.text not in FUNCTION_WORDS
        and word.text not in COMMON_VERBS
        and word.text not in MISSPELT_CIVILITIES  # « mesieur françois »
        and not word.text.endswith(_NOT_A_NAME_ENDING)
    )


_FOR_A_PERSON = re.compile(
    r"(?<![\w])(?:pour|avec|chez|c['’]est|merci|merci\s+[àa]|grâce\s+à|remercie|ici|un\s+certain|une\s+certaine|"
    r"nommée?|prénommée?|dénommée?|salut|coucou|"
    r"(?:conseill(?:er|ère)|agente?|collègue|secrétaire|référente?|dame|assistante?\s+sociale?|gestionnaire)\s*,?)\s+$",
    re.IGNORECASE,
)
"""Words after which a known, unambiguous first name in lower case is a person: « acte demandé pour jérôme »,
« merci à nolwenn », « le conseiller jérôme », « la secrétaire, sandrine »."""


def _person_context(text: str, tokens: tuple[Word, ...], index: int) -> bool:
    """« pour jérôme », « avec mélanie », « c'est karim »; and the second of « pour jérôme et mélanie »."""
    if _FOR_A_PERSON.search(text[max(0, tokens[index].start - 16) : tokens[index].start]):
        return True
    if AGE.match(text, tokens[index].end):  # « (steph, 44 ans) »
        return True
    if acts_after(text, tokens[index].start, tokens[index].end):  # « et nadia m'a dit »
        return True
    if index < 2 or tokens[index - 1].text.lower() != "et":
        return False
    previous = tokens[index - 2]
    return (
        previous.is_lower
        and is_first_name(previous.text)
        and not is_ambiguous_first_name(previous.text)
        and _person_context(text, tokens, index - 2)
    )


def _introduced(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start].lower().replace("’", "'").rstrip(" ,:")
    return before.endswith(_INTRODUCTIONS) or not before.strip() or before.endswith("\n")


def _surname_first(text: str, tokens: tuple[Word, ...], index: int) -> int:
    """« je suis duhamel caroline », « moi, le gall andré »: the lower-case surname (with its particles) just before
    the first name, itself right after an introduction or at the start of a line, or a word that can only be a
    name (« car lopez diane-sabine »); the index of its first word."""
    first = index - 1
    if first < 0 or not only_spaces_between(text, tokens[first], tokens[index]):
        return index
    if not is_name_word(tokens[first], lower_ok=True) or tokens[first].text in COMMON_VERBS:
        return index
    if _ELIDED.match(tokens[first].text):  # « l'agent victoire berthelot »: an article is no surname
        return index
    surname = first
    while first > 0 and index - first < 3 and tokens[first - 1].text.lower() in PARTICLES:
        if not only_spaces_between(text, tokens[first - 1], tokens[first]):
            break
        first -= 1
    if _introduced(text, tokens[first].start):
        return first
    if _surname_like(tokens, surname) and not is_ambiguous_first_name(tokens[index].text):
        return first  # « car lopez diane-sabine n'arrive pas »: no word of French but a name, then a first name
    return index
