"""A table set in columns by spaces, read as rows of tab-separated cells.

A Word table copied as plain text (or a text laid out by hand) reaches the layout as columns of words set
apart by spaces: a header line of two or three short names ("Issue", "Recommendation"), then rows whose
cells wrap over several lines, each line holding a piece of every cell at the header's column starts.
Read line by line, the pieces of a cell are lost among its neighbours'.  :func:`columned` gives a view of
the text in which each such table is its rows, one a line, cells parted by a tab (as
:mod:`wgec.graph.layout.tables` reads them), in the same span of the text: the view has the text's length
and its number of lines, so all outside the table keeps its offsets and lines.  A row's cells are not
contiguous in the text; :func:`restore` maps what was read from the view back onto the text: a cell read
from the view spans, in the text, its first piece to its last (the lines it runs over).

The table: the header line, at the margin, of two or three cells of a few words with no digit (a UN symbol
block "E/CN.16/2017/CRP.3" or a date is no header) parted by three spaces or more; the lines under it, as
long as each fits the columns (text ends before a column's start, with two spaces at least, or starts on
it); it ends at a line that does not (running text across the page).  A group of lines between blank lines
is one row, a new one opening at each line whose first cell is numbered ("2. ..."); with no blank lines and
no numbers, each line is a row.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from wgec.graph.ingest.source import SourceFile

CELL_RE = re.compile(r"\S++(?: \S++)*+")  # a cell's words: one space between them, two or more around it
HEADER_CELL_RE = re.compile(r"[A-Za-z][A-Za-z'’()/&-]*+(?: [A-Za-z'’()/&-]++){0,4}")
ROW_NUMBER_RE = re.compile(r"\d{1,2}[.)](?:\s|$)")
MIN_GAP = 3  # spaces between two of the header's cells
MIN_ROWS = 2


@dataclass
class Columns:
    """Where the view's cells come from: its tables' spans (view offsets) and their pieces (view offset, text
    offset, length), sorted; elsewhere the view's offsets are the text's."""

    regions: list[tuple[int, int]]
    pieces: list[tuple[int, int, int]]

    def start(self, at: int) -> int:
        """The text offset of a view offset that starts something (between pieces: the next piece's start)."""
        if not self._inside(at):
            return at
        i = bisect.bisect_right(self.pieces, (at, 1 << 62, 0)) - 1
        if i >= 0 and at < self.pieces[i][0] + self.pieces[i][2]:
            return self.pieces[i][1] + at - self.pieces[i][0]
        if i + 1 < len(self.pieces) and self._inside(self.pieces[i + 1][0], at):
            return self.pieces[i + 1][1]
        return self.pieces[i][1] + self.pieces[i][2] if i >= 0 else at

    def end(self, at: int) -> int:
        """The text offset of a view offset that ends something (just past its last piece's character)."""
        if not self._inside(at - 1):
            return at
        i = bisect.bisect_right(self.pieces, (at - 1, 1 << 62, 0)) - 1
        if i < 0 or not self._inside(self.pieces[i][0], at - 1):
            return at
        view, text, length = self.pieces[i]
        return text + min(at - view, length)

    def _inside(self, at: int, near: int | None = None) -> bool:
        """Whether ``at`` is in a table of the view (the same one as ``near``)."""
        i = bisect.bisect_right(self.regions, (at, 1 << 62)) - 1
        if i < 0 or at >= self.regions[i][1]:
            return False
        return near is None or self.regions[i][0] <= near < self.regions[i][1]


def columned(source: SourceFile) -> tuple[SourceFile, Columns | None]:
    """``source`` with each table set in columns by spaces made rows of tab-separated cells (same length, same
    lines), and where their pieces come from; ``source`` itself and None when it has no such table."""
    lines = source.lines()
    chars: list[str] | None = None
    pieces: list[tuple[int, int, int]] = []
    regions: list[tuple[int, int]] = []
    n = 0
    while n < len(lines):
        found = _table(lines, n)
        if isinstance(found, int):
            n = found + 1  # no table: nor is one headed by a line it ran over (each line read once)
            continue
        last, region, found_pieces = found
        chars = chars if chars is not None else list(source.text)
        start = lines[n][1]
        chars[start:start + len(region)] = region
        regions.append((start, start + len(region)))
        pieces += found_pieces
        n = last + 1
    if chars is None:
        return source, None
    view = SourceFile.from_text(source.name, "".join(chars), source.path, media_type=source.media_type)
    view = replace(view, sha256=source.sha256, page_starts=source.page_starts, file_sha256=source.file_sha256,
                   source_url=source.source_url)
    return view, Columns(regions, sorted(pieces))


def _header(text: str) -> list[int] | None:
    """The column starts of a header line: at the margin, two or three short names, no digit.

    >>> _header("Issue                 Recommendation"), _header("Symbol    Title"), _header("1. Issue    Gap")
    ([0, 22], [0, 10], None)
    >>> _header("E/CN.16/2017/CRP.3       Provisional agenda"), _header("Issue Recommendation")
    (None, None)
    """
    if not text[:1].isalpha() or " " * MIN_GAP not in text or any(c.isdigit() for c in text):
        return None
    cells = list(CELL_RE.finditer(text))
    if not 2 <= len(cells) <= 3 or any(not HEADER_CELL_RE.fullmatch(c.group(0)) for c in cells) or \
            any(b.start() - a.end() < MIN_GAP for a, b in zip(cells, cells[1:], strict=False)):
        return None
    return [c.start() for c in cells]


def _fits(text: str, starts: list[int]) -> bool:
    """Whether a line keeps to the columns: what is left of a column's start ends two spaces before it at
    least, and what is in the column starts on its start.

    >>> _fits("1. Awareness       The WGEC should", [0, 19]), _fits("   are discussed.", [0, 19])
    (True, True)
    >>> _fits("The MSG thanks the CSTD secretariat for it", [0, 19]), _fits("Access      (late) x", [0, 13])
    (False, False)
    """
    text = text.rstrip()
    ends = starts[2:] + [len(text)]
    for col, end in zip(starts[1:], ends, strict=True):
        if len(text[:col].rstrip()) > col - 2 or text[col:col + 1] == " " and text[col:end].strip():
            return False
    return True


def _table(lines: list[tuple[int, int, str]], n: int) -> tuple[int, str, list[tuple[int, int, int]]] | int:
    """The table whose header is line index ``n``: the index of its last line, the text that replaces its
    lines in the view, and where the view's pieces come from; with none, the index of the last line read."""
    starts = _header(lines[n][2])
    if starts is None:
        return n
    last, k = n, n + 1
    while k < len(lines) and (not lines[k][2].strip() or _fits(lines[k][2], starts)):
        last = k if lines[k][2].strip() else last
        k += 1
    rows = _rows(lines[n + 1:last + 1], starts)
    if len(rows) < MIN_ROWS or any(sum(bool(cell) for cell in row) < 2 for row in rows):
        return last
    head = [[(lines[n][1] + m.start(), m.group(0))] for m in CELL_RE.finditer(lines[n][2])]
    first, length = lines[n][1], lines[last][1] + len(lines[last][2]) - lines[n][1]
    region, pieces = _write([head] + rows, first)
    region += "\n" * (last - n - len(rows))
    if len(region) > length:
        return last  # its cells' pieces are more than the blanks between them can join
    return last, region + " " * (length - len(region)), pieces


Cell = list[tuple[int, str]]  # (text offset, words) of each piece of a cell


def _rows(lines: list[tuple[int, int, str]], starts: list[int]) -> list[list[Cell]]:
    """The rows of a table's lines: a group between blanks is a row, as is each line whose first cell is
    numbered; with no blank line and no number, each line is a row."""
    groups: list[list[tuple[int, int, str]]] = [[]]
    for line in lines:
        if line[2].strip():
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    cells = [[_cells(line, starts) for line in group] for group in groups]
    numbered = any(c[0] and ROW_NUMBER_RE.match(c[0][0][1]) for group in cells for c in group)
    each_line = len(groups) == 1 and not numbered
    rows: list[list[Cell]] = []
    for group in cells:
        for k, line_cells in enumerate(group):
            if k == 0 or each_line or line_cells[0] and ROW_NUMBER_RE.match(line_cells[0][0][1]):
                rows.append([[] for _ in starts])
            for column, piece in enumerate(line_cells):
                rows[-1][column] += piece
    return rows


def _cells(line: tuple[int, int, str], starts: list[int]) -> list[Cell]:
    """A line's piece of each column's cell (none where it is blank)."""
    _, offset, text = line
    out: list[Cell] = []
    for col, end in zip(starts, starts[1:] + [len(text)], strict=True):
        piece = text[col:end] if col < len(text) else ""
        words = piece.strip()
        out.append([(offset + col + len(piece) - len(piece.lstrip()), words)] if words else [])
    return out


def _write(rows: list[list[Cell]], first: int) -> tuple[str, list[tuple[int, int, int]]]:
    """The rows as lines of tab-separated cells (a cell's pieces joined by a space), starting at view offset
    ``first``; and the pieces (view offset, text offset, length)."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    at = first
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            for p, (offset, words) in enumerate(cell):
                sep = "\t" if p == 0 and c > 0 else " " if p > 0 else ""
                out.append(sep)
                at += len(sep)
                pieces.append((at, offset, len(words)))
                out.append(words)
                at += len(words)
            if not cell and c > 0:
                out.append("\t")
                at += 1
        if r < len(rows) - 1:
            out.append("\n")
            at += 1
    return "".join(out), pieces


def restore(doc: Any, source: SourceFile, columns: Columns) -> None:
    """Give ``doc``, parsed from a columned view, its ``source`` back: each offset read in a table's cells
    moved to the text's (a start to its piece's, an end past its last piece's), each line number to the
    text's line."""
    view = doc.source
    _move(doc, columns, view, source, set())
    doc.source = source


def _move(obj: Any, columns: Columns, view: SourceFile, source: SourceFile, seen: set[int]) -> None:
    """Offsets and line numbers of the dataclasses in ``obj`` (lists of them too) moved from the view to the
    text: fields ``start``, ``end``, ``*_span``, ``line``, ``*_line``."""
    if id(obj) in seen or isinstance(obj, SourceFile):
        return
    seen.add(id(obj))
    if isinstance(obj, list):
        for value in obj:
            _move(value, columns, view, source, seen)
        return
    if not is_dataclass(obj) or isinstance(obj, type):
        return
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, int) and not isinstance(value, bool) and f.name in ("start", "end"):
            setattr(obj, f.name, columns.start(value) if f.name == "start" else columns.end(value))
        elif isinstance(value, int) and (f.name == "line" or f.name.endswith("_line")):
            setattr(obj, f.name, _line(value, columns, view, source))
        elif f.name.endswith("_span") and isinstance(value, tuple) and len(value) == 2:
            setattr(obj, f.name, (columns.start(value[0]), columns.end(value[1])))
        elif f.name != "parent":
            _move(value, columns, view, source, seen)


def _line(n: int, columns: Columns, view: SourceFile, source: SourceFile) -> int:
    if not 0 < n <= len(view.line_starts):
        return n
    return source.line_of(columns.start(view.line_starts[n - 1]))
