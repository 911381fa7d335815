"""A table set in columns by spaces (:mod:`wgec.graph.layout.columns`): read as rows of cells, its offsets the
text's."""
from __future__ import annotations

from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.columns import columned
from wgec.graph.layout.document import parse_document

TABLE = ("Input of the APrIGF MSG to the Working Group on Enhanced Cooperation\n\n"
         "Issue                              Recommendation\n\n"
         "1. Awareness of mechanisms         The WGEC should recommend that the\n"
         "   Many do not know where          CSTD publish an overview.\n"
         "   issues are discussed.\n\n"
         "2. Funding                         Dedicated funding should be made\n"
         "                                   available for participants.\n\n"
         "The MSG thanks the CSTD secretariat for the opportunity to contribute to the Working Group.\n")


def test_a_table_in_columns_gives_a_proposal_a_row_its_offsets_in_the_text():
    source = SourceFile.from_text("x.txt", TABLE)
    doc = parse_document(source)
    assert [i.text for i in doc.all_items()] == [
        "The WGEC should recommend that the CSTD publish an overview.",
        "Dedicated funding should be made available for participants."]
    first = doc.all_items()[0]
    assert source.text[first.start:first.end].startswith("The WGEC should recommend that the\n")
    assert source.text[first.start:first.end].endswith("CSTD publish an overview.")
    assert doc.source is source and [r.line for r in doc.tables[0].rows] == [5, 9]


def test_the_view_keeps_the_text_s_length_and_lines_and_leaves_a_symbol_block_alone():
    view, columns = columned(SourceFile.from_text("x.txt", TABLE))
    assert (len(view.text), len(view.line_starts)) == (len(TABLE), len(TABLE.split("\n")))
    assert columns is not None and "Issue\tRecommendation\n1. Awareness of mechanisms Many" in view.text
    symbols = "E/CN.16/2017/CRP.3       Provisional agenda\nE/CN.16/2017/CRP.4       Compilation of inputs\n"
    assert columned(SourceFile.from_text("x.txt", "Symbol         Title\n" + symbols))[1] is None
