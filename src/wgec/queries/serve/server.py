"""Running ``wgec serve``: find the data, bind the port, start the workers, serve until stopped."""
from __future__ import annotations

import asyncio
import errno
import signal
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wgec.errors import InputError, ListenError
from wgec.queries.serve.dataset import Source, find_source
from wgec.queries.serve.engine import Pool, WorkerStartError
from wgec.queries.serve.limits import Limits


@dataclass
class ServeOptions:
    """Everything ``wgec serve`` takes."""

    host: str = "127.0.0.1"
    port: int = 8000
    data: tuple[Path, ...] = ()
    store_path: Path | None = None
    views: Path | None = None
    limits: Limits = field(default_factory=Limits)


def prefixes() -> dict[str, str]:
    """Prefixes for Turtle and RDF/XML answers (the ones every wgec output binds)."""
    from wgec.ontology.prefixes import PREFIXES

    return {name: str(ns) for name, ns in PREFIXES.items()}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port`` (ListenError with one line when it cannot)."""
    try:
        return socket.create_server((host, port), backlog=2048)
    except socket.gaierror:
        raise ListenError(f"{host}: not a host name or address this machine has") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ListenError(f"{host}:{port}: port already in use (stop the other server or give --port)") \
                from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ListenError(f"{host}:{port}: not allowed to listen there (ports below 1024 need root)") from None
        raise ListenError(f"{host}:{port}: cannot listen ({exc.strerror})") from None


def bundled_source(tmp: Path, say: Callable[[str], None]) -> Source:
    """Build the bundled example corpus into ``tmp`` (saying so) when there is nothing else to serve."""
    from wgec.graph.build import build
    from wgec.graph.export import serialize

    say("wgec: no out/wgec.trig or out/wgec.ttl here and no --data: serving the bundled example corpus "
        "(run `wgec build` to serve your own graph)")
    path = tmp / "bundled-example.ttl"
    path.write_bytes(serialize(build(run_validation=False).graph, "turtle"))
    return Source(files=(path,), label="the bundled example corpus")


async def _run(options: ServeOptions, source: Source, sock: socket.socket, say: Callable[[str], None]) -> None:
    import uvicorn

    from wgec.queries.serve.app import create_app
    from wgec.queries.serve.pages import page_routes

    pool = Pool(source, options.limits, prefixes())
    try:
        info = await pool.start()
    except WorkerStartError as exc:
        raise InputError(str(exc)) from None
    try:
        if info.isolation:
            say(f"wgec: warning: query workers keep network access ({info.isolation}); SERVICE is still refused")
        app = create_app(pool, options.limits, page_routes(pool, options.views))
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", backlog=2048,
                                timeout_keep_alive=15, server_header=False)
        host, port = sock.getsockname()[:2]
        say(f"wgec: serving {source.describe()} ({info.triples} triples, {len(info.graphs)} named graphs) at "
            f"http://{host}:{port}/ (SPARQL endpoint http://{host}:{port}/sparql); Ctrl-C stops")
        await uvicorn.Server(config).serve(sockets=[sock])
    finally:
        await pool.close()


def _runner() -> asyncio.Runner:
    try:
        import uvloop
    except ImportError:
        return asyncio.Runner()
    return asyncio.Runner(loop_factory=uvloop.new_event_loop)


def serve(options: ServeOptions, say: Callable[[str], None] | None = None) -> None:
    """Serve ``options`` until interrupted (Ctrl-C or SIGTERM); ``say`` gets the one-line notes (default: stderr)."""
    say = say or (lambda m: print(m, file=sys.stderr, flush=True))
    source = find_source(options.data, options.store_path)
    sock = bind(options.host, options.port)
    previous = signal.signal(signal.SIGTERM, _interrupt)  # uvicorn also re-raises it after its shutdown
    try:
        with tempfile.TemporaryDirectory(prefix="wgec-serve-") as tmp, sock:
            if source is None:
                source = bundled_source(Path(tmp), say)
            views = options.views
            if views is None and source.files:
                views = source.files[0].parent / "views"
            options = ServeOptions(options.host, options.port, options.data, options.store_path, views,
                                   options.limits)
            with _runner() as runner:
                runner.run(_run(options, source, sock, say))
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops the server as Ctrl-C does: workers stopped, temporary files removed, exit 0."""
    raise KeyboardInterrupt
