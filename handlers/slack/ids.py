"""Every action_id, block_id prefix and callback_id Plume uses, in one place; these are stable."""

APPROVE = "plume_approve"
APPROVE_ANYWAY = "plume_approve_anyway"
DISMISS = "plume_dismiss"
SHOW_CHANGES = "plume_show_changes"
SHORTER = "plume_shorter"
MORE_FORMAL = "plume_more_formal"
WARMER = "plume_warmer"
FIX_SPELLING = "plume_fix_spelling"
TAKE_OVER = "plume_take_over"
PUBLISHABLE = "plume_publishable"
REFINE_BLOCK = "plume_refine"
"""Block id of a draft's one-click refinements."""
REGENERATE = "plume_regenerate"
EDIT = "plume_edit"
SWITCH_MODEL = "plume_switch_model"
SHOW_SENT_TEXT = "plume_show_sent_text"
RETRY = "plume_retry"
CONFIRM_FIRST_PART = "plume_confirm_first_part"
PIN_REPLY = "plume_pin_reply"
"""« Enregistrer comme réponse type », under an approved reply (value: the conversation id)."""

DRAFT_ACTIONS_BLOCK = "plume_draft_actions"
"""Prefix of the actions block of a draft; the revision id follows after a colon."""

DRAFT_SHORTCUT = "plume_draft_reply"
SLASH_COMMAND = "/plume"
EDIT_MODAL = "plume_edit_modal"
REVIEW_MODAL = "plume_review_modal"
SETTINGS_MODAL = "plume_settings_modal"
TRAIL_MODAL = "plume_trail_modal"
PIN_MODAL = "plume_pin_modal"

AUDIT_PERIOD = "plume_audit_period"
AUDIT_CHANNEL = "plume_audit_channel"
AUDIT_ALL_CHANNELS = "plume_audit_all_channels"
AUDIT_TRAIL = "plume_audit_trail"


def draft_actions_block(revision_id: int) -> str:
    return f"{DRAFT_ACTIONS_BLOCK}:{revision_id}"


def revision_of_block(block_id: str) -> int | None:
    prefix, _, revision = block_id.partition(":")
    return int(revision) if prefix == DRAFT_ACTIONS_BLOCK and revision.isdigit() else None
