"""Generate the check corpus: drafts from templates and drafts written by hand, split into dev and held-out.

The phrasings of each defect are written without looking at the checks' patterns, and split in two halves (seeds
15 and 1515). Round 1's held-out (the second halves and the even hand-written drafts) was run once and read: it is
dev now, like the rest of round 1 (ids keep their origin: `gen-heldout-…`). Round 2's held-out
(heldout_round2.py, `hand2-…`) and round 3's (heldout_round3.py, `hand3-…`) are dev now too. Round 4's
(heldout_round4.py, `hand4-…`), run once at the end of round 4, is dev now too. The held-out split is round 5's
(heldout_round5.py, `hand5-…`), written by a new hand who had not read the checks. See README.md.
Run: `.venv/bin/python -m tests.data.checks.make_corpus` (writes corpus.jsonl next to this file).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from bot.domain import AI_DISCLOSURE_DEFAULT
from tests.data.checks.dev_round3 import ROUND3 as TUNER3
from tests.data.checks.hand_written import HAND
from tests.data.checks.heldout_round2 import HELDOUT as ROUND2
from tests.data.checks.heldout_round3 import HELDOUT as ROUND3, Case
from tests.data.checks.heldout_round4 import HELDOUT as ROUND4
from tests.data.checks.heldout_round5 import HELDOUT as ROUND5
from tests.data.checks.phrasings import (
    BLAME,
    BODIES,
    CLOSINGS,
    ENGLISH,
    GAPS,
    GREETINGS,
    PROMISES,
    REVIEWS,
    SUPPORTED_PROMISES,
    TEAMS,
)

HERE = Path(__file__).resolve().parent
DISCLOSURE = AI_DISCLOSURE_DEFAULT


def _half(items: list[str], split: str) -> list[str]:
    middle = (len(items) + 1) // 2
    return items[:middle] if split == "dev" else items[middle:]


def _draft(rng: random.Random, split: str, team: dict[str, str], *, greeting: bool = True, politeness: bool = True,
           signature: bool = True, disclosure: bool = True, body: list[str] | None = None) -> str:  # fmt: skip
    lines = []
    if greeting:
        lines.append(rng.choice(_half(GREETINGS, split)))
    lines.append(" ".join(body if body is not None else rng.sample(_half(BODIES, split), 3)))
    if politeness:
        lines.append(team["politeness"] or rng.choice(CLOSINGS))
    if signature and team["signature"]:
        lines.append(team["signature"])
    if disclosure and team["disclosure"]:
        lines.append(DISCLOSURE)
    return "\n\n".join(lines)


def _record(split: str, number: int, draft: str, review: str, instructions: str, placeholders: list[str],
            team: dict[str, str], public: bool, expected: list[str]) -> dict[str, object]:  # fmt: skip
    return {
        "id": f"gen-{split}-{number:03d}",
        "split": split,
        "source": "generated",
        "draft": draft,
        "review": review,
        "instructions": instructions,
        "placeholders": placeholders,
        "requirements": {
            "politeness": team["politeness"],
            "signature": team["signature"],
            "ai_disclosure": DISCLOSURE if team["disclosure"] else "",
            "public_replies": public,
        },
        "expected": expected,
    }


def generate(split: str, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    records: list[dict[str, object]] = []

    def add(draft: str, expected: list[str], *, instructions: str = "", public: bool = False,
            team: dict[str, str] | None = None, review: tuple[str, list[str]] | None = None) -> None:  # fmt: skip
        chosen = team or rng.choice(TEAMS)
        text, placeholders = review or rng.choice(REVIEWS)
        records.append(_record(split, len(records), draft, text, instructions, placeholders, chosen, public, expected))

    for _ in range(60):  # clean, in all kinds of channels
        team = rng.choice(TEAMS)
        add(_draft(rng, split, team), [], team=team, public=rng.random() < 0.5)
    for promise, instruction in _half(SUPPORTED_PROMISES, split):  # clean: the instructions say so
        team = rng.choice(TEAMS)
        body = [*rng.sample(_half(BODIES, split), 2), promise]
        add(_draft(rng, split, team, body=body), [], team=team, instructions=instruction)
    for phrase in _half(PROMISES, split):
        team = rng.choice(TEAMS)
        body = [*rng.sample(_half(BODIES, split), 2), phrase]
        rng.shuffle(body)
        add(_draft(rng, split, team, body=body), ["promise"], team=team)
    for gap in _half(GAPS, split):
        team = rng.choice(TEAMS)
        body = [*rng.sample(_half(BODIES, split), 2), gap]
        add(_draft(rng, split, team, body=body), ["placeholder"], team=team)
    for phrase in _half(BLAME, split):
        team = rng.choice(TEAMS)
        body = [rng.choice(_half(BODIES, split)), phrase, rng.choice(_half(BODIES, split))]
        add(_draft(rng, split, team, body=body), ["blame"], team=team)
    for text in _half(ENGLISH, split):
        add(text, ["language", "greeting"], team={"politeness": "", "signature": "", "disclosure": ""})
    for _ in range(6):
        team = rng.choice([t for t in TEAMS if t["politeness"]])
        add(_draft(rng, split, team, politeness=False), ["politeness"], team=team)
        team = rng.choice([t for t in TEAMS if t["signature"]])
        add(_draft(rng, split, team, signature=False), ["signature"], team=team)
        team = rng.choice([t for t in TEAMS if t["disclosure"]])
        add(_draft(rng, split, team, disclosure=False), ["ai_disclosure"], team=team)
        team = rng.choice(TEAMS)
        add(_draft(rng, split, team, greeting=False), ["greeting"], team=team)
        team = rng.choice(TEAMS)
        add(_draft(rng, split, team, body=[rng.choice(_half(BODIES, split))]), ["length"], team=team)
        long_body = [sentence for sentence in _half(BODIES, split) for _ in range(3)]  # well past 300 words
        add(_draft(rng, split, team, body=long_body), ["length"], team=team)
    for text, placeholders in [r for r in REVIEWS if r[1]]:
        for public in (True, False):
            team = rng.choice(TEAMS)
            label = placeholders[0]
            greeting = f"Bonjour {label}," if label.startswith("[PERSONNE") else rng.choice(_half(GREETINGS, split))
            mention = "" if label.startswith("[PERSONNE") else f" Nous avons bien noté la référence {label}."
            body = [*rng.sample(_half(BODIES, split), 3)]
            body[1] += mention
            draft = _draft(rng, split, team, greeting=False, body=body)
            add(f"{greeting}\n\n{draft}", ["personal_data"] if public else [], team=team, public=public,
                review=(text, placeholders))  # fmt: skip
            invented = label.replace("_1]", "_7]")
            draft = _draft(rng, split, team, body=[*body[:2], f"Nous avons transmis votre message à {invented}."])
            add(draft, ["placeholder"], team=team, public=False, review=(text, placeholders))
    return records


def hand_written() -> list[dict[str, object]]:
    """Round 1's hand-written drafts: odd ones were dev, even ones held-out; all are dev now."""
    return [
        {
            "id": f"hand-{number:03d}",
            "split": "dev",
            "source": "hand",
            "draft": draft,
            "review": review,
            "instructions": instructions,
            "placeholders": placeholders,
            "requirements": requirements,
            "expected": expected,
        }
        for number, (draft, review, instructions, placeholders, requirements, expected) in enumerate(HAND, 1)
    ]


