"""SHACL verdicts are pySHACL's own; what the documents leave unsaid is reported, not a result."""
from __future__ import annotations

import pyshacl
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from wgec.graph.validate import source_gaps, validate
from wgec.ontology import load_ontology, load_shapes
from wgec.ontology.vocab import ID, WGEC


def test_bundled_graph_conforms_as_pyshacl_says(built, graph):
    conforms, _, _ = pyshacl.validate(graph + load_ontology(), shacl_graph=load_shapes())  # default settings
    assert conforms is True and built.report.conforms is True
    assert built.report.summary() == "SHACL: conforms: 0 violations, 0 warnings, 0 infos"
    assert "Conforms: True" in built.report.text


def lone_group() -> Graph:
    g = Graph()
    group, gov = ID["group/x"], ID["gov/y"]
    for s, cls, label in ((group, WGEC.Group, "X"), (gov, WGEC.Government, "Y")):
        g.add((s, RDF.type, cls))
        g.add((s, RDF.type, WGEC.Actor))
        g.add((s, RDFS.label, Literal(label, lang="en")))
    g.add((group, WGEC.hasMember, gov))  # one member: a warning of the shapes
    return g


def test_warnings_alone_do_not_conform_unless_allowed():
    g = lone_group()
    conforms, _, _ = pyshacl.validate(g + load_ontology(), shacl_graph=load_shapes())
    report = validate(g)
    assert conforms is False and report.conforms is False
    assert (report.violations, report.warnings, report.infos) == (0, 1, 0)
    assert report.summary() == "SHACL: does not conform: 0 violations, 1 warnings, 0 infos"
    assert report.results == [("Warning", "id:group/x", "wgec:hasMember", report.results[0][3])]
    assert "Conforms: False" in report.text
    allowed = validate(g, allow_warnings=True)
    assert allowed.conforms is True and allowed.warnings == 1


def test_violations_are_counted_by_severity():
    g = lone_group()
    g.add((ID["meeting/z"], RDF.type, WGEC.Meeting))
    g.add((ID["meeting/z"], RDFS.label, Literal("Z")))
    g.add((ID["meeting/z"], WGEC.startDate, Literal("2013-05-03")))  # not a dateTime, no precision
    report = validate(g, allow_warnings=True)
    assert report.conforms is False and report.violations >= 3 and report.warnings == 1
    assert {r[0] for r in report.results} == {"Violation", "Warning"}


def test_source_gaps_name_the_file_and_the_document(built):
    gaps = source_gaps(built.triples)
    # 41 items, and the Russian Federation's versions of the 2 draft items it reworded (wgec:amends)
    assert any(g.startswith("001_") and "gives no date" in g and "43 of its 43 proposals are undated" in g
               for g in gaps), gaps
    assert any("id:doc/2017-11-11-chairman-s-initial-proposal: known only by reference" in g for g in gaps)
    assert set(gaps) <= set(built.warnings)


def test_a_file_gets_the_same_report_from_either_engine(tmp_path):
    """`wgec validate FILE`: turbo reads the file into an Oxigraph store, pySHACL into an rdflib graph."""
    import pytest

    from wgec.errors import RDFSyntaxError
    from wgec.graph.validate import turbo_available, validate_file

    g = lone_group()
    g.add((ID["meeting/z"], RDF.type, WGEC.Meeting))
    g.add((ID["meeting/z"], RDFS.label, Literal("Z")))
    g.add((ID["meeting/z"], WGEC.startDate, Literal("2013-05-03")))
    path = tmp_path / "broken.trig"
    path.write_text("<https://example.org/g> {\n" + g.serialize(format="nt") + "}\n", encoding="utf-8")
    reference = validate_file(path, engine="pyshacl", allow_warnings=True)
    assert reference.violations >= 3 and reference.warnings == 1
    if turbo_available():
        fast = validate_file(path, engine="turbo", allow_warnings=True)
        def where(report):  # noqa: ANN001, ANN202  (the engines word some messages differently)
            return report.conforms, report.violations, report.warnings, sorted(r[:3] for r in report.results)

        assert where(fast) == where(reference)
    path.write_text("<https://example.org/g> { <a> ", encoding="utf-8")
    for engine in ("pyshacl", "turbo") if turbo_available() else ("pyshacl",):
        with pytest.raises(RDFSyntaxError, match="broken.trig: not valid trig"):
            validate_file(path, engine=engine)
