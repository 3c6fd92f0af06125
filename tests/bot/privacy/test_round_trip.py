"""Pseudonymise then restore gives the original back; restoring never leaves a placeholder of the conversation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.privacy.engine import PresidioPseudonymiser
from bot.privacy.restore import restore
from bot.privacy.vault import Vault

CORPUS = Path(__file__).resolve().parents[2] / "data" / "privacy_corpus.jsonl"


def _corpus_sample() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[::12]]


@pytest.mark.parametrize("text", _corpus_sample())
def test_corpus_reviews_come_back_unchanged(pseudonymiser: PresidioPseudonymiser, text: str) -> None:
    """Every span comes back as the vault's spelling of its value: the same text when each value is written once
    ("Marie DUPONT" then "marie dupont" share one placeholder, restored in the first spelling)."""
    vault = Vault()
    result = pseudonymiser.pseudonymise(text, vault)

    restored = restore(result.text, vault)

    expected, cursor = [], 0
    for entity in result.entities:
        value = vault.value_of(entity.placeholder)
        assert value is not None
        assert _same_value(value, text[entity.start : entity.end])
        expected += [text[cursor : entity.start], value]
        cursor = entity.end
    assert restored.text == "".join([*expected, text[cursor:]])
    assert restored.invented == ()


def _same_value(left: str, right: str) -> bool:
    probe = Vault()
    return probe.placeholder_for("X", left) == probe.placeholder_for("X", right)


FRAGMENTS = [
    "Bonjour", "je suis", "Marie DUPONT", "mon fils Lucas", "au 06 12 34 56 78", "né le 3 mars 1985", "la CAF",
    "NIR 1 85 03 75 123 456 41", "allocataire 1234567", "France Travail", "identifiant 7741203B", "Mme Le Goff",
    "12 bis rue des Lilas 69003 Lyon", "jean.dupont@gmail.com", "IBAN FR76 3000 6000 0112 3456 7890 189", ",", ".",
    "\nCordialement,\n", "kevin lefebvre", "préfecture de Lyon", "3949", "le 12 avril", "dossier n° 2024-00123456",
    "plaque AB-123-CD", "merci", "$1 \\g<0>", "(.*)", "[sic]",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=12, unique=True))
def test_any_mix_of_fragments_round_trips(pseudonymiser: PresidioPseudonymiser, parts: list[str]) -> None:
    """Whatever the mix, restoring the pseudonymised text gives the text back, every placeholder restored."""
    text = " ".join(parts)
    vault = Vault()
    result = pseudonymiser.pseudonymise(text, vault)

    restored = restore(result.text, vault)

    assert restored.text == text
    assert restored.invented == ()
    for placeholder, _value in vault.entries():
        assert placeholder not in restored.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8), style=st.sampled_from(["upper", "bare"]))
def test_restoring_a_models_draft_leaves_no_placeholder_of_the_conversation(
    pseudonymiser: PresidioPseudonymiser, parts: list[str], style: str
) -> None:
    """The model repeats the placeholders it saw, in its own spelling: none is left in the restored draft."""
    vault = Vault()
    result = pseudonymiser.pseudonymise(" ".join(parts), vault)
    placeholders = [entity.placeholder for entity in result.entities]
    spelled = [p.title() if style == "upper" else p.strip("[]").replace("_", " ") for p in placeholders]
    draft = "Bonjour " + ", ".join(f"[{s.strip('[]')}]" for s in spelled) + "."

    restored = restore(draft, vault)

    for placeholder in placeholders:
        assert placeholder not in restored.text
        assert placeholder.strip("[]") not in restored.text
    assert restored.invented == ()
