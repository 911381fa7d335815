"""The ASGI app: ``/sparql`` (SPARQL 1.1 Protocol), the query page, entity pages, views.

CORS is open (``Access-Control-Allow-Origin: *`` on every answer, preflight
answered), so a YASGUI page or a script served from elsewhere can query it; the
endpoint is read-only and holds no credentials.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wgec.queries.serve.engine import Pool
from wgec.queries.serve.limits import Limits, RequestError, read_body
from wgec.queries.serve.protocol import SparqlRequest, parse_post, parse_query_string, service_description

CORS_HEADERS = [(b"access-control-allow-origin", b"*"),
                (b"access-control-expose-headers", b"Content-Type, Retry-After, X-WGEC-Truncated")]
PREFLIGHT_HEADERS = [(b"access-control-allow-methods", b"GET, HEAD, POST, OPTIONS"),
                     (b"access-control-max-age", b"86400"), (b"content-length", b"0")]
SAFE_HEADER_CHARS = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_, ")


class Cors:
    """ASGI middleware: CORS headers on every response; OPTIONS answered as a preflight (204)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] == "OPTIONS":
            await self._preflight(scope, send)
            return

        async def with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *CORS_HEADERS]
            await send(message)

        await self.app(scope, receive, with_cors)

    @staticmethod
    async def _preflight(scope: Scope, send: Send) -> None:
        asked = dict(scope["headers"]).get(b"access-control-request-headers", b"content-type, accept")
        allowed = asked if set(asked) <= SAFE_HEADER_CHARS else b"content-type, accept"
        headers = [*CORS_HEADERS, *PREFLIGHT_HEADERS, (b"access-control-allow-headers", allowed)]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A JSON body for clients that take JSON, else plain text; never a page of the host's paths."""
    accept = request.headers.get("accept", "")
    if "json" in accept and "html" not in accept:
        body = json.dumps({"error": message, "status": status}, ensure_ascii=False) + "\n"
        return Response(body, status, headers, "application/json")
    return Response(message + "\n", status, headers, "text/plain; charset=utf-8")


class Endpoint:
    """``/sparql``: parse the protocol request, run it on the pool, answer."""

    def __init__(self, pool: Pool, limits: Limits) -> None:
        self.pool = pool
        self.limits = limits

    async def parse(self, request: Request) -> SparqlRequest:
        raw_query = request.scope.get("query_string", b"").decode("latin-1")
        if request.method == "POST":
            body = await read_body(request, self.limits.max_body)
            return parse_post(request.headers.get("content-type", ""), body, raw_query, self.limits.max_body)
        return parse_query_string(raw_query, self.limits.max_body)

    async def handle(self, request: Request) -> Response:
        try:
            sparql = await self.parse(request)
            if sparql.query is None:
                base = f"{request.url.scheme}://{request.url.netloc}/sparql"
                body, media = service_description(base, self.pool.info.graphs, request.headers.get("accept", ""))
                return Response(body, 200, media_type=media)
            reply = await self.pool.run(sparql.header(request.headers.get("accept", ""), self.limits.max_rows),
                                        sparql.query)
        except RequestError as exc:
            return error_response(request, exc.status, str(exc), exc.headers)
        if reply.status != 200:
            return error_response(request, reply.status, reply.body.decode("utf-8", "replace").strip())
        headers = {"X-WGEC-Truncated": "true"} if reply.truncated else None
        charset = "; charset=utf-8" if "json" in reply.media_type or reply.media_type.startswith("text/") else ""
        return Response(reply.body, 200, headers, reply.media_type + charset)


Handler = Callable[[Request], Awaitable[Response]]


def create_app(pool: Pool, limits: Limits, extra_routes: list[Any] | None = None) -> ASGIApp:
    """The whole app for one pool (``extra_routes``: the pages)."""
    endpoint = Endpoint(pool, limits)
    routes = [Route("/sparql", endpoint.handle, methods=["GET", "HEAD", "POST"]), *(extra_routes or [])]
    app = Starlette(routes=routes)
    return Cors(app)
