"""The ASGI app: ``/sparql`` (SPARQL 1.1 Protocol), the query page, entity pages, views.

CORS is open (``Access-Control-Allow-Origin: *`` on every answer, preflight
answered), so a YASGUI page or a script served from elsewhere can query it; the
endpoint is read-only and holds no credentials.
"""
from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
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

    def __init__(self, app: ASGIApp, sparql: ASGIApp) -> None:
        self.app = app
        self.sparql = sparql

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

        app = self.sparql if scope["path"] == "/sparql" else self.app
        await app(scope, receive, with_cors)

    @staticmethod
    async def _preflight(scope: Scope, send: Send) -> None:
        asked = dict(scope["headers"]).get(b"access-control-request-headers", b"content-type, accept")
        allowed = asked if set(asked) <= SAFE_HEADER_CHARS else b"content-type, accept"
        headers = [*CORS_HEADERS, *PREFLIGHT_HEADERS, (b"access-control-allow-headers", allowed)]
        await send({"type": "http.response.start", "status": 204, "headers": headers})
        await send({"type": "http.response.body", "body": b""})


def error_body(accept: str, status: int, message: str) -> tuple[bytes, bytes]:
    """(body, content type): JSON for clients that take JSON, else plain text; never the host's paths."""
    if "json" in accept and "html" not in accept:
        body = json.dumps({"error": message, "status": status}, ensure_ascii=False) + "\n"
        return body.encode("utf-8"), b"application/json"
    return (message + "\n").encode("utf-8"), b"text/plain; charset=utf-8"


async def respond(send: Send, status: int, body: bytes, ctype: bytes, extra: dict[str, str] | None = None,
                  head_only: bool = False) -> None:
    headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
               (b"x-content-type-options", b"nosniff")]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head_only else body})


class Endpoint:
    """``/sparql`` as a plain ASGI app (no framework in the hot path): parse, run on the pool, answer."""

    def __init__(self, pool: Pool, limits: Limits) -> None:
        self.pool = pool
        self.limits = limits

    async def parse(self, scope: Scope, receive: Receive, headers: dict[bytes, bytes]) -> SparqlRequest:
        raw_query = scope.get("query_string", b"").decode("latin-1")
        if scope["method"] == "POST":
            body = await read_body(headers.get(b"content-length"), receive, self.limits.max_body)
            return parse_post(headers.get(b"content-type", b"").decode("latin-1"), body, raw_query,
                              self.limits.max_body)
        if scope["method"] not in ("GET", "HEAD"):
            raise RequestError(405, "use GET or POST", {"Allow": "GET, HEAD, POST, OPTIONS"})
        return parse_query_string(raw_query, self.limits.max_body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"])
        accept = headers.get(b"accept", b"").decode("latin-1")
        head_only = scope["method"] == "HEAD"
        try:
            sparql = await self.parse(scope, receive, headers)
            if sparql.query is None:
                host = headers.get(b"host", b"127.0.0.1").decode("latin-1")
                body, media = service_description(f"http://{host}/sparql", self.pool.info.graphs, accept)
                await respond(send, 200, body, media.encode(), head_only=head_only)
                return
            reply = await self.pool.run(sparql.header(accept, self.limits.max_rows), sparql.query)
        except RequestError as exc:
            body, ctype = error_body(accept, exc.status, str(exc))
            await respond(send, exc.status, body, ctype, exc.headers, head_only)
            return
        if reply.status != 200:
            body, ctype = error_body(accept, reply.status, reply.body.decode("utf-8", "replace").strip())
            await respond(send, reply.status, body, ctype, head_only=head_only)
            return
        charset = "; charset=utf-8" if "json" in reply.media_type or reply.media_type.startswith("text/") else ""
        extra = {"X-WGEC-Truncated": "true"} if reply.truncated else None
        await respond(send, 200, reply.body, (reply.media_type + charset).encode(), extra, head_only)


def create_app(pool: Pool, limits: Limits, extra_routes: list[Any] | None = None) -> ASGIApp:
    """The whole app for one pool: ``/sparql``, and Starlette for the pages (``extra_routes``)."""
    pages = Starlette(routes=extra_routes or [])
    return Cors(pages, Endpoint(pool, limits))
