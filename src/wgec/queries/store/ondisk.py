"""An on-disk Oxigraph store built from the sorted N-Triples a build produced, crash-safe.

The new store is written into a temporary folder beside ``path`` and swapped in with
one atomic ``renameat2(RENAME_EXCHANGE)``, so ``path`` always holds a complete store: a
build killed at any moment leaves the previous one (and a leftover temporary folder
that the next build removes).  A lock file beside the store (``.NAME.lock``, held with
``flock`` for the whole write, released by the kernel when the process dies) makes a
second concurrent build stop with a message instead of corrupting the store.
"""
from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from wgec.errors import InputError, StoreBusyError
from wgec.queries.store.backends import load, open_store

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def write_store(ntriples: bytes, path: Path) -> Path:
    """Bulk-load ``ntriples`` into a fresh Oxigraph store and put it at ``path`` in one atomic step.

    Built once, queried many times with ``wgec query --store-path PATH`` or ``wgec serve --store-path PATH``.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: is a file, not an Oxigraph store folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        _recover(path)
        new = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.new-"))
        try:
            store = open_store("oxigraph", new)
            load(store, ntriples, "ntriples")
            store.flush()
            del store
            _fsync_tree(new)
            _swap(new, path)
        finally:
            shutil.rmtree(new, ignore_errors=True)  # the new store after a failure, the old one after a swap
    return path


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    lock = path.parent / f".{path.name}.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise StoreBusyError(f"{path}: another build is writing this store (process {holder} holds {lock}); "
                                 f"wait for it to finish") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


def _recover(path: Path) -> None:
    """Tidy up after a build that was killed: put back a store moved aside, remove leftovers."""
    aside = sorted(path.parent.glob(f".{path.name}.old-*"))
    if not path.exists() and aside:
        os.rename(aside.pop(), path)
    for leftover in [*aside, *path.parent.glob(f".{path.name}.new-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync_tree(folder: Path) -> None:
    for item in folder.iterdir():
        if item.is_file():
            fd = os.open(item, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _swap(new: Path, path: Path) -> None:
    """Put the folder ``new`` at ``path``; the folder that was there ends at ``new`` (removed by the caller)."""
    if not path.exists():
        os.rename(new, path)
        new.mkdir()  # the caller removes it
        return
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is not None and renameat2(AT_FDCWD, os.fsencode(new), AT_FDCWD, os.fsencode(path),
                                           RENAME_EXCHANGE) == 0:
        return
    if renameat2 is not None and ctypes.get_errno() not in (errno.EINVAL, errno.ENOSYS):
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(path))
    # no atomic exchange on this system: move the old store aside first (recovered by the next build if killed)
    aside = path.parent / f".{path.name}.old-{os.getpid()}"
    os.rename(path, aside)
    os.rename(new, path)
    os.rename(aside, new)
