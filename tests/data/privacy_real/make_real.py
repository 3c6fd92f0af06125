"""Writes tests/data/privacy_real_dev.jsonl and privacy_real_heldout.jsonl from the labelled batches.

    .venv/bin/python -m tests.data.privacy_real.make_real

Round 1 (batches 1-6) was split by source page, never by sentence (passages of one page are alike): pages ordered
by the SHA-256 of their address and dealt to the smaller split. Its held-out half was run once, at the end of round
1, and has since been used for tuning: both halves are now dev, each record keeping its `origin`. The held-out splits
of round 2 (batches 7-9) and round 3 (batches 10-13) were each run once at the end of their round and are dev now
too (SEEN), and so are those of rounds 4 to 7 (batches 14-29). The held-out split is round 8 (HELDOUT), written
blind by a new hand from pages of no earlier split before any tuning of round 8; a held-out page
that is also in dev, under any spelling of its address, is an error. Every label is checked against the text: a value
that does not occur verbatim is an error.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from types import ModuleType

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
    batch14,
    batch15,
    batch16,
    batch17,
    batch18,
    batch19,
    batch20,
    batch21,
    batch22,
    batch23,
    batch24,
    batch25,
    batch26,
    batch27,
    batch28,
    batch29,
    batch30,
    batch31,
    batch32,
    batch33,
)
from tests.data.privacy_real.record import R

DATA = Path(__file__).resolve().parents[1]
ROUNDS = ((batch1, batch2, batch3, batch4), (batch5, batch6))
"""Round 1, dealt by page hash into `round1-dev` and `round1-heldout` (both tuning data now)."""
SEEN = {
    "round2-heldout": (batch7, batch8, batch9),
    "round3-heldout": (batch10, batch11, batch12, batch13),
    "round4-heldout": (batch14, batch15, batch16, batch17),
    "round5-heldout": (batch18, batch19, batch20, batch21),
    "round6-heldout": (batch22, batch23, batch24, batch25),
    "round7-heldout": (batch26, batch27, batch28, batch29),
}
"""Held-out splits of rounds 2 to 7, each run once at the end of its round: tuning data now (`origin` kept)."""
HELDOUT: tuple[ModuleType, ...] = (batch30, batch31, batch32, batch33)
"""Round 8: the held-out split, written blind by a new hand, pages in no earlier split."""


def _check(record: R) -> None:
    for value in [value for _, value in record.pii] + record.keep + record.inserted:
        if value not in record.text:
            raise ValueError(f"{value!r} is not in the passage of {record.source}")


def page(source: str) -> str:
    """The address without scheme, `www.` and trailing slash: one page under two spellings is one page."""
    return source.split("://", 1)[1].removeprefix("www.").rstrip("/")


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
    """dev: round 1 (both halves) and the held-out splits of rounds 2-7, each with its origin; heldout: round 8."""
    rounds = [[record for batch in batches for record in batch.RECORDS] for batches in ROUNDS]
    seen = [(origin, record) for origin, batches in SEEN.items() for batch in batches for record in batch.RECORDS]
    heldout = [record for batch in HELDOUT for record in batch.RECORDS]
    for record in [record for records in rounds for record in records] + [r for _, r in seen] + heldout:
        _check(record)
    first = split(rounds)
    dev = [("round1-dev", r) for r in first["dev"]] + [("round1-heldout", r) for r in first["heldout"]]
    dev += seen
    if shared := {page(r.source) for _, r in dev} & {page(r.source) for r in heldout}:
        raise ValueError(f"pages in both dev and held-out: {sorted(shared)}")
    return {"dev": dev, "heldout": [("round8-heldout", r) for r in heldout]}


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
