"""A document with a blank line between every two lines, read with the lines that belong together grouped."""
from __future__ import annotations

import html

import pytest
from tests.graph.layout.test_unseen import UNSEEN, _missed

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.graph.layout.spacing import line_per_paragraph, regrouped

BODY = ["We write to ask the Working Group to take up the questions set out below at its next meeting.",
        "1. The first question is a long one that we ask the Working Group to consider with care.",
        "2. The second question is a long one that we ask the Working Group to consider with care.",
        "3. The third question is a long one that we ask the Working Group to consider with care.",
        "We thank the Working Group for its attention to these three questions and to our letter."]


def _spaced(lines: list[str]) -> SourceFile:
    return SourceFile.from_text("x.docx", "\n\n".join(lines) + "\n")


def _grouped(lines: list[str]) -> list[str]:
    """The blocks of the regrouped view, each its lines joined by " | "."""
    view = regrouped(_spaced(lines))
    return [" | ".join(line.strip() for line in block.split("\n")) for block in view.text.strip().split("\n\n")]


def test_a_text_with_blocks_of_several_lines_is_no_line_per_paragraph_document():
    source = SourceFile.from_text("x.txt", "From: A\nTo: B\n\n" + "\n\n".join(BODY) + "\n")
    assert not line_per_paragraph(source.lines())
    assert regrouped(source) is source


def test_header_fields_are_one_header_and_a_long_field_stands_alone():
    blocks = _grouped(["From: Ann Lee <ann@example.org>", "Sent: Friday, 27 October 2017 16:05", "To: CSTD",
                       "Subject: Comments", "Dear colleagues,", *BODY,
                       "Note: this field is a sentence of fifteen words or more, so it is the text itself."])
    assert blocks[0] == "From: Ann Lee <ann@example.org> | Sent: Friday, 27 October 2017 16:05 | To: CSTD | " \
                        "Subject: Comments"
    assert blocks[-1].startswith("Note:")


def test_the_names_under_a_closing_are_one_list_up_to_a_date_or_a_title():
    blocks = _grouped(["Dear Chair,", *BODY, "Yours sincerely,", "Bits of Freedom (Netherlands)",
                       "Centre for Internet and Society (India)", "Director, Policy Planning",
                       "Geneva, 18 September 2017",
                       "Anna Lee", "The contribution of the coalition to the guiding questions"])
    assert blocks[-5:] == ["Yours sincerely,",
                           "Bits of Freedom (Netherlands) | Centre for Internet and Society (India) | Director, Policy "
                           "Planning", "Geneva, 18 September 2017", "Anna Lee",
                           "The contribution of the coalition to the guiding questions"]


def test_a_question_s_label_goes_with_the_question_under_it():
    blocks = _grouped(["Guiding question 1", "What are the characteristics of enhanced cooperation?", *BODY,
                       "Recommendation 2", "Question 3", "Question 4"])
    assert blocks[0] == "Guiding question 1 | What are the characteristics of enhanced cooperation?"
    assert blocks[-3:] == ["Recommendation 2", "Question 3", "Question 4"]  # a label over a label: apart


def test_the_view_keeps_the_offsets_and_the_document_its_own_text():
    source = _spaced(["From: Ann Lee", "To: CSTD", "Subject: Comments on the draft", "Dear colleagues,", *BODY,
                      "Kind regards,", "Ann Lee", "Ministry of Communications, Ghana"])
    view = regrouped(source)
    assert view is not source and len(view.text) == len(source.text) and view.sha256 == source.sha256
    assert [i for i, (a, b) in enumerate(zip(view.text, source.text, strict=True)) if a != b] == \
           [source.text.index("\n\nTo:"), source.text.index("\n\nSubject:"), source.text.index("\n\nMinistry")]
    doc = parse_document(source)
    assert doc.source is source
    assert doc.title == "Comments on the draft"
    assert [source.text[a.start:a.end] for a in doc.submitters] == ["Ann Lee"]
    assert source.line_text(doc.body_first_line - 1) == "Dear colleagues,"  # the source's line numbers


def test_an_address_or_a_by_line_in_the_front_matter_is_one_block_and_a_title_over_it_is_not():
    blocks = _grouped(["Open letter to the Chair of the Working Group", "Ambassador Ann Lee",
                       "Chair, Working Group on Enhanced Cooperation", "Palais des Nations", "March 2018",
                       "Milton Rivera", "School of Public Policy, University of Toronto", "Dear Ambassador,", *BODY,
                       "Working Group on Enhanced Cooperation", "Annex, the list of the questions"])
    assert blocks[:5] == ["Open letter to the Chair of the Working Group",
                          "Ambassador Ann Lee | Chair, Working Group on Enhanced Cooperation | Palais des Nations",
                          "March 2018", "Milton Rivera | School of Public Policy, University of Toronto",
                          "Dear Ambassador,"]
    assert blocks[-2:] == ["Working Group on Enhanced Cooperation", "Annex, the list of the questions"]  # the body


