"""The pure Block Kit builders of handlers/slack/blocks.py, tested alone: escaping, splitting, drafts, Slack limits."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import partial
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

from bot.actions import draft_actions
from bot.domain import MANUAL_MODEL
from bot.failures import DraftFailure
from bot.models.registry import parse_model_id
from bot.ports.chat import Notice
from handlers.common.typography import typeset
from handlers.slack import blocks, ids, phrases
from handlers.slack.blocks import SlackMessage

# Slack limits (DESIGN.md §8 and api.slack.com/reference/block-kit).
MAX_BLOCKS = 50
SECTION_TEXT_MAX = 3000
CONTEXT_ELEMENTS_MAX = 10
ACTIONS_ELEMENTS_MAX = 25
PLAIN_TEXT_LABEL_MAX = 75
BUTTON_VALUE_MAX = 2000
OPTION_VALUE_MAX = 150
SELECT_OPTIONS_MAX = 100
ID_MAX = 255
MESSAGE_TEXT_MAX = 40_000

PINGS = "Bonjour <!channel> et <!here>, voyez <@U123> & <!subteam^S42> ou <https://evil.example|ici>."
RAW_PINGS = ("<!channel>", "<!here>", "<@U123>", "<!subteam^S42>", "<https://evil.example")

SMALL = parse_model_id("mistral:mistral-small-latest")
LARGE = parse_model_id("mistral:mistral-large-latest")
LONG_LABEL = parse_model_id("albert:" + "modele-au-nom-tres-long-" * 4)
CHOICES = [SMALL, LARGE, LONG_LABEL]
APPROVED_AT = datetime(2024, 5, 3, 14, 30, tzinfo=UTC)


def _paragraphs(length: int) -> str:
    """A French draft of exactly `length` characters, with paragraphs, lines and characters that need escaping."""
    paragraph = (
        "Madame, Monsieur,\nNous avons bien reçu votre avis sur la démarche & nous vous en remercions. "
        "Votre dossier <référence [DOSSIER_1]> est en cours d'instruction par nos services. "
        "Nous revenons vers vous dès que possible.\n\n"
    )
    return (paragraph * (length // len(paragraph) + 1))[:length]


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object nested in a block list."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _check_button(button: dict[str, Any], where: str) -> None:
    label = button["text"]
    assert label["type"] == "plain_text", f"{where}: button label must be plain_text"
    assert 0 < len(label["text"]) <= PLAIN_TEXT_LABEL_MAX, f"{where}: button label longer than 75: {label['text']!r}"
    assert len(button.get("value", "")) <= BUTTON_VALUE_MAX, f"{where}: button value too long"
    assert len(button["action_id"]) <= ID_MAX, f"{where}: action_id too long"


def _check_select(select: dict[str, Any], where: str) -> None:
    options = select["options"]
    assert 0 < len(options) <= SELECT_OPTIONS_MAX, f"{where}: static_select has {len(options)} options"
    for option in options:
        assert option["text"]["type"] == "plain_text", f"{where}: option label must be plain_text"
        assert 0 < len(option["text"]["text"]) <= PLAIN_TEXT_LABEL_MAX, f"{where}: option label longer than 75"
        assert 0 < len(option["value"]) <= OPTION_VALUE_MAX, f"{where}: option value longer than 150"
    if "initial_option" in select:
        assert select["initial_option"] in options, f"{where}: initial_option is not one of the options"


def assert_within_slack_limits(message: SlackMessage) -> None:
    """Fail unless Slack would accept the message: block count, section/context/actions sizes, label lengths."""
    assert message.text.strip(), "a message needs a non-empty fallback text (notifications, screen readers)"
    assert len(message.text) <= MESSAGE_TEXT_MAX, f"fallback text is {len(message.text)} characters"
    assert 0 < len(message.blocks) <= MAX_BLOCKS, f"{len(message.blocks)} blocks (Slack accepts at most 50)"
    json.dumps(message.blocks)  # serialisable as it will be sent
    for index, block in enumerate(message.blocks):
        where = f"block {index} ({block['type']})"
        if "block_id" in block:
            assert len(block["block_id"]) <= ID_MAX, f"{where}: block_id too long"
        if block["type"] == "section":
            text = block["text"]["text"]
            assert 0 < len(text) <= SECTION_TEXT_MAX, f"{where}: section text is {len(text)} characters"
            accessory = block.get("accessory")
            if accessory is not None and accessory["type"] == "button":
                _check_button(accessory, where)
        elif block["type"] == "context":
            elements = block["elements"]
            assert 0 < len(elements) <= CONTEXT_ELEMENTS_MAX, f"{where}: {len(elements)} context elements"
            for element in elements:
                assert 0 < len(element["text"]) <= SECTION_TEXT_MAX, f"{where}: context text too long"
        elif block["type"] == "actions":
            elements = block["elements"]
            assert 0 < len(elements) <= ACTIONS_ELEMENTS_MAX, f"{where}: {len(elements)} actions elements"
            for element in elements:
                if element["type"] == "button":
                    _check_button(element, where)
                elif element["type"] == "static_select":
                    _check_select(element, where)
    for node in _walk(message.blocks):
        if node.get("type") == "button":
            _check_button(node, "button")


def _dump(message: SlackMessage) -> str:
    """Everything Slack would receive: fallback text and blocks."""
    return message.text + "\n" + json.dumps(message.blocks, ensure_ascii=False)


def _reassembles(original: str, pieces: list[str]) -> bool:
    """True when the pieces, in order, are the original with only whitespace dropped at the cut points."""
    position = 0
    for piece in pieces:
        start = position
        while not original.startswith(piece, start):
            if start >= len(original) or not original[start].isspace():
                return False
            start += 1
        position = start + len(piece)
    return original[position:].strip() == ""


def _section_texts(message: SlackMessage) -> list[str]:
    return [block["text"]["text"] for block in message.blocks if block["type"] == "section"]


def _actions(message: SlackMessage) -> dict[str, Any]:
    """The main actions block (a draft has a second one, its one-click refinements)."""
    found = [block for block in message.blocks if block["type"] == "actions"]
    main = [block for block in found if not block.get("block_id", "").startswith(ids.REFINE_BLOCK)]
    assert len(main) == 1, f"expected one main actions block, found {len(main)}"
    return main[0]


def _draft(**overrides: Any) -> SlackMessage:
    """A draft message with the actions the core gives a draft (`revision_id` names their target)."""
    arguments: dict[str, Any] = {
        "counts": {"PERSONNE": 2, "TELEPHONE": 1},
        "draft_text": "Madame, nous vous remercions de votre avis.",
        "revision_id": 42,
        "revision_number": 3,
        "model": SMALL,
        "choices": CHOICES,
    }
    arguments.update(overrides)
    revision_id = arguments.pop("revision_id")
    arguments["actions"] = draft_actions(revision_id, arguments["choices"])
    return blocks.draft_message(**arguments)


def _approved(**overrides: Any) -> SlackMessage:
    arguments: dict[str, Any] = {
        "final_text": "Madame, nous vous remercions de votre avis.",
        "approver_name": "Camille Martin",
        "approved_at": APPROVED_AT,
        "revision_number": 3,
        "model": SMALL,
    }
    arguments.update(overrides)
    return blocks.approved_message(**arguments)


# --- escape ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "inert"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<!here>", "&lt;!here&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("a & b", "a &amp; b"),
        ("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"),
        ("Rien à échapper.", "Rien à échapper."),
    ],
)
def test_escape_makes_mentions_and_ampersands_inert(raw: str, inert: str) -> None:
    """Slack's three control characters become entities, so no mention, ping or link can form."""
    assert blocks.escape(raw) == inert


