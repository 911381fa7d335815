"""Hostile input found by hunting (tables of one endless row...): each file is read in bounded work,
reported on one short line at most, and the rest of the corpus builds. No test asserts on time."""
from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import doc_file

from wgec.graph.build import build
from wgec.graph.ingest import formats
from wgec.graph.ingest.text import strike_markup

GOOD = "000"
BIG = 9_999_999_999  # in roman numerals, ten million "m"s


def _corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(doc_file(GOOD), corpus / "good.txt")
    return corpus


def test_a_row_of_twenty_thousand_cells_is_read_and_warned_on_one_short_line(tmp_path):
    # 100,000 cells in one row took 48 s to read: each cell's text was added to a growing string; tests
    # time nothing: here what is read of such a row and said about it
    corpus = _corpus(tmp_path)
    row = "".join(f"<td>cell {i}</td>" for i in range(20_000))
    (corpus / "row.html").write_text(f"<html><body><table><tr>{row}</tr></table></body></html>", encoding="utf-8")
    result = build([corpus], run_validation=False)
    assert {d.source.name for d in result.documents} == {"good.txt", "row.html"}
    assert not result.problems
    header = [w for w in result.warnings if w.startswith("row.html: table with header")]
    assert len(header) == 1 and "(20000 cells)" in header[0] and len(header[0]) < 400, header
    row_doc = next(d for d in result.documents if d.source.name == "row.html")
    assert "cell 0\tcell 1\t" in row_doc.source.text and "cell 19999" in row_doc.source.text


def test_strike_markup_joins_long_runs_of_pieces():
    pieces = [("a ", False)] * 30_000 + [("gone ", True)] * 3 + [("b", False)]
    assert strike_markup(pieces) == "a " * 30_000 + "~~gone gone gone~~ b"


def test_lists_numbered_from_absurd_starts_are_read(tmp_path):
    # a start of 5,000 digits stopped the whole build (ValueError from int()); a roman list from
    # 10**15 wrote 10**12 'm's (over 120 s and 5.8 GB, then killed)
    corpus = _corpus(tmp_path)
    head = "<html><body><p>Submitted by</p><p>Japan</p><h2>Recommendations</h2>"
    (corpus / "digits.html").write_text(f'{head}<ol start="{"9" * 5000}"><li>Keep the IGF.</li></ol>'
                                        f'<ol><li value="{"9" * 5000}">Fund the IGF.</li></ol></body></html>',
                                        encoding="utf-8")
    (corpus / "roman.html").write_text(f'{head}<ol type="i" start="{BIG}"><li>Keep the IGF open.</li>'
                                       '<li>Fund it.</li></ol></body></html>', encoding="utf-8")
    result = build([corpus], run_validation=False)
    assert not result.problems
    assert {d.source.name for d in result.documents} == {"good.txt", "digits.html", "roman.html"}
    roman = next(d for d in result.documents if d.source.name == "roman.html").source.text
    assert f"{BIG}. Keep the IGF open." in roman and f"{BIG + 1}. Fund it." in roman


def test_a_reader_that_slips_leaves_one_problem_and_the_rest_builds(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    (corpus / "odd.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")

    def slips(path: Path, raw: bytes) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(formats.READERS, ".html", slips)
    result = build([corpus], run_validation=False)
    assert [(Path(p.file).name, p.action, p.reason) for p in result.problems] == [
        ("odd.html", "skipped", "not read (RecursionError: maximum recursion depth exceeded)")]
    assert {d.source.name for d in result.documents} == {"good.txt"}
