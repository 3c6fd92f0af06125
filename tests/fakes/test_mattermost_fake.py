"""Prove that the fake Mattermost speaks the wire protocol a real client expects.

REST and the WebSocket go through the real mattermostautodriver library (httpx and aiohttp); the protocol details
no library call exposes (header authentication, ping frames, FAIL replies) go through a bare aiohttp WebSocket.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs

import aiohttp
import httpx2
import pytest
from mattermostautodriver import TypedDriver
from mattermostautodriver.driver.base import BaseDriver
from mattermostautodriver.exceptions import (
    InvalidOrMissingParameters,
    NoAccessTokenProvided,
    NotEnoughPermissions,
    ResourceNotFound,
    TooManyRequests,
    UnknownMattermostError,
)
from mattermostautodriver.websocket import Websocket

from .mattermost_api import FakeMattermost, RateLimit
from .mattermost_wire import ID_PATTERN, now_ms
from .quiet_server import LocalServer, ServedFake

# The library's own WebSocket code passes ssl=None for ws:// URLs, which aiohttp deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ssl=None is deprecated:DeprecationWarning")

CALL_FIELDS = [
    "user_id",
    "user_name",
    "channel_id",
    "channel_name",
    "team_id",
    "team_domain",
    "post_id",
    "trigger_id",
    "type",
    "data_source",
    "context",
]
COMMAND_FIELDS = [
    "channel_id",
    "channel_name",
    "command",
    "response_url",
    "team_domain",
    "team_id",
    "text",
    "token",
    "trigger_id",
    "user_id",
    "user_name",
]
DIALOG = {"callback_id": "avis", "title": "Nouvel avis", "elements": [{"name": "texte", "type": "textarea"}]}


@dataclass
class Scene:
    fake: FakeMattermost
    agent: str
    channel: str


@pytest.fixture
def scene() -> Iterator[Scene]:
    with FakeMattermost() as fake:
        agent = fake.add_user("alice", first_name="Alice", token="alice-token")
        yield Scene(fake, agent, fake.add_channel("avis-usagers", "Avis des usagers", members=[agent]))


OPEN_CLIENTS: list[TypedDriver] = []


@pytest.fixture(autouse=True)
def close_clients() -> Iterator[None]:
    yield
    while OPEN_CLIENTS:
        OPEN_CLIENTS.pop().close()


def driver(fake: FakeMattermost, token: str | None = None, **options: Any) -> TypedDriver:
    """The library's client, logged in with the token as a bot does (login() is what sets the Bearer header)."""
    settings = {"url": "127.0.0.1", "port": fake.port, "scheme": "http", "token": token or fake.bot_token}
    client = TypedDriver({**settings, "max_retries": 0, **options})
    OPEN_CLIENTS.append(client)
    client.login()
    return client


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver(ServedFake):
    """Plume's side of the callbacks: records each request and answers with the queued (status, JSON body)."""

    requests: list[Received] = field(default_factory=list)
    answers: deque[tuple[int, Any]] = field(default_factory=deque)

    def __post_init__(self) -> None:
        self._http = LocalServer("receiver")

    def _handler(self) -> Callable[..., BaseHTTPRequestHandler]:
        return partial(_ReceiverHandler, receiver=self)

    def url(self, path: str) -> str:
        return self._http.root + path


