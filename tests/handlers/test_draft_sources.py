"""The line under a grounded draft: which approved replies inspired it, linked where the platform allows."""

from __future__ import annotations

from functools import partial

from bot.domain import Platform
from bot.models.registry import parse_model_id
from bot.ports.chat import DraftSource
from handlers.common.wording import sources_line
from handlers.matrix import render as matrix_render
from handlers.matrix.chat import matrix_link
from handlers.mattermost import render as mattermost_render

MODEL = parse_model_id("mistral:mistral-small-latest")

PINNED = DraftSource(Platform.MATRIX, "", "!avis:agent.tchap.gouv.fr", "$Rqnc-F:x", "Passeport : créneaux")
THREAD = DraftSource(Platform.MATRIX, "", "!avis:agent.tchap.gouv.fr", "$Zt9", None)


def test_each_source_is_named_pinned_by_its_title_and_linked_when_a_link_exists() -> None:
    line = sources_line([PINNED, THREAD], matrix_link, lambda label, url: f"{label} ({url})")

    assert line.startswith("📚 Inspiré des réponses validées de l'équipe\u202f: ")
    assert "réponse type «\u202fPasseport\u202f: créneaux\u202f» (https://matrix.to/#/%21avis%3Aagent" in line
    assert line.endswith("fil approuvé 2 (https://matrix.to/#/%21avis%3Aagent.tchap.gouv.fr/%24Zt9)")
    assert sources_line([], matrix_link, lambda label, url: url) == ""


def test_a_platform_without_links_names_the_sources_only() -> None:
    line = sources_line([THREAD], lambda _source: None, lambda label, url: f"[{label}]({url})")

    assert line.endswith(": fil approuvé 1") and "](" not in line
    assert matrix_link(DraftSource(Platform.SLACK, "T", "C", "1.2")) is None


def test_mattermost_and_matrix_drafts_carry_the_sources_line_under_the_text() -> None:
    line = sources_line([THREAD], matrix_link, lambda label, url: f"{label} ({url})")
    integration = mattermost_render.Integration("http://plume/mattermost/actions", b"k" * 32)

    post = mattermost_render.draft_post(
        integration, counts=None, draft_text="Bonjour", revision_number=1, model=MODEL, choices=[MODEL], actions=(),
        sources="📚 Inspiré des réponses validées de l'équipe : fil approuvé 1",
    )  # fmt: skip
    message = matrix_render.draft(counts=None, text="Bonjour", number=1, model=MODEL, choices=[MODEL], sources=line)

    assert "fil approuvé 1" in post.message and post.message.index("Bonjour") < post.message.index("fil approuvé")
    assert "https://matrix.to/#/%21avis" in message["body"] and "fil approuvé 1" in message["formatted_body"]


def test_mattermost_links_a_source_to_its_post_and_keeps_a_bracketed_title_inside_the_link() -> None:
    source = DraftSource(Platform.MATTERMOST, "team", "channel", "p0st1d", "Carte grise [ANTS]")
    link_of = partial(mattermost_render.permalink, "https://chat.example.org/")
    line = sources_line([source], link_of, mattermost_render.link)

    assert link_of(source) == "https://chat.example.org/_redirect/pl/p0st1d"
    assert "[réponse type «\u202fCarte grise \\[ANTS\\]\u202f»](https://chat.example.org/_redirect/pl/p0st1d)" in line
    assert link_of(THREAD) is None and mattermost_render.permalink("", source) is None
