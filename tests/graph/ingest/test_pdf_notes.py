"""PDF footnotes: a PDF sets them as plain "1 Tunis Agenda ..." lines under the page's text,
which must not read as numbered proposals; the reference glued to a word is the note's."""
from __future__ import annotations

from pathlib import Path

from tests.graph.ingest.render import blank_pdf

from wgec.graph.build import build
from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document
from wgec.ontology.vocab import ID, WGEC

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ITEMS = [("The Working Group recommends that enhanced cooperation be pursued as in the Tunis Agenda", "1"),
         ("The IGF should be strengthened and funded by the United Nations", "2")]
NOTES = ["1 Tunis Agenda for the Information Society, paragraph 69. See also the outcome of the WSIS+10 "
         "review, resolution A/70/125 of the General Assembly, paragraph 65.",
         "2 Statement of Brazil at the third meeting."]


def pdf_with_notes(path: Path) -> Path:
    """Two numbered recommendations with raised note references, the notes in small type at the foot."""
    pdf = blank_pdf()
    pdf.add_page()
    if Path(FONT).exists():
        pdf.add_font("body", "", FONT)
        pdf.set_font("body", size=11)
    else:
        pdf.set_font("helvetica", size=11)
    for line in ("Contribution by Brazil", "Recommendations"):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    for n, (text, note) in enumerate(ITEMS, 1):
        pdf.write(6, f"{n}. {text}")
        pdf.char_vpos = "SUP"
        pdf.write(6, note)
        pdf.char_vpos = "LINE"
        pdf.write(6, ".")
        pdf.ln(10)
    pdf.set_y(-40)
    pdf.set_font_size(8)
    for note in NOTES:
        pdf.multi_cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_notes_are_not_proposals_and_references_leave_the_text(tmp_path):
    doc = parse_document(read_source(pdf_with_notes(tmp_path / "brazil.pdf")))
    assert [(i.number, i.text) for i in doc.all_items()] == [(str(n), f"{text}.") for n, (text, _) in
                                                              enumerate(ITEMS, 1)]
    text = doc.source.text
    assert "Agenda¹." in text and "¹ Tunis Agenda for the Information Society, paragraph 69. See also" in text
    assert "paragraph 65.\n² Statement of Brazil" in text  # a note wrapped over two lines is one line


def test_a_citation_in_a_pdf_note_reaches_the_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdf_with_notes(corpus / "brazil.pdf")
    g = build([corpus], run_validation=False).triples
    assert len([s for s, o in g.subject_objects(WGEC.inDocument) if "proposal/" in str(s)]) == 2
    assert str(ID["provision/tunis-agenda/69"]) in {str(o) for _, o in g.subject_objects(WGEC.cites)}
