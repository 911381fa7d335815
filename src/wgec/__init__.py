"""wgec: the knowledge graph of the UN CSTD Working Group on Enhanced Cooperation debate.

Nothing runs at import time; the public functions are imported on first use::

    >>> import wgec
    >>> result = wgec.build()          # doctest: +SKIP
    >>> result.graph.value(...)        # doctest: +SKIP
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "build": "wgec.graph.build",
    "BuildResult": "wgec.graph.build",
    "validate": "wgec.graph.validate",
    "serialize": "wgec.graph.export",
    "load_graph": "wgec.graph.export",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'wgec' has no attribute {name!r}")
