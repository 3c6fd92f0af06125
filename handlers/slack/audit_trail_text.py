"""One line of French per step of a thread's history, for the history modal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.models.registry import ModelChoice
from bot.ports.audit import TrailEntry
from handlers.common.wording import counted
from handlers.slack import phrases
from handlers.slack.audit_format import decimal, euros, model_label
from handlers.slack.blocks import escape, masked_summary

EXCERPT = 280
# Audit lines a richer row already tells (the revision, the instruction with its text).
_TOLD_ELSEWHERE = frozenset({"revision_created", "instruction_received", "manual_edit"})


def _excerpt(text: object) -> str:
    words = str(text or "")
    return escape(words if len(words) <= EXCERPT else words[: EXCERPT - 1] + "…")


def _revision(details: dict[str, object], choices: Sequence[ModelChoice]) -> str:
    kind = phrases.REVISION_KINDS.get(str(details.get("kind")), str(details.get("kind")))
    parts = [
        f"*Version n° {details.get('number')}* ({kind}) · {escape(model_label(str(details.get('model')), choices))}"
    ]
    if details.get("kind") != "manual_edit":
        parts.append(f"prompt {escape(str(details.get('prompt_version')))}")
        parts.append(f"{decimal(int(str(details.get('latency_ms') or 0)) / 1000)} s")
        if details.get("input_tokens") is not None:
            parts.append(f"{details.get('input_tokens')} + {details.get('output_tokens')} jetons")
        if isinstance(details.get("cost_eur"), float):
            parts.append(euros(float(str(details["cost_eur"]))))
        sources = details.get("sources")
        if isinstance(sources, list) and sources:
            parts.append(
                counted(len(sources), "exemple validé", "exemples validés")
                + " (n° "
                + ", ".join(map(str, sources))
                + ")"
            )
    return " · ".join(parts) + f"\n> {_excerpt(details.get('text'))}"


def _attempt(details: dict[str, object], choices: Sequence[ModelChoice]) -> str:
    model = escape(model_label(str(details.get("model")), choices))
    seconds = decimal(int(str(details.get("latency_ms") or 0)) / 1000)
    outcome = f"échec ({escape(str(details['error']))})" if details.get("error") else "réponse reçue"
    return f"Appel au modèle {model} : {outcome} en {seconds} s"


def _masked(details: dict[str, object]) -> str:
    counts = details.get("masked")
    clean = {str(k): int(str(v)) for k, v in counts.items()} if isinstance(counts, dict) else {}
    source = phrases.SOURCES.get(str(details.get("source")), str(details.get("source", "")))
    return f"*Avis reçu* ({source}) · {masked_summary(clean)}"


def _overridden(details: dict[str, object]) -> str:
    found = details.get("findings")
    kinds = [str(item.get("kind")) for item in found if isinstance(item, dict)] if isinstance(found, list) else []
    named = ", ".join(sorted({phrases.FINDING_KINDS.get(kind, kind) for kind in kinds}))
    return (
        f"⛔ *Approuvée malgré les vérifications* : {counted(len(kinds), 'alerte bloquante', 'alertes bloquantes')}"
        f" ignorée{'s' if len(kinds) > 1 else ''} ({escape(named)})"
    )


_LINES: dict[str, Callable[[dict[str, object], Sequence[ModelChoice]], str]] = {
    "review_received": lambda d, _c: _masked(d),
    "instruction": lambda d, _c: f"*Consigne* : « {_excerpt(d.get('text'))} »",
    "revision": _revision,
    "model_attempt": _attempt,
    "redraft_requested": lambda d, c: (
        f"Nouvelle version demandée ({phrases.REVISION_KINDS.get(str(d.get('kind')), d.get('kind'))}, "
        f"{escape(model_label(str(d.get('model')), c))})"
    ),
    "retry_requested": lambda d, c: f"Nouvel essai demandé ({escape(model_label(str(d.get('model')), c))})",
    "generation_failed": lambda d, _c: f"⚠️ Échec de la rédaction ({escape(str(d.get('error')))})",
    "pseudonymisation_failed": lambda _d, _c: "🛑 Échec du masquage : rien n'a été envoyé au modèle",
    "findings_overridden": lambda d, _c: _overridden(d),
    "reply_pinned": lambda d, _c: f"📌 *Enregistrée comme réponse type* (exemple n° {d.get('example')})",
    "approved": lambda d, c: (
        f"✅ *Réponse approuvée* : version n° {d.get('revision')} · {escape(model_label(str(d.get('model')), c))}"
        + (
            f" · distance au premier brouillon {decimal(float(str(d['edit_distance'])), 2)}"
            if d.get("edit_distance") is not None
            else ""
        )
    ),
}


def entry_text(entry: TrailEntry, choices: Sequence[ModelChoice]) -> str | None:
    """The step in French, or None when another line of the trail already tells it."""
    if entry.kind in _TOLD_ELSEWHERE:
        return None
    line = _LINES.get(entry.kind)
    if line is None:
        return f"{escape(entry.kind)} · {counted(len(entry.details), 'détail', 'détails')}"
    return line(entry.details, choices)
