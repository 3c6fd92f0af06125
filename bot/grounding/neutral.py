"""Placeholders of another conversation made neutral, so that they can never be restored into this one.

« Bonjour Madame [PERSONNE_3] » of a past thread becomes « Bonjour Madame, Monsieur », « sur [TELEPHONE_1] »
becomes « sur votre numéro de téléphone » (the neutral forms of public replies, bot/checks/placeholders.py): what
is left has no `[LABEL_N]` that the current conversation's vault could fill with its own citizen's data.
"""

from __future__ import annotations

from bot.checks.placeholders import publishable_version
from bot.domain import PseudonymisedText
from bot.privacy.restore import PLACEHOLDER_PATTERN, canonical_placeholder


def neutralise(text: str) -> PseudonymisedText:
    """`text` with every placeholder, bracketed or bare, replaced by a neutral form."""
    found = {
        canonical_placeholder(
            match.group("label") or match.group("bare_label"), match.group("number") or match.group("bare_number")
        )
        for match in PLACEHOLDER_PATTERN.finditer(text)
    }
    return PseudonymisedText(publishable_version(text, found) if found else text)
