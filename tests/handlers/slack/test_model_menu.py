"""Issue 14 through the real Bolt app: the model menu says where each model is hosted."""

from __future__ import annotations

from slack_sdk.models.blocks import StaticSelectElement

from handlers.slack import ids
from tests.fakes.bolt_harness import Harness, actions_of
from tests.fakes.slack_payloads import message_event


def test_the_model_menu_says_where_each_model_is_hosted(harness: Harness) -> None:
    harness.provider.enqueue("Bonjour, merci.")
    harness.send(message_event("La mairie est fermée le samedi.", "1700000400.000100"))

    menu = actions_of(harness.draft())[ids.SWITCH_MODEL]

    options = menu["options"]
    assert isinstance(options, list) and options
    assert {o["description"]["text"] for o in options} == {"hébergé dans l'UE (Mistral AI, La Plateforme)"}
    assert menu["initial_option"] in options
    StaticSelectElement(**menu).validate_json()  # type: ignore[arg-type]
