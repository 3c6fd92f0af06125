"""Where the vault key comes from: PLUME_VAULT_KEY, or a key file generated in the data folder on first run."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from bot.privacy.vault import VaultCipher

log = logging.getLogger(__name__)

KEY_FILE_NAME = "vault.key"


def load_or_create_key(configured: str | None, data_dir: Path) -> bytes:
    """Return the configured key, else the one in `data_dir`, creating it (mode 0600) if absent."""
    if configured:
        return configured.encode()
    path = data_dir / KEY_FILE_NAME
    if path.exists():
        return path.read_bytes().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = VaultCipher.generate_key()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    log.warning("generated a new vault key in %s; set PLUME_VAULT_KEY to share it between processes", path)
    return key
