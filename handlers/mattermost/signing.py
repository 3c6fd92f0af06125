"""Signed action contexts: Mattermost does not sign its callbacks, so each action carries an HMAC of what it does.

The MAC covers the action's kind, its target id and its model (for a model menu, every model it offers), so a
forged or altered context is refused and a context copied from another draft still names that other revision.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping, Sequence
from typing import Any

from bot.ports.chat import Action, ActionKind


def _mac(key: bytes, kind: str, target_id: int, models: Sequence[str]) -> str:
    canonical = "\n".join([kind, str(target_id), *models]).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def signed_context(key: bytes, action: Action) -> dict[str, Any]:
    """The `integration.context` of a button doing `action`."""
    models = [action.model_id] if action.model_id else []
    mac = _mac(key, action.kind.value, action.target_id, models)
    return {"kind": action.kind.value, "target": str(action.target_id), "models": models, "mac": mac}


def signed_menu_context(key: bytes, kind: ActionKind, target_id: int, models: Sequence[str]) -> dict[str, Any]:
    """The context of a menu offering `models`: the person picks one of them, and only one of them."""
    mac = _mac(key, kind.value, target_id, models)
    return {"kind": kind.value, "target": str(target_id), "models": list(models), "mac": mac}


def verified_action(key: bytes, context: Mapping[str, Any] | None) -> Action | None:
    """The action a callback's context stands for, or None when it is malformed or its MAC does not check out.

    For a menu, Mattermost adds `selected_option` to the context: it must be one of the signed models.
    """
    if not isinstance(context, Mapping):
        return None
    kind, target, models, mac = (context.get(name) for name in ("kind", "target", "models", "mac"))
    if not (isinstance(kind, str) and isinstance(target, str) and target.isascii() and target.isdigit()):
        return None
    if not (isinstance(models, list) and all(isinstance(m, str) for m in models) and isinstance(mac, str)):
        return None
    if not hmac.compare_digest(_mac(key, kind, int(target), models), mac):
        return None
    try:
        action_kind = ActionKind(kind)
    except ValueError:
        return None
    selected = context.get("selected_option")
    if selected is not None:
        return Action(action_kind, int(target), selected) if isinstance(selected, str) and selected in models else None
    if len(models) > 1:
        return None
    return Action(action_kind, int(target), models[0] if models else None)


def signed_state(key: bytes, *parts: str) -> str:
    """A MAC over plain values (a dialog's purpose, channel and user), for a dialog's `state`."""
    return hmac.new(key, "\n".join(("state", *parts)).encode(), hashlib.sha256).hexdigest()


def state_matches(key: bytes, state: object, *parts: str) -> bool:
    return isinstance(state, str) and hmac.compare_digest(signed_state(key, *parts), state)


PIN = "pin"
"""The purpose signed in a « réponse type » button's context and its dialog's state."""


def pin_context(key: bytes, conversation_id: int) -> dict[str, Any]:
    """The context of « 📌 Enregistrer comme réponse type » under an approved thread (anyone may click; the core
    lets team leads only pin)."""
    return {PIN: str(conversation_id), "mac": signed_state(key, PIN, str(conversation_id))}


def pinned_conversation(key: bytes, context: Mapping[str, Any], *parts: str) -> int | None:
    """The conversation a pin context or a pin dialog's state names (signed with `parts` after it), or None when
    it is malformed or forged."""
    target, mac = context.get(PIN), context.get("mac")
    if not (isinstance(target, str) and target.isascii() and target.isdigit()):
        return None
    return int(target) if state_matches(key, mac, PIN, target, *parts) else None
