"""Comments on a draft a paragraph a line (:mod:`wgec.graph.layout.verdicts`): each line that asks for a change
proposes it, in the wording it quotes; a line that only supports the paragraph proposes nothing."""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

COMMENTS = ("Foo Business Council\n\nComments on the Chair's draft recommendations\n\n"
            "Submitted to the CSTD secretariat, 8 December 2017\n\nWe offer our comments paragraph by paragraph.\n\n"
            "Para 3: support.\n\nPara 9: amend to read \"The CSTD should review progress every year.\"\n\n"
            "Para 12: delete.\n\nNew para after para 21: \"Capacity-building should come first.\"\n")


def test_each_line_proposes_its_change_and_support_proposes_nothing():
    doc = parse_document(SourceFile.from_text("x.txt", COMMENTS))
    assert (doc.kind, str(doc.date), [a.name for a in doc.submitters]) == (
        "comments", "2017-12-08", ["Foo Business Council"])
    assert [i.text for i in doc.all_items()] == ["The CSTD should review progress every year.", "delete.",
                                                 "Capacity-building should come first."]


def test_one_such_line_in_prose_is_prose():
    """A single 'Paragraph 5: ...' is a line of the comments' argument, read as prose is."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Comments of Foo on the Chair's draft\n\nSubmitted by: Foo\n\n"
        "Paragraph 5: we agree with it.\n\nThe CSTD should review progress every year.\n")))
    assert [i.text for i in doc.all_items()] == ["The CSTD should review progress every year."]


def test_a_replacement_is_the_whole_request_and_a_line_of_support_no_proposal():
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Foo Council\n\nComments on the Chair's draft recommendations\n\n5 December 2017\n\n"
        "Paragraph 4 (b): replace \"intergovernmental\" with \"multistakeholder\".\n"
        "Para. 6 - we support this paragraph.\nOP 10: delete.\n")))
    assert [i.text for i in doc.all_items()] == ["replace \"intergovernmental\" with \"multistakeholder\".", "delete."]
