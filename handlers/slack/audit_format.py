"""French renderings of audit values: numbers, shares, durations, model names, dates Slack shows in local time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from bot.domain import MANUAL_MODEL
from bot.models.registry import ModelChoice, UnknownModel, parse_model_id
from handlers.common.wording import NARROW_SPACE as NARROW_SPACE, duration as duration, number as number


def decimal(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


def share(part: float | None) -> str:
    """A fraction as a French percentage: 0.754 -> 75 %."""
    return "—" if part is None else f"{round(part * 100)}{NARROW_SPACE}%"


def euros(value: float) -> str:
    return f"{value:,.2f}".replace(",", NARROW_SPACE).replace(".", ",") + f"{NARROW_SPACE}€"


def model_label(model_id: str, choices: Sequence[ModelChoice]) -> str:
    if model_id == MANUAL_MODEL:
        return "modifiée à la main"
    for choice in choices:
        if choice.id == model_id:
            return choice.label
    try:
        return parse_model_id(model_id).label
    except UnknownModel:
        return model_id


def slack_date(value: datetime, *, with_time: bool = True) -> str:
    """A date Slack renders in the reader's time zone, with a UTC fallback."""
    epoch = int(value.timestamp())
    fallback = value.astimezone(UTC).strftime("%d/%m/%Y %H:%M UTC" if with_time else "%d/%m/%Y")
    pattern = "{date_short} à {time}" if with_time else "{date_short}"
    return f"<!date^{epoch}^{pattern}|{fallback}>"


def utc_day(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%d/%m/%Y")
