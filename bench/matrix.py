"""Plume on a real Synapse: `plume serve` as a subprocess, a fake Mistral that streams like a model (a few seconds),
reviews posted one after another by a real account.

Prints, from the homeserver's own timestamps (one clock): review → first visible text, review → final draft, the
edits Plume sent per minute while streaming, 429 answers met, Synapse's start time and memory, Plume's memory.
`--default-limits` keeps Synapse's own rate limits (0.2 messages a second after a burst of 10).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.e2e import _rss_mb
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.plume_process import PlumeProcess
from tests.matrix_server import MatrixUser, Synapse, relation
from tests.test_e2e_matrix import REVIEW, _model_reply, matrix_env

LONG_REPLY = " Nous avons bien reçu votre message et transmis votre dossier au service concerné." * 6


def _bot_events(alice: MatrixUser, room: str, bot: str) -> list[dict[str, Any]]:
    return [e for e in alice.events(room) if e["sender"] == bot and e.get("type") == "m.room.message"]


def _measure(alice: MatrixUser, room: str, bot: str, review: str, posted: int) -> tuple[float, float, int, float]:
    """(s to first text, s to final draft, edits while streaming, streaming seconds), waiting for the final draft."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        events = _bot_events(alice, room, bot)
        progress = next(
            (
                e["event_id"]
                for e in events
                if relation(e).get("rel_type") == "m.thread" and relation(e).get("event_id") == review
            ),
            None,
        )
        edits = [
            e for e in events if relation(e).get("rel_type") == "m.replace" and relation(e).get("event_id") == progress
        ]
        final = next((e for e in edits if "Brouillon n° 1 " in e["content"]["m.new_content"]["body"]), None)
        if final is not None:
            partial = [e for e in edits if "Bonjour" in e["content"]["m.new_content"]["body"]]
            first = min(e["origin_server_ts"] for e in partial)
            streaming = (final["origin_server_ts"] - first) / 1000
            return (first - posted) / 1000, (final["origin_server_ts"] - posted) / 1000, len(edits) - 1, streaming
        time.sleep(0.3)
    raise RuntimeError("no final draft within 180 s")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reviews", type=int, default=5)
    parser.add_argument("--default-limits", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="plume-bench-matrix-") as folder, FakeMistralServer() as model:
        home = Path(folder)
        with Synapse(home / "synapse", default_limits=args.default_limits) as synapse:
            synapse_rss = _rss_mb(synapse.pid)
            bot = synapse.register("plume")
            alice = MatrixUser(synapse, synapse.register("alice"))
            room = alice.create_room("Avis des usagers", [bot.user_id])
            model.reply = lambda body: _model_reply(body) + LONG_REPLY
            model.chunk_size, model.chunk_delay = 12, 0.15
            plume = PlumeProcess(matrix_env(home, synapse, bot, model.url, room), home, "plume-bench").wait_ready()
            while bot.user_id not in alice.members(room):
                time.sleep(0.2)
            plume_rss_start = _rss_mb(plume.process.pid)
            figures = []
            for n in range(args.reviews):
                review = alice.say(room, f"Avis n° {n + 1}. {REVIEW}")
                posted = next(e["origin_server_ts"] for e in alice.events(room) if e["event_id"] == review)
                figures.append(_measure(alice, room, bot.user_id, review, posted))
            plume_rss_end = _rss_mb(plume.process.pid)
            synapse_rss_end = _rss_mb(synapse.pid)
            plume.stop()
            refused = plume.log.read_text().count("Matrix rate limit: holding calls")
    first, final = [f[0] for f in figures], [f[1] for f in figures]
    edits, streaming = sum(f[2] for f in figures), sum(f[3] for f in figures)
    limits = "Synapse's default limits" if args.default_limits else "limits raised"
    print(f"Matrix, {args.reviews} reviews one after another, {limits}; homeserver timestamps")
    print(f"Synapse start {synapse.start_seconds:.1f} s; RSS {synapse_rss:.0f} MB, {synapse_rss_end:.0f} MB at the end")
    print(f"review → first visible text   median {statistics.median(first):5.2f} s  max {max(first):5.2f} s")
    print(f"review → final draft          median {statistics.median(final):5.2f} s  max {max(final):5.2f} s")
    print(
        f"edits sent while streaming    {edits} in {streaming:.0f} s = {60 * edits / max(streaming, 1e-9):.0f} a minute"
    )
    print(f"429 answers met               {refused}")
    print(f"Plume RSS                     {plume_rss_start:.0f} MB after start, {plume_rss_end:.0f} MB after")


if __name__ == "__main__":
    main()
