"""Pure builders of the audit views: App Home for leads and agents, a thread's history, the settings modal."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.audit import LeadHome, Trend
from bot.domain import AI_DISCLOSURE_DEFAULT, ChannelSettings, PseudonymisedText
from bot.models.registry import parse_model_id
from bot.ports.audit import (
    AgentActivity,
    AuditFigures,
    AuditScope,
    ModelShare,
    OpenThreads,
    ThreadSummary,
    TrailEntry,
)
from handlers.slack import audit_blocks, ids, modals
from handlers.slack.audit_charts import ChartSet
from handlers.slack.audit_format import NARROW_SPACE, decimal, duration, euros, number, share

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
CHOICES = (parse_model_id("mistral:mistral-small-latest"), parse_model_id("anthropic:claude-sonnet-4-6"))
FIGURES = AuditFigures(
    1234, 2100, 930, 4380.0, 1.42, 700, 0.0612,
    (ModelShare(CHOICES[0].id, 1500, 600, 1_000, 300, 0.21), ModelShare("agent:manuel", 100, 330)),
)  # fmt: skip


def _thread(n: int, *, approved: bool = True) -> ThreadSummary:
    return ThreadSummary(
        n, "CFEED", f"1700000000.{n:06d}", f"1700000000.{n:06d}", NOW - timedelta(days=1), "UAGENT",
        "approved" if approved else "ready", 3 if approved else 1, CHOICES[0].id,
        "ULEAD" if approved else None, NOW if approved else None, 0.12 if approved else None,
    )  # fmt: skip


def _open(n: int, days_ago: float, text: str) -> ThreadSummary:
    return replace(
        _thread(n, approved=False),
        received_at=NOW - timedelta(days=days_ago),
        in_charge=f"UAGENT{n}",
        excerpt=PseudonymisedText(text),
    )


WAITING = OpenThreads([_open(7, 3.2, "Bonjour, [PERSONNE_1] <b>attend</b> depuis " + "longtemps " * 20)], 4)
AGENTS = (AgentActivity("UAGENT7", 12, 9, 5400.0, 6), AgentActivity("UAGENT8", 3, 0))


def _home(channel: str | None = None, threads: int = 2) -> dict[str, Any]:
    home = LeadHome(
        30,
        AuditScope(NOW - timedelta(days=30), NOW, channel),
        FIGURES,
        [_thread(n) for n in range(threads)],
        WAITING,
        OpenThreads([], 0),
    )
    trend = Trend(30, home.scope, (), AGENTS)
    return audit_blocks.lead_home_view(home, CHOICES, "https://acme.slack.com/", ChartSet(trend, (), 0.0))


def _within_slack_limits(view: dict[str, Any]) -> None:
    assert len(view["blocks"]) <= 100
    for block in view["blocks"]:
        assert len(block.get("text", {}).get("text", "")) <= 3000
        assert len(block.get("fields", [])) <= 10


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (None, "—"),
        (12.4, "12 s"),
        (60, "1 min"),
        (3599, "59 min"),
        (3600, "1 h 00"),
        (4380, "1 h 13"),
        (86400, "1 j"),
        (97200, "1 j 3 h"),
    ],
)
def test_durations_read_in_french(seconds: float | None, shown: str) -> None:
    assert duration(seconds) == shown


def test_numbers_shares_and_amounts_read_in_french() -> None:
    assert number(1234567) == f"1{NARROW_SPACE}234{NARROW_SPACE}567"
    assert (share(0.754), share(None), decimal(1.25, 2), decimal(None)) == (f"75{NARROW_SPACE}%", "—", "1,25", "—")
    assert euros(1234.5) == f"1{NARROW_SPACE}234,50{NARROW_SPACE}€"
    assert euros(0.0042) == f"0,0042{NARROW_SPACE}€" and euros(0.42) == f"0,42{NARROW_SPACE}€"  # never « 0,00 € »
    assert euros(0) == f"0{NARROW_SPACE}€"


def test_lead_home_shows_the_filters_the_figures_and_the_threads() -> None:
    view = _home()

    _within_slack_limits(view)
    filters = next(block for block in view["blocks"] if block["type"] == "actions")
    period, channel = filters["elements"]
    assert period["action_id"] == ids.AUDIT_PERIOD and period["initial_option"]["value"] == "30"
    assert [option["value"] for option in period["options"]] == ["7", "30", "90"]
    assert channel["type"] == "conversations_select" and "initial_conversation" not in channel
    section = next(block for block in view["blocks"] if block.get("fields"))
    fields = {f["text"].split("\n")[0].strip("*"): f["text"].split("\n")[1] for f in section["fields"]}
    assert fields["Réponses approuvées"] == f"930 (75{NARROW_SPACE}%)"
    assert fields["Délai médian avant approbation"] == "1 h 13"
    assert fields["Approuvées sans modification"] == f"75{NARROW_SPACE}% (700)"
    assert fields["Distance d'édition moyenne"].startswith("0,06")
    assert "Jetons" not in json.dumps(view, ensure_ascii=False)
    models = next(b["text"]["text"] for b in view["blocks"] if b.get("text", {}).get("text", "").startswith("*Modèles"))
    assert f"*Mistral Small* : 600 approbations (65{NARROW_SPACE}%)" in models and f"0,21{NARROW_SPACE}€" in models
    assert f"*modifiée à la main* : 330 approbations (35{NARROW_SPACE}%)" in models
    threads = [block for block in view["blocks"] if block.get("accessory", {}).get("action_id") == ids.AUDIT_TRAIL]
    assert [block["accessory"]["value"] for block in threads] == ["7", "0", "1"]
    waiting = threads[0]["text"]["text"]
    assert "attend depuis 3 j 4 h" in waiting and "suivi par <@UAGENT7>" in waiting and "brouillon prêt" in waiting
    assert "&lt;b&gt;attend&lt;/b&gt;" in waiting and waiting.endswith("…_")  # escaped, cut short
    assert "… et 3 de plus" in json.dumps(view, ensure_ascii=False)
    agents = next(
        b["text"]["text"] for b in view["blocks"] if "Activité par agent" in b.get("text", {}).get("text", "")
    )
    assert f"<@UAGENT7> : 12 avis suivis · 9 approbations · délai médian 1 h 30 · 67{NARROW_SPACE}%" in agents
    assert "<@UAGENT8> : 3 avis suivis · 0 approbations · délai médian — · —" in agents
    assert "<https://acme.slack.com/archives/CFEED/p1700000000000001|Avis>" in threads[2]["text"]["text"]
    assert audit_blocks.read_home_state(view["private_metadata"]) == (30, None)


def test_a_chosen_channel_is_kept_and_can_be_cleared() -> None:
    view = _home("CFEED", threads=0)

    filters = next(block for block in view["blocks"] if block["type"] == "actions")
    assert filters["elements"][1]["initial_conversation"] == "CFEED"
    assert filters["elements"][2]["action_id"] == ids.AUDIT_ALL_CHANNELS
    assert "Aucune réponse approuvée sur la période." in json.dumps(view, ensure_ascii=False)
    assert audit_blocks.read_home_state(view["private_metadata"]) == (30, "CFEED")


@pytest.mark.parametrize("metadata", ["", "not json", "[1]", '{"days": 12}', '{"days": "x"}'])
def test_an_unexpected_home_state_falls_back_to_30_days_everywhere(metadata: str) -> None:
    assert audit_blocks.read_home_state(metadata) == (30, None)


def test_an_agent_home_lists_own_threads_after_the_how_to() -> None:
    view = audit_blocks.agent_home_view(OpenThreads([_open(1, 1, "Le site de l'ANTS est en panne.")], 1), NOW, None)
    empty = audit_blocks.agent_home_view(OpenThreads([], 0), NOW, None)

    text = json.dumps(view, ensure_ascii=False)
    assert view["blocks"][0]["text"]["text"].startswith("*Plume rédige")
    assert "brouillon prêt" in text and "1 version" in text and "https://" not in text
    assert "attend depuis 1 j" in text and "Le site de l'ANTS est en panne." in text
    assert "suivi par" not in text and ids.AUDIT_TRAIL not in text  # an agent sees their own, no one else's history
    assert "Aucun avis en cours" in json.dumps(empty, ensure_ascii=False)


def test_the_history_modal_tells_each_step_once_escaped_and_within_limits() -> None:
    at = NOW - timedelta(hours=1)
    entries = [
        TrailEntry(at, "UAGENT", "review_received", {"source": "dm", "masked": {"PERSONNE": 2}}),
        TrailEntry(at, "UAGENT", "instruction", {"text": "cite <!channel> et [PERSONNE_1]"}),
        TrailEntry(at, "UAGENT", "instruction_received", {}),
        TrailEntry(at, "plume", "model_attempt", {"model": CHOICES[0].id, "latency_ms": 1500, "error": "Timeout"}),
        TrailEntry(at, "plume", "revision", {
            "number": 1, "kind": "draft", "model": CHOICES[0].id, "prompt_version": "v1", "latency_ms": 2000,
            "input_tokens": 10, "output_tokens": 5, "cost_eur": 0.001, "text": "x" * 1000,
        }),
        TrailEntry(at, "plume", "revision_created", {}),
        TrailEntry(at, "ULEAD", "approved", {"revision": 1, "model": CHOICES[0].id, "edit_distance": 0.0}),
    ]  # fmt: skip

    view = audit_blocks.trail_modal(5, entries, CHOICES)

    assert len(view["title"]["text"]) <= 24 and view["callback_id"] == ids.TRAIL_MODAL
    text = json.dumps(view, ensure_ascii=False)
    assert len(view["blocks"]) == 1 + 5  # the intro, then five steps: the two duplicate log lines are skipped
    assert "message direct" in text and "2 noms" in text and "&lt;!channel&gt;" in text and "<!channel>" not in text
    assert "échec (Timeout)" in text and "Version n° 1" in text and "premier brouillon" in text
    assert "distance au premier brouillon 0,00" in text and "…" in text


def test_a_long_history_says_how_to_read_the_rest() -> None:
    entries = [TrailEntry(NOW, "plume", "model_attempt", {"model": "m:x", "latency_ms": 1}) for _ in range(150)]

    view = audit_blocks.trail_modal(9, entries, CHOICES)

    assert len(view["blocks"]) == 100
    assert "plume audit trail 9" in view["blocks"][-1]["elements"][0]["text"]


def test_the_settings_modal_is_prefilled_and_read_back() -> None:
    saved = ChannelSettings("CFEED", "CAF du Rhône", "L'équipe", "Cordialement,", True, "", CHOICES[1].id)

    view = modals.settings_modal(saved, CHOICES)

    assert view["callback_id"] == ids.SETTINGS_MODAL and view["private_metadata"] == "CFEED"
    assert len(view["title"]["text"]) <= 24
    inputs = {block["block_id"]: block for block in view["blocks"] if block["type"] == "input"}
    assert all(block["optional"] for block in inputs.values())
    assert inputs["structure_name"]["element"]["initial_value"] == "CAF du Rhône"
    assert inputs["ai_disclosure_text"]["element"]["initial_value"] == AI_DISCLOSURE_DEFAULT
    assert inputs["ai_disclosure"]["element"]["initial_options"][0]["value"] == modals.DISCLOSURE_VALUE
    assert inputs["default_model"]["element"]["initial_option"]["value"] == CHOICES[1].id
    assert inputs["signature"]["element"]["max_length"] == 500
    state = {block_id: {block_id: _submitted(block["element"])} for block_id, block in inputs.items()}
    read = modals.submitted_settings({"private_metadata": "CFEED", "state": {"values": state}})
    assert read == ChannelSettings(
        "CFEED", "CAF du Rhône", "L'équipe", "Cordialement,", True, AI_DISCLOSURE_DEFAULT, CHOICES[1].id
    )


def test_plume_default_model_reads_back_as_no_channel_model() -> None:
    view = modals.settings_modal(ChannelSettings("CFEED"), CHOICES)
    model = next(block for block in view["blocks"] if block.get("block_id") == "default_model")["element"]

    assert model["initial_option"]["value"] == modals.DEFAULT_MODEL_VALUE
    state = {"default_model": {"default_model": {"type": "static_select", "selected_option": model["initial_option"]}}}
    assert modals.submitted_settings({"private_metadata": "CFEED", "state": {"values": state}}).default_model is None


def _submitted(element: dict[str, Any]) -> dict[str, Any]:
    """What Slack sends back for an untouched input: its initial value."""
    if element["type"] == "checkboxes":
        return {"type": "checkboxes", "selected_options": element.get("initial_options", [])}
    if element["type"] == "static_select":
        return {"type": "static_select", "selected_option": element.get("initial_option")}
    return {"type": "plain_text_input", "value": element.get("initial_value", "")}
