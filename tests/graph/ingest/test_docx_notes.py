"""Word footnotes and endnotes: numbered where the text refers to them, their text after the body,
so a citation in a note is read (python-docx itself does not open the notes' parts)."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

from docx import Document
from rdflib import Literal

from wgec.graph.build import build
from wgec.graph.ingest.source import read_source
from wgec.ontology.vocab import ID, WGEC

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NOTES = {"footnotes": ("footnote", ["Tunis Agenda for the Information Society, paragraph 69.",
                                    "Deputy Permanent Representative of Brazil."]),
         "endnotes": ("endnote", ["See also the WSIS+10 outcome document."])}


def _notes_xml(kind: str, texts: list[str]) -> str:
    separator = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
                 f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                 f'</w:r></w:p></w:{kind}>')
    notes = "".join(f'<w:{kind} w:id="{i}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {t}'
                    f'</w:t></w:r></w:p></w:{kind}>' for i, t in enumerate(texts, 1))
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind}s xmlns:w="{W_NS}">' \
           f'{separator}{notes}</w:{kind}s>'


def docx_with_notes(path: Path) -> Path:
    """A contribution whose first recommendation refers to footnote 2 before footnote 1 (Word numbers
    notes as the text meets them) and whose second refers to an endnote."""
    doc = Document()
    doc.add_paragraph("Contribution by Brazil")
    doc.add_paragraph("Submitted by")
    doc.add_paragraph("Brazil")
    doc.add_paragraph("5 December 2016")
    doc.add_paragraph("Recommendations")
    doc.add_paragraph("1. The Working Group recommends that enhanced cooperation be pursued{fn:2}, as the "
                      "Ambassador said{fn:1}.")
    doc.add_paragraph("2. The IGF should be strengthened{en:1}.")
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    body = re.sub(r"\{(fn|en):(\d)\}", lambda m: (
        f'</w:t></w:r><w:r><w:{"footnote" if m.group(1) == "fn" else "endnote"}Reference w:id="{m.group(2)}"/>'
        f'</w:r><w:r><w:t xml:space="preserve">'), body)
    parts["word/document.xml"] = body.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    for name, (kind, texts) in NOTES.items():
        parts[f"word/{name}.xml"] = _notes_xml(kind, texts).encode("utf-8")
        rels = rels.replace("</Relationships>", f'<Relationship Id="rId{name}" Type="{R_NS}/{name}" '
                                                f'Target="{name}.xml"/></Relationships>')
        types = types.replace("</Types>", f'<Override PartName="/word/{name}.xml" ContentType="application/'
                                          f'vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml"/></Types>')
    parts["word/_rels/document.xml.rels"], parts["[Content_Types].xml"] = rels.encode(), types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_notes_are_numbered_as_referred_to_and_follow_the_body(tmp_path):
    text = read_source(docx_with_notes(tmp_path / "brazil.docx")).text
    assert "be pursued¹, as the Ambassador said²." in text
    assert "strengthened³." in text
    lines = [line for line in text.splitlines() if line and line[0] in "¹²³"]
    assert lines == ["¹ Deputy Permanent Representative of Brazil.",
                     "² Tunis Agenda for the Information Society, paragraph 69.",
                     "³ See also the WSIS+10 outcome document."]


def test_a_citation_in_a_footnote_reaches_the_graph(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    docx_with_notes(corpus / "brazil.docx")
    g = build([corpus], run_validation=False).triples
    proposals = [s for s, o in g.subject_objects(WGEC.inDocument) if "proposal/" in str(s)]
    assert len(proposals) == 2  # the notes are not proposals
    cited = {str(o) for _, o in g.subject_objects(WGEC.cites)}
    assert str(ID["provision/tunis-agenda/69"]) in cited


def test_a_note_mark_typed_in_superscript_is_a_note_mark_and_the_name_before_it_is_cited(tmp_path):
    """An author who types the note's number and sets it in superscript (no Word footnote): "Tunis Agenda²" is
    the Tunis Agenda and a note mark, not "Tunis Agenda2"; the signer a blank paragraph above the position signs."""
    doc = Document()
    doc.add_paragraph("Contribution of the Commonwealth Telecommunications Organisation (CTO) to the WGEC")
    p = doc.add_paragraph("1. The WGEC should implement paragraph 69 of the Tunis Agenda")
    p.add_run("2").font.superscript = True
    p.add_run(".")
    for text in ("The CTO stands ready to support the Working Group.", "Adebayo Cole", "Secretary-General"):
        doc.add_paragraph(text)
    path = tmp_path / "cto.docx"
    doc.save(str(path))
    assert "Tunis Agenda²." in read_source(path).text
    g = build([path], run_validation=False).graph
    assert (None, WGEC.cites, None) in g
    assert any("Adebayo Cole" in str(o) for s in g.objects(None, WGEC.deliveredBy) for o in g.objects(s, None))


def test_the_organisation_named_only_in_the_page_header_submits_and_is_found_by_its_acronym(tmp_path):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "CENTR – Council of European National Top-Level Domain Registries"
    doc.add_heading("Input to the guiding questions of the Working Group on Enhanced Cooperation", level=1)
    doc.add_paragraph("27 Jan. 2017")
    doc.add_paragraph("1. The WGEC should build on existing institutions.")
    path = tmp_path / "centr.docx"
    doc.save(str(path))
    assert read_source(path).text.startswith("CENTR – Council of European")
    g = build([path], run_validation=False).graph
    submitter = next(g.objects(None, WGEC.submittedBy))
    labels = {str(o) for o in g.objects(submitter, None) if isinstance(o, Literal)}
    assert {"CENTR", "Council of European National Top-Level Domain Registries"} <= labels


def test_a_page_header_that_stamps_the_document_is_no_title(tmp_path):
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "DRAFT – For discussion only"
    doc.add_heading("Contribution of Brazil", level=1)
    doc.add_paragraph("1. The WGEC should act.")
    path = tmp_path / "brazil.docx"
    doc.save(str(path))
    assert read_source(path).text.startswith("# Contribution of Brazil")
