"""Generate tests/data/privacy_corpus.jsonl: French reviews with their personal values and the words to keep.

    .venv/bin/python -m tests.data.make_corpus

Seeded, so the committed file can be regenerated identically. Each line: id, split, kind ("generated" or
"hand"), text, pii ([type, value] pairs) and keep (public-service words that must survive). Splits:
- "dev": the recognizers were tuned on it;
- "heldout": other templates and hand cases, written with the dev ones; never tuned on, but some of its leaks were
  read during development (and their kinds of errors fixed), so it is no longer blind;
- "fresh": the held-out templates with another seed and new hand cases; run blind once, then three kinds of
  errors it showed were fixed, so it is no longer blind either;
- "final": the held-out templates with a third seed and new hand cases, made after the last change to the
  recognizers: the split the targets are checked on.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path
from typing import Any

from faker import Faker

from tests.data import corpus_values as values
from tests.data.corpus_templates import DEV, HELDOUT
from tests.data.hard_cases import HAND_DEV
from tests.data.hard_cases_final import HAND_FINAL
from tests.data.hard_cases_fresh import HAND_FRESH
from tests.data.hard_cases_heldout import HAND_HELDOUT

OUTPUT = Path(__file__).with_name("privacy_corpus.jsonl")
SIZES = {"dev": (700, 20251128), "heldout": (450, 1789), "fresh": (350, 2718), "final": (350, 31415)}
PARTICLE_NAMES = ["Le Goff", "de La Fontaine", "Da Silva", "Ben Ali", "N'Diaye", "Dos Santos", "Van der Berg",
                  "El Amrani", "Le Gall", "de Villiers", "Le Bihan", "Diallo", "Nguyen", "Ould Ahmed"]  # fmt: skip
_KEEP = re.compile(r"⟦(.*?)⟧")
_SLOT = re.compile(r"\{(\w+)\}")


class Person:
    """A citizen and the spellings of their name."""

    def __init__(self, rng: random.Random, fake: Faker) -> None:
        female = rng.random() < 0.5
        self.first = fake.first_name_female() if female else fake.first_name_male()
        if rng.random() < 0.12:
            self.first = f"{self.first}-{fake.first_name_female() if female else fake.first_name_male()}"
        self.last = rng.choice(PARTICLE_NAMES) if rng.random() < 0.12 else fake.last_name()
        self.civility = rng.choice(["Mme", "Madame"] if female else ["M.", "Monsieur"])
        self.style = rng.choice(["First Last", "LAST First", "First LAST", "First Last", "LAST First"])

    def name(self) -> str:
        upper = self.last.upper()
        return {"First Last": f"{self.first} {self.last}", "LAST First": f"{upper} {self.first}",
                "First LAST": f"{self.first} {upper}"}[self.style]  # fmt: skip

    def surname(self, rng: random.Random) -> str:
        return rng.choice([self.last, self.last.upper()])


def _fill(template: str, rng: random.Random, fake: Faker, person: Person, pii: list[list[str]]) -> str:
    def slot(match: re.Match[str]) -> str:
        kind = match.group(1)
        if kind == "name":
            value = person.name()
            pii.append(["PERSONNE", value])
        elif kind == "name_lower":
            value = f"{person.first} {person.last}".lower()
            pii.append(["PERSONNE", value])
        elif kind == "surname":
            value = person.surname(rng)
            pii.append(["PERSONNE", value])
        elif kind == "civ":
            return person.civility
        elif kind in ("child", "relative"):
            value = fake.first_name()
            pii.append(["PERSONNE", value])
        elif kind == "agent":
            value = fake.last_name()
            pii.append(["PERSONNE", value])
        elif kind == "agent_full":
            value = fake.name()
            pii.append(["PERSONNE", value])
        elif kind == "city":
            return str(fake.city())
        elif kind == "email":
            value = values.email(rng, fake, person.first, person.last)
            pii.append(["EMAIL", value])
        elif kind == "address":
            value, street = values.address(rng, fake)
            pii.append(["ADRESSE", street])
        else:
            label, make = GENERATORS[kind]
            value = make(rng)
            pii.append([label, value])
        return value

    return _SLOT.sub(slot, template)


GENERATORS: dict[str, tuple[str, Any]] = {
    "phone": ("TELEPHONE", values.phone), "nir": ("NIR", values.nir), "iban": ("IBAN", values.iban),
    "card": ("CARTE_BANCAIRE", values.card), "fiscal": ("NUMERO_FISCAL", values.fiscal),
    "caf": ("NUMERO_ALLOCATAIRE", values.caf), "ft": ("IDENTIFIANT_FRANCE_TRAVAIL", values.france_travail),
    "passport": ("PASSEPORT", values.passport), "cni": ("CNI", values.cni), "plate": ("IMMATRICULATION", values.plate),
    "birth": ("DATE_NAISSANCE", values.birth_date), "ref": ("REFERENCE_DOSSIER", values.reference),
}  # fmt: skip


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def generated(split: str, count: int, seed: int) -> list[dict[str, Any]]:
    family = DEV if split == "dev" else HELDOUT  # "fresh", "final": held-out templates, other seeds
    rng, fake = random.Random(seed), Faker("fr_FR")
    fake.seed_instance(seed)
    messages = []
    for number in range(count):
        person, pii = Person(rng, fake), []
        parts = [
            rng.choice(family["intro"]),
            *rng.sample(family["body"], rng.choice([1, 2, 2, 3])),
            rng.choice(family["closing"]),
        ]
        text = "\n".join(part for part in (_fill(p, rng, fake, person, pii) for p in parts) if part)
        keep = _KEEP.findall(text)
        text = _KEEP.sub(lambda match: match.group(1), text)
        if rng.random() < 0.1:  # typed in a hurry: all lower case, sometimes without accents
            strip = _without_accents if rng.random() < 0.5 else (lambda s: s)
            text, keep = strip(text.lower()), [strip(word.lower()) for word in keep]
            pii = [[label, strip(value.lower())] for label, value in pii]
        messages.append(_message(f"{split}-{number:04d}", split, "generated", text, pii, keep))
    return messages


def _message(
    identifier: str, split: str, kind: str, text: str, pii: list[list[str]], keep: list[str]
) -> dict[str, Any]:
    unique = [list(pair) for pair in dict.fromkeys(tuple(pair) for pair in pii)]
    return {"id": identifier, "split": split, "kind": kind, "text": text, "pii": unique, "keep": sorted(set(keep))}


def main() -> None:
    messages = []
    for split, (count, seed) in SIZES.items():
        messages += generated(split, count, seed)
        hand = {"dev": HAND_DEV, "heldout": HAND_HELDOUT, "fresh": HAND_FRESH, "final": HAND_FINAL}[split]
        for number, (text, pii, keep) in enumerate(hand):
            messages.append(_message(f"{split}-hand-{number:02d}", split, "hand", text, [list(p) for p in pii], keep))
    with OUTPUT.open("w", encoding="utf-8") as handle:
        for message in messages:
            handle.write(json.dumps(message, ensure_ascii=False) + "\n")
    print(f"{len(messages)} messages -> {OUTPUT} ({OUTPUT.stat().st_size // 1024} Ko)")


if __name__ == "__main__":
    main()
