"""The check corpus: well formed, large enough, split into dev and held-out, regenerated identically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.quality import CORPUS, load
from bot.checks import Kind, Requirements
from tests.data.checks.make_corpus import corpus

KINDS = {kind.value for kind in Kind}


def test_the_corpus_is_well_formed_and_split() -> None:
    records = load(CORPUS)

    assert len(records) >= 300 and len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["split"] in {"dev", "heldout"} and record["source"] in {"generated", "hand"}
        assert isinstance(record["draft"], str) and record["draft"].strip()
        assert set(record["expected"]) <= KINDS
        Requirements(**record["requirements"])
    for split in ("dev", "heldout"):
        chosen = [r for r in records if r["split"] == split]
        assert sum(not r["expected"] for r in chosen) >= 50
        assert {kind for r in chosen for kind in r["expected"]} == KINDS


def test_dev_and_heldout_share_no_case() -> None:
    """The same draft may come back with other instructions or settings (a supported promise), never as is."""
    records = load(CORPUS)

    def case(record: dict[str, Any]) -> str:
        return json.dumps({k: v for k, v in record.items() if k not in {"id", "split"}}, sort_keys=True)

    dev = {case(r) for r in records if r["split"] == "dev"}
    assert not dev & {case(r) for r in records if r["split"] == "heldout"}


def test_the_stored_corpus_is_what_the_generator_writes() -> None:
    stored = Path(CORPUS).read_text(encoding="utf-8").splitlines()

    assert len(stored) == len(corpus())
    assert load(CORPUS) == corpus()


def test_the_held_out_split_is_round_5_written_by_hand() -> None:
    """Rounds 1 to 4 were held out in their turn: they are dev now; round 5's hand-written drafts are the only
    held-out."""
    records = load(CORPUS)

    heldout = [r for r in records if r["split"] == "heldout"]
    assert len(heldout) >= 150 and all(r["id"].startswith("hand5-") and r["source"] == "hand" for r in heldout)
    former = ("gen-heldout-", "hand-", "hand2-", "hand3-", "hand4-")
    assert all(r["split"] == "dev" for r in records if r["id"].startswith(former))
    assert sum(r["id"].startswith("hand2-") for r in records) >= 120
    assert sum(r["id"].startswith("hand3-") for r in records) >= 150
