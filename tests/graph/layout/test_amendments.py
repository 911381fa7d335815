"""Struck, inserted and moved wording in every convention seen; a move is not a deletion."""
from __future__ import annotations

from tests.conftest import FIXTURES, doc_file

from wgec.graph.ingest.markup import clean_text, conventions, find_changes, original_text
from wgec.graph.ingest.source import read_source
from wgec.graph.layout.document import parse_document


def test_every_convention_of_deletion_and_insertion():
    text = ("a ~~b~~-c; <del>d</del> <s>e</s> <strike>f</strike> [deleted: g] {--h--} "
            "<ins>i</ins> [inserted: j] [added: k] {++l++} {~~m~>n~~}")
    kinds = [(c.kind, c.deleted, c.inserted) for c in find_changes(text)]
    assert kinds == [("replace", "b", "c"), ("delete", "d", ""), ("delete", "e", ""), ("delete", "f", ""),
                     ("delete", "g", ""), ("delete", "h", ""), ("insert", "", "i"), ("insert", "", "j"),
                     ("insert", "", "k"), ("insert", "", "l"), ("replace", "m", "n")]
    assert clean_text(text) == "a c; i j k l n"
    assert original_text(text) == "a b; d e f g h m"


def test_bold_underline_and_brackets_are_additions_only_where_a_legend_says_so():
    body = "Keep **the IGF** and <u>the WSIS Forum</u> [and the HLPF]."
    assert find_changes(body) == []
    marked = conventions("Additions are in bold; new text is underlined; text in square brackets is added.")
    assert marked == {"bold", "underline", "brackets"}
    assert [c.inserted for c in find_changes(body, marked)] == ["the IGF", "the WSIS Forum", "and the HLPF"]


def test_no_doubled_separator_where_struck_text_was():
    assert clean_text("results-driven efforts; ~~respect for rights~~; evidence") == "results-driven efforts; evidence"
    assert clean_text("a, [deleted: b], c") == "a, c"


def test_the_fixture_of_comments_in_several_conventions():
    doc = parse_document(read_source(FIXTURES / "layouts" / "amendments.txt"))
    kinds = [(e.kind, e.deleted or e.inserted) for e in doc.edits]
    assert kinds == [("insert", "with all stakeholders"), ("delete", "every year"), ("insert", "every two years"),
                     ("move", "capacity building for developing countries"),
                     ("delete", "in order to raise awareness"), ("delete", "in an informative way"),
                     ("insert", "The IGF should be recognised as the main forum for multistakeholder dialogue on "
                                "Internet-related public policy.")]
    assert all(doc.source.line_of(e.start) > 12 for e in doc.edits)  # the bold cover is no addition


def test_001_line_76_is_a_move_not_a_deletion():
    doc = parse_document(read_source(doc_file("001")))
    (move,) = [e for e in doc.edits if e.kind == "move"]
    source = doc.source
    assert source.line_of(move.start) == 76 and move.moved_to is not None
    assert source.text[move.moved_to[0]:move.moved_to[1]] == move.deleted
    assert move.moved_to[0] < move.start  # moved to the head of the list
    item = next(i for i in doc.all_items() if i.key == "2")
    assert ";;" not in item.text and ";;" not in (item.amended or "")
    head = "as envisioned by the Tunis Agenda: "
    assert item.text.split(head)[1].startswith("multistakeholder approach;")  # the Chair's order
    assert item.amended is not None and item.amended.split(head)[1].startswith("respect for the sovereign")


def test_tracked_changes_of_a_word_file_are_amendments_and_a_move(tmp_path):
    """Word's tracked deletions, insertions and moves (w:del, w:ins, w:moveFrom/w:moveTo) come out as
    the same amendments as the text conventions, the move as a move."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    for line in ("Comments on the Chair's draft recommendations of 11 November 2017", "Submitted by",
                 "Internet Society"):
        doc.add_paragraph(line)
    p = doc.add_paragraph("1. The following elements should guide the work: ")
    w = nsdecls("w")
    p._p.append(parse_xml(f'<w:moveTo {w} w:id="1" w:author="x"><w:r><w:t>good faith and mutual trust; </w:t>'
                          f'</w:r></w:moveTo>'))
    p.add_run("multistakeholder approach; ")
    p._p.append(parse_xml(f'<w:moveFrom {w} w:id="2" w:author="x"><w:r><w:t>good faith and mutual trust</w:t>'
                          f'</w:r></w:moveFrom>'))
    p.add_run("; open processes")
    p._p.append(parse_xml(f'<w:ins {w} w:id="3" w:author="x"><w:r><w:t> at every level</w:t></w:r></w:ins>'))
    p.add_run(".")
    path = tmp_path / "comments.docx"
    doc.save(str(path))
    parsed = parse_document(read_source(path))
    assert [(e.kind, e.deleted or e.inserted) for e in parsed.edits] == [
        ("move", "good faith and mutual trust"), ("insert", "at every level")]
    (item,) = parsed.all_items()
    assert item.author == "draft"
    assert item.text == ("The following elements should guide the work: multistakeholder approach; good faith and "
                         "mutual trust; open processes.")
    assert item.amended == ("The following elements should guide the work: good faith and mutual trust; "
                            "multistakeholder approach; open processes at every level.")


def test_html_insertions_and_deletions(tmp_path):
    path = tmp_path / "comments.html"
    path.write_text("<html><body><h1>Comments on the Chair's draft of November 2017</h1><p>Submitted by</p>"
                    "<p>Internet Society</p><ol><li>The Group should meet <del>every year</del><ins>every two "
                    "years</ins>.</li></ol></body></html>", encoding="utf-8")
    parsed = parse_document(read_source(path))
    assert [(e.kind, e.deleted or e.inserted) for e in parsed.edits] == [
        ("delete", "every year"), ("insert", "every two years")]
    (item,) = parsed.all_items()
    assert (item.text, item.amended) == ("The Group should meet every year.", "The Group should meet every two years.")
