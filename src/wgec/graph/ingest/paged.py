"""Text saved from a PDF (``pdftotext`` writes a form feed between pages): its pages read like a
PDF's, so page numbers ("Page 2 of 4") and a running title repeated at the top or bottom of most
pages are dropped, a paragraph that flows on over a page break is joined, and each page's first
line is known.  A text without form feeds is read as written.

>>> read_paged_text(Path("x.txt"), b"Title\\nbody\\n\\nPage 1 of 2\\n\\fRunning\\nmore\\n\\nPage 2 of 2\\n").text
'Title\\nbody\\n\\nRunning\\nmore\\n'
"""
from __future__ import annotations

from pathlib import Path

from wgec.graph.ingest.pdf import drop_furniture, join_pages
from wgec.graph.ingest.text import Extracted, read_text


def read_paged_text(path: Path, raw: bytes) -> Extracted:
    """A .txt or .md document; with form feeds, its pages without their furniture."""
    extracted = read_text(path, raw)
    if "\f" not in extracted.text.strip("\f\n "):
        return extracted
    pages = [[line.rstrip() for line in page.split("\n")] for page in extracted.text.split("\f")]
    text, starts = join_pages(drop_furniture([page for page in pages if any(line.strip() for line in page)]))
    return Extracted(text, extracted.media_type, starts, extracted.warnings)
