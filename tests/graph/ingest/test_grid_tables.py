"""ASCII-art tables and boxes as plain-text submissions and PDF text paste them (ingest/grids.py): a
grid table's rows come out as tab rows (a cell wrapped over lines one cell), a box's text as ordinary
lines, every character where it was in the file."""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF, RDFS

from wgec.graph.build import build
from wgec.graph.ingest.formats import extract
from wgec.graph.ingest.grids import unframe
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.document import parse_document
from wgec.ontology.vocab import WGEC

WRAPPED = """Submission of the Foo Network

Introduction

The table below lists the organizations.

+----------------------+--------------------+
| Issue                | Other              |
|                      | organizations      |
+======================+====================+
| Spam and malware     | ITU, OECD          |
+----------------------+--------------------+
| Measuring the        | ITU, UNCTAD,       |
| information economy  | World Bank         |
+----------------------+--------------------+

Conclusions
"""
HEADER_LINE_ONLY = """Submission of the Foo Network

Our proposals

+-----+----------------------------+-----------+
| No. | Recommendation             | Addressee |
+-----+----------------------------+-----------+
| 1   | Map the existing           | CSTD      |
|     | mechanisms.                |           |
| 2   | Report every year.         | WGEC      |
+-----+----------------------------+-----------+
"""
BOX_LIST = """Submission of the Foo Network

+--------------------------------------------+
| SUMMARY OF RECOMMENDATIONS                 |
|                                            |
| 1. The CSTD should map the existing        |
|    mechanisms for each issue.              |
|                                            |
| 2. The WGEC should report every year.      |
+--------------------------------------------+

Background

The Foo Network is a forum of operators.
"""
# as PDF text gives a box: each right side after a tab or a space, wherever the line ended
BOX_PDF = ("Submission of the Foo Network\n\n+----------------------------------------------+\n"
           "| SUMMARY OF RECOMMENDATIONS\t|\n|\t|\n| 1. The CSTD should map the existing mechanisms\t|\n"
           "| for each issue. |\n|\t|\n| 2. The WGEC should report every year.\t|\n"
           "+----------------------------------------------+\n\nBackground\n\nThe Foo Network is a forum.\n")
STARS = ("Submission of the Foo Network\n\n****************************************\n"
         "* SUMMARY OF RECOMMENDATIONS           *\n*                                      *\n"
         "* 1. The CSTD should map the issues.   *\n* 2. The WGEC should report yearly.    *\n"
         "****************************************\n\nBackground\n\nThe Foo Network is a forum.\n")
EQUALS = ("Submission of the Foo Network\n\n========================================\n"
          "SUMMARY OF RECOMMENDATIONS\n\n1. The CSTD should map the issues.\n2. The WGEC should report yearly.\n"
          "========================================\n\nBackground\n\nThe Foo Network is a forum.\n")
NOT_FRAMES = ("Contact: +41 22 917 12 34\n| Home | About | Contact |\n+ one more item\n+----+ a rule with words\n"
              "| a line in pipes |\n\nSetext title\n============\n\nText.\n")


def _kept(before: str, after: str) -> bool:
    """Same length, and every character in its place: only a frame's characters became blanks or tabs
    (a grid's right side and a continuation line's left side stay '|')."""
    return len(before) == len(after) and all(
        a == b or a in "+-=*|│─┌┐└┘:" and b in " \t|" for a, b in zip(before, after, strict=True))


def _parsed(text: str) -> tuple[str, object]:
    out = unframe(text)
    return out, parse_document(SourceFile.from_text("input.txt", out))


def _rows(doc: object) -> list[tuple[list[str], list[list[list[str]]]]]:
    return [(t.header, [[[e.text for e in cell] for cell in row.cells] for row in t.rows])
            for t in doc.tables]  # type: ignore[attr-defined]


