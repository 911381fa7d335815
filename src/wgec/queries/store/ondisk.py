"""An on-disk Oxigraph store built from the sorted N-Triples a build produced."""
from __future__ import annotations

import shutil
from pathlib import Path

from wgec.queries.store.backends import load, open_store


def write_store(ntriples: bytes, path: Path) -> Path:
    """Bulk-load ``ntriples`` into a fresh Oxigraph store at ``path`` (replacing any there).

    Built once, queried many times with ``wgec query --store-path PATH``.
    """
    if path.exists():
        shutil.rmtree(path)
    store = open_store("oxigraph", path)
    load(store, ntriples, "ntriples")
    store.flush()
    del store
    return path
