"""Bulk-seed conversations, revisions, the checks' findings and approvals shaped like the pilot's, for the audit
benchmark: a quarter of the revisions carry a warning, and one approval in 25 overrides a blocking finding."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.engine import Engine

from bot.text_distance import normalised_distance
from storage.tables import ApprovalRow, ConversationRow, DraftFindingRow, RevisionRow

MODELS = ("mistral:mistral-small-latest", "albert:albert-large", "anthropic:claude-sonnet-4-6")
PRICES = {MODELS[0]: (0.1, 0.3), MODELS[1]: (0.0, 0.0), MODELS[2]: (3.0, 15.0)}
KINDS = ("refinement", "regeneration", "model_switch", "manual_edit")
BATCH = 5_000

_REVIEW = (
    "Bonjour, je m'appelle [PERSONNE_1]. J'ai déposé mon dossier sur le site il y a {n} semaines et je n'ai "
    "toujours aucune nouvelle. J'ai appelé le [TELEPHONE_1] plusieurs fois sans réussir à joindre quelqu'un. "
    "Les délais sont beaucoup trop longs et personne ne répond aux courriels envoyés à [EMAIL_1]. Merci de me dire "
    "où en est ma demande, c'est urgent car je risque de perdre mes droits."
)
_DRAFT = (
    "Bonjour [PERSONNE_1],\n\nMerci d'avoir pris le temps de nous faire part de votre expérience. Nous comprenons "
    "votre inquiétude : attendre {n} semaines sans nouvelles de son dossier est difficile, surtout quand les appels "
    "au [TELEPHONE_1] n'aboutissent pas. Votre demande a bien été enregistrée. Les délais de traitement sont "
    "actuellement plus longs que d'habitude en raison d'un grand nombre de dossiers, et nous mettons tout en œuvre "
    "pour les réduire. Vous pouvez suivre l'avancement de votre dossier dans votre espace personnel en ligne. Si "
    "votre situation devient urgente, un conseiller peut vous recevoir sur rendez-vous à l'accueil. Nous avons "
    "transmis votre avis au service concerné afin d'améliorer nos réponses aux courriels.\n\nBien cordialement,\n"
    "Le service des relations avec les usagers"
)


def _texts(rng: random.Random) -> tuple[list[str], list[tuple[str, str, float]]]:
    """Reviews, and (first draft, approved text, distance) pairs whose distances are computed once."""
    reviews = [_REVIEW.format(n=n) for n in range(2, 12)]
    pairs = []
    for n in range(2, 12):
        first = _DRAFT.format(n=n)
        words = first.split(" ")
        for cut in (3, 12, 40, 70):  # an agent rewrites a passage of 5 to 60 words
            added = "Votre dossier est complet et sera traité dans les prochains jours par un conseiller."
            edited = " ".join([*words[:cut], added, *words[cut + rng.randint(5, 60) :]])
            pairs.append((first, edited, normalised_distance(first, edited)))
    return reviews, pairs


def _rows(count: int, now: datetime, days: int, rng: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for `count` conversations received over the last `days` days; ids given explicitly."""
    reviews, pairs = _texts(rng)
    start, step = now - timedelta(days=days), days * 86_400 / (count + 1)
    revision_id = finding_id = 0
    channels = [f"C{index:08d}" for index in range(20)]
    agents = [f"U{index:08d}" for index in range(200)]
    for conversation_id in range(1, count + 1):
        received = start + timedelta(seconds=step * conversation_id)  # ids grow with time, as in real life
        ts = f"{1_700_000_000 + conversation_id}.{conversation_id % 1_000_000:06d}"
        approved = rng.random() < 0.75
        unchanged = approved and rng.random() < 0.75  # the pilot: three quarters sent unchanged
        versions = 1 if unchanged or rng.random() < 0.1 else rng.randint(2, 4)
        first, edited, distance = rng.choice(pairs)
        model = rng.choices(MODELS, weights=(6, 3, 1))[0]
        agent = rng.choice(agents)
        channel = rng.choice(channels)
        yield (
            "conversations",
            {
                "id": conversation_id,
                "team_id": "T0PLUME",
                "channel_id": channel,
                "review_message_id": ts,
                "thread_id": ts,
                "source": "channel",
                "requested_by": agent,
                "review": rng.choice(reviews),
                "masked_counts": {"PERSONNE": 1, "TELEPHONE": 1, "EMAIL": 1},
                "status": "approved" if approved else ("failed" if conversation_id % 50 == 0 else "ready"),
                "model_id": model,
                "created_at": received,
                "updated_at": received,
            },
        )
        at = received
        for number in range(1, versions + 1):
            revision_id += 1
            at += timedelta(seconds=rng.uniform(5, 600))
            kind = "draft" if number == 1 else rng.choice(KINDS)
            by_hand = kind == "manual_edit"
            used = "agent:manuel" if by_hand else model
            tokens = (None, None) if by_hand else (rng.randint(600, 900), rng.randint(150, 320))
            price = PRICES.get(used)
            cost = None if price is None or tokens[0] is None else (tokens[0] * price[0] + tokens[1] * price[1]) / 1e6
            yield (
                "revisions",
                {
                    "id": revision_id,
                    "conversation_id": conversation_id,
                    "number": number,
                    "kind": kind,
                    "model_id": used,
                    "prompt_version": "reponse_avis.v1",
                    "prompt_hash": "0" * 64,
                    "text": first if number == 1 else edited,
                    "message_id": ts,
                    "input_tokens": tokens[0],
                    "output_tokens": tokens[1],
                    "latency_ms": 0 if by_hand else rng.randint(800, 9_000),
                    "created_at": at,
                    "author_user_id": agent if by_hand else None,
                    "cost_eur": cost,
                    "channel_id": channel,
                    "review_received_at": received,
                },
            )
            overridden = approved and number == versions and rng.random() < 0.04
            for severity in (["soft"] if rng.random() < 0.25 else []) + (["hard"] if overridden else []):
                finding_id += 1
                keys = {"conversation_id": conversation_id, "channel_id": channel, "review_received_at": received}
                yield "draft_findings", _finding(finding_id, revision_id, severity) | keys
        if approved:
            yield (
                "approvals",
                {
                    "id": conversation_id,
                    "conversation_id": conversation_id,
                    "revision_id": revision_id,
                    "user_id": agent,
                    "model_id": used,
                    "approved_at": at + timedelta(seconds=rng.uniform(30, 7_200)),
                    "edit_distance": 0.0 if versions == 1 else distance,
                    "revision_number": versions,
                    "channel_id": channel,
                    "review_received_at": received,
                },
            )


