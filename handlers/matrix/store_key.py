"""The key that encrypts the bot's crypto store at rest (its Olm account, Olm and Megolm sessions, pickled by nio).

It is derived from PLUME_VAULT_KEY with HKDF-SHA256 and a fixed context string, so the store is as safe as the vault
and needs no secret of its own; it is never written anywhere. A store made before (pickled with nio's default key,
`DEFAULT_KEY`) is re-encrypted once with the derived key at start, keeping the device's keys: a marker file then
says the store is under the derived key.
"""

from __future__ import annotations

import base64
import logging
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from nio.store import DefaultStore

log = logging.getLogger(__name__)

CONTEXT = b"plume/matrix/crypto-store/v1"
NIO_DEFAULT_KEY = "DEFAULT_KEY"
MARKER = "store-key-v1"
"""Present once every pickle of the store is under the derived key (its content names the scheme, no secret)."""


def store_pickle_key(vault_key: bytes) -> str:
    """The crypto store's pickle key: HKDF-SHA256 of the vault key, bound to this use by `CONTEXT`."""
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=CONTEXT).derive(vault_key)
    return base64.urlsafe_b64encode(derived).decode()


def prepare_store(store_dir: Path, user_id: str, pickle_key: str) -> None:
    """Make `store_dir` readable with `pickle_key`: re-encrypt a store nio pickled with its default key."""
    store_dir.mkdir(parents=True, exist_ok=True)
    marker = store_dir / MARKER
    if marker.exists():
        return
    for database in sorted(store_dir.glob(f"{user_id}_*.db")):
        device_id = database.name.removeprefix(f"{user_id}_").removesuffix(".db")
        store = DefaultStore(user_id, device_id, str(store_dir), pickle_key)
        try:
            if not _opens(store):
                _rekey(store, pickle_key)
                log.info(
                    "Matrix crypto store of device %s re-encrypted with the key derived from PLUME_VAULT_KEY", device_id
                )
        finally:
            store.database.close()
    marker.write_text("hkdf-sha256 of PLUME_VAULT_KEY, context plume/matrix/crypto-store/v1\n")


def _opens(store: DefaultStore) -> bool:
    """Whether the store's account opens with its current key (a re-encryption cut short by a crash is done)."""
    try:
        store.load_account()
    except Exception:  # vodozemac refuses a pickle under another key
        return False
    return True


def _rekey(store: DefaultStore, pickle_key: str) -> None:
    """Read every pickle with nio's default key and write it back under `pickle_key`, in one transaction."""
    store.pickle_key = NIO_DEFAULT_KEY
    account = store.load_account()
    if account is None:
        return
    sessions = list(store.load_sessions().items())
    inbound = list(store.load_inbound_group_sessions())
    store.pickle_key = pickle_key
    with store.database.atomic():
        store.save_account(account)
        for curve_key, held in sessions:
            for session in held:
                store.save_session(curve_key, session)
        for group_session in inbound:
            store.save_inbound_group_session(group_session)
