"""The real-text set is what tests/data/privacy_real/README.md says: 300+ labelled passages of tuning data and a
held-out split of 150+ from other pages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.data.privacy_real import make_real

DATA = make_real.DATA


def _split(name: str) -> list[dict[str, Any]]:
    path = DATA / f"privacy_real_{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_files_are_the_labelled_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(make_real, "DATA", tmp_path)
    make_real.main()
    for name in ("dev", "heldout"):
        written = (tmp_path / f"privacy_real_{name}.jsonl").read_text(encoding="utf-8")
        assert written == (DATA / f"privacy_real_{name}.jsonl").read_text(encoding="utf-8")


def test_size_labels_and_sources() -> None:
    dev, heldout = _split("dev"), _split("heldout")
    assert len(dev) >= 300 and len(heldout) >= 150
    assert {m["origin"] for m in dev} == {
        "round1-dev",
        "round1-heldout",
        "round2-heldout",
        "round3-heldout",
        "round4-heldout",
        "round5-heldout",
        "round6-heldout",
        "round7-heldout",
    }
    assert {m["origin"] for m in heldout} == {"round8-heldout"}
    for message in dev + heldout:
        assert message["source"].startswith(("http://", "https://"))
        for value in [value for _, value in message["pii"]] + message["keep"] + message["inserted"]:
            assert value in message["text"]
    assert sum(label == "PERSONNE" for m in dev + heldout for label, _ in m["pii"]) >= 200
    assert sum(bool(m["inserted"]) for m in heldout) >= 0.1 * len(heldout)


def test_no_page_is_in_both_splits() -> None:
    assert not {m["source"] for m in _split("dev")} & {m["source"] for m in _split("heldout")}


def test_no_page_is_in_both_splits_under_another_spelling() -> None:
    page = make_real.page
    assert not {page(m["source"]) for m in _split("dev")} & {page(m["source"]) for m in _split("heldout")}


def test_a_held_out_page_also_in_dev_under_another_spelling_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = make_real.R("https://www.example.org/page/", "Bonjour")
    again = make_real.R("http://example.org/page", "Bonjour")
    monkeypatch.setattr(make_real, "SEEN", {"round2-heldout": (type("Batch", (), {"RECORDS": [seen]}),)})
    monkeypatch.setattr(make_real, "HELDOUT", (type("Batch", (), {"RECORDS": [again]}),))
    with pytest.raises(ValueError, match="pages in both dev and held-out"):
        make_real.final_splits()


def test_a_label_missing_from_its_passage_is_refused() -> None:
    with pytest.raises(ValueError, match="is not in the passage"):
        make_real._check(make_real.R("https://example.org", "Bonjour", pii=[("PERSONNE", "Marie")]))
