"""Approved threads kept as examples of their channel: written with the approval, searched in French, pinned."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.engine import Engine

from bot.domain import AuditKind, PseudonymisedText
from storage.database import Database
from storage.examples_store import SqlExampleStore
from storage.repository import SqlRepository
from tests.storage.records import LEASE, T0, approved, count, make_audit, make_new_conversation, make_new_revision

CAF = "Ma prime d'activité n'a pas été versée ce mois-ci, la CAF ne répond pas au téléphone, [PERSONNE_1]."
ANTS = "Impossible de faire renouveler mon passeport, aucun rendez-vous disponible en mairie pour la carte d'identité."
IMPOTS = "Le prélèvement à la source de mon impôt sur le revenu est faux depuis ma déclaration de revenus."


def test_an_approval_keeps_the_review_and_the_reply_pseudonymised_as_an_example(
    engine: Engine, repo: SqlRepository
) -> None:
    conversation, _ = approved(repo, 1, CAF, "Bonjour [PERSONNE_1], votre prime sera étudiée.")
    examples = SqlExampleStore(Database(engine))

    example = examples.example_of(conversation.id)

    assert example is not None
    assert (example.review, example.reply) == (CAF, "Bonjour [PERSONNE_1], votre prime sera étudiée.")
    assert (example.channel_id, example.thread_id, example.title) == ("C0FEEDBACK", conversation.thread_id, None)
    assert examples.example_of(conversation.id + 1) is None


def test_the_closest_review_of_the_same_channel_comes_first(engine: Engine, repo: SqlRepository) -> None:
    for n, review in enumerate((ANTS, CAF, IMPOTS), start=1):
        approved(repo, n, review)
    other_channel, _ = approved(repo, 4, CAF, channel="C0OTHER")
    examples = SqlExampleStore(Database(engine))

    found = examples.similar_examples(
        "C0FEEDBACK", PseudonymisedText("Bonjour, la prime d'activité de [PERSONNE_2] n'est toujours pas versée."), 3
    )

    assert [example.review for example in found][:1] == [CAF]
    assert all(example.channel_id == "C0FEEDBACK" for example in found)
    assert other_channel.id not in {example.conversation_id for example in found}
    stems = examples.similar_examples("C0FEEDBACK", PseudonymisedText("renouvellement des passeports"), 3)
    assert [example.review for example in stems] == [ANTS], "French stems: « renouvellement » finds « renouveler »"
    assert examples.similar_examples("C0FEEDBACK", PseudonymisedText("[PERSONNE_1] et le la les"), 3) == []


def test_a_pinned_reply_is_a_titled_reponse_type_of_its_channel_and_is_audited(
    engine: Engine, repo: SqlRepository
) -> None:
    conversation, _ = approved(repo, 1, CAF)
    approved(repo, 2, ANTS)
    examples = SqlExampleStore(Database(engine))
    example = examples.example_of(conversation.id)
    assert example is not None

    pinned = examples.pin_example(example.id, "Prime non versée", "U0LEAD", make_audit(AuditKind.REPLY_PINNED))

    assert pinned and not examples.pin_example(example.id + 99, "x", "U0LEAD", make_audit(AuditKind.REPLY_PINNED))
    assert [(found.id, found.title) for found in examples.pinned_examples("C0FEEDBACK", 5)] == [
        (example.id, "Prime non versée")
    ]
    assert examples.pinned_examples("C0OTHER", 5) == []
    assert count(engine, "audit_events", "kind = 'reply_pinned'") == 1


def test_purging_a_conversation_forgets_its_example_and_its_search_terms(engine: Engine, repo: SqlRepository) -> None:
    conversation, _ = approved(repo, 1, CAF)
    examples = SqlExampleStore(Database(engine))

    report = repo.conversations.purge(T0.replace(year=2030), T0, 10)

    assert report.conversations == 1
    assert examples.example_of(conversation.id) is None
    assert examples.similar_examples("C0FEEDBACK", PseudonymisedText(CAF), 3) == []
    if engine.dialect.name == "sqlite":
        assert count(engine, "grounding_examples_fts") == 0


def test_a_revision_keeps_the_examples_it_was_shown(repo: SqlRepository) -> None:
    new = make_new_conversation(7)
    conversation = repo.conversations.create_conversation(new, make_audit(AuditKind.REVIEW_RECEIVED))
    assert conversation is not None
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None

    revision = repo.jobs.complete_job(
        job, replace(make_new_revision(conversation.id), sources=(4, 2)), make_audit(AuditKind.REVISION_CREATED)
    )

    assert revision is not None and revision.sources == (4, 2)
    assert repo.conversations.get_revision(revision.id).sources == (4, 2)  # type: ignore[union-attr]
