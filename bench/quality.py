"""Quality benchmark of the checks on every draft: per check, detection and false alarms, dev and held-out.

    make bench-quality                                      # both splits, side by side
    .venv/bin/python -m bench.quality --splits dev --show dev   # tune on dev only, with the misses listed

Detection: among drafts whose expected findings include a check's kind, the share where that check fires. False
alarms: among clean drafts (no expected finding), the share where it fires. Time per draft: process CPU time over
the whole corpus, several rounds, best round (one core, no spaCy; the machine is shared, so figures are noisy).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.checks import Kind, Requirements, check_draft

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "checks" / "corpus.jsonl"
SPLITS = ["dev", "heldout"]
TARGETS = {"detected": 0.95, "false_alarms": 0.03, "ms_per_draft": 5.0}


def load(corpus: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def found_kinds(record: dict[str, Any]) -> set[str]:
    findings = check_draft(
        record["draft"],
        record["review"],
        record["instructions"],
        frozenset(record["placeholders"]),
        Requirements(**record["requirements"]),
    )
    return {finding.kind.value for finding in findings}


def _rate(hits: int, total: int) -> str:
    return f"{hits:>3}/{total:<3} {hits / total:6.1%}" if total else "    -         "


def table(records: list[dict[str, Any]], splits: Sequence[str]) -> list[str]:
    found = [found_kinds(record) for record in records]
    header = "check".ljust(15) + "".join(f"detected {s}".ljust(24) + f"false alarms {s}".ljust(26) for s in splits)
    lines = [header]
    for kind in Kind:
        row = kind.value.ljust(15)
        for split in splits:
            chosen = [(r, f) for r, f in zip(records, found, strict=True) if r["split"] == split]
            defective = [f for r, f in chosen if kind.value in r["expected"]]
            clean = [f for r, f in chosen if not r["expected"]]
            row += _rate(sum(kind.value in f for f in defective), len(defective)).ljust(24)
            row += _rate(sum(kind.value in f for f in clean), len(clean)).ljust(26)
        lines.append(row)
    row = "any (clean)".ljust(15)
    for split in splits:
        clean = [f for r, f in zip(records, found, strict=True) if r["split"] == split and not r["expected"]]
        row += "".ljust(24) + _rate(sum(bool(f) for f in clean), len(clean)).ljust(26)
    lines.append(row)
    return lines


def misses(records: list[dict[str, Any]], split: str) -> list[str]:
    """Each draft of `split` where a check missed or fired on a clean draft: for tuning on dev, never held-out."""
    out = []
    for record in records:
        if record["split"] != split:
            continue
        found = found_kinds(record)
        missed = set(record["expected"]) - found
        alarms = found if not record["expected"] else set()
        if missed or alarms:
            out.append(f"{record['id']} missed={sorted(missed)} alarms={sorted(alarms)}: {record['draft']!r}")
    return out


def ms_per_draft(records: list[dict[str, Any]], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for record in records:
            found_kinds(record)
        best = min(best, time.process_time() - start)
    return best * 1000 / len(records)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--splits", default=",".join(SPLITS), help="comma list (tune on dev only)")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds (best one kept)")
    parser.add_argument("--show", help="list the misses and false alarms of this split (dev only, when tuning)")
    args = parser.parse_args(argv)
    splits = args.splits.split(",")
    records = [record for record in load(args.corpus) if record["split"] in splits]
    print(", ".join(f"split « {s} » : {sum(r['split'] == s for r in records)} drafts" for s in splits))
    print("\n".join(table(records, splits)))
    print(f"time per draft (CPU, best of {args.rounds} rounds, no spaCy): {ms_per_draft(records, args.rounds):.3f} ms")
    print(
        f"Objectifs : détection ≥ {TARGETS['detected']:.0%}, fausses alertes ≤ {TARGETS['false_alarms']:.0%} "
        f"sur les brouillons propres, < {TARGETS['ms_per_draft']:.0f} ms par brouillon"
    )
    if args.show:
        print("\n".join(misses(records, args.show)))


if __name__ == "__main__":
    main()
