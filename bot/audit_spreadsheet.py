"""The export as a French office suite opens it: `;` between fields, UTF-8 with a BOM, French headers and values.

Excel in French reads a CSV with the list separator of the system (`;`, the comma being the decimal mark) and takes
a file without a BOM for Windows-1252; dates are `JJ/MM/AAAA HH:MM` in the team's time zone, yes/no are « oui » /
« non », decimals have a comma. A text that a spreadsheet would take for a formula (=, +, -, @ first) is quoted with
a leading apostrophe, so a review cannot run anything in the lead's spreadsheet.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.ports.audit import ExportRow

BOM = "\ufeff"
HEADERS = (
    "N° de fil",
    "Canal",
    "Fil",
    "Lien",
    "Origine",
    "Reçu le",
    "Transmis par",
    "Éléments masqués",
    "Approuvé le",
    "Approuvé par",
    "Délai avant approbation (minutes)",
    "Modèle",
    "Modèle du premier brouillon",
    "Version de la consigne",
    "Versions",
    "Distance d'édition",
    "Envoyé sans modification",
    "Jetons en entrée",
    "Jetons en sortie",
    "Coût estimé (€)",
    "Approuvé malgré un constat bloquant",
    "Inspiré des fils n°",
    "Avis (pseudonymisé)",
    "Premier brouillon (pseudonymisé)",
    "Réponse approuvée (pseudonymisée)",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FINDING_KINDS = {"placeholder": "marqueur inventé ou texte à compléter", "personal_data": "donnée de l'usager"}
"""The blocking kinds of bot.checks, as a lead reads them."""


def header_line() -> str:
    return BOM + ";".join(HEADERS) + "\r\n"


def local_time(value: datetime, zone: ZoneInfo) -> str:
    """JJ/MM/AAAA HH:MM in `zone` (formatted by hand: strftime is the slow part of a 100 000-row export)."""
    t = value.astimezone(zone)
    return f"{t.day:02d}/{t.month:02d}/{t.year} {t.hour:02d}:{t.minute:02d}"


def overridden(kinds: tuple[str, ...]) -> str:
    """« non », or « oui : » and the kinds of the blocking findings the approval overrode."""
    return f"oui : {', '.join(FINDING_KINDS.get(kind, kind) for kind in kinds)}" if kinds else "non"


def _text(value: str) -> str:
    if value.startswith(_FORMULA_STARTS):
        value = "'" + value
    return '"' + value.replace('"', '""') + '"'


def _decimal(value: float | None, digits: int) -> str:
    return "" if value is None else str(round(value, digits)).replace(".", ",")


def spreadsheet_line(row: ExportRow, link: str, masked: str, zone: ZoneInfo) -> str:
    """One record in HEADERS order, CRLF-terminated; `link` and `masked` as bot.audit_export makes them."""
    distance = None if row.edit_distance is None else round(row.edit_distance, 4)
    unchanged = "" if distance is None else ("oui" if distance == 0 else "non")
    minutes = max(0.0, (row.approved_at - row.received_at).total_seconds() / 60)
    fields = (
        str(row.conversation_id),
        _text(row.channel_id),
        _text(row.thread_id),
        _text(link),
        _text(row.source),
        local_time(row.received_at, zone),
        _text(row.requested_by),
        _text(masked),
        local_time(row.approved_at, zone),
        _text(row.approved_by),
        _decimal(minutes, 1),
        _text(row.model_id),
        _text(row.first_model_id),
        _text(row.prompt_version),
        str(row.revisions),
        _decimal(distance, 4),
        unchanged,
        str(row.input_tokens),
        str(row.output_tokens),
        _decimal(row.cost_eur, 6),
        _text(overridden(row.overridden_findings)),
        _text(", ".join(map(str, row.inspired_by))),
        _text(row.review),
        _text(row.first_draft),
        _text(row.approved_text),
    )
    return ";".join(fields) + "\r\n"
