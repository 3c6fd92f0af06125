"""The draft streams into one post, patched no more than the rate limit allows; a failure offers retries."""

from __future__ import annotations

from bot.ports.models import ModelError
from handlers.mattermost import phrases
from tests.fakes.mattermost_harness import MattermostHarness, actions_of

REVIEW = "La mairie est fermée le samedi et personne ne l'indique sur le site."


def test_the_draft_replaces_its_progress_post_by_patches(mm: MattermostHarness) -> None:
    mm.provider.hold()
    mm.provider.enqueue("Madame, Monsieur, " + "nous avons bien reçu votre message. " * 10)
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.provider.wait_started(1)
    mm.wait(lambda: any(phrases.PROGRESS in p["message"] for p in mm.fake.thread(review["id"])), "progress post")
    progress = next(p for p in mm.fake.thread(review["id"]) if phrases.PROGRESS in p["message"])
    mm.provider.release()
    draft = mm.wait_live_draft(review["id"])
    mm.settle()

    assert draft["id"] == progress["id"], "the draft took the place of the progress post"
    assert len(mm.fake.thread(review["id"])) == 2
    patches = [c for c in mm.fake.calls_to("PUT /api/v4/posts/{post_id}/patch") if progress["id"] in c.path]
    assert 2 <= len(patches) <= 3, "the first piece at once, then no more than one patch every 2 s, then the draft"


def test_a_failing_model_offers_retries_and_a_retry_drafts_in_place(mm: MattermostHarness) -> None:
    mm.provider.enqueue(*[ModelError("server_error", retryable=True)] * 3, "Enfin un brouillon.")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait(lambda: any(a["id"] == "retry1" for p in mm.fake.thread(review["id"]) for a in actions_of(p)), "retries")
    failure = next(p for p in mm.fake.thread(review["id"]) if actions_of(p))
    labels = [a["name"] for a in actions_of(failure)]
    assert labels == [phrases.RETRY, "Essayer avec Mistral Large"]

    assert mm.click(failure["id"], "retry1").error is None
    draft = mm.wait_live_draft(review["id"])
    assert draft["id"] == failure["id"] and "Enfin un brouillon." in draft["message"]
    assert mm.provider.calls[-1][0] == "mistral-large-latest"


def test_a_rate_limited_post_is_sent_again_after_retry_after(mm: MattermostHarness) -> None:
    mm.fake.fail_next("/api/v4/posts", 429, method="POST")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    mm.wait_live_draft(review["id"])
    mm.settle()
    assert [c.status for c in mm.fake.calls_to("POST /api/v4/posts")][:2] == [429, 201]
    assert len(mm.fake.thread(review["id"])) == 2, "one draft, posted once"
    assert mm.count("jobs WHERE attempts = 1") == 1, "the adapter waited; the job was not retried"


def test_a_draft_refused_by_the_rate_limiter_is_delivered_again_after_retry_after_without_the_model(
    mm: MattermostHarness,
) -> None:
    """Mattermost refuses the final patch twice (the adapter's own retry included): the job runner shows the stored
    draft again after the server's Retry-After, in the same post, and the model is asked once."""
    mm.provider.enqueue("Bonjour.")  # one piece: one partial patch, then the final one
    mm.fake.fail_next("/api/v4/posts/{post_id}/patch", 429, times=4, method="PUT")
    review = mm.fake.user_posts(mm.feedback, mm.agent, REVIEW)
    draft = mm.wait_live_draft(review["id"])
    mm.settle()

    statuses = [c.status for c in mm.fake.calls_to("PUT /api/v4/posts/{post_id}/patch")]
    assert statuses == [429, 429, 429, 429, 200], "partial skipped after one retry; final refused twice, then shown"
    assert len(mm.provider.calls) == 1, "the stored draft was shown again, the model not asked again"
    assert "Bonjour." in draft["message"]
    assert len(mm.fake.thread(review["id"])) == 2, "one draft, in the progress post"
    assert mm.count("jobs WHERE last_error = 'delivery: ratelimited' AND status = 'done'") == 1
