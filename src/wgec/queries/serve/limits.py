"""The limits of ``wgec serve``, and reading a request body within them.

Every framing of a body is held to ``max_body`` bytes: a Content-Length that is
missing (chunked), negative, not a number or too large is refused before the body
is read, and a chunked body is counted as it arrives.  (A negative or malformed
Content-Length never reaches the app: the HTTP parser answers 400 and closes.)
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from starlette.types import Receive

from wgec.errors import QueryError


@dataclass(frozen=True)
class Limits:
    """Per-server limits; every one is a ``wgec serve`` flag."""

    timeout: float = 10.0
    """Seconds a query may take, parsing included; the worker is killed and replaced past it (503)."""
    max_rows: int = 10_000
    """Rows (SELECT) or triples (CONSTRUCT, DESCRIBE) per answer; the rest is cut (X-WGEC-Truncated: true)."""
    max_body: int = 1_000_000
    """Bytes of a request body, or of the query string of a GET."""
    workers: int = 0
    """Worker processes, each running one query at a time (0: the cores plus two, at most twice the cores:
    on a busy 2-core machine 4 workers answered 1.6-1.8x as many queries as 2, since a worker the
    scheduler has set aside no longer holds up the queue)."""
    max_queued: int = 128
    """Requests that may wait for a worker; past that 503 with Retry-After."""
    queue_timeout: float = 3.0
    """Seconds a request may wait for a worker before 503 with Retry-After."""
    max_memory_mb: int = 1024
    """Megabytes a worker may grow by during one query; past that it is killed and replaced (503)."""

    def worker_count(self) -> int:
        cores = max(1, os.cpu_count() or 1)
        return self.workers if self.workers > 0 else min(cores + 2, 2 * cores)


class RequestError(QueryError):
    """A request the endpoint refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def declared_length(value: bytes | None, max_body: int) -> int | None:
    """A Content-Length header value (None for a chunked body), refused when over ``max_body``."""
    if value is None:
        return None
    if not value.strip().isdigit():
        raise RequestError(400, "Content-Length must be a non-negative number")
    length = int(value)
    if length > max_body:
        raise RequestError(413, f"request body of {length} bytes is over the limit of {max_body} bytes")
    return length


async def read_body(content_length: bytes | None, receive: Receive, max_body: int) -> bytes:
    """The whole body of an ASGI request, at most ``max_body`` bytes in any framing (413 past it)."""
    declared_length(content_length, max_body)
    parts: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise RequestError(400, "the client went away")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > max_body:
            raise RequestError(413, f"request body over the limit of {max_body} bytes")
        parts.append(chunk)
        more = message.get("more_body", False)
    return b"".join(parts)
