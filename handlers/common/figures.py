"""French renderings of the audit's figures, the same on every platform: numbers, shares, euros, excerpts, states."""

from __future__ import annotations

import math

from bot.ports.audit import CheckFigures
from handlers.common.wording import NARROW_SPACE, counted, number as number

EXCERPT_CHARS = 80
THREAD_STATUS = {
    "awaiting": "🕓 en attente de confirmation",
    "drafting": "⏳ en cours de rédaction",
    "ready": "✏️ brouillon prêt, pas encore approuvé",
    "failed": "⚠️ aucun brouillon (échec)",
    "approved": "✅ approuvé",
}


def decimal(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}".replace(".", ",")


def share(part: float | None) -> str:
    """A fraction as a French percentage: 0.754 -> 75 %."""
    return "—" if part is None else f"{round(part * 100)}{NARROW_SPACE}%"


def euros(value: float) -> str:
    """1 234,56 € ; a small amount keeps two significant digits (0,0042 €) rather than reading « 0,00 € »."""
    if value == 0:
        return f"0{NARROW_SPACE}€"
    digits = 2 if abs(value) >= 0.01 else min(8, 1 - math.floor(math.log10(abs(value))))
    return f"{value:,.{digits}f}".replace(",", NARROW_SPACE).replace(".", ",") + f"{NARROW_SPACE}€"


def check_figures(checks: CheckFigures | None) -> tuple[tuple[str, str], ...]:
    """The checks of a period, as (name, value): drafts with findings, approvals that overrode a blocking one."""
    checks = checks or CheckFigures()
    return (
        (
            "Brouillons avec alertes",
            f"{share(checks.findings_share)} ({number(checks.with_findings)} sur {number(checks.revisions)})",
        ),
        (
            "Approuvées malgré une alerte ⛔",
            f"{number(checks.overridden_approvals)} "
            f"({counted(checks.overridden_findings, 'alerte ignorée', 'alertes ignorées')})",
        ),
    )


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of a (pseudonymised) review on one line, cut at a word, with an ellipsis when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:.") + "…"