class _ReceiverHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args: Any, receiver: Receiver, **kwargs: Any) -> None:
        self.receiver = receiver
        super().__init__(*args, **kwargs)

    def log_message(self, fmt: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.receiver.requests.append(Received(self.path, headers, body))
        status, answer = self.receiver.answers.popleft() if self.receiver.answers else (200, {})
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as server:
        yield server


class LibrarySocket:
    """mattermostautodriver's own WebSocket loop, run in a thread; `frames` are the decoded messages it handed over."""

    def __init__(self, fake: FakeMattermost, token: str, **options: Any) -> None:
        settings = {"url": "127.0.0.1", "port": fake.port, "scheme": "http", "keepalive": True, "keepalive_delay": 0.05}
        self._socket = Websocket({**BaseDriver.default_options, **settings, **options}, token)
        self._pending: queue.Queue[dict[str, Any]] = queue.Queue()
        self.frames: list[dict[str, Any]] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_until_complete, args=(self._run(),), daemon=True)
        self._thread.start()

    async def _run(self) -> None:
        async def handle(message: str) -> None:
            self._pending.put(json.loads(message))

        with contextlib.suppress(asyncio.CancelledError):
            await self._socket.connect(handle)

    def next(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 5.0) -> dict[str, Any]:
        """The next frame matching `predicate` (frames before it are kept in `frames` too)."""
        while True:
            try:
                frame = self._pending.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"no matching frame within {timeout}s; got {self.frames}") from None
            self.frames.append(frame)
            if predicate(frame):
                return frame

    def stop(self) -> None:
        """disconnect() alone would wait for the next frame: cancel the loop's tasks too, then close it."""
        self._socket.disconnect()

        def cancel_all() -> None:
            for task in asyncio.all_tasks():
                task.cancel()

        self._loop.call_soon_threadsafe(cancel_all)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()


@contextlib.contextmanager
def library_socket(fake: FakeMattermost, token: str, **options: Any) -> Iterator[LibrarySocket]:
    socket = LibrarySocket(fake, token, **options)
    try:
        yield socket
    finally:
        socket.stop()


def is_event(name: str, post_id: str | None = None) -> Callable[[dict[str, Any]], bool]:
    def check(frame: dict[str, Any]) -> bool:
        if frame.get("event") != name:
            return False
        return post_id is None or json.loads(frame["data"]["post"])["id"] == post_id

    return check


def with_buttons(url: str) -> dict[str, Any]:
    approve: dict[str, Any] = {"id": "approve", "name": "Approuver", "type": "button"}
    approve["integration"] = {"url": url, "context": {"action": "approve", "conversation": "c1", "mac": "f00d"}}
    model: dict[str, Any] = {"id": "model", "name": "Modèle", "type": "select"}
    model["options"] = [{"text": "Mistral", "value": "mistral"}]
    model["integration"] = {"url": url, "context": {"action": "model", "conversation": "c1"}}
    return {"attachments": [{"text": "Brouillon", "actions": [approve, model]}]}


# -- REST -------------------------------------------------------------------------------------------------------


def test_token_login_users_and_channels(scene: Scene) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    me = bot.login()
    assert isinstance(me, dict), "a GET answer that is not exactly application/json comes back as a raw response"
    assert (me["id"], me["username"], me["is_bot"]) == (fake.bot_user_id, "plume", True)
    assert bot.users.get_user(scene.agent)["first_name"] == "Alice"
    assert [u["username"] for u in bot.users.get_users_by_ids([scene.agent, "nobody"])] == ["alice"]
    assert bot.channels.get_channel(scene.channel)["display_name"] == "Avis des usagers"
    with pytest.raises(ResourceNotFound):
        bot.channels.get_channel("a" * 26)

    direct = bot.channels.create_direct_channel([fake.bot_user_id, scene.agent])
    assert direct["type"] == "D" and direct["name"] == "__".join(sorted([fake.bot_user_id, scene.agent]))
    assert bot.channels.create_direct_channel([scene.agent, fake.bot_user_id])["id"] == direct["id"]

    call = fake.wait_for("GET /api/v4/users/{user_id}")
    assert call.path == "/api/v4/users/me" and call.headers["authorization"] == "Bearer plume-bot-token"
    assert [c.status for c in fake.calls_to("POST /api/v4/channels/direct")] == [201, 201]