PING_BUILDERS: dict[str, Callable[[], SlackMessage]] = {
    "progress_message": lambda: blocks.progress_message({"PERSONNE": 1}, PINGS),
    "draft_message": lambda: _draft(draft_text=PINGS),
    "draft_message_long": lambda: _draft(draft_text=_paragraphs(9000) + PINGS),
    "approved_message": lambda: _approved(final_text="", approver_name=PINGS),
    "notice_message": lambda: blocks.notice_message(PINGS),
    "sent_text_message": lambda: blocks.sent_text_message(PINGS),
    "retired_message": lambda: blocks.retired_message(draft_text=PINGS, revision_number=1, model=SMALL),
    "failure_message": lambda: blocks.failure_message(PINGS, [("Réessayer", "1|mistral:x")]),
    "review_post_message": lambda: blocks.review_post_message("<@U123> <!channel>", PINGS),
}


@pytest.mark.parametrize("name", PING_BUILDERS)
def test_builders_never_ping(name: str) -> None:
    """Review, model and user text is escaped by every builder: no raw mention in the blocks nor the fallback."""
    message = PING_BUILDERS[name]()
    payload = _dump(message)
    leaked = [ping for ping in RAW_PINGS if ping in payload]
    assert not leaked, f"{name} lets {leaked} through unescaped:\n{payload}"
    assert "&lt;!channel&gt;" in payload, f"{name} dropped the text instead of escaping it"


