"""The ontology: every term labelled and defined, the code's vocabulary matches it."""
from __future__ import annotations

from rdflib.namespace import OWL, RDF, RDFS, SKOS

from wgec.ontology import load_ontology
from wgec.ontology.vocab import WGEC

PUBLIC = ["Actor", "Government", "Person", "Group", "Proposal", "Issue", "Organization", "Forum", "Document",
          "Meeting", "Provision", "Position", "submittedBy", "onBehalfOf", "hasMember", "inDocument",
          "addressesIssue", "mentions", "mappedToOrganization", "mappedToForum", "cites", "supportsPosition",
          "opposesPosition", "startDate", "endDate"]


def test_every_term_has_label_and_definition():
    g = load_ontology()
    terms = [s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)]
    assert len(terms) > 70
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, SKOS.definition) is not None, term


def test_vocabulary_module_matches_ontology():
    g = load_ontology()
    declared = {str(s) for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)}
    bound = {str(getattr(WGEC, name)) for name in WGEC.__annotations__}
    assert declared == bound


def test_public_interface_terms_exist():
    declared = {str(s) for s in load_ontology().subjects()}
    for name in PUBLIC:
        assert str(WGEC._NS) + name in declared


def test_alignment_axioms():
    g = load_ontology()
    from rdflib.namespace import FOAF, PROV
    assert (WGEC.Actor, RDFS.subClassOf, PROV.Agent) in g
    assert (WGEC.Person, RDFS.subClassOf, FOAF.Person) in g
    assert (WGEC.Issue, RDFS.subClassOf, SKOS.Concept) in g
