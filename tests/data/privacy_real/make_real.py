"""Writes tests/data/privacy_real_dev.jsonl and privacy_real_heldout.jsonl from the labelled batches.

    .venv/bin/python -m tests.data.privacy_real.make_real

The split is by source page, never by sentence (passages of one page are alike): pages are ordered by the SHA-256
of their address and dealt to the smaller split, so it is fixed by the addresses alone, decided before any tuning.
Batches are dealt in rounds (ROUNDS), each round on its own, so that adding a batch never moves a page of an
earlier round from one split to the other; a page quoted again in a later round stays in its split.
Every label is checked against the text: a value that does not occur verbatim is an error.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from tests.data.privacy_real import batch1, batch2, batch3, batch4, batch5, batch6
from tests.data.privacy_real.record import R

DATA = Path(__file__).resolve().parents[1]
ROUNDS = ((batch1, batch2, batch3, batch4), (batch5, batch6))


def _check(record: R) -> None:
    for value in [value for _, value in record.pii] + record.keep + record.inserted:
        if value not in record.text:
            raise ValueError(f"{value!r} is not in the passage of {record.source}")


def split(rounds: list[list[R]]) -> dict[str, list[R]]:
    splits: dict[str, list[R]] = {"dev": [], "heldout": []}
    placed: dict[str, str] = {}
    for records in rounds:
        by_source: dict[str, list[R]] = defaultdict(list)
        for record in records:
            by_source[record.source].append(record)
        dealt: dict[str, list[R]] = {"dev": [], "heldout": []}
        for source in sorted(by_source, key=lambda s: hashlib.sha256(s.encode()).hexdigest()):
            name = placed.get(source) or min(dealt, key=lambda n: (len(dealt[n]), n))
            dealt[name] += by_source[source]
            placed[source] = name
        for name in splits:
            splits[name] += dealt[name]
    return splits


def main() -> None:
    rounds = [[record for batch in batches for record in batch.RECORDS] for batches in ROUNDS]
    for record in (record for records in rounds for record in records):
        _check(record)
    for name, chosen in split(rounds).items():
        lines = [
            json.dumps(
                {
                    "id": f"real-{name}-{index:04d}",
                    "split": f"real-{name}",
                    "kind": "real",
                    "text": record.text,
                    "pii": [list(pair) for pair in record.pii],
                    "keep": record.keep,
                    "source": record.source,
                    "inserted": record.inserted,
                },
                ensure_ascii=False,
            )
            for index, record in enumerate(chosen)
        ]
        (DATA / f"privacy_real_{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(chosen)} messages from {len({r.source for r in chosen})} pages")


if __name__ == "__main__":
    main()
