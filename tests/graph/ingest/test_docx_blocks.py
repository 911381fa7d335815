"""Word authors part blocks in two ways: empty paragraphs (Enter pressed twice) or a style's spacing.
With empty paragraphs, a paragraph right under another is the next line of the same block ("Guiding
question 1" over its question), as in the corpus texts; with none, every paragraph is a block."""
from __future__ import annotations

import pytest
from docx import Document
from tests.graph.ingest.render import to_docx
from tests.graph.layout.test_unseen import UNSEEN, _missed

from wgec.graph.ingest.formats import extract

# question labels over their questions, an e-mail's header lines, a title over three lines, bold lead-ins
BLOCKED = ["tunisia-repeated-questions.txt", "email-quoted-reply.txt", "coalition-letter-countries.txt",
           "icann-letter-to-chair.txt", "company-bold-leads.txt"]


@pytest.mark.parametrize("name", BLOCKED)
def test_the_same_facts_from_a_word_file_with_empty_paragraphs(tmp_path, name):
    docx = to_docx((UNSEEN / name).read_text(encoding="utf-8"), tmp_path / f"{name[:-4]}.docx", empty_paragraphs=True)
    assert _missed(docx, name[:-4]) == []


# every paragraph a block of its own (the style spaces them): the layout groups again the header fields, the names
# under a closing or ending the text, the address lines, a by-line, a question's label and a title over several lines
# (layout/spacing.py)
STYLE_SPACED = ["email-quoted-reply.txt", "coalition-letter-countries.txt", "icann-letter-to-chair.txt",
                "academic-references.txt", "unesco-signature-block.txt", "igo-margin-numbers.txt",
                "senegal-contribution-fr.txt", "tunisia-repeated-questions.txt",
                "academic-email.txt", "afrinic-pilcrow-letter.txt"]


@pytest.mark.parametrize("name", STYLE_SPACED)
def test_the_same_facts_from_a_word_file_spaced_by_its_style(tmp_path, name):
    docx = to_docx((UNSEEN / name).read_text(encoding="utf-8"), tmp_path / f"{name[:-4]}.docx")
    assert _missed(docx, name[:-4]) == []


def _word(tmp_path, paragraphs: list[str]) -> str:
    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(tmp_path / "w.docx"))
    return extract(tmp_path / "w.docx").text


def test_empty_paragraphs_part_blocks_and_lines_under_each_other_stay_together(tmp_path):
    text = _word(tmp_path, ["Guiding question 1", "What is it?", "", "It is a process.", "", "", "Annex"])
    assert text == "Guiding question 1\nWhat is it?\n\nIt is a process.\n\nAnnex\n"


def test_without_empty_paragraphs_each_paragraph_is_a_block(tmp_path):
    text = _word(tmp_path, ["Guiding question 1", "What is it?", "It is a process.", "", "Annex"])
    assert text == "Guiding question 1\n\nWhat is it?\n\nIt is a process.\n\nAnnex\n"  # one empty: the style spaces


def test_a_bold_lead_in_is_marked_and_bold_inside_a_sentence_is_not(tmp_path):
    doc = Document()
    lead = doc.add_paragraph()
    lead.add_run("Strengthen the IGF.").bold = True
    lead.add_run(" The WGEC ")
    lead.add_run("must").bold = True
    lead.add_run(" say so.")
    doc.add_paragraph().add_run("Our recommendations").bold = True
    doc.save(str(tmp_path / "b.docx"))
    assert extract(tmp_path / "b.docx").text == \
        "**Strengthen the IGF.** The WGEC must say so.\n\n**Our recommendations**\n"
