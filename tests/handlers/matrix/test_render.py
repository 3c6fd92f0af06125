"""The Matrix contents Plume builds: inert text, threads, edits, reactions that carry their action."""

from __future__ import annotations

from bot.checks.findings import Finding, Kind, Severity
from bot.models.registry import parse_model_id
from bot.ports.chat import Action, ActionKind, Change
from handlers.matrix import render
from handlers.matrix.events import _model_named, server_of
from handlers.matrix.phrases import french

CHOICES = [parse_model_id("mistral:mistral-small-latest"), parse_model_id("anthropic:claude-sonnet-4-5")]


def test_text_from_a_review_or_a_model_pings_no_one_and_injects_no_html() -> None:
    message = render.content([render.Block("@room <b>Bonjour</b> & merci @alice:plume.test")])
    assert message["m.mentions"] == {}
    assert "<b>" not in message["formatted_body"]
    assert "&lt;b&gt;Bonjour&lt;/b&gt; &amp; merci" in message["formatted_body"]


def test_a_notice_mentions_the_one_person_it_addresses() -> None:
    message = render.addressed("@alice:plume.test", "Alice", [render.Block("Consigne notée.")])
    assert message["m.mentions"] == {"user_ids": ["@alice:plume.test"]}
    assert message["body"].startswith("Alice\u202f: ")


def test_a_draft_is_a_thread_reply_and_an_edit_replaces_it() -> None:
    draft = render.draft(counts={"PERSONNE": 1}, text="Bonjour", number=2, model=CHOICES[0], choices=CHOICES)
    reply = render.in_thread(draft, "$root")
    assert reply["m.relates_to"]["rel_type"] == "m.thread" and reply["m.relates_to"]["event_id"] == "$root"
    assert "Brouillon n° 2" in draft["body"] and "!modele" in draft["body"]
    edit = render.replacing(draft, "$draft")
    assert edit["m.relates_to"] == {"rel_type": "m.replace", "event_id": "$draft"}
    assert edit["m.new_content"] == draft and edit["body"].startswith("* ")


def test_a_reaction_of_the_bot_carries_its_action_and_nothing_forged_parses() -> None:
    action = Action(ActionKind.SWITCH_MODEL, 12, "mistral:mistral-small-latest")
    reaction = render.reaction("$draft", "✅", action)
    assert reaction["m.relates_to"] == {"rel_type": "m.annotation", "event_id": "$draft", "key": "✅"}
    assert render.action_of(reaction) == action
    assert render.action_of({"fr.plume.action": {"kind": "delete_all", "target_id": 1}}) is None
    assert render.action_of({"fr.plume.action": {"kind": "approve", "target_id": "x"}}) is None
    assert render.normal_key("✏️") == render.normal_key("✏")


def test_long_texts_are_clipped_saying_so() -> None:
    clipped = render.clip("a" * 20_000)
    assert len(clipped) <= render.MAX_BODY_CHARS and clipped.endswith("Matrix)")


def test_french_typography_uses_narrow_no_break_spaces() -> None:
    expected = "«\u202fBonjour\u202f»\u202f: oui\u202f; non\u202f! quoi\u202f?"
    assert french("« Bonjour » : oui ; non ! quoi ?") == expected


def test_a_model_is_named_by_its_id_its_name_or_its_provider() -> None:
    assert _model_named(CHOICES, "claude-sonnet-4-5") == CHOICES[1]
    assert _model_named(CHOICES, "Mistral") == CHOICES[0]
    assert _model_named(CHOICES, "anthropic:claude-sonnet-4-5") == CHOICES[1]
    assert _model_named(CHOICES, "gpt") is None


def test_the_homeserver_of_a_user() -> None:
    assert server_of("@alice:agent.tchap.gouv.fr") == "agent.tchap.gouv.fr"


def test_a_draft_with_placeholders_plume_cannot_restore_says_so_and_offers_approval_only_as_a_choice() -> None:
    draft = render.draft(
        counts=None,
        text="Bonjour [PERSONNE_2]",
        number=1,
        model=CHOICES[0],
        choices=CHOICES,
        unresolved=["[PERSONNE_2]"],
    )
    assert "[PERSONNE_2]" in draft["body"].split("Brouillon n° 1")[1]  # named in the warning, after the text
    assert "⚠️ pour approuver quand même" in draft["body"] and "✅" not in draft["body"]
    assert render.DRAFT_REACTIONS[ActionKind.APPROVE_ANYWAY] == "⚠️"
    clean = render.draft(counts=None, text="Bonjour", number=1, model=CHOICES[0], choices=CHOICES)
    assert "✅ pour approuver" in clean["body"] and "⚠️" not in clean["body"]


def test_the_changes_of_a_version_read_the_same_in_every_client() -> None:
    blocks = render.changes(2, [Change("same", "Bonjour "), Change("removed", "Madame"), Change("added", "Monsieur")])
    assert blocks[1].text == "Bonjour [-Madame-]{+Monsieur+}"
    assert "version n° 2" in blocks[0].text


def test_a_draft_says_who_is_in_charge_and_offers_to_take_it_over() -> None:
    draft = render.draft(counts=None, text="Bonjour", number=1, model=CHOICES[0], choices=CHOICES, in_charge="Léa")
    assert "Léa s'occupe de cet avis" in draft["body"] and "🙋 pour vous en occuper" in draft["body"]
    assert render.DRAFT_REACTIONS[ActionKind.TAKE_OVER] == "🙋"
    assert "Cette tentative avait échoué" in render.retired_failure()["body"]


def test_findings_are_listed_before_the_reactions_and_a_blocking_one_asks_for_approve_anyway() -> None:
    findings = (
        Finding(Kind.PERSONAL_DATA, Severity.HARD, "Réponse publique : « [PERSONNE_1] » serait publié.", 8, 20),
        Finding(Kind.LENGTH, Severity.SOFT, "Réponse courte : 4 mots (au moins 30).", 0, 0),
    )
    draft = render.draft(
        counts=None, text="Bonjour Marie", number=1, model=CHOICES[0], choices=CHOICES, findings=findings,
        publishable=True,
    )  # fmt: skip
    body = draft["body"].split("Brouillon n° 1")[1]
    assert body.index("⛔ Réponse publique") < body.index("⚠️ Réponse courte") < body.index("Réagissez avec ⚠️")
    assert "journal d'audit" in body and "📰 pour la version publiable" in body and "✅ pour approuver" not in body
    key = render.DRAFT_REACTIONS[ActionKind.PUBLISHABLE]
    assert render.action_of(render.reaction("$draft", key, Action(ActionKind.PUBLISHABLE, 4))) == Action(
        ActionKind.PUBLISHABLE, 4
    )
    soft_only = render.draft(
        counts=None, text="Bonjour", number=1, model=CHOICES[0], choices=CHOICES, findings=findings[1:]
    )
    assert "⚠️ Réponse courte" in soft_only["body"] and "✅ pour approuver" in soft_only["body"]
    assert "📰" not in soft_only["body"]
