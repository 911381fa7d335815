"""Tables: tab-separated lines, the first of a run its header; a cell lists '•' items or names."""
from __future__ import annotations

import re

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
