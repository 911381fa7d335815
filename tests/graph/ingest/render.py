"""Render a corpus text as a user's PDF (fpdf2) or Word file (python-docx), for the reader tests.

The renderings look like the documents users bring: no Markdown marks; bold set in
bold; struck wording struck through (a line in the PDF, ``w:strike`` in Word);
bullets as bullet glyphs; in Word, numbered items use Word's automatic numbering
(the number is not in the text, only in ``numbering.xml``) and tab rows are tables.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

if TYPE_CHECKING:
    from fpdf import FPDF  # imported when a PDF is made (0.6 s): not when the tests are collected

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SUP_RE = re.compile(r"<sup>[^<]*</sup>|</?(?:ul|li|p|br)(?:\s[^<>]*)?/?>")
INDENT_RE = re.compile(r"^(\s*)(?:([-•*])\s+)?(?:(✓)\s*)?")
HEADING_RE = re.compile(r"^\s*(#{1,6})\s+")
AUTO_RE = re.compile(r"^(?:(\d{1,2})([.)])|\((\d{1,2})\)|([a-h])\))\s+(?=\S)")
RUN_RE = re.compile(r"~~(.+?)~~|\*\*(.+?)\*\*", re.S)


def _plain(text: str) -> str:
    return SUP_RE.sub("", text).replace("*", "")


# ---------------------------------------------------------------- PDF


def _pdf_font(pdf: FPDF, text: str, size: int) -> bool:
    """Helvetica, a PDF core font, for a text that Windows-1252 can write (as most WGEC documents in
    English, French or Spanish, typographic quotes and bullets included); DejaVu Sans, embedded, for
    any other (its TrueType files take ~0.1 s to read and subset each time)."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    else:
        pdf.core_fonts_encoding = "cp1252"
        pdf.set_font("helvetica", size=size)
        return True
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("body", "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("body", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.set_font("body", size=size)
        return True
    pdf.set_font("helvetica", size=size)  # core font: Latin-1 only
    return False


def blank_pdf(page: str = "A4") -> FPDF:
    """An empty fpdf2 document, for tests that draw their own PDF (fpdf2 is imported here, when a test
    runs, not when the tests are collected)."""
    from fpdf import FPDF

    return FPDF(format=page)


def to_pdf(text: str, path: Path, page: str = "A4") -> Path:
    """A PDF of the text, one paragraph per line, wrapped and paged by fpdf2, written to ``path``. The
    same text is rendered once per test process (fpdf2 takes 0.5-1.5 s for a bundled document, most of it
    line breaking and font subsetting); each call writes its own file."""
    path.write_bytes(_pdf_bytes(text, page))
    return path


@lru_cache(maxsize=32)
def _pdf_bytes(text: str, page: str = "A4") -> bytes:
    pdf = blank_pdf(page)  # "A5": a narrow page at 11 pt, where far more lines wrap
    unicode_font = _pdf_font(pdf, text, 10 if page == "A4" else 11)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for line in text.split("\n"):
        if not line.strip():
            pdf.ln(4)
            continue
        heading = HEADING_RE.match(line)
        body = line[heading.end():] if heading else line
        m = INDENT_RE.match(body)
        indent = len(m.group(1)) + (2 if m.group(2) or m.group(3) else 0)
        words = ("• " if m.group(2) or m.group(3) else "") + body[m.end():]
        words = SUP_RE.sub("", words).replace("--", "\\--").replace("__", "\\__")
        if heading:
            words = f"**{words.strip('* ')}**"
        words = re.sub(r"(?<!\*)\*(?!\*)", "", words).replace("\t", "    ")
        if not unicode_font:
            words = words.encode("latin-1", "replace").decode("latin-1")
        pdf.set_x(pdf.l_margin + 2.5 * indent)
        pdf.multi_cell(0, 5, words, markdown=True, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------- Word

ABSTRACTS = {  # abstractNumId -> (numFmt, lvlText) of level 0
    "10": ("decimal", "%1."), "11": ("decimal", "%1)"), "12": ("decimal", "(%1)"), "13": ("lowerLetter", "%1)")}


def _numbering_xml(doc: Document) -> None:
    numbering = doc.part.numbering_part.element
    for aid, (fmt, lvl_text) in ABSTRACTS.items():
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{lvl_text}"/></w:lvl></w:abstractNum>'))
    bullets = "".join(f'<w:lvl w:ilvl="{i}"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>'
                      for i in range(9))
    numbering.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="20">{bullets}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="200"><w:abstractNumId w:val="20"/></w:num>'))


class _Lists:
    """Word list instances: a new one (restarting at N) whenever a number does not follow on."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.next_id = 300
        self.current: dict[str, tuple[str, int]] = {}  # abstract -> (numId, last number)

    def num_for(self, abstract: str, number: int) -> str:
        num_id, last = self.current.get(abstract, ("", -9))
        if number != last + 1:
            self.next_id += 1
            num_id = str(self.next_id)
            self.doc.part.numbering_part.element.append(parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{number}"/></w:lvlOverride></w:num>'))
        self.current[abstract] = (num_id, number)
        return num_id


def _set_numbering(paragraph, num_id: str, ilvl: int) -> None:  # noqa: ANN001
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def _add_runs(paragraph, text: str) -> None:  # noqa: ANN001
    pos = 0
    for m in RUN_RE.finditer(text):
        if m.start() > pos:
            paragraph.add_run(_plain(text[pos:m.start()]))
        run = paragraph.add_run(_plain(m.group(1) or m.group(2)))
        run.font.strike, run.bold = bool(m.group(1)), bool(m.group(2))
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(_plain(text[pos:]))


def _auto_number(doc: Document, lists: _Lists, body: str, indent: int):  # noqa: ANN202
    m = AUTO_RE.match(body)
    if not m or indent:
        return None
    if m.group(1):
        abstract, number = ("10" if m.group(2) == "." else "11"), int(m.group(1))
    elif m.group(3):
        abstract, number = "12", int(m.group(3))
    else:
        abstract, number = "13", ord(m.group(4)) - ord("a") + 1
    paragraph = doc.add_paragraph()
    _set_numbering(paragraph, lists.num_for(abstract, number), 0)
    return paragraph, body[m.end():]


def _table(doc: Document, rows: list[str]) -> None:
    cells = [row.split("\t") for row in rows]
    table = doc.add_table(rows=len(cells), cols=max(len(c) for c in cells))
    for r, row in enumerate(cells):
        for c, raw in enumerate(row):
            cell = table.cell(r, c)
            items = [x.strip() for x in SUP_RE.sub(" ", raw).split("•")]
            cell.paragraphs[0].add_run(items[0])
            for item in items[1:]:
                if item:
                    _set_numbering(cell.add_paragraph(item), "200", 0)


def _line(doc: Document, lists: _Lists, line: str) -> None:
    heading = HEADING_RE.match(line)
    if heading:
        doc.add_heading(_plain(line[heading.end():]).strip("* "), level=min(len(heading.group(1)), 4))
        return
    m = INDENT_RE.match(line)
    indent, body = len(m.group(1)), line[m.end():]
    if m.group(2) or m.group(3):
        paragraph = doc.add_paragraph()
        _set_numbering(paragraph, "200", min(indent, 8))
    else:
        numbered = _auto_number(doc, lists, body, indent)
        paragraph, body = numbered if numbered else (doc.add_paragraph(), body)
    _add_runs(paragraph, body.strip())


def to_docx(text: str, path: Path, page_break_after: int | None = None, empty_paragraphs: bool = False) -> Path:
    """A Word file of the text: one paragraph per line; with ``page_break_after``, a hard
    page break after that many lines; with ``empty_paragraphs``, an empty paragraph for each blank line
    (an author who presses Enter twice), else none (one who leaves it to the style's spacing)."""
    doc = Document()
    _numbering_xml(doc)
    lists = _Lists(doc)
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if "\t" in lines[i].strip():
            j = i
            while j < len(lines) and "\t" in lines[j].strip():
                j += 1
            _table(doc, lines[i:j])
            i = j
            continue
        if lines[i].strip():
            _line(doc, lists, lines[i])
        elif empty_paragraphs and i and lines[i - 1].strip():
            doc.add_paragraph("")
        if page_break_after is not None and i + 1 == page_break_after:
            doc.add_page_break()
        i += 1
    doc.save(str(path))
    return path