def test_posts_threads_patches_and_integrations_stay_server_side(scene: Scene) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    before = now_ms()
    root = bot.posts.create_post(channel_id=scene.channel, message="Brouillon & <1>", props=with_buttons("http://x"))
    assert ID_PATTERN.match(root["id"]) and before <= root["create_at"] == root["update_at"]
    assert (root["type"], root["root_id"], root["edit_at"], root["user_id"]) == ("", "", 0, fake.bot_user_id)
    shown = root["props"]["attachments"][0]["actions"]
    assert [a["id"] for a in shown] == ["approve", "model"] and all("integration" not in a for a in shown)
    assert fake.post(root["id"])["props"]["attachments"][0]["actions"][0]["integration"]["url"] == "http://x"
    assert root["props"]["from_bot"] == "true"

    reply = bot.posts.create_post(channel_id=scene.channel, message="Révision 2", root_id=root["id"])
    assert reply["root_id"] == root["id"]
    assert [p["id"] for p in fake.thread(root["id"])] == [root["id"], reply["id"]]

    patched = bot.posts.patch_post(reply["id"], message="Révision 2, corrigée")
    assert patched["edit_at"] >= patched["create_at"] > 0 and patched["message"] == "Révision 2, corrigée"
    assert bot.posts.get_post(reply["id"])["message"] == "Révision 2, corrigée"
    assert bot.posts.get_post(root["id"])["reply_count"] == 1

    by_alice = fake.user_posts(scene.channel, scene.agent, "Mon avis")
    missed = bot.posts.get_posts_for_channel(scene.channel, since=by_alice["update_at"] - 1)  # catching up
    assert missed["order"][0] == by_alice["id"] and missed["posts"][by_alice["id"]]["message"] == "Mon avis"
    assert by_alice["id"] not in bot.posts.get_posts_for_channel(scene.channel, since=by_alice["update_at"])["order"]
    assert bot.posts.get_posts_for_channel(scene.channel, per_page=2)["order"] == [by_alice["id"], reply["id"]]
    with pytest.raises(NotEnoughPermissions):
        bot.posts.patch_post(by_alice["id"], message="réécrit")
    with pytest.raises(InvalidOrMissingParameters) as caught:
        bot.posts.create_post(channel_id=scene.channel, message="x", root_id=reply["id"])
    assert caught.value.error_id == "api.post.create_post.root_id.app_error"


def test_ephemeral_posts_and_their_permission(scene: Scene) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    root = fake.user_posts(scene.channel, scene.agent, "Mon avis")
    shown = bot.posts.create_post_ephemeral(
        scene.agent, {"channel_id": scene.channel, "message": "Bouton périmé", "root_id": root["id"]}
    )
    assert shown["type"] == "system_ephemeral" and ID_PATTERN.match(shown["id"])
    assert fake.ephemerals[-1]["user_id"] == scene.agent
    assert fake.ephemerals[-1]["post"]["root_id"] == root["id"]
    assert shown["id"] not in fake.posts

    fake.ephemeral_allowed = False
    with pytest.raises(NotEnoughPermissions):
        bot.posts.create_post_ephemeral(scene.agent, {"channel_id": scene.channel, "message": "x"})


def test_csv_upload_attached_to_a_post(scene: Scene) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    csv = "conversation;statut\nc1;approuvé\n".encode()
    infos = bot.files.upload_file(files=("audit.csv", csv, "text/csv"), channel_id=scene.channel)["file_infos"]
    assert (infos[0]["name"], infos[0]["extension"], infos[0]["size"]) == ("audit.csv", "csv", len(csv))
    alices = driver(fake, token="alice-token").files.upload_file(files=("x.txt", b"x"), channel_id=scene.channel)
    foreign = alices["file_infos"][0]["id"]  # someone else's upload: the server drops it silently
    post = bot.posts.create_post(channel_id=scene.channel, message="Export", file_ids=[infos[0]["id"], foreign])
    assert post["file_ids"] == [infos[0]["id"]]
    assert post["metadata"]["files"][0]["post_id"] == post["id"]
    assert fake.files[infos[0]["id"]].text == "conversation;statut\nc1;approuvé\n"
    assert fake.wait_for("POST /api/v4/files").body["files"] == [{"name": "audit.csv", "size": len(csv)}]


