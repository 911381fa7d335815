"""The Word document among the unseen fixtures, made with python-docx the way the UN's templates make
one (a header table with the symbol and date, automatic paragraph numbers from the "List Number"
style, headings, an annex table).  ``python -m tests.graph.layout.unseen_docx`` writes it again.
"""
from __future__ import annotations

from pathlib import Path

REPORT = Path(__file__).parents[2] / "fixtures" / "unseen" / "wgec-session-report.docx"

PARAGRAPHS = {
    "I. Organizational matters": [
        "The fourth session of the Working Group on Enhanced Cooperation was held in Geneva from 9 to 11 October "
        "2017. It was opened by the Chair, Mr. Benedicto Fonseca Filho (Brazil).",
        "At its first meeting, on 9 October 2017, the Working Group adopted its provisional agenda.",
    ],
    "II. Consideration of the draft recommendations": [
        "Several delegations stressed that a new intergovernmental body should be established to address "
        "international public policy issues pertaining to the Internet, and recalled paragraph 69 of the Tunis "
        "Agenda.",
        "Other participants were of the view that existing institutions should be strengthened and that no new "
        "body was needed.",
        "The representative of the Internet Society proposed that the Working Group recommend a mapping of the "
        "existing mechanisms of cooperation.",
    ],
    "III. Outcome of the session": [
        "The Working Group agreed to request the Chair to prepare a revised draft of the recommendations for "
        "consideration at its fifth meeting, to be held in January 2018.",
        "The Working Group adopted the present report ad referendum and authorized the Chair to finalize it.",
    ],
}
PARTICIPANTS = [("Member States", "Brazil, China, Egypt, India, Mexico, Sweden, Switzerland, United States of America"),
                ("Other stakeholders", "Association for Progressive Communications, ICC BASIS, Internet Society")]


def write_report(path: Path = REPORT) -> Path:
    from docx import Document  # a dev dependency: imported when the document is made

    d = Document()
    head = d.add_table(rows=1, cols=2)
    head.cell(0, 0).text = "United Nations"
    head.cell(0, 1).text = "E/CN.16/2018/CRP.2\nDistr.: General\n3 November 2017\nOriginal: English"
    d.add_paragraph("Commission on Science and Technology for Development")
    d.add_paragraph("Working Group on Enhanced Cooperation\nFourth session\nGeneva, 9-11 October 2017")
    d.add_heading("Report of the Working Group on Enhanced Cooperation on its fourth session", level=1)
    for heading, paragraphs in PARAGRAPHS.items():
        d.add_heading(heading, level=2)
        if heading.startswith("II."):
            d.add_paragraph("Agenda item 3")
        for text in paragraphs:
            d.add_paragraph(text, style="List Number")
    d.add_heading("Annex", level=2)
    d.add_paragraph("List of participants")
    table = d.add_table(rows=0, cols=2)
    for group, names in PARTICIPANTS:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = group, names
    d.core_properties.author = "UNCTAD"
    d.core_properties.title = ""
    d.save(str(path))
    return path


if __name__ == "__main__":
    print(write_report())