# --- split_text ----------------------------------------------------------------------------------------------------


def test_split_text_keeps_short_text_whole() -> None:
    """Text within the limit is one piece, unchanged; empty text gives one empty piece."""
    assert blocks.split_text("Bonjour.\n\nMerci.") == ["Bonjour.\n\nMerci."]
    assert blocks.split_text("x" * 3000) == ["x" * 3000]
    assert blocks.split_text("") == [""]


def test_split_text_cuts_a_long_word_hard() -> None:
    """A 7000-character word has no boundary: it is cut at the limit, nothing lost."""
    word = "a" * 7000
    pieces = blocks.split_text(word)
    assert [len(piece) for piece in pieces] == [3000, 3000, 1000]
    assert "".join(pieces) == word


def test_split_text_of_a_long_draft_keeps_everything() -> None:
    """A 20 000-character draft: every piece within the limit, the content intact except whitespace at cuts."""
    text = _paragraphs(20_000)
    pieces = blocks.split_text(text)
    assert len(pieces) >= 7
    assert all(len(piece) <= 3000 for piece in pieces)
    assert _reassembles(text, pieces)
    assert sum(len(piece) for piece in pieces) >= len(text) - 2 * len(pieces)


def test_split_text_cuts_between_words() -> None:
    """Without paragraph or line breaks, cuts fall on spaces: no word is broken in two."""
    words = [f"mot{number}" for number in range(2000)]
    pieces = blocks.split_text(" ".join(words), limit=100)
    assert all(len(piece) <= 100 for piece in pieces)
    assert [word for piece in pieces for word in piece.split()] == words


def test_split_text_prefers_a_paragraph_break() -> None:
    """A paragraph break in the window wins over a later space: the cut does not land mid-paragraph."""
    first = "Premier paragraphe " * 4  # 76 characters
    second = "second paragraphe assez long pour dépasser la limite " * 3
    pieces = blocks.split_text(first + "\n\n" + second, limit=100)
    assert pieces[0].rstrip() == first.rstrip(), f"cut inside the second paragraph: {pieces[0]!r}"


def test_split_text_prefers_a_line_break() -> None:
    """A line break in the window wins over a later space."""
    first = "Madame, Monsieur, " * 4  # 72 characters
    second = "nous avons bien reçu votre avis et nous vous en remercions " * 3
    pieces = blocks.split_text(first + "\n" + second, limit=100)
    assert pieces[0].rstrip() == first.rstrip(), f"cut inside the second line: {pieces[0]!r}"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="ab \n&<é", max_size=600), limit=st.integers(min_value=8, max_value=120))
def test_split_text_properties(text: str, limit: int) -> None:
    """For any text: pieces within the limit, none empty (unless the text is), content kept modulo cut whitespace."""
    pieces = blocks.split_text(text, limit)
    assert all(len(piece) <= limit for piece in pieces)
    if text:
        assert all(pieces), f"empty piece in {pieces!r}"
    else:
        assert pieces == [""]
    assert _reassembles(text, pieces), pieces


# --- draft_message -------------------------------------------------------------------------------------------------


