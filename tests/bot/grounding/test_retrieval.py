"""A draft's examples: the channel's closest approved threads and its réponses types, neutralised, marked in the
prompt as examples and never as facts; none when the channel switched grounding off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from bot.domain import AuditKind, ChannelSettings, JobKind, PseudonymisedText
from bot.grounding.retrieval import Grounding
from bot.models.prompting import PROMPT_VERSION, conversation_messages, load_system_prompt
from bot.ports.examples import GroundingExample
from storage.database import Database
from storage.examples_store import SqlExampleStore
from storage.repository import SqlRepository
from tests.storage.records import FakeClock, approved, make_audit

CAF = "Ma prime d'activité n'est plus versée depuis mars, j'ai appelé [PERSONNE_1] au [TELEPHONE_1]."
CAF_REPLY = "Bonjour Madame [PERSONNE_1],\nLa prime d'activité est recalculée chaque trimestre.\nCordialement."
ANTS = "Aucun rendez-vous en mairie pour renouveler mon passeport avant l'été."
ANTS_REPLY = "Bonjour,\nDes créneaux de passeport ouvrent chaque lundi sur le site de la mairie."


@pytest.fixture
def repo(engine: Engine) -> SqlRepository:
    return SqlRepository(engine, clock=FakeClock())


def test_the_closest_thread_comes_first_neutralised_with_the_pinned_reponse_type_before_it(
    engine: Engine, repo: SqlRepository
) -> None:
    caf, _ = approved(repo, 1, CAF, CAF_REPLY)
    ants, _ = approved(repo, 2, ANTS, ANTS_REPLY)
    approved(repo, 3, "Le prélèvement à la source de mon impôt est faux.", "Bonjour, le taux sera revu.")
    store = SqlExampleStore(Database(engine))
    pinned = store.example_of(ants.id)
    assert pinned is not None
    store.pin_example(pinned.id, "Passeport : créneaux", "U0LEAD", make_audit(AuditKind.REPLY_PINNED))
    new = replace(caf, id=99, review=PseudonymisedText("Toujours pas de prime d'activité pour [PERSONNE_1]."))

    examples = Grounding(store).examples_for(new, None)

    assert [example.title for example in examples][:2] == ["Passeport : créneaux", None]
    closest = examples[1]
    assert closest.id == store.example_of(caf.id).id  # type: ignore[union-attr]
    assert closest.reply.startswith("Bonjour Madame, Monsieur,\nLa prime d'activité")
    assert "[PERSONNE_1]" not in closest.review + closest.reply and "[TELEPHONE_1]" not in closest.review
    assert len({example.id for example in examples}) == len(examples), "a pinned thread is not shown twice"


def test_a_channel_with_grounding_off_gets_no_example(engine: Engine, repo: SqlRepository) -> None:
    caf, _ = approved(repo, 1, CAF, CAF_REPLY)
    grounding = Grounding(SqlExampleStore(Database(engine)))
    new = replace(caf, id=99)

    assert grounding.examples_for(new, ChannelSettings("C0FEEDBACK", grounding=False)) == ()
    assert len(grounding.examples_for(new, ChannelSettings("C0FEEDBACK"))) == 1
    assert grounding.examples_for(replace(new, channel_id="C0OTHER"), None) == ()


def test_the_prompt_marks_examples_as_examples_before_the_review(engine: Engine, repo: SqlRepository) -> None:
    caf, _ = approved(repo, 1, CAF, CAF_REPLY)
    new = replace(caf, id=99, review=PseudonymisedText("Ma prime d'activité a disparu, [PERSONNE_1]."))
    examples = Grounding(SqlExampleStore(Database(engine))).examples_for(new, None)

    system, user = conversation_messages(load_system_prompt(), new.review, [], JobKind.DRAFT, examples=examples)

    assert PROMPT_VERSION == "reponse_avis.v3" and "jamais des faits sur l'usager" in system.content
    assert user.content.index("<EXEMPLES-") < user.content.index("La prime d'activité est recalculée")
    assert user.content.index("</EXEMPLES-") < user.content.index("<AVIS-") < user.content.index("a disparu")
    assert "jamais comme des faits sur l'usager d'aujourd'hui" in user.content
    assert user.content.count("[PERSONNE_1]") == 1, "only this review's own placeholder is left"
    no_examples = conversation_messages(load_system_prompt(), new.review, [], JobKind.DRAFT)
    assert "EXEMPLES" not in no_examples[1].content


def test_earlier_prompt_versions_stay_loadable() -> None:
    versions = {version: load_system_prompt(version) for version in ("reponse_avis.v1", "reponse_avis.v2")}
    assert all(prompt.text and "exemples de réponses" not in prompt.text for prompt in versions.values())
    assert load_system_prompt().version == "reponse_avis.v3"


class _BrokenStore(SqlExampleStore):
    """The real store, whose search fails (a database that stopped answering mid-draft)."""

    def similar_examples(self, channel_id: str, review: PseudonymisedText, limit: int) -> list[GroundingExample]:
        raise OperationalError("SELECT", {}, Exception("database is locked"))


def test_a_failed_search_leaves_the_draft_without_examples_rather_than_without_a_draft(
    engine: Engine, repo: SqlRepository, caplog: pytest.LogCaptureFixture
) -> None:
    caf, _ = approved(repo, 1, CAF, CAF_REPLY)

    assert Grounding(_BrokenStore(Database(engine))).examples_for(replace(caf, id=99), None) == ()
    assert "no examples (OperationalError)" in caplog.text and "prime" not in caplog.text
