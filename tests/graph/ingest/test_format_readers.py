"""Each format reader on small files made here: the text it gives, numbering, strikes, pages."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from PIL import Image
from tests.graph.ingest.render import blank_pdf, to_docx, to_pdf

from wgec.errors import DocumentReadError
from wgec.graph.ingest.docx import read_docx
from wgec.graph.ingest.formats import extract
from wgec.graph.ingest.html import read_html
from wgec.graph.ingest.pdf import drop_furniture, read_pdf
from wgec.graph.ingest.source import read_source
from wgec.graph.ingest.text import read_text

# ---------------------------------------------------------------- PDF


def test_pdf_keeps_reading_order_paragraph_breaks_and_pages(tmp_path):
    lines = [f"{n}. Recommendation number {n} asks the Working Group to act on item {n}." for n in range(1, 121)]
    pdf = to_pdf("\n\n".join(lines), tmp_path / "long.pdf")
    got = read_pdf(pdf, pdf.read_bytes())
    text_lines = got.text.splitlines()
    numbered = [line for line in text_lines if line[:1].isdigit()]
    assert [line.split(".")[0] for line in numbered] == [str(n) for n in range(1, 121)]
    assert "" in text_lines  # paragraphs stay apart
    assert got.media_type == "application/pdf" and len(got.page_starts) >= 3
    last = text_lines.index(numbered[-1]) + 1
    assert got.page_of_line(1) == 1 and got.page_of_line(last) == len(got.page_starts)


def test_pdf_drops_page_numbers_and_running_headers():
    pages = [["WGEC report", "body one", "1"], ["WGEC report", "body two", "Page 2 of 3"],
             ["WGEC report", "body three", "- 3 -"]]
    assert drop_furniture(pages) == [["body one"], ["body two"], ["body three"]]


def _encrypted_pdf(path: Path, user_password: str, text: str) -> Path:
    pdf = blank_pdf()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.cell(text=text)
    pdf.output(str(path))
    return path


def test_encrypted_pdf_is_refused_with_the_reason(tmp_path):
    path = _encrypted_pdf(tmp_path / "locked.pdf", "secret", "Recommendation 1: keep this secret.")
    with pytest.raises(DocumentReadError, match="encrypted PDF"):
        read_pdf(path, path.read_bytes())


def test_pdf_with_an_empty_user_password_is_read(tmp_path):
    path = _encrypted_pdf(tmp_path / "protected.pdf", "", "Recommendation 1: print but do not copy.")
    assert "Recommendation 1: print but do not copy." in read_pdf(path, path.read_bytes()).text


def test_image_only_pdf_needs_ocr(tmp_path):
    image = io.BytesIO()
    Image.new("L", (200, 100), color=200).save(image, format="PNG")
    pdf = blank_pdf()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=100)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    with pytest.raises(DocumentReadError, match="image-only PDF"):
        read_pdf(path, path.read_bytes())


def test_garbage_with_a_pdf_name_is_not_a_readable_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    with pytest.raises(DocumentReadError, match="not a readable PDF|PDF has no"):
        read_pdf(path, path.read_bytes())


# ---------------------------------------------------------------- Word

NUMBERING = """<w:numbering {ns}>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="2">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%1"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>"""


def _numbered(doc, text: str, num_id: int, ilvl: int = 0):  # noqa: ANN001, ANN202
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def test_docx_rebuilds_word_numbering_strikes_and_tables(tmp_path):
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for child in parse_xml(NUMBERING.format(ns=nsdecls("w"))):
        numbering.append(child)
    doc.add_heading("Recommendations", level=2)
    _numbered(doc, "First recommendation.", 1)
    second = _numbered(doc, "Second, with parts: ", 1)
    struck = second.add_run("old wording")
    struck.font.strike = True
    second.add_run(" new wording")
    _numbered(doc, "part one", 1, 1)
    _numbered(doc, "detail", 1, 2)
    _numbered(doc, "part two", 1, 1)
    _numbered(doc, "Third recommendation.", 1)
    _numbered(doc, "A bullet.", 2)
    _numbered(doc, "Restarted at seven.", 3)
    tracked = doc.add_paragraph("Kept ")
    tracked._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="x"><w:r><w:delText>deleted</w:delText>'
                                f'</w:r></w:del>'))
    tracked._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="x"><w:r><w:t> inserted</w:t></w:r></w:ins>'))
    moved = doc.add_paragraph()  # a tracked move: where it went, then struck where it was
    moved._p.append(parse_xml(f'<w:moveTo {nsdecls("w")} w:id="3" w:author="x"><w:r><w:t>good faith; </w:t></w:r>'
                              f'</w:moveTo>'))
    moved.add_run("diversity; ")
    moved._p.append(parse_xml(f'<w:moveFrom {nsdecls("w")} w:id="4" w:author="x"><w:r><w:t>good faith</w:t></w:r>'
                              f'</w:moveFrom>'))
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Levels", "UN agencies"
    table.cell(1, 0).text, table.cell(1, 1).text = "Content level", "UNESCO, UNCTAD"
    path = tmp_path / "numbered.docx"
    doc.save(str(path))
    got = read_docx(path, path.read_bytes())
    assert got.text.splitlines() == [
        "## Recommendations", "",
        "1. First recommendation.", "",
        "2. Second, with parts: ~~old wording~~ new wording", "",
        "  (a) part one", "",
        "    i) detail", "",
        "  (b) part two", "",
        "3. Third recommendation.", "",
        "- A bullet.", "",
        "7. Restarted at seven.", "",
        "Kept ~~deleted~~ <ins>inserted</ins>", "",
        "good faith; diversity; ~~good faith~~", "",
        "Levels\tUN agencies",
        "Content level\tUNESCO, UNCTAD",
    ]
    assert got.page_starts == ()  # no page breaks recorded: pages unknown


