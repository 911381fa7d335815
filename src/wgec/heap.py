"""Pausing Python's cyclic garbage collector while a stage allocates many long-lived objects.

A build, a graph filled from its triples or read from a file, and the views of a large graph make
millions of rdflib terms, tuples and dicts that live on and form no reference cycles. CPython's
collector still rescans all of them each time the survivors have grown by a quarter, which was 15-20 %
of a build of the 120-document generated corpus (BENCHMARKS.md) for 35 objects found. While such a
stage runs the collector is off; reference counting still frees everything that is not in a cycle.
When the stage ends the collector is as it was, so a notebook or a server keeps its own settings.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off until the block ends, then back as it was (nested blocks are fine).

    >>> import gc
    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def pauses_collector(func: Callable[P, R]) -> Callable[P, R]:
    """Run ``func`` with the cyclic collector paused (:func:`collector_paused`)."""
    @wraps(func)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with collector_paused():
            return func(*args, **kwargs)
    return paused