def test_wrong_token_gets_401_with_the_error_body(scene: Scene) -> None:
    with pytest.raises(NoAccessTokenProvided) as caught:
        driver(scene.fake, token="wrong")
    assert caught.value.error_id == "api.context.session_expired.app_error"
    assert caught.value.request_id
    assert scene.fake.wait_for("/api/v4/users/{user_id}").status == 401
    plain = httpx2.get(scene.fake.root + "/api/v4/users/me")
    assert plain.status_code == 401 and plain.headers["content-type"] == "application/json"
    assert plain.json()["status_code"] == 401


def test_rate_limit_answers_429_with_headers_then_lets_through() -> None:
    with FakeMattermost(rate_limit=RateLimit(per_sec=1, max_burst=2)) as fake:  # 3 at once, then 1 a second
        alice = fake.add_user("alice", token="alice-token")
        patient = driver(fake, max_retries=1)  # the logins are the first two calls
        bot = driver(fake)
        bot.users.get_user("me")
        assert [c.status for c in fake.calls] == [200, 200, 200]
        assert fake.calls[0].headers["authorization"] == fake.calls[2].headers["authorization"]
        with pytest.raises(TooManyRequests) as caught:
            bot.users.get_user("me")
        assert caught.value.retry_after == 1

        raw = httpx2.get(fake.root + "/api/v4/users/me", headers={"Authorization": f"Bearer {fake.bot_token}"})
        assert raw.status_code == 429 and raw.text == "limit exceeded\n"
        limits = {name: raw.headers[name] for name in ("X-Ratelimit-Limit", "X-Ratelimit-Remaining", "Retry-After")}
        assert limits == {"X-Ratelimit-Limit": "3", "X-Ratelimit-Remaining": "0", "Retry-After": "1"}
        assert int(raw.headers["X-Ratelimit-Reset"]) in (2, 3)

        assert driver(fake, token="alice-token").users.get_user("me")["id"] == alice  # one bucket per token
        assert patient.users.get_user("me")["id"] == fake.bot_user_id  # after waiting Retry-After
        assert [c.status for c in fake.calls_to("/api/v4/users/me")][-2:] == [429, 200]


def test_scripted_failures(scene: Scene) -> None:
    fake, bot = scene.fake, driver(scene.fake, max_retries=2)
    fake.fail_next("/api/v4/posts", 503)
    with pytest.raises(UnknownMattermostError) as caught:
        bot.posts.create_post(channel_id=scene.channel, message="x")  # a POST is not retried on 503
    assert caught.value.status_code == 503
    post = bot.posts.create_post(channel_id=scene.channel, message="x")

    fake.fail_next("/api/v4/posts/{post_id}", 502, method="GET")
    assert bot.posts.get_post(post["id"])["id"] == post["id"]  # a GET is, after a backoff
    assert [c.status for c in fake.calls_to("GET /api/v4/posts/{post_id}")] == [502, 200]


# -- WebSocket --------------------------------------------------------------------------------------------------