def test_docx_pages_come_from_page_breaks(tmp_path):
    path = to_docx("Cover page\n\nSubmitted by Japan\n\n1. A recommendation on page two.", tmp_path / "paged.docx",
                   page_break_after=3)
    got = read_docx(path, path.read_bytes())
    lines = got.text.splitlines()
    n = lines.index("1. A recommendation on page two.") + 1
    assert got.page_of_line(1) == 1 and got.page_of_line(n) == 2


def test_old_or_protected_word_file_is_refused(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(DocumentReadError, match="password-protected or old-format"):
        read_docx(path, path.read_bytes())
    path.write_bytes(b"not a zip at all")
    with pytest.raises(DocumentReadError, match="not a readable Word"):
        read_docx(path, path.read_bytes())


# ---------------------------------------------------------------- HTML

PAGE = """<!doctype html><html><head><title>Ignored</title><style>p { color: red }</style>
<script>document.write("ignored")</script></head><body>
<h1>Comments on the Chair&#8217;s draft</h1>
<p>Submitted by <b>Japan</b></p>
<ol><li>First <del>old</del> new</li><li>Second<ul><li>sub a</li>
<li>sub <span style="text-decoration: line-through">b</span></li></ul></li></ol>
<ol type="a" start="3"><li>third</li><li value="7">seventh</li></ol>
<table><tr><th>Levels</th><th>Focus area</th></tr>
<tr><td>Content</td><td><ul><li>Ethics</li><li>Privacy</li></ul></td></tr></table>
<p>Text&nbsp;with &amp; entity<br>and a <s>struck</s> break<sup>1</sup></p>
</body></html>"""


def test_html_blocks_lists_tables_and_strikes(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    assert read_html(path, path.read_bytes()).text.splitlines() == [
        "# Comments on the Chair’s draft", "",
        "Submitted by Japan", "",
        "1. First ~~old~~ new",
        "2. Second",
        "  - sub a",
        "  - sub ~~b~~", "",
        "c. third",
        "g. seventh", "",
        "Levels\tFocus area",
        "Content\t• Ethics • Privacy", "",
        "Text with & entity",
        "and a ~~struck~~ break<sup>1</sup>",
    ]


def test_html_in_windows_1252_is_decoded(tmp_path):
    path = tmp_path / "old.htm"
    path.write_bytes("<p>Caf\u00e9 \u201cquoted\u201d</p>".encode("cp1252"))
    assert read_html(path, path.read_bytes()).text == "Café “quoted”\n"


# ---------------------------------------------------------------- text and dispatch


def test_text_readers_and_unknown_extension(tmp_path):
    utf16 = tmp_path / "notepad.txt"
    utf16.write_bytes("Submitted by\r\nJapan\r\n".encode("utf-16"))
    assert read_text(utf16, utf16.read_bytes()).text == "Submitted by\nJapan\n"
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(bytes(range(256)) * 16)
    with pytest.raises(DocumentReadError, match="binary file"):
        extract(garbage)
    with pytest.raises(DocumentReadError, match="unknown format '.xyz'"):
        extract(tmp_path / "notes.xyz", b"hello")


def test_read_source_keeps_the_file_digest_and_pages(tmp_path):
    pdf = to_pdf("1. One recommendation.\n", tmp_path / "one.pdf")
    source = read_source(pdf)
    assert source.media_type == "application/pdf" and source.page_of(0) == 1
    import hashlib

    assert source.file_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest() != source.sha256





def test_a_page_of_unclosed_lists_is_read_in_one_pass(tmp_path):
    """20,000 lists opened and never closed (a broken or hostile page): every item is read, indented at
    most 40 levels (it was a line of up to 40,000 spaces each: 1.2 GB and minutes), struck text still seen."""
    from wgec.graph.ingest.html import MAX_INDENT

    page = "<html><body><h1>Views</h1>" + "<ul><li>x" * 20_000 + "<del>gone</del></body></html>"
    path = tmp_path / "lists.html"
    path.write_text(page, encoding="utf-8")
    lines = [line for line in read_html(path, path.read_bytes()).text.splitlines() if line.strip()]
    items = [line for line in lines if line.lstrip().startswith("- x")]
    assert len(items) == 20_000
    assert max(len(line) - len(line.lstrip()) for line in items) == 2 * MAX_INDENT
    assert lines[-1].endswith("~~gone~~")
