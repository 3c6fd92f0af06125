"""The catch-up after a long stop, on a real Synapse: Plume stopped, reviews then many other events posted (more
than its sync window of 100), Plume restarted. Prints, per gap size: the restart until /healthz answers, the
restart until every review of the gap is stored (caught up and pseudonymised, before any drafting), the pages
read, and the restart until every draft is out.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import MatrixUser, Synapse, current_texts
from tests.test_e2e_matrix import REVIEW, _model_reply, matrix_env


def _wait(found: object, what: str, timeout: float = 600.0) -> float:
    """Seconds until `found()` is true."""
    started = time.monotonic()
    while not found():  # type: ignore[operator]
        if time.monotonic() - started > timeout:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)
    return time.monotonic() - started


def _conversations(db: Path) -> int:
    if not db.exists():
        return 0
    with closing(sqlite3.connect(db)) as connection:
        try:
            return int(connection.execute("SELECT count(*) FROM conversations").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def _one_gap(synapse: Synapse, model: FakeMistralServer, home: Path, others: int, reviews: int) -> str:
    bot = synapse.register(f"plume-{others}")
    alice = MatrixUser(synapse, synapse.register(f"alice-{others}"))
    room = alice.create_room("Avis des usagers", [bot.user_id])
    env = matrix_env(home, synapse, bot, model.url, room) | {"PLUME_DATABASE_URL": f"sqlite:///{home / 'plume.db'}"}
    first = PlumeProcess(env, home, f"plume-{others}-before")
    try:
        first.wait_ready()
        _wait(lambda: bot.user_id in alice.members(room), "the invitation")
    finally:
        first.stop()
    for n in range(reviews):
        alice.say(room, f"Avis n° {n} : {REVIEW}")
    for n in range(others):
        alice.send(room, {"msgtype": "m.notice", "body": f"Rappel automatique n° {n}"})

    def drafted() -> bool:
        shown = current_texts(alice.events(room)).values()
        return sum("Brouillon n° 1 " in text for text in shown) == reviews

    started = time.monotonic()
    plume = PlumeProcess(env, home, f"plume-{others}-after")
    try:
        plume.wait_ready()
        ready = time.monotonic() - started
        stored = ready + _wait(lambda: _conversations(home / "plume.db") == reviews, "the reviews stored")
        done = stored + _wait(drafted, "the drafts")
    finally:
        plume.stop()
    caught = re.search(r"(\d+) missed event\(s\) caught up in (\d+) page\(s\), ([\d.]+) s", plume.log.read_text())
    pages = f"{caught[1]} events in {caught[2]} pages, {caught[3]} s" if caught else "no catch-up"
    return (
        f"{reviews} reviews + {others:5d} other events | healthz {ready:5.1f} s | reviews stored {stored:5.1f} s"
        f" ({pages}) | drafts out {done:5.1f} s"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--others", type=int, nargs="+", default=[0, 200, 900])
    parser.add_argument("--reviews", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"Matrix catch-up after a stop (sync window 100 events, limits raised), {args.reviews} reviews in the gap")
    with tempfile.TemporaryDirectory(prefix="plume-bench-catch-up-") as folder, FakeMistralServer() as model:
        model.reply = _model_reply
        with Synapse(Path(folder) / "synapse") as synapse:
            for others in args.others:
                home = Path(folder) / f"gap-{others}"
                home.mkdir()
                print(_one_gap(synapse, model, home, others, args.reviews), flush=True)


if __name__ == "__main__":
    main()
