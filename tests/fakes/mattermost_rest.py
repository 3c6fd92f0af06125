"""The fake Mattermost's HTTP side: the REST v4 routes a bot uses, the rate limiter, auth, recording.

Every answer carries X-Request-Id, X-Version-Id and, with rate limiting on, X-Ratelimit-{Limit,Remaining,Reset};
JSON answers are `Content-Type: application/json` exactly, errors are model.AppError bodies, and a limited request
gets what the server's throttled middleware sends: 429, Retry-After and the plain-text body "limit exceeded".
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from aiohttp import BodyPartReader, web

from tests.fakes.mattermost_wire import (
    NO_PERMISSION,
    NOT_FOUND_PAGE,
    SERVER_VERSION,
    SESSION_EXPIRED,
    app_error,
    dumps,
    file_info_json,
    for_client,
    invalid_param,
    new_id,
)

if TYPE_CHECKING:
    from tests.fakes.mattermost_api import FakeMattermost


@dataclass
class MattermostCall:
    """One HTTP request the fake answered; header names are lower-cased, `route` is the matched path template."""

    method: str
    path: str
    route: str
    body: Any
    query: dict[str, str]
    headers: dict[str, str]
    status: int
    user_id: str = ""


@dataclass
class Context:
    """What the middleware worked out about a request before its handler runs."""

    request_id: str
    user_id: str
    body: Any


Handler = Callable[[web.Request, Context], Awaitable[web.StreamResponse]]
ID = "{%s:[A-Za-z0-9]+}"
OPEN_ROUTES = {"/api/v4/actions/dialogs/open", "/api/v4/system/ping", "/api/v4/websocket", "/hooks/commands/{hook_id}"}
WEBSOCKET = "/api/v4/websocket"


class RestApi:
    """Route table and handlers; the state lives in the FakeMattermost passed in."""

    def __init__(self, fake: FakeMattermost) -> None:
        self.fake = fake
        self._handlers: dict[tuple[str, str], Handler] = {}

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware], client_max_size=100 * 1024 * 1024)
        routes = [
            ("GET", "/api/v4/users/" + ID % "user_id", self.get_user),
            ("POST", "/api/v4/users/ids", self.get_users_by_ids),
            ("POST", "/api/v4/channels/direct", self.create_direct_channel),
            ("GET", "/api/v4/channels/" + ID % "channel_id", self.get_channel),
            ("POST", "/api/v4/posts", self.create_post),
            ("POST", "/api/v4/posts/ephemeral", self.create_ephemeral),
            ("GET", "/api/v4/channels/" + ID % "channel_id" + "/posts", self.get_channel_posts),
            ("GET", "/api/v4/posts/" + ID % "post_id", self.get_post),
            ("PUT", "/api/v4/posts/" + ID % "post_id" + "/patch", self.patch_post),
            ("POST", "/api/v4/actions/dialogs/open", self.open_dialog),
            ("POST", "/api/v4/files", self.upload_files),
            ("GET", "/api/v4/system/ping", self.ping),
            ("POST", "/hooks/commands/" + ID % "hook_id", self.command_response),
        ]
        for method, path, handler in routes:
            route = app.router.add_route(method, path, _dispatched_by_middleware)
            self._handlers[(method, route.resource.canonical if route.resource else path)] = handler
        app.router.add_route("GET", WEBSOCKET, _dispatched_by_middleware)  # handed to the SocketHub
        app.router.add_route("*", "/{tail:.*}", _dispatched_by_middleware)
        return app

    # -- plumbing -------------------------------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: object) -> web.StreamResponse:
        fake = self.fake
        resource = request.match_info.route.resource
        known = resource is not None and resource.canonical != "/{tail:.*}"
        route = resource.canonical if known and resource is not None else request.path
        token = _token(request)
        user_id = fake.user_for_token(token) if token else None
        ctx = Context(new_id(), user_id or "", None)
        headers = {"X-Request-Id": ctx.request_id, "X-Version-Id": f"{SERVER_VERSION}.fake.false"}
        limited = False
        if fake.limiter is not None:
            limited, limits = fake.limiter.hit(token or request.remote or "")
            headers.update(limits)
        failure = None if limited else fake.take_failure(request.method, route, request.path)
        ctx.body = None if route == WEBSOCKET else await _body(request)
        answer = self._handlers.get((request.method, route), self.not_found)
        if limited or failure == 429:
            response: web.StreamResponse = _limit_exceeded(headers.get("Retry-After", "1"))
        elif failure is not None:
            response = self.error(ctx, failure, "api.fake.injected.app_error", f"Injected failure {failure}")
        elif known and route not in OPEN_ROUTES and not user_id:
            response = self.error(ctx, 401, *SESSION_EXPIRED)
        elif route == WEBSOCKET:
            fake.record(_call(request, route, ctx, 101))
            return await fake.hub.handle(request, token)
        else:
            response = await answer(request, ctx)
        response.headers.update({k: v for k, v in headers.items() if k not in response.headers})
        fake.record(_call(request, route, ctx, response.status))
        return response

    def json(self, status: int, body: Any) -> web.Response:
        return web.Response(status=status, body=dumps(body).encode(), headers={"Content-Type": "application/json"})

    def error(self, ctx: Context, status: int, error_id: str, message: str) -> web.Response:
        return self.json(status, app_error(error_id, message, status, ctx.request_id))

    async def not_found(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        return self.error(ctx, 404, *NOT_FOUND_PAGE)

    # -- users and channels ---------------------------------------------------------------------------------------

    async def get_user(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        wanted = request.match_info["user_id"]
        user_id = ctx.user_id if wanted == "me" else wanted
        user = self.fake.users.get(user_id)
        if user is None:
            return self.error(ctx, 404, "app.user.missing_account.const", "Unable to find the user.")
        return self.json(200, user)

    async def get_users_by_ids(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        ids = ctx.body
        if not isinstance(ids, list) or not ids:
            return self.error(ctx, 400, *invalid_param("user_ids"))
        return self.json(200, [self.fake.users[uid] for uid in ids if uid in self.fake.users])

    async def get_channel(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        channel = self.fake.channels.get(request.match_info["channel_id"])
        if channel is None:
            return self.error(ctx, 404, "app.channel.get.existing.app_error", "Unable to find the existing channel.")
        if channel["type"] != "O" and ctx.user_id not in self.fake.members(channel["id"]):
            return self.error(ctx, 403, *NO_PERMISSION)
        return self.json(200, channel)

    async def create_direct_channel(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        ids = ctx.body
        if not isinstance(ids, list) or len(ids) != 2 or not all(isinstance(uid, str) for uid in ids):
            return self.error(ctx, 400, *invalid_param("user_ids"))
        if any(uid not in self.fake.users for uid in ids):
            return self.error(ctx, 400, "api.context.invalid_url_param.app_error", "Invalid or missing user_id.")
        if ctx.user_id not in ids:
            return self.error(ctx, 403, *NO_PERMISSION)
        channel_id = self.fake.direct_channel(ids[0], ids[1])
        return self.json(201, self.fake.channels[channel_id])

    # -- posts ----------------------------------------------------------------------------------------------------

    async def create_post(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        body = ctx.body
        if not isinstance(body, dict) or not isinstance(body.get("channel_id"), str):
            return self.error(ctx, 400, *invalid_param("post"))
        props: dict[str, Any] = body["props"] if isinstance(body.get("props"), dict) else {}
        post, failure = self.fake.create_post(
            ctx.user_id,
            body["channel_id"],
            str(body.get("message") or ""),
            str(body.get("root_id") or ""),
            props,
            [str(fid) for fid in body.get("file_ids") or []],
            pending_post_id=str(body.get("pending_post_id", "")),
        )
        if post is None:
            assert failure is not None
            return self.error(ctx, *failure)
        await self.fake.hub.broadcast(self.fake.posted_event(post))
        return self.json(201, for_client(post))

    async def get_channel_posts(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        """A PostList, newest first: posts changed after `since` (ms), else page / per_page (before/after ignored)."""
        channel_id = request.match_info["channel_id"]
        if ctx.user_id not in self.fake.members(channel_id):
            return self.error(ctx, 403, *NO_PERMISSION)
        query = request.query
        since, page, per_page = (int(query.get(k, d)) for k, d in (("since", 0), ("page", 0), ("per_page", 60)))
        found = self.fake.channel_posts(channel_id)[::-1]  # stored oldest first
        chosen = [p for p in found if p["update_at"] > since] if since else found[page * per_page :][:per_page]
        listing = {"order": [p["id"] for p in chosen], "posts": {p["id"]: for_client(p) for p in chosen}}
        more = not since and len(found) > (page + 1) * per_page
        return self.json(200, {**listing, "next_post_id": "", "prev_post_id": "", "has_next": more})

    async def get_post(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        post = self._readable_post(request, ctx)
        if post is None:
            return self.error(ctx, 404, "app.post.get.app_error", "Unable to get the post.")
        return self.json(200, for_client(post))

    async def patch_post(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        post, body = self._readable_post(request, ctx), ctx.body
        if post is None:
            return self.error(ctx, 404, "app.post.get.app_error", "Unable to get the post.")
        if post["user_id"] != ctx.user_id:
            return self.error(ctx, 403, *NO_PERMISSION)
        if not isinstance(body, dict):
            return self.error(ctx, 400, *invalid_param("post"))
        message = body["message"] if isinstance(body.get("message"), str) else post["message"]
        props = body["props"] if isinstance(body.get("props"), dict) else None
        updated = self.fake.update_post(post["id"], message, props)
        await self.fake.hub.broadcast(self.fake.edited_event(updated))
        return self.json(200, for_client(updated))

    async def create_ephemeral(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        body = ctx.body
        inner = body.get("post") if isinstance(body, dict) else None
        if not isinstance(inner, dict) or not body.get("user_id") or not isinstance(inner.get("channel_id"), str):
            return self.error(ctx, 400, *invalid_param("ephemeral_post"))
        if not self.fake.ephemeral_allowed:
            return self.error(ctx, 403, *NO_PERMISSION)
        post = self.fake.add_ephemeral(
            str(body["user_id"]),
            inner["channel_id"],
            str(inner.get("message") or ""),
            str(inner.get("root_id") or ""),
            ctx.user_id,
        )
        await self.fake.hub.broadcast(self.fake.ephemeral_event(str(body["user_id"]), post))
        return self.json(201, post)

    def _readable_post(self, request: web.Request, ctx: Context) -> dict[str, Any] | None:
        post = self.fake.posts.get(request.match_info["post_id"])
        if post is None or ctx.user_id not in self.fake.members(post["channel_id"]):
            return None
        return post

    # -- dialogs, files, commands ---------------------------------------------------------------------------------

    async def open_dialog(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        body = ctx.body
        if not isinstance(body, dict):
            return self.error(ctx, 400, *invalid_param("dialog"))
        if not body.get("url"):
            return self.error(ctx, 400, *invalid_param("url"))
        user_id, failure = self.fake.triggers.verify(str(body.get("trigger_id", "")))
        if failure is not None:
            failure["request_id"] = ctx.request_id
            return self.json(400, failure)
        await self.fake.hub.broadcast(self.fake.open_dialog(user_id, body))
        return self.json(200, {"status": "OK"})

    async def upload_files(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        form = ctx.body if isinstance(ctx.body, dict) else {}
        channel_id = request.query.get("channel_id") or form.get("channel_id") or ""
        uploads = form.get("files") or []
        if not channel_id or not uploads:
            return self.error(ctx, 400, "api.file.upload_file.incorrect_number_of_files.app_error", "No files.")
        if ctx.user_id not in self.fake.members(channel_id):
            return self.error(ctx, 403, *NO_PERMISSION)
        infos = []
        for name, data in uploads:
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            info = file_info_json(new_id(), ctx.user_id, channel_id, name, len(data), mime)
            self.fake.store_file(info, data)
            infos.append(info)
        return self.json(201, {"file_infos": infos, "client_ids": []})

    async def command_response(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        if not isinstance(ctx.body, dict):
            return self.error(ctx, 400, *invalid_param("command_response"))
        frames = self.fake.command_response(request.match_info["hook_id"], ctx.body)
        if frames is None:
            return self.error(ctx, 404, "app.command_webhook.get.app_error", "Unable to find the webhook.")
        for frame in frames:
            await self.fake.hub.broadcast(frame)
        return web.Response(status=200, text="ok", content_type="text/plain")

    async def ping(self, request: web.Request, ctx: Context) -> web.StreamResponse:
        return self.json(200, {"status": "OK", "ActiveSearchBackend": "database"})


def _token(request: web.Request) -> str:
    """ParseAuthTokenFromRequest: "Bearer" or "Token" Authorization header, else the access_token query."""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() in ("bearer", "token") and value.strip():
        return value.strip()
    return request.query.get("access_token", "")


async def _body(request: web.Request) -> Any:
    """JSON bodies parsed; forms as a dict; multipart files as {"files": [(name, bytes), ...], field: value}."""
    content_type = request.content_type
    if content_type == "multipart/form-data":
        form: dict[str, Any] = {"files": []}
        async for part in await request.multipart():
            if not isinstance(part, BodyPartReader):
                continue
            if part.filename:
                form["files"].append((part.filename, await part.read()))
            elif part.name:
                form[part.name] = (await part.read()).decode()
        return form
    raw = await request.read()
    if not raw:
        return None
    if content_type == "application/x-www-form-urlencoded":
        return {k: v[0] if len(v) == 1 else v for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode(errors="replace")


def _limit_exceeded(retry_after: str) -> web.Response:
    """http.Error(w, "limit exceeded", 429) after the throttled headers."""
    headers = {"Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff"}
    headers["Retry-After"] = retry_after
    return web.Response(status=429, body=b"limit exceeded\n", headers=headers)


async def _dispatched_by_middleware(request: web.Request) -> web.StreamResponse:
    raise AssertionError("RestApi's middleware answers every request")


def _call(request: web.Request, route: str, ctx: Context, status: int) -> MattermostCall:
    body = recorded = ctx.body
    if isinstance(body, dict) and "files" in body and isinstance(body["files"], list):
        recorded = {**body, "files": [{"name": name, "size": len(data)} for name, data in body["files"]]}
    headers = {name.lower(): value for name, value in request.headers.items()}
    query = dict(request.query)
    return MattermostCall(request.method, request.path, route, recorded, query, headers, status, ctx.user_id)
