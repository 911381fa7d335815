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



CONTRIBUTION = Path(__file__).parents[2] / "fixtures" / "unseen" / "argentina-word-multilevel.docx"
# (level, text) of each numbered paragraph under its heading: one Word list, numbered on across headings
SECTIONS = {
    "I. Introduction": [
        (0, "Argentina thanks the Chair of the Working Group on Enhanced Cooperation for the opportunity to "
            "present its views on the guiding questions agreed at the first meeting."),
        (0, "Argentina took an active part in the first Working Group on Enhanced Cooperation (2013-2014) and in "
            "the WSIS+10 review."),
    ],
    "II. Characteristics of enhanced cooperation": [
        (0, "In the view of Argentina, enhanced cooperation as described in paragraph 69 of the Tunis Agenda "
            "should allow governments, on an equal footing, to carry out their roles and responsibilities in "
            "international public policy issues pertaining to the Internet."),
        (0, "It should be inclusive, transparent and respectful of the roles of all stakeholders, as recalled in "
            "paragraph 35 of the Tunis Agenda."),
    ],
    "III. Recommendations": [
        (0, "The Working Group should recommend that the General Assembly:"),
        (1, "request the CSTD to keep enhanced cooperation on its agenda as a standing item;"),
        (1, "invite the specialized agencies to strengthen the participation of developing countries in their "
            "Internet-related work, including through remote participation;"),
        (2, "with a particular attention to the countries of Latin America and the Caribbean, "
            "whose participation remains low."),
        (0, "The IGF should remain the main multistakeholder forum for dialogue on Internet governance, and its "
            "mandate should be strengthened."),
    ],
}
LEVELS = [("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")]


def _multilevel_list(document) -> str:
    """A new list in numbering.xml (an abstract list of three levels and an instance of it): its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate(LEVELS))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="20"><w:multiLevelType '
                         f'w:val="multilevel"/>{levels}</w:abstractNum>')
    numbering.insert(0, abstract)  # abstract lists come before the instances
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="20"><w:abstractNumId w:val="20"/></w:num>'))
    return "20"


def _number(paragraph, num_id: str, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def write_contribution(path: Path = CONTRIBUTION) -> Path:
    """A government's contribution in Word: a Spanish title and date over an English body, paragraphs
    numbered by one multilevel list ('1.', '(a)', '(i)') that runs on across the section headings."""
    from docx import Document

    d = Document()
    num_id = _multilevel_list(d)
    for line in ("República Argentina", "Ministerio de Relaciones Exteriores y Culto"):
        d.add_paragraph(line)
    d.add_heading("Contribución de la República Argentina al Grupo de Trabajo sobre Cooperación Reforzada", level=1)
    d.add_paragraph("Buenos Aires, 15 de marzo de 2017")
    d.add_paragraph("Unofficial translation")
    for heading, paragraphs in SECTIONS.items():
        d.add_heading(heading, level=2)
        for level, text in paragraphs:
            _number(d.add_paragraph(text), num_id, level)
    d.core_properties.author = "MRECIC"
    d.core_properties.title = ""
    d.save(str(path))
    return path


TABLE_RESPONSE = Path(__file__).parents[2] / "fixtures" / "unseen" / "south-africa-word-table.docx"
# (guiding question, paragraphs of the response) of each row of the table
ANSWERS = [
    ("1. What are the high level characteristics of enhanced cooperation?",
     ["Enhanced cooperation should enable governments, on an equal footing, to carry out their roles and "
      "responsibilities in international public policy issues pertaining to the Internet, as set out in paragraph "
      "69 of the Tunis Agenda.",
      "It should be transparent, democratic and multilateral, with the full involvement of all stakeholders in "
      "their respective roles."]),
    ("2. Taking into consideration the work of the previous WGEC, particularly the mapping exercise, what kind of "
     "recommendations should we consider?",
     ["The WGEC should recommend the establishment of an intergovernmental platform, under the auspices of the "
      "United Nations, to address international public policy issues pertaining to the Internet."]),
    ("3. What is the role of stakeholders in enhanced cooperation?",
     ["Stakeholders should participate in accordance with their respective roles and responsibilities, as "
      "described in paragraph 35 of the Tunis Agenda."]),
    ("4. How can developing countries be assisted to participate in enhanced cooperation?", []),
    ("5. Do you have any other comments?",
     ["South Africa looks forward to a successful conclusion of the work of the Group."]),
]


def write_table_response(path: Path = TABLE_RESPONSE) -> Path:
    """A government's response in Word: a letterhead, a title, a place and date, a sentence, and a real
    two-column table, 'Guiding question | Response', one row per question, an answer of one or more
    paragraphs in its cell (one left empty)."""
    from docx import Document

    d = Document()
    for line in ("Republic of South Africa", "Department of Telecommunications and Postal Services"):
        d.add_paragraph(line)
    d.add_heading("Input of South Africa to the Working Group on Enhanced Cooperation: responses to the guiding "
                  "questions", level=1)
    d.add_paragraph("Pretoria, 2 December 2016")
    d.add_paragraph("South Africa welcomes the call for inputs issued by the CSTD secretariat and sets out its "
                    "responses to the guiding questions in the table below.")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Guiding question", "Response of South Africa"
    for question, paragraphs in ANSWERS:
        row = table.add_row()
        row.cells[0].text = question
        for i, text in enumerate(paragraphs):
            if i == 0:
                row.cells[1].text = text
            else:
                row.cells[1].add_paragraph(text)
    d.core_properties.author = "DTPS"
    d.core_properties.title = ""
    d.save(str(path))
    return path


if __name__ == "__main__":
    print(write_report(), write_contribution(), write_table_response())
