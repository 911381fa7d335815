"""The built graph: completeness, provenance, renditions, validation."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, TIME, XSD

from wgec.graph.build import bundled_corpus
from wgec.graph.emit.annotations import load_annotations
from wgec.ontology.vocab import ID, WGEC

ORG, FORUM = "org/", "forum/"
EXPECTED_MAPPING = {
    "issue/infrastructural-level": {"org/itu", "org/undp", "forum/wsis-forum", "forum/igf"},
    "issue/content-level": {"org/unesco", "org/unctad", "forum/wsis-forum", "forum/igf", "forum/hlpf"},
    "issue/social-economic-development-level": {
        "org/ungis", "org/unctad", "org/undp", "org/itu", "org/unesco", "org/wipo", "org/wto", "org/un-desa",
        "org/who", "org/fao", "org/wbg", "org/un-women", "forum/hlpf", "forum/wsis-forum", "forum/igf"},
}


def tail(iri) -> str:
    return str(iri).replace(str(ID), "")


def test_graph_conforms_to_shapes(built):
    assert built.report.conforms, built.report.text[:2000]
    assert built.report.violations == 0


def test_full_mapping_table(graph):
    for issue, expected in EXPECTED_MAPPING.items():
        got = {tail(o) for p in (WGEC.mappedToOrganization, WGEC.mappedToForum) for o in graph.objects(ID[issue], p)}
        assert got == expected, issue
    for o in graph.objects(None, WGEC.mappedToForum):
        assert (o, RDF.type, WGEC.Forum) in graph
    for o in graph.objects(None, WGEC.mappedToOrganization):
        assert (o, RDF.type, WGEC.Organization) in graph


def test_focus_areas_under_their_levels(graph):
    counts = {tail(level): len(list(graph.subjects(SKOS.broader, level)))
              for level in graph.subjects(RDF.type, WGEC.IssueLevel)}
    assert counts == {"issue/infrastructural-level": 4, "issue/content-level": 10,
                      "issue/social-economic-development-level": 7}


def test_mapping_statements_lead_back_to_the_quoted_cell(graph):
    statements = list(graph.subjects(RDF.type, WGEC.MappingStatement))
    assert len(statements) == 45  # 21 focus areas + 24 agency/forum entries
    for st in statements:
        span = graph.value(st, WGEC.evidence)
        assert str(graph.value(span, WGEC.quote)) == str(graph.value(st, WGEC.writtenAs))


def test_undeca_resolved_to_un_desa_with_alias_kept(graph):
    desa = ID["org/un-desa"]
    assert (desa, SKOS.hiddenLabel, Literal("UNDECA", lang="en")) in graph
    assert (desa, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q2671637")) in graph
    resolution = graph.value(desa, WGEC.hasAliasResolution)
    assert str(graph.value(resolution, WGEC.confidence)) == "probable"
    assert "UNECA" in str(graph.value(resolution, RDFS.comment))


def test_every_span_quotes_its_file_exactly(graph):
    texts = {p.name: p.read_text(encoding="utf-8") for p in bundled_corpus().glob("*.txt")}
    spans = list(graph.subjects(RDF.type, WGEC.TextSpan))
    assert len(spans) > 300
    for span in spans:
        name = str(graph.value(graph.value(span, WGEC.inFile), WGEC.fileName))
        start, end = int(graph.value(span, WGEC.startChar)), int(graph.value(span, WGEC.endChar))
        assert texts[name][start:end] == str(graph.value(span, WGEC.quote))
        assert texts[name][:start].count("\n") + 1 == int(graph.value(span, WGEC.startLine))


def test_renditions_merged_into_one_document(graph):
    files = {str(graph.value(f, WGEC.fileName))[:3]: graph.value(f, WGEC.renditionOf)
             for f in graph.subjects(RDF.type, WGEC.SourceFile)}
    assert files["000"] == files["003"]
    doc = files["000"]
    assert len(set(files.values())) == 4
    proposals = list(graph.subjects(WGEC.inDocument, doc))
    texts = [str(graph.value(p, WGEC.text)) for p in proposals if (p, RDF.type, WGEC.Proposal) in graph]
    assert len(texts) == len(set(texts))  # appear once
    item = ID["proposal/2016-contribution-to-the-guiding-questions-agreed/1.4"]
    in_files = {str(graph.value(graph.value(s, WGEC.inFile), WGEC.fileName))[:3]
                for s in graph.objects(item, WGEC.evidence)}
    assert in_files == {"000", "003"}


def test_submitters_dates_and_categories(graph):
    p = ID["proposal/proposals-of-draft-recommendations-rolling-document/b/russian-federation/2"]
    assert graph.value(p, WGEC.submittedBy) == ID["gov/russian-federation"]
    assert graph.value(p, ID and WGEC.addressesIssue) == ID["issue/category/b"]
    assert graph.value(p, DCTERMS.date) == Literal("2013-12-12T00:00:00", datatype=XSD.dateTime)
    assert graph.value(p, WGEC.datePrecision) == TIME.unitDay
    assert str(graph.value(p, WGEC.originalNumber)) == "10"
    joint = ID["doc/revised-recommendations-submitted-in-preparation-for"]
    assert {tail(a) for a in graph.objects(joint, WGEC.submittedBy)} == {
        "gov/saudi-arabia", "gov/russian-federation", "gov/pakistan", "person/parminder-singh"}
    avri = ID["proposal/proposals-of-draft-recommendations-rolling-document/d/avri-doria/1"]
    group = graph.value(avri, WGEC.onBehalfOf)
    assert {tail(m) for m in graph.objects(group, WGEC.hasMember)} == {
        "person/avri-doria", "person/grace-githaiga", "person/lea-kaspar", "person/joy-liddicoat"}
    # Per Linner speaks for one coalition (a group of four), not for the group and each member too
    linner = ID["proposal/proposals-of-draft-recommendations-rolling-document/uncategorized/per-linner/1"]
    (coalition,) = graph.objects(linner, WGEC.onBehalfOf)
    assert {tail(m) for m in graph.objects(coalition, WGEC.hasMember)} == {
        "gov/brazil", "gov/mexico", "gov/sweden", "gov/united-kingdom"}


def test_meetings_and_chairs(graph):
    def dates(wg, n):
        m = ID[f"meeting/{wg}/{n}"]
        return str(graph.value(m, WGEC.startDate))[:10], str(graph.value(m, WGEC.endDate))[:10]
    assert dates("wgec-2016-2018", 1) == ("2016-09-30", "2016-09-30")
    assert dates("wgec-2016-2018", 3) == ("2017-05-03", "2017-05-05")
    assert dates("wgec-2016-2018", 5) == ("2018-01-29", "2018-01-31")
    assert dates("wgec-2013-2014", 2) == ("2013-11-06", "2013-11-08")
    assert graph.value(ID["meeting/wgec-2013-2014/2"], WGEC.datePrecision) == TIME.unitDay
    may = ID["meeting/wgec-2013-2014/1"]  # "May 2013": a month, no day
    assert graph.value(may, WGEC.startDate) == Literal("2013-05-01T00:00:00", datatype=XSD.dateTime)
    assert graph.value(may, WGEC.datePrecision) == TIME.unitMonth and graph.value(may, WGEC.endDate) is None
    assert graph.value(ID["wg/wgec-2016-2018"], WGEC.chairedBy) == ID["person/benedicto-fonseca-filho"]
    assert graph.value(ID["wg/wgec-2013-2014"], WGEC.chairedBy) == ID["person/peter-major"]
    assert graph.value(ID["person/benedicto-fonseca-filho"], WGEC.affiliatedWith) == ID["gov/brazil"]


def test_cited_paragraphs(graph):
    provisions = {tail(p) for p in graph.subjects(RDF.type, WGEC.Provision)}
    expected = {f"provision/tunis-agenda/{n}" for n in [34, 35, 36, 37, 58, 59, 60, *range(67, 76)]}
    expected |= {"provision/geneva-declaration/49", "provision/a-res-70-125/64", "provision/a-res-70-125/65",
                 "provision/tunis-agenda/35a", "provision/tunis-agenda/35d"}
    assert expected <= provisions
    assert str(graph.value(ID["provision/tunis-agenda/69"], RDFS.label)) == "Tunis Agenda, paragraph 69"
    assert "provision/tunis-agenda/65" not in provisions  # 64 and 65 quoted in 2015/2017 texts are A/70/125's


def test_struck_text_is_an_amendment(graph):
    p = ID["proposal/comments-to-the-chairman-s-initial-proposal/19.3"]
    (a,) = graph.objects(p, WGEC.hasAmendment)
    assert str(graph.value(a, WGEC.deletedText)) == "in the Internet Governance Forum."
    assert graph.value(a, WGEC.amendedBy) == ID["gov/russian-federation"]  # the commenter struck the Chair's words
    assert graph.value(p, WGEC.submittedBy) == ID["person/benedicto-fonseca-filho"]
    assert str(graph.value(p, WGEC.amendedText)) == "Establishment of a permanent intergovernmental mechanism"
    intro = ID["doc/comments-to-the-chairman-s-initial-proposal"]  # deleted wording outside proposals names nobody
    assert "Annex III" not in " ".join(str(t) for t in graph.objects(intro, WGEC.mentions))


def test_every_annotation_quote_is_in_its_document(graph):
    annotations, _ = load_annotations()
    statements = list(graph.subjects(RDF.type, WGEC.AnnotationStatement))
    assert len(statements) == len(annotations)
    for st in statements:
        quote = str(graph.value(st, WGEC.quote))
        span_quote = " ".join(str(graph.value(graph.value(st, WGEC.evidence), WGEC.quote)).split())
        assert span_quote == " ".join(quote.split())


def test_wikidata_links(graph):
    assert (ID["org/itu"], OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q376150")) in graph
    assert str(graph.value(ID["gov/japan"], WGEC.wikidataId)) == "Q17"


def test_labelled_items_become_questions_and_proposals_scoped_to_undated_documents():
    """ "Question 1:" / "Q1." lines are questions and "Recommendation 1:" / "Proposal 1:" lines
    proposals; two undated documents each asking a "question 1" keep two questions."""
    from pathlib import Path

    from wgec.graph.build import build

    folder = Path(__file__).parent.parent / "fixtures" / "labelled"
    result = build([folder])
    g = result.graph
    assert result.renditions == [], "two short contributions on the same cover are not one document"
    assert len(set(g.subjects(RDF.type, WGEC.Document))) == 2
    isoc = ID["org/isoc"]  # "Internet Society (ISOC)", as the gazetteer knows it
    assert (isoc, RDF.type, WGEC.Organization) in g and (None, WGEC.submittedBy, isoc) in g
    questions = {str(q): str(g.value(q, RDFS.label)) for q in g.subjects(RDF.type, WGEC.Question)}
    assert sorted(questions.values()) == [
        "What are the relevant international public policy issues pertaining to the Internet?",
        "What is your understanding of enhanced cooperation?",
        "Which mechanisms already exist?"]
    assert len(questions) == 3 and all("/question/unknown/" not in q for q in questions)
    answers = {str(g.value(p, WGEC.text)): str(g.value(g.value(p, WGEC.answersQuestion), RDFS.label))
               for p in g.subjects(RDF.type, WGEC.Proposal)}
    assert answers == {
        "Enhanced cooperation is an ongoing process involving all stakeholders, as described in paragraphs "
        "69-71 of the Tunis Agenda.": "What is your understanding of enhanced cooperation?",
        "The CSTD should compile an inventory of existing mechanisms, including the work of ICANN, the IETF "
        "and the OECD.": "What are the relevant international public policy issues pertaining to the Internet?",
        "Developing countries should receive capacity building support from UNCTAD and UNDP.":
            "What are the relevant international public policy issues pertaining to the Internet?",
        "The IGF should publish an annual report on international public policy issues.":
            "Which mechanisms already exist?"}


def test_submitters_resolved_as_states_and_represented_groups():
    """ "Government of Brazil" is Brazil; "on behalf of the Group of 77 and China" is one
    represented group, not two submitters; states missing from the gazetteer are governments
    with the UN's names (ISO 3166 via pycountry)."""
    from pathlib import Path

    from wgec.graph.build import build

    folder = Path(__file__).parent.parent / "fixtures" / "front-matter"
    g = build([folder / "behalf-of-a-group.txt", folder / "states-not-in-gazetteer.txt"]).graph
    by_title = {str(g.value(d, RDFS.label)): d for d in g.subjects(RDF.type, WGEC.Document)}
    g77_doc = by_title["Submission on the implementation of enhanced cooperation"]
    assert set(g.objects(g77_doc, WGEC.submittedBy)) == {ID["gov/brazil"]}
    assert set(g.objects(g77_doc, WGEC.onBehalfOf)) == {ID["group/g77"]}
    assert g.value(ID["group/g77"], RDFS.label) == Literal("Group of 77 and China", lang="en")
    assert g.value(g77_doc, DCTERMS.date) == Literal("2016-09-14T00:00:00", datatype=XSD.dateTime)
    proposals = {p for p in g.subjects(WGEC.inDocument, g77_doc) if (p, RDF.type, WGEC.Proposal) in g}
    assert len(proposals) == 2 and all((p, WGEC.onBehalfOf, ID["group/g77"]) in g for p in proposals)
    states_doc = by_title["Joint views on enhanced cooperation"]
    submitters = {str(g.value(a, RDFS.label)): a for a in g.objects(states_doc, WGEC.submittedBy)}
    assert submitters == {"Republic of Korea": ID["gov/republic-of-korea"],
                          "Islamic Republic of Iran": ID["gov/islamic-republic-of-iran"],
                          "Kenya": ID["gov/kenya"]}
    assert all((a, RDF.type, WGEC.Government) in g for a in submitters.values())
    assert not [s for s in g.subjects(RDF.type, WGEC.Actor) if "/actor/" in str(s)]


def test_rolling_submission_on_behalf_of_a_bloc():
    """In a rolling document's heading, "submitted by the Government of Kenya on behalf of the
    Group of 77 and China (3 March 2014)" is Kenya, for the G77, on that date."""
    from pathlib import Path

    from wgec.graph.build import build

    g = build([Path(__file__).parent.parent / "fixtures" / "rolling"]).graph
    rows = {(str(g.value(p, WGEC.text)), g.value(p, WGEC.submittedBy), g.value(p, WGEC.onBehalfOf),
             str(g.value(p, DCTERMS.date))[:10]) for p in g.subjects(RDF.type, WGEC.Proposal)}
    assert rows == {
        ("Recalls paragraph 69 of the Tunis Agenda.", ID["gov/kenya"], ID["group/g77"], "2014-03-03"),
        ("Invites the CSTD to report on enhanced cooperation every year.", ID["gov/kenya"], ID["group/g77"],
         "2014-03-03"),
        ("All stakeholders should share best practices through the IGF.", ID["gov/republic-of-korea"], None,
         "2014-03-04")}
