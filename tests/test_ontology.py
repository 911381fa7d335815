"""The ontology: every term labelled and defined, the code's vocabulary matches it."""
from __future__ import annotations

from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from wgec.ontology import load_ontology
from wgec.ontology.vocab import WGEC

PUBLIC = ["Actor", "Government", "Person", "Group", "Proposal", "Issue", "Organization", "Forum", "Document",
          "Meeting", "Provision", "Position", "submittedBy", "onBehalfOf", "hasMember", "inDocument",
          "addressesIssue", "mentions", "mappedToOrganization", "mappedToForum", "cites", "supportsPosition",
          "opposesPosition", "startDate", "endDate"]


def _wgec_terms(g):
    return [s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for s in g.subjects(RDF.type, t)
            if str(s).startswith(str(WGEC._NS))]


def test_every_term_has_label_and_definition():
    g = load_ontology()
    terms = _wgec_terms(g)
    assert len(terms) > 70
    for term in terms:
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, SKOS.definition) is not None, term


def test_reused_terms_are_declared_labelled_and_attributed():
    """OWL 2 DL wants every class and property typed; the ones of other vocabularies say where they
    come from and are not redefined (no domain or range of ours on them)."""
    g = load_ontology()
    used = {o for _, p, o in g if p in (RDFS.subClassOf, RDFS.subPropertyOf, RDFS.range, RDFS.domain, OWL.inverseOf)}
    declared = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                            OWL.NamedIndividual) for s in g.subjects(RDF.type, t)}
    outside = {u for u in used if not str(u).startswith(str(WGEC._NS)) and not str(u).startswith(str(XSD))
               and u != RDF.langString}
    assert outside and outside <= declared, sorted(outside - declared)
    for term in declared - set(_wgec_terms(g)) - {OWL.Ontology}:
        if str(term).startswith(str(WGEC._NS)):
            continue
        assert g.value(term, RDFS.label) is not None, term
        assert g.value(term, RDFS.isDefinedBy) is not None, term
        assert g.value(term, RDFS.domain) is None and g.value(term, RDFS.range) is None, term


def test_vocabulary_module_matches_ontology():
    g = load_ontology()
    declared = {str(s) for s in _wgec_terms(g)}
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
