"""The checks run on every final revision, before its buttons: on the pseudonymised text, with the review, the
agents' instructions, the conversation's placeholders and what the channel requires; stored with the revision."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.checks import Finding, Kind, Requirements, Severity, check_draft, publishable_version
from bot.domain import ChannelSettings, Conversation, Instruction, PseudonymisedText, Revision
from bot.ports.findings import FindingStore
from bot.privacy.vault import Vault

SettingsOf = Callable[[str], ChannelSettings | None]


def blocking(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The hard findings: each blocks a plain approval."""
    return tuple(finding for finding in findings if finding.severity is Severity.HARD)


def has_personal_data(findings: Sequence[Finding]) -> bool:
    """A public reply would publish the citizen's personal data: the publishable version is offered."""
    return any(finding.kind is Kind.PERSONAL_DATA for finding in findings)


def placeholders_of(vault: Vault) -> frozenset[str]:
    return frozenset(placeholder for placeholder, _ in vault.entries())


class DraftChecker:
    """Checks a revision, stores its findings in place of earlier ones, and reads them back at approval."""

    def __init__(self, store: FindingStore, settings_of: SettingsOf = lambda _channel_id: None) -> None:
        self._store = store
        self._settings_of = settings_of

    def requirements(self, channel_id: str) -> Requirements:
        return Requirements.from_settings(self._settings_of(channel_id))

    def check(
        self,
        conversation: Conversation,
        revision: Revision,
        vault: Vault,
        instructions: Sequence[Instruction | None] = (),
    ) -> tuple[Finding, ...]:
        """Check `revision` (its pseudonymised text) and store the findings; `instructions`: the agents' so far."""
        said = "\n".join(instruction.text for instruction in instructions if instruction is not None)
        findings = tuple(
            check_draft(
                revision.text,
                conversation.review,
                said,
                placeholders_of(vault),
                self.requirements(conversation.channel_id),
            )
        )
        self._store.replace_findings(revision.id, findings)
        return findings

    def findings_of(self, revision_id: int) -> tuple[Finding, ...]:
        return self._store.findings_of(revision_id)

    @staticmethod
    def publishable(revision: Revision, vault: Vault) -> PseudonymisedText:
        """The revision with the citizen's data replaced by neutral forms (« Madame, Monsieur »), still masked."""
        return PseudonymisedText(publishable_version(revision.text, placeholders_of(vault)))
