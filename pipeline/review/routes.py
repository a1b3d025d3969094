"""The review app's HTTP layer: Starlette routes over :class:`pipeline.review.server.ReviewApp`.

Routing, cookies, static files and the request-size limit are Starlette's; what is ours is the guard every
request passes (the Host header names 127.0.0.1 or localhost at the server's own port, which stops a DNS
rebinding page; the session's token in the ``cesr_token`` cookie or the ``X-CESR-Token`` header; a write also
carries ``X-Requested-With: cesr``, a header a cross-site form cannot send), the security headers on every answer,
and the JSON errors.  The application logic stays in ``ReviewApp``: each route calls one of its methods in a
worker thread (they read and write SQLite and may render a page), so a slow page never blocks the others.

Nothing about a request's body is logged, and no query string: ``?token=`` is how the printed address hands
the token over (answered with the cookie and a redirect to ``/``), so :class:`NoQueryString` strips the query
from uvicorn's access log lines.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import resources
from .openapi import openapi_document

if TYPE_CHECKING:
    from .server import ReviewApp

__all__ = ["COOKIE", "MAX_BODY", "NoQueryString", "make_app"]

log = logging.getLogger("cesr.review")

COOKIE = "cesr_token"
#: The largest request body accepted (Starlette's ``max_body_size``; a larger one gets 413).
MAX_BODY = 64 * 1024
INTERNAL_ERROR = "internal error (see the terminal running cesr review)"
SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                  b"connect-src 'self'; frame-ancestors 'none'"),
]
FORBIDDEN_PAGE = ("<!doctype html><meta charset=utf-8><title>cesr review</title><p>Forbidden: open the address that "
                  "<code>cesr review</code> printed (it carries the session's token).</p>")
#: ``POST /api/doc/<sha256>/<op>``: the writes ReviewApp.write takes.
DOCUMENT_WRITES = ("decide", "undo", "reviewed", "title", "describe", "ignore_rest")
_HEX = frozenset("0123456789abcdef")


def _is_sha(value: str) -> bool:
    return len(value) == 64 and set(value) <= _HEX


def _json(status: int, data: Any) -> JSONResponse:
    return JSONResponse(data, status_code=status)


# ---------------------------------------------------------------- middleware


class SecurityHeaders:
    """Adds the no-store, no-sniff, no-frame, no-referrer and content-security-policy headers to every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in names)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Guard:
    """The Host check and the token, before any route runs.

    Let through without a token: ``/favicon.ico``, and ``GET /?token=`` (its route checks the token and answers
    with the cookie).  Everything else needs the token, else 403 with a page that says where to go.
    """

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode()

    def host_ok(self, scope: Scope, headers: Headers) -> bool:
        host = (headers.get("host") or "").lower()
        server = scope.get("server")
        if not server:
            return False
        port = server[1]
        return host in (f"127.0.0.1:{port}", f"localhost:{port}")

    def authorised(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(token.encode("utf-8", "surrogateescape"), self.token)

    def token_of(self, request: Request) -> str | None:
        return request.headers.get("x-cesr-token") or request.cookies.get(COOKIE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        if not self.host_ok(scope, request.headers):
            return await HTMLResponse(FORBIDDEN_PAGE, status_code=403)(scope, receive, send)
        path, method = scope["path"], scope["method"]
        handover = path == "/" and method in ("GET", "HEAD") and "token" in request.query_params
        if path != "/favicon.ico" and not handover and not self.authorised(self.token_of(request)):
            return await HTMLResponse(FORBIDDEN_PAGE, status_code=403)(scope, receive, send)
        await self.app(scope, receive, send)


class NoQueryString(logging.Filter):
    """Strips the query string (``?token=...``) from uvicorn's access log lines; uvicorn logs no bodies."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


# ---------------------------------------------------------------- routes


def make_app(review: "ReviewApp") -> Starlette:
    """The ASGI app serving ``review`` (the token is ``review.token``)."""

    def guarded(fn: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        """Never a traceback with document content in the answer: a failure is logged by path and answered 500."""

        async def route(request: Request) -> Response:
            try:
                return await fn(request)
            except HTTPException:
                raise
            except (ClientDisconnect, BrokenPipeError, ConnectionResetError):
                # the tab went away (closed, reloaded) before its request was read or answered: nothing to tell
                # the doctor, and nothing was decided (a write whose body never came in full is not made)
                log.debug("review server: %s %s: the client went away", request.method, request.url.path)
                return Response(status_code=400)
            except Exception:
                log.exception("review server: %s %s failed", request.method, request.url.path)
                return _json(500, {"error": INTERNAL_ERROR})

        route.__name__ = fn.__name__
        route.__doc__ = fn.__doc__
        return route

    def call(fn, *args) -> Awaitable[Any]:
        return run_in_threadpool(fn, *args)

    # ---- pages

    async def index(request: Request) -> Response:
        if "token" in request.query_params:  # the printed address: the token becomes a cookie, the address loses it
            if not hmac.compare_digest(request.query_params["token"].encode("utf-8", "surrogateescape"),
                                       review.token.encode()):
                return HTMLResponse(FORBIDDEN_PAGE, status_code=403)
            response = RedirectResponse("/", status_code=303)
            response.set_cookie(COOKIE, review.token, path="/", httponly=True, samesite="strict")
            return response
        return HTMLResponse((resources.static_dir() / "index.html").read_bytes())

    async def favicon(request: Request) -> Response:
        return Response(status_code=204, media_type="image/x-icon")

    async def openapi(request: Request) -> Response:
        return _json(200, openapi_document())

    # ---- reads

    @guarded
    async def meta(request: Request) -> Response:
        return _json(200, await call(review.meta))

    @guarded
    async def queue(request: Request) -> Response:
        status, data = await call(review.queue_page, dict(request.query_params))
        return _json(status, data)

    @guarded
    async def search(request: Request) -> Response:
        status, data = await call(review.search, dict(request.query_params))
        return _json(status, data)

    @guarded
    async def settings(request: Request) -> Response:
        return _json(200, await call(review.settings))

    @guarded
    async def batches(request: Request) -> Response:
        return _json(200, await call(review.batches))

    @guarded
    async def document(request: Request) -> Response:
        sha = request.path_params["sha256"]
        doc = await call(review.document, sha) if _is_sha(sha) else None
        return _json(200, doc) if doc else _json(404, {"error": "no such document"})

    @guarded
    async def redaction(request: Request) -> Response:
        sha = request.path_params["sha256"]
        data = await call(review.redaction, sha) if _is_sha(sha) else None
        return _json(200, data) if data else _json(404, {"error": "no reading of this document"})

    @guarded
    async def page_png(request: Request) -> Response:
        from .pages import SCALES

        sha, number = request.path_params["sha256"], request.path_params["number"]
        try:
            scale = float(request.query_params.get("scale") or 1)
        except ValueError:
            scale = -1.0
        if scale not in SCALES:
            return _json(400, {"error": "scale must be one of " + ", ".join(f"{s:g}" for s in SCALES)})
        if not _is_sha(sha) or number > 9999:
            return _json(404, {"error": "no such page"})
        got = await call(review.page_image, sha, number, request.query_params.get("original") == "1", scale)
        if got.png is None:
            return _json(got.status, {"error": got.message or "no image of this page"})
        return Response(got.png, media_type="image/png")

    @guarded
    async def page_view(request: Request) -> Response:
        sha = request.path_params["sha256"]
        if not _is_sha(sha):
            return _json(404, {"error": "no such document"})
        status, data = await call(review.page_view, sha)
        return _json(status, data)

    # ---- writes

    async def body_of(request: Request) -> dict[str, Any] | Response:
        """The request's JSON object, or the answer refusing it (403 without the header, 413 too large, 400)."""
        if request.headers.get("x-requested-with") != "cesr":  # a header a cross-site form cannot send
            return _json(403, {"error": "missing X-Requested-With header"})
        raw = await request.body()  # Starlette's max_body_size stops it past MAX_BODY (413)
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            return _json(400, {"error": "the body must be JSON"})
        if not isinstance(body, dict):
            return _json(400, {"error": "the body must be a JSON object"})
        return body

    def writer(method: Callable[..., tuple[int, dict[str, Any]]], *names: str):
        @guarded
        async def write(request: Request) -> Response:
            body = await body_of(request)
            if isinstance(body, Response):
                return body
            args = [request.path_params[n] for n in names]
            if "sha256" in names and not _is_sha(request.path_params["sha256"]):
                return _json(404, {"error": "not found"})
            status, data = await call(method, *args, body)
            return _json(status, data)

        write.__name__ = method.__name__
        return write

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        message = {404: "not found", 405: "method not allowed", 413: "request too large"}.get(
            exc.status_code, exc.detail)
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)

    write_routes = [Route(f"/api/doc/{{sha256}}/{op}", writer(_bind_op(review, op), "sha256"), methods=["POST"],
                          name=f"doc_{op}") for op in DOCUMENT_WRITES]
    write_routes += [
        Route("/api/doc/{sha256}/redaction", writer(review.redaction_write, "sha256"), methods=["POST"],
              name="redaction_write"),
        Route("/api/doc/{sha256}/check", writer(review.check, "sha256"), methods=["POST"], name="check"),
        Route("/api/bulk/{op}", writer(review.bulk, "op"), methods=["POST"], name="bulk_write"),
        Route("/api/settings", writer(review.set_settings), methods=["POST"], name="settings_write"),
    ]
    reads = {  # path -> endpoint, every one GET only
        "/": index, "/favicon.ico": favicon, "/api/openapi.json": openapi, "/api/meta": meta, "/api/queue": queue,
        "/api/bulk": batches, "/api/settings": settings, "/api/search": search, "/api/doc/{sha256}": document,
        "/api/doc/{sha256}/redaction": redaction, "/api/doc/{sha256}/page/{number:int}.png": page_png,
        "/api/doc/{sha256}/pages": page_view,
    }
    routes = [
        *(Route(path, endpoint, methods=["GET"]) for path, endpoint in reads.items()),
        *write_routes,
        Mount("/static", StaticFiles(directory=resources.static_dir()), name="static"),
    ]
    # max_body_size: Starlette answers 413 past it (plain text when Content-Length says so up front, else the
    # JSON error below), before any of the body reaches a route
    return Starlette(routes=routes, exception_handlers={HTTPException: http_error},
                     middleware=[Middleware(SecurityHeaders), Middleware(Guard, token=review.token)],
                     max_body_size=MAX_BODY)


def _bind_op(review: "ReviewApp", op: str) -> Callable[[str, dict[str, Any]], tuple[int, dict[str, Any]]]:
    def write(sha256: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        return review.write(sha256, op, body)

    write.__name__ = op
    return write
