"""The bot's crypto store at rest, against a real Synapse: pickled with a key derived from PLUME_VAULT_KEY, read
again after a restart with the same key, never holding that key; a store made with nio's default key is upgraded."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from handlers.matrix.client import MatrixClient
from handlers.matrix.store_key import MARKER, NIO_DEFAULT_KEY, store_pickle_key
from tests.matrix_server import Synapse

pytestmark = pytest.mark.e2e

VAULT_KEY = b"qOqk2sFJxk1Y3m1wJ0r0m7v6pGm1e3bOZt3lJ9qf8nE="
PASSWORD = "correct horse battery staple"


def _device_keys(synapse: Synapse, user_id: str, store: Path, pickle_key: str) -> dict[str, str]:
    """Log the bot's device in with its store; return the identity keys it holds (read back, or created)."""
    client = MatrixClient.connect(
        synapse.url, user_id, store, pickle_key=pickle_key, access_token=None, password=PASSWORD, device_id="PLUME"
    )
    try:
        assert client.nio.olm is not None
        return dict(client.nio.olm.account.identity_keys)
    finally:
        client.close()


def test_a_restart_with_the_same_key_reads_the_store_which_never_holds_the_key(
    synapse: Synapse, tmp_path: Path
) -> None:
    account = synapse.register(f"plume-{uuid.uuid4().hex[:8]}", password=PASSWORD)
    key = store_pickle_key(VAULT_KEY)
    assert key == store_pickle_key(VAULT_KEY) and key != store_pickle_key(VAULT_KEY[:-2] + b"x=")

    created = _device_keys(synapse, account.user_id, tmp_path, key)
    assert _device_keys(synapse, account.user_id, tmp_path, key) == created, "the same device keys after a restart"

    stored = b"".join(path.read_bytes() for path in tmp_path.iterdir() if path.is_file())
    for secret in (key.encode(), VAULT_KEY, NIO_DEFAULT_KEY.encode()):
        assert secret not in stored


def test_a_store_pickled_with_nios_default_key_is_upgraded_and_keeps_its_keys(synapse: Synapse, tmp_path: Path) -> None:
    account = synapse.register(f"plume-{uuid.uuid4().hex[:8]}", password=PASSWORD)
    old = _device_keys(synapse, account.user_id, tmp_path, NIO_DEFAULT_KEY)
    (tmp_path / MARKER).unlink()  # as a store made before the derived key

    key = store_pickle_key(VAULT_KEY)
    assert _device_keys(synapse, account.user_id, tmp_path, key) == old
    assert (tmp_path / MARKER).exists()
    assert _device_keys(synapse, account.user_id, tmp_path, key) == old, "read with the derived key from now on"
    (tmp_path / MARKER).unlink()  # as a start that died after re-encrypting, before writing the marker
    assert _device_keys(synapse, account.user_id, tmp_path, key) == old
