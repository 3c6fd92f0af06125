"""Reaching the homeserver at start: the bot's client logged in, or a probe for `plume doctor`."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.request import Request, urlopen

from handlers.matrix.client import MatrixClient


class MatrixUnavailable(Exception):
    """The homeserver refused the bot's credentials, or did not answer at MATRIX_HOMESERVER."""


def connect_matrix(
    homeserver: str,
    user_id: str,
    store: Path,
    *,
    pickle_key: str,
    access_token: str | None,
    password: str | None,
    device_id: str | None,
) -> MatrixClient:
    """The bot logged in with its crypto store loaded, or MatrixUnavailable (never the credentials)."""
    try:
        return MatrixClient.connect(
            homeserver,
            user_id,
            store,
            pickle_key=pickle_key,
            access_token=access_token,
            password=password,
            device_id=device_id,
        )
    except Exception as error:  # nio's errors or the network's; never the credentials
        raise MatrixUnavailable(getattr(error, "reason", type(error).__name__)) from None


def matrix_probe(homeserver: str, user_id: str, device_id: str | None, access_token: str | None, store: Path) -> str:
    """The homeserver answers and knows the bot's token; the crypto store is not opened (`plume serve` owns it)."""
    base = homeserver.rstrip("/")
    with urlopen(f"{base}/_matrix/client/versions", timeout=10) as response:
        versions = json.loads(response.read()).get("versions", [])
    kept = "clés gardées dans " + str(store) if store.exists() else f"clés créées dans {store} au premier lancement"
    if access_token is None:
        version = versions[-1] if versions else "?"
        return f"{base} répond (Matrix {version}) ; mot de passe vérifié au démarrage ; {kept}"
    request = Request(f"{base}/_matrix/client/v3/account/whoami", headers={"Authorization": f"Bearer {access_token}"})
    with urlopen(request, timeout=10) as response:
        who = json.loads(response.read())
    if who.get("user_id") != user_id:
        raise RuntimeError(f"le jeton est celui de {who.get('user_id')}, pas de MATRIX_USER_ID")
    device = device_id or who.get("device_id")
    return f"{base} : bot {who.get('user_id')}, appareil {device} ; {kept}"