def test_library_websocket_hello_ok_and_posted_events(scene: Scene) -> None:
    fake = scene.fake
    elsewhere = fake.add_channel("ailleurs", members=[scene.agent], bot_member=False)
    with library_socket(fake, fake.bot_token) as socket:
        hello = socket.next(is_event("hello"))
        assert hello["seq"] == 0 and hello["data"]["server_version"].startswith("10.")
        assert hello["broadcast"]["user_id"] == fake.bot_user_id and ID_PATTERN.match(hello["data"]["connection_id"])
        assert socket.next(lambda f: "status" in f) == {"status": "OK", "seq_reply": 1}
        assert socket.frames[0] is hello, "hello comes before the OK reply"

        mention = fake.user_posts(scene.channel, scene.agent, "@plume voici un avis")
        posted = socket.next(is_event("posted"))
        assert isinstance(posted["data"]["post"], str) and json.loads(posted["data"]["post"]) == mention
        assert json.loads(posted["data"]["mentions"]) == [fake.bot_user_id]
        assert (posted["seq"], posted["broadcast"]["channel_id"]) == (1, scene.channel)
        assert posted["data"]["channel_type"] == "O" and posted["data"]["sender_name"] == "@alice"

        fake.user_posts(elsewhere, scene.agent, "pas pour le bot")
        own = driver(fake).posts.create_post(channel_id=scene.channel, message="Brouillon")
        echoed = socket.next(is_event("posted"))
        assert echoed["seq"] == 2, "the post in a channel without the bot was not sent"
        assert json.loads(echoed["data"]["post"])["id"] == own["id"] and "mentions" not in echoed["data"]

        direct = fake.direct_channel(scene.agent, fake.bot_user_id)
        fake.user_posts(direct, scene.agent, "Bonjour")
        dm = socket.next(is_event("posted"))
        assert dm["data"]["channel_type"] == "D" and json.loads(dm["data"]["mentions"]) == [fake.bot_user_id]

        fake.user_edits(mention["id"], "@plume voici un avis, corrigé")
        edited = socket.next(is_event("post_edited", mention["id"]))
        assert json.loads(edited["data"]["post"])["edit_at"] > 0 and edited["seq"] == 4


def test_library_websocket_with_a_wrong_token_gets_closed_without_a_reply(scene: Scene) -> None:
    fake = scene.fake
    with library_socket(fake, "wrong-token"):
        refused = fake.wait_for_session(lambda s: s.refused)
        fake.wait_for_session(lambda s: s.number > refused.number and s.refused)  # the library keeps trying
    assert not any(s.authenticated for s in fake.sessions)
    assert all(s.sent == [] for s in fake.sessions)


def test_reconnect_after_a_cut_and_duplicate_delivery(scene: Scene) -> None:
    fake = scene.fake
    with library_socket(fake, fake.bot_token) as socket:
        first = socket.next(is_event("hello"))
        post = fake.user_posts(scene.channel, scene.agent, "Un avis")
        socket.next(is_event("posted", post["id"]))

        fake.deliver_again(post["id"], after_reconnect=True)
        assert fake.drop_connections() == 1
        second = socket.next(is_event("hello"))
        assert second["seq"] == 0 and second["data"]["connection_id"] != first["data"]["connection_id"]
        again = socket.next(is_event("posted", post["id"]))
        assert again["seq"] == 1
    assert len(fake.wait_for_connections(2)) == 2


def test_dead_connection_is_detected_by_client_pings(scene: Scene) -> None:
    fake = scene.fake
    with library_socket(fake, fake.bot_token, websocket_kw_args={"heartbeat": 0.2}) as socket:
        socket.next(is_event("hello"))
        assert fake.silence_connections() == 1
        lost = fake.user_posts(scene.channel, scene.agent, "perdu")
        fake.wait_for_connections(2)  # the client's pings went unanswered: it reconnected
        assert fake.sessions[0].silent and not any(is_event("posted")(f) for f in fake.sessions[0].sent)
        fake.wait_for_session(lambda s: s.number == 1 and not s.open)
        kept = fake.user_posts(scene.channel, scene.agent, "reçu")
        socket.next(is_event("posted", kept["id"]))
    assert lost["id"] not in [json.loads(f["data"]["post"])["id"] for f in socket.frames if is_event("posted")(f)]


