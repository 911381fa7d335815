"""Real servers for tests: started on 127.0.0.1 on a free port, stopped by PID (see wgec.bench.process)."""
from __future__ import annotations

import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

from wgec.bench.process import free_port, process

__all__ = ["free_port", "process", "oxigraph_server"]


def oxigraph_binary() -> str:
    exe = Path(sys.executable).parent / "oxigraph"
    return str(exe) if exe.exists() else (shutil.which("oxigraph") or "oxigraph")


@contextmanager
def oxigraph_server(location: Path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with process([oxigraph_binary(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                 f"{base}/query?query=ASK%7B%7D"):
        yield base
