"""Time the whole slice: `plume serve --http` with fake Slack and Mistral servers on loopback.

Prints start-up time, memory after start and after the drafts, ack latency and the time from
a signed review event to its draft in Slack (the fake model answers at once, so this is Plume's
own overhead plus pseudonymisation).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from urllib.error import URLError
from urllib.request import Request, urlopen

from bench.stats import percentile
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event, signed_headers

SECRET = "bench-secret"
REVIEWS = 40
REVIEW = (
    "Bonjour, je suis {name}. Mon dossier à la CAF est bloqué depuis deux mois, personne ne répond "
    "au {phone} ni à mon adresse {email}. Merci de faire le nécessaire."
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _drafts_shown(slack: FakeSlackApi) -> int:
    return sum("plume_approve" in json.dumps(call.params.get("blocks")) for call in slack.calls_to("chat.update"))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=REVIEWS, help=f"reviews sent one after the other ({REVIEWS})")
    reviews = parser.parse_args(argv).reviews
    # Slack's rate limits off: 40 back-to-back drafts exceed chat.update's Tier 3 (50/min per workspace) and the
    # figures would time the client's Retry-After sleeps, not Plume's own overhead, which is what this bench measures.
    with FakeSlackApi(limits=None) as slack, FakeMistralServer() as model, tempfile.TemporaryDirectory() as tmp:
        port = _free_port()
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": tmp,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack.url,
            "MISTRAL_API_KEY": "bench",
            "MISTRAL_SERVER_URL": model.url,
            "PLUME_DATABASE_URL": f"sqlite:///{tmp}/plume.db",
            "PLUME_DATA_DIR": f"{tmp}/var",
            "PLUME_FEEDBACK_CHANNELS": FEEDBACK_CHANNEL,
            "PLUME_LOG_LEVEL": "WARNING",
        }
        command = [str(Path(sys.executable).parent / "plume"), "serve", "--http", "--port", str(port)]
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=tmp, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    urlopen(f"{base}/healthz", timeout=1).close()
                    break
                except (URLError, ConnectionError):
                    time.sleep(0.05)
            ready = time.perf_counter() - started
            rss_start = _rss_mb(process.pid)

            acks: list[float] = []
            to_draft: list[float] = []
            for index in range(reviews):
                ts = f"1700000000.{index:06d}"
                text = REVIEW.format(name="Marie Dupont", phone="06 12 34 56 78", email="marie@example.fr")
                body = message_event(text, ts)
                headers = {"Content-Type": "application/json", **signed_headers(SECRET, body)}
                sent = time.perf_counter()
                urlopen(Request(f"{base}/slack/events", data=body.encode(), headers=headers), timeout=10).close()
                acks.append(time.perf_counter() - sent)
                while _drafts_shown(slack) <= index:
                    time.sleep(0.002)
                to_draft.append(time.perf_counter() - sent)
            rss_end = _rss_mb(process.pid)
        finally:
            process.terminate()
            process.wait(timeout=30)

    print(f"plume serve --http ready (healthz) after     {ready:6.2f} s")
    print(f"memory (RSS) after start                     {rss_start:6.0f} MB")
    print(f"memory (RSS) after {reviews} drafts                {rss_end:6.0f} MB")
    print(
        f"ack latency p50 / p95 / max                  {1000 * statistics.median(acks):6.1f} / "
        f"{1000 * percentile(acks, 0.95):.1f} / {1000 * max(acks):.1f} ms"
    )
    print(
        f"event -> draft in Slack p50 / p95 / max      {1000 * statistics.median(to_draft):6.1f} / "
        f"{1000 * percentile(to_draft, 0.95):.1f} / {1000 * max(to_draft):.1f} ms  (fake model answers at once)"
    )


if __name__ == "__main__":
    main()
