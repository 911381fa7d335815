"""Local servers for benchmarks and tests: a free loopback port, start, wait until it answers
HTTP, stop by PID (SIGTERM, then SIGKILL)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, timeout: float = 20.0, proc: subprocess.Popen | None = None) -> None:
    """Return once ``url`` answers (any HTTP status); raise if ``proc`` dies or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            if time.monotonic() > deadline or (proc is not None and proc.poll() is not None):
                raise RuntimeError(f"{url}: the server did not come up") from None
            time.sleep(0.1)


def stop(proc: subprocess.Popen, timeout: float = 30.0) -> None:
    os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


@contextmanager
def process(args: list[str], ready_url: str, timeout: float = 20.0,
            cwd: Path | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``args`` until the block ends; wait for ``ready_url`` first."""
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_http(ready_url, timeout, proc)
        yield proc
    finally:
        stop(proc)