def test_protocol_details_on_a_bare_websocket(scene: Scene) -> None:
    fake = scene.fake
    fake.hub.auth_timeout = 0.3

    async def scenario() -> None:
        async with aiohttp.ClientSession() as session:
            bearer = {"Authorization": f"Bearer {fake.bot_token}"}
            async with session.ws_connect(fake.websocket_url, headers=bearer, autoping=False) as ws:
                hello = await ws.receive_json(timeout=5)  # authenticated by the header: no challenge needed
                assert (hello["event"], hello["seq"]) == ("hello", 0)
                await ws.ping(b"still-there")
                pong = await ws.receive(timeout=5)
                assert (pong.type, pong.data) == (aiohttp.WSMsgType.PONG, b"still-there")
                await ws.send_json({"seq": 2, "action": "ping"})
                answer = await ws.receive_json(timeout=5)
                assert (answer["status"], answer["seq_reply"], answer["data"]["text"]) == ("OK", 2, "pong")
                await ws.send_json({"seq": 3, "action": "no_such_action"})
                failed = await ws.receive_json(timeout=5)
                assert failed["status"] == "FAIL" and failed["error"]["id"].endswith("bad_action.app_error")
                await ws.send_json({"seq": 0, "action": "ping"})
                assert (await ws.receive_json(timeout=5))["error"]["id"].endswith("bad_seq.app_error")
            async with session.ws_connect(fake.websocket_url, autoping=False) as ws:
                await ws.send_json({"seq": 1, "action": "ping"})
                refused = await ws.receive_json(timeout=5)
                assert refused["error"]["id"].endswith("not_authenticated.app_error")
                closing = await ws.receive(timeout=5)  # no challenge within auth_timeout: closed
                assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)

    asyncio.run(scenario())


# -- Interactivity ----------------------------------------------------------------------------------------------


def test_click_posts_the_action_request_and_applies_the_update(scene: Scene, receiver: Receiver) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    url = receiver.url("/mattermost/actions")
    draft = bot.posts.create_post(channel_id=scene.channel, message="Brouillon", props=with_buttons(url))
    receiver.answers.append((200, {"update": {"message": "Approuvé par @alice", "props": {}}, "ephemeral_text": "OK"}))

    clicked = fake.click(draft["id"], "approve", scene.agent)
    assert clicked.error is None and clicked.status == 200
    sent = receiver.requests[0]
    assert sent.path == "/mattermost/actions" and sent.headers["content-type"] == "application/json"
    body = sent.json()
    assert list(body) == CALL_FIELDS
    assert body["context"] == {"action": "approve", "conversation": "c1", "mac": "f00d"}
    assert (body["type"], body["post_id"], body["user_name"], body["team_domain"]) == (
        "button",
        draft["id"],
        "alice",
        "administration",
    )
    assert fake.triggers.verify(body["trigger_id"]) == (scene.agent, None)

    updated = bot.posts.get_post(draft["id"])
    assert updated["message"] == "Approuvé par @alice" and updated["edit_at"] > 0
    assert updated["props"] == {}, "props from the update replace the post's, from_bot included"
    assert fake.ephemerals[-1]["user_id"] == scene.agent and fake.ephemerals[-1]["post"]["root_id"] == draft["id"]


def test_select_menus_missing_actions_and_failing_integrations(scene: Scene, receiver: Receiver) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    url = receiver.url("/mattermost/actions")
    draft = bot.posts.create_post(channel_id=scene.channel, message="Brouillon", props=with_buttons(url))

    picked = fake.click(draft["id"], "model", scene.agent, selected_option="mistral")
    assert picked.error is None
    assert picked.request["context"] == {"action": "model", "conversation": "c1", "selected_option": "mistral"}
    assert fake.post(draft["id"])["message"] == "Brouillon", "an empty answer changes nothing"

    assert (fake.click(draft["id"], "no-such", scene.agent).error or {}).get("status_code") == 404  # [A-Za-z0-9]+
    assert (fake.click(draft["id"], "nosuch", scene.agent).error or {}).get("status_code") == 404
    receiver.answers.append((500, {"update": {"message": "jamais"}}))
    failed = fake.click(draft["id"], "approve", scene.agent)
    assert failed.status == 500 and (failed.error or {}).get("id") == "api.post.do_action.action_integration.app_error"
    assert fake.post(draft["id"])["message"] == "Brouillon"
    assert len(receiver.requests) == 2


