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
