"""Which approved replies of the channel a draft is shown as examples: the closest ones, and its réponses types."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.domain import ChannelSettings, Conversation, PseudonymisedText
from bot.grounding.neutral import neutralise
from bot.grounding.terms import query_terms, stems
from bot.ports.chat import DraftSource
from bot.ports.examples import ExampleStore, GroundingExample

log = logging.getLogger(__name__)

SIMILAR = 3
"""Closest approved threads of the channel given to the model."""
PINNED = 2
"""Réponses types given on top of them (the ones sharing most words with the review)."""
PINNED_CANDIDATES = 50
"""Réponses types of a channel considered (latest pinned first)."""
MAX_EXAMPLE_CHARS = 1_500
"""An example's review or reply is cut there: examples show a tone and a structure, not a whole file."""


@dataclass(frozen=True)
class Example:
    """An approved thread as the model sees it: neutralised (no placeholder of its own conversation is left)."""

    id: int
    review: PseudonymisedText
    reply: PseudonymisedText
    title: str | None


class Grounding:
    """Finds the examples of a draft; nothing when the channel switched grounding off."""

    def __init__(self, store: ExampleStore, *, similar: int = SIMILAR, pinned: int = PINNED) -> None:
        self._store = store
        self._similar = similar
        self._pinned = pinned

    def examples_for(self, conversation: Conversation, settings: ChannelSettings | None) -> tuple[Example, ...]:
        """The examples of a draft; none if the channel switched grounding off, or if the search failed (a draft
        without examples is better than no draft)."""
        if settings is not None and not settings.grounding:
            return ()
        try:
            return self._examples(conversation)
        except Exception as error:  # the store's own errors: the draft goes on without examples
            log.warning("conversation %d: no examples (%s)", conversation.id, type(error).__name__)
            return ()

    def _examples(self, conversation: Conversation) -> tuple[Example, ...]:
        pinned = self._best_pinned(conversation)
        chosen = {example.id for example in pinned}
        similar = [
            example
            for example in self._store.similar_examples(
                conversation.channel_id, conversation.review, self._similar + len(pinned) + 1
            )
            if example.id not in chosen and example.conversation_id != conversation.id
        ]
        return tuple(_shown(example) for example in [*pinned, *similar[: self._similar]])

    def shown_examples(self, example_ids: tuple[int, ...]) -> tuple[Example, ...]:
        """The examples a revision was given, as the model saw them (purged ones left out; none if unreadable)."""
        try:
            return tuple(_shown(example) for example in self._store.examples_by_id(example_ids))
        except Exception as error:  # the store's own errors: the review alone is shown
            log.warning("examples of a draft not shown (%s)", type(error).__name__)
            return ()

    def sources(self, example_ids: tuple[int, ...]) -> tuple[DraftSource, ...]:
        """Where the examples a revision was shown live, for the thread to link to them (purged ones left out; none
        if the store cannot say: the draft is shown all the same)."""
        try:
            found = self._store.examples_by_id(example_ids)
        except Exception as error:  # the store's own errors: a draft without its sources line
            log.warning("sources of a draft not shown (%s)", type(error).__name__)
            return ()
        return tuple(
            DraftSource(each.platform, each.team_id, each.channel_id, each.thread_id, each.title) for each in found
        )

    def _best_pinned(self, conversation: Conversation) -> list[GroundingExample]:
        """The réponses types sharing most stems with the review (ties: the latest pinned)."""
        if self._pinned <= 0:
            return []
        candidates = self._store.pinned_examples(conversation.channel_id, PINNED_CANDIDATES)
        wanted = set(query_terms(conversation.review))
        shared = [len(wanted & set(stems(f"{found.title} {found.review}"))) for found in candidates]
        best = sorted(range(len(candidates)), key=lambda index: (-shared[index], index))
        return [candidates[index] for index in best[: self._pinned]]


def _shown(example: GroundingExample) -> Example:
    return Example(
        example.id,
        PseudonymisedText(neutralise(example.review)[:MAX_EXAMPLE_CHARS]),
        PseudonymisedText(neutralise(example.reply)[:MAX_EXAMPLE_CHARS]),
        example.title,
    )