def written_by_hand(prefix: str, split: str, cases: list[Case]) -> list[dict[str, object]]:
    """A later round's hand-written drafts, numbered from 1 under their round's prefix."""
    return [
        {
            "id": f"{prefix}-{number:03d}",
            "split": split,
            "source": "hand",
            "draft": draft,
            "review": review,
            "instructions": instructions,
            "placeholders": placeholders,
            "requirements": requirements,
            "expected": expected,
        }
        for number, (draft, review, instructions, placeholders, requirements, expected) in enumerate(cases, 1)
    ]


def corpus() -> list[dict[str, object]]:
    """dev: all of round 1 (its former held-out half relabelled), rounds 2, 3 and 4 and the round-3 tuner's drafts;
    heldout: round 5's drafts."""
    seen = [{**record, "split": "dev"} for record in generate("heldout", 1515)]
    round2 = written_by_hand("hand2", "dev", ROUND2)
    tuner = written_by_hand("dev3", "dev", TUNER3)
    round3 = written_by_hand("hand3", "dev", ROUND3)
    round4 = written_by_hand("hand4", "dev", ROUND4)
    round5 = written_by_hand("hand5", "heldout", ROUND5)
    return generate("dev", 15) + seen + hand_written() + round2 + tuner + round3 + round4 + round5


def main() -> None:
    records = corpus()
    out = HERE / "corpus.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"{len(records)} drafts written to {out}")


if __name__ == "__main__":
    main()
