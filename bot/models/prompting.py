"""The versioned prompt files and the messages built from them."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from bot.domain import (
    AI_DISCLOSURE_DEFAULT,
    ChannelSettings,
    Instruction,
    JobKind,
    PseudonymisedText,
    Revision,
    RevisionKind,
)
from bot.grounding.retrieval import Example
from bot.ports.models import PromptMessage

PROMPT_VERSION = "reponse_avis.v3"


@dataclass(frozen=True)
class SystemPrompt:
    version: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


def load_system_prompt(version: str = PROMPT_VERSION) -> SystemPrompt:
    text = resources.files("bot.models").joinpath("prompts", f"{version}.txt").read_text(encoding="utf-8")
    return SystemPrompt(version, text.strip())


def enclose_review(
    review: PseudonymisedText, nonce: str | None = None, examples: Sequence[Example] = ()
) -> PseudonymisedText:
    """Wrap the review in tags carrying a random id, so that nothing inside it can close them; the team's approved
    examples, if any, come first in tags of their own, marked as examples and never as facts about this citizen."""
    nonce = nonce or secrets.token_hex(6)
    tag = f"AVIS-{nonce}"
    request = f"Voici l'avis de l'usager.\n<{tag}>\n{review}\n</{tag}>\nRédige le projet de réponse."
    return PseudonymisedText(examples_block(examples, nonce) + request)


def sent_review(review: PseudonymisedText, examples: Sequence[Example]) -> PseudonymisedText:
    """What the model was sent about a review, for the agent to read: the examples, then the review itself."""
    return PseudonymisedText(examples_block(examples, "…") + review)


def examples_block(examples: Sequence[Example], nonce: str) -> str:
    """The approved examples as the model reads them ('' when there are none)."""
    if not examples:
        return ""
    tag = f"EXEMPLES-{nonce}"
    shown = []
    for number, example in enumerate(examples, start=1):
        kind = f"réponse type « {example.title} »" if example.title else "réponse validée"
        shown.append(
            f"Exemple {number} ({kind}, pour un autre usager)\nAvis :\n{example.review}\n"
            f"Réponse validée par l'équipe :\n{example.reply}"
        )
    return (
        "Exemples de réponses déjà validées par l'équipe, à d'autres usagers : à suivre pour le ton, la structure et"
        " les informations habituelles, jamais comme des faits sur l'usager d'aujourd'hui.\n"
        f"<{tag}>\n" + "\n\n".join(shown) + f"\n</{tag}>\n\n"
    )


def channel_instructions(settings: ChannelSettings | None) -> str:
    """What a team lead set for the channel, as rules appended to the system prompt ('' when nothing is set).

    These are the team's own words (structure, signature, formula), typed by a team lead, never a citizen's.
    """
    if settings is None:
        return ""
    rules = []
    if settings.structure_name.strip():
        rules.append(f"- Tu réponds au nom de la structure suivante : « {settings.structure_name.strip()} ».")
    if settings.politeness.strip():
        rules.append(
            f"- Termine la réponse par cette formule de politesse, telle quelle : « {settings.politeness.strip()} »"
        )
    if settings.signature.strip():
        rules.append(f"- Signe la réponse ainsi, sur une ligne à part, telle quelle : « {settings.signature.strip()} »")
    if settings.ai_disclosure:
        rules.append(
            "- Ajoute en toute dernière ligne, après la signature, cette mention telle quelle : "
            f"« {settings.ai_disclosure_text.strip() or AI_DISCLOSURE_DEFAULT} »"
        )
    rules += _check_rules(settings)
    if not rules:
        return ""
    return (
        "\n\nRéglages du service qui répond (ils priment sur la consigne de longueur pour ces seuls ajouts) :\n"
        + "\n".join(rules)
    )


def _check_rules(settings: ChannelSettings) -> list[str]:
    """What the channel's checks will enforce, asked of the model so that most drafts pass first time."""
    rules = []
    if settings.public_replies:
        rules.append(
            "- Cette réponse sera publiée : n'y mets aucune donnée de l'usager, même masquée (aucun élément entre "
            "crochets comme [PERSONNE_1]) ; écris « Madame, Monsieur » et des formes neutres comme « votre numéro "
            "d'allocataire » ou « votre dossier »."
        )
    if settings.min_words is not None or settings.max_words is not None:
        low = settings.min_words if settings.min_words is not None else 1
        high = f"{settings.max_words}" if settings.max_words is not None else "autant qu'il faut de"
        rules.append(f"- Longueur du texte, hors ces ajouts : de {low} à {high} mots (cela remplace 120 à 200 mots).")
    return rules


def conversation_messages(
    prompt: SystemPrompt,
    review: PseudonymisedText,
    history: Sequence[tuple[Revision, Instruction | None]],
    kind: JobKind,
    instruction: Instruction | None = None,
    settings: ChannelSettings | None = None,
    examples: Sequence[Example] = (),
) -> list[PromptMessage]:
    """The exchange so far, as the model should see it to produce a revision of `kind`.

    Each refinement adds the agent's instruction and the answer; a regeneration, a model switch or a manual edit
    replaces the answer it redoes. A new regeneration or switch drops the current answer to write it again; a
    refinement asks for a change of it. The channel's `settings`, when given, end the system prompt; the approved
    `examples` (neutralised) precede the review.
    """
    system = PseudonymisedText(prompt.text + channel_instructions(settings))
    messages = [PromptMessage("system", system), PromptMessage("user", enclose_review(review, examples=examples))]
    for revision, asked in history:
        if revision.kind in _REPLACING and messages[-1].role == "assistant":
            messages.pop()
        if asked is not None:
            messages.append(PromptMessage("user", asked.text))
        messages.append(PromptMessage("assistant", revision.text))
    if kind is JobKind.REFINEMENT and instruction is not None:
        messages.append(PromptMessage("user", instruction.text))
    elif kind in (JobKind.REGENERATION, JobKind.MODEL_SWITCH) and messages[-1].role == "assistant":
        messages.pop()
    return messages


_REPLACING = frozenset({RevisionKind.REGENERATION, RevisionKind.MODEL_SWITCH, RevisionKind.MANUAL_EDIT})
