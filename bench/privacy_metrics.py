"""Leak and keep measures of the privacy benchmark: a value leaks if it survives anywhere, spaced or compact."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

FREE_TEXT = frozenset({"PERSONNE", "ADRESSE"})
"""Everything else is a structured identifier: the target is zero leaks."""

_PARTICLES = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "da",
        "dos",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "el",
        "al",
        "ould",
        "d'",
        "mme",
        "m.",
        "mr",
        "madame",
        "monsieur",
    ]
)
_STREET = re.compile(r"^\s*\d+\s*(?:bis|ter|quater|[a-d])?\b\s*,?\s*", re.IGNORECASE)


def _compact(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


def leaked(label: str, value: str, output: str) -> bool:
    """Whether `value` (of type `label`) can still be read in `output`."""
    if label == "PERSONNE":
        words = [w for w in re.findall(r"[\w'’-]+", value) if len(w) > 1 and w.lower() not in _PARTICLES]
        return any(re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", output) for word in words)
    if label == "ADRESSE":
        street = " ".join(_STREET.sub("", value).split()).casefold()
        return street in " ".join(output.split()).casefold()
    if label == "EMAIL":
        return value.casefold() in output.casefold()
    compact = _compact(value)
    return len(compact) >= 4 and compact in _compact(output)


@dataclass
class Figures:
    """What one engine did on one split."""

    messages: int = 0
    values: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    leaky_messages: list[str] = field(default_factory=list)
    leaked_values: list[tuple[str, str, str]] = field(default_factory=list)
    keep_total: int = 0
    keep_kept: int = 0
    lost_words: list[tuple[str, str]] = field(default_factory=list)

    @property
    def structured_leaks(self) -> int:
        return sum(count for label, count in self.leaks.items() if label not in FREE_TEXT)

    def recall(self, label: str) -> float:
        return 1 - self.leaks[label] / self.values[label] if self.values[label] else float("nan")


def measure(messages: list[dict[str, Any]], outputs: dict[str, str]) -> Figures:
    figures = Figures()
    for message in messages:
        output = outputs[message["id"]]
        figures.messages += 1
        any_leak = False
        for label, value in message["pii"]:
            figures.values[label] += 1
            if leaked(label, value, output):
                figures.leaks[label] += 1
                figures.leaked_values.append((message["id"], label, value))
                any_leak = True
        if any_leak:
            figures.leaky_messages.append(message["id"])
        for word in message["keep"]:
            figures.keep_total += 1
            if word in output:
                figures.keep_kept += 1
            else:
                figures.lost_words.append((message["id"], word))
    return figures
