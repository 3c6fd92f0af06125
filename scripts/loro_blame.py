"""Leave-one-round-out: how the blame check (and the other checks' false alarms) would do on a hand it did not see.

    .venv/bin/python -m scripts.loro_blame                                 # the trainer's settings
    .venv/bin/python -m scripts.loro_blame --l2-hand 10 --added-false-alarms 0.005  # other settings

For each hand-written round (hand2, dev3, hand3, hand4), the learned blame score is trained on every other dev
draft (its threshold chosen by cross-validation inside that training part, as `train_blame` does), then run on the
round left out. The rules are fixed code: they were tuned on the earlier rounds, so only their figures on rounds
written after them are blind (see tests/data/checks/README.md); they are printed as they are.
"""

from __future__ import annotations

import argparse
from typing import Any

import scripts.train_blame as trainer_settings
from bench.quality import CORPUS, found_kinds, load
from bot.checks import Kind
from bot.checks.tone import rule_spans
from scripts.train_blame import Trainer, folded_vectors, threshold_for

ROUNDS = ("hand2", "dev3", "hand3", "hand4")


def round_of(record: dict[str, Any]) -> str:
    return str(record["id"]).split("-", 1)[0]


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} ({hits / total:.0%})" if total else "-"


def learned_out_of_round(trainer: Trainer, rules: list[bool], left_out: str) -> tuple[dict[int, float], float]:
    """The scores of the round's drafts by a model trained without it, and the threshold chosen without it."""
    records = trainer.records
    training = [i for i, r in enumerate(records) if round_of(r) != left_out]
    out_of_fold = trainer.cross_validate(training)
    threshold = threshold_for(
        [out_of_fold[i] for i in training],
        [not records[i]["expected"] for i in training],
        [rules[i] for i in training],
    )
    model = trainer.train(training)
    tested = [i for i, r in enumerate(records) if round_of(r) == left_out]
    return {i: trainer.draft_score(model, i) for i in tested}, threshold


def blame_rows(trainer: Trainer) -> None:
    records = trainer.records
    rules = [bool(rule_spans(r["draft"])) for r in records]
    print("round   blame: rules  learned  either       | false alarms on clean: rules  learned  either  | threshold")
    for left_out in ROUNDS:
        scores, threshold = learned_out_of_round(trainer, rules, left_out)
        blamed = [i for i in scores if trainer.blame[i]]
        clean = [i for i in scores if not records[i]["expected"]]
        cells = []
        for chosen in (blamed, clean):
            cells += [
                _rate(sum(rules[i] for i in chosen), len(chosen)),
                _rate(sum(scores[i] >= threshold for i in chosen), len(chosen)),
                _rate(sum(rules[i] or scores[i] >= threshold for i in chosen), len(chosen)),
            ]
        print(f"{left_out:7} " + "  ".join(cells[:3]) + " | " + "  ".join(cells[3:]) + f" | {threshold:.3f}")


def check_rows(records: list[dict[str, Any]]) -> None:
    """The fixed checks per round: promise detection, and each check's false alarms on clean drafts."""
    found = [found_kinds(r) for r in records]
    print("round   promise found   false alarms on clean drafts per check (only those that fire)")
    for name in ROUNDS:
        chosen = [(r, f) for r, f in zip(records, found, strict=True) if round_of(r) == name]
        promised = [f for r, f in chosen if Kind.PROMISE.value in r["expected"]]
        clean = [f for r, f in chosen if not r["expected"]]
        alarms = {k.value: sum(k.value in f for f in clean) for k in Kind}
        fired = ", ".join(f"{kind} {_rate(n, len(clean))}" for kind, n in alarms.items() if n)
        print(f"{name:7} {_rate(sum('promise' in f for f in promised), len(promised)):14}  {fired or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks-only", action="store_true", help="skip the learned score (no spaCy vectors)")
    parser.add_argument("--l2-hand", type=float, default=trainer_settings.L2_HAND)
    parser.add_argument("--added-false-alarms", type=float, default=trainer_settings.ADDED_FALSE_ALARMS)
    args = parser.parse_args()
    trainer_settings.L2_HAND = args.l2_hand
    trainer_settings.ADDED_FALSE_ALARMS = args.added_false_alarms
    records = [r for r in load(CORPUS) if r["split"] == "dev"]
    check_rows(records)
    if not args.checks_only:
        blame_rows(Trainer(records, folded_vectors()))


if __name__ == "__main__":
    main()
