"""Settings, read once at start from the environment and `.env`, then passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _split_list(raw: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in raw.split(",") if item.strip())


class Settings(BaseSettings):
    """Every knob Plume reads; names follow DESIGN.md §3."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"

    mattermost_url: str | None = None
    mattermost_bot_token: SecretStr | None = None
    mattermost_command_token: SecretStr | None = None
    plume_public_url: str | None = None  # where chat servers reach Plume's HTTP endpoints (Mattermost buttons)

    matrix_homeserver: str | None = None
    matrix_user_id: str | None = None
    matrix_access_token: SecretStr | None = None
    matrix_password: SecretStr | None = None
    matrix_device_id: str | None = None
    matrix_allowed_servers: str = ""

    anthropic_api_key: SecretStr | None = None
    anthropic_base_url: str | None = None
    anthropic_hosting: str | None = None  # where the server runs, as the model menu says it
    mistral_api_key: SecretStr | None = None
    mistral_server_url: str | None = None
    mistral_hosting: str | None = None
    albert_api_key: SecretStr | None = None
    albert_base_url: str | None = None
    albert_hosting: str | None = None

    plume_models: str = ""
    plume_model_labels: str = ""  # provider:model=label, comma-separated: the names of the model menu
    plume_database_url: str = "sqlite:///var/plume.db"
    plume_feedback_channels: str = ""
    plume_team_leads: str = ""
    plume_team_lead_group: str = ""  # a Slack user group (handle or S… id) whose members are team leads too
    plume_data_dir: Path = Path("var")
    plume_vault_key: SecretStr | None = None
    plume_vault_ttl_days: int = 90
    plume_job_workers: int = 8
    plume_job_lease_seconds: int = 30
    plume_shutdown_grace_seconds: float = 20.0
    plume_retention_days: int | None = None
    plume_model_timeout_seconds: float = 120.0
    plume_model_read_timeout_seconds: float | None = None  # longest silence in a stream; default the one above
    plume_model_prices: str = ""  # provider:model=input/output in € per million tokens, comma-separated
    plume_log_level: str = "INFO"
    plume_log_format: str = "text"
    plume_drafts_per_hour: int = 60
    plume_max_review_chars: int = 12_000
    plume_time_zone: str = "Europe/Paris"  # the team's: audit weeks, export dates (IANA name)

    @property
    def feedback_channels(self) -> frozenset[str]:
        return frozenset(_split_list(self.plume_feedback_channels))

    @field_validator("plume_time_zone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        """An unknown zone stops Plume at start rather than dating exports wrongly."""
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"PLUME_TIME_ZONE : fuseau horaire inconnu « {name} » (ex. Europe/Paris)") from None
        return name

    @property
    def time_zone(self) -> ZoneInfo:
        return ZoneInfo(self.plume_time_zone)

    @property
    def team_leads(self) -> frozenset[str]:
        return frozenset(_split_list(self.plume_team_leads))

    @property
    def allowed_servers(self) -> frozenset[str]:
        return frozenset(_split_list(self.matrix_allowed_servers))

    @property
    def model_ids(self) -> tuple[str, ...]:
        return _split_list(self.plume_models)

    @property
    def model_labels(self) -> dict[str, str]:
        """PLUME_MODEL_LABELS as {model id: label}; an item without « = » or a label is refused at start."""
        labels: dict[str, str] = {}
        for item in _split_list(self.plume_model_labels):
            model_id, _, label = item.partition("=")
            if not model_id.strip() or not label.strip():
                raise ValueError(f"PLUME_MODEL_LABELS : « {item} » n'est pas de la forme fournisseur:modèle=nom")
            labels[model_id.strip()] = label.strip()
        return labels


@dataclass(frozen=True)
class MissingSetting:
    """A variable Plume needs and where to find its value."""

    name: str
    where: str


_SLACK_HINTS = {
    "SLACK_BOT_TOKEN": "api.slack.com/apps → votre app → OAuth & Permissions → Bot User OAuth Token (xoxb-…)",
    "SLACK_APP_TOKEN": ("api.slack.com/apps → Basic Information → App-Level Tokens, portée connections:write (xapp-…)"),
    "SLACK_SIGNING_SECRET": "api.slack.com/apps → Basic Information → App Credentials → Signing Secret",
}
_MATTERMOST_HINTS = {
    "MATTERMOST_BOT_TOKEN": "Mattermost → Console système → Intégrations → Comptes de bot → jeton d'accès du bot",
    "MATTERMOST_COMMAND_TOKEN": "Mattermost → Intégrations → Commandes slash → /plume → jeton de la commande",
    "PLUME_PUBLIC_URL": "l'adresse où le serveur Mattermost joint Plume, par ex. https://plume.interne (boutons)",
}
_MATRIX_HINTS = {
    "MATRIX_USER_ID": "l'identifiant du compte du bot, par ex. @plume:agent.tchap.gouv.fr",
    "MATRIX_ACCESS_TOKEN": (
        "le jeton d'accès du compte du bot (Element → Paramètres → Aide et à propos → Jeton d'accès), "
        "ou MATRIX_PASSWORD avec MATRIX_DEVICE_ID"
    ),
    "MATRIX_DEVICE_ID": "un identifiant d'appareil stable, par ex. PLUME : les clés de chiffrement y sont attachées",
}
_NO_PLATFORM_HINT = (
    " (ou, pour Mattermost, MATTERMOST_URL et MATTERMOST_BOT_TOKEN ; pour Matrix ou Tchap, MATRIX_HOMESERVER "
    "et les réglages MATRIX_*)"
)
_MODEL_HINT = (
    "au moins un fournisseur de modèle : MISTRAL_API_KEY (console.mistral.ai → API Keys), "
    "ou MISTRAL_SERVER_URL pour un serveur compatible Mistral auto-hébergé ; "
    "ou ANTHROPIC_API_KEY (console.anthropic.com → API Keys) ; "
    "ou ALBERT_API_KEY (API Albert de la DINUM, albert.api.etalab.gouv.fr) "
    "ou ALBERT_BASE_URL pour tout serveur compatible OpenAI (vLLM, Ollama…)"
)


def missing_for_serve(settings: Settings, *, http: bool) -> list[MissingSetting]:
    """List what `plume serve` needs and does not have, in the order an operator should fix it.

    Each configured platform needs its own credentials; Slack's are asked for when no platform is configured.
    """
    from bot.models.providers import PROVIDERS  # it reads Settings: imported here, not at the top

    missing: list[MissingSetting] = []
    other_platform = bool(settings.mattermost_url or settings.matrix_homeserver)
    if settings.slack_bot_token is not None or not other_platform:
        needed = ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET" if http else "SLACK_APP_TOKEN"]
        missing += [
            MissingSetting(name, _SLACK_HINTS[name]) for name in needed if getattr(settings, name.lower()) is None
        ]
        if missing and missing[0].name == "SLACK_BOT_TOKEN" and not other_platform:
            missing[0] = MissingSetting("SLACK_BOT_TOKEN", _SLACK_HINTS["SLACK_BOT_TOKEN"] + _NO_PLATFORM_HINT)
    if settings.mattermost_url:
        missing += [
            MissingSetting(name, hint)
            for name, hint in _MATTERMOST_HINTS.items()
            if getattr(settings, name.lower()) is None
        ]
    if settings.matrix_homeserver:
        missing += _missing_for_matrix(settings)
    if not any(spec.configured(settings) for spec in PROVIDERS):
        missing.append(MissingSetting("MISTRAL_API_KEY", _MODEL_HINT))
    return missing


def _missing_for_matrix(settings: Settings) -> list[MissingSetting]:
    """The bot's account: its user id, a token or a password; with a password, the stable device id."""
    needed = []
    if not settings.matrix_user_id:
        needed.append("MATRIX_USER_ID")
    if settings.matrix_access_token is None and settings.matrix_password is None:
        needed.append("MATRIX_ACCESS_TOKEN")
    if settings.matrix_password is not None and not settings.matrix_device_id:
        needed.append("MATRIX_DEVICE_ID")
    return [MissingSetting(name, _MATRIX_HINTS[name]) for name in needed]


def describe_missing(missing: list[MissingSetting]) -> str:
    """One readable message, French first then English, naming each missing variable."""
    lines = ["Plume ne peut pas démarrer : il manque des réglages (Plume cannot start: missing settings)."]
    lines += [f"  • {item.name} — {item.where}" for item in missing]
    lines.append(
        "Renseignez-les dans l'environnement ou dans un fichier .env à la racine (voir README.md, « Configuration »)."
    )
    lines.append("Set them in the environment or in a .env file at the project root (see README.md).")
    return "\n".join(lines)