def test_draft_has_its_buttons_with_the_revision_id() -> None:
    """Approve, regenerate and edit buttons carry the revision id; the block id names the revision too."""
    actions = _actions(_draft(revision_id=42))
    by_action = {element["action_id"]: element for element in actions["elements"]}
    assert set(by_action) == {ids.APPROVE, ids.REGENERATE, ids.EDIT, ids.SWITCH_MODEL}
    for action_id in (ids.APPROVE, ids.REGENERATE, ids.EDIT):
        assert by_action[action_id]["type"] == "button"
        assert by_action[action_id]["value"] == "42"
    assert by_action[ids.APPROVE]["text"]["text"] == phrases.APPROVE
    assert by_action[ids.APPROVE].get("style") == "primary"
    assert ids.revision_of_block(actions["block_id"]) == 42


def test_draft_model_menu_offers_exactly_the_choices() -> None:
    """The static_select lists the given models in order, labels within 75, the revision's model selected."""
    actions = _actions(_draft(model=LARGE))
    [menu] = [element for element in actions["elements"] if element["action_id"] == ids.SWITCH_MODEL]
    assert menu["type"] == "static_select"
    options = menu["options"]
    assert [option["value"] for option in options] == [choice.id for choice in CHOICES]
    for option, choice in zip(options, CHOICES, strict=True):
        label = option["text"]["text"]
        assert len(label) <= PLAIN_TEXT_LABEL_MAX
        assert choice.label.startswith(label)
    assert len(LONG_LABEL.label) > PLAIN_TEXT_LABEL_MAX, "the long label must exercise the 75-character cut"
    assert menu["initial_option"]["value"] == LARGE.id
    assert menu["initial_option"] in options


def test_draft_model_menu_offers_only_offered_models() -> None:
    """A revision by a model since removed from PLUME_MODELS (or edited by hand) selects nothing in the menu.

    Slack refuses an initial option that is not among the options, and the menu must list exactly PLUME_MODELS.
    """
    retired = parse_model_id("mistral:mistral-medium-latest")
    menu = _actions(_draft(model=retired))["elements"][-1]
    assert "initial_option" not in menu
    assert retired.id not in json.dumps(menu["options"])


def test_draft_shows_model_and_revision_number() -> None:
    """The draft says which revision it is and which model wrote it, and hints at refining in the thread."""
    payload = _dump(_draft(revision_number=3, model=LARGE))
    assert "n° 3" in payload
    assert LARGE.label in payload
    assert phrases.REFINE_HINT in payload


def test_draft_masked_summary_only_when_counts_are_given() -> None:
    """The first draft of a thread says what was masked, with a button to see the text sent; later ones do not."""
    first = _draft(counts={"PERSONNE": 2, "TELEPHONE": 1}, revision_id=42)
    summary = first.blocks[0]
    assert summary["text"]["text"] == "🔒 3 éléments masqués\u202f: 2 noms, 1 téléphone"
    assert summary["accessory"]["action_id"] == ids.SHOW_SENT_TEXT
    assert summary["accessory"]["value"] == "42"

    later = _draft(counts=None)
    payload = _dump(later)
    assert "🔒" not in payload
    assert ids.SHOW_SENT_TEXT not in payload


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"PERSONNE": 2, "TELEPHONE": 1}, "🔒 3 éléments masqués\u202f: 2 noms, 1 téléphone"),
        ({"PERSONNE": 1}, "🔒 1 élément masqué\u202f: 1 nom"),
        ({"TELEPHONE": 2}, "🔒 2 éléments masqués\u202f: 2 téléphones"),
    ],
)
def test_masked_summary_in_french(counts: dict[str, int], expected: str) -> None:
    """Totals and nouns agree in number."""
    assert blocks.masked_summary(counts) == expected
    assert _draft(counts=counts).blocks[0]["text"]["text"] == expected


def test_masked_summary_when_nothing_was_masked() -> None:
    """Zero counts say that no personal data was found, and the summary is still shown."""
    assert "Aucune donnée personnelle" in blocks.masked_summary({})
    assert "Aucune donnée personnelle" in _draft(counts={}).blocks[0]["text"]["text"]
    assert "élément" not in blocks.masked_summary({})


def test_long_draft_is_split_not_truncated() -> None:
    """A 20 000-character draft spans several sections and every character of it reaches Slack."""
    draft = _paragraphs(20_000)
    message = _draft(counts=None, draft_text=draft)
    body = _section_texts(message)
    assert len(body) > 1
    escaped = blocks.escape(draft)
    assert _reassembles(escaped, body)
    dropped = len(escaped) - sum(len(piece) for piece in body)
    assert 0 <= dropped <= 2 * len(body), f"{dropped} characters lost"
    assert "".join(escaped.split()) == "".join("".join(body).split())


