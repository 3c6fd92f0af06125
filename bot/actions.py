"""What a person can do to a draft, whatever the platform: buttons, reactions and text commands all become an
`Action`, and `ActionDispatcher.perform` maps it to the use case. Adapters only render and parse."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.domain import EditTarget
from bot.intake import Intake
from bot.models.registry import ModelChoice
from bot.ports.chat import Action, ActionKind
from bot.service import PlumeService

log = logging.getLogger(__name__)


ONE_CLICK_INSTRUCTIONS = {
    ActionKind.SHORTER: "Plus court.",
    ActionKind.MORE_FORMAL: "Plus formel.",
    ActionKind.WARMER: "Plus chaleureux.",
    ActionKind.FIX_SPELLING: "Corrige l'orthographe et la grammaire, sans rien changer d'autre.",
}
"""The instruction each one-click refinement stands for, sent to the model as an agent's reply would be."""


def draft_actions(
    revision_id: int,
    choices: Sequence[ModelChoice],
    *,
    unresolved: bool = False,
    publishable: bool = False,
    dismissable: bool = False,
    first: bool = True,
) -> tuple[Action, ...]:
    """The actions under a draft: approve, regenerate, edit, one switch per offered model, seeing the exact text
    the model received (on every draft: the latest is where agents look), the one-click refinements, « Je m'en
    occupe », and for the
    first draft of a post in a feedback channel (`dismissable`), « Ce n'est pas un avis », and for a later version
    (not `first`), « Voir les changements ». A draft with
    `unresolved` placeholders or a hard finding of the checks (`unresolved` then) cannot be approved as is: its
    approval is an explicit « approve anyway »; a draft of a public channel that carries the citizen's data
    (`publishable`) offers its publishable version next to the edit."""
    actions = [
        Action(ActionKind.APPROVE_ANYWAY if unresolved else ActionKind.APPROVE, revision_id),
        Action(ActionKind.REGENERATE, revision_id),
        Action(ActionKind.EDIT, revision_id),
        *((Action(ActionKind.PUBLISHABLE, revision_id),) if publishable else ()),
        *(Action(ActionKind.SWITCH_MODEL, revision_id, choice.id) for choice in choices),
        Action(ActionKind.SHOW_SENT_TEXT, revision_id),
        *(Action(kind, revision_id) for kind in ONE_CLICK_INSTRUCTIONS),
        Action(ActionKind.TAKE_OVER, revision_id),
    ]
    if dismissable:
        actions.append(Action(ActionKind.DISMISS, revision_id))
    if not first:
        actions.append(Action(ActionKind.SHOW_CHANGES, revision_id))
    return tuple(actions)


class ActionDispatcher:
    """Performs an action a person took on a draft, a failure or an offer; stale or repeated ones only explain."""

    def __init__(self, intake: Intake, service: PlumeService) -> None:
        self._intake = intake
        self._service = service

    def perform(self, action: Action, user_id: str) -> EditTarget | None:
        """Do what `action` says; for EDIT, return the draft to edit (None and a notice if it cannot be now)."""
        target = action.target_id
        match action.kind:
            case ActionKind.APPROVE:
                self._service.approve(target, user_id)
            case ActionKind.APPROVE_ANYWAY:
                self._service.approve(target, user_id, despite_unresolved=True)
            case ActionKind.REGENERATE:
                self._service.regenerate(target, user_id)
            case ActionKind.EDIT:
                return self._service.prepare_edit(target, user_id)
            case ActionKind.SWITCH_MODEL if action.model_id:
                self._service.switch_model(target, action.model_id, user_id)
            case ActionKind.RETRY if action.model_id:
                self._service.retry(target, action.model_id, user_id)
            case ActionKind.CONFIRM_FIRST_PART:
                self._intake.confirm_first_part(target, user_id)
            case ActionKind.SHOW_SENT_TEXT:
                self._service.show_sent_text(target, user_id)
            case ActionKind.DISMISS:
                self._service.dismiss(target, user_id)
            case ActionKind.SHOW_CHANGES:
                self._service.show_changes(target, user_id)
            case ActionKind.TAKE_OVER:
                self._service.take_over(target, user_id)
            case ActionKind.PUBLISHABLE:
                self._service.use_publishable_version(target, user_id)
            case ActionKind.SHORTER | ActionKind.MORE_FORMAL | ActionKind.WARMER | ActionKind.FIX_SPELLING:
                self._service.refine(target, user_id, ONE_CLICK_INSTRUCTIONS[action.kind], action.kind.value)
            case _:
                log.warning("incomplete action %s ignored", action.kind.value)
        return None
