"""Stores the graph is queried in: rdflib in memory, or Oxigraph in memory or on disk.

The graph room writes files; this room loads what it wrote.  ``open_store``, ``load`` and
``run`` work alike on every backend; ``write_store`` bulk-loads a built graph into an
on-disk Oxigraph store.
"""
from __future__ import annotations

from wgec.queries.store.backends import STORES, load, open_store, run
from wgec.queries.store.ondisk import write_store

__all__ = ["STORES", "load", "open_store", "run", "write_store"]
