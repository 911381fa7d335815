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
    stands more than two lines after the last row."""
    tables: list[Table] = []
    current: Table | None = None
    last_line = -10
    for block in blocks:
        if block.kind != "table":
            if block.kind not in ("heading",) and current is not None and block.line - last_line > 2:
                current = None
            continue
        line_text = source.line_text(block.line)
        line_off = source.line_starts[block.line - 1]
        raw_cells = line_text.split("\t")
        cells: list[list[TableCell]] = []
        pos = 0
        for raw in raw_cells:
            cell_off = line_off + line_text.index(raw, pos) if raw else line_off + pos
            pos = (cell_off - line_off) + len(raw)
            cells.append(_cell_entries(raw, cell_off))
        if current is None or block.line - last_line > 3:
            current = Table(header=[clean_text(c) for c in raw_cells], rows=[])
            tables.append(current)
        else:
            current.rows.append(TableRow(cells, block.line))
        last_line = block.line
    return tables


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


PROPOSAL_COLUMN_RE = re.compile(r"recommend|proposal|proposed\s+(?:text|wording)", re.I)
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
        cells = source.line_text(block.line).split("\t")
        header = block.line - self.last_line > NEW_TABLE_GAP
        self.last_line = block.line
        if header:
            self.column = next((k for k, c in enumerate(cells) if PROPOSAL_COLUMN_RE.search(c)), None)
            return None
        if self.column is None or self.column >= len(cells) or not cells[self.column].strip():
            return None
        raw = cells[self.column]
        start = source.line_starts[block.line - 1] + sum(len(c) + 1 for c in cells[:self.column])
        start += len(raw) - len(raw.lstrip())
        number = cells[0].strip().rstrip(".") if self.column else ""
        return start, start + len(raw.strip()), number if number.isdigit() else None
