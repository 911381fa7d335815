"""Questionnaire answers attributed to the respondent, question by question; the questions a
notice puts to members are questions."""
from __future__ import annotations

import pytest
from docx import Document
from tests.conftest import FIXTURES

from wgec.graph.ingest.source import SourceFile, read_source
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


def _parsed(text: str):
    return parse_document(SourceFile.from_text("x.txt", text))


HEAD = "Foo Network\n\nFoo Network response to the WGEC questionnaire\n\n29 July 2013\n\n"


def test_a_label_word_s_tab_parts_from_its_question():
    """Word writes "Q1<tab>What ...?" (a tab, no stop): the label numbers the question, no table of one row."""
    doc = _parsed(HEAD + "Q1\tWhat are the characteristics of enhanced cooperation?\n\nAnswer: Inclusiveness.\n\n"
                  "Q2\tWhich issues?\n\nAnswer: Cybersecurity.\n")
    assert [(i.question, i.text) for i in doc.all_items()] == [("questionnaire-1", "Inclusiveness."),
                                                               ("questionnaire-2", "Cybersecurity.")]
    assert not doc.tables


@pytest.mark.parametrize("labels", [("Q1.", "Q2:", "Q 4."), ("Question 1", "Question 2", "Question 4")])
def test_bare_question_numbers_open_the_answers_under_them(labels):
    """The questions not repeated, only their numbers over the answers: a skipped number is not answered,
    nor is a number over no answer; without a blank under it the label still opens its answer."""
    one, two, four = labels
    doc = _parsed(HEAD + f"{one}\nCivil society.\n\n{two}\nA network of people.\n\nIt convenes the IGF.\n\n"
                  f"Q3.\n\n{four}\nCybersecurity and data protection.\n")
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "Civil society."), ("questionnaire-2", "A network of people."),
        ("questionnaire-2", "It convenes the IGF."), ("questionnaire-4", "Cybersecurity and data protection.")]
    assert [a.name for a in doc.submitters] == ["Foo Network"]


def test_a_bare_number_and_a_number_on_the_answer_s_line_in_one_response():
    doc = _parsed(HEAD + "Q1.\nCivil society.\n\nQ2: A network of people.\n\nQ5. Cybersecurity.\n")
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "Civil society."), ("questionnaire-2", "A network of people."),
        ("questionnaire-5", "Cybersecurity.")]


@pytest.mark.parametrize("line", [
    "Contact person: Grace Githaiga, Convenor (ggithaiga@example.org)", "Contact: Ms. Grace Githaiga",
    "Focal point: Grace Githaiga, Convenor", "Contact details: Grace Githaiga, ggithaiga@example.org",
    "E-mail: ggithaiga@example.org"])
def test_a_contact_under_the_organisation_s_name_is_not_the_submitter(line):
    """Whom to contact is no submitter, and did not deliver the document (wgec:deliveredBy): the graph
    leaves the contact out."""
    doc = _parsed(HEAD.replace("29 July 2013\n\n", f"29 July 2013\n\n{line}\n\n") + "Q1.\nCivil society.\n")
    assert ([a.name for a in doc.submitters], doc.delivered_by) == (["Foo Network"], [])
    assert [i.text for i in doc.all_items()] == ["Civil society."]


def test_a_contact_person_alone_is_the_author():
    doc = _parsed("Views on enhanced cooperation\n\nContact person: Jane Roe\n\n"
                  "We recommend that the WGEC map the international public policy issues.\n")
    assert [a.name for a in doc.submitters] == ["Jane Roe"]


def test_answers_to_the_parts_of_a_question_answer_each_part():
    """'Question 1 (a):' and 'Question 1 (b):' are two questions (1a, 1b), each with its own answer."""
    doc = parse_document(SourceFile.from_text("r.txt", (
        "Internet Society\n\nResponse to the guiding questions of the WGEC\n\n5 December 2016\n\n"
        "Question 1 (a): What are the characteristics of enhanced cooperation?\n\nIt is a process.\n\n"
        "Question 1 (b): Which have been achieved?\n\nTransparency has improved.\n\n"
        "Question 2 (a): What should the WGEC recommend?\n\nThe WGEC should keep the mapping up to date.\n")))
    assert [(q.key, q.text) for q in doc.questions] == [
        ("questionnaire-1a", "What are the characteristics of enhanced cooperation?"),
        ("questionnaire-1b", "Which have been achieved?"), ("questionnaire-2a", "What should the WGEC recommend?")]
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1a", "It is a process."), ("questionnaire-1b", "Transparency has improved."),
        ("questionnaire-2a", "The WGEC should keep the mapping up to date.")]


