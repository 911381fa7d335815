"""Attribution and meeting facts of the bundled graph (issue 10, point 4): one submission has
one submitter (India, delivered by Mr. Reddy); Switzerland as a venue is a place, not a
Government; the 2013-14 group's third meeting (February 2014) is there; documents tied to a
meeting get an inferred date, marked as such."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, RDF, RDFS, TIME, XSD

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.link.facts import find_meetings
from wgec.ontology.vocab import ID, WGEC

ROLLING = "proposal/proposals-of-draft-recommendations-rolling-document/"


def test_india_is_the_one_submitter_mr_reddy_delivered(graph):
    prefix = str(ID[ROLLING + "uncategorized/india/"])
    india = [p for p in graph.subjects(RDF.type, WGEC.Proposal) if str(p).startswith(prefix)]
    assert india
    for p in india:
        assert set(graph.objects(p, WGEC.submittedBy)) == {ID["gov/india"]}
        assert set(graph.objects(p, WGEC.deliveredBy)) == {ID["person/reddy"]}
    assert (ID["person/reddy"], WGEC.affiliatedWith, ID["gov/india"]) in graph
    assert (None, WGEC.submittedBy, ID["person/reddy"]) not in graph


def test_switzerland_as_a_venue_is_not_an_actor(graph):
    assert (ID["gov/switzerland"], None, None) not in graph and (None, None, ID["gov/switzerland"]) not in graph
    meeting = ID["meeting/wgec-2013-2014/2"]
    assert str(graph.value(meeting, WGEC.place)) == "Geneva"


def test_the_third_meeting_of_the_2013_14_group():
    """ "our 2nd Meeting ... until our next meeting in February", in the Chair's message of
    14.11.2013: the third meeting, February 2014."""
    text = ("From: Peter Major\nDate: 14.11.2013 15:21\n\nThank you for our 2nd Meeting. In order to make best use "
            "of our time until our next meeting in February I propose a framework.\n")
    facts = find_meetings(parse_document(SourceFile.from_text("m.txt", text)))
    assert [(f.ordinal, f.year, f.month) for f in facts] == [(3, 2014, (2014, 2))]
    assert text[facts[0].start:facts[0].end] == "next meeting in February"


def test_the_third_meeting_in_the_bundled_graph(graph):
    meeting = ID["meeting/wgec-2013-2014/3"]
    assert graph.value(meeting, WGEC.startDate) == Literal("2014-02-01T00:00:00", datatype=XSD.dateTime)
    assert graph.value(meeting, WGEC.datePrecision) == TIME.unitMonth
    assert graph.value(meeting, WGEC.meetingOf) == ID["wg/wgec-2013-2014"]


def test_inferred_dates_are_marked_and_never_stated(graph):
    docs = {str(graph.value(d, RDFS.label))[:20]: d for d in graph.subjects(RDF.type, WGEC.Document)}
    joint, comments = docs["Revised recommendati"], docs["Comments to the Chai"]
    assert graph.value(joint, WGEC.dateInferredFrom) == ID["meeting/wgec-2016-2018/4"]  # "for the 4th meeting"
    assert graph.value(joint, WGEC.inferredDate) == Literal("2017-09-25T00:00:00", datatype=XSD.dateTime)
    # the comments on the Chair's draft of 11 November 2017: the first meeting after it, the fifth
    assert graph.value(comments, WGEC.dateInferredFrom) == ID["meeting/wgec-2016-2018/5"]
    assert graph.value(comments, WGEC.inferredDate) == Literal("2018-01-29T00:00:00", datatype=XSD.dateTime)
    for doc in (joint, comments):
        assert graph.value(doc, DCTERMS.date) is None and graph.value(doc, WGEC.datePrecision) == TIME.unitDay
    dated = docs["Contribution to the "]
    assert graph.value(dated, WGEC.inferredDate) is None and graph.value(dated, DCTERMS.date) is not None


def test_a_meeting_named_over_a_line_of_its_place_and_days():
    """'Report of the first meeting of the Working Group ...' over 'Geneva, 26-27 September 2016': those days (a
    sentence naming a meeting over the report's own date line is not dated by it)."""
    text = ("Report of the first meeting of the Working Group on Enhanced Cooperation\n\nGeneva, 26-27 September 2016"
            "\n\nThe Chair opened the meeting.\n\nThe third meeting will discuss the report.\n\n"
            "Geneva, 12 March 2017\n")
    facts = find_meetings(parse_document(SourceFile.from_text("m.txt", text)))
    assert [(f.ordinal, str(f.first), str(f.last)) for f in facts] == [(1, "2016-09-26", "2016-09-27")]
    assert text[facts[0].start:facts[0].end] == "26-27 September 2016"


def test_a_meeting_named_and_dated_in_french():
    text = ("Contribution du Sénégal\n\n1. Le Sénégal remercie le Président des questions adoptées lors de la "
            "première réunion du Groupe, tenue à Genève les 26 et 27 septembre 2016.\n")
    facts = find_meetings(parse_document(SourceFile.from_text("m.txt", text)))
    assert [(f.ordinal, str(f.first), str(f.last)) for f in facts] == [(1, "2016-09-26", "2016-09-27")]


def test_a_meeting_named_and_dated_in_spanish():
    text = ("Propuesta de Colombia\n\n1.1 Colombia agradece las preguntas acordadas en la primera reunión del Grupo, "
            "celebrada en Ginebra los días 26 y 27 de septiembre de 2016.\n")
    facts = find_meetings(parse_document(SourceFile.from_text("m.txt", text)))
    assert [(f.ordinal, str(f.first), str(f.last)) for f in facts] == [(1, "2016-09-26", "2016-09-27")]


@pytest.mark.parametrize(("sentence", "ordinal", "first", "last"), [
    ("The fifth and last meeting was held on 29-31 January 2018.", 5, "2018-01-29", "2018-01-31"),
    ("At its fifth meeting (January 29-31, 2018), the group could not agree.", 5, "2018-01-29", "2018-01-31"),
    ("The WGEC met for the second time on 26-27 January 2017.", 2, "2017-01-26", "2017-01-27")])
def test_a_meeting_by_its_ordinal_and_days(sentence, ordinal, first, last):
    text = f"Contribution of Japan to the WGEC\n\nSubmitted by Japan\n\n1. The WGEC should act.\n\n{sentence}\n"
    facts = find_meetings(parse_document(SourceFile.from_text("m.txt", text)))
    assert [(f.ordinal, str(f.first), str(f.last)) for f in facts] == [(ordinal, first, last)]
