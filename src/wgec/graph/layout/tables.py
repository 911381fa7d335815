"""Tables: tab-separated lines, the first of a run its header; a cell lists '•' items or names.
A table whose header names a column "Recommendation" or "Proposal" holds one proposal a row."""
from __future__ import annotations

import re
from dataclasses import dataclass

from wgec.graph.ingest.markup import TAG_RE, clean_text
from wgec.graph.ingest.source import SourceFile
from wgec.graph.layout.blocks import Block
from wgec.graph.layout.model import Table, TableCell, TableRow


def parse_tables(blocks: list[Block], source: SourceFile) -> list[Table]:
    """Tables of tab-separated rows, the first row of each its header.  A row more than three lines
    after the last one starts a new table; so does any row after a block (not a heading) that
    stands more than two lines after the last row.  A line opening with '|' right under a row
    continues it (a grid table's cell wrapped over lines, ingest/grids.py): its cells are joined to
    the row's, each with a space."""
    tables: list[Table] = []
    current: Table | None = None
    last_line = -10
    row: list[int] = []  # the lines of the row being read, its table's last row (or header)
    for block in blocks:
        if block.kind != "table":
            if block.kind not in ("heading",) and current is not None and block.line - last_line > 2:
                current = None
            continue
        if row and block.line == last_line + 1 and continues_row(source.line_text(block.line)):
            row.append(block.line)
            last_line = block.line
            continue
        if row:
            _set_row(tables[-1], row, source)
        row = [block.line]
        if current is None or block.line - last_line > 3:
            current = Table(header=[], rows=[])
            tables.append(current)
        else:
            current.rows.append(TableRow([], block.line))
        last_line = block.line
    if row:
        _set_row(tables[-1], row, source)
    return tables


def continues_row(line: str) -> bool:
    """A grid table's line that continues the row above (its left side kept, ingest/grids.py)."""
    return line.lstrip().startswith("|") and "\t" in line


def _line_cells(source: SourceFile, line: int) -> list[tuple[str, int]]:
    """A row's line as its cells, each (raw text, offset), a grid's outer '|' left out."""
    line_text = source.line_text(line)
    line_off = source.line_starts[line - 1]
    cells: list[tuple[str, int]] = []
    pos = 0
    for raw in line_text.split("\t"):
        cell_off = line_off + pos
        pos += len(raw) + 1
        cells.append((raw, cell_off))
    first, off = cells[0]
    if first.lstrip().startswith("|"):
        lead = first.index("|") + 1
        cells[0] = (first[lead:], off + lead)
    last, off = cells[-1]
    if last.rstrip().endswith("|"):
        cells[-1] = (last[:last.rindex("|")], off)
    return cells


def _set_row(table: Table, lines: list[int], source: SourceFile) -> None:
    """The header (a table with no rows yet) or last row of ``table``, read from ``lines``."""
    columns: list[list[tuple[str, int]]] = []
    for line in lines:
        for k, cell in enumerate(_line_cells(source, line)):
            if k == len(columns):
                columns.append([])
            columns[k].append(cell)
    if not table.rows:
        table.header = [" ".join(t for t in (clean_text(raw) for raw, _ in column) if t) for column in columns]
        return
    table.rows[-1].cells = [_joined_entries(column) for column in columns]


def _joined_entries(pieces: list[tuple[str, int]]) -> list[TableCell]:
    """Entries of a cell written over one line or more: its pieces joined with a space, each entry's
    offsets those of its first and last character in the text (an entry wrapped over lines spans the
    other cells' text between, its quote exact)."""
    filled = [(raw.strip(), off + len(raw) - len(raw.lstrip())) for raw, off in pieces if raw.strip()]
    if len(filled) <= 1:
        return _cell_entries(*filled[0]) if filled else []
    joined = " ".join(text for text, _ in filled)
    where: list[int] = []
    for text, off in filled:
        where.extend(range(off, off + len(text)))
        where.append(off + len(text))  # the joining space: just past the piece
    return [TableCell(e.text, where[e.start], where[e.end - 1] + 1) for e in _cell_entries(joined, 0)]


def _cell_entries(raw: str, offset: int) -> list[TableCell]:
    """Entries of a table cell: '•' list items, else comma-separated names."""
    entries: list[TableCell] = []
    if "•" in raw:
        pieces = [(m.start(), m.group(0)) for m in re.finditer(r"[^•]+", raw)]
        pieces = [(s, p) for s, p in pieces if "<ul" not in p or clean_text(TAG_RE.sub("", p))]
        for start, piece in pieces:
            piece_clean = TAG_RE.sub("", piece)
            text = clean_text(piece_clean).strip(" ,;")
            if not text:
                continue
            inner = piece.find(text[:10]) if text[:10] in piece else 0
            entries.append(TableCell(text, offset + start + inner, offset + start + inner + len(text)))
        return entries
    for m in re.finditer(r"[^,;]+", raw):
        text = clean_text(m.group(0)).strip(" .")
        if text:
            inner = m.group(0).find(text)
            entries.append(TableCell(text, offset + m.start() + max(inner, 0),
                                     offset + m.start() + max(inner, 0) + len(text)))
    return entries


PROPOSAL_COLUMN_RE = re.compile(r"recommend|proposal|proposed\s+(?:text|wording)|"
                                r"^\W*(?:our\s+|key\s+)?(?:asks?|demands?)\W*$", re.I)  # "Our ask | Why it matters"
# the row's own number at the start of its proposal's cell: "**1.** Existing bodies should ...", "2. The WGEC ..."
CELL_NUMBER_RE = re.compile(r"\*\*(\d{1,2})[.)]?\*\*\s+(?=\S)|(\d{1,2})[.)]\s+(?=\S)")  # (not "50 per cent ...")
NEW_TABLE_GAP = 3  # lines after the last row from which a row starts a new table


@dataclass
class ProposalColumn:
    """Reads table rows in order: the column whose header says "Recommendation" (or "Proposal",
    "Proposed text") holds a proposal in each following row."""

    column: int | None = None
    last_line: int = -10

    def cell(self, block: Block, source: SourceFile) -> tuple[int, int, str | None] | None:
        """(start, end, number) of the proposal in this row, if it has one (None for a header row);
        the number is the row's first cell when that is one ("1", "2.")."""
        text = source.line_text(block.line)
        continued = block.line == self.last_line + 1 and continues_row(text)
        header = block.line - self.last_line > NEW_TABLE_GAP
        self.last_line = block.line
        if continued:  # a grid's wrapped row: its first line stands for it
            return None
        cells = _line_cells(source, block.line)
        if header:
            self.column = next((k for k, (c, _) in enumerate(cells) if PROPOSAL_COLUMN_RE.search(c)), None)
            return None
        if self.column is None or self.column >= len(cells) or not cells[self.column][0].strip():
            return None
        raw, start = cells[self.column]
        start += len(raw) - len(raw.lstrip())
        end = start + len(raw.strip())
        number = cells[0][0].strip().rstrip(".") if self.column else ""
        if (own := CELL_NUMBER_RE.match(raw.lstrip())) is not None and not number.isdigit():
            number, start = own.group(1) or own.group(2), start + own.end()
        return start, end, number if number.isdigit() else None