def test_dialog_open_checks_the_trigger_id(scene: Scene, receiver: Receiver) -> None:
    fake, bot = scene.fake, driver(scene.fake)
    url = receiver.url("/mattermost/actions")
    draft = bot.posts.create_post(channel_id=scene.channel, message="Brouillon", props=with_buttons(url))
    trigger_id = fake.click(draft["id"], "approve", scene.agent).request["trigger_id"]

    dialogs = bot.integration_actions
    with library_socket(fake, "alice-token") as alices_client:
        alices_client.next(is_event("hello"))
        opened = dialogs.open_interactive_dialog(trigger_id, receiver.url("/mattermost/dialogs"), DIALOG)
        assert opened == {"status": "OK"}
        shown = json.loads(alices_client.next(is_event("open_dialog"))["data"]["dialog"])
    assert fake.dialogs[0]["user_id"] == scene.agent and fake.dialogs[0]["dialog"] == DIALOG
    assert shown["dialog"] == DIALOG and shown["trigger_id"] == fake.triggers.client_id(trigger_id) != trigger_id

    for stale, error in [
        (fake.issue_trigger_id(scene.agent, age=fake.trigger_ttl + 1), "expired"),
        (base64.b64encode(b"a:b:99999999999999:c2ln").decode(), "verify_signature_failed"),
        ("not base64!", "base64_decode_failed"),
    ]:
        with pytest.raises(InvalidOrMissingParameters) as caught:
            dialogs.open_interactive_dialog(stale, receiver.url("/mattermost/dialogs"), DIALOG)
        assert caught.value.error_id == f"interactive_message.decode_trigger_id.{error}"
    assert len(fake.dialogs) == 1


def test_slash_command_response_url_and_dialog_submission(scene: Scene, receiver: Receiver) -> None:
    fake = scene.fake
    receiver.answers.append((200, {"response_type": "ephemeral", "text": "Formulaire ouvert"}))
    command = fake.slash_command(receiver.url("/mattermost/command"), "cmd-token", "audit", scene.agent, scene.channel)
    assert command.error is None
    sent = receiver.requests[0]
    assert sent.headers["authorization"] == "Token cmd-token"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    form = {key: values[0] for key, values in parse_qs(sent.body.decode()).items()}
    assert list(form) == COMMAND_FIELDS and (form["command"], form["text"]) == ("/plume", "audit")
    assert fake.triggers.verify(form["trigger_id"]) == (scene.agent, None)
    assert fake.ephemerals[-1]["post"]["message"] == "Formulaire ouvert"

    later = httpx2.post(form["response_url"], json={"response_type": "in_channel", "text": "Export prêt"})
    assert later.status_code == 200
    shared = fake.wait_for_post(lambda p: p["message"] == "Export prêt")
    assert shared["user_id"] == scene.agent and shared["props"]["from_webhook"] == "true"

    receiver.answers.append((200, {"errors": {"texte": "Obligatoire"}}))
    submitted = fake.submit_dialog(
        receiver.url("/mattermost/dialogs"), "avis", "c1", {"texte": ""}, scene.agent, scene.channel
    )
    assert submitted.body == {"errors": {"texte": "Obligatoire"}}
    assert receiver.requests[-1].json() == {
        "type": "dialog_submission",
        "callback_id": "avis",
        "state": "c1",
        "user_id": scene.agent,
        "channel_id": scene.channel,
        "team_id": fake.team_id,
        "submission": {"texte": ""},
        "cancelled": False,
    }
