"""Comparing two graphs in tests, with the difference printed when they differ."""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph
from rdflib.compare import isomorphic
from rdflib.term import Node

SHOWN = 20  # differing triples printed each way


def ntriples_difference(expected: str, got: str, shown: int = SHOWN) -> str | None:
    """None when the two N-Triples documents hold the same graph, else the first differing triples each way.

    Without blank nodes (wgec mints none) a graph is its set of N-Triples lines; with them,
    rdflib decides isomorphism.

    >>> ntriples_difference("<a:x> <a:p> <a:y> .\\n", "<a:x> <a:p> <a:y> .\\n") is None
    True
    >>> print(ntriples_difference('<a:x> <a:p> "1" .\\n', '<a:x> <a:p> "1"@en .\\n'))
    1 triples, expected 1: 1 missing, 1 unexpected
    missing:
      <a:x> <a:p> "1" .
    unexpected:
      <a:x> <a:p> "1"@en .
    """
    want = {line for line in expected.splitlines() if line.strip()}
    have = {line for line in got.splitlines() if line.strip()}
    if "_:" in expected or "_:" in got:
        if isomorphic(Graph().parse(data=expected, format="nt"), Graph().parse(data=got, format="nt")):
            return None
    elif want == have:
        return None
    missing, extra = sorted(want - have), sorted(have - want)
    out = [f"{len(have)} triples, expected {len(want)}: {len(missing)} missing, {len(extra)} unexpected"]
    for title, lines in (("missing", missing), ("unexpected", extra)):
        if lines:
            out += [f"{title}:"] + [f"  {line}" for line in lines[:shown]] + (["  ..."] if len(lines) > shown else [])
    return "\n".join(out)


def graph_difference(expected: Iterable[tuple[Node, Node, Node]], got: Iterable[tuple[Node, Node, Node]],
                     shown: int = SHOWN) -> str | None:
    """:func:`ntriples_difference` of two rdflib graphs (or any triples)."""
    from wgec.graph.export import ntriples_sorted

    return ntriples_difference(ntriples_sorted(expected).decode("utf-8"), ntriples_sorted(got).decode("utf-8"), shown)
