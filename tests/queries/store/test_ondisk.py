"""The on-disk store is swapped in whole: a killed build leaves the previous store, a second build waits its turn."""
from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wgec.errors import StoreBusyError
from wgec.queries.store import open_store, run, write_store


def triples(n: int, tag: str = "a") -> bytes:
    return "".join(f'<urn:x:{tag}{i}> <urn:x:p> "value {i}" .\n' for i in range(n)).encode()


def count(path: Path) -> int:
    result = run(open_store("oxigraph", path, read_only=True), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(str(result.rows[0][0]))


def test_rewrite_replaces_the_store_and_leaves_nothing_behind(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(triples(10), store)
    write_store(triples(25, "b"), store)
    assert count(store) == 25
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", "store"]


def test_a_second_build_is_refused_while_one_writes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(triples(5), store)
    fd = os.open(tmp_path / ".store.lock", os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    os.pwrite(fd, b"4242", 0)
    try:
        with pytest.raises(StoreBusyError, match="another build is writing this store .process 4242"):
            write_store(triples(7), store)
    finally:
        os.close(fd)
    assert count(store) == 5
    write_store(triples(7), store)  # the lock is free again
    assert count(store) == 7


WRITER = """
import sys
from pathlib import Path
from wgec.queries.store import write_store
data = "".join(f'<urn:x:n{i}> <urn:x:p> "a longer value to make the load take a while {i}" .\\n'
               for i in range(int(sys.argv[2]))).encode()
print("loaded", flush=True)
write_store(data, Path(sys.argv[1]))
"""


# killed while loading: a load long enough to be caught in the act; killed just after the swap: the load
# runs to its end first, so a smaller one does
@pytest.mark.parametrize(("when", "size"), [("loading", 300_000), ("swapping", 30_000)])
def test_a_killed_build_leaves_the_previous_store(tmp_path: Path, when: str, size: int) -> None:
    store = tmp_path / "store"
    write_store(triples(30), store)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store), str(size)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "loaded"
    deadline = time.monotonic() + 120
    inode = store.stat().st_ino
    while proc.poll() is None and time.monotonic() < deadline:
        started = any(tmp_path.glob(".store.new-*"))
        if (when == "loading" and started) or (when == "swapping" and store.stat().st_ino != inode):
            break
        time.sleep(0.002)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert count(store) in (30, size)  # the old store, or (killed just after the swap) the whole new one
    if when == "loading":
        assert count(store) == 30
    write_store(triples(12), store)  # the next build tidies up
    assert count(store) == 12
    assert sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", "store"]


def test_a_store_moved_aside_by_a_killed_build_is_put_back(tmp_path: Path) -> None:
    store = tmp_path / "store"
    write_store(triples(9), store)
    os.rename(store, tmp_path / ".store.old-123")
    (tmp_path / ".store.new-xyz").mkdir()
    write_store(triples(4), store)
    assert count(store) == 4 and sorted(p.name for p in tmp_path.iterdir()) == [".store.lock", "store"]


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "store").write_text("not a store")
    with pytest.raises(Exception, match="is a file, not an Oxigraph store folder"):
        write_store(triples(1), tmp_path / "store")
