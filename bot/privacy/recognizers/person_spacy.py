"""spaCy's PER entities, trimmed of the greetings, civilities and heads (« Témoignage de ») the model takes in."""

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import COMMON_WORDS, is_first_name
from bot.privacy.names import is_name_word
from bot.privacy.word_spans import Word, words

NER_SCORE = 0.85


class SpacyPersonRecognizer(SpacyRecognizer):
    """Keeps the span from its first to its last name-like word; drops spans with none, or on public words."""

    def __init__(self) -> None:
        super().__init__(supported_language="fr", supported_entities=["PERSON"], ner_strength=NER_SCORE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        for result in super().analyze(text, entities, nlp_artifacts):
            inside = [
                word
                for word in words(text)
                if result.start <= word.start
                and word.end <= result.end
                and is_name_word(word)
                and not overlaps_protected(text, word.start, word.end)
            ]
            while len(inside) > 1 and _heads_a_complement(text, inside[0]):
                inside = inside[1:]
            for line in _by_lines(text, inside):
                results.append(RecognizerResult(result.entity_type, line[0].start, line[-1].end, NER_SCORE))
        return results


def _by_lines(text: str, inside: list[Word]) -> list[list[Word]]:
    """spaCy reads across line breaks (« Bidegain\\nFermeture de la trésorerie », « Marisol Touraine\\nMinistre
    des Affaires Sociales »): a span is cut at each line break, and a line's part made only of common words that are
    no first names is dropped, as a heading or a title is no name."""
    lines: list[list[Word]] = []
    for word in inside:
        if lines and "\n" not in text[lines[-1][-1].end : word.start]:
            lines[-1].append(word)
        else:
            lines.append([word])
    if len(lines) == 1:
        return lines
    return [line for line in lines if any(w.text.lower() not in COMMON_WORDS or is_first_name(w.text) for w in line)]


_COMPLEMENT = re.compile(r"[^\S\n]+(?:de|du|des|d['’])(?![\w])[^\S\n]*", re.IGNORECASE)


def _heads_a_complement(text: str, word: Word) -> bool:
    """A common word that is no first name, before « de »: what the name completes (« Témoignage de Fatoumata »,
    « Lettre de Gwenola Riou »), not a part of it (« Pierre de Ronsard » keeps its first name)."""
    return (
        word.text.lower() in COMMON_WORDS
        and not is_first_name(word.text)
        and _COMPLEMENT.match(text, word.end) is not None
    )