def test_a_grid_s_wrapped_cells_are_one_row_each():
    out, doc = _parsed(WRAPPED)
    assert _kept(WRAPPED, out) and "+" not in out and "=" not in out
    assert _rows(doc) == [(["Issue", "Other organizations"], [
        [["Spam and malware"], ["ITU", "OECD"]],
        [["Measuring the information economy"], ["ITU", "UNCTAD", "World Bank"]]])]
    issue, names = doc.tables[0].rows[1].cells  # type: ignore[attr-defined]
    assert out[issue[0].start:issue[0].end].startswith("Measuring the") and \
        out[issue[0].start:issue[0].end].endswith("information economy")  # a wrapped cell spans its lines
    assert [out[e.start:e.end] for e in names] == ["ITU", "UNCTAD", "World Bank"]  # each entry quoted exactly


def test_a_grid_with_a_border_under_its_header_only_has_a_row_a_line():
    """A database's output: one '+---+' border under the header, a row a line, a line with no first
    cell continuing the row above."""
    out, doc = _parsed(HEADER_LINE_ONLY)
    assert _kept(HEADER_LINE_ONLY, out)
    assert _rows(doc) == [(["No.", "Recommendation", "Addressee"], [
        [["1"], ["Map the existing mechanisms"], ["CSTD"]], [["2"], ["Report every year"], ["WGEC"]]])]


@pytest.mark.parametrize("text", [BOX_LIST, BOX_PDF, STARS, EQUALS], ids=["box", "pdf-box", "stars", "equals"])
def test_a_box_s_frame_goes_and_its_text_reads_as_lines(text):
    out, doc = _parsed(text)
    assert _kept(text, out) and not any(ch in out for ch in "+|=") and "*" not in out.replace("**", "")
    assert "SUMMARY OF RECOMMENDATIONS" in out and doc.tables == []  # type: ignore[attr-defined]
    items = [(i.number, i.section, i.text) for i in doc.all_items()]  # type: ignore[attr-defined]
    assert [(n, t.split()[:3]) for n, _, t in items] == [("1", ["The", "CSTD", "should"]),
                                                         ("2", ["The", "WGEC", "should"])]
    assert all(t.endswith(".") and "|" not in t and "*" not in t for _, _, t in items)
    assert {s for _, s, _ in items} == {"SUMMARY OF RECOMMENDATIONS"}


def test_a_unicode_box_is_unboxed():
    text = "Title\n\n┌──────────────┐\n│ Key messages │\n└──────────────┘\n"
    assert unframe(text) == "Title\n\n" + " " * 16 + "\n  Key messages  \n" + " " * 16 + "\n"


def test_lines_that_merely_start_with_a_plus_or_a_pipe_are_left_as_written():
    assert unframe(NOT_FRAMES) == NOT_FRAMES
    unclosed = "+------+\n| open |\nText under it.\n"
    assert unframe(unclosed) == unclosed


def test_a_text_file_s_grid_maps_its_issues(tmp_path):
    """Read from a file (ingest/text.py): an 'Other organizations' column names organisations, a 'UNCTAD
    activities' column the organisation whose work each row lists."""
    path = tmp_path / "grid.txt"
    path.write_text("Input of UNCTAD\n\n+---------------+-------------------+---------------+\n"
                    "| Issue         | UNCTAD activities | Other         |\n"
                    "|               |                   | organizations |\n"
                    "+===============+===================+===============+\n"
                    "| Consumer      | Expert group      | OECD          |\n"
                    "| protection    |                   |               |\n"
                    "+---------------+-------------------+---------------+\n", encoding="utf-8")
    assert _kept(path.read_text(encoding="utf-8"), extract(path).text)
    g = build([path], run_validation=False).graph
    mapped = {(str(g.value(g.value(st, RDF.subject), RDFS.label)), str(g.value(st, WGEC.writtenAs)))
              for st in g.subjects(RDF.type, WGEC.MappingStatement)}
    assert mapped == {("Consumer protection", "OECD"), ("Consumer protection", "UNCTAD")}
