"""The dialog in which a team lead titles a « réponse type » (after « 📌 Enregistrer comme réponse type » under an
approved thread): built prefilled, its state signing the conversation and the lead it was opened for."""

from __future__ import annotations

import json
from typing import Any

from bot.grounding.pins import MAX_TITLE
from handlers.mattermost import phrases
from handlers.mattermost.signing import PIN, pinned_conversation, signed_state


def pin_dialog(key: bytes, conversation_id: int, user_id: str, title: str) -> dict[str, Any]:
    """The title of the réponse type (its current one when it is already pinned: pinning again renames it)."""
    state = {PIN: str(conversation_id), "mac": signed_state(key, PIN, str(conversation_id), user_id)}
    return {
        "callback_id": PIN,
        "state": json.dumps(state),
        "title": phrases.PIN_MODAL_TITLE,
        "introduction_text": phrases.PIN_MODAL_HINT,
        "submit_label": phrases.PIN_DIALOG_SUBMIT,
        "elements": [
            {
                "display_name": phrases.PIN_FIELD_TITLE,
                "name": "title",
                "type": "text",
                "default": title[:MAX_TITLE],
                "max_length": MAX_TITLE,
            }
        ],
    }


def submitted_conversation(key: bytes, state: object, user_id: str) -> int | None:
    """The conversation a submitted pin dialog names, if its state was signed for this person; else None."""
    try:
        decoded = json.loads(state) if isinstance(state, str) else None
    except ValueError:
        return None
    return pinned_conversation(key, decoded, user_id) if isinstance(decoded, dict) else None
