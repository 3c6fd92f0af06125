"""A reply around one sentence, and the promises the checks find in it: shared by the promise tests."""

from __future__ import annotations

from bot.checks import Kind, Requirements, check_draft

OPENING = (
    "Bonjour,\n\nMerci pour votre message au sujet de votre passage dans notre agence, et pour le temps que vous "
    "avez pris pour nous décrire la situation."
)
REVIEW = "On m'a fait revenir trois fois pour la même pièce, et toujours rien sur mon compte."


def promises(sentence: str, instructions: str = "", review: str = REVIEW) -> list[str]:
    """The quoted text of each promise finding on a reply made of `sentence`."""
    draft = f"{OPENING} {sentence}\n\nBien cordialement,"
    findings = check_draft(draft, review, instructions, frozenset(), Requirements(min_words=0))
    return [draft[f.start : f.end] for f in findings if f.kind is Kind.PROMISE]
