"""A compilation of answers grouped by question (:mod:`wgec.graph.layout.respondents`)."""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.kinds import classify

TEXT = ("Compilation of responses to the guiding questions\n\nPrepared by the CSTD secretariat\n20 January 2017\n\n"
        "Question 1: What kinds of recommendations should be developed?\n\nResponses:\n\n"
        "Kenya: The WGEC should map the issues.\n\nInternet Society: The WGEC should build on the IGF.\n\n"
        "Question 2: What mechanisms could be used?\n\n"
        "Kenya: A new forum should be created.\n\nRespondents to this compilation: Kenya; Internet Society.\n")


def test_a_compilation_of_responses_is_a_compilation():
    assert classify("Synthesis of responses to the guiding questions", "", rolling=False, has_submitter=True)[0] == \
        "compilation"


def test_each_answer_is_its_respondent_s_and_the_compiler_submits_none():
    doc = parse_document(SourceFile.from_text("x.txt", TEXT))
    assert (doc.kind, doc.submitters) == ("compilation", [])
    answers = {s.submitters[0].name: [(i.question, i.text) for i in s.items] for s in doc.submissions}
    assert answers == {"Kenya": [("guiding-1", "The WGEC should map the issues."),
                                 ("guiding-2", "A new forum should be created.")],
                       "Internet Society": [("guiding-1", "The WGEC should build on the IGF.")]}
