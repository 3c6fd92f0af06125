"""What a channel's settings require of its replies, and a lead's typed word bounds."""

from __future__ import annotations

import pytest

from bot.channel_settings import word_bound
from bot.checks import Kind, Requirements, check_draft
from bot.domain import ChannelSettings
from bot.models.prompting import channel_instructions

BODY = "Nous avons bien reçu votre message et nous vous remercions de votre confiance. " * 3


def test_public_replies_bounds_and_greeting_come_from_the_channel_settings() -> None:
    settings = ChannelSettings("C1", public_replies=True, min_words=10, max_words=60, greeting_required=False)

    assert Requirements.from_settings(settings) == Requirements(
        greeting=False, public_replies=True, min_words=10, max_words=60
    )
    assert Requirements.from_settings(ChannelSettings("C1")) == Requirements()


def test_a_channel_without_greeting_required_is_not_told_one_is_missing() -> None:
    draft = f"{BODY}\n\nBien cordialement,"
    required = Requirements.from_settings(ChannelSettings("C1"))
    relaxed = Requirements.from_settings(ChannelSettings("C1", greeting_required=False))

    assert Kind.GREETING in [f.kind for f in check_draft(draft, "avis", "", frozenset(), required)]
    assert Kind.GREETING not in [f.kind for f in check_draft(draft, "avis", "", frozenset(), relaxed)]


def test_a_public_channel_finds_the_citizens_data_in_a_reply() -> None:
    draft = f"Bonjour [PERSONNE_1],\n\n{BODY}"
    public = Requirements.from_settings(ChannelSettings("C1", public_replies=True))

    kinds = [f.kind for f in check_draft(draft, "avis", "", frozenset({"[PERSONNE_1]"}), public)]
    assert kinds == [Kind.PERSONAL_DATA]


@pytest.mark.parametrize(
    ("typed", "bound"),
    [("40", 40), (" 250 ", 250), (2000, 2000), ("", None), ("0", None), ("2001", None), ("-3", None), ("1,5", None),
     (None, None), (True, None)],
)  # fmt: skip
def test_a_typed_word_bound_is_a_whole_number_from_1_to_2000(typed: object, bound: int | None) -> None:
    assert word_bound(typed) == bound


def test_the_model_is_asked_for_what_the_channel_checks() -> None:
    public = channel_instructions(ChannelSettings("C1", public_replies=True, min_words=40, max_words=150))

    assert "sera publiée" in public and "« Madame, Monsieur »" in public
    assert "de 40 à 150 mots" in public
    assert channel_instructions(ChannelSettings("C1")) == ""
