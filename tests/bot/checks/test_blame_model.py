"""The learned blame score: its arithmetic on a small hand-made table, the shipped model on sentences it was not
trained on (tests/data/checks/fresh_blame.py), and how its findings join the rules'."""

from __future__ import annotations

import gzip
import json
import math
from pathlib import Path

import pytest

from bot.checks import Kind, Requirements, check_draft
from bot.checks.blame_model import HAND_FEATURES, learned_spans, read_model, shipped_model
from bot.checks.french import fold
from bot.checks.tone import blame_spans, rule_spans
from bot.checks.tone_features import sentences
from tests.data.checks.dev_round3 import reply
from tests.data.checks.fresh_blame import FRESH_CLEAN


def _model(tmp_path: Path, words: dict[str, float], hand: dict[str, float], bias: float) -> Path:
    table = tmp_path / "words.tsv.gz"
    with gzip.open(table, "wt", encoding="utf-8") as out:
        out.writelines(f"{word}\t{score}\n" for word, score in words.items())
    weights = tmp_path / "weights.json"
    weights.write_text(json.dumps({"bias": bias, "threshold": 0.5, "hand_weights": hand}))
    return table


def test_score_is_the_mean_of_known_words_plus_the_hand_features(tmp_path: Path) -> None:
    hand = dict.fromkeys(HAND_FEATURES, 0.0) | {"you": 0.5}
    table = _model(tmp_path, {"pretendu": 3.0, "appel": -1.0}, hand, bias=-1.0)
    model = read_model(table, tmp_path / "weights.json")
    text = fold("Votre prétendu appel inconnu.")
    sentence = sentences(text)[0]
    # known words: « pretendu » (3) and « appel » (-1), mean 1; « votre » once: 0.5; bias -1
    assert model.probability(sentence, text) == pytest.approx(1 / (1 + math.exp(-(1.0 + 0.5 - 1.0))))


def test_a_sentence_without_known_words_weighs_only_its_features(tmp_path: Path) -> None:
    table = _model(tmp_path, {"pretendu": 3.0}, dict.fromkeys(HAND_FEATURES, 0.0), bias=-2.0)
    model = read_model(table, tmp_path / "weights.json")
    text = fold("Bonjour.")
    assert model.probability(sentences(text)[0], text) == pytest.approx(1 / (1 + math.exp(2.0)))


def test_the_shipped_table_covers_french_words_beyond_the_corpus() -> None:
    words = shipped_model().word_scores
    assert len(words) > 100_000
    assert {"desinvolture", "negligence", "inattention", "reglementation"} <= words.keys()


@pytest.mark.parametrize(
    "sentence",
    [
        # fresh sentences the rules miss and the learned score finds (written before any training; never trained on)
        "Votre impatience ne fera pas avancer votre dossier plus vite que celui des autres.",
        "Votre relance quotidienne ne change évidemment rien au délai légal.",
        "Il serait temps que vous preniez vos obligations au sérieux.",
    ],
)
def test_blame_the_rules_miss_is_found_by_the_learned_score(sentence: str) -> None:
    draft = reply(sentence)
    assert not rule_spans(draft)
    found = [draft[start:end] for start, end in learned_spans(draft)]
    assert found == [sentence]
    findings = check_draft(draft, "avis", "", frozenset(), Requirements(min_words=0))
    assert [draft[f.start : f.end] for f in findings if f.kind is Kind.BLAME] == [sentence]


@pytest.mark.parametrize("sentence", FRESH_CLEAN)
def test_plain_sentences_are_not_blame(sentence: str) -> None:
    assert blame_spans(reply(sentence)) == []


def test_a_plain_reply_has_no_learned_finding() -> None:
    assert learned_spans(reply("Votre dossier est en cours d'instruction.")) == []
