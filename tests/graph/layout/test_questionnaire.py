"""Questionnaire answers attributed to the respondent, question by question; the questions a
notice puts to members are questions."""
from __future__ import annotations

from tests.conftest import FIXTURES

from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document


def test_answers_in_text_form():
    doc = parse_document(read_source(FIXTURES / "layouts" / "questionnaire-text.txt"))
    assert doc.kind == "questionnaire-response"
    assert [q.key for q in doc.questions] == ["questionnaire-1", "questionnaire-4", "questionnaire-6"]
    assert {q.kind for q in doc.questions} == {"questionnaire"}
    answers = {i.question: i for i in doc.submissions[0].items}
    assert answers["questionnaire-1"].text == "Civil society."  # "Answer:" is not part of it
    assert answers["questionnaire-6"].text.startswith("Through the institutions that exist")
    assert [c.text for c in answers["questionnaire-6"].children] == [
        "the IGF should produce recommendations;", "the CSTD should follow up on them every year."]
    assert [a.name for a in doc.submissions[0].submitters] == ["Association for Progressive Communications (APC)"]


def test_answers_exported_from_a_form():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "questionnaire-response.txt"))
    answers = {i.question: i.text for i in doc.all_items()}
    assert answers == {"questionnaire-1": "Civil society",
                       "questionnaire-2": "Enhanced cooperation is about how all stakeholders cooperate on "
                                          "international public policy issues pertaining to the Internet.",
                       "questionnaire-4": "Access, affordability, human rights online and the management of "
                                          "critical Internet resources."}  # question 2 names its parts after it
    q4 = next(q for q in doc.questions if q.key == "questionnaire-4")
    assert q4.text == "What are the relevant international public policy issues pertaining to the Internet?"


def test_questions_put_to_members_by_a_notice():
    doc = parse_document(read_source(FIXTURES / "front-matter" / "cstd-notice.txt"))
    assert doc.layout == "notice" and not doc.all_items()
    assert [(q.key, q.text.split(",")[0]) for q in doc.questions] == [
        ("guiding-1", "What are the high level characteristics of enhanced cooperation?"),
        ("guiding-2", "Taking into consideration the work of the previous WGEC and the Tunis Agenda")]


def test_answers_numbered_as_the_questionnaire_numbers_its_questions():
    doc = parse_document(read_source(FIXTURES / "layouts" / "questionnaire-numbered.txt"))
    assert doc.kind == "questionnaire-response"
    assert [(i.number, i.question) for i in doc.submissions[0].items] == [
        ("2", "questionnaire-2"), ("4", "questionnaire-4"), ("10", "questionnaire-10")]
    assert {c.question for c in doc.submissions[0].items[2].children} == {"questionnaire-10"}
    assert [q.key for q in doc.questions] == ["questionnaire-2", "questionnaire-4", "questionnaire-10"]


def test_answers_of_a_form_exported_as_lines(tmp_path):
    """A form's export as a PDF gives each question on a line and its answer on the next: a short
    answer ("Civil society") is an answer, not a heading; a question naming its parts after its
    question mark is still a question."""
    text = ("Questionnaire of the UN Commission on Science and Technology for Development, Working Group on "
            "Enhanced Cooperation (WGEC)\n\nTimestamp 18/07/2013 10:24:33\n\nName: Jane Roe\n"
            "Organization: Association for Progressive Communications (APC)\n\n"
            "1. Which stakeholder category do you belong to?\n\nCivil society\n\n"
            "2. What do you think is the significance, purpose and scope of enhanced cooperation as per the Tunis "
            "Agenda? a) Significance b) Purpose c) Scope\n\na) Significance: how all work together.\n"
            "b) Purpose: to give public policy issues a home.\n")
    path = tmp_path / "response.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_document(read_source(path))
    answers = [(i.question, i.text) for i in doc.all_items()]
    assert answers == [("questionnaire-1", "Civil society"),
                       ("questionnaire-2", "Significance: how all work together."),
                       ("questionnaire-2", "Purpose: to give public policy issues a home.")]