# --- approved_message ----------------------------------------------------------------------------------------------


def test_approved_message_names_approver_without_mention() -> None:
    """The approver is named in plain text, never pinged."""
    message = _approved(approver_name="Camille Martin")
    header = message.blocks[0]["text"]["text"]
    assert "Camille Martin" in header
    assert "Camille Martin" in message.text
    assert "<@" not in _dump(message)


def test_approved_message_has_a_date_token_with_fallback() -> None:
    """The date is a Slack date token (shown in the reader's zone) with a readable fallback; no « le » before
    the token, which Slack may render « aujourd'hui »."""
    header = _approved(approved_at=APPROVED_AT).blocks[0]["text"]["text"]
    assert "le {date" not in header and "^{date_short_pretty} à {time}|le 03/05/2024 à 14:30 UTC>" in header
    match = re.search(r"<!date\^(\d+)\^[^|>]*\{[a-z_]+\}[^|>]*\|([^>]+)>", header)
    assert match, f"no <!date^…> token in {header!r}"
    assert int(match.group(1)) == int(APPROVED_AT.timestamp())
    assert "03/05/2024" in match.group(2)
    assert "14:30" in match.group(2)


def _verbatim_texts(message: SlackMessage) -> list[str]:
    return [
        element["text"]
        for block in message.blocks
        if block["type"] == "rich_text"
        for preformatted in block["elements"]
        for element in preformatted["elements"]
    ]


def test_approved_message_shows_revision_model_and_final_text() -> None:
    """Revision number, model label and the final text ready to copy; no buttons are left."""
    message = _approved(final_text="Texte final & définitif.", revision_number=4, model=LARGE)
    header = message.blocks[0]["text"]["text"]
    assert "n° 4" in header
    assert LARGE.label in header
    assert _verbatim_texts(message) == ["Texte final & définitif."]
    assert not [block for block in message.blocks if block["type"] == "actions"]
    assert not [node for node in _walk(message.blocks) if "action_id" in node]


def test_the_final_text_is_copy_safe_exactly_as_written() -> None:
    """Preformatted rich text is never read as mrkdwn, links or mentions: what is copied is the text itself."""
    final = "Il faut ~environ~ 3 jours, *vraiment*.\n> Votre dossier <n° 12> & <!channel> :smile:\n  fin  "
    message = _approved(final_text=final)
    assert "".join(_verbatim_texts(message)) == final
    assert not [block for block in message.blocks if block["type"] == "section" and "environ" in json.dumps(block)]
    assert "<!channel>" not in message.text


def test_long_approved_text_is_split_not_truncated() -> None:
    """A 20 000-character final text spans several preformatted blocks and is kept whole, to the character."""
    final = _paragraphs(20_000)
    message = _approved(final_text=final)
    body = _verbatim_texts(message)
    assert len(body) > 1 and all(len(piece) <= blocks.SECTION_LIMIT for piece in body)
    assert "".join(body) == final


# --- Slack limits, every builder -------------------------------------------------------------------------------------

