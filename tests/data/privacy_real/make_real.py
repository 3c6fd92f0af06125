"""Writes tests/data/privacy_real_dev.jsonl and privacy_real_heldout.jsonl from the labelled batches.

    .venv/bin/python -m tests.data.privacy_real.make_real

Round 1 (batches 1-6) was split by source page, never by sentence (passages of one page are alike): pages ordered
by the SHA-256 of their address and dealt to the smaller split. Its held-out half was run once, at the end of round
1, and has since been used for tuning: both halves are now dev, each record keeping its `origin`. Round 2's held-out
(SEEN: batches 7-9) was run once at the end of round 2 and is dev now too. The held-out split is round 3 (HELDOUT:
batches 10-13), written by a new hand from pages of no earlier split before any tuning of round 3; a held-out page
that is also in dev is an error. Every label is checked against the text: a value that does not occur verbatim is an
error.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from tests.data.privacy_real import (
    batch1,
    batch2,
    batch3,
    batch4,
    batch5,
    batch6,
    batch7,
    batch8,
    batch9,
    batch10,
    batch11,
    batch12,
    batch13,
)
from tests.data.privacy_real.record import R

DATA = Path(__file__).resolve().parents[1]
ROUNDS = ((batch1, batch2, batch3, batch4), (batch5, batch6))
"""Round 1, dealt by page hash into `round1-dev` and `round1-heldout` (both tuning data now)."""
SEEN = (batch7, batch8, batch9)
"""Round 2's held-out, run once at the end of round 2: tuning data now (`origin` round2-heldout)."""
HELDOUT = (batch10, batch11, batch12, batch13)
"""Round 3: the held-out split, written by a new hand, pages in no earlier split."""


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


def final_splits() -> dict[str, list[tuple[str, R]]]:
    """dev: both halves of round 1 and round 2's held-out, each record with its origin; heldout: round 3."""
    rounds = [[record for batch in batches for record in batch.RECORDS] for batches in ROUNDS]
    seen = [record for batch in SEEN for record in batch.RECORDS]
    heldout = [record for batch in HELDOUT for record in batch.RECORDS]
    for record in [record for records in rounds for record in records] + seen + heldout:
        _check(record)
    first = split(rounds)
    dev = [("round1-dev", r) for r in first["dev"]] + [("round1-heldout", r) for r in first["heldout"]]
    dev += [("round2-heldout", r) for r in seen]
    if shared := {r.source for _, r in dev} & {r.source for r in heldout}:
        raise ValueError(f"pages in both dev and held-out: {sorted(shared)}")
    return {"dev": dev, "heldout": [("round3-heldout", r) for r in heldout]}


def main() -> None:
    for name, chosen in final_splits().items():
        lines = [
            json.dumps(
                {
                    "id": f"real-{name}-{index:04d}",
                    "split": f"real-{name}",
                    "kind": "real",
                    "origin": origin,
                    "text": record.text,
                    "pii": [list(pair) for pair in record.pii],
                    "keep": record.keep,
                    "source": record.source,
                    "inserted": record.inserted,
                },
                ensure_ascii=False,
            )
            for index, (origin, record) in enumerate(chosen)
        ]
        (DATA / f"privacy_real_{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {len(chosen)} messages from {len({r.source for _, r in chosen})} pages")


if __name__ == "__main__":
    main()
