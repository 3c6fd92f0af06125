"""Blame, irony and condescension by a learned sentence score: a logistic regression over what the sentence's words
mean (the French spaCy model's word vectors, averaged) and the hand-set features of `tone_features`, trained
offline by `scripts/train_blame.py` on the labelled sentences of `tests/data/checks`.

The score is linear in the averaged vectors, so each word's vector is shipped as one number, its projection on the
learned weights (`data/blame_words.tsv.gz`): no spaCy and no vectors at check time, the table is read once."""

from __future__ import annotations

import functools
import gzip
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from bot.checks.french import fold
from bot.checks.tone_features import KINDS, Sentence, is_marked, kind_weights, sentences

DATA = Path(__file__).resolve().parent / "data"
WORDS = DATA / "blame_words.tsv.gz"
WEIGHTS = DATA / "blame_model.json"

WORD = re.compile(r"[a-z]+")
_YOU = re.compile(r"\b(?:vous|votre|vos)\b")
_WE = re.compile(r"\b(?:nous|notre|nos)\b")
_OWNING_UP = re.compile(
    r"\b(?:regrett\w*|desolee?s?|excus\w*)\b|\bnous\s+comprenons\b|\bpas\s+tort\b|\bvous\s+avez\s+raison\b"
)
"""Regret, apology, understanding, the citizen proved right: a sentence that says one is never blame for the learned
score (the rules still look at it): its words (« pourtant », « visiblement ») fool the averaged vectors."""

HAND_FEATURES = (*KINDS, "marked", "you", "we")
"""The hand-set inputs, in the order of the weights: each kind's weight, a question or exclamation about the
citizen, and how often the sentence speaks of the citizen and of the service (capped at 3)."""


def hand_inputs(sentence: Sentence, text: str) -> list[float]:
    """The hand-set inputs of a sentence (`text`: its folded text), in the order of `HAND_FEATURES`."""
    weights = kind_weights(sentence)
    return [
        *(weights[kind] for kind in KINDS),
        float(is_marked(text)),
        float(min(len(_YOU.findall(text)), 3)),
        float(min(len(_WE.findall(text)), 3)),
    ]


@dataclass(frozen=True)
class BlameModel:
    word_scores: dict[str, float]
    """Each folded word's vector projected on the learned weights."""
    hand_weights: tuple[float, ...]
    bias: float
    threshold: float
    """The probability from which a sentence is blame."""

    def probability(self, sentence: Sentence, text: str) -> float:
        """How likely the sentence (`text`: its folded text) is blame, irony or condescension."""
        scores = [self.word_scores[word] for word in WORD.findall(text) if word in self.word_scores]
        meaning = sum(scores) / len(scores) if scores else 0.0
        hand = sum(w * x for w, x in zip(self.hand_weights, hand_inputs(sentence, text), strict=True))
        return 1.0 / (1.0 + math.exp(-(self.bias + meaning + hand)))


def owns_up(text: str) -> bool:
    """The folded sentence says the service regrets, apologises, understands, or the citizen is right."""
    return bool(_OWNING_UP.search(text))


def read_model(words: Path = WORDS, weights: Path = WEIGHTS) -> BlameModel:
    """The shipped model: the word table and the weights written by `scripts/train_blame.py`."""
    shipped = json.loads(weights.read_text(encoding="utf-8"))
    with gzip.open(words, "rt", encoding="utf-8") as table:
        word_scores = {word: float(score) for word, score in (line.split("\t") for line in table)}
    hand = tuple(float(shipped["hand_weights"][name]) for name in HAND_FEATURES)
    return BlameModel(word_scores, hand, float(shipped["bias"]), float(shipped["threshold"]))


@functools.cache
def shipped_model() -> BlameModel:
    """The shipped model, read once."""
    return read_model()


def learned_spans(draft: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `draft` that the learned score finds blaming (spaces and marks trimmed)."""
    model = shipped_model()
    folded = fold(draft)
    spans = []
    for sentence in sentences(folded):
        text = folded[sentence.start : sentence.end]
        if WORD.search(text) and not owns_up(text) and model.probability(sentence, text) >= model.threshold:
            start = sentence.start + len(text) - len(text.lstrip())
            spans.append((start, sentence.start + len(text.rstrip())))
    return spans
