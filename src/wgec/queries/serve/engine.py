"""The worker pool: a fixed number of query processes behind an asyncio front.

At most ``workers`` queries run at once, one per worker process; up to
``max_queued`` more wait, each at most ``queue_timeout`` seconds, and the rest are
told to come back (503 with Retry-After).  A query still running at the time limit
(parsing included: the worker parses), or whose worker grows past the memory
limit, has its worker killed; a new one takes its place.
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from dataclasses import dataclass, field
from typing import Any

from wgec.queries.serve.dataset import Source
from wgec.queries.serve.limits import Limits, RequestError
from wgec.queries.serve.worker import HEADER, Reply, frame

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
START_TIMEOUT = 600.0


class WorkerStartError(RuntimeError):
    """A worker could not load the dataset (the message says why)."""


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


@dataclass
class Info:
    """What the workers report once loaded."""

    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    isolation: str | None = None


class Process:
    """One worker process and its pipes."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.base_rss = 0
        self.busy = False
        self.killed_for = ""

    @classmethod
    async def start(cls, setup: dict[str, Any]) -> tuple[Process, dict[str, Any]]:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "wgec.queries.serve.worker",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
        worker = cls(proc)
        try:
            worker.send(frame(setup))
            ready, _ = await asyncio.wait_for(worker.receive(), START_TIMEOUT)
        except (asyncio.IncompleteReadError, ConnectionError, TimeoutError):
            await worker.kill()
            raise WorkerStartError("a query worker died while loading the dataset") from None
        if "error" in ready:
            await worker.kill()
            raise WorkerStartError(ready["error"])
        worker.base_rss = _rss(proc.pid)
        return worker, ready

    def send(self, data: bytes) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(data)

    async def receive(self) -> tuple[dict[str, Any], bytes]:
        import json

        assert self.proc.stdout is not None
        head_len, body_len = HEADER.unpack(await self.proc.stdout.readexactly(HEADER.size))
        data = await self.proc.stdout.readexactly(head_len + body_len)
        return json.loads(data[:head_len]), data[head_len:]

    async def kill(self, reason: str = "") -> None:
        self.killed_for = self.killed_for or reason
        if self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.proc.kill()
        await self.proc.wait()


class Pool:
    """Worker processes for one dataset, with the limits of :class:`Limits`."""

    def __init__(self, source: Source, limits: Limits, prefixes: dict[str, str]) -> None:
        self.setup = {"files": [str(f) for f in source.files],
                      "store_path": str(source.store_path) if source.store_path else None, "prefixes": prefixes}
        self.limits = limits
        self.idle: asyncio.Queue[Process] = asyncio.Queue()
        self.workers: set[Process] = set()
        self.waiting = 0
        self.info = Info()
        self.closing = False
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> Info:
        """Start every worker; return what they loaded (raise WorkerStartError if one cannot)."""
        started = await asyncio.gather(*(Process.start(self.setup) for _ in range(self.limits.worker_count())),
                                       return_exceptions=True)
        failed = [r for r in started if isinstance(r, BaseException)]
        for r in started:
            if not isinstance(r, BaseException):
                self._add(r[0])
        if failed:
            await self.close()
            raise failed[0] if isinstance(failed[0], WorkerStartError) else WorkerStartError(str(failed[0]))
        ready = started[0][1]  # type: ignore[index]
        self.info = Info(ready["graphs"], ready["triples"], ready.get("isolation"))
        self._spawn(self._watch_memory())
        return self.info

    def _add(self, worker: Process) -> None:
        self.workers.add(worker)
        self.idle.put_nowait(worker)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replace(self, worker: Process) -> None:
        self.workers.discard(worker)
        await worker.kill()
        delay = 0.2
        while not self.closing:
            try:
                new, _ = await Process.start(self.setup)
            except WorkerStartError as exc:
                print(f"wgec serve: cannot restart a worker: {exc}", file=sys.stderr)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
                continue
            if self.closing:
                await new.kill()
            else:
                self._add(new)
            return

    async def _watch_memory(self) -> None:
        limit = self.limits.max_memory_mb * 1024 * 1024
        while not self.closing:
            await asyncio.sleep(0.2)
            for worker in list(self.workers):
                if worker.busy and _rss(worker.proc.pid) - worker.base_rss > limit:
                    worker.killed_for = "memory"
                    with contextlib.suppress(ProcessLookupError):
                        worker.proc.kill()

    async def _acquire(self) -> Process:
        if self.waiting == 0 and not self.idle.empty():  # no one queued before us: no wait, no timer
            return self.idle.get_nowait()
        busy = RequestError(503, "the server is busy: too many queries at once; try again shortly",
                            {"Retry-After": "1"})
        if self.waiting >= self.limits.max_queued:
            raise busy
        self.waiting += 1
        try:
            async with asyncio.timeout(self.limits.queue_timeout):
                return await self.idle.get()
        except TimeoutError:
            raise busy from None
        finally:
            self.waiting -= 1

    async def run(self, request: dict[str, Any], text: str) -> Reply:
        """Answer one request on a free worker, within the time and memory limits."""
        worker = await self._acquire()
        worker.busy = True
        try:
            worker.send(frame(request, text.encode("utf-8")))
            async with asyncio.timeout(self.limits.timeout):
                header, body = await worker.receive()
        except TimeoutError:
            worker.killed_for = worker.killed_for or "time"
            self._spawn(self._replace(worker))
            raise RequestError(503, f"query stopped at the time limit of {self.limits.timeout:g} s") from None
        except (asyncio.IncompleteReadError, ConnectionError):
            reason = worker.killed_for
            self._spawn(self._replace(worker))
            if reason == "memory":
                raise RequestError(503, f"query stopped: it needed more than {self.limits.max_memory_mb} MB") \
                    from None
            raise RequestError(503, "query stopped: its worker process ended; try again") from None
        except asyncio.CancelledError:  # the client went away mid-query: the worker's answer is unread
            self._spawn(self._replace(worker))
            raise
        worker.busy = False
        self.idle.put_nowait(worker)
        return Reply(header["status"], header["type"], body, header.get("truncated", False))

    async def close(self) -> None:
        self.closing = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*(w.kill() for w in list(self.workers)), return_exceptions=True)
        self.workers.clear()