LIMIT_CASES: dict[str, Callable[[], SlackMessage]] = {
    "progress_empty": lambda: blocks.progress_message({}),
    "progress_partial": lambda: blocks.progress_message({"PERSONNE": 2}, _paragraphs(5000)),
    "progress_20k": lambda: blocks.progress_message({"PERSONNE": 2}, _paragraphs(20_000)),
    "progress_huge": lambda: blocks.progress_message({"PERSONNE": 2}, _paragraphs(200_000)),
    "draft_short": lambda: _draft(),
    "draft_20k_first": lambda: _draft(draft_text=_paragraphs(20_000)),
    "draft_20k_later": lambda: _draft(counts=None, draft_text=_paragraphs(20_000)),
    "draft_one_long_word": lambda: _draft(draft_text="a" * 7000),
    "draft_escaping_lengthens": lambda: _draft(draft_text="<&>" * 7000),
    "draft_huge": lambda: _draft(draft_text=_paragraphs(200_000)),
    "draft_many_models": lambda: _draft(
        choices=[parse_model_id(f"albert:modele-{number}-" + "x" * 90) for number in range(150)]
    ),
    "approved_short": lambda: _approved(),
    "approved_20k": lambda: _approved(final_text=_paragraphs(20_000)),
    "approved_huge": lambda: _approved(final_text=_paragraphs(200_000)),
    "sent_text": lambda: blocks.sent_text_message("Bonjour, je suis [PERSONNE_1], tél. [TELEPHONE_1]."),
    "sent_text_20k": lambda: blocks.sent_text_message(_paragraphs(20_000)),
    **{f"notice_{notice.name}": partial(blocks.notice_message, text) for notice, text in phrases.NOTICES.items()},
    **{f"failure_{failure.name}": partial(blocks.notice_message, text) for failure, text in phrases.FAILURES.items()},
    "notice_help": lambda: blocks.notice_message(phrases.HELP),
    "retired_20k": lambda: blocks.retired_message(draft_text=_paragraphs(20_000), revision_number=3, model=LARGE),
    "retired_empty": lambda: blocks.retired_message(draft_text="", revision_number=1, model=SMALL),
    "failure_with_retries": lambda: blocks.failure_message(
        phrases.FAILURES[DraftFailure.MODEL_UNAVAILABLE],
        [("🔁 Réessayer", "12|mistral:mistral-small-latest"), ("Essayer avec " + "x" * 100, "12|albert:" + "y" * 140)],
    ),
    "review_post_20k": lambda: blocks.review_post_message("Agent Test", _paragraphs(20_000)),
    "progress_redraft": lambda: blocks.progress_message(None, _paragraphs(20_000)),
}


def test_a_failure_offers_each_retry_as_a_button_with_a_distinct_action_id() -> None:
    message = blocks.failure_message("Échec.", [("🔁 Réessayer", "7|a:b"), ("Essayer avec B", "7|c:d")])

    buttons = _actions(message)["elements"]
    assert [b["value"] for b in buttons] == ["7|a:b", "7|c:d"]
    assert len({b["action_id"] for b in buttons}) == 2
    assert all(b["action_id"].startswith(ids.RETRY) for b in buttons)


def test_a_retired_draft_keeps_its_text_and_loses_its_buttons() -> None:
    message = blocks.retired_message(draft_text="Ancien texte.", revision_number=2, model=SMALL)

    assert "Ancien texte." in _dump(message)
    assert not [block for block in message.blocks if block["type"] == "actions"]


def test_a_manual_revision_says_it_was_edited_by_hand() -> None:
    manual = parse_model_id(MANUAL_MODEL)

    assert "modifié à la main" in _dump(_draft(model=manual))
    assert "agent · manuel" not in _dump(_draft(model=manual))


@pytest.mark.parametrize("name", LIMIT_CASES)
def test_every_builder_stays_within_slack_limits(name: str) -> None:
    """Whatever the text length, the payload is one Slack accepts."""
    assert_within_slack_limits(LIMIT_CASES[name]())


def test_limit_checker_rejects_an_oversized_section() -> None:
    """The checker itself fails on a section over 3000 characters and on 51 blocks."""
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    with pytest.raises(AssertionError):
        assert_within_slack_limits(SlackMessage("x", [section]))
    small = {"type": "section", "text": {"type": "mrkdwn", "text": "x"}}
    with pytest.raises(AssertionError):
        assert_within_slack_limits(SlackMessage("x", [small] * 51))


def test_what_plume_says_follows_french_typography() -> None:
    """A narrow no-break space before ; : ! ? and inside « », in every phrase; never a plain one."""
    texts = [*phrases.NOTICES.values(), *phrases.FAILURES.values(), phrases.HELP, phrases.REFINE_HINT]
    for text in texts:
        assert not re.search(r" [;:!?»]|« ", text), text
    assert "\u202f:" in phrases.NOTICES[Notice.STALE_REVISION]
    assert typeset("« Ceci : cela ! » https://x.fr 12:30") == "«\u202fCeci\u202f: cela\u202f!\u202f» https://x.fr 12:30"
