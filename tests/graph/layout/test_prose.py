"""Prose paragraphs are proposals when they recommend; reported speech, quotations of others,
questions, titles and intros are not."""
from __future__ import annotations

import pytest
from tests.conftest import FIXTURES, doc_file

from wgec.graph.ingest.source import SourceFile, read_source
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.prose import looks_like_title, recommends, reports_others


@pytest.mark.parametrize("text", [
    "We recommend that the Working Group propose a body under the United Nations.",
    "Such a body should have a secretariat of its own.",
    "The Russian Federation calls for an intergovernmental mechanism.",
    "ICC urges governments to consult business.",
    "It is essential that developing countries take part.",
    "The way out for me is to focus on a very small set of basic issues.",
    "We need to rethink the IGF.",
])
def test_recommending_sentences(text):
    assert recommends(text)


@pytest.mark.parametrize("text", [
    "The resolution A/70/125 reaffirmed that Internet governance should continue to follow the provisions.",
    "There is clear reference to recommendations which should be made by the forum.",
    'Japan writes that "All stakeholders should respect the roles of the existing mechanisms."',
    "Which issues should find a home?",
    "The IGF has not been carrying out significant components of its mandate.",
])
def test_sentences_that_do_not_recommend(text):
    assert not recommends(text)


def test_reported_and_titles():
    assert reports_others("In para 35 it was reaffirmed that the management of the Internet should involve all.")
    assert looks_like_title("Relationship with Internet Governance Forum (IGF)")
    assert not looks_like_title("The Group may make recommendations on ways to improve participation.")


def test_a_document_with_no_list_gives_its_recommending_paragraphs():
    doc = parse_document(read_source(FIXTURES / "layouts" / "prose-only.txt"))
    assert [i.text.split()[:3] for i in doc.all_items()] == [["We", "recommend", "that"], ["Such", "a", "body"]]


def test_a_commentary_quoting_others_proposes_nothing():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "commentary-on-rolling-document.txt"))
    assert doc.kind == "commentary" and not doc.all_items()


def test_not_proposals_in_the_bundled_documents():
    """000 L24 (what a resolution reaffirmed) and L26 (the intro to a list); 004 L229 (a title),
    L275 (a heading ending in a colon) and Carlos Alonso's narrative paragraphs."""
    d000 = parse_document(read_source(doc_file("000")))
    d004 = parse_document(read_source(doc_file("004")))
    lines_000 = {d000.source.line_of(i.start) for i in d000.all_items()}
    lines_004 = {d004.source.line_of(i.start) for i in d004.all_items()}
    assert not {24, 26} & lines_000 and {28, 30, 32, 34, 36} <= lines_000  # the list stands on its own
    assert not {229, 275, 305, 307, 311} & lines_004
    assert {273, 277, 283, 303, 309, 313} <= lines_004


def test_a_sentence_about_the_table_below_only_announces_it(tmp_path):
    """'The table below sets out what we ask ..., who should act ...': the table's rows are the recommendations."""
    path = tmp_path / "x.md"
    path.write_text("# Submission on enhanced cooperation\n\nSubmitted by: Acme Network\n\n## Recommendations\n\n"
                    "The table below sets out what we ask of the Working Group and who should act on each point.\n\n"
                    "| Recommendation | Responsible actor |\n|---|---|\n"
                    "| Create a fund for delegates | Member States |\n",
                    encoding="utf-8")
    assert [i.text for i in parse_document(read_source(path)).all_items()] == ["Create a fund for delegates"]


@pytest.mark.parametrize("heading", ["## Our proposals\n\n", "## Our view\n\n", ""])
def test_a_table_s_recommendation_column_holds_a_proposal_a_row_in_any_section(tmp_path, heading):
    """A '#' column heads no Markdown heading ('| # | Proposal | Who should act |'); the rows of a 'Recommendation'
    or 'Proposal' column are proposals under a heading that announces none, or under none."""
    path = tmp_path / "x.md"
    path.write_text(f"# Submission of Foo Network on enhanced cooperation\n\n{heading}| # | Proposal | Who should act |"
                    "\n|---|---|---|\n| 1 | Create a fund for delegates | Member States |\n"
                    "| 2 | Publish an inventory of forums | CSTD secretariat |\n", encoding="utf-8")
    items = parse_document(read_source(path)).all_items()
    assert [(i.number, i.text) for i in items] == [("1", "Create a fund for delegates"),
                                                   ("2", "Publish an inventory of forums")]


