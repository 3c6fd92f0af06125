"""`plume doctor`: check every part Plume needs, and say what to fix; secrets are never printed in clear."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from pydantic import SecretStr

from bot.config import Settings, missing_for_serve


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def mask(secret: SecretStr | None) -> str:
    """Enough to recognise a secret (its kind and length), never enough to use it."""
    if secret is None:
        return "absent"
    value = secret.get_secret_value()
    kind = value.split("-", 1)[0] + "-…" if "-" in value[:6] else "…"
    return f"{kind} ({len(value)} caractères)"


def _configuration(settings: Settings) -> Iterator[Check]:
    """Complete if at least one way of serving (Socket Mode or HTTP) has all it needs."""
    missing = {mode: missing_for_serve(settings, http=http) for mode, http in (("Socket Mode", False), ("HTTP", True))}
    detail = " ; ".join(
        f"{mode} : " + ("complète" if not items else "manque " + ", ".join(item.name for item in items))
        for mode, items in missing.items()
    )
    yield Check("Configuration", any(not items for items in missing.values()), detail)
    secrets = ", ".join(
        f"{name}={mask(getattr(settings, name.lower()))}"
        for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "MISTRAL_API_KEY",
                     "ANTHROPIC_API_KEY", "ALBERT_API_KEY", "MATRIX_ACCESS_TOKEN", "MATRIX_PASSWORD", "PLUME_VAULT_KEY")
    )  # fmt: skip
    yield Check("Secrets", True, secrets)


def _attempt(name: str, probe: Callable[[], str]) -> Check:
    try:
        return Check(name, True, probe())
    except Exception as error:  # the check reports; the message is the library's, never a secret of ours
        return Check(name, False, f"{type(error).__name__}: {str(error)[:200]}")


def run_checks(settings: Settings, probes: dict[str, Callable[[], str]]) -> list[Check]:
    """The configuration checks, then each probe (database, vault key, Slack, models, pseudonymiser)."""
    return [*_configuration(settings), *(_attempt(name, probe) for name, probe in probes.items())]


def render(checks: list[Check]) -> str:
    return "\n".join(f"{'✅' if check.ok else '❌'} {check.name} : {check.detail}" for check in checks)
