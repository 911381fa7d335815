"""A coalition that submits with its members listed in the by-line ("Submitted by X, whose members
include: A, B", "X, a network of A and B", "X (members: A, B)") is one submitter, a wgec:Group,
each member its wgec:hasMember; the members submit nothing themselves."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF, RDFS

from wgec.graph.build import build
from wgec.ontology.vocab import WGEC

BYLINES = ["Submitted by the Rights Coalition, whose members include: Open Rights Forum (Kenya), Digital Futures "
           "Institute and Net Equity Network",
           "Submitted by the Rights Coalition, a network of Open Rights Forum, Digital Futures Institute and "
           "Net Equity Network",
           "Submitted by the Rights Coalition (members: Open Rights Forum, Digital Futures Institute, "
           "Net Equity Network)"]


@pytest.mark.parametrize("byline", BYLINES)
def test_a_coalition_submits_and_has_its_members(tmp_path: Path, byline: str):
    doc = tmp_path / "coalition.txt"
    doc.write_text(f"Recommendations on enhanced cooperation\n\n{byline}\n\n15 September 2017\n\n"
                   "1. The WGEC should recommend a new mechanism for public policy.\n", encoding="utf-8")
    g = build([doc], run_validation=False).graph
    (d,) = g.subjects(RDF.type, WGEC.Document)
    (group,) = g.objects(d, WGEC.submittedBy)
    assert (group, RDF.type, WGEC.Group) in g and str(g.value(group, RDFS.label)) == "Rights Coalition"
    assert sorted(str(g.value(m, RDFS.label)) for m in g.objects(group, WGEC.hasMember)) == [
        "Digital Futures Institute", "Net Equity Network", "Open Rights Forum"]