def test_a_word_table_of_guiding_questions_and_responses(tmp_path):
    """A government's answers in a Word table 'Guiding question | Response' (a cell of two paragraphs, one left
    empty) under the title '...: responses to the guiding questions', after a sentence welcoming the call for inputs:
    a questionnaire response (no notice), each row's response the answer to its question."""
    d = Document()
    d.add_heading("Input of Ghana to the WGEC: responses to the guiding questions", level=1)
    d.add_paragraph("2 December 2016")
    d.add_paragraph("Ghana welcomes the call for inputs and answers the guiding questions in the table below.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Guiding question", "Response"
    for question, answer in (("1. What are the characteristics?", "It is a process."),
                             ("2. What is missing?", ""), ("3. Who should act?", "The CSTD should act.")):
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = question, answer
    table.rows[1].cells[1].add_paragraph("It involves all stakeholders.")
    d.save(str(tmp_path / "r.docx"))
    doc = parse_document(read_source(tmp_path / "r.docx"))
    assert doc.kind == "questionnaire-response"
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "It is a process. It involves all stakeholders."),
        ("questionnaire-3", "The CSTD should act.")]


@pytest.mark.parametrize("label", ["Guiding question 1", "Guiding Question No. 1", "Question 1:"])
def test_a_question_label_over_the_question_in_full_then_the_answer(label):
    """'Contribution of X / to the WGEC / Guiding questions' answers them; a 'Guiding question 1' line over
    the question repeated in full: that is the question's text, the paragraphs under it its answer."""
    doc = _parsed("Contribution of the Republic of Foo\nto the Working Group on Enhanced Cooperation\n"
                  "Guiding questions\n\nSubmitted by: Foo\n\n"
                  f"{label}\nWhat are the high-level characteristics of enhanced cooperation?\n\n"
                  "It should be inclusive.\n\nIt should be transparent.\n")
    assert doc.kind == "questionnaire-response"
    assert [(q.key, q.text) for q in doc.questions] == [
        ("questionnaire-1", "What are the high-level characteristics of enhanced cooperation?")]
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "It should be inclusive."), ("questionnaire-1", "It should be transparent.")]


def test_a_web_page_answering_in_a_question_answer_table(tmp_path):
    """'Response to the WGEC guiding questions' is a questionnaire response; the line under its title names its
    organisation and dates the page ('Foo for All, Kenya · 9 December 2016'); the rows of a 'Question | Answer'
    table are its answers, though a 'Contact:' line follows the table."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Response to the WGEC guiding questions</h1>"
                    "<p>Foo for All, Kenya &middot; 9 December 2016</p><p>We answer the questions below.</p>"
                    "<table><tr><th>Question</th><th>Answer</th></tr>"
                    "<tr><td>1. What are the characteristics?</td><td><p>It is a process.</p></td></tr>"
                    "<tr><td>2. Who should act?</td><td><p>All stakeholders.</p></td></tr></table>"
                    "<p>Contact: info@foo.example.org</p></body></html>", encoding="utf-8")
    doc = parse_document(read_source(page))
    assert (doc.kind, str(doc.date), [(a.name, a.kind) for a in doc.submitters]) == (
        "questionnaire-response", "2016-12-09", [("Foo for All, Kenya", "Organization")])
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "It is a process."), ("questionnaire-2", "All stakeholders.")]


@pytest.mark.parametrize("label", ["**Guiding question 1:**", "**Question 1:**", "Guiding question 1:"])
def test_a_bold_question_label_before_the_question_on_its_line(label):
    """'**Question 1:** What ...?' (Markdown's bold around the label) asks question 1, as 'Question 1: What?' does."""
    doc = _parsed("Contribution of the Republic of Foo\nto the Working Group on Enhanced Cooperation\n"
                  f"Guiding questions\n\n{label} What are the characteristics of enhanced cooperation?\n\n"
                  f"It is a process.\n\n{label.replace('1', '2')} Who should act?\n\nAll stakeholders.\n")
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "It is a process."), ("questionnaire-2", "All stakeholders.")]


def test_a_table_of_questions_without_numbers_numbers_them_in_order():
    """'Response of X to the guiding questions' is a questionnaire response; a 'Question | Answer' table whose question
    cells have no number asks questions 1, 2, ... in the order of its rows (its head row asks none)."""
    doc = _parsed("Response of Foo Network to the guiding questions\n\nDate: 1 March 2017\n\nQuestion\tAnswer\n"
                  "What are the characteristics of enhanced cooperation?\tIt is a process.\n"
                  "Who should act?\tAll stakeholders.\n")
    assert doc.kind == "questionnaire-response"
    assert [(q.key, q.text) for q in doc.questions] == [
        ("questionnaire-1", "What are the characteristics of enhanced cooperation?"),
        ("questionnaire-2", "Who should act?")]
    assert [(i.question, i.text) for i in doc.all_items()] == [
        ("questionnaire-1", "It is a process."), ("questionnaire-2", "All stakeholders.")]


