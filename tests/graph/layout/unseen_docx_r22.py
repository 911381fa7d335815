"""Round 22's Word documents among the unseen fixtures, made with python-docx with Word's own features
(the 'List Number', 'List Number 2', 'List Bullet' and 'List Bullet 2' styles, 'Heading 1/2', a real table,
bold run-in labels, superscript note marks, a page header and footer).
``python -m tests.graph.layout.unseen_docx_r22`` writes them again.
"""
from __future__ import annotations

from pathlib import Path

UNSEEN = Path(__file__).parents[2] / "fixtures" / "unseen"
CTO = UNSEEN / "r22-cto-word-footnotes.docx"
CENTR = UNSEEN / "r22-centr-header-questions.docx"


def _superscript(paragraph, mark: str) -> None:
    paragraph.add_run(mark).font.superscript = True


def _labelled(document, style: str, label: str, text: str):
    """A list paragraph opening with a bold run-in label ('Capacity building.') before its text."""
    p = document.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def write_cto(path: Path = CTO) -> Path:
    """An intergovernmental organisation's contribution in Word: a letterhead of two lines, the title as
    'Heading 1', a date with an ordinal day, sections under 'Heading 2', note marks in superscript with the
    notes at the foot, an 'Issue | Organisations' table, recommendations in 'List Number' with bold run-in
    labels and 'List Bullet 2' sub-items, a signature."""
    from docx import Document

    d = Document()
    d.add_paragraph("Commonwealth Telecommunications Organisation")
    d.add_paragraph("64-66 Glenthorne Road, London W6 0LR, United Kingdom")
    d.add_heading("Contribution of the Commonwealth Telecommunications Organisation to the Working Group on "
                  "Enhanced Cooperation", level=1)
    d.add_paragraph("London, 30th January 2017")
    d.add_heading("Introduction", level=2)
    p = d.add_paragraph("The Commonwealth Telecommunications Organisation (CTO) is an intergovernmental "
                        "organisation of 40 member countries, working with governments, regulators, operators and "
                        "civil society on information and communication technologies for development.")
    _superscript(p, "1")
    d.add_paragraph("The CTO welcomes the call for inputs of the CSTD secretariat and submits this contribution in "
                    "response to the guiding questions agreed by the Working Group at its first meeting, held in "
                    "Geneva on 26 and 27 September 2016.")
    d.add_heading("Enhanced cooperation in the Commonwealth", level=2)
    p = d.add_paragraph("Commonwealth ICT ministers have repeatedly recalled the commitment to enhanced cooperation "
                        "in paragraph 69 of the Tunis Agenda")
    _superscript(p, "2")
    p.add_run(", and the role of all stakeholders described in its paragraph 35.")
    d.add_paragraph("The table below shows where the public policy issues our members raise most often are "
                    "addressed today.")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text, header[1].text = "Issue raised by members", "Organisations and forums"
    for cell in header:
        cell.paragraphs[0].runs[0].bold = True
    for issue, names in [("Cybersecurity and cybercrime", "ITU, Council of Europe"),
                         ("Spectrum management", "ITU"),
                         ("Domain names", "ICANN"),
                         ("Internet policy dialogue", "Internet Governance Forum (IGF)")]:
        row = table.add_row().cells
        row[0].text, row[1].text = issue, names
    d.add_heading("Recommendations", level=2)
    _labelled(d, "List Number", "Capacity building.",
              "The Working Group should recommend a programme of capacity building for policy makers and regulators "
              "from small and developing Commonwealth states, delivered with the regional organisations.")
    _labelled(d, "List Number", "Participation.",
              "Intergovernmental organisations should make remote participation available in all their meetings on "
              "Internet-related public policy, and should publish their documents in good time:")
    d.add_paragraph("consultation documents at least six weeks before a meeting;", style="List Bullet 2")
    d.add_paragraph("outcome documents within two weeks after it.", style="List Bullet 2")
    _labelled(d, "List Number", "Regional dimension.",
              "The CSTD should invite regional intergovernmental organisations, including the CTO, to report on "
              "their contribution to enhanced cooperation.")
    d.add_paragraph("The CTO stands ready to support the Working Group in its work.")
    d.add_paragraph("Adebayo Cole")
    d.add_paragraph("Secretary-General")
    d.add_paragraph("_______________")
    for mark, note in [("1", "The CTO was founded in 1901 and became an intergovernmental organisation in 2002."),
                       ("2", "Tunis Agenda for the Information Society, WSIS-05/TUNIS/DOC/6(Rev.1)-E, 18 November "
                             "2005.")]:
        p = d.add_paragraph()
        _superscript(p, mark)
        p.add_run(" " + note)
    d.core_properties.author = "CTO"
    d.core_properties.title = ""
    d.save(str(path))
    return path


QUESTIONS = [
    ("What are the high level characteristics of enhanced cooperation?",
     ["Enhanced cooperation is already happening in the many organisations where governments and other "
      "stakeholders work together on Internet public policy. In our view it has these characteristics:"],
     ["It is open to all stakeholders, in their respective roles.",
      "It builds on existing institutions rather than creating new ones."]),
    ("Taking into consideration the work of the previous WGEC, particularly the mapping exercise, what kind of "
     "recommendations should we consider?",
     ["The Working Group should recommend that the 2014 mapping of international public policy issues be kept up "
      "to date by the CSTD secretariat.",
      "ccTLD registries take part in ICANN through the Country Code Names Supporting Organization (ccNSO) and in "
      "the IGF, and set their policies locally with their national Internet communities."], []),
    ("What is the role of stakeholders in enhanced cooperation?",
     ["Each stakeholder group should take part in accordance with its respective role, as set out in paragraph 35 "
      "of the Tunis Agenda."], []),
    ("How can developing countries be assisted to participate in enhanced cooperation?", [], []),
    ("Do you have any other comments?",
     ["CENTR would welcome the opportunity to present its views at a future meeting of the Working Group."], []),
]


def write_centr(path: Path = CENTR) -> Path:
    """A technical-community association's answers in Word, its name only in the page header and footer
    and in its text: the guiding questions as one 'List Number' list in italics (numbered on across the
    answers between them), answers in plain paragraphs and 'List Bullet' bullets, one question unanswered,
    a date 'Jan.' abbreviated."""
    from docx import Document

    d = Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "CENTR – Council of European National Top-Level Domain Registries"
    section.footer.paragraphs[0].text = "CENTR vzw/asbl | Belliardstraat 20 | 1040 Brussels | Belgium | www.centr.org"
    d.add_heading("Input to the guiding questions of the Working Group on Enhanced Cooperation", level=1)
    d.add_paragraph("27 Jan. 2017")
    d.add_paragraph("CENTR is the association of European country code top-level domain (ccTLD) registries. This "
                    "input was prepared by the CENTR secretariat together with the members of its policy working "
                    "group.")
    for question, answers, bullets in QUESTIONS:
        q = d.add_paragraph(style="List Number")
        q.add_run(question).italic = True
        for text in answers:
            d.add_paragraph(text)
        for text in bullets:
            d.add_paragraph(text, style="List Bullet")
    d.core_properties.author = "CENTR"
    d.core_properties.title = ""
    d.save(str(path))
    return path


if __name__ == "__main__":
    print(write_cto(), write_centr())
