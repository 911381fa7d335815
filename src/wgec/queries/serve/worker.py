"""A query worker: one process holding the dataset, answering one query at a time.

Run as ``python -m wgec.queries.serve.worker`` by the engine, which talks to it over
its standard input and output in frames (:func:`frame`): first a set-up frame naming
the source, answered by a ready frame (graph names, triple count); then one request
frame per query, answered by one reply frame (status, media type, body).  The
worker leaves every network before it loads anything (see ``sandbox``), dies with
its parent, and is killed by the engine at the time or memory limit.
"""
from __future__ import annotations

import ctypes
import json
import os
import signal
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from wgec.errors import WgecError
from wgec.queries.sandbox import SandboxError, check, check_graph_names, isolate_network, update_refused
from wgec.queries.serve import negotiation as neg
from wgec.queries.serve.dataset import Source, load

HEADER = struct.Struct("!II")


def frame(header: dict[str, Any], body: bytes = b"") -> bytes:
    """A frame: two lengths, a JSON header, a body."""
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return HEADER.pack(len(head), len(body)) + head + body


def _read_exactly(stream: BinaryIO, n: int) -> bytes:
    data = b""
    while len(data) < n:
        part = stream.read(n - len(data))
        if not part:
            raise EOFError
        data += part
    return data


def read_frame(stream: BinaryIO) -> tuple[dict[str, Any], bytes]:
    head_len, body_len = HEADER.unpack(_read_exactly(stream, HEADER.size))
    header = json.loads(_read_exactly(stream, head_len))
    return header, _read_exactly(stream, body_len) if body_len else b""


@dataclass
class Reply:
    status: int
    media_type: str
    body: bytes
    truncated: bool = False

    def frame(self) -> bytes:
        return frame({"status": self.status, "type": self.media_type, "truncated": self.truncated}, self.body)


def _error(status: int, message: str) -> Reply:
    return Reply(status, "text/plain", (message + "\n").encode("utf-8"))


class Worker:
    """The loaded dataset and the query logic of one worker process."""

    def __init__(self, loaded: Any, prefixes: dict[str, str]) -> None:
        self.loaded = loaded
        self.graphs = set(loaded.graphs)
        self.prefixes = prefixes

    def options(self, request: dict[str, Any]) -> dict[str, Any]:
        default, named = request.get("default_graphs") or [], request.get("named_graphs") or []
        check_graph_names(default, self.graphs, "default-graph-uri")
        check_graph_names(named, self.graphs, "named-graph-uri")
        opts: dict[str, Any] = {}
        if default:
            opts["default_graph"] = [ox.NamedNode(g) for g in default]
        elif self.loaded.union_flag:
            opts["use_default_graph_as_union"] = True
        if named:
            opts["named_graphs"] = [ox.NamedNode(g) for g in named]
        return opts

    def answer(self, request: dict[str, Any], text: str) -> Reply:
        try:
            check(text, self.graphs)
            opts = self.options(request)
        except SandboxError as exc:
            return _error(400, str(exc))
        try:
            result = self.loaded.store.query(text, **opts)
            return self.write(result, request)
        except SyntaxError as exc:
            refused = update_refused(text)
            return _error(403, str(refused)) if refused else _error(400, f"SPARQL syntax error: {exc}")
        except (ValueError, TypeError, RuntimeError) as exc:
            return _error(400, f"query failed: {exc}")
        except OSError as exc:
            print(f"wgec worker: query failed: {exc!r}", file=sys.stderr)
            return _error(500, "query failed while reading the store")

    def write(self, result: Any, request: dict[str, Any]) -> Reply:
        accept, explicit = request.get("accept") or "", request.get("format")
        max_rows = int(request.get("max_rows") or 0)
        if isinstance(result, ox.QueryBoolean):
            fmt = neg.choose(accept, "solutions", explicit)
            return Reply(200, neg.MEDIA_TYPE[fmt], neg.write_boolean(bool(result), fmt))
        if isinstance(result, ox.QueryTriples):
            fmt = neg.choose(accept, "graph", explicit)
            body, cut = neg.write_triples(result, fmt, max_rows, self.prefixes)
            return Reply(200, neg.MEDIA_TYPE[fmt], body, cut)
        fmt = neg.choose(accept, "solutions", explicit)
        variables = [v.value for v in result.variables]
        body, cut = neg.write_solutions(variables, result, fmt, max_rows)
        return Reply(200, neg.MEDIA_TYPE[fmt], body, cut)


def _die_with_parent() -> None:
    """Linux: SIGKILL this process when its parent dies (prctl PR_SET_PDEATHSIG)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _protocol_streams() -> tuple[BinaryIO, BinaryIO]:
    """Standard input and output for frames only: stray prints go to standard error."""
    out = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    return sys.stdin.buffer, out


def serve(setup: dict[str, Any], inp: BinaryIO, out: BinaryIO, isolation: str | None) -> None:
    source = Source(tuple(Path(f) for f in setup.get("files", [])),
                    Path(setup["store_path"]) if setup.get("store_path") else None)
    try:
        loaded = load(source)
    except WgecError as exc:
        out.write(frame({"error": str(exc)}))
        return
    worker = Worker(loaded, setup.get("prefixes") or {})
    out.write(frame({"ready": True, "graphs": loaded.graphs, "triples": loaded.triples, "isolation": isolation,
                     "union": loaded.union_flag}))
    while True:
        try:
            request, body = read_frame(inp)
        except EOFError:
            return
        out.write(worker.answer(request, body.decode("utf-8", "replace")).frame())


def main() -> None:
    _die_with_parent()
    isolation = isolate_network()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops workers itself
    inp, out = _protocol_streams()
    try:
        setup, _ = read_frame(inp)
    except EOFError:
        return
    serve(setup, inp, out, isolation)


if __name__ == "__main__":
    main()
