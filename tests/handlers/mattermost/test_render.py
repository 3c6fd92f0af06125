"""The pure parts: signed contexts and the posts' text, without any server."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.actions import draft_actions
from bot.checks.findings import Finding, Kind, Severity
from bot.models.registry import parse_model_id
from bot.ports.chat import Action, ActionKind
from handlers.mattermost import phrases, render
from handlers.mattermost.signing import signed_context, signed_menu_context, verified_action

KEY, OTHER_KEY = b"k" * 32, b"o" * 32
MODELS = ["mistral:mistral-small-latest", "mistral:mistral-large-latest"]


def test_a_signed_context_gives_back_its_action_and_nothing_else() -> None:
    for action in (Action(ActionKind.APPROVE, 7), Action(ActionKind.RETRY, 3, MODELS[1])):
        assert verified_action(KEY, signed_context(KEY, action)) == action
        assert verified_action(OTHER_KEY, signed_context(KEY, action)) is None
    context = signed_context(KEY, Action(ActionKind.APPROVE, 7))
    for tampered in ({"target": "8"}, {"kind": "regenerate"}, {"models": [MODELS[0]]}, {"target": 7}, {"mac": 1}):
        assert verified_action(KEY, {**context, **tampered}) is None
    assert verified_action(KEY, None) is None and verified_action(KEY, {}) is None


def test_a_menu_context_accepts_only_the_offered_models() -> None:
    menu = signed_menu_context(KEY, ActionKind.SWITCH_MODEL, 5, MODELS)
    assert verified_action(KEY, {**menu, "selected_option": MODELS[1]}) == Action(ActionKind.SWITCH_MODEL, 5, MODELS[1])
    assert verified_action(KEY, {**menu, "selected_option": "mistral:other"}) is None
    assert verified_action(KEY, menu) is None, "a menu without a choice does nothing"


def test_mentions_in_review_or_model_text_ping_no_one() -> None:
    escaped = render.escape("Merci @channel, @all, @here et @jean.dupont ; écrire à a@b.fr")
    assert "@channel" not in escaped and "@all" not in escaped and "@here" not in escaped
    assert "@jean.dupont" not in escaped and escaped.replace("\u200b", "") == (
        "Merci @channel, @all, @here et @jean.dupont ; écrire à a@b.fr"
    )


def test_a_long_draft_is_cut_to_what_mattermost_accepts() -> None:
    post = render.draft_post(
        render.Integration("http://plume/mattermost/actions", KEY),
        counts={"PERSONNE": 2},
        draft_text="mot " * 10_000,
        revision_number=1,
        model=parse_model_id(MODELS[0]),
        choices=[parse_model_id(m) for m in MODELS],
        actions=[Action(ActionKind.APPROVE, 1)],
    )
    assert len(post.message) <= render.MAX_MESSAGE_CHARS and phrases.TRUNCATED in post.message
    assert post.message.startswith("🔒 2 éléments masqués")
    assert [a["id"] for a in post.props["attachments"][0]["actions"]] == ["approve"]


def test_the_first_part_offer_carries_a_signed_confirmation() -> None:
    offer = Action(ActionKind.CONFIRM_FIRST_PART, 12)
    post = render.offer_post(render.Integration("http://plume/mattermost/actions", KEY), "Trop long", offer, "Oui")
    [button] = post.props["attachments"][0]["actions"]
    assert button["id"].isalnum() and button["integration"]["url"] == "http://plume/mattermost/actions"
    assert verified_action(KEY, button["integration"]["context"]) == offer


def test_the_final_text_is_a_code_block_that_copies_exactly_as_written() -> None:
    final = "Il faut ~~environ~~ 3 jours, **vraiment**.\n> écrire à marie@example.fr\n```\ncode\n```\n@channel"
    post = render.approved_post(
        final_text=final,
        approver_name="Alice",
        approved_at=datetime(2024, 5, 3, 14, 30, tzinfo=UTC),
        revision_number=2,
        model=parse_model_id(MODELS[0]),
    )
    assert f"\n````\n{final}\n````" in post.message, "fenced longer than the backticks inside, no character added"
    assert "le 03/05/2024 à 14:30 UTC" in post.message


def test_findings_come_one_line_each_before_the_buttons_and_a_public_draft_offers_its_publishable_version() -> None:
    findings = (
        Finding(Kind.PERSONAL_DATA, Severity.HARD, "Réponse publique : « [PERSONNE_1] » serait publié.", 8, 20),
        Finding(Kind.LENGTH, Severity.SOFT, "Réponse courte : 4 mots (au moins 30).", 0, 0),
    )
    actions = draft_actions(4, [], unresolved=True, publishable=True)
    post = render.draft_post(
        render.Integration("http://plume/mattermost/actions", KEY),
        counts=None,
        draft_text="Bonjour Marie Dupont, merci.",
        revision_number=1,
        model=parse_model_id(MODELS[0]),
        choices=[parse_model_id(m) for m in MODELS],
        actions=actions,
        findings=findings,
    )
    after = post.message.split("Bonjour Marie Dupont, merci.")[1]
    assert after.index("⛔ Réponse publique") < after.index("⚠️ Réponse courte") < after.index("Brouillon")
    assert "Approuver quand même" in after
    buttons = post.props["attachments"][0]["actions"]
    assert [b["id"] for b in buttons][:4] == ["approveanyway", "regenerate", "edit", "publishable"]
    assert buttons[3]["name"] == phrases.PUBLISHABLE
    publishable = buttons[3]["integration"]["context"]
    assert verified_action(KEY, publishable) == Action(ActionKind.PUBLISHABLE, 4)
