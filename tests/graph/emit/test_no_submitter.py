"""A document whose front matter names no one: what it proposes is kept, with no submitter invented, and
the shapes accept it; a proposal of a document that does name its submitter must still name one."""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from wgec.graph.build import build
from wgec.graph.export import ntriples_sorted
from wgec.graph.triples import TripleSet
from wgec.graph.validate import turbo_available, validate_triples
from wgec.ontology import load_ontology
from wgec.ontology.vocab import WGEC

ENGINES = ("pyshacl", "turbo") if turbo_available() else ("pyshacl",)
NAMELESS = ("Enhanced cooperation: where we stand\n\n30 November 2016\n\nRecommendations\n\n"
            "1. The CSTD should establish a repository of international public policy issues.\n\n"
            "2. Developing countries should be supported to take part in existing mechanisms.\n")


@pytest.fixture(scope="module")
def nameless(tmp_path_factory):
    path = tmp_path_factory.mktemp("nameless") / "nameless.txt"
    path.write_text(NAMELESS, encoding="utf-8")
    return build([path])


def test_its_proposals_are_kept_without_a_submitter(nameless):
    proposals = list(nameless.triples.subject_objects(WGEC.text))
    assert sorted(str(text) for _, text in proposals) == [
        "Developing countries should be supported to take part in existing mechanisms.",
        "The CSTD should establish a repository of international public policy issues."]
    assert not list(nameless.triples.subject_objects(WGEC.submittedBy))
    assert any("no submitter found" in w for w in nameless.warnings)
    assert nameless.report.conforms, nameless.report.results


@pytest.mark.parametrize("engine", ENGINES)
def test_a_proposal_whose_document_names_a_submitter_must_name_one(built, engine):
    triples = TripleSet()
    triples += built.triples
    proposal = next(p for p, a in triples.subject_objects(WGEC.submittedBy) if (p, RDF.type, WGEC.Proposal) in
                    triples and triples.objects(triples.value(p, WGEC.inDocument), WGEC.submittedBy))
    for actor in triples.objects(proposal, WGEC.submittedBy):
        triples.discard((proposal, WGEC.submittedBy, actor))
    report = validate_triples(triples, engine=engine, ntriples=ntriples_sorted([*triples, *load_ontology()]))
    assert report.violations == 1 and report.results[0][1].startswith("id:proposal/"), report.results