def test_the_name_lines_that_end_the_text_are_one_signature_with_no_closing_over_them():
    blocks = _grouped(["Dear Chair,", *BODY, "Conclusion", *BODY, "Elena Vasquez", "Programme Specialist",
                       "Division for Freedom of Expression and Media Development", "Paris, 30 November 2016"])
    assert blocks[-2:] == ["Elena Vasquez | Programme Specialist | Division for Freedom of Expression and Media "
                           "Development", "Paris, 30 November 2016"]
    assert "Conclusion" in blocks  # a heading in the body stays apart


def test_a_line_that_names_a_year_is_no_name_line():
    blocks = _grouped(["Working Group on Enhanced Cooperation", "Fifth meeting, Geneva, 29-31 January 2018",
                       "Draft recommendations, revised text", *BODY])
    assert blocks[:3] == ["Working Group on Enhanced Cooperation", "Fifth meeting, Geneva, 29-31 January 2018",
                          "Draft recommendations, revised text"]


def test_a_title_running_over_the_first_lines_is_one_title():
    blocks = _grouped(["Contribution of the Republic of Tunisia", "to the Working Group on Enhanced Cooperation",
                       "Guiding questions", "Date of submission: 15/03/2017", *BODY])
    assert blocks[:2] == ["Contribution of the Republic of Tunisia | to the Working Group on Enhanced Cooperation | "
                          "Guiding questions", "Date of submission: 15/03/2017"]


def test_a_title_with_no_line_in_lower_case_under_it_stands_alone():
    blocks = _grouped(["Open letter to the Chair of the Working Group", "Guiding questions", *BODY])
    assert blocks[:2] == ["Open letter to the Chair of the Working Group", "Guiding questions"]


def test_a_page_s_number_goes_with_the_running_title_under_it():
    blocks = _grouped([*BODY, "Page 2 of 4", "AUC contribution to the WGEC", "2", "Background", *BODY])
    assert blocks[5:8] == ["Page 2 of 4 | AUC contribution to the WGEC", "2", "Background"]


@pytest.mark.parametrize("name", ["email-quoted-reply.txt", "coalition-letter-countries.txt",
                                  "tunisia-repeated-questions.txt", "unesco-signature-block.txt"])
def test_the_same_facts_from_a_web_page_with_a_paragraph_a_line(tmp_path, name):
    text = (UNSEEN / name).read_text(encoding="utf-8")
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n") if line.strip())
    page = tmp_path / f"{name[:-4]}.html"
    page.write_text(f"<html><head><meta charset='utf-8'></head><body>\n{body}</body></html>", encoding="utf-8")
    assert _missed(page, name[:-4]) == []


def test_a_table_s_rows_and_the_warnings_keep_the_source_s_line_numbers():
    source = _spaced(["From: Ann Lee", "To: CSTD", "Subject: Comments on the table", "Dear colleagues,", *BODY,
                      "Issue\tOrganisation", "Spam\tITU", "Kind regards,", "Ann Lee", "Ministry of Communications"])
    doc = parse_document(source)
    assert [source.line_text(row.line) for table in doc.tables for row in table.rows] == ["Spam\tITU"]
    assert all(source.line_text(int(w.split(":")[1])).strip() for w in doc.warnings if w.split(":")[1].isdigit())


def test_a_spanish_signature_is_one_block_its_little_words_not_counted():
    """'Ministro de Tecnologías de la Información y las Comunicaciones': nine words, five in lower case, a position
    all the same ('de', 'la', 'y', 'las' are a name's little words), one block with the name over it."""
    blocks = _grouped(["Propuesta de la República de Colombia", "Bogotá D.C., 14 de diciembre de 2016", *BODY,
                       "David Luna Sánchez", "Ministro de Tecnologías de la Información y las Comunicaciones"])
    assert blocks[-1] == "David Luna Sánchez | Ministro de Tecnologías de la Información y las Comunicaciones"


def test_an_author_over_an_affiliation_of_several_names_is_one_by_line():
    blocks = _grouped(["What the Working Group can still agree on", "Nkechi Adeyemi",
                       "Research Fellow, Institute for Digital Policy Studies, University of Cape Town", *BODY])
    assert blocks[1] == ("Nkechi Adeyemi | Research Fellow, Institute for Digital Policy Studies, University of "
                         "Cape Town")
