"""OWL 2 DL: the ontology with the built data is consistent under HermiT (through owlready2),
and every datatype in use is one of the OWL 2 datatype map."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import OWL, RDF, RDFS, TIME, XSD
from rdflib.term import Node

from wgec.graph.build import BuildResult
from wgec.ontology import load_ontology
from wgec.ontology.vocab import ID, WGEC

owlready2 = pytest.importorskip("owlready2", reason="owlready2 (the test extra) runs HermiT")
JAVA = shutil.which("java")
pytestmark = pytest.mark.skipif(JAVA is None, reason="HermiT needs Java (apt-get install default-jre-headless)")

# OWL 2 Structural Specification, section 4 (the datatype map), with rdf:langString (RDF 1.1)
OWL2_DATATYPES = {str(XSD[n]) for n in (
    "decimal", "integer", "nonNegativeInteger", "nonPositiveInteger", "positiveInteger", "negativeInteger",
    "long", "int", "short", "byte", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte",
    "double", "float", "string", "normalizedString", "token", "language", "Name", "NCName", "NMTOKEN",
    "boolean", "hexBinary", "base64Binary", "anyURI", "dateTime", "dateTimeStamp")} | {
    str(OWL.real), str(OWL.rational), str(RDF.PlainLiteral), str(RDF.XMLLiteral), str(RDF.langString),
    str(RDFS.Literal)}


@pytest.fixture()
def hermit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, built: BuildResult) -> Callable[..., str]:
    """Run HermiT on the bundled build's N-Triples (data and ontology) and any extra triples: 'consistent',
    or the reasoner's complaint. The JVM compiles with C1 only and collects with one thread (a short run on
    two cores; the reasoning is the same)."""
    monkeypatch.setenv("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    owlready2.JAVA_EXE = JAVA

    def run(*extra: tuple[Node, Node, Node], about: Node | None = None) -> str:
        """HermiT on the whole build and ``extra``; with ``about``, on the ontology, that node's own
        triples and ``extra`` only (the fault is there: no need to reason over every proposal)."""
        from wgec.graph.export import ntriples_sorted
        from wgec.ontology import ontology_triples

        data = built.ntriples if about is None else \
            ntriples_sorted([*ontology_triples(), *(t for t in built.triples if t[0] == about)])
        path = tmp_path / "g.nt"
        path.write_bytes(data + ntriples_sorted(extra))
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            with onto:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return "inconsistent"
        unsatisfiable = list(world.inconsistent_classes())
        return "consistent" if not unsatisfiable else f"unsatisfiable: {unsatisfiable}"

    return run


def test_every_datatype_in_use_is_in_the_owl2_datatype_map(graph):
    everything = graph + load_ontology()
    used = {str(o.datatype) for o in everything.objects() if isinstance(o, Literal) and o.datatype}
    ranges = {str(r) for p, r in everything.subject_objects(RDFS.range)
              if (p, RDF.type, OWL.DatatypeProperty) in everything}
    assert used and ranges
    assert used <= OWL2_DATATYPES, used - OWL2_DATATYPES
    assert ranges <= OWL2_DATATYPES, ranges - OWL2_DATATYPES
    assert str(XSD.date) not in used and str(XSD.gYearMonth) not in used


def test_text_in_a_language_has_a_language_range(graph):
    """A property whose values carry a language has rdf:langString as its range, not xsd:string."""
    onto = load_ontology()
    for prop in (WGEC.text, WGEC.section):
        assert onto.value(prop, RDFS.range) == RDF.langString
        assert {o.language for o in graph.objects(None, prop)} == {"en"}


def test_hermit_finds_ontology_and_data_consistent(hermit):
    assert hermit() == "consistent"


def test_hermit_catches_a_value_outside_its_range(graph, hermit):
    """The reasoner run has teeth: a start line that is not an integer contradicts the ontology."""
    span = next(graph.subjects(RDF.type, WGEC.TextSpan))
    assert hermit((span, WGEC.startLine, Literal("one")), about=span) == "inconsistent"
    assert hermit(about=span) == "consistent"  # its own triples alone are fine


def test_hermit_catches_two_precisions(graph, hermit):
    """wgec:datePrecision is functional: a date cannot be both of a day and of a month."""
    meeting = ID["meeting/wgec-2013-2014/2"]
    assert graph.value(meeting, WGEC.datePrecision) == TIME.unitDay
    assert hermit((meeting, WGEC.datePrecision, TIME.unitMonth),  # no unique-name assumption: say they differ
                  (TIME.unitDay, OWL.differentFrom, TIME.unitMonth), about=meeting) == "inconsistent"


def test_every_class_and_property_the_data_uses_is_declared(graph):
    """OWL 2 DL wants each used IRI typed as a class or a property (the profile check of the OWL
    API, Protégé's library, reports 'use of undeclared ...' otherwise); RDF, RDFS and OWL's own
    terms are built in."""
    onto = load_ontology()
    builtin = (str(RDF), str(RDFS), str(OWL))
    classes = set(onto.subjects(RDF.type, OWL.Class))
    properties = {s for t in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
                  for s in onto.subjects(RDF.type, t)}
    used_classes = {o for o in graph.objects(None, RDF.type) if not str(o).startswith(builtin)}
    used_properties = {p for p in graph.predicates() if not str(p).startswith(builtin)}
    assert used_classes - classes == set()
    assert used_properties - properties == set()