def _finding(finding_id: int, revision_id: int, severity: str) -> dict[str, Any]:
    kind, message = (
        ("placeholder", "Texte à compléter laissé « [date] ».")
        if severity == "hard"
        else ("length", "Réponse longue : 320 mots (au plus 300).")
    )
    return {
        "id": finding_id,
        "revision_id": revision_id,
        "kind": kind,
        "severity": severity,
        "span_start": 0,
        "span_end": 0,
        "message": message,
    }


def seed(engine: Engine, count: int, now: datetime, *, days: int = 90, seed: int = 6) -> dict[str, int]:
    """Insert `count` conversations with their revisions and approvals, in batches; return rows per table."""
    tables = {
        "conversations": ConversationRow,
        "revisions": RevisionRow,
        "draft_findings": DraftFindingRow,
        "approvals": ApprovalRow,
    }
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
    written = dict.fromkeys(tables, 0)

    def flush(connection: Any, name: str) -> None:
        if pending[name]:
            connection.execute(insert(tables[name]), pending[name])
            written[name] += len(pending[name])
            pending[name].clear()

    with engine.begin() as connection:
        for name, row in _rows(count, now, days, random.Random(seed)):
            pending[name].append(row)
            if len(pending[name]) >= BATCH:
                if name != "conversations":
                    flush(connection, "conversations")
                if name in ("approvals", "draft_findings"):
                    flush(connection, "revisions")
                flush(connection, name)
        for name in tables:
            flush(connection, name)
        if engine.dialect.name == "postgresql":  # ids were given: move the sequences past them
            for name in tables:
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"))
    return written
