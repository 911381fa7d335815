"""Front matter in the graph: each document's kind (a SKOS concept), its date at its precision
with the passage that states it, a new organisation kept as an Organization with a warning,
and no field that a document does not give."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, TIME, XSD
from tests.conftest import FIXTURES

from wgec.graph.build import BuildResult, build
from wgec.ontology.vocab import ID, WGEC

NEW = ["cstd-notice.txt", "business-statement.txt", "questionnaire-response.txt", "chair-draft.txt",
       "comments-on-draft.txt", "plain-submission.txt", "blog-commentary.html", "email-submission.txt"]


@pytest.fixture(scope="module")
def fixtures_build() -> BuildResult:
    return build([FIXTURES / "front-matter" / name for name in NEW])


def _doc(result: BuildResult, title_start: str):
    g = result.graph
    (doc,) = [d for d in g.subjects(RDF.type, WGEC.Document) if str(g.value(d, RDFS.label)).startswith(title_start)]
    return doc


def test_the_fixtures_build_and_conform(fixtures_build):
    assert fixtures_build.report is not None and fixtures_build.report.conforms, fixtures_build.report.text[:2000]


def test_kinds_are_concepts_of_one_scheme(fixtures_build):
    g = fixtures_build.graph
    kinds = {str(g.value(d, RDFS.label))[:12]: g.value(d, WGEC.documentKind)
             for d in g.subjects(RDF.type, WGEC.Document)}
    assert kinds == {"Call for con": ID["kind/notice"], "ICC BASIS in": ID["kind/statement"],
                     "Questionnair": ID["kind/questionnaire-response"], "Draft recomm": ID["kind/chair-draft"],
                     "Comments of ": ID["kind/comments"], "APC submissi": ID["kind/submission"],
                     "Enhanced coo": ID["kind/commentary"], "Contribution": ID["kind/submission"]}
    assert (ID["kind/statement"], SKOS.broader, ID["kind/submission"]) in g
    assert all((k, SKOS.inScheme, ID["scheme/document-kinds"]) in g for k in kinds.values())


def test_dates_at_their_precision_with_evidence(fixtures_build):
    g = fixtures_build.graph
    statement = _doc(fixtures_build, "ICC BASIS")
    assert g.value(statement, DCTERMS.date) == Literal("2016-12-01T00:00:00", datatype=XSD.dateTime)
    assert g.value(statement, WGEC.datePrecision) == TIME.unitMonth
    quotes = {str(g.value(span, WGEC.quote)) for span in g.objects(statement, WGEC.evidence)}
    assert "December 2016" in quotes
    proposals = list(g.subjects(WGEC.inDocument, statement))
    assert proposals and all(g.value(p, WGEC.datePrecision) == TIME.unitMonth for p in proposals
                             if (p, RDF.type, WGEC.Proposal) in g)


def test_organisations_as_the_gazetteer_knows_them(fixtures_build):
    g = fixtures_build.graph
    for title, iri in (("ICC BASIS", "org/icc-basis"), ("APC submission", "org/apc")):
        assert list(g.objects(_doc(fixtures_build, title), WGEC.submittedBy)) == [ID[iri]]


def test_organisations_not_in_the_gazetteer_are_kept(tmp_path):
    path = tmp_path / "dfn.txt"
    path.write_text("Submission to the WGEC\n\nSubmitted by the Digital Futures Network (DFN)\n\n30 November 2016\n\n"
                    "1. The WGEC should map the issues.\n", encoding="utf-8")
    result = build([path], run_validation=False)
    g = result.graph
    (actor,) = {a for _, a in g.subject_objects(WGEC.submittedBy)}
    assert (actor, RDF.type, WGEC.Organization) in g
    assert str(g.value(actor, RDFS.label)) == "Digital Futures Network (DFN)"
    assert any("Digital Futures Network (DFN)" in w and "not in the gazetteer" in w for w in result.warnings)


def test_a_respondent_delivers_for_the_organisation(fixtures_build):
    g = fixtures_build.graph
    response = _doc(fixtures_build, "Questionnaire")
    (org,) = g.objects(response, WGEC.submittedBy)
    (person,) = g.objects(response, WGEC.deliveredBy)
    assert str(g.value(org, RDFS.label)).startswith("Association for Progressive Communications")
    assert (person, RDF.type, WGEC.Person) in g and str(g.value(person, RDFS.label)) == "Jane Roe"


def test_fields_not_found_are_absent(fixtures_build):
    g = fixtures_build.graph
    draft = _doc(fixtures_build, "Draft recommendations")
    office = g.value(draft, WGEC.submittedBy)  # a Chair's draft naming no person is the Chair's office's
    assert str(g.value(office, RDFS.label)).startswith("Chair of the") and (office, RDF.type, WGEC.Person) not in g
    assert g.value(draft, DCTERMS.date) == Literal("2017-11-11T00:00:00", datatype=XSD.dateTime)
    rows = {row.file: row for row in fixtures_build.document_rows()}
    assert rows["chair-draft.txt"].missing == ("submitter",)  # as read: the front matter names nobody
    assert rows["business-statement.txt"].date == "2016-12" and rows["cstd-notice.txt"].kind == "notice"


def test_authors_and_senders_are_people(fixtures_build):
    g = fixtures_build.graph
    (author,) = g.objects(_doc(fixtures_build, "Enhanced cooperation"), WGEC.submittedBy)
    assert (author, RDF.type, WGEC.Person) in g and str(g.value(author, RDFS.label)) == "Jane Roe"
    mail = _doc(fixtures_build, "Contribution of the Internet Society")
    assert [str(g.value(a, RDFS.label)) for a in g.objects(mail, WGEC.submittedBy)] == ["Internet Society (ISOC)"]
    assert list(g.objects(mail, WGEC.deliveredBy)) == [author]  # one Jane Roe, a Person