@pytest.mark.parametrize("offer", ["I would welcome the opportunity to discuss these ideas with the Working Group.",
                                   "We would be glad to present our experience at the next meeting."])
def test_an_offer_to_discuss_under_proposals_is_no_proposal(offer):
    """Under 'Proposals' a 'could' or 'would' proposes, but an offer to discuss or present closes the text."""
    from wgec.graph.ingest.source import SourceFile
    doc = parse_document(SourceFile.from_text("x.txt", "Comments on enhanced cooperation\n\nSubmitted by: Jane Roe\n\n"
                                              "Proposals\n\nI propose that the WGEC map the issues.\n\n"
                                              f"The CSTD could review progress.\n\n{offer}\n\nJane Roe\n"))
    assert [i.text for i in doc.all_items()] == ["I propose that the WGEC map the issues.",
                                                "The CSTD could review progress."]


@pytest.mark.parametrize("text", [
    "The Working Group could not agree on whether a new institutional arrangement should be established.",
    "Some members were of the view that an intergovernmental body should be created under the United Nations.",
])
def test_an_open_question_or_members_views_recommend_nothing(text):
    assert not recommends(text)


def test_a_paragraph_s_proposal_is_its_recommending_sentences():
    """The reasoning and the report of a meeting around a proposing sentence are not the proposal: its text and
    its quoted span are the sentence (a compilation's entry stays whole, tests/graph/layout/test_items.py)."""
    text = ("Written comments of Sweden following the third meeting\n\nStockholm, 19/05/2017\n\n"
            "Following the discussion at the third meeting, we would like to share some further reflections.\n\n"
            "We heard broad support for characteristics such as inclusiveness. At the same time several members "
            "cautioned against a long list. We therefore propose that the Group agree on a short list.\n\n"
            "Finally, we consider that participation has been too limited. We would welcome a decision by the CSTD "
            "to seek voluntary funding.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [i.text for i in doc.all_items()] == ["We therefore propose that the Group agree on a short list.",
                                                 "We would welcome a decision by the CSTD to seek voluntary funding."]
    assert all(text[i.start:i.end] == i.text for i in doc.all_items())
    assert [a.name for a in doc.submitters] == ["Sweden"] and str(doc.date) == "2017-05-19"  # not the meeting's


@pytest.mark.parametrize(("text", "expected"), [
    ("The participation of African governments in international bodies should be supported.", True),
    ("The Chair invites members to consider this summary and to send their comments.", False),
    ("The Commission invites Member States to support the IGF.", True)])
def test_a_qualifier_holds_no_modal_and_a_chair_s_invitation_to_members_is_procedural(text, expected):
    assert recommends(text) is expected


def test_a_subtitle_names_the_submitter_and_a_closing_offer_is_no_answer():
    text = ("# APNIC and enhanced cooperation: frequently asked questions\n\n*A contribution of the Asia Pacific "
            "Network Information Centre (APNIC) to the CSTD Working Group on Enhanced Cooperation*\n\n"
            "Brisbane, 2017-01-30\n\nQuestion 1: What are the characteristics of enhanced cooperation?\n\n"
            "It should be inclusive.\n\nWe would be pleased to discuss this response with members of the Group.\n")
    doc = parse_document(SourceFile.from_text("x.md", text))
    assert [a.name for a in doc.submitters] == ["Asia Pacific Network Information Centre (APNIC)"]
    assert [i.text for i in doc.all_items()] == ["It should be inclusive."]


def test_ordinal_sentences_in_one_paragraph_are_proposals_each_and_should_you_wish_asks_nothing():
    text = ("Letter of the Global Digital Commerce Alliance\n\nRecommendations\n\nWe have three recommendations. "
            "First, the Working Group should recommend that organisations open up. Second, we urge the Group to "
            "recognize the IGF. Finally, governments should consult the private sector.\n\n"
            "Please do not hesitate to contact me should you wish to discuss these points.\n")
    doc = parse_document(SourceFile.from_text("x.txt", text))
    assert [i.text[:8] for i in doc.all_items()] == ["First, t", "Second, ", "Finally,"]