def test_unnumbered_questions_in_italics_each_open_their_answer():
    """A response that repeats each question in italics, unnumbered ('*What are ...?*'): the questions in their
    order, each over the paragraphs that answer it (and the front matter ends above the first)."""
    doc = parse_document(SourceFile.from_text("x.md", (
        "# Response of the Republic of Korea to the guiding questions of the WGEC\n\nSeoul, 2 December 2016\n\n"
        "*What are the high level characteristics of enhanced cooperation?*\n\nIt should be inclusive.\n\n"
        "It should build on existing institutions.\n\n*What kind of recommendations should be considered?*\n\n"
        "The CSTD should hold an annual open consultation.\n\n*Contact: International Cooperation Bureau*\n")))
    assert [q.text[:8] for q in doc.questions] == ["What are", "What kin"]
    assert [(i.question, i.text[:12]) for i in doc.all_items()] == [
        ("questionnaire-1", "It should be"), ("questionnaire-1", "It should bu"), ("questionnaire-2", "The CSTD sho")]


def test_a_question_in_bold_in_a_submission_is_a_heading_of_its_argument_not_a_question_answered():
    doc = parse_document(SourceFile.from_text("x.md", (
        "# Submission of the Foo Network to the WGEC\n\n1 December 2016\n\n## Recommendations\n\n"
        "1. The CSTD should map the issues.\n\n**Why does this matter?**\n\nBecause gaps remain.\n")))
    assert (doc.kind, doc.questions) == ("submission", [])


def test_q_and_a_pairs_each_question_over_its_answer():
    """'Q: What ...?' opens a question (unnumbered: numbered in turn), 'A: ...' under it is its answer."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Response to the WGEC guiding questions\n\nFoo Centre\n\n30 November 2016\n\n"
        "Q: What are the characteristics of enhanced cooperation?\n\nA: It should be a process.\n\n"
        "Q: Who should act?\n\nA: The CSTD should act.\n")))
    assert [q.text for q in doc.questions] == ["What are the characteristics of enhanced cooperation?",
                                               "Who should act?"]
    assert [(i.question, i.text) for i in doc.all_items()] == [("questionnaire-1", "It should be a process."),
                                                               ("questionnaire-2", "The CSTD should act.")]


@pytest.mark.parametrize("label", ["Q.{n}", "({n})", "Question {n}:", "Q{n}."])
def test_a_numbered_question_over_its_answer(label):
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Response of the Internet Society to the questionnaire of the WGEC\n\nSubmitted by the Internet Society\n\n"
        f"{label.format(n=1)} What are the characteristics of enhanced cooperation?\n\n"
        "It should be inclusive.\n\n"
        f"{label.format(n=2)} What recommendations should we consider?\n\nCapacity building should come first.\n")))
    assert [q.number for q in doc.questions] == ["1", "2"]
    answers = {q.number: [i.text for s in doc.submissions for i in s.items if i.question == q.key]
               for q in doc.questions}
    assert answers == {"1": ["It should be inclusive."], "2": ["Capacity building should come first."]}


def test_with_regard_to_question_n_opens_the_answer_to_question_n():
    """A response in prose whose paragraphs open on the question they answer ('With regard to question 2, ...'),
    a line ending on a comma wrapped into the next."""
    doc = parse_document(SourceFile.from_text("x.txt", (
        "Republic of Indonesia\n\nResponse to the Guiding Questions of the Working Group on Enhanced Cooperation\n\n"
        "Jakarta, 2 December 2016\n\n"
        "With regard to question 1, on the high-level characteristics of enhanced cooperation,\n"
        "Indonesia is of the view that enhanced cooperation should enable governments to act on an equal footing.\n\n"
        "As regards question 2, Indonesia considers that the issues include cybersecurity and e-commerce.\n\n"
        "Indonesia also recommends that developing countries be supported.\n")))
    assert [(i.question, i.text[:26]) for i in doc.all_items()] == [
        ("questionnaire-1", "With regard to question 1,"), ("questionnaire-2", "As regards question 2, Ind"),
        ("questionnaire-2", "Indonesia also recommends ")]
    assert "Indonesia is of the view" in doc.all_items()[0].text
    assert [a.name for a in doc.submitters] == ["Republic of Indonesia"]


def test_ad_labels_head_the_answers_to_the_questions_they_number():
    """Swiss and German answers head each answer "Ad 1:" (the questions not repeated)."""
    doc = _parsed(HEAD + "Ad 1:\nIt is a process, not an institution.\n\nAd 2:\nThe WGEC should keep its "
                  "recommendations practical.\n")
    assert [(i.question, i.text[:9]) for i in doc.all_items()] == [("questionnaire-1", "It is a p"),
                                                                  ("questionnaire-2", "The WGEC ")]
