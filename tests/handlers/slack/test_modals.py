"""The modal builders alone: Slack's limits, and reading submitted values back."""

from __future__ import annotations

from typing import Any

from handlers.slack import ids, modals, phrases


def _inputs(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {block["block_id"]: block for block in view["blocks"] if block["type"] == "input"}


def test_modals_respect_slack_limits() -> None:
    for view in (modals.review_modal("C1"), modals.edit_modal(7, "x" * 10_000)):
        assert len(view["title"]["text"]) <= 24 and len(view["submit"]["text"]) <= 24
        assert len(view["blocks"]) <= 100 and len(view["private_metadata"]) <= 3000
        for block in _inputs(view).values():
            element = block["element"]
            assert len(element.get("initial_value", "")) <= element.get("max_length", 3000)


def test_the_review_form_asks_for_the_text_and_optional_details() -> None:
    inputs = _inputs(modals.review_modal("CFEED"))

    assert [name for name, block in inputs.items() if not block["optional"]] == ["text"]
    assert set(inputs) == set(modals.REVIEW_FIELDS)
    options = inputs["feeling"]["element"]["options"]
    assert [o["value"] for o in options] == list(phrases.FEELINGS)


def test_the_edit_modal_carries_the_revision_and_the_draft() -> None:
    view = modals.edit_modal(42, "Bonjour Marie Dupont,")

    assert (view["callback_id"], view["private_metadata"]) == (ids.EDIT_MODAL, "42")
    assert _inputs(view)["draft"]["element"]["initial_value"] == "Bonjour Marie Dupont,"


def test_submitted_values_read_text_inputs_and_selects() -> None:
    view = {
        "state": {
            "values": {
                "text": {"text": {"type": "plain_text_input", "value": "Un avis"}},
                "title": {"title": {"type": "plain_text_input", "value": None}},
                "feeling": {"feeling": {"type": "static_select", "selected_option": {"value": "negatif"}}},
            }
        }
    }

    assert modals.submitted_values(view) == {"text": "Un avis", "title": "", "feeling": "negatif"}
