"""Streaming and overhead, in process: the real Bolt app, Slack Web API client, Mistral SDK and pseudonymiser.

A fake Mistral server streams each draft at a fixed rate (4 characters every 20 ms, about 50 tokens/s); the fake
Slack records every call. Per review it measures the delay between the first token reaching Plume and the first
text visible in Slack, and Plume's own time per draft: from the signed event to the final draft in Slack, minus
the time spent inside the model call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from slack_bolt import BoltRequest

from bench.stats import percentile
from bot.chat_router import ChatRouter
from bot.domain import Platform
from bot.models.http import Timeouts
from bot.models.mistral import MistralProvider
from bot.models.registry import ModelRegistry
from bot.ports.models import ModelAnswer, PromptMessage
from bot.ports.privacy import Pseudonymiser
from bot.privacy.engine import PresidioPseudonymiser
from handlers.slack.app import build_app, build_web_client
from handlers.slack.chat import SlackChat
from storage.database import open_engine, upgrade
from tests.fakes.core import build_test_core
from tests.fakes.mistral_api import FakeMistralServer
from tests.fakes.slack_api import FakeSlackApi
from tests.fakes.slack_payloads import FEEDBACK_CHANNEL, message_event, signed_headers

SECRET = "bench-secret"
REVIEWS = 30
DRAFT = (
    "Bonjour [PERSONNE_1], merci d'avoir pris le temps de nous écrire. Nous comprenons votre agacement face à "
    "l'attente. Votre dossier est suivi par nos services ; un conseiller vous recontactera. Cordialement."
)


class TimedProvider:
    """Wraps a provider to note when the model call starts, its first token arrives and it ends."""

    def __init__(self, inner: MistralProvider) -> None:
        self.inner = inner
        self.marks: list[dict[str, float]] = []

    def stream(self, model: str, messages: Sequence[PromptMessage], on_text: Callable[[str], None]) -> ModelAnswer:
        marks = {"start": time.perf_counter()}
        self.marks.append(marks)

        def first(piece: str) -> None:
            marks.setdefault("first_token", time.perf_counter())
            on_text(piece)

        answer = self.inner.stream(model, messages, first)
        marks["end"] = time.perf_counter()
        return answer


def main(argv: Sequence[str] | None = None, pseudonymiser: Pseudonymiser | None = None) -> None:
    """Measure; `pseudonymiser` lets a caller that has one loaded already (the smoke test) skip loading another."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=REVIEWS, help=f"reviews drafted one after the other ({REVIEWS})")
    reviews = parser.parse_args(argv).reviews
    # Slack's rate limits off: drafts streamed one after the other edit faster than chat.update's Tier 3 (50/min per
    # workspace), and this bench measures how soon Plume shows text, not the client's Retry-After sleeps.
    with FakeSlackApi(limits=None) as slack, FakeMistralServer(reply=DRAFT, chunk_size=4, chunk_delay=0.02) as model:
        folder = Path(tempfile.mkdtemp())
        engine = open_engine(f"sqlite:///{folder / 'plume.db'}")
        upgrade(engine)
        provider = TimedProvider(MistralProvider("bench", model.url, Timeouts(read=30.0)))
        client = build_web_client("xoxb-bench", slack.url)
        choices = ModelRegistry({"mistral": provider}, []).choices
        chat = ChatRouter({Platform.SLACK: SlackChat(client, choices)}, choices)
        core = build_test_core(engine, pseudonymiser or PresidioPseudonymiser(), provider, chat, stream_interval=1.0,
                               model_ids=["mistral:mistral-small-latest"])  # fmt: skip
        core.runner.start()
        app = build_app(client, core, signing_secret=SECRET, feedback_channels=frozenset({FEEDBACK_CHANNEL}))

        first_visible: list[float] = []
        overhead: list[float] = []
        for index in range(reviews):
            updates_before = len(slack.calls_to("chat.update"))
            body = message_event(
                f"Avis {index} : je suis Marie Dupont, la CAF ne répond pas.", f"1700000000.{index:06d}"
            )
            sent = time.perf_counter()
            headers = {"content-type": ["application/json"], **signed_headers(SECRET, body)}
            app.dispatch(BoltRequest(body=body, headers=headers))
            visible_at: float | None = None
            while True:
                updates = slack.calls_to("chat.update")[updates_before:]
                now = time.perf_counter()
                if updates and visible_at is None:
                    visible_at = now
                if any("plume_approve" in json.dumps(call.params.get("blocks")) for call in updates):
                    done = now
                    break
                time.sleep(0.001)
            marks = provider.marks[-1]
            first_visible.append((visible_at or done) - marks["first_token"])
            overhead.append((done - sent) - (marks["end"] - marks["start"]))
        core.runner.stop()

    print(f"{reviews} drafts, model streaming {len(DRAFT)} characters at ~200 characters/s")
    print(
        f"first token -> first text visible in Slack  p50 {1000 * statistics.median(first_visible):6.1f} ms  "
        f"p95 {1000 * percentile(first_visible, 0.95):6.1f} ms  (goal <= 500 ms)"
    )
    print(
        f"Plume's time per draft, model time excluded  p50 {1000 * statistics.median(overhead):6.1f} ms  "
        f"p95 {1000 * percentile(overhead, 0.95):6.1f} ms  (goal <= 150 ms)"
    )


if __name__ == "__main__":
    main()
