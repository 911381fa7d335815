"""A note verbale transmitting a contribution: the mission's state submits, the note (opening, closing,
date, addressee, "Enclosure") is front matter, the enclosure's title is the document's; a last numbered
paragraph of courtesy ("X stands ready to ...") proposes nothing."""
from __future__ import annotations

import datetime as dt
import textwrap

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document

NOTE = ("PERMANENT MISSION OF THE REPUBLIC OF KENYA\nGENEVA\n\n"
        "The Permanent Mission of the Republic of Kenya to the United Nations Office at Geneva presents its "
        "compliments to the CSTD secretariat and has the honour to transmit herewith the views of Kenya.\n\n"
        "The Permanent Mission of the Republic of Kenya avails itself of this opportunity to renew to the CSTD "
        "secretariat the assurances of its highest consideration.\n\n"
        "Geneva, 2 February 2017\n\nCSTD secretariat\nPalais des Nations\n\nEnclosure\n\n"
        "Views of Kenya on enhanced cooperation\n\n"
        "1. The CSTD should hold an annual consultation on enhanced cooperation.\n\n"
        "2. Kenya stands ready to work with all stakeholders.\n")


def test_a_note_verbale_sends_its_state_s_contribution():
    doc = parse_document(SourceFile.from_text("note.txt", NOTE))
    assert (doc.title, [a.name for a in doc.submitters], doc.date) == (
        "Views of Kenya on enhanced cooperation", ["Republic of Kenya"], dt.date(2017, 2, 2))
    assert [i.text for i in doc.all_items()] == ["The CSTD should hold an annual consultation on enhanced "
                                                 "cooperation."]


def test_a_view_expressed_elsewhere_is_not_the_author_s_recommendation():
    """Under a heading that announces no proposals, a numbered paragraph agreeing with a view expressed in
    an instrument ('... that all governments should ...') does not recommend."""
    text = NOTE.replace("1. The CSTD", "General views\n\n1. Kenya shares the view expressed in paragraph 68 of the "
                        "Tunis Agenda that all governments should have an equal role.\n\n"
                        "Recommendations\n\n2. The CSTD")
    doc = parse_document(SourceFile.from_text("note.txt", text))
    assert [i.key for i in doc.all_items()] == ["2"]


def test_a_note_wrapped_over_lines_as_in_a_pdf_is_read_the_same():
    wrapped = "\n".join("\n".join(textwrap.wrap(p, 40)) for p in NOTE.split("\n"))
    doc = parse_document(SourceFile.from_text("note.txt", wrapped))
    assert (doc.title, [a.name for a in doc.submitters]) == ("Views of Kenya on enhanced cooperation",
                                                             ["Republic of Kenya"])
    assert [i.key for i in doc.all_items()] == ["1"]  # the courtesy, wrapped too, is no proposal
