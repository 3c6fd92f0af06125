"""The checks' findings with their revision, an override logged with its approval, the channel settings the checks
read, and the lead's figures about them: SQLite always, the local PostgreSQL when it answers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy.engine import Engine

from bot.checks.findings import Finding, Kind, Severity
from bot.domain import AuditEvent, AuditKind, ChannelSettings
from bot.ports.audit import AuditScope, CheckFigures
from storage.audit_store import SqlAuditStore
from storage.examples_store import SqlExampleStore
from storage.findings_store import SqlFindingStore
from storage.repository import SqlRepository
from storage.settings_store import SqlChannelSettingsStore
from tests.storage.records import (
    LEASE,
    T0,
    approved,
    count,
    make_audit,
    make_new_conversation,
    make_new_revision,
    next_revision,
    ready,
)

INVENTED = Finding(Kind.PLACEHOLDER, Severity.HARD, "Élément masqué inventé « [PERSONNE_2] ».", 8, 21)
PUBLIC_NAME = Finding(Kind.PERSONAL_DATA, Severity.HARD, "Donnée de l'usager « [PERSONNE_1] ».", 8, 20)
SHORT = Finding(Kind.LENGTH, Severity.SOFT, "Réponse courte : 3 mots.", 0, 0)
SCOPE = AuditScope(T0 - timedelta(days=1), T0 + timedelta(days=1))


def test_findings_are_stored_with_their_revision_and_a_new_check_replaces_them(repo: SqlRepository) -> None:
    _, _, revision = ready(repo)
    findings = SqlFindingStore(repo.database)
    assert findings.findings_of(revision.id) == ()

    findings.replace_findings(revision.id, [INVENTED, SHORT])
    assert findings.findings_of(revision.id) == (INVENTED, SHORT)
    findings.replace_findings(revision.id, [SHORT])
    assert findings.findings_of(revision.id) == (SHORT,)
    findings.replace_findings(revision.id, [])
    assert findings.findings_of(revision.id) == ()


def test_purging_a_conversation_takes_its_findings_with_it(engine: Engine, repo: SqlRepository) -> None:
    _, _, revision = ready(repo)
    SqlFindingStore(repo.database).replace_findings(revision.id, [INVENTED])

    repo.conversations.purge(T0 + timedelta(days=400), T0 + timedelta(days=400), 100)

    assert count(engine, "draft_findings") == 0


def test_an_override_is_logged_with_its_approval_and_only_then(engine: Engine, repo: SqlRepository) -> None:
    conversation, _, revision = ready(repo)
    approved = make_audit(AuditKind.APPROVED, conversation.id, "U0AGENT")
    override = AuditEvent(
        AuditKind.FINDINGS_OVERRIDDEN,
        "U0AGENT",
        conversation.id,
        {"revision": 1, "findings": [{"kind": "placeholder"}]},
    )

    assert repo.conversations.approve(revision, "U0AGENT", T0, approved, override) is not None
    assert repo.conversations.approve(revision, "U0OTHER", T0, approved, override) is None

    assert count(engine, "audit_events", "kind = 'findings_overridden'") == 1
    assert count(engine, "audit_events", "kind = 'approved'") == 1


def test_the_lead_figures_count_drafts_with_findings_and_approvals_over_blocking_ones(repo: SqlRepository) -> None:
    findings = SqlFindingStore(repo.database)
    overridden = ready(repo, 1)
    warned = ready(repo, 2)
    clean = ready(repo, 3)
    findings.replace_findings(overridden[2].id, [INVENTED, replace(INVENTED, start=30, end=43), SHORT])
    findings.replace_findings(warned[2].id, [SHORT])
    for conversation, _, revision in (overridden, warned, clean):
        audit = make_audit(AuditKind.APPROVED, conversation.id, "U0AGENT")
        assert repo.conversations.approve(revision, "U0AGENT", T0 + timedelta(minutes=5), audit) is not None

    checks = SqlAuditStore(repo.database).figures(SCOPE).checks

    assert checks == CheckFigures(revisions=3, with_findings=2, overridden_approvals=1, overridden_findings=2)
    assert checks.findings_share == 2 / 3
    assert SqlAuditStore(repo.database).figures(AuditScope(T0 + timedelta(days=5), T0 + timedelta(days=6))).checks == (
        CheckFigures()
    )


def test_the_settings_the_checks_read_are_stored(repo: SqlRepository) -> None:
    store = SqlChannelSettingsStore(repo.database)
    wanted = ChannelSettings(
        "C0FEEDBACK", public_replies=True, min_words=40, max_words=180, greeting_required=False, updated_by="U0LEAD"
    )
    store.save_channel_settings(wanted, make_audit(AuditKind.SETTINGS_CHANGED, actor="U0LEAD"))

    stored = store.get_channel_settings("C0FEEDBACK")
    assert stored is not None
    assert (stored.public_replies, stored.min_words, stored.max_words, stored.greeting_required) == (
        True,
        40,
        180,
        False,
    )
    store.save_channel_settings(
        replace(wanted, min_words=None, max_words=None), make_audit(AuditKind.SETTINGS_CHANGED, actor="U0LEAD")
    )
    again = store.get_channel_settings("C0FEEDBACK")
    assert again is not None and (again.min_words, again.max_words) == (None, None)


def test_the_export_names_the_overridden_kinds_and_the_threads_that_inspired_the_drafts(
    engine: Engine, repo: SqlRepository
) -> None:
    """Only blocking findings of the approved version count as overridden; sources gather over every version."""
    source, _ = approved(repo, 1, "Mon passeport n'avance pas.", "Bonjour, les créneaux ouvrent lundi.")
    example = SqlExampleStore(repo.database).example_of(source.id)
    assert example is not None
    conversation = repo.conversations.create_conversation(
        make_new_conversation(2), make_audit(AuditKind.REVIEW_RECEIVED)
    )
    assert conversation is not None
    job = repo.jobs.claim_job("worker-a", T0, LEASE)
    assert job is not None
    grounded = replace(make_new_revision(conversation.id), sources=(example.id, 999_999))  # 999 999: purged since
    first = repo.jobs.complete_job(job, grounded, make_audit(AuditKind.REVISION_CREATED, conversation.id))
    assert first is not None and repo.jobs.finish_delivery(job)
    final = next_revision(engine, repo, conversation)
    findings = SqlFindingStore(repo.database)
    findings.replace_findings(first.id, [PUBLIC_NAME])  # fixed by the next version: not overridden
    findings.replace_findings(final.id, [INVENTED, PUBLIC_NAME, replace(INVENTED, start=30, end=42), SHORT])
    assert repo.conversations.approve(final, "U0AGENT", T0, make_audit(AuditKind.APPROVED, conversation.id))

    rows = {row.conversation_id: row for row in SqlAuditStore(repo.database).export_rows(SCOPE)}

    assert (rows[conversation.id].overridden_findings, rows[conversation.id].inspired_by) == (
        ("personal_data", "placeholder"),
        (source.id,),
    )
    assert (rows[source.id].overridden_findings, rows[source.id].inspired_by) == ((), ())
