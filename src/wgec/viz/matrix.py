"""The issue -> agency -> forum matrix: a sortable heatmap table beside the mapping network.

Rows are issues (the issue levels of the mapping, and the categories proposals address); columns
the UN agencies and forums.  Two measures: the documents whose mapping tables map the issue to
the body, and the proposals on the issue (or a focus area under it) that name the body.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph
from rdflib.namespace import RDF, SKOS
from rdflib.term import Node

from wgec.ontology.vocab import WGEC
from wgec.viz.aggregate import DEFAULT_BUDGET
from wgec.viz.describe import Describer, clip, noun
from wgec.viz.networks import MAPPING, mapping, mapping_sources
from wgec.viz.render import network_page

HOW_TO_READ = ("Each row is an issue, each column a UN agency or a forum; a darker cell means more documents map "
               "the issue to that body (or, with the other measure, more proposals on the issue name it). Click a "
               "column head to sort the rows by it, a row or a cell to find it in the network on the right, where "
               "issue levels link to their focus areas, agencies and forums.")
MAIN = ('<section id="matrix-panel" aria-label="Issue by agency and forum matrix">'
        '<div id="matrix-controls"><label>Measure <select id="measure">'
        '<option value="0">documents mapping the issue to the body</option>'
        '<option value="1">proposals on the issue naming the body</option></select></label>'
        '<span class="scale">0 <span class="ramp"></span> <span id="scale-max"></span></span></div>'
        '<div id="matrix-wrap"><table id="matrix" class="heat"></table></div></section>'
        '<div id="network" role="img" aria-label="Mapping network"></div>')


def _level_of(graph: Graph) -> dict[Node, Node]:
    """Each focus area (and level) -> its issue level."""
    out: dict[Node, Node] = {}
    for level in graph.subjects(RDF.type, WGEC.IssueLevel):
        out[level] = level
        for focus in graph.subjects(SKOS.broader, level):
            out[focus] = level
    return out


def _bodies(graph: Graph) -> dict[Node, str]:
    out: dict[Node, str] = {}
    for cls, kind in ((WGEC.Organization, "agency"), (WGEC.Forum, "forum")):
        for body in graph.subjects(RDF.type, cls):
            out[body] = kind
    return out


def matrix_data(graph: Graph) -> dict:
    """Rows, columns and the non-empty cells ``[row, column, documents, proposals, documents' titles]``."""
    d = Describer(graph)
    bodies, level_of = _bodies(graph), _level_of(graph)
    docs: dict[tuple[Node, Node], set[Node]] = defaultdict(set)
    for (s, p, o), sources in mapping_sources(graph).items():
        if p in MAPPING and o in bodies:
            docs[(s, o)] |= sources
    for predicate in MAPPING:  # a mapping asserted with no table behind it still counts once
        for s, o in graph.subject_objects(predicate):
            if o in bodies and not docs[(s, o)]:
                docs[(s, o)] = set()
    proposals: dict[tuple[Node, Node], int] = defaultdict(int)
    for proposal, issue in graph.subject_objects(WGEC.addressesIssue):
        row = level_of.get(issue, issue)
        for body in set(graph.objects(proposal, WGEC.mentions)):
            if body in bodies:
                proposals[(row, body)] += 1
    keys = set(docs) | set(proposals)
    rows = sorted({r for r, _ in keys}, key=lambda r: (r not in level_of, d.label(r).lower()))
    cols = sorted({c for _, c in keys}, key=lambda c: (bodies[c], d.label(c).lower()))
    ri, ci = {r: i for i, r in enumerate(rows)}, {c: i for i, c in enumerate(cols)}
    cells = [[ri[r], ci[c], max(len(docs[(r, c)]), 1) if (r, c) in docs else 0, proposals.get((r, c), 0),
              "; ".join(sorted(clip(d.label(x), 80) for x in docs.get((r, c), ())))] for r, c in sorted(keys)]
    return {"rows": [{"id": str(r), "label": d.label(r), "kind": noun(d.cls(r))} for r in rows],
            "cols": [{"id": str(c), "label": d.label(c), "kind": bodies[c]} for c in cols],
            "cells": sorted(cells)}


def matrix_page(graph: Graph, budget: int = DEFAULT_BUDGET) -> str:
    """The mapping view: the matrix table beside the mapping network."""
    net = mapping(graph)
    page = network_page(net, "Issue → agency → forum matrix, beside the mapping network", HOW_TO_READ, budget=budget)
    page.kind, page.main = "matrix", MAIN
    page.data["MATRIX"] = matrix_data(graph)
    page.scripts = ["network.js", "matrix.js"]
    return page.render()
